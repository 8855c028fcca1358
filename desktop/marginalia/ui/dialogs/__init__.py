"""Dialogs: codebook editor, export, and the like."""
