"""Numbers in Chinese news: money, percentages, dates, times, durations, quantities.

One pass of a module-level regex finds numeral cores (Arabic or Chinese, with the
prefixes that belong to them); a few anchored regexes then read the unit after each
core. The text is first *compacted* (whitespace removed except between two ASCII
letters or digits) so that ``633 亿元`` and ``100余\\n名`` read as one expression; the
offsets are mapped back, so ``text[start:end] == mention.text`` always holds.

Rules that decide what is *not* a number (documented so they can be argued with):

- A Chinese numeral needs an anchor: a unit, a measure word, 第, 百分之, a date or
  clock suffix. Bare Chinese numerals count only with three or more characters or
  a 百/千/万/亿 (``四千三百一十三``), so 三峡, 十一黄金周 and 二话 stay out.
- ``一`` + measure word (一个, 一批, 一次, 一家) is the indefinite article, not a
  count, and is skipped; ``一`` with a unit of measure or time (一米, 一年) is kept.
- Words and idioms containing numerals (一些, 统一, 万一, 千万不要, 三心二意, 一带一路,
  五一广场, 如一日 ...) are listed in ``LEXICAL`` and never extracted.
- A bare number that is a label is skipped: in quotes (“十四五”, “1”), in brackets
  ((四), （2025）), or followed by 、 or a list full stop (十三、, 1.). A short quoted
  name that starts with a number (“两个转变”, “五个中心”) is a slogan, not a count.
- Arabic digits glued to ASCII letters are identifiers (5G, G219, F-15, COVID-19); digits
  glued to a following name are codes (863计划, 110系列).
- A small bare Arabic number (under 10000, no unit, no 万/亿, no 约/多) inside running
  text is a title, score, betting tip or label far more often than an amount
  (《魔兽争霸3》, 0-0, 次选3), so it is skipped; the whole input being the number
  (``extract("1234")``), or 8 in 8和15.4个百分点 (which takes the later unit), is kept.
- Ratios and scores (80∶1, 4比0, 2.5对2.5) are skipped.

Values: Decimal arithmetic, returned as int when integral else float. Money in the
currency's base unit (9美分 -> 0.09 美元); percent in percent (三成 -> 30, 九折 -> 90,
‰ -> tenths); dates ISO 8601 at the precision written ('2024-11', '--03-26', '---09',
decades and ranges as value..value_max, centuries as '20', 公元前221年 -> '-0220');
times 'HH:MM'. Relative dates (今年, 去年5月, 本月9日, 今天) need ``base_date`` for a
full value and otherwise keep only what is written ('--05', '---09', None).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Callable

import regex

from kmytext.numex.lexicon import (
    ADDRESS_NEXT, ADDRESS_UNITS, ANCHOR, APPROX_AFTER, APPROX_BEFORE, APPROX_PREFIX_1,
    APPROX_PREFIX_2, ASCII_ALNUM, BIG_UNIT, BRACKETS, CENTIMETRES, CENTS,
    CHENG_RE, CLASSIFIERS, CLOCK_RE, CN_CHARS, COORDINATORS,
    CURRENCY_SIGNS, DAY_AFTER_NUMERAL, DAY_RE, DAY_WORDS, DECADE_AFTER, DIGIT_FORMS,
    DRAW_THEN_LOSS, DURATION_RE, DURATION_START, DURATION_UNITS, FRACTION_RE,
    FULLWIDTH, HAN, HAN_OR_ALNUM, INNER_APPROX, INNER_START, LATIN_LETTERS,
    LEXICAL, LEXICAL_AFTER, LISTED_NUMBER, LIST_DOT, MAY_HOLD_NUMBER,
    MEASURE_RE, MIDDOT, MIDDOT_DIGITS, MIXED_FRACTION, MONEY_RE, MONEY_START,
    MONEY_UNITS, MONTH_AFTER_NUMERAL, MONTH_BEFORE, MONTH_RE, NOT_CLOCK, NOT_UNIT,
    NUMERAL, OBJECT_RE, OBJECT_STOP, ONE_BEFORE, ONE_NEXT, ORDINAL_UNIT_RE,
    PERCENT_RE, POST_APPROX, POST_START, PREFIX_CURRENCY, QUOTES, RANGE,
    RANGE_SEPARATORS, RANGE_START, RELATIVE_DAY, RELATIVE_MONTH, RELATIVE_YEAR, SMALL_UNIT,
    SUBUNIT_RE, TEMPERATURE_AFTER, TIMES_LETTER, TIMES_SIGNS, TIME_PREFIXES, UNIT_START,
    WHITESPACE, WORD_BEFORE_PREFIX, YEAR_RE, YUAN_AFTER, ZHE_RE,
)
from kmytext.numex.numerals import as_python, cn_digits, consecutive, read_numeral, small_int, year_of
from kmytext.normalize import clean as _clean
from kmytext.normalize import Cleaned, edit, translate
from kmytext.types import Number

KINDS = ("money", "percent", "date", "time", "duration", "quantity", "ordinal", "number")

__all__ = ["extract"]


# ---------------------------------------------------------------- compaction


def _compact(text: str) -> Cleaned:
    """``text`` without line-layout whitespace, full width folded, with a map back to
    source offsets; whitespace between ASCII letters or digits stays ("2024 2025" is two)."""
    gaps = []
    for m in WHITESPACE.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else ""
        after = text[b] if b < len(text) else ""
        if not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum()):
            gaps.append((a, b))
    c = edit(text, gaps, None)
    folded = translate(c.text, FULLWIDTH)
    if folded is c.text:
        return c
    return Cleaned(folded, text, c._at, c._shift)


# ---------------------------------------------------------------- extraction


class _M:
    """A mention under construction (offsets into the compact text)."""

    __slots__ = ("weak", "ns", "s", "e", "kind", "value", "value_max", "unit", "approx", "obj", "chinese", "bare", "date")

    def __init__(self, s: int, e: int, kind: str, value: object, value_max: object = None,
                 unit: str | None = None, approx: str | None = None) -> None:
        self.s, self.e, self.kind, self.value, self.value_max = s, e, kind, value, value_max
        self.unit, self.approx = unit, approx
        self.obj: str | None = None
        self.ns = s
        self.weak = False
        self.chinese = False
        self.bare = False
        self.date: tuple[int | None, int | None, int | None] | None = None


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is not None and m is not None and d is not None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if y is not None and m is not None:
        return f"{y:04d}-{m:02d}"
    if y is not None:
        return f"{y:04d}"
    if m is not None and d is not None:
        return f"--{m:02d}-{d:02d}"
    if m is not None:
        return f"--{m:02d}"
    if d is not None:
        return f"---{d:02d}"
    return None


def _date_tail(t: str, pos: int) -> tuple[int, int | None, int | None, int | None]:
    """After a year (or nothing), read 月 and 日: (end, month, day, last month of 七八月)."""
    m = d = mmax = None
    mm = MONTH_RE.match(t, pos)
    if mm:
        m = small_int(mm.group(1), 1, 12)
        rng = consecutive(mm.group(1)) if m is None else None
        if rng and rng[1] <= 12:
            return mm.end(), rng[0], None, rng[1]
        if m is not None:
            pos = mm.end()
            dm = DAY_RE.match(t, pos)
            if dm:
                d = small_int(dm.group(1), 1, 31)
                if d is not None:
                    pos = dm.end()
    return pos, m, d, mmax


def _time_prefix(t: str, s: int, hour: int) -> tuple[int, int]:
    """Extend the start over 上午/下午/晚 and move afternoon hours past noon."""
    for p, off in TIME_PREFIXES.items():
        if t.startswith(p, s - len(p)):
            if len(p) == 1 and s >= 2 and t[s - 2] in DAY_WORDS:
                pass  # 当晚, 今晚: a day word, kept out of the span but still evening
            else:
                s -= len(p)
            if off and 0 < hour < 12 and not (p == "中午" and hour >= 11):
                hour += 12
            break
    return s, hour


def _clock(t: str, s: int, hour: int, cm: regex.Match[str], chinese: bool) -> tuple[int, str] | None:
    minute = 0
    if cm.group(2):
        mi = small_int(cm.group(2), 0, 59)
        if mi is None:
            return None
        minute = mi
    elif cm.group(3):
        minute = 30
    elif cm.group(6):
        minute = 15 if cm.group(6) == "一" else 45  # 十二点一刻, 三点三刻
    s2, hour = _time_prefix(t, s, hour)
    if s2 == s and hour < 12 and chinese and cm.group(1) == "点" and not any(cm.group(2, 3, 4, 5, 6)):
        return None  # 三点 without a clock context: a count of points
    s = s2
    return s, f"{hour:02d}:{minute:02d}" if hour == 24 and minute == 0 else f"{hour % 24:02d}:{minute:02d}"


def _read_core(t: str, a: int, e: int, num: str, lo: int) -> _M | None:
    """Interpret the numeral ``t[a:e]``, the prefixes before it (not before ``lo``) and
    the unit after it."""
    if num[0] in "0123456789" and (t[e:e + 1] in ("-", ".", "/", ":") or "." in num) and t[a - 1:a] not in (":", "."):
        sm = DIGIT_FORMS.match(t, a)
        if sm:
            iso, hm, ratio, frac = sm.group("iso", "hm", "ratio", "frac")
            if iso:
                y, mo, d = (int(x) for x in regex.split(r"[-./]", iso))
                r = _M(a, sm.end(), "date", _iso(y, mo, d))
                r.date = (y, mo, d)
                return r
            if hm:
                h, mi = hm.split(":")
                s, hour = _time_prefix(t, a, int(h))
                return _M(s, sm.end(), "time", f"{hour % 24:02d}:{mi}")
            if ratio:
                return _M(a, sm.end(), "skip", None)  # 80:1 is a ratio, 3:1 a score
            if frac and t[a - 1:a] != "/":
                x, y2 = frac.split("/")
                s = a - 2 if t[a - 2:a] in ("不足", "不到") and a - 2 >= lo else a
                ap = "under" if s < a else None
                return _M(s, sm.end(), "percent", as_python(Decimal(x) / Decimal(y2) * 100), unit="%", approx=ap)
    if "." in num and t.startswith("年", e):
        whole, frac_part = num.split(".", 1)
        if len(frac_part) == 4 and year_of(frac_part) and len(whole) <= 2:
            a += len(whole) + 1  # 7.1997年: a list label before a year
            num = frac_part
            lo = a
    # prefixes, read backwards: 约 第 负 ￥ 百分之
    s = a
    pct = cur = neg = ordg = pre = None
    if num in ("百", "千", "万") and t.startswith("分之", e):
        nm = NUMERAL.match(t, e + 2)
        if nm is None:
            return None
        pct = num + "分之"
        a, e, num = nm.start(), nm.end(), nm.group()
    elif s - 3 >= lo and t[s - 3:s] in ("US$", "HK$"):
        cur = t[s - 3:s]
        s -= 3
    elif s - 1 >= lo and t[s - 1] in CURRENCY_SIGNS:
        cur = t[s - 1]
        s -= 1
    elif s - 3 >= lo and t[s - 3:s] == "人民币" and YUAN_AFTER.match(t, e):
        s -= 3  # 人民币5000元: the currency named first
    if s - 2 >= lo and t[s - 2:s] == "零下":
        neg = "零下"
        s -= 2
    elif s - 1 >= lo and t[s - 1] == "负":
        neg = "负"
        s -= 1
    elif s - 1 >= lo and t[s - 1] in "-−" and not cur and num[0] in "0123456789" and t[s - 2:s - 1] not in ASCII_ALNUM \
            and not (lo > 0 and s - 1 == lo):  # 55%-60%: a dash right after a mention is a range
        neg = "-"
        s -= 1
    scale = t[s - 2:s] if s - 2 >= lo and t[s - 2:s] in ("摄氏", "华氏") and t.startswith("度", e) else None
    if scale:
        s -= 2  # 摄氏37度, 摄氏零下5度: the scale written first
    if s - 1 >= lo and t[s - 1] == "第" and not neg and not cur and not pct:
        ordg = "第"
        s -= 1
    body = s
    if s - 2 >= lo and t[s - 2:s] in APPROX_PREFIX_2:
        pre = t[s - 2:s]
        s -= 2
    elif s - 1 >= lo and (t[s - 1] in APPROX_PREFIX_1 or t[s - 1] == "上" and num[0] in "百千万亿" and not ordg):
        pre = t[s - 1]
        s -= 1
    if pre and s > 0 and t[s - 1] in WORD_BEFORE_PREFIX.get(pre, ""):
        s = body
        pre = None  # 签约, 最近, 赶超: the character belongs to the previous word
    approx = APPROX_BEFORE.get(pre) if pre else None
    if len(num) > 1 and num[0] == "0" and num[1] in "0123456789":
        return None  # 08085期, 007: a serial number
    if s > 0 and t[s - 1] in "几数" and not pre and num[0] in "十百千万亿":
        return None  # 几十年, 数十万: no value
    if num.isascii():
        if s > lo and (t[s - 1] in LATIN_LETTERS or t[s - 1] == "." or t[s - 1] == "-" and t[s - 2:s - 1] in LATIN_LETTERS) \
                and not TIMES_LETTER.match(t, s - 2):
            return None  # G219, v1.2, F-15
    parsed = read_numeral(num)
    # Chinese decimals that are really dates/years are rare; digit-by-digit years:
    factor = _after_times(t, a)
    year = year_of(num) if not ordg and not pct and not cur and not factor else None
    if parsed is None and year is None:
        # 八五折, 二○○一年 handled below; otherwise not a number
        if ZHE_RE.match(t, e) and len(num) == 2 and cn_digits(num):
            return _M(s, e + 1, "percent", int(cn_digits(num) or 0), unit="%", approx=approx)
        return None
    value, vmax, chinese = parsed if parsed else (Decimal(year or 0), None, True)
    if neg == "-" and not TEMPERATURE_AFTER.match(t, e) and not (s == 0 or not HAN_OR_ALNUM.match(t, s - 1)):
        s = a if not pre else s  # a dash, not a minus sign
        neg = None
    if neg:
        value = -value
    pos = e
    if t.startswith("又", pos) and vmax is None and not pct:
        mx = MIXED_FRACTION.match(t, pos)
        if mx:
            if mx.group(1):
                frac = read_numeral(mx.group(1)), read_numeral(mx.group(2))
                part = frac[0][0] / frac[1][0] if frac[0] and frac[1] and frac[1][0] else None
            else:
                frac = read_numeral(mx.group(4)), read_numeral(mx.group(3))
                part = frac[0][0] / frac[1][0] if frac[0] and frac[1] and frac[1][0] else None
            if part is not None and 0 < part < 1:
                value += -part if value < 0 else part
                pos = mx.end()
                num = t[a:pos]
                year = None

    # 三十多万, 100余 : inner approximation and a trailing multiplier
    ia = INNER_APPROX.match(t, pos) if t[pos:pos + 1] in INNER_START else None
    if ia and (ia.group(1) or ia.group(2)):
        if ia.group(2):
            mult = Decimal(1)
            for ch in ia.group(2):
                mult *= BIG_UNIT.get(ch) or SMALL_UNIT[ch]
            if ia.group(1) or mult >= 10_000:
                value *= mult
                if vmax is not None:
                    vmax *= mult
                pos = ia.end()
                if ia.group(1):
                    approx = approx or APPROX_AFTER[ia.group(1)]
        elif ia.group(1) in ("多", "余", "来") and not LEXICAL_AFTER.match(t, ia.end()):
            approx = approx or APPROX_AFTER[ia.group(1)]
            pos = ia.end()

    # range: 1—6个月, 三至五年, 1.4万至1.9万立方米
    rm = RANGE.match(t, pos) if t[pos:pos + 1] in RANGE_START else None
    if rm and vmax is None and not ordg:
        nm = NUMERAL.match(t, rm.end())
        p2 = read_numeral(nm.group()) if nm else None
        if nm and p2 and p2[1] is None and year is not None and year_of(nm.group()) is None \
                and not t.startswith("年", nm.end()):
            year = None  # 2000-3000万吨: not years after all
        if nm and p2 and p2[1] is None and (year is None) == (year_of(nm.group()) is None):
            v2 = p2[0]
            if nm.group()[-1] in BIG_UNIT and num[-1] not in BIG_UNIT and value < v2 / BIG_UNIT[nm.group()[-1]]:
                value *= BIG_UNIT[nm.group()[-1]]  # 三至五万 -> 30000-50000
            if v2 > value:
                vmax = v2
                pos = nm.end()
    res = _classify(t, ordg, pct, cur, year, s, pos, num, value, vmax, approx, chinese)
    if res is not None:
        res.chinese = chinese  # every reading of a Chinese numeral is checked against LEXICAL
        if scale and res.unit == "度":
            res.unit = scale + "度"
    return res


def _after_times(t: str, a: int) -> bool:
    """The number at ``a`` is a later factor of a product: 1920×1080, 3x4."""
    return a >= 2 and t[a - 1] in TIMES_SIGNS and t[a - 2] in "0123456789米mM寸尺"


def _classify(t: str, ordinal: str | None, pct: str | None, cur: str | None, year: int | None, s: int,
              pos: int, num: str, value: Decimal, vmax: Decimal | None, approx: str | None,
              chinese: bool) -> _M | None:
    single_one = num in ("一", "壹") and approx is None and vmax is None

    def done(kind: str, end: int, v: object, vm: object = None, unit: str | None = None,
             ap: str | None = approx) -> _M:
        pa = POST_APPROX.match(t, end) if t[end:end + 1] in POST_START else None
        if pa and kind not in ("date", "time", "ordinal"):
            ap = ap or APPROX_AFTER[pa.group()]
            end = pa.end()
        r = _M(s, end, kind, v, vm, unit, ap)
        r.chinese = chinese
        return r

    if ordinal:
        um = ORDINAL_UNIT_RE.match(t, pos)
        if um and len(um.group()) == 1 and t[pos:pos + 2] in NOT_UNIT:
            um = None  # 第三人民医院
        unit = um.group() if um else None
        end = um.end() if um else pos
        if value != value.to_integral_value() or value <= 0:
            return None
        r = _M(s, end, "ordinal", int(value), unit=unit)
        r.chinese = chinese
        return r

    if pct:
        scale = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "万分之": Decimal("0.01")}[pct]
        r = done("percent", pos, as_python(value * scale), as_python(vmax * scale) if vmax is not None else None, "%")
        r.chinese = chinese
        return r

    if cur:
        mu = MONEY_RE.match(t, pos)
        end = mu.end() if mu else pos
        return done("money", end, as_python(value), as_python(vmax), PREFIX_CURRENCY[cur])

    c0 = t[pos:pos + 1]
    if single_one and c0 and t[pos + 1:pos + 2] == c0 and c0 not in "0123456789":
        return None  # 一米米, 一步步, 一天天: "bit by bit", not a count
    # percent family
    pm = PERCENT_RE.match(t, pos) if c0 in "%‰个百" else None
    if pm:
        g = pm.group()
        if g == "‰":
            return done("percent", pm.end(), as_python(value / 10), as_python(vmax / 10) if vmax is not None else None, "%")
        unit = "%" if g == "%" else "个百分点"
        return done("percent", pm.end(), as_python(value), as_python(vmax), unit)
    fm = FRACTION_RE.match(t, pos) if c0 == "分" else None
    if fm and value != 0:
        p2 = read_numeral(fm.group(1))
        if p2 is None:
            return None
        return done("percent", fm.end(), as_python(p2[0] / value * 100), None, "%")
    if c0 in ("成", "折") and 0 < value <= 10:
        cm = CHENG_RE.match(t, pos)
        if cm and (chinese or len(num) == 1) and not single_one:
            return done("percent", cm.end(), as_python(value * 10), as_python(vmax * 10) if vmax is not None else None, "%")
        zm = ZHE_RE.match(t, pos)
        if zm:
            return done("percent", zm.end(), as_python(value * 10), None, "%")

    if c0 in UNIT_START:
        return _classify_unit(t, s, pos, num, value, vmax, approx, chinese, year, single_one, done)
    return _bare(t, s, pos, num, value, vmax, chinese, year, done)


def _classify_unit(t: str, s: int, pos: int, num: str, value: Decimal,
                   vmax: Decimal | None, approx: str | None, chinese: bool, year: int | None,
                   single_one: bool, done: Callable[..., _M]) -> _M | None:
    # Each reading is tried only when the next character can start it: most numbers have a
    # measure word, and a failed regex match per reading adds up over a corpus.
    c0 = t[pos:pos + 1]
    if c0 == "世" and t.startswith("世纪", pos) and value == value.to_integral_value() and 1 <= value <= 30 and vmax is None:
        c = int(value) - 1
        dm = DECADE_AFTER.match(t, pos + 2)
        if dm:
            y = small_int(dm.group(1), 0, 90)
            if y is not None and y % 10 == 0:
                return _M(s, dm.end(), "date", f"{c * 100 + y:04d}", f"{c * 100 + y + 9:04d}")
        return _M(s, pos + 2, "date", f"{c:02d}")
    if c0 == "年" and t.startswith("年代", pos) and value == value.to_integral_value():
        v = int(value)
        w = int(vmax) if vmax is not None and vmax == vmax.to_integral_value() else v
        if 10 <= v <= 90 and v % 10 == 0:
            v, w = v + 1900, w + 1900 if w < 100 else w
            for lead in ("上世纪", "上个世纪"):  # 上世纪八十年代: the twentieth century, written relative
                if s >= len(lead) and t.startswith(lead, s - len(lead)):
                    s -= len(lead)
                    break
        if 1000 <= v <= w <= 2190 and v % 10 == 0 and w % 10 == 0:
            return _M(s, pos + 2, "date", f"{v:04d}", f"{w + 9:04d}")  # 五六十年代: 1950-1969
        return None
    if c0 == "年" and (t.startswith("公元", s - 2) or t.startswith("公元前", s - 3)) and approx is None and vmax is None and YEAR_RE.match(t, pos) \
            and value == value.to_integral_value() and 0 < value < 10000:
        bc = t.startswith("公元前", s - 3)
        y = 1 - int(value) if bc else int(value)  # astronomical numbering: 1 BC is year 0
        return _M(s - (3 if bc else 2), pos + 1, "date", f"-{-y:04d}" if y < 0 else f"{y:04d}")
    if c0 == "年" and year is not None and approx is None and YEAR_RE.match(t, pos):
        end, mo, d, momax = _date_tail(t, pos + 1)
        if momax is not None and vmax is None:
            return _M(s, end, "date", _iso(year, mo, None), _iso(year, momax, None))
        ymax = year_of(str(as_python(vmax))) if vmax is not None else None
        if vmax is not None and ymax is None:
            return None
        r = _M(s, end, "date", _iso(year, mo, d), _iso(ymax, None, None) if ymax else None)
        r.date = (year, mo, d)
        return r
    if c0 in ("月", "日", "号") and (approx is None and vmax is None or vmax is not None):
        mm = MONTH_AFTER_NUMERAL.match(t, pos)
        if mm and value == value.to_integral_value() and 1 <= value <= 12 and approx is None \
                and not (vmax is not None and not 1 <= vmax <= 12):
            mo = int(value)
            end = mm.end()
            d = None
            dm = DAY_RE.match(t, end)
            if dm:
                d = small_int(dm.group(1), 1, 31)
                if d is not None:
                    end = dm.end()
            if vmax is not None:
                r = _M(s, end, "date", _iso(None, mo, None), _iso(None, int(vmax), None))
                return r
            r = _M(s, end, "date", _iso(None, mo, d))
            r.date = (None, mo, d)
            return r
        dm = DAY_AFTER_NUMERAL.match(t, pos)
        if dm and value == value.to_integral_value() and 1 <= value <= 31 and approx is None and not single_one:
            if vmax is not None:
                return _M(s, dm.end(), "date", _iso(None, None, int(value)), _iso(None, None, int(vmax)))
            r = _M(s, dm.end(), "date", _iso(None, None, int(value)))
            r.date = (None, None, int(value))
            return r
        if t.startswith("号", pos) and (MONTH_BEFORE.search(t, max(0, s - 3), s)) and 1 <= value <= 31:
            return _M(s, pos + 1, "date", _iso(None, None, int(value)))

    # clock time
    cm = CLOCK_RE.match(t, pos) if c0 in ("时", "点") else None
    if (cm and value == value.to_integral_value() and 0 <= value <= 24 and vmax is None and approx is None
            and not (cm.group(1) == "时" and t.startswith(NOT_CLOCK, pos))
            and not (single_one and not cm.group(2))):
        clock = _clock(t, s, int(value), cm, chinese)
        if clock:
            end = cm.end()
            ap = None
            if t.startswith(("左右", "前后"), end):
                ap, end = "about", end + 2  # 下午5点左右
            return _M(clock[0], end, "time", clock[1], approx=ap)

    # duration
    if c0 == "分" and t.startswith("分半钟", pos) and vmax is None:  # 两分半钟
        return done("duration", pos + 3, as_python(value + Decimal("0.5")), None, "分钟")
    du = DURATION_RE.match(t, pos) if c0 in DURATION_START else None
    if du:
        unit = DURATION_UNITS[du.group(3)]
        if du.group(3) == "月" and not du.group(1):
            du = None
    if du:
        dv, vm = value, vmax
        ap = approx
        end = du.end()
        if du.group(2) == "半":
            dv += Decimal("0.5")
        elif du.group(2) == "多":
            ap = ap or "over"
        if t.startswith("半", end):
            dv += Decimal("0.5")
            end += 1
        elif t.startswith("多", end) and not LEXICAL_AFTER.match(t, end + 1):
            ap = ap or "over"
            end += 1
        return done("duration", end, as_python(dv), as_python(vm), unit, ap)

    # money
    mu = MONEY_RE.match(t, pos) if c0 in MONEY_START else None
    if mu:
        unit = MONEY_UNITS[mu.group()]
        end = mu.end()
        if mu.group() in CENTS:
            return done("money", end, as_python(value / 100), as_python(vmax / 100) if vmax is not None else None, unit)
        if unit == "元" and vmax is None:
            # 三元五角, 一块二毛五, 三块五: smaller coins after the yuan
            sub = SUBUNIT_RE.match(t, end)
            if sub and (sub.group(2) or mu.group() == "块"):
                jiao = small_int(sub.group(1), 0, 9)
                fen = small_int(sub.group(3), 0, 9) if sub.group(3) else 0
                if jiao is not None and fen is not None:
                    value += Decimal(jiao) / 10 + Decimal(fen) / 100
                    end = sub.end()
        return done("money", end, as_python(value), as_python(vmax), unit)
    if t.startswith("块", pos) and vmax is None:
        sub = SUBUNIT_RE.match(t, pos + 1)
        if sub:
            jiao = small_int(sub.group(1), 0, 9)
            fen = small_int(sub.group(3), 0, 9) if sub.group(3) else 0
            if jiao is not None and fen is not None:
                yuan = value + Decimal(jiao) / 10 + Decimal(fen) / 100
                return done("money", sub.end(), as_python(yuan), None, "元")
    if t.startswith("毛钱", pos) and vmax is None:  # 3毛钱 (三毛 alone is a pen name)
        return done("money", pos + 2, as_python(value / 10), None, "元")
    if t.startswith("角", pos) and vmax is None:
        return done("money", pos + 1 + t.startswith("钱", pos + 1), as_python(value / 10), None, "元")

    # measures and measure words
    um = MEASURE_RE.match(t, pos)
    if um:
        unit = um.group()
        if len(unit) == 1 and t[pos:pos + 2] in NOT_UNIT or t.startswith("期工程", pos):
            return _bare(t, s, pos, num, value, vmax, chinese, year, done)
        if single_one and unit in CLASSIFIERS and not _one_counts(t, s, um.end(), unit):
            return None  # 一个, 一批: the indefinite article
        if unit in ADDRESS_UNITS:
            ad = ADDRESS_NEXT.match(t, um.end())
            if ad:
                return _M(s, ad.end(), "skip", None)
        if unit in ("对", "比") and vmax is None:
            sc = NUMERAL.match(t, um.end())
            if sc:
                return _M(s, sc.end(), "skip", None)  # 2.5对2.5: a score
        if unit == "点" and not chinese:
            return None
        if unit == "度" and num in ("一", "两"):
            return None  # 一度, 两度: adverbs (once, twice)
        end = um.end()
        # 18米74: a mark in metres and centimetres, 18.74 米 (but 3米20厘米 is two lengths)
        cm = CENTIMETRES.match(t, end) if unit == "米" and vmax is None and not chinese else None
        if cm and not (MEASURE_RE.match(t, cm.end()) or t.startswith(("分", "秒"), cm.end())):
            return done("quantity", cm.end(), as_python(value + Decimal(cm.group()) / 100), None, unit, approx)
        ap2 = approx
        if unit not in CLASSIFIERS and t.startswith(("多", "余"), end) and not LEXICAL_AFTER.match(t, end + 1):
            ap2, end = ap2 or "over", end + 1  # 两倍多, 3米多
        r = done("quantity", end, as_python(value), as_python(vmax), unit, ap2)
        if unit in CLASSIFIERS:
            r.obj = _object(t, um.end())
        return r
    return _bare(t, s, pos, num, value, vmax, chinese, year, done)


def _bare(t: str, s: int, pos: int, num: str, value: Decimal, vmax: Decimal | None, chinese: bool,
          year: int | None, done: Callable[..., _M]) -> _M | None:
    """A number with no unit, if it is one (600亿, 四千三百一十三), else None."""
    if chinese:
        core = num
        alone = s == 0 and pos == len(t)  # the whole input is the numeral: 十二, 廿
        if not alone and not (len(core) >= 3 or any(c in "百千万亿佰仟" for c in core)):
            return None
        if not alone and core[0] in "百千万亿" and not (len(core) == 2 and core[1] in "万亿"):
            return None  # 百姓, 千方百计; but 百万移民
        if t.startswith("大", pos):
            return None
    if not chinese and len(num) > 1 and num[0] == "0" and not num.startswith("0."):
        return None  # phone numbers, codes
    if t[pos:pos + 1] in ("平", "负") and (s > 0 and t[s - 1] in "胜平" or DRAW_THEN_LOSS.match(t, pos)):
        return done("quantity", pos + 1, as_python(value), None, t[pos])  # 3胜2平1负: a record
    if not chinese and pos < len(t) and t[pos] in LATIN_LETTERS and not TIMES_LETTER.match(t, pos - 1):
        return None  # 5G, 3D
    if year is not None and vmax is None and num.isdigit() and HAN.match(t, pos) and not chinese \
            and t[pos - 1] in "0123456789":
        return _M(s, pos, "date", _iso(year, None, None))  # 2023中国西部氢能大会
    if not chinese and num.isdigit() and vmax is None and HAN.match(t, pos) and t[pos] not in "和或与及" \
            and not POST_APPROX.match(t, pos):
        return None  # 863计划, 110系列: a name or code, not an amount
    alone = s == 0 and pos == len(t)
    weak = not chinese and not alone and vmax is None and abs(value) < 10_000 and num[-1] in "0123456789" \
        and "," not in num and not POST_APPROX.match(t, pos)
    if weak and t[pos:pos + 1] not in ("和", "或", "与", "及", "×", "x", "X", "*") and not _after_times(t, s):
        # A small bare Arabic number in running text is a title (魔兽争霸3), a score (0-0),
        # a tip (次选3) or a label far more often than an amount: amounts carry a unit.
        return None
    if year is not None and vmax is not None and year_of(str(as_python(vmax))):
        return _M(s, pos, "date", _iso(year, None, None), _iso(int(vmax), None, None))
    r = done("number", pos, as_python(value), as_python(vmax), None)
    r.bare = True
    r.weak = weak  # kept only if the next mention lends it a unit (8和15.4个百分点, 3×4米)
    return r


def _one_counts(t: str, s: int, end: int, unit: str) -> bool:
    """一 + measure word as a count rather than an article when paired with another count
    (一级和二级, 一至三级). After a noun (购房一套。) it is left out, as annotated."""
    after = t[end:end + 1]
    if after in COORDINATORS:
        nm = NUMERAL.match(t, end + 1)
        return nm is not None and t.startswith(unit, nm.end())
    return False


def _object(t: str, pos: int) -> str | None:
    om = OBJECT_RE.match(t, pos)
    if not om:
        return None
    w = om.group()
    for i, ch in enumerate(w):
        if ch in OBJECT_STOP or ch in CN_CHARS:
            w = w[:i]
            break
    # Only a short noun phrase that ends at punctuation or a function word is evident
    # without a parser; 两位助手心急如焚 gives none rather than a wrong one.
    return w if 2 <= len(w) <= 5 else None


def _relative(t: str, w: str, s: int, e: int, base: datetime.date | None) -> _M | None:
    if w == "今日" and s > 0 and t[s - 1] == "如":
        return None  # 如今|日趋
    if w == "前年" and (s > 0 and t[s - 1] in "以之提" or t.startswith("度", e)):
        return None  # 以前年度
    if w in RELATIVE_YEAR:
        end, mo, d, momax = _date_tail(t, e)
        y = base.year + RELATIVE_YEAR[w] if base else None
        r = _M(s, end, "date", _iso(y, mo, d), _iso(y, momax, None) if momax else None)
        return r
    if w in RELATIVE_MONTH:
        dm = DAY_RE.match(t, e)
        d = small_int(dm.group(1), 1, 31) if dm else None
        end = dm.end() if dm and d is not None else e
        if base is None:
            return _M(s, end, "date", _iso(None, None, d))
        k = base.year * 12 + base.month - 1 + RELATIVE_MONTH[w]
        return _M(s, end, "date", _iso(k // 12, k % 12 + 1, d))
    if base is None:
        return _M(s, e, "date", None)
    day = base + datetime.timedelta(days=RELATIVE_DAY[w])
    return _M(s, e, "date", day.isoformat())


def _is_label(t: str, r: _M) -> bool:
    """A bare number that labels something: “十四五”, （四）, 十三、, 1."""
    before = t[r.s - 1] if r.s else ""
    after = t[r.e] if r.e < len(t) else ""
    if before in QUOTES and after == QUOTES[before]:
        return True
    if before in BRACKETS and after == BRACKETS[before]:
        return True
    if before == "+" and t[r.s - 2:r.s - 1].isdigit() or after == "+" and t[r.e + 1:r.e + 2].isdigit():
        return True  # “1+3+6”, “2+5”: programme names
    if after in LIST_DOT and not (after == "." and r.e + 1 < len(t) and t[r.e + 1].isdigit()):
        return True
    return False


def _in_slogan(t: str, r: _M) -> bool:
    """“两个转变”, “一年扭亏”: a short quoted name that starts with the number; or a title
    that does (《２１世纪议程》, 《三国演义》), or ends with a count (《天龙八部》)."""
    if t.startswith("》", r.e) and r.kind in ("quantity", "number"):
        i = t.rfind("《", max(0, r.s - 16), r.s)
        if i >= 0 and "》" not in t[i:r.s]:
            return True
    if r.s == 0 or t[r.s - 1] not in "“「『\"《":
        return False
    close = {"“": "”", "「": "」", "『": "』", '"': '"', "《": "》"}[t[r.s - 1]]
    i = t.find(close, r.e, r.s + (16 if close == "》" else 9))
    return i >= 0


def _lexical(t: str, r: _M) -> bool:
    lo = max(0, r.s - 4)
    for lm in LEXICAL.finditer(t, lo, min(len(t), r.e + 4), overlapped=True):
        if lm.start() <= r.ns < lm.end() and not (r.kind == "ordinal" and lm.start() == r.ns):
            return True
    return False


def _merge_range(t: str, a: _M, b: _M) -> bool:
    """150%—300%, 3月26日至28日: fold ``b`` into ``a`` when it is the upper bound."""
    if a.kind != b.kind or a.value_max is not None or b.value_max is not None:
        return False
    if t[a.e:b.s] not in RANGE_SEPARATORS:
        return False
    if a.kind == "date" and a.date and b.date:
        ya, ma, da = a.date
        yb, mb, db = b.date
        # inherit the leading components of the lower bound
        if yb is None and ya is not None:
            yb = ya
            if mb is None and db is not None:
                mb = ma
        elif mb is None and db is not None and ma is not None and yb is None:
            mb = ma
        a.value_max = _iso(yb, mb, db)
    elif a.kind == "date":
        return False
    elif a.kind == "time":
        ha, hb = int(str(a.value)[:2]), int(str(b.value)[:2])
        if ha >= 12 > hb:
            b.value = f"{hb + 12:02d}{str(b.value)[2:]}"
        a.value_max = b.value
    else:
        if a.unit != b.unit or not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)):
            return False
        if b.value <= a.value:
            return False
        a.value_max = b.value
        a.approx = a.approx or b.approx
        a.obj = b.obj
    a.e = b.e
    return True


def extract(text: str, *, base_date: datetime.date | None = None) -> list[Number]:
    """Numeric expressions in ``text``, sorted, non-overlapping, offsets into ``text``.

    >>> [(n.text, n.kind, n.value, n.unit) for n in extract("投资633 亿元，增长25%")]
    [('633 亿元', 'money', 63300000000, '元'), ('25%', 'percent', 25, '%')]
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _extract(text, base_date, text, None)
    except Exception:  # noqa: BLE001 - the contract is: never raise on a str
        return []


