"""Marginalia: an offline reading and annotation tool for researchers."""

__version__ = "0.1.0"
