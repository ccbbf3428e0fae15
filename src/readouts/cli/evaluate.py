"""Placeholder: the evaluate command group is added by its issue."""
