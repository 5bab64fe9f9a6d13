"""Readers for dates (2024年11月, 3月26日, 八十年代, 21世纪, 公元前221年, 今年, 去年5月) and
clock times (下午3点, 十二点一刻), and the ISO 8601 strings they become.

Dates keep the precision written: '2024-11', '--03-26' (no year), '---09' (a day alone);
decades and centuries are value..value_max ranges of years, or '20' for a century.
A unit reader returns a :class:`Mention`, ``NOT_A_NUMBER``, or ``None`` for "not this kind".
"""

from __future__ import annotations

import datetime

import regex

from kmytext.numex import lexicon
from kmytext.numex.mention import NOT_A_NUMBER, Core, Mention, Reading, preceded_by
from kmytext.numex.numerals import as_python, cn_digits, consecutive, small_int, year_of


def iso_date(y: int | None, m: int | None, d: int | None) -> str | None:
    """ISO 8601 at the precision given: '2024-11-05', '2024-11', '--11-05', '---05'; None for a
    day no calendar has (2025年2月30日, 4月31日: an OCR or typing slip), which stays a date
    mention without a value.

    >>> iso_date(2024, 2, 29), iso_date(2025, 2, 29), iso_date(None, 2, 29), iso_date(None, 4, 31)
    ('2024-02-29', None, '--02-29', None)
    """
    if y is not None and not 1 <= y <= 9999:  # 〇〇〇〇年: no year of the calendar
        return None
    if m is not None and d is not None:
        try:  # a year without its day: a leap year, so that 2月29日 stands
            datetime.date(y if y is not None and 1 <= y <= 9999 else 2000, m, d)
        except ValueError:
            return None
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


def date_tail(t: str, pos: int) -> tuple[int, int | None, int | None, int | None]:
    """After a year (or nothing), read 月 and 日: (end, month, day, last month of 七八月 or 7至8月)."""
    m = d = mmax = None
    mm = lexicon.MONTH_RE.match(t, pos)
    if mm and is_lunar(t, mm.start(), mm.end()):
        return pos, None, None, None
    if mm and mm.group(2):
        m, mmax = small_int(mm.group(1), 1, 12), small_int(mm.group(2), 1, 12)
        if m is not None and mmax is not None and m < mmax:
            return mm.end(), m, None, mmax  # 2007年7至8月
        return pos, None, None, None
    if mm:
        m = small_int(mm.group(1), 1, 12)
        pair = consecutive(mm.group(1)) if m is None else None
        if pair and pair[1] <= 12:
            return mm.end(), pair[0], None, pair[1]
        if m is not None:
            pos = mm.end()
            dm = lexicon.DAY_RE.match(t, pos)
            if dm:
                d = small_int(dm.group(1), 1, 31)
                if d is not None:
                    pos = dm.end()
    return pos, m, d, mmax


def is_lunar(t: str, start: int, month_end: int) -> bool:
    """A month of the lunar calendar: after a year of the sexagenary cycle (庚辰年十二月) or
    before a lunar day (十二月初七). Out of scope: no date is given for it."""
    return lexicon.LUNAR_DAY.match(t, month_end) is not None \
        or start >= 3 and lexicon.CYCLE_YEAR.match(t, start - 3, start) is not None


def period_after(t: str, pos: int) -> tuple[int, str, str | None] | None:
    """A quarter or half of a year at ``pos`` (第一季度, 1季度, 前三季度, 上半年) as (end, its
    ISO suffix, the last one's for 前三季度: 'Q1', 'Q3'), or None."""
    pm = lexicon.PERIOD_RE.match(t, pos)
    if pm is None:
        return None
    if pm.group("h"):
        return pm.end(), "H1" if pm.group("h") == "上" else "H2", None
    q = lexicon.QUARTERS[pm.group("q")]
    return (pm.end(), "Q1", f"Q{q}") if pm.group("first") else (pm.end(), f"Q{q}", None)


def period_date(year: int | None, start: int, period: tuple[int, str, str | None]) -> Mention:
    """The date of a quarter or half (of ``year``, if written): '2025-Q1', '--H2', '--Q1'..'--Q3'."""
    end, first, last = period
    lead = f"{year:04d}-" if year is not None else "--"
    return Mention(start, end, "date", lead + first, value_max=lead + last if last else None)


