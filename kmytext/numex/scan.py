"""The scan over a text: compaction, the loop over anchors that reads each numeral core into
a mention, vetoes it or joins it to the ones before, and the records it ends with.

The text is first *compacted* (whitespace removed except between two ASCII letters or
digits, full width folded) so that ``633 亿元`` and ``100余\\n名`` read as one expression;
offsets are mapped back, so ``text[start:end] == number.text`` always holds. One regex
search finds the next anchor (a numeral, a relative date word, 半); the readers are only
tried from there, which keeps extraction linear.
"""

from __future__ import annotations

import datetime

import regex

from kmytext.text.normalize import Cleaned, edit, translate
from kmytext.numex import lexicon
from kmytext.numex.assemble import join
from kmytext.numex.changes import directions
from kmytext.numex.core import approx_prefix, read_core
from kmytext.numex.dates import period_date, relative_date
from kmytext.numex.mention import Mention
from kmytext.numex.quantities import half_duration
from kmytext.numex.vetoes import in_index_name, in_name, in_slogan, in_word, is_label, one_may_count
from kmytext.types import Number


def numbers_in(text: str, *, base_date: datetime.date | None, cleanup: Cleaned | None = None) -> list[Number]:
    """The numbers in ``text``, sorted and non-overlapping. With ``cleanup``, the cleanup
    that made ``text`` from its source, records are in the source: text and offsets."""
    if lexicon.MAY_HOLD_NUMBER.search(text) is None:
        return []
    t, offsets = compact(text)
    if "·" in t or "・" in t:
        t = lexicon.MIDDOT.sub(_decimal_middot, t)  # same length: offsets still map
    found = _mentions(t, base_date=base_date)
    directions(t, found)
    return _records(t, found, source=cleanup.source if cleanup is not None else text, offsets=offsets,
                    cleanup=cleanup)


def compact(text: str) -> tuple[str, Cleaned | None]:
    """``text`` without line-layout whitespace, full width folded, and the map of its offsets
    back to ``text``: None when they are the same (no whitespace, or only at the end).
    Whitespace between ASCII letters or digits stays ("2024 2025" is two numbers)."""
    gaps = []
    for m in lexicon.WHITESPACE.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else ""
        after = text[b] if b < len(text) else ""
        if not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum()):
            gaps.append((a, b))
    offsets: Cleaned | None = None
    if not gaps:
        kept = text
    elif len(gaps) == 1 and gaps[0][1] == len(text):
        kept = text[:gaps[0][0]]  # a line with its break, as a file is read: nothing to map
    else:
        offsets = edit(text, gaps, None)
        kept = offsets.text
    if "，" in kept and lexicon.FULLWIDTH_THOUSANDS.search(kept):
        kept = lexicon.FULLWIDTH_THOUSANDS.sub(",", kept)  # ４，５６５: a thousands comma, same length
    kept = translate(kept, lexicon.FULLWIDTH)  # same length: the map holds for the folded text
    if "参" in kept:
        kept = lexicon.FINANCIAL_THREE.sub("叁", kept)
    return kept, offsets


def _decimal_middot(m: regex.Match[str]) -> str:
    """19·8％, 1·2亿元, 1·5米: a middot printed for the decimal point when a percent, a
    multiplier or a unit follows (never the names 9·11事件, 5·12地震, “3·15”)."""
    t = m.string
    j = lexicon.MIDDOT_DIGITS.match(t, m.end()).end()  # type: ignore[union-attr]
    c = t[j:j + 1]
    if c and c in "%‰万亿倍" or t.startswith("个百分点", j) or lexicon.MONEY_RE.match(t, j) or (
            c not in "年月日号时分" and lexicon.MEASURE_RE.match(t, j)):
        return "."  # 0·54日元, 71·29点 too (the dates 5·12, 9·11 take no unit)
    return m.group()


