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

import regex

from kmytext.numex.lexicon import (
    ANCHOR, BRACKETS, CLASSIFIERS, COORDINATORS,
    FULLWIDTH, LEXICAL, LISTED_NUMBER, LIST_DOT, MAY_HOLD_NUMBER,
    MEASURE_RE, MIDDOT, MIDDOT_DIGITS, MONEY_RE, NUMERAL, ONE_BEFORE, ONE_NEXT, QUOTES, RANGE_SEPARATORS, TIMES_SIGNS, WHITESPACE,
)
from kmytext.numex.numerals import small_int
from kmytext.numex.core import read_core
from kmytext.numex.dates import iso_date, relative_date
from kmytext.numex.mention import Mention
from kmytext.numex.quantities import half_duration
from kmytext.normalize import clean as _clean
from kmytext.normalize import Cleaned, edit, translate
from kmytext.types import Number

KINDS = ("money", "percent", "date", "time", "duration", "quantity", "ordinal", "number")

__all__ = ["extract", "numbers"]


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


def _is_label(t: str, r: Mention) -> bool:
    """A bare number that labels something: “十四五”, （四）, 十三、, 1."""
    before = t[r.start - 1] if r.start else ""
    after = t[r.end] if r.end < len(t) else ""
    if before in QUOTES and after == QUOTES[before]:
        return True
    if before in BRACKETS and after == BRACKETS[before]:
        return True
    if before == "+" and t[r.start - 2:r.start - 1].isdigit() or after == "+" and t[r.end + 1:r.end + 2].isdigit():
        return True  # “1+3+6”, “2+5”: programme names
    if after in LIST_DOT and not (after == "." and r.end + 1 < len(t) and t[r.end + 1].isdigit()):
        return True
    return False


def _in_slogan(t: str, r: Mention) -> bool:
    """“两个转变”, “一年扭亏”: a short quoted name that starts with the number; or a title
    that does (《２１世纪议程》, 《三国演义》), or ends with a count (《天龙八部》)."""
    if t.startswith("》", r.end) and r.kind in ("quantity", "number"):
        i = t.rfind("《", max(0, r.start - 16), r.start)
        if i >= 0 and "》" not in t[i:r.start]:
            return True
    if r.start == 0 or t[r.start - 1] not in "“「『\"《":
        return False
    close = {"“": "”", "「": "」", "『": "』", '"': '"', "《": "》"}[t[r.start - 1]]
    i = t.find(close, r.end, r.start + (16 if close == "》" else 9))
    return i >= 0


def _lexical(t: str, r: Mention) -> bool:
    lo = max(0, r.start - 4)
    for lm in LEXICAL.finditer(t, lo, min(len(t), r.end + 4), overlapped=True):
        if lm.start() <= r.numeral_start < lm.end() and not (r.kind == "ordinal" and lm.start() == r.numeral_start):
            return True
    return False


def _merge_range(t: str, a: Mention, b: Mention) -> bool:
    """150%—300%, 3月26日至28日: fold ``b`` into ``a`` when it is the upper bound."""
    if a.kind != b.kind or a.value_max is not None or b.value_max is not None:
        return False
    if t[a.end:b.start] not in RANGE_SEPARATORS:
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
        a.value_max = iso_date(yb, mb, db)
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
        a.object = b.object
    a.end = b.end
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


def _factors(t: str, found: list[Mention], r: Mention) -> None:
    """Give every factor of a product the last factor's unit (3×4米: 3 米 and 4 米)."""
    k = len(found) - 1
    while k >= 0 and found[k].bare and t[found[k].end:found[k].end + 1] in TIMES_SIGNS \
            and found[k].end + 1 == (found[k + 1].start if k + 1 < len(found) else r.start):
        found[k].kind, found[k].unit, found[k].weak = r.kind, r.unit, False
        found[k].bare = r.kind == "number"  # still open to a unit further on (30×40×50厘米)
        k -= 1
    r.weak = False


def _listed_dates(t: str, found: list[Mention], r: Mention) -> None:
    """Months or days listed before the one that carries the unit: 4、5月, 3、4、5日."""
    _, mo, d = r.date or (None, None, None)
    if (mo is None) == (d is None):
        return
    lo = found[-1].end if found else 0
    out: list[Mention] = []
    j = r.start - 1
    while j > lo and t[j] == "、":
        m = LISTED_NUMBER.match(t, lo, j)
        if m is None or m.start() < lo or (m.start() > 0 and t[m.start() - 1] in "0123456789一二三四五六七八九十-/.:"):
            break
        v = small_int(m.group(), 1, 12 if d is None else 31)
        if v is None:
            break
        x = Mention(m.start(), m.end(), "date", iso_date(None, v, None) if d is None else iso_date(None, None, v))
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
    found: list[Mention] = []
    pos = 0
    n = len(t)
    while pos < n:
        am = ANCHOR.search(t, pos)
        if am is None:
            break
        a, e = am.span()
        group = am.lastgroup  # None for a numeral (most anchors), else "rel" or "half"
        if group == "rel":
            r = relative_date(t, a, e, base_date=base_date)
        elif group == "half":
            r = half_duration(t, a)
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
            r = read_core(t, a, e, num, floor=found[-1].end if found else 0)
            if r is not None:
                r.numeral_start = a + 3 if t.startswith("分之", a + 1) else a  # 万分之一: 万分 is not the word
        if r is None or r.end <= a:
            pos = e
            continue
        if r.kind == "skip":
            pos = r.end
            continue
        if r.chinese and _lexical(t, r):
            pos = e
            continue
        if r.bare and _is_label(t, r):
            pos = r.end
            continue
        if found and found[-1].end > r.start:
            # time prefixes (上午) may reach back into a previous mention; keep the first
            pos = max(r.end, pos + 1)
            continue
        if r.kind in ("quantity", "number", "ordinal", "duration", "date") and _in_slogan(t, r):
            pos = r.end
            continue
        if found and found[-1].bare and found[-1].end + 1 == r.start and r.value_max is None:
            if r.kind in ("quantity", "number") and t[r.start - 1] in TIMES_SIGNS:
                _factors(t, found, r)  # 3×4米, 30×40×50厘米, 1920×1080
            elif r.kind in ("quantity", "percent", "duration") and t[found[-1].end] in "和或与及":  # 8和15.4个百分点
                found[-1].kind, found[-1].unit, found[-1].bare, found[-1].weak = r.kind, r.unit, False, False
        if r.kind == "date" and r.start > 1 and t[r.start - 1] == "、" and r.date and r.date[0] is None:
            _listed_dates(t, found, r)  # 4、5月: the bare 4 is a month too
        if found and _merge_range(t, found[-1], r):
            pos = found[-1].end
            continue
        found.append(r)
        pos = r.end
    out = []
    for r in found:
        if r.weak:
            continue
        if r.kind == "date" and r.approx is None and t.startswith("左右", r.end):
            r.end, r.approx = r.end + 2, "about"  # 2001年左右, 2001年至2002年左右
        s, e = c.span(r.start, r.end)
        if outer is not None:
            s, e = outer.span(s, e)
        out.append(Number(source[s:e], r.kind, r.value, s, e, r.value_max, r.unit, r.approx, r.object))  # type: ignore[arg-type]
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
