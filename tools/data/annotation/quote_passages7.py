"""Quote passages of the seventh set (final7), drawn after the sixth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the seventh set has no posts part."""
QP7 = []
