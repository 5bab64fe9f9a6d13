"""Quote annotations of the twelfth set (final12), written by hand while reading each passage,
before any extractor was run on it. Same format as quotes_ann.py ... quotes11_ann.py."""
Q12: dict = {}
