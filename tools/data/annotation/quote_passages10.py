"""Quote passages of the tenth set (final10), drawn after the ninth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the tenth set has no posts part."""
QP10 = []
