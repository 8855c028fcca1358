"""Reviewers ▸ Adjudicate…: two reviewers' claims on one text, the disagreements settled one by one."""
