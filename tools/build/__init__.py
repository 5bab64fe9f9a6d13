"""Builds of the data shipped in ``kmytext/data``: ``python -m tools.build.<name>``."""

from __future__ import annotations

from importlib import resources


def jieba_dictionary() -> list[tuple[str, int, str]]:
    """jieba's dictionary (its ``dict.txt``) as ``(word, frequency, tag)``, in file order."""
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    return [(word, int(freq), tag) for word, freq, tag in map(str.split, text.splitlines())]
