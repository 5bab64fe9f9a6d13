"""Every table of a corpus in one pass, as a workbook (xlsx) or a folder of CSV files.

Each document is read, cleaned and segmented once; the counters for keywords, freq and
keyness come from that one segmentation, and entities and numbers run on the same clean text
(their offsets are mapped back to the source). New tables plug in through ``TABLES``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kmytext.errors import OutputError
from kmytext.keywords import Counts
from kmytext.normalize import Cleaned
from kmytext.normalize import clean as _clean
from kmytext.normalize import identity
from kmytext.segment import default_segmenter
from kmytext.spans import LineIndex, context
from kmytext.types import Document


@dataclass
class Table:
    """One sheet: column names and rows (dicts)."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Pass:
    """State of the one pass: per-document rows and corpus counters."""

    counts: Counts = field(default_factory=Counts)
    tables: dict[str, Table] = field(default_factory=dict)
    mentions: list[tuple[str, Any]] = field(default_factory=list)


# A per-document step gets (pass, document, cleaned text, tokens); a final step builds tables.
DocStep = Callable[[_Pass, Document, Cleaned, list[tuple[str, str]]], None]
_doc_steps: list[DocStep] = []
_final_steps: list[Callable[[_Pass, int], None]] = []


def _articles_step(p: _Pass, doc: Document, cleaned: Cleaned, pairs: list[tuple[str, str]]) -> None:
    try:
        import importlib

        mod = importlib.import_module("kmytext.articles")  # the articles module, when it is there
    except ImportError:
        return
    split = getattr(mod, "articles", None) or getattr(mod, "split", None)
    if split is None:
        return
    t = p.tables.setdefault("articles", Table(["doc", "title", "subtitle", "date", "credits", "start", "end",
                                                "first_sentence"]))
    for a in split(cleaned.text, clean=False):  # the text is clean already; map offsets back
        start, end = cleaned.span(a.start, a.end)
        credits = ";".join(f"{c.role}:{c.name}" for c in getattr(a, "credits", ()))
        t.rows.append({"doc": doc.id, "title": a.title, "subtitle": a.subtitle, "date": a.date,
                       "credits": credits, "start": start, "end": end, "first_sentence": a.first_sentence})


def _entities_step(p: _Pass, doc: Document, cleaned: Cleaned, pairs: list[tuple[str, str]]) -> None:
    from kmytext.entities import entities

    p.mentions.extend((doc.id, cleaned.remap(e)) for e in entities(cleaned.text, clean=False))


def _numbers_step(p: _Pass, doc: Document, cleaned: Cleaned, pairs: list[tuple[str, str]]) -> None:
    from kmytext.numbers import numbers

    t = p.tables.setdefault("numbers", Table(["doc", "line", "text", "kind", "value", "value_max", "unit",
                                               "approx", "object", "start", "end", "context"]))
    index = LineIndex(doc.text)
    for n in numbers(cleaned.text, clean=False):
        n = cleaned.remap(n)
        t.rows.append({**n.as_dict(), "doc": doc.id, "line": index.line(n.start),
                       "context": context(doc.text, n.start, n.end)})


def _count_step(p: _Pass, doc: Document, cleaned: Cleaned, pairs: list[tuple[str, str]]) -> None:
    p.counts.add(pairs)


def _final_entities(p: _Pass, top: int) -> None:
    from kmytext.entities import summarize

    p.tables["entities"] = Table(["entity", "type", "count", "documents", "aliases"], summarize(p.mentions))


def _final_keywords(p: _Pass, top: int) -> None:
    from kmytext.keywords import rank

    p.tables["keywords"] = Table(["keyword", "score", "count", "pos"],
                                 [k.as_dict() for k in rank(p.counts, top=top)])


def _final_keyness(p: _Pass, top: int) -> None:
    from kmytext.keyness import compare, frequency_list, reference

    rows = compare(frequency_list(p.counts), reference(), min_count=3)[:top]
    p.tables["keyness"] = Table(["word", "count", "ref_count", "per_10k", "ref_per_10k", "g2", "log_ratio", "p"],
                                [k.as_dict() for k in rows])


def _final_freq(p: _Pass, top: int) -> None:
    from kmytext.keywords import frequencies

    p.tables["freq"] = Table(["word", "pos", "count", "per_10k", "docs"],
                             [f.as_dict() for f in frequencies(p.counts)])


_doc_steps.extend([_articles_step, _entities_step, _numbers_step, _count_step])
_final_steps.extend([_final_entities, _final_keywords, _final_keyness, _final_freq])
TABLES = ("articles", "entities", "numbers", "keywords", "keyness", "freq")


def report(docs: Iterable[Document], *, top: int = 100, clean: bool = True) -> dict[str, Table]:
    """All tables of a corpus, in ``TABLES`` order.

    >>> sorted(report([Document("a", "克拉玛依举办氢能大会，投资633亿元。")]))
    ['articles', 'entities', 'freq', 'keyness', 'keywords', 'numbers']
    """
    p = _Pass()
    seg = default_segmenter()
    for doc in docs:
        cleaned = _clean(doc.text) if clean else identity(doc.text)
        pairs = seg.tagged(cleaned.text)
        for step in _doc_steps:
            step(p, doc, cleaned, pairs)
    for final in _final_steps:
        final(p, top)
    return {name: p.tables[name] for name in TABLES if name in p.tables}


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


__all__: Sequence[str] = ["TABLES", "Table", "report", "write_report"]
