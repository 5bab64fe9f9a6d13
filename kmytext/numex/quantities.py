"""Readers for ordinals (第三届), durations (三年, 两个半小时, 半年), quantities with a unit of
measure or a measure word (3米, 32家爱心商户, 两倍多) and bare numbers (600亿, 1920×1080).

A unit reader returns a :class:`Mention`, ``NOT_A_NUMBER``, or ``None`` for "not this kind".
"""

from __future__ import annotations

from decimal import Decimal

from kmytext.numex import lexicon
from kmytext.numex.mention import NOT_A_NUMBER, Core, Mention, Reading
from kmytext.numex.numerals import as_python, small_int, year_of


def after_times(t: str, a: int) -> bool:
    """The number at ``a`` is a later factor of a product: 1920×1080, 3x4."""
    return a >= 2 and t[a - 1] in lexicon.TIMES_SIGNS and t[a - 2] in "0123456789米mM寸尺"


def ordinal(core: Core) -> Mention | None:
    """第三, 第21届, 第二季度: a positive integer after 第, with what it ranks."""
    t, pos, value = core.text, core.end, core.value
    um = lexicon.ORDINAL_UNIT_RE.match(t, pos)
    if um and len(um.group()) == 1 and t[pos:pos + 2] in lexicon.NOT_UNIT:
        um = None  # 第三人民医院
    if value != value.to_integral_value() or value <= 0:
        return None
    if um is None and lexicon.NAMED_UNIT_AFTER.match(t, pos):
        return Mention(core.start, pos, "skip", None)  # 第二营业部, 第三人民医院: a name
    if um is None:
        return Mention(core.start, pos, "ordinal", int(value))
    if um.group() == "季度" and value <= 4:
        return Mention(core.start, um.end(), "date", f"--Q{int(value)}")  # 第一季度: the first quarter
    return Mention(core.start, um.end(), "ordinal", int(value), unit=um.group())


def read_duration(core: Core, c0: str) -> Mention | None:
    """三年, 两个半小时, 一个多月, 两分半钟; a bare 月 is left to the dates (3月)."""
    t, pos = core.text, core.end
    if c0 in lexicon.COMPOUND_START and core.value_max is None:
        compound = _compound(core)
        if compound is not None:
            return compound
    if c0 == "分" and t.startswith("分半钟", pos) and core.value_max is None:  # 两分半钟
        return core.mention("duration", pos + 3, as_python(core.value + Decimal("0.5")), unit="分钟")
    du = lexicon.DURATION_RE.match(t, pos)
    if du is None or du.group(3) == "月" and not du.group(1) and core.numeral not in ("两", "俩"):
        return None  # 3月 is March; 两月 two months
    if du.group(3) == "日" and (core.lone_one or t[du.end():du.end() + 1] in lexicon.NOT_DAY_AFTER and du.end() < len(t)):
        # 两日, 十余日, 三日后, 百日 are days; not 一日 alone, "one day" (一日游), nor 150日元 (yen),
        # 四五百日本球迷 (Japanese), 11日报道 (a date, 报道), 90多个日日夜夜
        return None
    value = core.value
    approx = None
    end = du.end()
    if du.group(2) == "半":
        value += Decimal("0.5")
    elif du.group(2) == "多":
        approx = "over"
    if t.startswith("半", end):
        value += Decimal("0.5")
        end += 1
    elif t.startswith("多", end) and not lexicon.LEXICAL_AFTER.match(t, end + 1):
        approx = "over"
        end += 1
    return core.mention("duration", end, as_python(value), value_max=as_python(core.value_max),
                        unit=lexicon.DURATION_UNITS[du.group(3)], approx=approx)


