"""Word lists the entity rules read: surnames and the places every reader knows."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _data_words(name: str) -> list[str]:
    """The whitespace-separated words of a list in ``kmytext/data``, comment lines aside."""
    text = (resources.files("kmytext.data") / name).read_text(encoding="utf-8")
    return " ".join(ln for ln in text.splitlines() if not ln.startswith("#")).split()


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Chinese surnames, one character each (``kmytext/data/surnames.txt``: the Hundred
    Family Surnames and common modern surnames it lacks)."""
    return frozenset("".join(_data_words("surnames.txt")))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, continents and world regions, and China's provinces
    (``kmytext/data/places.txt``)."""
    return frozenset(_data_words("places.txt"))


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Cities and counties of three or more characters without their suffix (克拉玛依,
    乌鲁木齐; ``kmytext/data/cities.txt``, built from jieba's dictionary)."""
    return frozenset(_data_words("cities.txt"))


@lru_cache(maxsize=1)
def char_clusters() -> dict[str, int]:
    """Characters used alike share a number (斯 尔 克 夫; 省 市 县; 张 王 李):
    ``kmytext/data/char_clusters.txt``, built by ``python -m tools.build.char_clusters``."""
    text = (resources.files("kmytext.data") / "char_clusters.txt").read_text(encoding="utf-8")
    return {ch: int(k) for ch, k in (line.split("\t") for line in text.splitlines() if line)}
