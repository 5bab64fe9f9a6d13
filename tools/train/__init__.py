"""Training of the models shipped in ``kmytext/data``: ``python -m tools.train.ner``."""
