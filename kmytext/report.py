"""Every table of a corpus in one pass, as a workbook (xlsx) or a folder of CSV files.

Each document is read, cleaned and segmented once; the counters for keywords, freq and
keyness come from that one segmentation, and entities and numbers run on the same clean text
(their offsets are mapped back to the source, and to the file for the pieces of a large
one). Documents go out in batches over ``jobs`` processes (:func:`analyse`), and the
results come back in input order, so every ``jobs`` gives the same tables.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from kmytext.errors import OutputError
from kmytext.keywords import Counts, PieceTotal, count, merge_batch
from kmytext.normalize import Cleaned
from kmytext.normalize import clean as _clean
from kmytext.normalize import identity
from kmytext.spans import LineIndex, context
from kmytext.types import Document, Entity


@dataclass
class Table:
    """One sheet: column names and rows (dicts)."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class DocResult:
    """What one document (or a piece of a large file) adds to a report: rows per table and
    entity mentions, offsets in its file, and its counters (``None`` where they went into
    another document's, see :func:`analyse`)."""

    doc: str
    continues: bool  # a later piece of the file before it
    rows: dict[str, list[dict[str, Any]]]
    mentions: list[Entity]
    counts: Counts | None


def _article_rows(doc: Document, cleaned: Cleaned) -> list[dict[str, Any]]:
    from kmytext.articles import articles

    rows = []
    for a in articles(cleaned.text, clean=False):  # the text is clean already; map offsets back
        start, end = cleaned.span(a.start, a.end)
        credits = ";".join(f"{c.role}:{c.name}" for c in a.credits)
        rows.append({"doc": doc.id, "title": a.title, "subtitle": a.subtitle, "date": a.date,
                     "credits": credits, "start": doc.offset + start, "end": doc.offset + end,
                     "first_sentence": a.first_sentence})
    return rows


def _number_rows(doc: Document, cleaned: Cleaned) -> list[dict[str, Any]]:
    from kmytext.numex import numbers

    index = LineIndex(doc.text)
    rows = []
    for n in numbers(cleaned.text, clean=False):
        n = cleaned.remap(n)
        rows.append({**n.as_dict(), "doc": doc.id, "line": doc.line - 1 + index.line(n.start),
                     "start": doc.offset + n.start, "end": doc.offset + n.end,
                     "context": context(doc.text, n.start, n.end)})
    return rows


def analyse(docs: list[Document], *, clean: bool = True) -> list[DocResult]:
    """The per-document part of a report for a batch of documents, each cleaned and segmented
    once; the entity model runs over the whole batch in one pass. A function for
    ``pmap(..., batched=True)``: counters of whole documents come back merged into one
    (see :func:`kmytext.keywords.merge_batch`)."""
    from kmytext.entities import entities_many

    cleaned = [_clean(d.text) if clean else identity(d.text) for d in docs]
    found = entities_many([c.text for c in cleaned], clean=False)
    counts = merge_batch(docs, [count([c.text], clean=False) for c in cleaned])  # as keywords and freq count
    return [
        DocResult(doc.id, doc.offset > 0, {"articles": _article_rows(doc, c), "numbers": _number_rows(doc, c)},
                  [c.remap(e) for e in names], n)
        for doc, c, names, n in zip(docs, cleaned, found, counts, strict=True)
    ]


COLUMNS = {
    "articles": ["doc", "title", "subtitle", "date", "credits", "start", "end", "first_sentence"],
    "entities": ["entity", "type", "count", "documents", "aliases"],
    "numbers": ["doc", "line", "text", "kind", "value", "value_max", "unit", "approx", "object", "start",
                "end", "context"],
    "keywords": ["keyword", "score", "count", "pos"],
    "keyness": ["word", "count", "ref_count", "per_10k", "ref_per_10k", "g2", "log_ratio", "p"],
    "freq": ["word", "pos", "count", "per_10k", "docs"],
}
TABLES = tuple(COLUMNS)


class Builder:
    """Collects :class:`DocResult` in input order (a file's pieces as one document) and
    builds the tables."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {"articles": [], "numbers": []}
        self.mentions: list[tuple[str, Entity]] = []
        self.counts = PieceTotal()

    def add(self, result: DocResult) -> None:
        for name, rows in result.rows.items():
            self.rows[name] += rows
        self.mentions += [(result.doc, e) for e in result.mentions]
        self.counts.add(result.doc, result.continues, result.counts)

    def tables(self, *, top: int = 100) -> dict[str, Table]:
        from kmytext.entities import summarize
        from kmytext.keyness import compare, frequency_list, reference
        from kmytext.keywords import frequencies, rank

        counts = self.counts.total()
        built = {
            **self.rows,
            "entities": summarize(self.mentions),
            "keywords": [k.as_dict() for k in rank(counts, top=top)],
            "keyness": [k.as_dict() for k in compare(frequency_list(counts), reference(), min_count=3)[:top]],
            "freq": [f.as_dict() for f in frequencies(counts)],
        }
        return {name: Table(COLUMNS[name], built[name]) for name in TABLES}


def report(docs: Iterable[Document], *, top: int = 100, clean: bool = True, jobs: int = 1) -> dict[str, Table]:
    """All tables of a corpus, in ``TABLES`` order, over ``jobs`` processes.

    >>> sorted(report([Document("a", "克拉玛依举办氢能大会，投资633亿元。")]))
    ['articles', 'entities', 'freq', 'keyness', 'keywords', 'numbers']
    """
    from kmytext.parallel import pmap

    build = Builder()
    for result in pmap(partial(analyse, clean=clean), docs, jobs=jobs, batched=True):
        build.add(result)
    return build.tables(top=top)


def write_report(tables: dict[str, Table], path: Path) -> list[Path]:
    """An ``.xlsx`` workbook with a sheet per table, or else a folder with one CSV (UTF-8 with
    BOM, for Excel) per table. Files are written atomically. Returns the files written."""
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(tables, path)
        return [path]
    if path.suffix and not path.is_dir():
        raise OutputError(f"{path}: give a .xlsx file or a folder name for one CSV per table")
    from kmytext.output import Format, open_output, write_rows

    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create the folder ({exc.strerror})") from None
    written = []
    for name, t in tables.items():
        target = path / f"{name}.csv"
        with open_output(target) as out:
            write_rows(t.rows, t.columns, Format.csv, out, bom=True)
        written.append(target)
    return written


def _write_xlsx(tables: dict[str, Table], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    # The temporary file first: a write-only workbook abandoned half-built prints
    # "Exception ignored" tracebacks when it is collected.
    target = path.resolve()
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror}); check the folder exists") from None
    os.close(fd)
    try:
        wb = Workbook(write_only=True)
        for name, t in tables.items():
            ws = wb.create_sheet(name)
            ws.freeze_panes = "A2"
            header = []
            for c in t.columns:
                cell = WriteOnlyCell(ws, value=c)
                cell.font = Font(bold=True)
                header.append(cell)
            ws.append(header)
            for r in t.rows:
                ws.append([_xlsx_value(r.get(c)) for c in t.columns])
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _xlsx_value(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return ";".join(map(str, v))
    if isinstance(v, float) and v != v:  # NaN
        return None
    return v


__all__: Sequence[str] = ["TABLES", "Builder", "DocResult", "Table", "analyse", "report", "write_report"]
