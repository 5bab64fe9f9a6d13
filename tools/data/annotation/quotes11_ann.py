"""Quote annotations of the eleventh set (final11), written by hand while reading each passage,
before any extractor was run on it. Same format as quotes_ann.py ... quotes10_ann.py."""
Q11: dict = {}
