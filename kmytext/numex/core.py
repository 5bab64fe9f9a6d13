"""Reading one numeral found by the scan: the digit forms read whole (2024-11-05, 8:30,
3/4), the prefixes before the numeral (约, 第, ￥, 负, 百分之, 摄氏), its value, and what
stands between it and its unit (三又二分之一, 三十多万, 1—6, 三至五), before
:func:`kmytext.numex.readers.read_unit` reads the unit and kind.
"""

from __future__ import annotations

from decimal import Decimal

from kmytext.numex import lexicon
from kmytext.numex.dates import iso_date, time_prefix
from kmytext.numex.mention import Core, Mention
from kmytext.numex.numerals import as_python, cn_digits, read_numeral, year_of
from kmytext.numex.quantities import after_times
from kmytext.numex.readers import read_unit


def read_core(t: str, a: int, e: int, num: str, *, floor: int) -> Mention | None:
    """The mention of the numeral ``num`` at ``t[a:e]`` with its prefixes (none before
    ``floor``, the end of the previous mention) and its unit, or None if it is no number."""
    if len(num) in (2, 4) and t[e:e + 1] in lexicon.SEASON_SEPARATORS:
        season = _season(t, a)
        if season is not None:
            return season
    if num[0] in "0123456789" and (t[e:e + 1] in ("-", ".", "/", ":", "∶") or "." in num) \
            and t[a - 1:a] not in (":", "∶", "."):
        form = digit_form(t, a, floor=floor)
        if form is not None:
            return form
    if "." in num and t.startswith("年", e):
        whole, year_part = num.split(".", 1)
        if len(year_part) == 4 and year_of(year_part) and len(whole) <= 2:
            a += len(whole) + 1  # 7.1997年: a list label before a year
            num = year_part
            floor = a
    if len(num) == 1 and num in lexicon.FINANCIAL:
        return None  # 大陆, 队伍: a character of a word
    if len(num) > 1 and num[-1] == "两" and _weight(t, num, e):
        num, e = num[:-1], e - 1  # 三十两, 二两白酒: 两 is the weight
    core = Core(t, a, e, num)
    if not _read_prefixes(core, floor=floor):
        return None
    s = core.start
    if core.numeral[0] == "0" or s > 0 and t[s - 1] in lexicon.CODE_MARKS:  # most numerals pass this one look
        if _is_code(core, floor=floor):
            return None
    if not _read_value(core):
        return _discount(core)
    if t[core.end:core.end + 1] in lexicon.BETWEEN_START:
        _read_between(core)
    core.lone_one = core.numeral in ("一", "壹") and core.approx is None and core.value_max is None
    found = read_unit(core)
    if found is not None:
        found.chinese = core.chinese  # every reading of a Chinese numeral is checked against LEXICAL
        if core.scale and found.unit == "度":
            found.unit = core.scale + "度"
    return found


def _weight(t: str, num: str, e: int) -> bool:
    """The 两 that ends the numeral ``num`` (ending at ``e``) is the unit of weight: after a
    multiplier or a digit (三十两, 二两), when no measure word follows (三两天 is "a few days")."""
    head = num[:-1]
    if head[-1] not in "十百千万零" and not (len(head) == 1 and head in "一二三四五六七八九"):
        return False
    if head in ("一", "三") and read_numeral(num) is not None:
        return False  # 一两个: one or two
    return not lexicon.MEASURE_RE.match(t, e) and not lexicon.DURATION_RE.match(t, e) \
        and t[e:e + 1] not in lexicon.DATE_START and t[e:e + 1] not in lexicon.CLOCK_START


