"""Quote annotations of the seventh set (final7), written by hand while reading each passage,
before any extractor was run on it. Same format as quotes_ann.py ... quotes6_ann.py."""
Q7 = {}