def _compound(core: Core) -> Mention | None:
    """三年零六个月, 1小时30分, 15分46秒23, 1小时43分18秒345, 10秒79: one duration, in its leading
    unit, or in seconds when it ends in seconds."""
    t = core.text
    cm = lexicon.COMPOUND_DURATION.match(t, core.end)
    if cm is None:
        return None
    g = cm.groupdict()
    parts = [small_int(g[k], 0, 59) if g[k] else 0 for k in ("months", "hm", "hs", "ms")]
    if None in parts or g["months"] and not 0 < (parts[0] or 0) < 12:
        return None
    months, hm, hs, ms = (Decimal(p or 0) for p in parts)
    fraction = g["hf"] or g["mf"] or g["sf"]
    frac = Decimal(f"0.{fraction}") if fraction else Decimal(0)
    v = core.value
    if g["months"]:
        value, unit = v + months / 12, "年"
    elif g["hm"] and not g["hs"]:
        value, unit = v + hm / 60, "小时"
    elif g["hm"]:
        value, unit = v * 3600 + hm * 60 + hs + frac, "秒"
    elif g["ms"]:
        value, unit = v * 60 + ms + frac, "秒"
    else:
        if lexicon.MEASURE_RE.match(t, cm.end()) or lexicon.DURATION_RE.match(t, cm.end()):
            return None  # 10秒12次: two counts
        value, unit = v + frac, "秒"
    return core.mention("duration", cm.end(), as_python(value.quantize(Decimal("0.000001")).normalize()), unit=unit)


def half_duration(t: str, a: int) -> Mention | None:
    """半年, 半个月, 半天, 半小时: half a unit of time (never 上半年, the first half); also 半打
    (6) and 半斤, 半吨, 半米: half a measure."""
    if t.startswith("打", a + 1):
        return dozen(t, a, a + 1, 0.5)
    if t.startswith(lexicon.POINTS, a + 1):
        return Mention(a, a + 1 + len(lexicon.POINTS), "percent", 0.5, unit=lexicon.POINTS)  # 半个百分点
    um = lexicon.MEASURE_RE.match(t, a + 1)
    if um is not None and um.group() in lexicon.HALF_MEASURES:
        return Mention(a, um.end(), "quantity", 0.5, unit=um.group())
    du = lexicon.DURATION_RE.match(t, a + 1)
    if du is None or du.group(2) or du.group(3) == "月" and not du.group(1):
        return None
    end, approx = du.end(), None
    if t.startswith("多", end):
        end, approx = end + 1, "over"
    return Mention(a, end, "duration", 0.5, unit=lexicon.DURATION_UNITS[du.group(3)], approx=approx)


def dozen(t: str, start: int, pos: int, count: float) -> Mention | None:
    """一打, 两打鸡蛋, 半打: ``count`` dozen, a number (12, 24, 6); not 打 as a verb (三打白骨精
    is in the names, 打了, 打球 are verbs)."""
    if lexicon.NOT_DOZEN_AFTER.match(t, pos + 1) or not 0 < count <= 100:
        return None
    value = count * 12
    return Mention(start, pos + 1, "number", int(value) if value == int(value) else value)


def read_measure(core: Core) -> Reading:
    """3米, 32家爱心商户, 两倍多, 18米74; without a unit of measure, a bare number."""
    t, pos = core.text, core.end
    if t.startswith("打", pos) and core.value_max is None and core.value == core.value.to_integral_value():
        found = dozen(t, core.start, pos, int(core.value))
        return found if found is not None else NOT_A_NUMBER
    um = lexicon.MEASURE_RE.match(t, pos)
    if um is None:
        return bare(core)
    unit = um.group()
    if len(unit) == 1 and t[pos:pos + 2] in lexicon.NOT_UNIT and not t.startswith(lexicon.STILL_UNIT, pos) \
            or lexicon.PHASE_NAME.match(t, pos):
        return bare(core)
    if _numbered_name(t, core.start, unit, um.end()):
        return NOT_A_NUMBER
    if core.lone_one and unit in lexicon.CLASSIFIERS and not _one_counts(t, um.end(), unit):
        return NOT_A_NUMBER  # 一个, 一批: the indefinite article
    if unit in lexicon.ADDRESS_UNITS:
        ad = lexicon.ADDRESS_NEXT.match(t, um.end())
        if ad:
            return Mention(core.start, ad.end(), "skip", None)  # 12幢7单元: an address
    if (unit == "对" or unit == "比") and core.value_max is None:
        score = lexicon.NUMERAL.match(t, um.end())
        if score:
            return Mention(core.start, score.end(), "skip", None)  # 2.5对2.5: a score
    if unit == "点" and not core.chinese and core.value == core.value.to_integral_value():
        return NOT_A_NUMBER  # 3点 is a clock time read before; 71.29点 an index move
    if unit == "度" and core.numeral in ("一", "两"):
        return NOT_A_NUMBER  # 一度, 两度: adverbs (once, twice)
    if unit in lexicon.IDIOM_UNITS and core.numeral in ("百", "千", "万"):
        return NOT_A_NUMBER  # 百里油田, 万丈深渊: "far", "deep", not a length
    return _quantity(core, unit, um.end())


