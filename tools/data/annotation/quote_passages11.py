"""Quote passages of the eleventh set (final11), drawn after the tenth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the eleventh set has no posts part."""
QP11: list = []