def _mentions(t: str, *, base_date: datetime.date | None) -> list[Mention]:
    """The mentions in the compact text ``t``, anchor by anchor."""
    found: list[Mention] = []
    pos = 0
    n = len(t)
    while pos < n:
        am = lexicon.ANCHOR.search(t, pos)
        if am is None:
            break
        a, e = am.span()
        if am.lastgroup is not None:  # a relative date (今年) or 半; most anchors are numerals
            r = _word_at(t, am, base_date=base_date, floor=found[-1].end if found else 0)
        elif e - a == 1 and t[a] == "一" and not one_may_count(t, a):
            pos = e
            continue
        else:
            nm = lexicon.NUMERAL.match(t, a)
            if nm is None:
                pos = a + 1
                continue
            e = nm.end()
            r = read_core(t, a, e, nm.group(), floor=found[-1].end if found else 0)
            if r is not None:
                r.numeral_start = a + 3 if t.startswith("分之", a + 1) else a  # 万分之一: 万分 is not the word
        if r is None or r.end <= a:
            pos = e
        else:
            pos = _place(t, found, r, numeral_end=e, searched_from=pos)
    return found


def _word_at(t: str, am: regex.Match[str], *, base_date: datetime.date | None, floor: int) -> Mention | None:
    """The mention of the anchor word ``am``: a relative date (今年, 去年5月), a half of a year
    (上半年) or 半 (半年, 约半小时: with the approximation before it, not before ``floor``)."""
    if am.lastgroup == "rel":
        return relative_date(t, am.start(), am.end(), base_date=base_date)
    if am.lastgroup == "period":
        return period_date(None, am.start(), (am.end(), "H1" if t[am.start()] == "上" else "H2", None))  # 上半年
    half = half_duration(t, am.start())
    if half is not None and half.approx is None:
        half.start, half.approx = approx_prefix(t, half.start, floor=floor)
    return half


def _place(t: str, found: list[Mention], r: Mention, *, numeral_end: int, searched_from: int) -> int:
    """Veto ``r``, join it to the mentions ``found`` or add it; where the scan goes on."""
    if r.kind == "skip":
        return r.end
    if r.chinese and in_word(t, r) or in_name(t, r):
        return numeral_end
    if r.start and t[r.start - 1] in lexicon.INDEX_FAMILY_LAST and in_index_name(t, r):
        return r.end  # 标准普尔500, 罗素2000指数
    if r.bare and is_label(t, r):
        return r.end
    if found and found[-1].end > r.start:
        # time prefixes (上午) may reach back into a previous mention; keep the first
        return max(r.end, searched_from + 1)
    if r.kind in lexicon.SLOGAN_KINDS and in_slogan(t, r):
        return r.end
    if join(t, found, r):
        return found[-1].end
    found.append(r)
    return r.end


def _across_lines(offsets: Cleaned, start: int, length: int) -> bool:
    """Whether a line break was taken out of the compact span ``[start, start + length)``,
    or just before it."""
    a, b = offsets.span(start, start + length)
    return "\n" in offsets.source[offsets.to_source(start - 1):b] if start > 0 else "\n" in offsets.source[a:b]


def _records(t: str, found: list[Mention], *, source: str, offsets: Cleaned | None,
             cleanup: Cleaned | None) -> list[Number]:
    """The mentions as records in ``source``: through the compaction's ``offsets``, then
    through the ``cleanup``; weak bare numbers that no later unit reached are dropped."""
    out = []
    for r in found:
        if r.weak:
            continue
        if r.kind == "date" and r.approx is None and t.startswith("左右", r.end):
            r.end, r.approx = r.end + 2, "about"  # 2001年左右, 2001年至2002年左右
        s, e = offsets.span(r.start, r.end) if offsets is not None else (r.start, r.end)
        obj = r.object
        if obj is not None and offsets is not None and _across_lines(offsets, r.end, len(obj)):
            obj = None  # 增二成五\n本报北京: what follows a line break is no object
        if cleanup is not None:
            s, e = cleanup.span(s, e)
        out.append(Number(source[s:e], r.kind, r.value, s, e, r.value_max, r.unit, r.approx, r.direction, obj))
    return out
