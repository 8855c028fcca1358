"""Reviewers ▸ Agreement…: the agreement figures of the open corpus in a window of their own."""
