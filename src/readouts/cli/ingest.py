"""Placeholder: the ingest command group is added by its issue."""