def _one_may_count(t: str, a: int) -> bool:
    nxt = t[a + 1] if a + 1 < len(t) else ""
    if a > 0 and t[a - 1] == "的" and (a + 2 >= len(t) or t[a + 2] in "。，、；！？”）:\n"):
        return False  # 重要的一年。: "a year", not a duration
    if a > 0 and t[a - 1] in "那这同某哪该每":
        return False  # 那一年, 同一天: a determiner, not a count
    if a > 0 and t[a - 1] in ONE_BEFORE:
        return True
    if nxt == "个":
        return t[a + 2 : a + 3] in ("多", "半", "月", "小", "钟", "星", "工", "年")
    if nxt in CLASSIFIERS and t[a + 2:a + 3] in COORDINATORS:
        return True  # 一级和二级: checked by _one_counts
    return nxt in ONE_NEXT or nxt == "又" or not nxt


def _middot(m: regex.Match[str]) -> str:
    t = m.string
    j = MIDDOT_DIGITS.match(t, m.end()).end()  # type: ignore[union-attr]
    c = t[j:j + 1]
    if c and c in "%‰万亿倍" or t.startswith("个百分点", j) or (
            c not in "年月日号时点分" and (MONEY_RE.match(t, j) or MEASURE_RE.match(t, j))):
        return "."
    return m.group()


