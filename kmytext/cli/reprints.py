"""kmytext reprints."""

from __future__ import annotations

from typing import Annotated

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, ByOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt,
    one_of,
)
from kmytext.cli.run import corpus, emit

TABLES = {"copies": "reprints", "passages": "reprint_passages", "outlets": "reprint_outlets"}


@app.command()
def reprints(
    ctx: typer.Context,
    files: Files = None,
    table: Annotated[str, typer.Option("--table", "-t", help="copies (one row per unit in a cluster), passages "
                                       "(aligned, with offsets) or outlets (reuse rates).")] = "copies",
    min_length: Annotated[int, typer.Option("--min-length", help="Letters (Chinese characters, Latin letters, "
                                            "digits) two units must share.", min=1)] = 100,
    min_containment: Annotated[float, typer.Option("--min-containment", help="Share of the shorter unit that "
                                                   "must be shared.", min=0.0, max=1.0)] = 0.2,
    outlet: Annotated[str, typer.Option("--outlet", help="Outlet of a file: folder (the first folder under the "
                                        "folder given) or name (the file name up to its first _).")] = "folder",
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
) -> None:
    """Articles and long passages reprinted across documents: clusters, earliest source, shared passages.

    Example: kmytext reprints papers/ --by article --table outlets
    """
    one_of(table, tuple(TABLES), "--table")
    one_of(outlet, ("folder", "name"), "--outlet")
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw, jobs=jobs,
                by=by) as run:
        found = run.reprints(min_length=min_length, min_containment=min_containment, outlet=outlet)  # type: ignore[arg-type]
        emit(TABLES[table], found.tables()[TABLES[table]], fmt=fmt, output=output, bom=bom, inputs=files)
