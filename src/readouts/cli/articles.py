"""Placeholder: the articles command group is added by its issue."""