def _season(t: str, a: int) -> Mention | None:
    """71-72赛季 (1971..1972), 2024-25赛季, 1999-00赛季, 2003/04赛季, 08-09财年: a season or
    fiscal year over two consecutive years, as a range of years."""
    sm = lexicon.SEASON.match(t, a)
    if sm is None:
        return None
    first, second = sm.group(1), sm.group(2)
    if len(second) == 4 and t.startswith("年", sm.end()):
        return None  # 1998—1999年度: the years as written, 年 in the span (as 1998年度)
    y1 = int(first) if len(first) == 4 else int(first) + (2000 if int(first) < 30 else 1900)
    y2 = int(second)
    if len(second) == 2:
        y2 += y1 // 100 * 100
        if y2 < y1:
            y2 += 100  # 1999-00: 2000
    if y2 != y1 + 1 or not 1800 <= y1 <= 2190:
        return None
    return Mention(a, sm.end(), "date", f"{y1:04d}", value_max=f"{y2:04d}")


def digit_form(t: str, a: int, *, floor: int) -> Mention | None:
    """2024-11-05, 8:30, 14:30:05, 3/4 read whole; a ratio (80:1) becomes a span to skip."""
    sm = lexicon.DIGIT_FORMS.match(t, a)
    if sm is None:
        return None
    iso, hm, ratio, frac = sm.group("iso", "hm", "ratio", "frac")
    if iso:
        y, mo, d = (int(x) for x in lexicon.ISO_SEPARATOR.split(iso))
        r = Mention(a, sm.end(), "date", iso_date(y, mo, d))
        r.date = (y, mo, d)
        return r
    if hm and (lexicon.SCORE_BEFORE.search(t, max(0, a - 3), a) and t[sm.end():sm.end() + 1] not in lexicon.TIME_AFTER
               or lexicon.SCORE_AFTER.match(t, sm.end())):
        return Mention(a, sm.end(), "skip", None)  # 以15:12获胜: a score
    if hm:
        h, rest = hm.replace("∶", ":").split(":", 1)  # 8:30, 14:30:05, 晚7∶00
        s, hour = time_prefix(t, a, int(h))
        if s == a and "∶" in hm and not t.endswith("时间", 0, a):
            return Mention(a, sm.end(), "skip", None)  # 15∶12, no part of the day or 北京时间 before it: a score
        return Mention(s, sm.end(), "time", f"{hour % 24:02d}:{rest}")
    if ratio:
        return Mention(a, sm.end(), "skip", None)  # 80:1 is a ratio, 3:1 a score
    if frac and t.startswith("决赛", sm.end()):
        return Mention(a, sm.end(), "skip", None)  # 1/8决赛: a round of a tournament
    if frac and t[a - 1:a] != "/":
        x, y = frac.split("/")
        core = Core(t, a, sm.end(), frac)
        if a > floor and (t[a - 1] in lexicon.APPROX_PREFIX_LAST or t[a - 1] in lexicon.APPROX_LINKS):
            _approx_before(core, floor=floor)  # 近1/2, 约占1/3, 不足1/5
        return core.mention("percent", sm.end(), as_python(Decimal(x) / Decimal(y) * 100), unit="%")  # 1/4以上
    return None


