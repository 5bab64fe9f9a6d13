"""Quote annotations of the sixth set (final6), written by hand while reading each passage,
before any extractor was run on it. Same format as quotes_ann.py ... quotes5_ann.py."""
Q6 = {}