def _half(t: str, a: int) -> _M | None:
    """半年, 半个月, 半天, 半小时: half a unit of time (never 上半年, the first half)."""
    du = DURATION_RE.match(t, a + 1)
    if du is None or du.group(2) or du.group(3) == "月" and not du.group(1):
        return None
    end, ap = du.end(), None
    if t.startswith("多", end):
        end, ap = end + 1, "over"
    return _M(a, end, "duration", 0.5, unit=DURATION_UNITS[du.group(3)], approx=ap)


def _factors(t: str, found: list[_M], r: _M) -> None:
    """Give every factor of a product the last factor's unit (3×4米: 3 米 and 4 米)."""
    k = len(found) - 1
    while k >= 0 and found[k].bare and t[found[k].e:found[k].e + 1] in TIMES_SIGNS \
            and found[k].e + 1 == (found[k + 1].s if k + 1 < len(found) else r.s):
        found[k].kind, found[k].unit, found[k].weak = r.kind, r.unit, False
        found[k].bare = r.kind == "number"  # still open to a unit further on (30×40×50厘米)
        k -= 1
    r.weak = False


def _listed_dates(t: str, found: list[_M], r: _M) -> None:
    """Months or days listed before the one that carries the unit: 4、5月, 3、4、5日."""
    _, mo, d = r.date or (None, None, None)
    if (mo is None) == (d is None):
        return
    lo = found[-1].e if found else 0
    out: list[_M] = []
    j = r.s - 1
    while j > lo and t[j] == "、":
        m = LISTED_NUMBER.match(t, lo, j)
        if m is None or m.start() < lo or (m.start() > 0 and t[m.start() - 1] in "0123456789一二三四五六七八九十-/.:"):
            break
        v = small_int(m.group(), 1, 12 if d is None else 31)
        if v is None:
            break
        x = _M(m.start(), m.end(), "date", _iso(None, v, None) if d is None else _iso(None, None, v))
        x.date = (None, v, None) if d is None else (None, None, v)
        out.append(x)
        j = m.start() - 1
    found.extend(reversed(out))


