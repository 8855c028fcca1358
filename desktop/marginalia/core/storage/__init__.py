"""Reading and writing Marginalia's files: sidecars, the codebook, atomic writes."""
