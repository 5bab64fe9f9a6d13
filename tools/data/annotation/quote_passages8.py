"""Quote passages of the eighth set (final8), drawn after the seventh set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the eighth set has no posts part."""
QP8 = []
