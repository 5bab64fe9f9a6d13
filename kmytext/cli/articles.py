"""kmytext articles."""

from __future__ import annotations

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt,
)
from kmytext.cli.run import corpus, emit


@app.command()
def articles(
    ctx: typer.Context,
    files: Files = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """The articles of newspaper pages: title, credits with roles, dateline date, offsets.

    Example: kmytext articles seeds/karamay_2025_community_briefs.txt
    """
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw, jobs=1) as run:
        emit("articles", run.articles(), fmt=fmt, output=output, bom=bom, inputs=files)
