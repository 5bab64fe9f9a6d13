"""Line numbers and context snippets for spans of a document."""

from __future__ import annotations

from bisect import bisect_right

import regex

_WS = regex.compile(r"\s+")


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


def context(text: str, start: int, end: int, width: int = 20) -> str:
    """The mention with ``width`` characters either side, whitespace folded.

    >>> context("一二三四五六七八九十", 4, 6, 2)
    '三四[五六]七八'
    """
    left = _WS.sub(" ", text[max(0, start - width):start]).lstrip()
    right = _WS.sub(" ", text[end:end + width]).rstrip()
    mid = _WS.sub("", text[start:end])
    return f"{left}[{mid}]{right}"