def _read_prefixes(core: Core, *, floor: int) -> bool:
    """Extend the core back over 百分之 / a currency, a sign, 摄氏, 第 and an approximation,
    read right to left and never before ``floor``; False for 百分之 with no numeral after."""
    t, s, e, num = core.text, core.start, core.end, core.numeral
    if num in ("百", "千", "万") and t.startswith("分之", e):
        nm = lexicon.NUMERAL.match(t, e + 2)
        if nm is None:
            return False
        core.per = num + "分之"  # the mention starts at 百分之; the numeral is the one after it
        core.numeral_start, core.end, core.numeral = nm.start(), nm.end(), nm.group()
        e, num = nm.end(), nm.group()
    elif s - 3 >= floor and t[s - 3:s] in ("US$", "HK$"):
        core.currency = t[s - 3:s]
        s -= 3
    elif s - 1 >= floor and t[s - 1] in lexicon.CURRENCY_SIGNS:
        core.currency = t[s - 1]
        s -= 1
    elif (named := next((w for w in lexicon.NAMED_BEFORE if s - len(w) >= floor and t.startswith(w, s - len(w))),
                        None)) and lexicon.YUAN_AFTER.match(t, e):
        if named != "人民币":  # 港币50元: Hong Kong dollars, whatever 元 says
            core.currency = named
        s -= len(named)  # 人民币5000元: the currency named first
    if s - 1 >= floor and t[s - 1] in lexicon.JI_BEFORE and num[0] in "十百千万亿" \
            and not (t[s - 1] == "数" and t[s - 2:s - 1] in lexicon.SHU_WORD_BEFORE):
        core.approx = "over"  # 几十年, 数十万元: several tens, the lower bound
        s -= 1
    if s - 2 >= floor and t[s - 2:s] == "零下":
        core.sign = "零下"
        s -= 2
    elif s - 1 >= floor and t[s - 1] == "负":
        core.sign = "负"
        s -= 1
    elif s - 1 >= floor and t[s - 1] in "-−" and not core.currency and num[0] in "0123456789" \
            and t[s - 2:s - 1] not in lexicon.ASCII_ALNUM and not (floor > 0 and s - 1 == floor):
        core.sign = "-"  # 55%-60%: a dash right after a mention is a range, not a sign
        s -= 1
    if s - 2 >= floor and t[s - 2:s] in ("摄氏", "华氏") and t.startswith("度", e):
        core.scale = t[s - 2:s]  # 摄氏37度, 摄氏零下5度: the scale written first
        s -= 2
    if s - 1 >= floor and t[s - 1] == "第" and not core.sign and not core.currency and not core.per:
        core.ordinal = True
        s -= 1
    core.start = s
    if s > floor and (t[s - 1] in lexicon.APPROX_PREFIX_LAST or t[s - 1] in lexicon.APPROX_LINKS):
        _approx_before(core, floor=floor)  # most numerals have none
    return True


def _approx_before(core: Core, *, floor: int) -> None:
    """Extend the core's start over an approximation written before it (约, 近, 不到, 上百),
    also across one linking verb (约有70万, 至少有25人, 约占六成), never before ``floor``."""
    t, s = core.text, core.start
    if s > floor and t[s - 1] in lexicon.APPROX_PREFIX_LAST:
        s = _approx_prefix(core, s, floor=floor)
    elif s - 1 > floor and t[s - 1] in lexicon.APPROX_LINKS and t[s - 2] in lexicon.APPROX_PREFIX_LAST:
        linked = _approx_prefix(core, s - 1, floor=floor)
        s = linked if linked < s - 1 else s
    core.start = s


def _approx_prefix(core: Core, s: int, *, floor: int) -> int:
    """Read 约, 近, 超过, 不到 ... ending at ``s`` into the core; the new start."""
    before, approx = approx_prefix(core.text, s, floor=floor, hundreds=core.numeral[0] in "百千万亿" and not core.ordinal)
    if approx is not None:
        core.approx = approx
    return before


def approx_prefix(t: str, s: int, *, floor: int, hundreds: bool = False) -> tuple[int, str | None]:
    """The approximation (约, 近, 超过, 不到 ...) written in ``t`` just before ``s`` and not
    before ``floor``: where it starts and what it makes of the number (``about``, ``over``,
    ``under``), or ``(s, None)``. ``hundreds``: the number starts with 百, 千, 万 or 亿, which
    上 can lead (上百, 上万: over a hundred, over ten thousand)."""
    prefix = None
    if s - 2 >= floor and t[s - 2:s] in lexicon.APPROX_PREFIX_2:
        prefix = t[s - 2:s]
    elif s - 1 >= floor and (t[s - 1] in lexicon.APPROX_PREFIX_1 or t[s - 1] == "上" and hundreds):
        prefix = t[s - 1]
    if prefix is None:
        return s, None
    before = s - len(prefix)
    if before > 0 and t[before - 1] in lexicon.WORD_BEFORE_PREFIX.get(prefix, "") \
            and not t.endswith(lexicon.WORD_ENDING_BEFORE_PREFIX, 0, before):
        return s, None  # 签约, 最近, 赶超: the character belongs to the previous word
    return before, lexicon.APPROX_BEFORE[prefix]


