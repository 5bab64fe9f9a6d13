"""kmytext report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kmytext.cli.app import app, note
from kmytext.cli.options import (
    DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, JobsOpt, NamesOpt, RawOpt, SampleOpt, SimplifiedOpt, StrictOpt,
)
from kmytext.cli.run import corpus


def _check_report_output(value: Path) -> Path:
    """A workbook whose folder exists, or a folder that is not a file (made if need be, in a
    folder that exists, as a file is): checked before the run, not after it."""
    from kmytext.errors import OutputError
    from kmytext.io.write import check_output

    try:
        if str(value) == "-":  # -o - is standard output for the other commands: no folder named -
            raise OutputError("-: report writes several tables, not to standard output; give a .xlsx or .html "
                              "file, or a folder name for one CSV per table")
        if value.suffix.lower() in (".xlsx", ".html", ".htm"):
            if value.is_dir():  # check_output's advice, a file in it such as out.csv, is no report
                raise OutputError(f"{value}: is a folder; give a .xlsx or .html file name, or a folder name "
                                  "without an extension for one CSV per table")
            check_output(value)
        elif value.exists() and not value.is_dir():
            raise OutputError(f"{value}: is a file; give a .xlsx or .html file, or a folder name for one CSV "
                              "per table")
        elif value.suffix and not value.exists():
            raise OutputError(f"{value}: give a .xlsx or .html file, or a folder name for one CSV per table")
        elif not value.exists():  # a new folder, in one that is there: a typo made a tree of folders
            check_output(value)
    except OutputError as exc:
        note(f"Error: {exc}")
        raise typer.Exit(1) from None
    except OSError as exc:  # a name too long, a path through a file: pathlib's stat() raised it here
        note(f"Error: {value}: {exc.strerror or exc}; write somewhere else")
        raise typer.Exit(1) from None
    return value


@app.command()
def report(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="out.xlsx (a sheet per table, with charts), "
                                         "out.html (one page of charts that works offline) or a folder (one "
                                         "CSV per table, with BOM for Excel).", show_default=False,
                                         callback=_check_report_output)],
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Rows in the keywords and keyness tables.", min=1)] = 100,
    year: Annotated[Optional[int], typer.Option("--year", help="The year of datelines that print none (3月26日), "
                                                "for the timeline.", min=1000, max=9999, show_default=False)] = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, jobs: JobsOpt = None,
    names: NamesOpt = None, engine: EngineOpt = "auto", user_dicts: DictOpt = None,
) -> None:
    """Every table (articles, entities, numbers, keywords, keyness, freq, timeline, network) in one
    pass: a workbook, a page of charts or CSV files.

    Example: kmytext report corpus/ -o report.html
    """
    from kmytext.export.workbook import write_report

    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs, names=names, engine=engine, dicts=user_dicts) as run:
        tables = run.report(top=top, year=year)
        written = write_report(tables, output)
    # Only now: a run with inputs that failed has said itself what became of its files.
    for path in written:
        note(f"wrote {path}")
    note("tables: " + ", ".join(f"{name} ({len(rows)} rows)" for name, rows in tables.items()))
