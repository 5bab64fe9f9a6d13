"""Quote passages of the sixth set (final6), drawn after the fifth set was made, held back
entirely: same sources, passages and sentences none of the earlier sets uses. Same ref format as
quote_passages.py."""
QP6 = []