def _is_code(core: Core, *, floor: int) -> bool:
    """A serial number (007), a vague count (几十, 数十万) or an identifier (G219, v1.2, F-15)."""
    t, s, num = core.text, core.start, core.numeral
    if len(num) > 1 and num[0] == "0" and num[1] in "0123456789":
        return not (len(num) == 2 and lexicon.SHORT_YEAR_AFTER.match(t, core.end))  # 08085期, 007; not 08年下半年
    if s > 0 and t[s - 1] in "几数" and core.approx is None and num[0] in "十百千万亿":
        return True  # 几十年, 数十万: no value
    letters = lexicon.LATIN_LETTERS
    return num.isascii() and s > floor \
        and (t[s - 1] in letters or t[s - 1] == "." or t[s - 1] == "-" and t[s - 2:s - 1] in letters) \
        and not lexicon.TIMES_LETTER.match(t, s - 2)


def _read_value(core: Core) -> bool:
    """Set the value (signed), the consecutive pair's upper value and the year the numeral may
    be; False if the numeral has no value (八五 before 折 is read by :func:`_discount`)."""
    num = core.numeral
    parsed = read_numeral(num)
    factor = after_times(core.text, core.numeral_start)
    year = year_of(num) if not core.ordinal and not core.per and not core.currency and not factor else None
    if year is None and len(num) == 2 and num.isdigit() and lexicon.SHORT_YEAR_AFTER.match(core.text, core.end):
        year = int(num) + (2000 if int(num) < 30 else 1900)  # 08年下半年, 98年3月: a year in two digits
    if parsed is None and year is None:
        return False
    if parsed is not None:
        core.value, core.value_max, core.chinese = parsed
    else:
        core.value, core.value_max, core.chinese = Decimal(year or 0), None, True  # 二○○一
    core.year = year
    if core.sign == "-" and not _minus_sign(core):
        core.start = core.numeral_start if core.approx is None else core.start  # a dash, not a minus sign
        core.sign = None
    if core.sign:
        # 零下二三十度: a negative range in numeric order, -30..-20
        core.value, core.value_max = (-core.value, None) if core.value_max is None else \
            (-core.value_max, -core.value)
    return True


def _minus_sign(core: Core) -> bool:
    """A dash before a temperature (-5℃), after a word (净利润为-3.2亿元, 同比－1.5%, 海拔-154米)
    or after no word is a minus sign; after a numeral or a model's name (三-5, 歼-10) it is not."""
    t, s = core.text, core.start
    if lexicon.TEMPERATURE_AFTER.match(t, core.end):
        return True
    if s == 0 or not lexicon.HAN_OR_ALNUM.match(t, s - 1):
        return True
    before = t[s - 1]
    return (lexicon.HAN.match(before) is not None and before not in lexicon.NOT_BEFORE_MINUS
            and not t.endswith(lexicon.MODELS_BEFORE_DASH, 0, s))


def _discount(core: Core) -> Mention | None:
    """八五折: a discount in two digits read digit by digit (85%); else no number."""
    t, e, num = core.text, core.end, core.numeral
    if lexicon.ZHE_RE.match(t, e) and len(num) == 2:
        digits = cn_digits(num)
        if digits:
            return Mention(core.start, e + 1, "percent", int(digits), unit="%", approx=core.approx)
    return None