def read_date(core: Core, c0: str) -> Reading:
    """The numeral as a century, decade, year, month or day; ``c0`` follows the numeral."""
    if c0 == "世":
        return _century(core)
    if c0 == "年":
        return _year(core)
    if c0 == "季":
        return _quarter(core)
    if core.value_max is not None or core.approx is None:
        return _month_or_day(core)
    return None


def _century(core: Core) -> Mention | None:
    """21世纪 ('20'), 20世纪80年代 ('1980'..'1989')."""
    t, pos, value = core.text, core.end, core.value
    if not (t.startswith("世纪", pos) and value == value.to_integral_value() and 1 <= value <= 30
            and core.value_max is None):
        return None
    c = int(value) - 1
    dm = lexicon.DECADE_AFTER.match(t, pos + 2)
    if dm:
        y = small_int(dm.group(1), 0, 90)
        if y is not None and y % 10 == 0:
            first = c * 100 + y
            return Mention(core.start, dm.end(), "date", f"{first:04d}", value_max=f"{first + 9:04d}")
    return Mention(core.start, pos + 2, "date", f"{c:02d}")


def _year(core: Core) -> Reading:
    """八十年代, 公元前221年, 2024年11月5日, 2023—2025年, 2024年七八月."""
    t, s, pos, value, vmax = core.text, core.start, core.end, core.value, core.value_max
    if t.startswith("年代", pos) and value == value.to_integral_value():
        return _decade(core)
    bc = preceded_by(t, s, "公元前")
    if (bc or preceded_by(t, s, "公元")) and core.approx is None and vmax is None \
            and lexicon.YEAR_RE.match(t, pos) and value == value.to_integral_value() and 0 < value < 10000:
        y = 1 - int(value) if bc else int(value)  # astronomical numbering: 1 BC is year 0
        return Mention(s - (3 if bc else 2), pos + 1, "date", f"-{-y:04d}" if y < 0 else f"{y:04d}")
    year, approx = core.year, core.approx
    if year is None:
        return _full_date(core)
    if not lexicon.YEAR_RE.match(t, pos):
        return None
    if approx is not None:
        if t.startswith("年度", pos):
            s, approx = core.numeral_start, None  # 超过1974年度的: the fiscal year, not "over"
        elif not (approx == "about" and t[core.numeral_start - 1:core.numeral_start] == "在"):
            return None  # 约2000年 is a duration; 大约在2013年 a date
    end, mo, d, momax = date_tail(t, pos + 1)
    period = period_after(t, end) if mo is None and vmax is None else None
    if period is not None:
        return period_date(year, s, period)  # 2025年第一季度, 1997年上半年
    if momax is not None and vmax is None:
        return Mention(s, end, "date", iso_date(year, mo, None), value_max=iso_date(year, momax, None))
    ymax = year_of(str(as_python(vmax))) if vmax is not None else None
    if vmax is not None and ymax is None:
        return NOT_A_NUMBER
    r = Mention(s, end, "date", iso_date(year, mo, d), value_max=iso_date(ymax, None, None) if ymax else None,
                approx=approx)
    r.date = (year, mo, d)
    return r


def _full_date(core: Core) -> Mention | None:
    """A year no year reader takes (0年, 9999年, 10000年, 民国38年) with a month and day after
    it: a date, not a duration and a date (9999年 and 12月31日). Its value is the ISO date for
    a year of four digits, else None (year 0 or past 9999 no calendar of datetime has; a year
    of fewer digits is most often one of an era, 民国38年)."""
    t, pos, num = core.text, core.end, core.numeral
    digits = num if num.isascii() and num.isdigit() else cn_digits(num)
    if not digits or core.approx is not None or core.value_max is not None or core.ordinal or core.sign \
            or core.per or core.currency or not lexicon.YEAR_RE.match(t, pos):
        return None
    end, mo, d, momax = date_tail(t, pos + 1)
    if mo is None or d is None or momax is not None:
        return None
    y = int(digits)
    return Mention(core.start, end, "date", iso_date(y, mo, d) if len(digits) == 4 else None)


