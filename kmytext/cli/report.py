"""kmytext report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kmytext.cli.common import EncodingOpt, ErrorsOpt, Files, RawOpt, SampleOpt, StrictOpt, app, documents, guard, note


@app.command()
def report(
    output: Annotated[Path, typer.Option("--output", "-o", help="out.xlsx (a sheet per table) or a folder "
                                         "(one CSV per table, with BOM for Excel).", show_default=False)],
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Rows in the keywords and keyness tables.", min=1)] = 100,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """Every table (articles, entities, numbers, keywords, keyness, freq) in one pass, for spreadsheets.

    Example: kmytext report corpus/ -o corpus.xlsx
    """
    from kmytext.report import report as build
    from kmytext.report import write_report

    with guard():
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        tables = build(docs, top=top, clean=not raw)
        for path in write_report(tables, output):
            note(f"wrote {path}")
        note("tables: " + ", ".join(f"{name} ({len(t.rows)} rows)" for name, t in tables.items()))
