"""kmytext posts."""

from __future__ import annotations

from typing import Annotated

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, ByOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt,
    SampleOpt, SimplifiedOpt, StrictOpt,
)
from kmytext.cli.run import corpus, emit


@app.command()
def posts(
    ctx: typer.Context,
    files: Files = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="One row per mention, with offsets and context, "
                                           "instead of one per post.")] = False,
    min_count: Annotated[int, typer.Option("--min-count", help="Only posts mentioned this often.", min=1)] = 1,
    top: Annotated[int, typer.Option("--top", "-n", help="Only the N most mentioned posts (0: all).", min=0)] = 0,
    engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, by: ByOpt = "file",
    jobs: JobsOpt = None,
) -> None:
    """Who holds which post: person, position and organisation (国务院总理李强), counted over the input.

    Example: kmytext posts papers/ --top 20; kmytext posts page.txt --mentions
    """
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw, jobs=jobs,
                by=by, engine=engine, dicts=user_dicts, simplified=simplified) as run:
        if mentions:
            emit("post_mentions", run.posts(top=top, min_count=min_count), fmt=fmt, output=output, bom=bom,
                 inputs=files)
        else:
            found = run.post_counts(min_count=min_count)
            emit("posts", found[:top] if top else found, fmt=fmt, output=output, bom=bom, inputs=files)
