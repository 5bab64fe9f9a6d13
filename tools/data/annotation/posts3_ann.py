"""Post annotations of the third set (final3), written by hand while reading each sentence,
before any extractor was run on it. Same format as posts_ann.py and posts2_ann.py. Sentences:
pool A (sample_candidates.py posts-A-<source>) continued from where the second set stopped."""
P3 = {}
