"""Evaluation scripts: ``python -m kmytext.eval <task> GOLD.jsonl``."""
