"""kmytext collocates."""

from __future__ import annotations

from typing import Annotated

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, KeepStopOpt, OutputOpt, PresegOpt, RawOpt,
    SampleOpt, SimplifiedOpt, StopOpt, StrictOpt, one_of, stop_set,
)
from kmytext.cli.run import corpus, emit


@app.command()
def collocates(
    ctx: typer.Context,
    word: Annotated[str, typer.Argument(help="The node word.")],
    files: Files = None,
    window: Annotated[int, typer.Option("--window", "-w", help="Tokens either side.", min=1)] = 5,
    min_count: Annotated[int, typer.Option("--min-count", help="Only collocates seen this often.", min=1)] = 2,
    sort: Annotated[str, typer.Option("--sort", help="g2 (log-likelihood), mi or count.")] = "g2",
    top: Annotated[int, typer.Option("--top", "-n", help="Rows to show (0: all).", min=0)] = 30,
    stopwords: StopOpt = None, keep_stopwords: KeepStopOpt = False, presegmented: PresegOpt = False, engine: EngineOpt = "auto",
    user_dicts: DictOpt = None, fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False,
) -> None:
    """Words that occur near a word, ranked by log-likelihood or mutual information.

    Example: kmytext collocates 氢能 corpus/ --window 5 --sort mi
    """
    from kmytext.errors import ArgumentError
    from kmytext.stats.concordance import node_word

    one_of(sort, ("g2", "mi", "count"), "--sort")
    try:  # a usage error before any file is read
        word = node_word(word)
    except ArgumentError as exc:
        raise typer.BadParameter(str(exc), param_hint="WORD") from None
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=1,
                presegmented=presegmented, engine=engine, dicts=user_dicts) as run:
        stop = stop_set(stopwords, keep=keep_stopwords)
        rows = run.collocates(word, window=window, min_count=min_count, stop=stop, by=sort)  # type: ignore[arg-type]
        emit("collocates", rows[:top] if top else rows, fmt=fmt, output=output, bom=bom, inputs=files)
