"""Cleanup of text extracted from print, with a map back to the source offsets.

Cleanup only deletes characters or replaces one character with one character, so
a clean offset maps to a source offset by adding the number of characters deleted
before it. ``Cleaned`` keeps that map as sorted breakpoints.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TypeVar

import regex

R = TypeVar("R")

# Full-width digits, Latin letters and number signs fold one-to-one to ASCII.
# Chinese punctuation (，。：（）) stays: segmenter and model are trained on it.
_FULLWIDTH_CHARS = "０１２３４５６７８９％．／＄＋－" + "".join(
    chr(c) for c in [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
)
_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in _FULLWIDTH_CHARS}
_FULLWIDTH_RE = regex.compile("[" + regex.escape(_FULLWIDTH_CHARS) + "]")

# Spaces printed inside numbers, dates and units: "633 亿元", "2024 年 11 月".
_NUMBER_SPACES = regex.compile(
    r"(?<=\d)[ \t]+(?=[\d\p{Han}%％.])|(?<=[\d\p{Han}])[ \t]+(?=\d)"
)
# A line that ends a paragraph: sentence-final punctuation or a closing quote after it.
_PARA_END = regex.compile(r"[。！？!?；;：:…」』”\"）)]\s*$")
_LINE_BREAKS = regex.compile(r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*")
_CJK_OR_PUNCT = regex.compile(r"[\p{Han}\p{P}\d]")


@dataclass(frozen=True)
class Cleaned:
    """Clean text plus the map from its offsets to offsets in ``source``."""

    text: str
    source: str
    # _at[k] is a clean offset from which _shift[k] characters had been deleted.
    _at: list[int] = field(default_factory=lambda: [0], repr=False)
    _shift: list[int] = field(default_factory=lambda: [0], repr=False)

    def to_source(self, i: int) -> int:
        """Source offset of the character at clean offset ``i``."""
        return i + self._shift[bisect_right(self._at, i) - 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the clean span ``[start, end)``; deletions at its edges stay outside."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


    def remap(self, record: R) -> R:
        """``record`` found in the clean text, with its span and ``text`` in the source."""
        s, e = self.span(record.start, record.end)  # type: ignore[attr-defined]
        if self.text is self.source:
            return record
        return replace(record, start=s, end=e, text=self.source[s:e])  # type: ignore[type-var]


def identity(text: str) -> Cleaned:
    """A ``Cleaned`` that changes nothing (``--raw``)."""
    return Cleaned(text, text)


def _wrapped_width(lines: list[str]) -> int:
    """The column width of hard-wrapped text: the usual length of its long lines."""
    lengths = sorted(len(s.strip()) for s in lines if len(s.strip()) >= 8)
    if len(lengths) < 3:
        return 0
    return lengths[int(len(lengths) * 0.8)]


def clean(text: str) -> Cleaned:
    """Join hard-wrapped lines, drop spaces inside numbers, fold full-width ASCII.

    >>> clean("克拉\\n\\n玛依市有633 亿元").text
    '克拉玛依市有633亿元'
    """
    deletions: list[tuple[int, int]] = []  # source spans to delete, in order
    width = _wrapped_width(text.split("\n")) if "\n" in text else 0
    for m in _LINE_BREAKS.finditer(text):
        s, e = m.span()
        if s == 0 or e == len(text):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        prev_line = text[line_start:s].strip()
        before, after = text[s - 1], text[e]
        if (
            width
            and len(prev_line) >= width * 0.85
            and not _PARA_END.search(prev_line)
            and _CJK_OR_PUNCT.match(before)
            and _CJK_OR_PUNCT.match(after)
        ):
            deletions.append((s, e))
    for m in _NUMBER_SPACES.finditer(text):
        deletions.append(m.span())
    if not deletions and not _FULLWIDTH_RE.search(text):
        return identity(text)
    deletions.sort()
    parts: list[str] = []
    at, shift = [0], [0]
    pos = deleted = 0
    for s, e in deletions:
        if s < pos:  # overlapping spans: keep the part not yet deleted
            s = pos
        if e <= s:
            continue
        parts.append(text[pos:s])
        deleted += e - s
        pos = e
        at.append(s - deleted + (e - s))
        shift.append(deleted)
    parts.append(text[pos:])
    out = "".join(parts).translate(_FULLWIDTH)
    return Cleaned(out, text, at, shift)
