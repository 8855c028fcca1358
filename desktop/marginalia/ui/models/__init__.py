"""Qt item models over the core's articles and annotations."""
