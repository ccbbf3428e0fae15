"""Placeholder: the records command group is added by its issue."""
