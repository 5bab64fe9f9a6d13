"""Quote annotations of the eighth set (final8), written by hand while reading each passage,
before any extractor was run on it. Same format as quotes_ann.py ... quotes7_ann.py."""
Q8 = {}
