"""Evaluation scripts: ``python -m tools.eval <task> [args]`` (ner, numbers, cleanup, encoding, quotes, posts)."""