def _quantity(core: Core, unit: str, unit_end: int) -> Mention:
    """The numeral counted in ``unit``, which ends at ``unit_end``."""
    t, end = core.text, unit_end
    # 18米74, 一米八: a mark or a height in metres and centimetres, 18.74 米, 1.8 米 (but 3米20厘米
    # is two lengths)
    metric = unit == "米" and core.value_max is None
    cm = (lexicon.CN_CENTIMETRES if core.chinese else lexicon.CENTIMETRES).match(t, end) if metric else None
    if cm and not (lexicon.MEASURE_RE.match(t, cm.end()) or t.startswith(("分", "秒"), cm.end())):
        digits = cm.group() if not core.chinese else "".join(str(lexicon.DIGIT_VALUE[c]) for c in cm.group())
        metres = core.value + Decimal(f"0.{digits}")
        return core.mention("quantity", cm.end(), as_python(metres), unit=unit)
    approx = None
    value = core.value
    if unit not in lexicon.CLASSIFIERS and t.startswith(("多", "余"), end) \
            and not lexicon.LEXICAL_AFTER.match(t, end + 1):
        approx, end = "over", end + 1  # 两倍多, 3米多
    elif t.startswith("半", end) and core.value_max is None and not lexicon.HALF_WORD.match(t, end) \
            and (unit not in lexicon.CLASSIFIERS or not lexicon.HAN.match(t, end + 1)):
        # 两米半, 一吨半, 五岁半; after a measure word only where the clause ends (跑了十圈半。),
        # since 半 may begin the next word (两张半价票)
        value, end = value + Decimal("0.5"), end + 1
    r = core.mention("quantity", end, as_python(value), value_max=as_python(core.value_max), unit=unit,
                     approx=approx)
    if unit in lexicon.CLASSIFIERS:
        r.object = _object(t, unit_end)
    return r


def _numbered_name(t: str, s: int, unit: str, end: int) -> bool:
    """大营镇四村 (a village), 《刺客信条》1代 (an episode), 七国集团 and 11国委员会 (bodies): a
    number that is part of a name; ``end`` is where the unit ends."""
    before = t[s - 1:s]
    return unit in lexicon.NUMBERED_PLACE and before in lexicon.NUMBERED_PLACE_BEFORE or unit == "代" and before == "》" \
        or unit == "国" and lexicon.NUMBERED_BODY.match(t, end) is not None


def _one_counts(t: str, end: int, unit: str) -> bool:
    """一 + measure word as a count rather than an article when paired with another count
    (一级和二级, 一至三级). After a noun (购房一套。) it is left out, as annotated."""
    after = t[end:end + 1]
    if after in lexicon.COORDINATORS:
        nm = lexicon.NUMERAL.match(t, end + 1)
        return nm is not None and t.startswith(unit, nm.end())
    return False


