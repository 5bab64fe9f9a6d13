"""How a new mention joins the ones found before it: the upper bound of a range (150%—300%,
3月26日至28日), the last factor of a product lending its unit (3×4米), a later unit lent
across 和 (8和15.4个百分点), and months or days listed before the one with the unit (4、5月).
"""

from __future__ import annotations

from kmytext.numex import lexicon
from kmytext.numex.dates import iso_date, time_prefix
from kmytext.numex.mention import DateParts, Mention
from kmytext.numex.numerals import small_int


def join(t: str, found: list[Mention], r: Mention) -> bool:
    """Join ``r`` to the mentions ``found`` before it; True if it became the upper bound of
    the last one (and is not a mention of its own)."""
    if found and found[-1].bare and found[-1].end + 1 == r.start and r.value_max is None:
        if r.kind in ("quantity", "number") and t[r.start - 1] in lexicon.TIMES_SIGNS:
            _factors(t, found, r)  # 3×4米, 30×40×50厘米, 1920×1080
    if found and found[-1].bare and r.value_max is None and r.kind in lexicon.LENT_KINDS \
            and t[found[-1].end:r.start] in lexicon.LEND_UNIT_ACROSS:
        last = found[-1]  # 8和15.4个百分点, 3.14万降到1.77万公里: the later unit is the earlier one's too
        last.kind, last.unit, last.bare, last.weak = r.kind, r.unit, False, False
    if r.start > 1 and t[r.start - 1] == "、":
        if r.kind == "date" and r.date and r.date[0] is None:
            _listed_dates(t, found, r)  # 4、5月: the bare 4 is a month too
        elif (r.kind in ("quantity", "time") or r.kind == "percent" and t[r.end - 1] == "成") and r.value_max is None:
            _listed_counts(t, found, r)  # 三、四级; 晚上11、12时; 二、三成
    return bool(found) and _merge_range(t, found[-1], r)


def _factors(t: str, found: list[Mention], r: Mention) -> None:
    """Give every factor of a product the last factor's unit (3×4米: 3 米 and 4 米)."""
    k = len(found) - 1
    while k >= 0 and found[k].bare and t[found[k].end:found[k].end + 1] in lexicon.TIMES_SIGNS \
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
        m = lexicon.LISTED_NUMBER.match(t, lo, j)
        if m is None or m.start() < lo or (m.start() > 0 and t[m.start() - 1] in "0123456789一二三四五六七八九十-/.:"):
            break
        v = small_int(m.group(), 1, 12 if d is None else 31)
        if v is None:
            break
        parts = (None, v, None) if d is None else (None, None, v)
        x = Mention(m.start(), m.end(), "date", iso_date(*parts))
        x.date = parts
        out.append(x)
        j = m.start() - 1
    found.extend(reversed(out))


def _listed_counts(t: str, found: list[Mention], r: Mention) -> None:
    """Numbers listed before the one with the unit share it (三、四级: 3 级 and 4 级); listed
    clock hours share the part of the day written before the first (晚上11、12时: 23:00, 24:00)."""
    lo = found[-1].end if found else 0
    out: list[Mention] = []
    j = r.start - 1
    while j > lo and t[j] == "、":
        m = lexicon.LISTED_NUMBER.match(t, lo, j)
        if m is None or m.start() < lo or (m.start() > 0 and t[m.start() - 1] in lexicon.NOT_BEFORE_LISTED):
            break  # 星期五、六两日: a weekday
        v = small_int(m.group(), 0, {"quantity": 99, "time": 24}.get(r.kind, 10))
        if v is None:
            break
        out.append(_listed(t, m.start(), m.end(), v, r))
        j = m.start() - 1
    if found and j == found[-1].end and t[j:j + 1] == "、" and found[-1].kind == "ordinal":
        return  # 第一、二、三项: ordinals listed, not counts
    if out and r.kind == "time":
        first = out[-1]
        _, hour = time_prefix(t, first.numeral_start, int(str(r.value)[:2]))  # the first one's part of the day
        r.value = f"{hour:02d}{str(r.value)[2:]}" if hour == 24 else f"{hour % 24:02d}{str(r.value)[2:]}"
    found.extend(reversed(out))


def _listed(t: str, start: int, end: int, v: int, r: Mention) -> Mention:
    """The number ``v`` at ``t[start:end]``, listed before ``r`` and read as ``r`` is."""
    if r.kind == "time":
        s, hour = time_prefix(t, start, v)
        x = Mention(s, end, "time", f"{hour:02d}:00" if hour == 24 else f"{hour % 24:02d}:00")
    else:
        x = Mention(start, end, r.kind, v * 10 if r.kind == "percent" else v, unit=r.unit)  # 二、三成: 20 %
    x.numeral_start = start
    return x


def _merge_range(t: str, a: Mention, b: Mention) -> bool:
    """150%—300%, 3月26日至28日: fold ``b`` into ``a`` when it is the upper bound."""
    if a.value_max is not None or b.value_max is not None or t[a.end:b.start] not in lexicon.RANGE_SEPARATORS:
        return False
    if a.kind != b.kind:
        if not (b.bare and b.unit is None and a.kind in lexicon.RANGE_LENDS_UNIT and isinstance(a.value, (int, float))
                and isinstance(b.value, (int, float)) and b.value > a.value):
            return False
        b.kind, b.unit, b.bare, b.weak = a.kind, a.unit, False, False  # 3000多元至2万: the upper end is 元 too
    if a.kind == "date" and a.date and b.date:
        a.value_max = _upper_date(a.date, b.date)
    elif a.kind == "date" and a.date and a.date[1:] == (None, None) and _is_period(b.value):
        a.value_max = b.value  # 1996年至1997年上半年: 1996..1997-H1
    elif a.kind == "date":
        return False
    elif a.kind == "time":
        ha, hb = int(str(a.value)[:2]), int(str(b.value)[:2])
        if ha >= 12 > hb:
            b.value = f"{hb + 12:02d}{str(b.value)[2:]}"  # 下午2点至5点: 14:00-17:00
        a.value_max = b.value
    else:
        if a.unit != b.unit or not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)):
            return False
        if b.value <= a.value and not b.value < 0:
            return False  # but 0摄氏度至零下1摄氏度 is the range -1..0, in numeric order
        a.value, a.value_max = min(a.value, b.value), max(a.value, b.value)
        a.approx = a.approx or b.approx
        a.object = b.object
    a.end = b.end
    return True


def _is_period(value: object) -> bool:
    """A quarter or half of a printed year: '1997-H1', '2025-Q3'."""
    return isinstance(value, str) and len(value) == 7 and value[:4].isdigit() and value[5] in "QH"


def _upper_date(lower: DateParts, upper: DateParts) -> str | None:
    """The upper date of a range with the leading parts it leaves out taken from the lower
    one: 3月26日至28日 ends on --03-28, 2024年3月至5月 in 2024-05."""
    ya, ma, _ = lower
    yb, mb, db = upper
    if yb is None and ya is not None:
        yb = ya
        if mb is None and db is not None:
            mb = ma
    elif mb is None and db is not None and ma is not None and yb is None:
        mb = ma
    return iso_date(yb, mb, db)
