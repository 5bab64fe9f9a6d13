"""Quote passages of the twelfth set (final12), drawn after the eleventh set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py. Quotes only: the twelfth set has no posts part."""
QP12: list = []
