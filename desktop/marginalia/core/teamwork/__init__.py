"""Working as a team through git or a sync folder: the merge driver, its setup, and conflict copies."""
