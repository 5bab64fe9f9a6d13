"""The records the extractor builds as it reads: the numeral :class:`Core` that the unit
readers work from, and the :class:`Mention` under construction that the scan assembles.
Both are mutable and slotted (one of each per numeral, on the hot path); offsets point
into the compact text until the scan maps them back.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Union

from kmytext.numex import lexicon

Value = Union[int, float, str, None]
_ZERO = Decimal(0)
DateParts = tuple[Union[int, None], Union[int, None], Union[int, None]]


@dataclass(slots=True, init=False, eq=False)
class Mention:
    """A numeric expression being assembled: what becomes a :class:`kmytext.types.Number`."""

    start: int
    end: int
    kind: str  # a kind of KINDS, or "skip": a span to step over (a ratio, a score, an address)
    value: Value
    value_max: Value = None
    unit: str | None = None
    approx: str | None = None
    direction: str | None = None  # "up" or "down": the size of a change (增长5%, 下降1.5%)
    object: str | None = None
    # Where the numeral itself starts (past 第, 约, 百分之): a Chinese numeral there that is part
    # of a word (一些, 统一) vetoes the mention. Set by the scan for mentions read from a numeral.
    numeral_start: int = 0
    chinese: bool = False  # read from a Chinese numeral: checked against the lexical words
    bare: bool = False  # no unit: may be a label (“十四五”), or a factor a later unit reaches (3×4米)
    weak: bool = False  # a small bare Arabic number, dropped unless a later mention lends it a unit
    date: DateParts | None = None  # (year, month, day) of a date that may open a range or a list

    def __init__(self, start: int, end: int, kind: str, value: Value, *, value_max: Value = None,
                 unit: str | None = None, approx: str | None = None) -> None:
        # Written out rather than generated, as Core's: there is a Mention per numeral.
        self.start, self.end, self.kind, self.value = start, end, kind, value
        self.value_max, self.unit, self.approx, self.object, self.direction = value_max, unit, approx, None, None
        self.numeral_start, self.chinese, self.bare, self.weak, self.date = 0, False, False, False, None


def preceded_by(t: str, pos: int, word: str) -> bool:
    """``word`` ends at ``pos`` in ``t``. Every look-behind of the readers goes through here:
    ``t.startswith(word, pos - len(word))`` alone reads a negative start as counted from the end
    of the text, so 3点开会到下午 took 下午 from its end for a time at -2..2.

    >>> preceded_by("下午3点", 2, "下午"), preceded_by("3点开会到下午", 0, "下午")
    (True, False)
    """
    return pos >= len(word) and t.startswith(word, pos - len(word))


class Verdict(enum.Enum):
    """What a unit reader answers besides a mention; ``None`` means "not my kind, read on"."""

    NOT_A_NUMBER = "not a number"


NOT_A_NUMBER = Verdict.NOT_A_NUMBER
Reading = Union[Mention, Verdict, None]


@dataclass(slots=True, init=False, eq=False)
class Core:
    """A numeral with what stands before it (约, 第, ￥, 百分之, 负) and right after it (多,
    余, 万, a range): everything the unit readers need to read what follows from ``end``.
    Built in steps by :func:`kmytext.numex.core.read_core`."""

    text: str  # the compact text
    start: int  # the mention's start, prefixes included
    numeral_start: int  # where the numeral starts (after 百分之, the numeral after it)
    end: int  # where the numeral ends, then where the unit, if any, starts
    numeral: str  # as written: 三十, 1.7万, then 三又二分之一 with its fraction
    value: Decimal = _ZERO
    value_max: Decimal | None = None
    approx: str | None = None  # "about", "over", "under", from a prefix or from 多/余/来
    chinese: bool = False
    year: int | None = None  # the numeral read as a year (2024, 二○○一), where it can be one
    ordinal: bool = False  # after 第
    per: str | None = None  # 百分之, 千分之 or 万分之 before the numeral
    currency: str | None = None  # a currency sign before the numeral: ￥, $, US$, HK$
    sign: str | None = None  # 负, 零下 or a minus sign before the numeral
    scale: str | None = None  # 摄氏 or 华氏 before the numeral, when 度 follows it
    lone_one: bool = False  # a bare 一 (一个, 一次): the indefinite article more often than a count

    def __init__(self, text: str, start: int, end: int, numeral: str) -> None:
        # Written out rather than generated: keyword arguments and defaults cost a quarter
        # of a microsecond per call, and there is a Core per numeral.
        self.text, self.start, self.numeral_start, self.end, self.numeral = text, start, start, end, numeral
        self.value, self.value_max, self.approx, self.chinese, self.year = _ZERO, None, None, False, None
        self.ordinal, self.per, self.currency, self.sign, self.scale = False, None, None, None, None
        self.lone_one = False

    def mention(self, kind: str, end: int, value: Value, *, value_max: Value = None, unit: str | None = None,
                approx: str | None = None) -> Mention:
        """The mention of this core as ``kind`` up to ``end``, extended over an approximation
        written after it (左右, 以上, 之多); ``approx`` is one the unit adds (3米多), which
        an approximation before the unit (约, 多, 余) takes precedence over."""
        approx = self.approx or approx
        t = self.text
        if t[end:end + 1] in lexicon.POST_START:
            after = lexicon.POST_APPROX.match(t, end)
            if after:
                approx = approx or lexicon.APPROX_AFTER[after.group()]
                end = after.end()
        mention = Mention(self.start, end, kind, value)
        mention.value_max, mention.unit, mention.approx = value_max, unit, approx  # cheaper than keywords
        return mention

