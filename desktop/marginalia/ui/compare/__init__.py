"""The Compare view: every article's claims side by side, row by row, with a chart of the counts."""