def _quarter(core: Core) -> Mention | None:
    """一季度, 1季度 (--Q1), 前三季度 (--Q1..--Q3), 一至三季度; 五季度 is no quarter."""
    t, s, value, vmax = core.text, core.start, core.value, core.value_max
    if not (t.startswith("季度", core.end) and value in (1, 2, 3, 4) and (vmax is None or vmax in (2, 3, 4))
            and core.approx is None):
        return None
    q = int(value)
    if t.startswith(lexicon.PER_QUARTER, core.end + 2):
        return None  # 一季度一次: once a quarter, a duration
    if vmax is not None:
        return Mention(s, core.end + 2, "date", f"--Q{q}", value_max=f"--Q{int(vmax)}")
    if s > 0 and t[s - 1] == "前":
        return Mention(s - 1, core.end + 2, "date", "--Q1", value_max=f"--Q{q}") if q > 1 else None
    return Mention(s, core.end + 2, "date", f"--Q{q}")


def _decade(core: Core) -> Reading:
    """八十年代 (1980..1989), 五六十年代 (1950..1969), 上世纪90年代, 1990年代."""
    t, s, value, vmax = core.text, core.start, core.value, core.value_max
    v = int(value)
    w = int(vmax) if vmax is not None and vmax == vmax.to_integral_value() else v
    if 10 <= v <= 90 and v % 10 == 0:
        v, w = v + 1900, w + 1900 if w < 100 else w
        for lead in ("上世纪", "上个世纪"):  # 上世纪八十年代: the twentieth century, written relative
            if preceded_by(t, s, lead):
                s -= len(lead)
                break
    if 1000 <= v <= w <= 2190 and v % 10 == 0 and w % 10 == 0:
        return Mention(s, core.end + 2, "date", f"{v:04d}", value_max=f"{w + 9:04d}")
    return NOT_A_NUMBER


def _month_or_day(core: Core) -> Reading:
    """3月, 3月26日, 七八月, 26日, 5号 (with a month just before)."""
    t, s, pos, value, vmax = core.text, core.start, core.end, core.value, core.value_max
    if core.numeral in ("两", "俩"):
        return None  # 两月, 两日: a count of months or days (February is 二月, the 2nd 二日)
    integral = value == value.to_integral_value()
    mm = lexicon.MONTH_AFTER_NUMERAL.match(t, pos)
    if mm and integral and 1 <= value <= 12 and core.approx is None \
            and not (vmax is not None and not 1 <= vmax <= 12):
        if is_lunar(t, s, mm.end()):
            return NOT_A_NUMBER  # 庚辰年十二月初七
        mo = int(value)
        end = mm.end()
        d = None
        dm = lexicon.DAY_RE.match(t, end)
        if dm:
            d = small_int(dm.group(1), 1, 31)
            if d is not None:
                end = dm.end()
        if vmax is not None:
            return Mention(s, end, "date", iso_date(None, mo, None),
                           value_max=iso_date(None, int(vmax), None))  # 七八月, 3—5月
        r = Mention(s, end, "date", iso_date(None, mo, d))
        r.date = (None, mo, d)
        return r
    dm = lexicon.DAY_AFTER_NUMERAL.match(t, pos)
    if dm and integral and 1 <= value <= 31 and core.approx is None and not core.lone_one:
        if vmax is not None:
            return Mention(s, dm.end(), "date", iso_date(None, None, int(value)),
                           value_max=iso_date(None, None, int(vmax)))
        r = Mention(s, dm.end(), "date", iso_date(None, None, int(value)))
        r.date = (None, None, int(value))
        return r
    if t.startswith("号", pos) and (lexicon.MONTH_BEFORE.search(t, max(0, s - 3), s)) and 1 <= value <= 31:
        return Mention(s, pos + 1, "date", iso_date(None, None, int(value)))
    return None


def time_prefix(t: str, s: int, hour: int) -> tuple[int, int]:
    """Extend the start over 上午/下午/晚 and move afternoon hours past noon."""
    for p, off in lexicon.TIME_PREFIXES.items():
        if preceded_by(t, s, p):
            if len(p) == 1 and s >= 2 and t[s - 2] in lexicon.DAY_WORDS:
                pass  # 当晚, 今晚: a day word, kept out of the span but still evening
            else:
                s -= len(p)
            if off and 0 < hour < 12 and not (p == "中午" and hour >= 11):
                hour += 12
            elif hour == 12 and p in lexicon.NIGHT_PREFIXES:
                hour = 24  # 晚上12点: midnight, 24:00
            break
    return s, hour


