"""Cleanup of text extracted from print, with a map back to the source offsets.

Cleanup only deletes characters or replaces one character with one character, so
a clean offset maps to a source offset by adding the number of characters deleted
before it. ``Cleaned`` keeps that map as sorted breakpoints.

Each problem has its own small function returning a ``Cleaned`` (``join_lines``,
``squeeze_spaces``, ``fold_width``, ``to_simplified``); ``clean`` applies them all in
one pass. All of them are linear in the length of the text.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, TypeVar

import regex

R = TypeVar("R")
Span = tuple[int, int]

# Full-width digits, Latin letters and number signs fold one-to-one to ASCII.
# Chinese punctuation (，。：（）) stays: segmenter and model are trained on it.
_FULLWIDTH_CHARS = "０１２３４５６７８９％．／＄＋－" + "".join(
    chr(c) for c in [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
)
_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in _FULLWIDTH_CHARS}
_FULLWIDTH_RE = regex.compile("[" + regex.escape(_FULLWIDTH_CHARS) + "]")

# --- spaces -----------------------------------------------------------------------------
_SP = r"[ \t\u3000\u00a0]"
_SPACES = regex.compile(
    # "633 亿元", "2024 年", "11 所", "25 %": a number and its unit or counter
    rf"(?<=\d){_SP}+(?=[\p{{Han}}%‰])"
    # "辖区 11 所", "2024 年 11 月"
    rf"|(?<=\p{{Han}}){_SP}+(?=\d)"
    # "1.7 万 P", "3600 P": a Latin unit after a number
    rf"|(?<=\d(?:{_SP}*[万亿千])?){_SP}+(?=(?:[A-Z]{{1,2}}|kg|km|mm|cm|m|t|g)(?![A-Za-z]))"
    # "1 234 567": thousands groups
    rf"|(?<=(?<!\d)\d{{1,3}}){_SP}(?=\d{{3}}(?!\d))"
    # spaces around Chinese punctuation, which carries its own spacing
    rf"|{_SP}+(?=[，。、；：？！”’）》〉】])|(?<=[，。、；：？！“‘（《〈【）》〉】”’]){_SP}+(?=[\p{{Han}}\d“‘（《])"
)
# Letter-spaced (justified) type: "《产 业 领 域 三 年", "今 年 3 月": single characters
# separated by single spaces. Names and words separated by spaces ("张佳佳 通讯员") stay.
_SPACED_ITEM = r"(?:[\p{Han}\p{P}]|\d+)(?![\p{Han}\d])"
# Matching starts at the first space (cheap to reject); the match covers "产 业 领 域" from 业's space.
_LETTER_SPACED = regex.compile(
    rf"{_SP}(?<=(?<![\p{{Han}}])\p{{Han}}{_SP}){_SPACED_ITEM}(?:{_SP}{_SPACED_ITEM}){{2,}}"
)
_INNER_SPACE = regex.compile(_SP)
# Letter-spaced digits: three or more single digits one space apart, next to a Han character
# ("2 0 2 5 年", "市 1 0 0 0 万元"); two numbers apart ("2024 2025", "3 1") stay apart.
_SPACED_DIGITS = regex.compile(
    rf"(?<![\d.,]{_SP}?)\d(?:{_SP}\d){{2,}}+(?![\d.,])(?={_SP}?\p{{Han}})"
    rf"|(?<=\p{{Han}}{_SP}?)\d(?:{_SP}\d){{2,}}+(?![\d.,%])"
)
# Format characters that show nothing but split words and names (克拉玛依\u200f市).
_CR_LF = regex.compile(r"\r(?=\n)")
_INVISIBLE = regex.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_HAN = regex.compile(r"\p{Han}")

# --- line breaks ------------------------------------------------------------------------
_END_SENTENCE = frozenset("。！？!?…")
_CLOSERS = frozenset("”’」』）)》")
# Typesetting never starts a line with these, nor ends one with the openers.
_NO_LINE_START = frozenset("，。、；：？！）》”’」』…%,.;:!?)")
_NO_LINE_END = frozenset("（《“‘「『([")
_CLAUSE_END = frozenset("，、,")
# A number at the end of a line carries on with its unit or counter on the next one.
_COUNTERS = frozenset("年月日时分秒个万亿千百十元名家座项人次件所位届期批辆台套吨米度岁倍成余多")
# Lines that open an article or are credits: never glued to their neighbours.
_LEDE = regex.compile(  # with the traditional forms: the veto looks at the source text
    r"(?:本[报報][讯訊]|本[报報][^\s，。]{0,12}[电電]|(?:[据據])?新[华華]社[^\s，。]{0,12}[电電]"
    r"|本[报報](?:[记記]者|通[讯訊][员員])|(?:特约|特約)?[记記]者[ \t\u3000]|通[讯訊][员員][ \t\u3000]"
    r"|[■●▲◆]|(?:文|图|圖|文图|文圖|文/图|文/圖)[/／:：])"
)
# Page headers and footers: "人民日报 2025年3月5日 星期三 第4版", "责任编辑：赵刚".
_FURNITURE = regex.compile(r"第\s*[\d一二三四五六七八九十]+\s*版|星期[一二三四五六日天]|[责責]任[编編][辑輯]|[责責][编編]")
_PUNCT = regex.compile(r"\p{P}")
_SENTENCE_MARKS = regex.compile(r"[，。：；！？（(]")
_CLAUSE_MARKS = regex.compile(r"[，。：；！？、]")
_LINE = regex.compile(r"[^\s][^\n]*")  # a line's content, from its first non-space
# A list item (（一）, （2）, 一、, 3．, ①) or a weather line (北京 多云 18℃/8℃) stands on its own line.
_LIST_ITEM = regex.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[．.、](?!\d)|[①-⑳]")
_WEATHER = regex.compile(r"(?:晴|阴|多云|雨|雪|雾|霾|沙尘)[^。，；]{0,12}?-?\d+\s*(?:℃|°C|度)")
# Lines that end a sentence (or a clause that a line never ends inside in running text): a
# file of whole paragraphs, one a line, ends most of its lines with one of these.
_LINE_END = frozenset("。！？!?…”’」』）)；;：:")
_CREDIT_LINE = regex.compile(r"^(?:\S{0,12}记者\s*)?[\p{Han}·•]{2,12}(?:[\s、，][\p{Han}·•]{2,12}){0,4}\s*摄(?:影)?\s*$")


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

    def spans(self, spans: Iterable[Span]) -> list[Span]:
        """:meth:`span` of each clean span, in one loop (a file has a hundred thousand
        tokens); where cleanup deleted nothing (most short texts), the spans themselves."""
        if len(self._at) == 1:
            return [(s, e) if e >= s else (s, s) for s, e in spans]
        at, shift = self._at, self._shift
        out = []
        for s, e in spans:  # span(s, e), written in: a file has a hundred thousand tokens
            a = s + shift[bisect_right(at, s) - 1]
            out.append((a, e + shift[bisect_right(at, e - 1) - 1]) if e > s else (a, a))
        return out

    def source_chars(self, start: int, end: int) -> str:
        """The clean span ``[start, end)`` in the source's own characters: what cleanup kept,
        as the source writes it (its script, widths and quotation marks), without what it
        deleted.

        >>> from kmytext.text.normalize import clean
        >>> clean("称称『王』 ２０２５").source_chars(0, 10)
        '称称『王』 ２０２５'
        """
        if self.text is self.source:
            return self.text[start:end]
        return "".join(self.source[self.to_source(i)] for i in range(start, end))

    def remap(self, record: R) -> R:
        """``record`` found in the clean text, with its span and ``text`` in the source."""
        if self.text is self.source:
            return record
        s, e = self.span(record.start, record.end)  # type: ignore[attr-defined]
        return replace(record, start=s, end=e, text=self.source[s:e])  # type: ignore[type-var]


def identity(text: str) -> Cleaned:
    """A ``Cleaned`` that changes nothing (``--raw``)."""
    return Cleaned(text, text)


def edit(text: str, deletions: Iterable[Span], table: dict[int, int] | None) -> Cleaned:
    """Delete the source spans (in any order, overlaps allowed) and translate one-to-one: the
    one way every cleanup (and the numbers extractor's compaction) keeps its offset map."""
    spans = sorted(deletions)
    if not spans and table is None:
        return identity(text)
    parts: list[str] = []
    at, shift = [0], [0]
    pos = deleted = 0
    for s, e in spans:
        s = max(s, pos)  # overlapping spans: keep the part not yet deleted
        if e <= s:
            continue
        parts.append(text[pos:s])
        deleted += e - s
        pos = e
        at.append(s - deleted + (e - s))
        shift.append(deleted)
    parts.append(text[pos:])
    out = "".join(parts)
    if table is not None:
        out = translate(out, table)
    return Cleaned(out, text, at, shift)


_SAME: Any = object()
# Patterns matching the keys of the tables seen, by id (the table is kept so its id stays its own).
_KEYS: dict[int, tuple[dict[int, int], re.Pattern[str]]] = {}


def _keys_re(table: dict[int, int]) -> re.Pattern[str]:
    """A pattern matching every character ``table`` has a key for, and any character outside
    the BMP (the stdlib engine scans a class of BMP characters by table lookup, many times
    faster than ``str.translate`` looks up every character; astral ones would make it a list)."""
    hit = _KEYS.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    bmp = "".join(chr(k) for k in table if k <= 0xFFFF)
    pattern = re.compile("[" + re.escape(bmp) + "\U00010000-\U0010FFFF]")
    if len(_KEYS) >= 32:
        _KEYS.clear()
    _KEYS[id(table)] = (table, pattern)
    return pattern


# The tables as lists over the BMP, by id, for texts where many characters change.
_DENSE: dict[int, tuple[dict[int, int], list[Any]]] = {}


def _dense(table: dict[int, int]) -> list[Any]:
    """``table`` as a list indexed by code point over the BMP (identity where it has no key):
    ``str.translate`` looks a list up about twice as fast as a dict, whose misses each raise a
    KeyError inside it; past the BMP the list's IndexError leaves a character as it is, as a
    missing key does. Empty for a table with keys past the BMP (then the dict it is)."""
    hit = _DENSE.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    dense: list[Any] = list(range(0x10000))
    for k, v in table.items():
        if k > 0xFFFF:
            dense = []
            break
        dense[k] = v
    if len(_DENSE) >= 8:
        _DENSE.clear()
    _DENSE[id(table)] = (table, dense)
    return dense


def translate(text: str, table: dict[int, int]) -> str:
    """``text.translate(table)``, several times faster when few characters change, as in news
    with a stray traditional or full-width character: only those are substituted.

    >>> translate("增长２５％", {0xFF12: ord("2"), 0xFF15: ord("5")})
    '增长25％'
    """
    parts: list[str] = []
    last = 0
    budget = len(text) >> 6  # past one change in 64 characters, translating all of it is faster
    for m in _keys_re(table).finditer(text):
        i = m.start()
        new = table.get(ord(text[i]), _SAME)
        if new is _SAME:  # a character outside the BMP that the table leaves alone
            continue
        budget -= 1
        if budget < 0:
            return text.translate(_dense(table) or table)
        parts.append(text[last:i])
        parts.append(chr(new) if isinstance(new, int) else new or "")
        last = i + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _changes(text: str, table: dict[int, int]) -> bool:
    """Whether ``text`` holds a character ``table`` has a key for."""
    return any(ord(m.group()) in table for m in _keys_re(table).finditer(text))


# --- full-width and traditional characters ----------------------------------------------

@lru_cache(maxsize=1)
def _t2s() -> dict[int, int]:
    # Built by `python -m tools.build.t2s` from OpenCC: pairs of (traditional, simplified) characters.
    pairs = resources.files("kmytext.data").joinpath("t2s.txt").read_text(encoding="utf-8").strip()
    return {ord(pairs[i]): ord(pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)}


@lru_cache(maxsize=1)
def _t2s_chars() -> frozenset[str]:
    return frozenset(map(chr, _t2s()))


def traditional_share(text: str) -> float:
    """Share of the Chinese characters of ``text`` that exist only in traditional script.

    >>> traditional_share("克拉瑪依市舉辦氫能大會") > 0.3
    True
    """
    han = len(_HAN.findall(text))
    trad = _t2s_chars()
    return sum(1 for c in text if c in trad) / han if han else 0.0


def is_traditional(text: str, *, threshold: float = 0.05) -> bool:
    """Whether ``text`` is written in traditional characters.

    >>> is_traditional("臺灣的經濟發展"), is_traditional("台湾的经济发展")
    (True, False)
    """
    return traditional_share(text) >= threshold


def _fold_table(text: str, *, width: bool, simplified: bool) -> dict[int, int] | None:
    wide = width and _FULLWIDTH_RE.search(text) is not None
    # Characters that exist only in traditional script convert wherever they occur: the
    # table leaves every character used in simplified text alone, so this is safe on
    # simplified and mixed text too, and it keeps the length, so offsets stay exact.
    if simplified and _changes(text, _t2s()):
        return _t2s_wide() if wide else _t2s()
    return _FULLWIDTH if wide else None


@lru_cache(maxsize=1)
def _t2s_wide() -> dict[int, int]:
    return {**_t2s(), **_FULLWIDTH}


def fold_width(text: str) -> Cleaned:
    """Full-width digits, letters and number signs as ASCII; Chinese punctuation stays.

    >>> fold_width("增长２５％").text
    '增长25%'
    """
    return edit(text, (), _fold_table(text, width=True, simplified=False))


def fold_chars(text: str) -> str:
    """``text`` as cleanup writes its characters, one for one and in one pass: full-width
    letters and digits as ASCII, traditional characters as simplified. What a word a user
    lists (a name, a stopword, a dictionary word, a query) is in the clean text counted words
    come from.

    >>> fold_chars("臺積電２０２５")
    '台积电2025'
    """
    return edit(text, (), _fold_table(text, width=True, simplified=True)).text


def to_simplified(text: str) -> Cleaned:
    """Traditional characters as simplified ones, character for character (same offsets).

    >>> to_simplified("克拉瑪依市舉辦「氫能大會」").text
    '克拉玛依市举办“氢能大会”'
    """
    return edit(text, (), _fold_table(text, width=False, simplified=True))


# --- spaces -------------------------------------------------------------------------------

def _space_spans(text: str) -> list[Span]:
    spans = [m.span() for m in _SPACES.finditer(text)]
    for m in itertools.chain(_SPACED_DIGITS.finditer(text), _LETTER_SPACED.finditer(text)):
        base = m.start()
        spans.extend((base + s.start(), base + s.end()) for s in _INNER_SPACE.finditer(m.group()))
    return spans


def squeeze_spaces(text: str) -> Cleaned:
    """Drop spaces inside numbers, dates and units, around Chinese punctuation and
    in letter-spaced type; spaces between names and words stay.

    >>> squeeze_spaces("今 年 3 月 ，签约金额达 633 亿元").text
    '今年3月，签约金额达633亿元'
    """
    return edit(text, _space_spans(text), None)


# --- line breaks --------------------------------------------------------------------------

def _word_across(prev: str, nxt: str) -> bool:
    """A dictionary word of three or more characters runs across the break."""
    from kmytext.text.segment import long_words

    words = long_words()
    for a in range(1, min(4, len(prev)) + 1):
        for b in range(1, min(5 - a + 1, len(nxt)) + 1):
            if a + b >= 3 and prev[-a:] + nxt[:b] in words:
                return True
    return False


Kind = Literal["columns", "paragraphs", "short"]


@dataclass(frozen=True)
class Layout:
    """How the lines of a text are laid out: ``columns``, hard-wrapped print columns whose
    breaks cleanup joins; ``paragraphs``, whole paragraphs, one a line (as scraped from the
    web), whose breaks it keeps; ``short``, too few lines to tell (cleanup then goes by the
    words across each break). ``sure`` is False when the figures are between the two, and
    ``ended`` is the share of lines that end a sentence, ``width`` the median printed width."""

    kind: Kind
    sure: bool
    lines: int
    ended: float
    width: int

    def describe(self) -> str:
        what = {"columns": "hard-wrapped print columns (lines joined)",
                "paragraphs": "whole paragraphs, one a line (lines kept)", "short": "too few lines to tell"}
        return (f"{what[self.kind]}: {self.ended:.0%} of {self.lines} lines end a sentence, "
                f"median width {self.width / 2:.0f} characters")


_MIN_LINES = 6  # fewer lines say too little about the layout


def _layout_of(texts: list[str], widths: list[int]) -> Layout:
    """The layout of the lines ``texts`` (stripped, none empty) of printed ``widths``."""
    n = len(texts)
    if n < _MIN_LINES:
        return Layout("short", True, n, 0.0, 0)
    ended = sum(1 for t in texts if t[-1] in _LINE_END) / n
    width = sorted(widths)[n // 2]
    # Hard-wrapped lines end wherever the column does, mostly inside a sentence; whole
    # paragraphs end a sentence but for headlines, datelines and list labels.
    if ended >= 0.7:
        return Layout("paragraphs", ended >= 0.8 or width >= 60, n, ended, width)
    if ended <= 0.45:
        return Layout("columns", ended <= 0.35 or width < 60, n, ended, width)
    return Layout("paragraphs" if width >= 60 else "columns", False, n, ended, width)


def layout(text: str) -> Layout:
    """How the lines of ``text`` are laid out (see :class:`Layout`): what cleanup decides
    before joining lines, and what :class:`kmytext.Corpus` says on ``on_notice`` when it
    is not sure.

    >>> layout("克拉\\n玛依").kind, layout("第一段。\\n" * 8).kind
    ('short', 'paragraphs')
    """
    texts = [t for m in _LINE.finditer(text) if (t := m.group().rstrip())]
    return _layout_of(texts, _widths(texts))


def _widths(texts: list[str]) -> list[int]:
    """Printed widths (ASCII 1, else 2), inline: this runs once per line of the corpus."""
    return [2 * len(t) - (3 * len(t) - len(t.encode("utf-8"))) // 2 for t in texts]


def _column_width(widths: list[int], k: int) -> int | None:
    """The width of the column line ``k`` is set in: the median width of the long lines
    among its neighbours. None when they do not look like a hard-wrapped column."""
    window = sorted(widths[max(0, k - 8):k + 9])
    ref = window[len(window) * 2 // 3]
    # Headings and credits are narrower than the column, captions across columns wider.
    lo, hi = ref * 0.6, ref * 1.5
    body = [w for w in window if lo <= w <= hi]
    # No column is narrower than eight characters.
    if len(body) < 3 or ref < 16:
        return None
    return body[len(body) // 2]


_GROUP = 8  # lines share one column estimate per group of eight: the cost stays linear and small


def _has(positions: list[int], start: int, end: int) -> bool:
    """Whether the sorted ``positions`` include one in ``[start, end)``."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def line_spans(text: str) -> list[Span]:
    """Source spans of line breaks (with blank lines and edge spaces) inside paragraphs:
    what ``join_lines`` deletes, each span starting where its line's text ends. None when
    the lines are whole paragraphs (:func:`layout`).

    >>> line_spans("克拉\\n\\n玛依市")
    [(2, 4)]
    """
    if "\n" not in text:
        return []
    # (a line of nothing but characters Python strips and regex's \s does not, \x1c-\x1f, is none)
    found = [(m.start(), t) for m in _LINE.finditer(text) if (t := m.group().rstrip())]
    if len(found) < 2:
        return []
    texts = [t for _, t in found]
    widths = _widths(texts)
    if _layout_of(texts, widths).kind == "paragraphs":
        return _comma_breaks(text, found)  # one paragraph a line, as scraped from the web
    columns: dict[int, int | None] = {}
    short_text = len(found) <= 3
    spans: list[Span] = []
    furniture = [m.start() for m in _FURNITURE.finditer(text)]
    indented = True  # the line starts a paragraph (its indent is lost, so it is shorter)
    for k in range(len(found) - 1):
        p, n = texts[k], texts[k + 1]
        last, first = p[-1], n[0]
        if last in _END_SENTENCE or (last in _CLOSERS and len(p) > 1 and p[-2] in _END_SENTENCE):
            indented = True
            continue
        if (first in _NO_LINE_START or last in _NO_LINE_END or last in _CLAUSE_END
                or (last.isdigit() and first in _COUNTERS)):
            join = True
        else:
            g = k // _GROUP
            if g not in columns:
                columns[g] = _column_width(widths, g * _GROUP + _GROUP // 2)
            col = columns[g]
            if col is not None:
                # Extraction loses the justification of a line, so widths vary by a few characters.
                tol = max(4, col // 6) + (4 if indented else 0)
                join = col - tol <= widths[k] <= col + tol
                # A first line with no punctuation, narrower than the column: a headline.
                if join and indented and widths[k] < col - 6 and not _PUNCT.search(p):
                    join = False
            elif short_text:
                join = any(c in _CLAUSE_END for c in p) or _word_across(p, n)
            else:
                join = False
        # A lede, a credit line, a list item or a weather line is never glued to its neighbours.
        if join and (
            _lede_at(text, found[k + 1][0])
            or _LIST_ITEM.match(n) is not None
            or (len(n) <= 30 and _WEATHER.search(n) is not None) or (len(p) <= 30 and _WEATHER.search(p) is not None)
            or (furniture and _has(furniture, found[k][0], found[k + 1][0] + len(n)))
            or (len(p) <= 40 and _lede_at(text, found[k][0]) and not _SENTENCE_MARKS.search(p))  # a byline
            or (first == "—" and n.startswith("——") and not _CLAUSE_MARKS.search(p))  # a subtitle
            or (last in "摄影" and _CREDIT_LINE.match(p))
            or (n[-1] in "摄影" and _CREDIT_LINE.match(n))
        ):
            join = False
        if join:
            spans.append((found[k][0] + len(p), found[k + 1][0]))
        indented = not join
    return spans


def _comma_breaks(text: str, found: list[tuple[int, str]]) -> list[Span]:
    """In whole paragraphs, one a line, the only breaks inside a paragraph: after a comma (a
    paragraph never ends with one), unless a lede or a list item follows."""
    spans = []
    for (a, p), (b, n) in zip(found, found[1:]):
        if p[-1] in "，," and not _LIST_ITEM.match(n) and not _lede_at(text, b):
            spans.append((a + len(p), b))
    return spans


def _lede_at(text: str, i: int) -> bool:
    """Whether a lede starts at ``i``, at a line's start or after its spaces (asked
    only of the lines that would be joined: searching the whole text took a third of the time)."""
    start = text.rfind("\n", 0, i) + 1
    return not text[start:i].strip(" \t\u3000\u00a0") and _LEDE.match(text, i) is not None


def join_lines(text: str) -> Cleaned:
    """Join lines hard-wrapped inside a paragraph (Chinese adds no space); paragraph
    breaks, headlines and credit lines stay on their own lines.

    >>> join_lines("本报讯（通讯员 赵国香）近期以来，克拉\\n\\n玛依区委史志办").text
    '本报讯（通讯员 赵国香）近期以来，克拉玛依区委史志办'
    """
    return edit(text, line_spans(text), None)


def clean(
    text: str, *, lines: bool = True, spaces: bool = True, width: bool = True, simplified: bool = True
) -> Cleaned:
    """Join hard-wrapped lines, drop spaces inside numbers and invisible format characters
    (zero-width spaces, direction marks, soft hyphens), fold full-width ASCII and
    traditional characters; every step can be turned off.

    Windows line ends (``\\r\\n``) read as ``\\n``, as files are read: the ``\\r`` goes.

    >>> clean("克拉\\n\\n玛依市有633 亿元").text
    '克拉玛依市有633亿元'
    >>> clean("会议召开。\\r\\n马海军 摄\\r\\n").text
    '会议召开。\\n马海军 摄\\n'
    """
    returns = [m.span() for m in _CR_LF.finditer(text)] if "\r\n" in text and (lines or spaces) else []
    if returns:  # the steps read the text with \n line ends; what they delete is placed back in it
        plain = edit(text, returns, None)
        return edit(text, returns + plain.spans(_deletions(plain.text, lines=lines, spaces=spaces)),
                    _fold_table(text, width=width, simplified=simplified))
    return edit(text, _deletions(text, lines=lines, spaces=spaces),
                _fold_table(text, width=width, simplified=simplified))


def _deletions(text: str, *, lines: bool, spaces: bool) -> list[Span]:
    deletions: list[Span] = []
    if lines:
        deletions += line_spans(text)
    if spaces:
        deletions += _space_spans(text)
        deletions += [m.span() for m in _INVISIBLE.finditer(text)]
    return deletions
