"""kmytext numbers."""

from __future__ import annotations

import datetime
from typing import Annotated, Optional

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, ByOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt,
    choices,
)
from kmytext.cli.run import corpus, emit


@app.command()
def numbers(
    ctx: typer.Context,
    files: Files = None,
    kinds: Annotated[Optional[list[str]], typer.Option("--kind", "-k", metavar="<list>", help="Only these kinds, e.g. money,percent.",
                                                 show_default=False)] = None,
    base_date: Annotated[Optional[str], typer.Option(
        "--base-date", help="Resolve relative dates (今年, 上月, 去年5月) against this ISO date.",
        show_default=False)] = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
) -> None:
    """Amounts, percentages, dates, times, durations, quantities and ordinals, normalised.

    Example: kmytext numbers page.txt --kind money,percent -o numbers.csv
    """
    from kmytext.numex import KINDS

    wanted = choices(kinds, KINDS, "--kind")
    base_date = base_date.strip() if base_date else base_date  # pasted with a space: the same date
    try:
        base = datetime.date.fromisoformat(base_date) if base_date else None
    except ValueError as exc:  # 2025-02-30 is written right but no day: say so, not how to write it
        no_day = "isoformat" not in str(exc)  # month must be in 1..12, day is out of range for month
        raise typer.BadParameter(f"{base_date}: no such day" if no_day else "give a date as YYYY-MM-DD",
                                 param_hint="--base-date") from None
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw, jobs=jobs,
                by=by) as run:
        emit("numbers", run.numbers(kinds=wanted, base_date=base), fmt=fmt, output=output, bom=bom, inputs=files)
