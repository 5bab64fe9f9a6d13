"""Quote annotations of the ninth set (final9), written by hand while reading each passage,
before any extractor was run on it. Same format as quotes_ann.py ... quotes8_ann.py."""
Q9 = {}