def _extract(text: str, base_date: datetime.date | None, source: str | None = None,
             outer: Cleaned | None = None) -> list[Number]:
    """Numbers in ``text``; offsets go through ``outer`` (a cleanup of ``source``) if given."""
    if MAY_HOLD_NUMBER.search(text) is None:
        return []
    if source is None:
        source = text
    c = _compact(text)
    t = c.text
    if "·" in t or "・" in t:
        t = MIDDOT.sub(_middot, t)  # same length: offsets still map
    found: list[_M] = []
    pos = 0
    n = len(t)
    while pos < n:
        am = ANCHOR.search(t, pos)
        if am is None:
            break
        a, e = am.span()
        group = am.lastgroup  # None for a numeral (most anchors), else "rel" or "half"
        if group == "rel":
            r = _relative(t, am.group(), a, e, base_date)
        elif group == "half":
            r = _half(t, a)
        elif e - a == 1 and t[a] == "一" and not _one_may_count(t, a):
            pos = e
            continue
        else:
            nm = NUMERAL.match(t, a)
            if nm is None:
                pos = a + 1
                continue
            num = nm.group()
            e = nm.end()
            r = _read_core(t, a, e, num, found[-1].e if found else 0)
            if r is not None:
                r.ns = a + 3 if t.startswith("分之", a + 1) else a  # 万分之一: 万分 is not the word
        if r is None or r.e <= a:
            pos = e
            continue
        if r.kind == "skip":
            pos = r.e
            continue
        if r.chinese and _lexical(t, r):
            pos = e
            continue
        if r.bare and _is_label(t, r):
            pos = r.e
            continue
        if found and found[-1].e > r.s:
            # time prefixes (上午) may reach back into a previous mention; keep the first
            pos = max(r.e, pos + 1)
            continue
        if r.kind in ("quantity", "number", "ordinal", "duration", "date") and _in_slogan(t, r):
            pos = r.e
            continue
        if found and found[-1].bare and found[-1].e + 1 == r.s and r.value_max is None:
            if r.kind in ("quantity", "number") and t[r.s - 1] in TIMES_SIGNS:
                _factors(t, found, r)  # 3×4米, 30×40×50厘米, 1920×1080
            elif r.kind in ("quantity", "percent", "duration") and t[found[-1].e] in "和或与及":  # 8和15.4个百分点
                found[-1].kind, found[-1].unit, found[-1].bare, found[-1].weak = r.kind, r.unit, False, False
        if r.kind == "date" and r.s > 1 and t[r.s - 1] == "、" and r.date and r.date[0] is None:
            _listed_dates(t, found, r)  # 4、5月: the bare 4 is a month too
        if found and _merge_range(t, found[-1], r):
            pos = found[-1].e
            continue
        found.append(r)
        pos = r.e
    out = []
    for r in found:
        if r.weak:
            continue
        if r.kind == "date" and r.approx is None and t.startswith("左右", r.e):
            r.e, r.approx = r.e + 2, "about"  # 2001年左右, 2001年至2002年左右
        s, e = c.span(r.s, r.e)
        if outer is not None:
            s, e = outer.span(s, e)
        out.append(Number(source[s:e], r.kind, r.value, s, e, r.value_max, r.unit, r.approx, r.obj))  # type: ignore[arg-type]
    return out


def numbers(text: str, *, base_date: datetime.date | None = None, clean: bool = True) -> list[Number]:
    """Numeric expressions in ``text`` after newspaper cleanup, offsets into ``text``.

    >>> [(n.text, n.kind, n.value) for n in numbers("投资633 亿元")]
    [('633 亿元', 'money', 63300000000)]
    """
    if not isinstance(text, str) or not text:
        return []
    if not clean:
        return extract(text, base_date=base_date)
    try:
        return _numbers(text, base_date)
    except Exception:  # noqa: BLE001 - the contract is: never raise on a str
        return []


def _numbers(text: str, base_date: datetime.date | None) -> list[Number]:
    cleaned = _clean(text)
    return _extract(cleaned.text, base_date, text, cleaned if cleaned.text is not text else None)
