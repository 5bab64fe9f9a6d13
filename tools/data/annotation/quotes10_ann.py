"""Quote annotations of the tenth set (final10), written by hand while reading each passage,
before any extractor was run on it. Same format as quotes_ann.py ... quotes9_ann.py."""
Q10 = {}
