"""kmytext quotes."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, ByOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt,
    SampleOpt, SimplifiedOpt, StrictOpt, choices,
)
from kmytext.cli.run import corpus, emit


@app.command()
def quotes(
    ctx: typer.Context,
    files: Files = None,
    kinds: Annotated[Optional[list[str]], typer.Option("--kind", "-k", metavar="<list>", help="Only direct or indirect quotes.",
                                                 show_default=False)] = None,
    speakers: Annotated[Optional[list[str]], typer.Option("--speaker-type", "-s", metavar="<list>", help="Only these speakers: person, org, "
                                                    "role, none (not said).", show_default=False)] = None,
    engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
    simplified: SimplifiedOpt = False,
) -> None:
    """Who said what: direct quotes and reported speech, with speaker, cue, offsets, article and date.

    Example: kmytext quotes papers/ --by article --speaker-type person -o quotes.csv
    """
    wanted = choices(kinds, ("direct", "indirect"), "--kind")
    who = choices(speakers, ("person", "org", "role", "none"), "--speaker-type")
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw, jobs=jobs,
                by=by, engine=engine, dicts=user_dicts, simplified=simplified) as run:
        found = run.quotes(kinds=wanted)
        if who is not None:
            found = (q for q in found if (q.speaker_type or "none") in who)
        emit("quotes", found, fmt=fmt, output=output, bom=bom, inputs=files)
