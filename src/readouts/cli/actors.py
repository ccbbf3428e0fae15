"""Placeholder: the actors command group is added by its issue."""
