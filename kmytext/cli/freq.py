"""kmytext freq."""

from __future__ import annotations

from typing import Annotated

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, ByOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, KeepStopOpt, OutputOpt,
    PosOpt, PresegOpt, RawOpt, SampleOpt, SimplifiedOpt, StopOpt, StrictOpt, pos_set, stop_set,
)
from kmytext.cli.run import corpus, emit


@app.command()
def freq(
    ctx: typer.Context,
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Only the most frequent N rows (0: all).", min=0)] = 0,
    min_count: Annotated[int, typer.Option("--min-count", help="Only words seen this often.", min=1)] = 1,
    ngram: Annotated[int, typer.Option("--ngram", help="Count word n-grams of this length (1: words).",
                                       min=1, max=8)] = 1,
    pos: PosOpt = None, stopwords: StopOpt = None, keep_stopwords: KeepStopOpt = False,
    presegmented: PresegOpt = False, engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
) -> None:
    """Word (or word n-gram) frequencies with POS, rate per 10,000 words and document frequency;
    function words (的, 在, 和) are left out unless --keep-stopwords.

    Example: kmytext freq corpus/ --top 50 --ngram 2 -o freq.csv
    """
    from kmytext.stats.freq import frequencies
    from kmytext.stats.lexicon import function_words

    stop = stop_set(stopwords, keep=keep_stopwords, bundled=function_words)
    tags = pos_set(pos, user_dicts)  # a usage error before any file is read
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs, by=by,
                presegmented=presegmented, engine=engine, dicts=user_dicts) as run:
        counts = run.counts(terms=False, ngram=ngram)
        rows = frequencies(counts, min_count=min_count, pos=tags, ngram=ngram, stop=stop, simplified=simplified)
        # The total counts every word, stopwords too: the base of per_10k, the same with or without them.
        label = "total" if stop == frozenset() else "total, stopwords too"
        totals = {"word": label, "count": counts.total, "per_10k": 10000.0, "docs": counts.n_docs}
        emit("freq", rows[:top] if top else rows, fmt=fmt, output=output, bom=bom, inputs=files, totals=totals)
