"""Every output table, defined once: its name, its columns in order, and how a record
becomes a row.

The command line (every format), ``kmytext report`` (the xlsx sheets, the CSV folder) and
:func:`kmytext.to_frame` all write a table through :data:`TABLES`, so the same table has the
same columns everywhere. A new output table is one more :class:`Table` here.

>>> TABLES["freq"].columns
('word', 'pos', 'count', 'per_10k', 'docs')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Literal

from kmytext.errors import ArgumentTypeError
from kmytext.types import (
    Article, Collocate, Credit, DocKeyword, Entity, EntityCount, Frequency, Keyness, Keyword, KwicLine, NetworkEdge,
    NetworkNode, Number, OutletReuse, Post, PostCount, Quote, Records, ReprintCopy, ReprintPassage, TimelineCount, Token,
)


@dataclass(frozen=True)
class Table:
    """One output table. ``columns`` name the columns in order; ``get`` says how a column
    is read from the record where it is not the field of that name; ``terminal`` lists the
    columns of a terminal table in order of importance (default: ``columns``): it shows as
    many as fit the width (:data:`SHOW`); ``bars`` is a numeric column drawn as a bar on a
    terminal; ``text`` formats a column in CSV and TSV (where a JSON or xlsx cell keeps the
    number)."""

    name: str
    record: type
    columns: tuple[str, ...]
    get: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    terminal: tuple[str, ...] | None = None
    bars: str | None = None
    text: dict[str, Callable[[Any], str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        getters = [self.get.get(c) or attrgetter(c) for c in self.columns]
        object.__setattr__(self, "_getters", tuple(zip(self.columns, getters)))

    def row(self, record: Any) -> dict[str, Any]:
        """The record as a row: column name -> value."""
        return {c: get(record) for c, get in self._getters}  # type: ignore[attr-defined]

    def rows(self, records: Iterable[Any]) -> Iterator[dict[str, Any]]:
        return map(self.row, records)


def _credits(a: Article) -> str:
    return "; ".join(f"{c.name} ({c.role})" for c in a.credits)


def _p(value: float) -> str:
    # CSV rounds floats to 6 decimals, which would print every small p-value as 0.
    return f"{value:.4g}"


TABLES: dict[str, Table] = {t.name: t for t in (
    Table("tokens", Token, ("doc", "line", "start", "end", "token", "pos"), get={"token": attrgetter("word")}),
    Table("entities", EntityCount, ("entity", "type", "count", "documents", "aliases"), bars="count"),
    Table("mentions", Entity, ("doc", "line", "start", "end", "entity", "type", "name", "role", "context"),
          get={"entity": attrgetter("text"), "name": lambda e: e.canonical or e.name},
          terminal=("entity", "type", "role", "line", "context", "doc", "name", "start", "end")),
    Table("numbers", Number, ("text", "kind", "value", "value_max", "unit", "approx", "direction", "object", "doc",
                              "line", "start", "end", "context"),
          terminal=("text", "kind", "value", "unit", "direction", "object", "value_max", "approx", "line", "doc",
                    "context", "start", "end")),
    Table("articles", Article, ("doc", "n", "title", "subtitle", "kicker", "date", "place", "credits", "start",
                                "end", "length", "first_sentence"), get={"credits": _credits},
          terminal=("n", "title", "date", "place", "first_sentence", "credits", "doc", "length", "subtitle",
                    "kicker", "start", "end")),
    Table("credits", Credit, ("doc", "name", "role", "start", "end")),  # kmytext.credits(), the articles' bylines
    Table("keywords", Keyword, ("keyword", "score", "count", "pos"), bars="score"),
    Table("doc_keywords", DocKeyword, ("doc", "keyword", "score", "count", "pos"), bars="score"),
    Table("freq", Frequency, ("word", "pos", "count", "per_10k", "docs"), bars="count"),
    Table("keyness", Keyness, ("word", "count", "ref_count", "per_10k", "ref_per_10k", "g2", "log_ratio", "p"),
          bars="g2", text={"p": _p}),
    Table("kwic", KwicLine, ("left", "keyword", "right", "doc", "line", "start", "end"),
          terminal=("left", "keyword", "right", "line", "doc", "start", "end")),
    Table("collocates", Collocate, ("word", "count", "freq", "mi", "g2"), bars="g2"),
    Table("timeline", TimelineCount, ("period", "item", "kind", "count", "articles", "sum"), bars="count"),
    Table("network", NetworkEdge, ("source", "target", "weight", "documents", "source_type", "target_type"),
          bars="weight"),
    Table("network_nodes", NetworkNode, ("entity", "type", "mentions", "documents"), bars="mentions"),
    Table("reprints", ReprintCopy, ("cluster", "role", "doc", "outlet", "date", "length", "shared", "containment",
                                    "source", "aligned_with", "source_by", "start", "end"),
          terminal=("cluster", "role", "doc", "outlet", "date", "containment", "aligned_with", "length", "shared",
                    "source", "source_by", "start", "end")),
    Table("reprint_passages", ReprintPassage, ("cluster", "doc", "start", "end", "other", "other_start",
                                               "other_end", "length", "matched", "preview"),
          terminal=("cluster", "doc", "preview", "start", "end", "other", "other_start", "other_end", "length",
                    "matched")),
    Table("quotes", Quote, ("doc", "article", "date", "line", "kind", "speaker", "speaker_type", "cue", "quote", "start",
                            "end", "speaker_text", "speaker_start", "speaker_end", "cue_start", "cue_end"),
          get={"quote": attrgetter("text")},
          terminal=("speaker", "cue", "quote", "kind", "speaker_type", "date", "line", "doc", "article", "speaker_text",
                    "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end")),
    Table("posts", PostCount, ("person", "position", "org", "count", "documents", "first_date", "last_date", "former"),
          bars="count"),
    Table("post_mentions", Post, ("doc", "article", "date", "line", "person", "position", "org", "name", "former",
                                  "phrase", "start", "end", "person_start", "person_end", "context"),
          # former as the posts table counts it (0 or 1 for a mention: their sum is its column),
          # where True/False was written, a word the posts table's count does not sum
          get={"phrase": attrgetter("text"), "former": lambda p: int(p.former)},
          terminal=("person", "position", "org", "former", "date", "line", "phrase", "context", "doc", "article",
                    "name", "start", "end", "person_start", "person_end")),
    Table("reprint_outlets", OutletReuse, ("outlet", "articles", "reprinted_from_others", "reprinted_by_others",
                                           "from_rate", "by_rate"), bars="from_rate"),
)}

_BY_RECORD = {t.record: t for t in TABLES.values()}


# -- column widths: one place for the terminal and the workbook ---------------------------

Fit = Literal["fixed", "fold", "cut", "tail"]


@dataclass(frozen=True)
class Show:
    """How a column is shown in a terminal table: ``fixed`` cells (numbers, short categories)
    are never split; ``fold`` cells (names) wrap onto more lines when space is short; ``cut``
    cells (long text) stay on one line, cut with an ellipsis; ``tail`` likewise but keep the
    end (paths, the left context of a concordance). ``width``: at most so many cells."""

    fit: Fit
    width: int


SHOW: dict[str, Show] = {
    # long text: one line each, cut to fit
    "context": Show("cut", 40), "first_sentence": Show("cut", 40), "title": Show("cut", 36),
    "subtitle": Show("cut", 24), "kicker": Show("cut", 16), "credits": Show("cut", 32),
    "aliases": Show("cut", 24), "right": Show("cut", 30), "left": Show("tail", 30), "doc": Show("tail", 28),
    # names: whole, on more lines if need be
    "entity": Show("fold", 30), "name": Show("fold", 30), "item": Show("fold", 24),
    "source": Show("fold", 24), "target": Show("fold", 24), "keyword": Show("fold", 24), "word": Show("fold", 24),
    "token": Show("fold", 16), "object": Show("fold", 16), "other": Show("fold", 30),
    "quote": Show("cut", 50), "phrase": Show("cut", 30), "speaker": Show("fold", 20), "speaker_text": Show("fold", 16),
    "person": Show("fold", 16), "position": Show("fold", 12), "org": Show("fold", 24), "article": Show("tail", 28),
}
FIXED = Show("fixed", 24)  # every other column: numbers, kinds, types, units, tags, dates
FLEX_MIN = 8  # cells a fold, cut or tail column keeps however narrow the terminal
XLSX_MAX = 60  # a workbook column is fitted to its content, up to this many characters


def show(column: str) -> Show:
    """How ``column`` is shown on a terminal.

    >>> show("context").fit, show("value").fit
    ('cut', 'fixed')
    """
    return SHOW.get(column, FIXED)


def display_width(value: object) -> int:
    """Cells ``value`` takes on a terminal or in a spreadsheet column: a Chinese character
    takes two.

    >>> display_width("克拉玛依 2025")
    13
    """
    from rich.cells import cell_len

    return cell_len(str(value))


def as_tables(found: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Tables by name (what ``report()`` returns) as :class:`~kmytext.types.Records` of each
    table's record, so that an empty one still has its table's columns."""
    return {name: Records(rows, TABLES[name].record) for name, rows in found.items()}


def table_of(record: Any) -> Table:
    """The table a record is a row of.

    >>> table_of(Keyword("氢能", 1.0, 3)).name
    'keywords'
    """
    return table_for(type(record))


def table_for(kind: type) -> Table:
    """The table whose rows are records of class ``kind``."""
    table = _BY_RECORD.get(kind)
    if table is None:
        raise ArgumentTypeError(f"no kmytext table holds {kind.__name__} records")
    return table


__all__ = ["SHOW", "TABLES", "Show", "Table", "as_tables", "display_width", "show", "table_for", "table_of"]
