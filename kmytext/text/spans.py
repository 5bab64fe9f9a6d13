"""Line numbers and context snippets for spans of a document."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import regex

_WS = regex.compile(r"\s+")
# Python's whitespace (str.isspace, what strip() removes): a superset of regex's \s.
_ANY_SPACE = re.compile(r"\s")


class LineIndex:
    """Maps character offsets of one text to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            self._starts.append(i + 1)
            i = find("\n", i + 1)

    def line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)

    def lines(self, offsets: Sequence[int]) -> list[int]:
        """:meth:`line` of each offset (1 for all of them in a text of one line)."""
        if len(self._starts) == 1:
            return [1] * len(offsets)
        starts = self._starts
        return [bisect_right(starts, i) for i in offsets]


def context(text: str, start: int, end: int, width: int = 20) -> str:
    """The mention with ``width`` characters either side, whitespace folded.

    >>> context("一二三四五六七八九十", 4, 6, 2)
    '三四[五六]七八'
    """
    a = max(0, start - width)
    # Most windows have nothing to fold or strip.
    if 0 <= start <= end and width >= 0 and _ANY_SPACE.search(text, a, end + width) is None:
        return f"{text[a:start]}[{text[start:end]}]{text[end:end + width]}"
    left = _WS.sub(" ", text[a:start]).lstrip()
    right = _WS.sub(" ", text[end:end + width]).rstrip()
    mid = _WS.sub("", text[start:end])
    return f"{left}[{mid}]{right}"
