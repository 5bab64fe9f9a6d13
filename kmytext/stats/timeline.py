"""Counts by date: how often terms, entities and kinds of numbers occur in the units of each
day, month or year (``kmytext timeline``, :meth:`kmytext.Corpus.timeline`, and the timeline of
``kmytext report``).

A unit (a file, or with ``by="article"`` an article of a page) has one date, :func:`unit_date`:

1. with ``date_from_name``, a date in its path (``2021-03-05``, ``2021_03_05``, ``20210305``,
   ``2021/03/05``; the last one in the path);
2. else its ``base_date``: by article, the dateline date of the article when it prints the year
   (:class:`kmytext.Corpus` sets it);
3. else the first dateline found in it, as :func:`kmytext.articles` reads datelines (in page
   order): ISO 8601, or ``--MM-DD`` when no year is printed;
4. else none.

A date without a year takes ``year`` when one is given; units still without a full date are
left out, and :class:`Timeline` counts them (``undated``, ``no_year``) for a notice.

What is counted in a unit (:func:`count_items`): a term's occurrences as whole tokens, as
``kwic`` and ``freq`` count them (``氢能`` is not found inside ``氢能源``; ``氢能 产业`` is the two
words in a row); an entity's mentions (an alias counts for the full name it stands for, and a
name asked for that is an alias in a unit counts that full name's mentions there); the numbers
of a kind, and for money the sum of the amounts in 元 (other currencies are counted,
not added). Each unit is counted on its own (in a worker process); :class:`Timeline` adds the
units up by period.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import regex

from kmytext.errors import ArgumentError
from kmytext.stats.mentions import key
from kmytext.text.document import Document, as_documents
from kmytext.types import Entity, Number, TimelineCount

Period = Literal["day", "month", "year"]
PERIODS: tuple[Period, ...] = ("day", "month", "year")
Item = tuple[str, str]  # (item, kind)
DEFAULT_TYPES = frozenset({"PER", "LOC", "ORG"})

# A date in a path: 2021-03-05, 2021_03_05, 2021.03.05, 2021/03/05 or 20210305, not inside a longer number.
_NAME_DATE = regex.compile(r"(?<!\d)((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class Query:
    """What a timeline counts: ``terms`` (words, or words in a row separated by spaces),
    ``entities`` (names), every entity of ``types`` (of which the ``top`` most mentioned of each
    type are kept), ``kinds`` of numbers. Nothing asked: the people, places and organisations."""

    terms: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    types: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not (self.terms or self.entities or self.types or self.kinds):
            object.__setattr__(self, "types", DEFAULT_TYPES)

    @property
    def needs_entities(self) -> bool:
        return bool(self.entities or self.types)


@dataclass
class Tally:
    """What one unit adds to a timeline: its id, its date (ISO 8601, ``--MM-DD`` or None), the
    count of each item and, for money, the sum in 元; ``forms``: the source forms of entity
    names in a document in traditional script."""

    doc: str
    date: str | None
    counts: Counter[Item] = field(default_factory=Counter)
    sums: dict[Item, float | int] = field(default_factory=dict)
    forms: Counter[tuple[str, str]] = field(default_factory=Counter)

    def extend(self, other: Tally) -> None:
        """Another piece of the same file: its counts added, the first date found kept."""
        self.date = self.date or other.date
        self.counts.update(other.counts)
        for k, v in other.sums.items():
            self.sums[k] = self.sums.get(k, 0) + v
        self.forms.update(other.forms)


def name_date(path: str) -> str | None:
    """The date in a file path (the last one), ISO 8601; None if there is none.

    >>> name_date("renmin/2021/03/05/a.txt"), name_date("renmin_20210305_3.txt#2"), name_date("a_2021.txt")
    ('2021-03-05', '2021-03-05', None)
    """
    for m in reversed(list(_NAME_DATE.finditer(path.rsplit("#", 1)[0]))):
        try:
            return datetime.date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
    return None


def unit_date(doc: Document, *, date_from_name: bool = False) -> str | None:
    """A unit's date (see the module's documentation): ISO 8601, ``--MM-DD`` without a year,
    or None.

    >>> unit_date(Document("a.txt", "标题\\n\\n本报北京2021年3月5日电（记者 王明） 会议召开。"))
    '2021-03-05'
    >>> unit_date(Document("20210306.txt", "标题\\n\\n3月5日，会议召开。")), unit_date(Document("b.txt", "会议召开。"))
    ('--03-05', None)
    >>> unit_date(Document("20210306.txt", "标题\\n\\n3月5日，会议召开。"), date_from_name=True)
    '2021-03-06'
    """
    from kmytext.text.articles import articles

    if date_from_name:
        found = name_date(doc.id)
        if found:
            return found
    if doc.base_date is not None:
        return doc.base_date.isoformat()
    return next((a.date for a in articles(doc) if a.date), None)


def period(date: str | None, by: Period, *, year: int | None = None) -> str | None:
    """The period of a date: the day, ``YYYY-MM`` or ``YYYY``; a date without a year takes
    ``year``, else it has none.

    >>> period("2025-03-26", "month"), period("--03-26", "day", year=2025), period("--03-26", "year")
    ('2025-03', '2025-03-26', None)
    """
    if not date:
        return None
    if date.startswith("--"):
        if year is None:
            return None
        try:
            date = datetime.date(year, int(date[2:4]), int(date[5:7])).isoformat()
        except ValueError:  # 29 February of a year that has none
            return None
    return date if by == "day" else date[:7] if by == "month" else date[:4]


def count_items(doc_id: str, date: str | None, query: Query, *, mentions: Iterable[Entity] = (),
                numbers: Iterable[Number] = (), terms: Iterable[tuple[str, int]] = ()) -> Tally:
    """A unit's :class:`Tally` from what was found in it: its entity mentions, its numbers, and
    ``(term, occurrences)`` of the query's terms.

    >>> from kmytext import entities
    >>> t = count_items("a", "2025-03-26", Query(entities=("王刚",)), mentions=entities("王刚和王刚"))
    >>> t.counts
    Counter({('王刚', 'PER'): 2})
    """
    from kmytext.text.normalize import to_simplified

    tally = Tally(doc_id, date)
    counts = tally.counts
    for term, found in terms:
        if found:
            counts[(term, "term")] += found
    if query.needs_entities:
        wanted: dict[str, list[str]] = defaultdict(list)  # name as found -> the names asked for
        for name in query.entities:
            for form in {name, to_simplified(name).text}:
                wanted[form].append(name)
        mentions = list(mentions)
        # a name asked for counts the entity it names: an alias (人行) the full name it stands for
        # in this unit (中国人民银行, 以下简称人行), with all of that name's mentions
        asked: dict[tuple[str, str], set[str]] = defaultdict(set)
        if wanted:
            for e in mentions:
                k = key(e)
                asked[k].update(wanted.get(k[0], ()), wanted.get(e.name, ()))
        for e in mentions:
            name, kind = k = key(e)
            items = {(a, kind) for a in asked.get(k, ())}
            if kind in query.types:
                items.add((name, kind))
            counts.update(items)
    for n in numbers:
        if n.kind in query.kinds:
            item = (n.kind, n.kind)
            counts[item] += 1
            if n.kind == "money" and n.unit == "元" and isinstance(n.value, (int, float)):
                tally.sums[item] = tally.sums.get(item, 0) + n.value
            elif n.kind == "money":
                tally.sums.setdefault(item, 0)
    return tally


def tally_batch(docs: Sequence[Document], *, query: Query, date_from_name: bool = False) -> list[Tally]:
    """The :class:`Tally` of each unit of a batch (a worker's task): the entity model runs over
    the batch in one pass, numbers and terms unit by unit."""
    from kmytext.stats.concordance import occurrences
    from kmytext.text.script import is_traditional_document, mention_forms

    found: list[list[Entity]] = [[] for _ in docs]
    if query.needs_entities:
        from kmytext.ner.pipeline import entities_many

        found = entities_many(list(docs), simplified=True)
    out = []
    for doc, mentions in zip(docs, found, strict=True):
        numbers: list[Number] = []
        if query.kinds:
            from kmytext.numex import numbers_of

            numbers = numbers_of(doc)
        terms = [(t, len(occurrences(doc, t))) for t in query.terms]
        tally = count_items(doc.id, unit_date(doc, date_from_name=date_from_name), query, mentions=mentions,
                            numbers=numbers, terms=terms)
        if mentions and is_traditional_document(doc):
            tally.forms = mention_forms(mentions)
        out.append(tally)
    return out


class Timeline:
    """Tallies added up by period (``by``), one a unit (a file's pieces joined first); the
    ``top`` most mentioned entities of each of the query's types (over the dated units) are
    kept, the items asked for by name always. ``year`` dates the datelines that print none."""

    def __init__(self, query: Query, *, by: Period = "month", top: int = 10, year: int | None = None,
                 date_from_name: bool = False) -> None:
        if by not in PERIODS:
            raise ArgumentError(f"by must be day, month or year, not {by!r}")
        self.query, self.by, self.top, self.year = query, by, top, year
        self.date_from_name = date_from_name  # the dates came from file names too (for the notice)
        self.units = self.undated = self.no_year = self.no_day = 0
        self.forms: Counter[tuple[str, str]] = Counter()
        self._counts: Counter[tuple[str, Item]] = Counter()
        self._units: Counter[tuple[str, Item]] = Counter()
        self._sums: dict[tuple[str, Item], float | int] = {}

    def add(self, t: Tally) -> None:
        """One unit's tally (a large file's pieces joined: :func:`kmytext.run.corpus.whole_units`)."""
        self.units += 1
        self.forms.update(t.forms)
        when = period(t.date, self.by, year=self.year)
        if when is None:
            if not t.date:
                self.undated += 1
            elif self.year is None:
                self.no_year += 1
            else:  # 29 February of the year given, which has none
                self.no_day += 1
            return
        for item, n in t.counts.items():
            self._counts[(when, item)] += n
            self._units[(when, item)] += 1
        for item, v in t.sums.items():
            self._sums[(when, item)] = self._sums.get((when, item), 0) + v

    def rows(self) -> list[TimelineCount]:
        """The rows, by period, then most counted first."""
        ranked: Counter[Item] = Counter()
        for (_, item), n in self._counts.items():
            ranked[item] += n
        named = {(name, kind) for name, kind in ranked if kind != "term" and name in self.query.entities}
        keep = set(named)
        for kind in self.query.types:
            of_kind = sorted((item for item in ranked if item[1] == kind and item not in named),
                             key=lambda item: (-ranked[item], item[0]))
            keep.update(of_kind[:self.top] if self.top else of_kind)
        rows = [TimelineCount(when, name, kind, n, self._units[(when, (name, kind))],
                              _money(self._sums.get((when, (name, kind)))))
                for (when, (name, kind)), n in self._counts.items()
                if kind == "term" or kind in self.query.kinds or (name, kind) in keep]
        rows.sort(key=lambda r: (r.period, -r.count, r.kind, r.item))
        return rows

    def notice(self) -> str | None:
        """What was left out, in words (None: nothing)."""
        if not (self.undated or self.no_year or self.no_day):
            return None
        parts = []
        if self.undated:
            parts.append(f"{self.undated} without a dateline date"
                         + (" or a date in the file name" if self.date_from_name else ""))
        if self.no_year:
            parts.append(f"{self.no_year} with a dateline that prints no year (give --year)")
        if self.no_day:
            parts.append(f"{self.no_day} with a dateline day that {self.year} has not (29 February)")
        return (f"timeline: {self.undated + self.no_year + self.no_day} of {self.units} units left out: "
                + " and ".join(parts))


def _money(value: float | int | None) -> float | int | None:
    """A sum of money to the fen (amounts in 万 and 亿 with decimals add up to float noise)."""
    if value is None or isinstance(value, int):
        return value
    return int(value) if value.is_integer() else round(value, 2)


def timeline(docs: str | Document | Iterable[str | Document], *, terms: Iterable[str] = (),
             entities: Iterable[str] = (), types: Iterable[str] = (), kinds: Iterable[str] = (),
             by: Period = "month", top: int = 10, year: int | None = None, date_from_name: bool = False,
             clean: bool = True, jobs: int = 1, simplified: bool = False) -> list[TimelineCount]:
    """Counts by period of the units' dates (documents, or texts: ids ``1``, ``2``, …): of
    ``terms`` (whole tokens), ``entities`` (names), the ``top`` most mentioned entities of each
    of ``types``, and ``kinds`` of numbers (money: also the sum in 元); nothing asked, the
    ``top`` people, places and organisations, their names in the texts' script unless
    ``simplified``. See the module's documentation for the date of a unit.

    >>> pages = ["标题\\n\\n本报北京2021年3月5日电 发展氢能产业，投资10亿元。",
    ...          "标题\\n\\n本报上海2021年3月9日电 氢能汽车。", "标题\\n\\n本报2021年4月1日电 氢能。"]
    >>> [(r.period, r.item, r.count, r.articles) for r in timeline(pages, terms=["氢能"])]
    [('2021-03', '氢能', 2, 2), ('2021-04', '氢能', 1, 1)]
    >>> [(r.period, r.kind, r.count, r.sum) for r in timeline(pages, kinds=["money"], by="year")]
    [('2021', 'money', 1, 1000000000)]
    """
    from kmytext.run.corpus import Corpus

    return Corpus(as_documents(docs, clean=clean), clean=clean, jobs=jobs, simplified=simplified).timeline(
        terms=terms, entities=entities, types=types, kinds=kinds, by=by, top=top, year=year,
        date_from_name=date_from_name)


__all__ = ["PERIODS", "Period", "Query", "Tally", "Timeline", "count_items", "name_date", "period", "tally_batch",
           "timeline", "unit_date"]
