"""Quote passages of the ninth set (final9), drawn after the eighth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the ninth set has no posts part."""
QP9 = []
