"""Placeholder: the quotes command group is added by its issue."""
