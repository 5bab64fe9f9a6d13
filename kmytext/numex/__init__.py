"""Numeric expressions in Chinese news: money, percentages, dates, times, durations,
quantities, ordinals.

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
  (``find("1234")``), or 8 in 8和15.4个百分点 (which takes the later unit), is kept.
- Ratios and scores (80∶1, 4比0, 2.5对2.5) are skipped.
- A count that names rather than counts is no number: 两位数 (a number of digits), 七国集团
  and 11国委员会 (bodies), 标准普尔500 and 罗素2000指数 (an index after its family's name),
  第一眼 and 第一时间 (fixed words, not ranks).

Values: Decimal arithmetic, returned as int when integral else float. Money in the
currency's base unit (9美分 -> 0.09 美元); percent in percent (三成 -> 30, 九折 -> 90,
‰ -> tenths; percentage points with the unit 个百分点, 半个百分点 -> 0.5); dates ISO 8601 at the precision written ('2024-11', '--03-26', '---09',
decades and ranges as value..value_max, centuries as '20', 公元前221年 -> '-0220');
times 'HH:MM'. Relative dates (今年, 去年5月, 本月9日, 今天) need ``base_date`` for a
full value and otherwise keep only what is written ('--05', '---09', None).

The package, in reading order:

- ``lexicon``: the tables (numeral characters, units, currencies, measure words, prefixes,
  date and clock words, the words that veto a numeral) and the patterns built from them;
- ``numerals``: the value of a numeral string (Arabic, Chinese, digit by digit, 两三);
- ``scan``: compaction and the loop over anchors; ``vetoes`` and ``assemble`` decide what
  a reading is in its context (a label, a word, a range, a factor, a listed month);
- ``core``: one numeral with its prefixes (约, 第, ￥, 百分之, 负) and what follows it before
  the unit (多, 万, a range); ``readers`` tries the unit readers in order:
  ``dates`` (dates, clock times, relative dates), ``amounts`` (percentages, money) and
  ``quantities`` (ordinals, durations, measures, bare numbers);
- ``mention``: the records built along the way, ``Core`` and ``Mention``.

A new form of number usually needs a table entry in ``lexicon`` and a branch in the reader
of its kind. Errors are not caught: a bug raises rather than losing a text's numbers.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from kmytext.numex.scan import numbers_in
from kmytext.text.document import Document, as_document, as_documents
from kmytext.types import Entity, Number

KINDS = ("money", "percent", "date", "time", "duration", "quantity", "ordinal", "number")

__all__ = ["KINDS", "find", "numbers", "numbers_of", "outside_names"]


def find(text: str, *, base_date: datetime.date | None = None) -> list[Number]:
    """Numeric expressions in ``text`` as written (no newspaper cleanup), sorted and
    non-overlapping, offsets into ``text``; relative dates resolved against ``base_date``.

    >>> [(n.text, n.kind, n.value, n.unit) for n in find("投资633 亿元，增长25%")]
    [('633 亿元', 'money', 63300000000, '元'), ('25%', 'percent', 25, '%')]
    """
    if not isinstance(text, str) or not text:
        return []
    return numbers_in(text, base_date=base_date)


def numbers(text: str | Document | Iterable[str | Document], *, base_date: datetime.date | None = None,
            clean: bool = True) -> list[Number]:
    """Numeric expressions in a text (or document, or list of them) after newspaper cleanup,
    offsets into the text. Relative dates count from a document's own ``base_date`` (an
    article's dateline), else from ``base_date``.

    >>> [(n.text, n.kind, n.value) for n in numbers("投资633 亿元")]
    [('633 亿元', 'money', 63300000000)]
    """
    docs = [as_document(text, clean=clean)] if isinstance(text, (str, Document)) else \
        as_documents(text, clean=clean)
    return [n for doc in docs for n in numbers_of(doc, base_date=base_date)]


def numbers_of(doc: Document, *, base_date: datetime.date | None = None,
               entities: Iterable[Entity] | None = None) -> list[Number]:
    """The numbers of one document, found in its clean text and placed in its source.
    ``entities``: the document's entity mentions, where they are at hand (a report finds
    both): a number inside a name (八局 of 中建八局, 万国 of 万国权) is left out; dates and
    times stay (2008年 of 2008年奥运会). Never runs the entity model itself."""
    out = []
    for n in find(_thousands_kept(doc), base_date=doc.base_date or base_date):
        start, end, text, line, context = doc.place(n.start, n.end)
        out.append(Number(text, n.kind, n.value, start, end, n.value_max, n.unit, n.approx, n.direction, n.object,
                          doc.id, line, context))
    return out if entities is None else outside_names(out, entities)


def _thousands_kept(doc: Document) -> str:
    """The document's clean text with the thousands commas of full-width numbers put back
    (same length): cleanup folds the digits of ４，５６５ and keeps the comma, 4，565, which
    also separates two numbers (1，234 of a list in ASCII digits stays as it is).

    >>> [(n.text, n.value) for n in numbers_of(Document("", "共４，５６５人，1，234"))]
    [('４，５６５人', 4565)]
    """
    text = doc.clean_text
    if "，" not in text:
        return text
    from kmytext.numex import lexicon

    cleaned = doc.cleaned
    wide = [m.start() for m in lexicon.FOLDED_THOUSANDS.finditer(text)
            if "０" <= cleaned.source[cleaned.to_source(m.start() - 1)] <= "９"]
    if not wide:
        return text
    chars = list(text)
    for i in wide:
        chars[i] = ","
    return "".join(chars)


def outside_names(found: list[Number], entities: Iterable[Entity]) -> list[Number]:
    """The numbers of ``found`` that no entity mention covers (dates and times always stay).

    >>> from kmytext.types import Entity
    >>> [n.text for n in outside_names(find("中建八局承建3座桥"), [Entity("中建八局", "ORG", 0, 4)])]
    ['3座']
    """
    spans = sorted((e.start, e.end) for e in entities)
    if not spans:
        return found
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the names starting so far
    out = []
    for n in found:
        i = bisect_right(starts, n.start) - 1
        if i >= 0 and reach[i] >= n.end and n.kind not in ("date", "time"):
            continue
        out.append(n)
    return out
