"""kmytext keywords and kmytext freq."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kmytext.cli.common import (
    BomOpt, ByOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt, app,
    by_unit, documents, emit, guard,
)


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
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file",
) -> None:
    """The words a text or corpus is about, by tf-idf.

    Example: kmytext keywords corpus/ --top 20
    """
    from kmytext.keywords import count, rank, read_stopwords
    from kmytext.keywords import stopwords as bundled

    if method not in ("tfidf", "freq"):
        raise typer.BadParameter("use tfidf or freq", param_hint="--method")
    with guard():
        stop = bundled() | read_stopwords(stopwords) if stopwords else None
        docs = by_unit(documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict), by, raw=raw)
        if by == "article":  # a ranking per article, each under its id
            rows = ({"doc": d.id, **k.as_dict()} for d in docs
                    for k in rank(count([d.text], clean=not raw), top=top, method=method, stop=stop,  # type: ignore[arg-type]
                                  pos=_pos_set(pos)))
            emit(rows, ["doc", "keyword", "score", "count", "pos"], fmt=fmt, output=output, bom=bom,
                 inputs=files)
            return
        counts = count((d.text for d in docs), clean=not raw)
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
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file",
) -> None:
    """Word frequencies with POS, per-10,000 rate and document frequency.

    Example: kmytext freq corpus/ --top 50 -o freq.csv
    """
    from kmytext.keywords import count, frequencies

    with guard():
        docs = by_unit(documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict), by, raw=raw)
        counts = count((d.text for d in docs), clean=not raw)
        rows = [f.as_dict() for f in frequencies(counts, min_count=min_count, pos=_pos_set(pos))]
        if top:
            rows = rows[:top]
        totals = {"word": "total", "count": counts.total, "per_10k": 10000.0, "docs": counts.n_docs}
        emit(rows, ["word", "pos", "count", "per_10k", "docs"], fmt=fmt, output=output, bom=bom,
              inputs=files, bars="count", totals=totals)
