"""kmytext entities."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, ByOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, NamesOpt, OutputOpt,
    RawOpt, SampleOpt, SimplifiedOpt, StrictOpt, choices,
)
from kmytext.cli.run import corpus, emit


@app.command()
def entities(
    ctx: typer.Context,
    files: Files = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="One row per mention instead of per entity.")] = False,
    types: Annotated[Optional[list[str]], typer.Option("--type", "-t", metavar="<list>", help="Only these types, e.g. PER,ORG.",
                                                 show_default=False)] = None,
    min_count: Annotated[int, typer.Option("--min-count", help="Only entities seen this often.", min=1)] = 1,
    top: Annotated[int, typer.Option("--top", "-n", help="Only the N most frequent entities (0: all).", min=0)] = 0,
    engine: EngineOpt = "auto", user_dicts: DictOpt = None, names: NamesOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
) -> None:
    """People (PER), places (LOC), organisations (ORG) and titles (WORK).

    Example: kmytext entities page.txt --type PER,ORG --mentions
    """
    from kmytext.ner.pipeline import ENTITY_TYPES

    wanted = choices(types, ENTITY_TYPES, "--type", upper=True)
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs, by=by,
                engine=engine, dicts=user_dicts, names=names) as run:
        if mentions:
            emit("mentions", run.mentions(types=wanted, top=top, min_count=min_count), fmt=fmt, output=output,
                 bom=bom, inputs=files)
        else:
            found = run.entities(types=wanted, min_count=min_count)
            emit("entities", found[:top] if top else found, fmt=fmt, output=output, bom=bom, inputs=files)
