"""Post annotations of the sixth set (final6), written by hand while reading each sentence,
before any extractor was run on it. Same format as posts_ann.py ... posts5_ann.py.
Sentences: pool A (sample_candidates.py posts-A-<source>) continued from where the fifth set stopped."""
P6 = {}
