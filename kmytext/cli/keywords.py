"""kmytext keywords."""

from __future__ import annotations

from typing import Annotated

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, KeepStopOpt, OutputOpt, PosOpt, PresegOpt,
    RawOpt, SampleOpt, SimplifiedOpt, StopOpt, StrictOpt, one_of, pos_set, stop_set,
)
from kmytext.cli.run import corpus, emit


@app.command()
def keywords(
    ctx: typer.Context,
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="How many keywords (per document with --by doc).",
                                     min=1)] = 20,
    method: Annotated[str, typer.Option("--method", help="tfidf, textrank or freq.")] = "tfidf",
    idf: Annotated[str, typer.Option("--idf", help="IDF for tfidf: jieba (its table) or corpus (the "
                                     "documents given).")] = "jieba",
    by: Annotated[str, typer.Option("--by", help="corpus (one list; also 'file'), doc (a list per file) or "
                                    "article (a list per article of a page, id FILE#N).")] = "corpus",
    pos: PosOpt = None, stopwords: StopOpt = None, keep_stopwords: KeepStopOpt = False, presegmented: PresegOpt = False,
    engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, jobs: JobsOpt = None,
) -> None:
    """The words and multi-word terms a text or corpus is about (tf-idf, TextRank or frequency).

    Example: kmytext keywords corpus/ --top 20 --by doc
    """
    one_of(method, ("tfidf", "textrank", "freq"), "--method")
    one_of(idf, ("jieba", "corpus"), "--idf")
    one_of(by, ("corpus", "file", "doc", "article"), "--by")
    options = dict(top=top, method=method, idf=idf, pos=pos_set(pos, user_dicts))
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs,
                by="article" if by == "article" else "file", presegmented=presegmented, engine=engine,
                dicts=user_dicts) as run:
        stop = stop_set(stopwords, keep=keep_stopwords)
        if by in ("doc", "article"):  # a list for each unit
            emit("doc_keywords", run.keywords_each(stop=stop, **options), fmt=fmt, output=output,  # type: ignore[arg-type]
                 bom=bom, inputs=files)
        else:
            emit("keywords", run.keywords(stop=stop, **options), fmt=fmt, output=output, bom=bom,  # type: ignore[arg-type]
                 inputs=files)
