"""Reviewers in the window: whose claims are shown, the reviewer's name, and how each one's claims are told apart."""
