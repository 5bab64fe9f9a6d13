"""kmytext keywords and kmytext freq."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from kmytext.cli.common import (
    BomOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt, app,
    documents, emit, guard, work,
)


if TYPE_CHECKING:
    from kmytext.keywords import Counts
    from kmytext.types import Document


def _count(docs: Iterable[Document], *, raw: bool, jobs: int | None) -> Counts:
    """Counts of the documents, counted on ``jobs`` processes and merged here; the pieces of a
    large file count as one document for document frequencies."""
    from functools import partial

    from kmytext.keywords import Counts

    total = Counts(Counter(), Counter())
    current: Counts | None = None
    current_id = None
    for doc, piece in work(partial(_count_one, clean=not raw), docs, jobs=jobs):
        if current is not None and doc.id == current_id and doc.offset > 0:
            current.words.update(piece.words)
            current.docs |= piece.docs  # a word counts once per document
            current.total += piece.total
            continue
        if current is not None:
            total.merge(current)
        current, current_id = piece, doc.id
    if current is not None:
        total.merge(current)
    return total


def _count_one(text: str, *, clean: bool) -> Counts:
    from kmytext.keywords import count

    return count([text], clean=clean)


def _pos_set(pos: str | None) -> frozenset[str] | None:
    return frozenset(p.strip() for p in pos.split(",")) if pos else None


@app.command()
def keywords(
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="How many keywords.", min=1)] = 20,
    method: Annotated[str, typer.Option("--method", help="tfidf (jieba's IDF) or freq.")] = "tfidf",
    pos: Annotated[Optional[str], typer.Option("--pos", help="Only these POS tags, e.g. n,nr,ns.",
                                               show_default=False)] = None,
    stopwords: Annotated[Optional[Path], typer.Option("--stopwords", help="Extra stopwords, one per line.",
                                                      show_default=False)] = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, jobs: JobsOpt = None,
) -> None:
    """The words a text or corpus is about, by tf-idf.

    Example: kmytext keywords corpus/ --top 20
    """
    from kmytext.keywords import rank, read_stopwords
    from kmytext.keywords import stopwords as bundled

    if method not in ("tfidf", "freq"):
        raise typer.BadParameter("use tfidf or freq", param_hint="--method")
    with guard():
        stop = bundled() | read_stopwords(stopwords) if stopwords else None
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        counts = _count(docs, raw=raw, jobs=jobs)
        ranked = rank(counts, top=top, method=method, stop=stop, pos=_pos_set(pos))  # type: ignore[arg-type]
        emit((k.as_dict() for k in ranked), ["keyword", "score", "count", "pos"], fmt=fmt, output=output,
              bom=bom, inputs=files, bars="score")


@app.command()
def freq(
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Only the most frequent N words (0: all).", min=0)] = 0,
    min_count: Annotated[int, typer.Option("--min-count", help="Only words seen this often.")] = 1,
    pos: Annotated[Optional[str], typer.Option("--pos", help="Only these POS tags, e.g. n,v.",
                                               show_default=False)] = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, jobs: JobsOpt = None,
) -> None:
    """Word frequencies with POS, per-10,000 rate and document frequency.

    Example: kmytext freq corpus/ --top 50 -o freq.csv
    """
    from kmytext.keywords import frequencies

    with guard():
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        counts = _count(docs, raw=raw, jobs=jobs)
        rows = [f.as_dict() for f in frequencies(counts, min_count=min_count, pos=_pos_set(pos))]
        if top:
            rows = rows[:top]
        totals = {"word": "total", "count": counts.total, "per_10k": 10000.0, "docs": counts.n_docs}
        emit(rows, ["word", "pos", "count", "per_10k", "docs"], fmt=fmt, output=output, bom=bom,
              inputs=files, bars="count", totals=totals)
