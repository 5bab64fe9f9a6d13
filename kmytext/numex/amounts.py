"""Readers for percentages (25%, 百分之三, 三成, 九折, 三分之一, ‰) and money (633亿元, ￥5,
9美分, 三块五), each taking the numeral core and reading what follows it.

A reader returns a :class:`Mention`, ``NOT_A_NUMBER``, or ``None`` for "not this kind".
"""

from __future__ import annotations

from decimal import Decimal

from kmytext.numex import lexicon
from kmytext.numex.mention import NOT_A_NUMBER, Core, Mention, Reading
from kmytext.numex.numerals import as_python, read_numeral, small_int


def per_fraction(core: Core, per: str) -> Mention:
    """百分之三十, 千分之五: the numeral after ``per`` (百分之, 千分之, 万分之), in percent."""
    scale = lexicon.PER_SCALE[per]
    vmax = core.value_max
    return core.mention("percent", core.end, as_python(core.value * scale),
                        value_max=as_python(vmax * scale) if vmax is not None else None, unit="%")


def money_after_sign(core: Core, sign: str) -> Mention:
    """￥5, US$3亿: the currency ``sign`` written before the numeral; a unit after it is part of it."""
    t, pos = core.text, core.end
    value, vmax = core.value, core.value_max
    scale = lexicon.ENGLISH_SCALE.match(t, pos)
    if scale is not None:  # $5 million, €3.2 billion, US$1.2bn
        factor = lexicon.ENGLISH_SCALES[(scale.group(1) or scale.group(2)).lower()]
        value, vmax, end = value * factor, vmax * factor if vmax is not None else None, scale.end()
    else:
        unit = lexicon.MONEY_RE.match(t, pos)
        end = unit.end() if unit else pos
    return core.mention("money", end, as_python(value), value_max=as_python(vmax),
                        unit=lexicon.PREFIX_CURRENCY[sign])


def read_percent(core: Core, c0: str) -> Reading:
    """25%, 3‰, 2个百分点, 三分之一, 三成, 九折; ``c0`` is the character after the numeral."""
    t, pos, value, vmax = core.text, core.end, core.value, core.value_max
    if c0 != "分" and c0 != "成" and c0 != "折":
        sign = lexicon.PERCENT_RE.match(t, pos)
        if sign is None:
            return None
        if sign.group() == "‰":
            return core.mention("percent", sign.end(), as_python(value / 10),
                                value_max=as_python(vmax / 10) if vmax is not None else None, unit="%")
        if sign.group() == "%":
            return core.mention("percent", sign.end(), as_python(value), value_max=as_python(vmax), unit="%")
        if sign.group() == "个半百分点" and vmax is None:
            value += Decimal("0.5")  # 两个半百分点: 2.5 points
        return core.mention("percent", sign.end(), as_python(value), value_max=as_python(vmax), unit=lexicon.POINTS,
                            approx="over" if sign.group() == "个多百分点" else None)  # 17个多百分点
    if c0 == "分":
        fraction = lexicon.FRACTION_RE.match(t, pos)
        if fraction is None or value == 0:
            return None
        numerator = read_numeral(fraction.group(1))
        if numerator is None:
            return NOT_A_NUMBER
        return core.mention("percent", fraction.end(), as_python(numerator.value / value * 100), unit="%")
    if not 0 < value <= 10:
        return None
    tenths = lexicon.CHENG_RE.match(t, pos)
    if tenths and (core.chinese or len(core.numeral) == 1) \
            and (not core.lone_one or lexicon.CHENG_DIGIT.match(t, tenths.end())):  # 一成 alone is "a tenth" or 一成不变
        end, percent = tenths.end(), value * 10
        half = lexicon.CHENG_DIGIT.match(t, end) if vmax is None else None
        if half and half.group() != "半" and lexicon.MEASURE_RE.match(t, half.end()) \
                and not t.startswith(lexicon.CHENG_DIGIT_NOT_COUNT, half.end()):
            half = None  # 三成五家企业: 30 %, then five firms
        approx = None
        if half:  # 二成五: 25 %, 一成半: 15 %
            end, percent = half.end(), percent + lexicon.DIGIT_VALUE.get(half.group(), 5)
        elif t.startswith(("多", "余"), end) and not lexicon.LEXICAL_AFTER.match(t, end + 1):
            end, approx = end + 1, "over"  # 六成多, 三成余
        return core.mention("percent", end, as_python(percent),
                            value_max=as_python(vmax * 10) if vmax is not None else None, unit="%", approx=approx)
    discount = lexicon.ZHE_RE.match(t, pos)
    if discount:
        return core.mention("percent", discount.end(), as_python(value * 10), unit="%")
    return None


def read_money(core: Core, c0: str) -> Reading:
    """633亿元, 9美分, 三元五角, 三块五, 3毛钱, 五角, 五分钱: a currency or coin after the numeral."""
    t, pos, vmax = core.text, core.end, core.value_max
    unit = lexicon.MONEY_RE.match(t, pos)
    if unit:
        return _currency(core, unit.group(), unit.end())
    if c0 == "块" and vmax is None:
        coins = _coins(t, pos + 1, jiao_required=False)
        if coins is not None:
            end, jiao, fen = coins
            yuan = core.value + Decimal(jiao) / 10 + Decimal(fen) / 100
            return core.mention("money", end, as_python(yuan), unit="元")
    if c0 == "毛" and vmax is None and (t.startswith("毛钱", pos) or core.numeral != "三"):  # 三毛 is a pen name
        end = pos + 2 if t.startswith("毛钱", pos) else pos + 1  # 3毛钱, 五毛
        return core.mention("money", end, as_python(core.value / 10), unit="元")
    if c0 == "角" and vmax is None:
        end = pos + 2 if t.startswith("钱", pos + 1) else pos + 1  # 五角, 五角钱
        return core.mention("money", end, as_python(core.value / 10), unit="元")
    if c0 == "分" and vmax is None and t.startswith("分钱", pos):  # 一分钱; 一分 alone is a point or a mark
        return core.mention("money", pos + 2, as_python(core.value / 100), unit="元")
    return None


def _currency(core: Core, written: str, end: int) -> Mention:
    """The numeral with the currency ``written`` after it, ending at ``end``."""
    unit = lexicon.MONEY_UNITS[written]
    value, vmax = core.value, core.value_max
    if written in lexicon.CENTS:
        return core.mention("money", end, as_python(value / 100),
                            value_max=as_python(vmax / 100) if vmax is not None else None, unit=unit)
    if unit == "元" and vmax is None:
        coins = _coins(core.text, end, jiao_required=written != "块")
        if coins is not None:
            end, jiao, fen = coins
            value += Decimal(jiao) / 10 + Decimal(fen) / 100
    return core.mention("money", end, as_python(value), value_max=as_python(vmax), unit=unit)


def _coins(t: str, pos: int, *, jiao_required: bool) -> tuple[int, int, int] | None:
    """The jiao and fen after a yuan (三元五角, 一块二毛五) as (end, jiao, fen); after 块 a bare
    digit is jiao too (三块五), after 元 only a digit with 角 or 毛 is."""
    sub = lexicon.SUBUNIT_RE.match(t, pos)
    if sub is None or jiao_required and not sub.group(2):
        return None
    jiao = small_int(sub.group(1), 0, 9)
    fen = small_int(sub.group(3), 0, 9) if sub.group(3) else 0
    if jiao is None or fen is None:
        return None
    return sub.end(), jiao, fen