def _object(t: str, pos: int) -> str | None:
    """What a count counts: the short noun phrase after its measure word, if evident."""
    om = lexicon.OBJECT_RE.match(t, pos)
    if not om:
        return None
    w = om.group()
    for i, ch in enumerate(w):
        if ch in lexicon.OBJECT_STOP or ch in lexicon.CN_CHARS:
            w = w[:i]
            break
    # Only a short noun phrase that ends at punctuation or a function word is evident
    # without a parser; 两位助手心急如焚 gives none rather than a wrong one.
    return w if 2 <= len(w) <= 5 else None


def bare(core: Core) -> Mention | None:
    """A number with no unit, if it is one (600亿, 四千三百一十三, 1920×1080), else None."""
    t, s, pos, num, vmax = core.text, core.start, core.end, core.numeral, core.value_max
    alone = s == 0 and pos == len(t)  # the whole input is the numeral: 十二, 廿, 1234
    if num == "俩":
        return _bare_number(core, weak=False) if s > 0 and t[s - 1] in lexicon.LIANG_BEFORE else None  # 他们俩
    if core.chinese:
        # 数亿, 几百 (several hundred millions), 五十上下: no unit, but a number
        several = t[s:s + 1] in lexicon.JI_BEFORE or lexicon.POST_APPROX.match(t, pos) is not None
        if not alone and not several and not _chinese_may_stand_alone(num) or t.startswith("大", pos):
            return None
    elif len(num) > 1 and num[0] == "0" and not num.startswith("0."):
        return None  # phone numbers, codes
    if t[pos:pos + 1] in ("平", "负") and (s > 0 and t[s - 1] in "胜平" or lexicon.DRAW_THEN_LOSS.match(t, pos)):
        return core.mention("quantity", pos + 1, as_python(core.value), unit=t[pos])  # 3胜2平1负: a record
    if core.chinese:
        return _bare_number(core, weak=False)
    if pos < len(t) and t[pos] in lexicon.LATIN_LETTERS and not lexicon.TIMES_LETTER.match(t, pos - 1):
        return None  # 5G, 3D
    if core.year is not None and vmax is None and num.isdigit() and lexicon.HAN.match(t, pos) \
            and t[pos - 1] in "0123456789":
        return Mention(s, pos, "date", f"{core.year:04d}")  # 2023中国西部氢能大会
    inner = pos > core.numeral_start + len(num)  # 1000多人口: 多 read after the numeral
    if num.isdigit() and vmax is None and lexicon.HAN.match(t, pos) and t[pos] not in "和或与及" \
            and not inner and not lexicon.POST_APPROX.match(t, pos):
        return None  # 863计划, 110系列: a name or code, not an amount
    weak = not alone and vmax is None and abs(core.value) < 10_000 and num[-1] in "0123456789" \
        and "," not in num and not inner and not lexicon.POST_APPROX.match(t, pos)
    if weak and t[pos:pos + 1] not in ("和", "或", "与", "及", "×", "x", "X", "*") and not after_times(t, s):
        # A small bare Arabic number in running text is a title (魔兽争霸3), a score (0-0),
        # a tip (次选3) or a label far more often than an amount: amounts carry a unit.
        return None
    return _bare_number(core, weak=weak)


def _chinese_may_stand_alone(num: str) -> bool:
    """四千三百一十三, 百万: long enough or with a 百/千/万/亿 to be a number without a unit;
    三峡, 十一黄金周, 百姓, 千方百计 are not."""
    if not (len(num) >= 3 or any(c in "百千万亿佰仟" for c in num)):
        return False
    return not (num[0] in "百千万亿" and not (len(num) == 2 and num[1] in "万亿"))


def _bare_number(core: Core, *, weak: bool) -> Mention:
    """The bare number, or a range of years (2023-2025) read as a date."""
    year, vmax = core.year, core.value_max
    if year is not None and vmax is not None and year_of(str(as_python(vmax))):
        return Mention(core.start, core.end, "date", f"{year:04d}", value_max=f"{int(vmax):04d}")
    r = core.mention("number", core.end, as_python(core.value), value_max=as_python(vmax))
    r.bare = True
    r.weak = weak  # kept only if the next mention lends it a unit (8和15.4个百分点, 3×4米)
    return r