def read_clock(core: Core) -> Mention | None:
    """三点, 下午3时, 十二点一刻, 8点半左右; None if the numeral is no hour (三点 as points)."""
    t, pos, value = core.text, core.end, core.value
    cm = lexicon.CLOCK_RE.match(t, pos)
    if not (cm and value == value.to_integral_value() and 0 <= value <= 24 and core.value_max is None
            and core.approx is None and not (cm.group(1) == "时" and t.startswith(lexicon.NOT_CLOCK, pos))
            and not (core.lone_one and not cm.group(2))):
        return None
    clock = _clock(core, cm)
    if clock is None:
        return None
    start, hh_mm = clock
    end = cm.end()
    approx = None
    if t.startswith(("左右", "前后"), end):
        approx, end = "about", end + 2  # 下午5点左右
    elif t.startswith("许", end):
        approx, end = "about", end + 1  # 18时许
    return Mention(start, end, "time", hh_mm, approx=approx)


def _clock(core: Core, cm: regex.Match[str]) -> tuple[int, str] | None:
    """The start (over 上午/下午) and the 'HH:MM' (or 'HH:MM:SS', 零时9分23秒) of the clock
    reading ``cm`` after the core."""
    minute, second = 0, None
    if cm.group(2):
        mi = small_int(cm.group(2), 0, 59)
        second = small_int(cm.group(3), 0, 59) if cm.group(3) else None
        if mi is None or cm.group(3) and second is None:
            return None
        minute = mi
    elif cm.group(4):
        minute = 30
    elif cm.group(7):
        minute = 15 if cm.group(7) == "一" else 45  # 十二点一刻, 三点三刻
    s, t = core.start, core.text
    s2, hour = time_prefix(t, s, int(core.value))
    if s2 == s and hour < 12 and core.chinese and cm.group(1) == "点" and not any(cm.group(2, 4, 5, 6, 7)) \
            and not (t[s - 1:s] in lexicon.RANGE_START and t[s - 2:s - 1] in lexicon.CLOCK_START):
        return None  # 三点 without a clock context (下午两点到四点 is one): a count of points
    hh = f"{hour:02d}" if hour == 24 and minute == 0 else f"{hour % 24:02d}"
    return s2, f"{hh}:{minute:02d}" if second is None else f"{hh}:{minute:02d}:{second:02d}"


def relative_date(t: str, start: int, end: int, *, base_date: datetime.date | None) -> Mention | None:
    """今年, 去年5月, 本月9日, 今天: resolved against ``base_date``; without it only what is
    written after the word ('--05', '---09') or None."""
    word = t[start:end]
    if word == "今日" and start > 0 and t[start - 1] == "如":
        return None  # 如今|日趋
    if word == "前年" and (start > 0 and t[start - 1] in "以之提" or t.startswith("度", end)):
        return None  # 以前年度
    if word == "今天" and start > 1 and t[start - 1] == "的" and t[start - 2] not in "后前" \
            and t[end:end + 1] in lexicon.CLAUSE_END:
        return None  # …便利的今天, "nowadays" (but 4年后的今天 is a day)
    if word in lexicon.RELATIVE_YEAR:
        end, mo, d, momax = date_tail(t, end)
        y = base_date.year + lexicon.RELATIVE_YEAR[word] if base_date else None
        period = period_after(t, end) if mo is None else None
        if period is not None:
            return period_date(y, start, period)  # 今年第一季度, 去年下半年
        return Mention(start, end, "date", iso_date(y, mo, d),
                       value_max=iso_date(y, momax, None) if momax else None)
    if word in lexicon.RELATIVE_MONTH:
        dm = lexicon.DAY_RE.match(t, end)
        d = small_int(dm.group(1), 1, 31) if dm else None
        end = dm.end() if dm and d is not None else end
        if base_date is None:
            return Mention(start, end, "date", iso_date(None, None, d))
        k = base_date.year * 12 + base_date.month - 1 + lexicon.RELATIVE_MONTH[word]
        return Mention(start, end, "date", iso_date(k // 12, k % 12 + 1, d))
    if base_date is None:
        return Mention(start, end, "date", None)
    try:
        day = base_date + datetime.timedelta(days=lexicon.RELATIVE_DAY[word])
    except OverflowError:  # past the calendar's end (明天 after a dateline of 9999年12月31日): unresolved
        return Mention(start, end, "date", None)
    return Mention(start, end, "date", day.isoformat())
