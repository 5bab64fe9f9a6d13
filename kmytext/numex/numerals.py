"""Values of numerals: Arabic (``1,234.5``, ``1.7万``), Chinese (``两千三百万``, ``三千五``),
digit by digit (``二○○一``), with a decimal 点 (``三点五``) and consecutive pairs (``两三``).

Every reading goes through :func:`read_numeral`, which is cached: news repeats its numerals
(2024, 一, 3), and 78,864 readings on the 10 MB benchmark corpus are 1,945 strings.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from kmytext.numex import lexicon

_ZEROS = frozenset("零〇○")


class Numeral(NamedTuple):
    """The value of a numeral string; ``value_max`` closes a consecutive pair (两三)."""

    value: Decimal
    value_max: Decimal | None
    chinese: bool


class _ChineseInt:
    """The running state of reading a Chinese integer left to right: the completed 万/亿
    groups (``total``), the group being read (``section``) and a digit awaiting its unit.
    Each step returns False when the string is not a well-formed numeral."""

    __slots__ = ("high", "total", "section", "digit", "last_unit", "zero", "prev_unit")

    def __init__(self) -> None:
        self.high = self.total = self.section = 0  # high: the completed 兆 (10^12) groups
        self.digit: int | None = None
        self.last_unit = 1
        self.zero = False
        self.prev_unit = False

    def zero_digit(self) -> bool:
        if self.digit is not None:
            return False
        self.zero, self.prev_unit = True, False
        return True

    def nonzero_digit(self, value: int) -> bool:
        if self.digit is not None:
            return False  # two digits in a row are read digit by digit elsewhere
        self.digit, self.prev_unit = value, False
        return True

    def small_unit(self, unit: int) -> bool:
        """十, 百, 千 (and 拾, 佰, 仟)."""
        if self.digit is None:
            if unit != 10 and not (self.total == self.section == 0 and not self.zero):
                return False  # 百万, 千人: only a leading 百/千 means one hundred/thousand
            if self.prev_unit and self.last_unit <= unit:
                return False
            self.digit = 1
        if self.section % (unit * 10) >= unit and self.section:
            return False  # a unit repeated (十十)
        self.section += self.digit * unit
        self.digit = None
        self.last_unit, self.zero, self.prev_unit = unit, False, True
        return True

    def big_unit(self, unit: int, *, leading: bool) -> bool:
        """万, 亿 and 兆; ``leading`` when the numeral starts with this very character."""
        if self.digit is not None:
            self.section += self.digit
            self.digit = None
        if self.section == 0 and self.total == 0 and not self.zero and leading:
            self.section = 1  # 万人, 近亿元
        elif self.section == 0 and (unit == 10_000 or self.total == 0):
            return False
        if unit > 100_000_000:
            self.high += (self.total + self.section) * unit  # 五兆六十二亿: 亿 counts after 兆 anew
            self.total = 0
        elif unit == 100_000_000:
            self.total = (self.total + self.section) * unit
        else:
            self.total += self.section * unit
        self.section = 0
        self.last_unit, self.zero, self.prev_unit = unit, False, True
        return True

    def value(self, *, digit_after_unit: bool) -> int:
        """The integer read; ``digit_after_unit`` for 三千五 (3500), where the last digit
        stands for the next unit down."""
        if self.digit is not None:
            if not self.prev_unit and self.last_unit > 1 and not self.zero and digit_after_unit:
                if self.last_unit < 10_000:
                    self.section += self.digit * self.last_unit // 10
                else:
                    self.total += self.digit * self.last_unit // 10
            else:
                self.section += self.digit
        elif self.zero and self.high == self.total == self.section == 0:
            return 0
        return self.high + self.total + self.section


def cn_int(s: str) -> int | None:
    """Integer value of a Chinese numeral (一百零五, 两千三百万, 三千五), or None.

    >>> cn_int("两千三百万"), cn_int("三千五"), cn_int("十十")
    (23000000, 3500, None)
    """
    for contracted, full in lexicon.CONTRACTED_TENS.items():
        s = s.replace(contracted, full)
    if not s:
        return None
    digits = lexicon.DIGIT_VALUE  # a local for the loops over the characters: numerals can be long
    if all(c in digits and c != "两" and c != "俩" for c in s) and len(s) > 1:
        return None  # digit-by-digit strings are read by cn_digits, not here
    state = _ChineseInt()
    for ch in s:
        if ch in _ZEROS:
            ok = state.zero_digit()
        elif ch in digits:
            ok = state.nonzero_digit(digits[ch])
        elif ch in lexicon.SMALL_UNIT:
            ok = state.small_unit(lexicon.SMALL_UNIT[ch])
        elif ch in lexicon.BIG_UNIT:
            ok = state.big_unit(lexicon.BIG_UNIT[ch], leading=s[0] == ch)
        else:
            ok = False
        if not ok:
            return None
    unit_before_last = len(s) >= 2 and (s[-2] in lexicon.SMALL_UNIT or s[-2] in lexicon.BIG_UNIT)
    return state.value(digit_after_unit=unit_before_last)


def cn_digits(s: str) -> str | None:
    """二○○一 -> '2001' (digit by digit), else None."""
    out = []
    digits = lexicon.DIGIT_VALUE
    for ch in s:
        v = digits.get(ch)
        if v is None or ch == "两" or ch == "俩":
            return None
        out.append(str(v))
    return "".join(out)


def consecutive(s: str) -> tuple[int, int] | None:
    """两三 -> (2, 3), 十七八 -> (17, 18), 三五 -> (3, 5), 二三十 -> (20, 30), 六七万 -> (60000, 70000)."""
    head = 0
    body = s
    if body.startswith("十") and len(body) == 3:
        head, body = 10, body[1:]
    tail = 1
    while len(body) > 2 and (body[-1] in lexicon.SMALL_UNIT or body[-1] in lexicon.BIG_UNIT):
        tail *= lexicon.SMALL_UNIT.get(body[-1]) or lexicon.BIG_UNIT[body[-1]]  # 六七万, 三四十万
        body = body[:-1]
    if len(body) != 2:
        return None
    a, b = lexicon.DIGIT_VALUE.get(body[0]), lexicon.DIGIT_VALUE.get(body[1])
    if a is None or b is None or a == 0 or not (b == a + 1 or (a, b) == (3, 5)):
        return None
    if head and tail != 1:
        return None
    return head + a * tail, head + b * tail


@lru_cache(maxsize=8192)
def read_numeral(s: str) -> Numeral | None:
    """Value of a numeral string as the scan matched it, or None if it is not one.

    >>> read_numeral("两三")
    Numeral(value=Decimal('2'), value_max=Decimal('3'), chinese=True)
    """
    if not s:
        return None
    if s[0] in "0123456789":
        return _arabic(s)
    if "点" in s:
        whole, frac = s.split("点", 1)
        w = cn_int(whole) if whole not in _ZEROS else 0
        f = cn_digits(frac)
        if w is None or f is None:
            return None
        return Numeral(Decimal(f"{w}.{f}"), None, True)
    pair = consecutive(s)
    if pair:
        return Numeral(Decimal(pair[0]), Decimal(pair[1]), True)
    n = cn_int(s)
    if n is None:
        return None
    return Numeral(Decimal(n), None, True)


def _arabic(s: str) -> Numeral | None:
    """1,234.5, 1.7万, 3千万, 40k, and digits mixed with multipliers: 5万4千6百, 2亿3千万."""
    if s[-1] in "kK":
        s = s[:-1] + "千"
    groups = lexicon.ARABIC_GROUP.findall(s)
    if len(groups[0][0].replace(",", "").split(".")[0]) > lexicon.MAX_DIGITS:
        return None
    high = total = section = Decimal(0)  # as a Chinese numeral: 兆 groups, 亿/万 groups, the group read
    for digits, multipliers in groups:
        v = Decimal(digits.replace(",", ""))
        big = 1
        for ch in multipliers:
            small = lexicon.SMALL_UNIT.get(ch)
            if small is not None:
                v *= small
            else:
                big *= lexicon.BIG_UNIT[ch]
        section += v
        if big >= 10 ** 12:
            high, total, section = high + (total + section) * big, Decimal(0), Decimal(0)
        elif big >= 100_000_000:
            total, section = (total + section) * big, Decimal(0)
        elif big > 1:
            total, section = total + section * big, Decimal(0)
    return Numeral(high + total + section, None, False)


def as_python(v: Decimal | None) -> int | float | None:
    """A Decimal as the int or float a record holds."""
    if v is None:
        return None
    if v == v.to_integral_value():
        return int(v)
    return float(v)


def small_int(s: str, lo: int, hi: int) -> int | None:
    """The integer value of the numeral ``s`` if it lies in ``[lo, hi]`` (a month, a day)."""
    p = read_numeral(s)
    if p is None or p.value_max is not None:
        return None
    v = p.value
    if v != v.to_integral_value() or not lo <= v <= hi:
        return None
    return int(v)


@lru_cache(maxsize=8192)
def year_of(numtext: str) -> int | None:
    """The year a four-digit numeral names (2024, 二○二四), or None."""
    if numtext.isascii():
        if len(numtext) == 4 and numtext.isdigit() and 1000 <= int(numtext) <= 2199:
            return int(numtext)
        return None
    d = cn_digits(numtext)
    if d and len(d) == 4:
        return int(d)
    return None
