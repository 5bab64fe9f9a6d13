"""kmytext keywords and kmytext freq."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from kmytext.cli.common import (
    BomOpt, ByOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt,
    app, by_unit, documents, emit, guard, work,
)

# Shared by every corpus-tools command (defined here rather than in cli/common.py so the
# other commands are untouched).
PresegOpt = Annotated[
    bool, typer.Option("--presegmented", help="Input is already segmented: words separated by spaces.")
]
PosOpt = Annotated[Optional[str], typer.Option("--pos", help="Only these POS tags, e.g. n,nr,ns.",
                                               show_default=False)]
StopOpt = Annotated[Optional[Path], typer.Option("--stopwords", help="Extra stopwords, one per line.",
                                                 show_default=False)]


def pos_set(pos: str | None) -> frozenset[str] | None:
    return frozenset(p.strip() for p in pos.split(",") if p.strip()) if pos else None


def stop_set(path: Path | None) -> frozenset[str] | None:
    from kmytext.stats.keywords import read_stopwords
    from kmytext.stats.keywords import stopwords as bundled

    return bundled() | read_stopwords(path) if path else None


if TYPE_CHECKING:
    from kmytext.stats.keywords import Counts
    from kmytext.types import Document


def count_docs(docs: Iterable[Document], *, raw: bool, jobs: int | None, **options: Any) -> Counts:
    """Counts of the documents, counted on ``jobs`` processes and merged here in order; the
    pieces of a large file count as one document for document frequencies. ``options`` go
    to ``kmytext.stats.keywords.count`` (presegmented, terms, ngram, window)."""
    from functools import partial

    from kmytext.stats.keywords import PieceTotal

    total = PieceTotal()
    for doc, counts in work(partial(_count_batch, clean=not raw, **options), docs, jobs=jobs, whole=True,
                            batched=True):
        total.add(doc.id, doc.offset > 0, counts)
    return total.total()


def _count_batch(docs: list[Document], **options: Any) -> list[Counts | None]:
    """Counts of a batch of documents as a worker sends them back
    (:func:`kmytext.stats.keywords.merge_batch`)."""
    from kmytext.stats.keywords import count, merge_batch

    return merge_batch(docs, [count([d.text], **options) for d in docs])


@app.command()
def keywords(
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="How many keywords (per document with --by doc).",
                                     min=1)] = 20,
    method: Annotated[str, typer.Option("--method", help="tfidf, textrank or freq.")] = "tfidf",
    idf: Annotated[str, typer.Option("--idf", help="IDF for tfidf: jieba (its table) or corpus (the "
                                     "documents given).")] = "jieba",
    by: Annotated[str, typer.Option("--by", help="corpus (one list; also 'file'), doc (a list per file) or "
                                    "article (a list per article of a page, id FILE#N).")] = "corpus",
    pos: PosOpt = None, stopwords: StopOpt = None, presegmented: PresegOpt = False,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, jobs: JobsOpt = None,
) -> None:
    """The words and multi-word terms a text or corpus is about (tf-idf, TextRank or frequency).

    Example: kmytext keywords corpus/ --top 20 --by doc
    """
    from kmytext.stats.keywords import keywords_by_doc, rank

    if method not in ("tfidf", "textrank", "freq"):
        raise typer.BadParameter("use tfidf, textrank or freq", param_hint="--method")
    if idf not in ("jieba", "corpus"):
        raise typer.BadParameter("use jieba or corpus", param_hint="--idf")
    if by not in ("corpus", "file", "doc", "article"):
        raise typer.BadParameter("use corpus, doc or article", param_hint="--by")
    with guard():
        stop = stop_set(stopwords)
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        if by == "article":
            docs = by_unit(docs, "article", raw=raw)
        if by in ("doc", "article"):
            # Whatever units come in (files, or articles) get a list each.
            rows = keywords_by_doc(docs, top=top, method=method, stop=stop, pos=pos_set(pos),  # type: ignore[arg-type]
                                   idf=idf, clean=not raw, presegmented=presegmented)  # type: ignore[arg-type]
            emit((k.as_dict() for k in rows), ["doc", "keyword", "score", "count", "pos"], fmt=fmt,
                  output=output, bom=bom, inputs=files, bars="score")
            return
        counts = count_docs(docs, raw=raw, jobs=jobs, presegmented=presegmented,
                            window=5 if method == "textrank" else 0)
        ranked = rank(counts, top=top, method=method, stop=stop, pos=pos_set(pos), idf=idf)  # type: ignore[arg-type]
        emit((k.as_dict() for k in ranked), ["keyword", "score", "count", "pos"], fmt=fmt, output=output,
              bom=bom, inputs=files, bars="score")


@app.command()
def freq(
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Only the most frequent N rows (0: all).", min=0)] = 0,
    min_count: Annotated[int, typer.Option("--min-count", help="Only words seen this often.", min=1)] = 1,
    ngram: Annotated[int, typer.Option("--ngram", help="Count word n-grams of this length (1: words).",
                                       min=1, max=8)] = 1,
    pos: PosOpt = None, presegmented: PresegOpt = False,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
) -> None:
    """Word (or word n-gram) frequencies with POS, rate per 10,000 words and document frequency.

    Example: kmytext freq corpus/ --top 50 --ngram 2 -o freq.csv
    """
    from kmytext.stats.keywords import frequencies

    with guard():
        docs = by_unit(documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict), by, raw=raw)
        counts = count_docs(docs, raw=raw, jobs=jobs, presegmented=presegmented, terms=False, ngram=ngram)
        rows = [f.as_dict() for f in frequencies(counts, min_count=min_count, pos=pos_set(pos), ngram=ngram)]
        if top:
            rows = rows[:top]
        totals = {"word": "total", "count": counts.total, "per_10k": 10000.0, "docs": counts.n_docs}
        emit(rows, ["word", "pos", "count", "per_10k", "docs"], fmt=fmt, output=output, bom=bom,
              inputs=files, bars="count", totals=totals)