def _read_between(core: Core) -> None:
    """Read what stands between the numeral and its unit: a fraction (三又二分之一), an
    approximation with a multiplier (三十多万, 100余) and the upper end of a range (1—6)."""
    t = core.text
    if t.startswith("又", core.end) and core.value_max is None and not core.per:
        _mixed_fraction(core)
    if t[core.end:core.end + 1] in lexicon.INNER_START:
        _inner_approx(core)
    if t[core.end:core.end + 1] in lexicon.RANGE_START and core.value_max is None and not core.ordinal:
        _range(core)


def _mixed_fraction(core: Core) -> None:
    """三又二分之一 (3.5), 2又1/2: a whole number and a proper fraction."""
    t = core.text
    mx = lexicon.MIXED_FRACTION.match(t, core.end)
    if mx is None:
        return
    if mx.group(1):
        numerator, denominator = read_numeral(mx.group(1)), read_numeral(mx.group(2))
    else:
        numerator, denominator = read_numeral(mx.group(4)), read_numeral(mx.group(3))
    if numerator is None or denominator is None or not denominator.value:
        return
    part = numerator.value / denominator.value
    if 0 < part < 1:
        core.value += -part if core.value < 0 else part
        core.end = mx.end()
        core.numeral = t[core.numeral_start:core.end]
        core.year = None


def _inner_approx(core: Core) -> None:
    """三十多万, 100余, 两千来, 十几, 二十几万, 1.7万: 多/余/来/几 and a multiplier after the numeral."""
    t = core.text
    ia = lexicon.INNER_APPROX.match(t, core.end)
    if ia is None:
        return
    approx, multipliers = ia.group(1), ia.group(2)
    if approx and approx[0] == "几":
        if core.numeral[-1] not in lexicon.JI_AFTER:
            return  # 十几, 一百零几万, 一百几十年, but no 三几
        approx = "几"  # 一百几十: the tens are 几, counted as none (the lower bound)
    if approx == "把" and (core.numeral not in ("百", "千", "万") or multipliers):
        return  # 千把块钱, 万把元: about; 三把椅子 counts chairs
    if multipliers:
        mult = Decimal(1)
        for ch in multipliers:
            mult *= lexicon.BIG_UNIT.get(ch) or lexicon.SMALL_UNIT[ch]
        if approx or mult >= 10_000:
            core.value *= mult
            if core.value_max is not None:
                core.value_max *= mult
            core.end = ia.end()
            if approx:
                core.approx = core.approx or lexicon.APPROX_AFTER[approx]
    elif approx in ("多", "余", "来", "几", "把") and not lexicon.LEXICAL_AFTER.match(t, ia.end()):
        core.approx = core.approx or lexicon.APPROX_AFTER[approx]
        core.end = ia.end()


def _range(core: Core) -> None:
    """1—6个月, 三至五年, 1.4万至1.9万立方米, 三至五万, -12~-5℃: the upper end of a range."""
    t = core.text
    signed = lexicon.SIGNED_RANGE.match(t, core.end) if core.sign else None
    rm = signed or lexicon.RANGE.match(t, core.end)
    nm = lexicon.NUMERAL.match(t, rm.end()) if rm else None
    upper = read_numeral(nm.group()) if nm else None
    if nm is None or upper is None or upper.value_max is not None:
        return
    if signed is not None:  # -12~-5℃, 零下5到零下15度: both ends below zero, in numeric order
        if -upper.value != core.value:
            core.value, core.value_max = min(core.value, -upper.value), max(core.value, -upper.value)
            core.end = nm.end()
        return
    upper_year = year_of(nm.group())
    if core.year is not None and upper_year is None and not t.startswith("年", nm.end()):
        core.year = None  # 2000-3000万吨: not years after all
    if (core.year is None) != (upper_year is None):
        return
    v2 = upper.value
    last = nm.group()[-1]
    big = lexicon.BIG_UNIT
    if last in big and core.numeral[-1] not in big and core.value < v2 / big[last]:
        core.value *= big[last]  # 三至五万 -> 30000-50000
    if v2 > core.value:
        core.value_max = v2
        core.end = nm.end()
