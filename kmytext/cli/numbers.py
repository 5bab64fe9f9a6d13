"""kmytext numbers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Optional

import typer

from kmytext.cli.common import (
    BomOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt, app,
    documents, emit, guard, work,
)


NUMBER_COLUMNS = ["text", "kind", "value", "value_max", "unit", "approx", "object",
                  "doc", "line", "start", "end", "context"]


@app.command()
def numbers(
    files: Files = None,
    kinds: Annotated[Optional[str], typer.Option("--kind", "-k", help="Only these kinds, e.g. money,percent.",
                                                 show_default=False)] = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, jobs: JobsOpt = None,
) -> None:
    """Amounts, percentages, dates, times, durations, quantities and ordinals, normalised.

    Example: kmytext numbers page.txt --kind money,percent -o numbers.csv
    """
    from functools import partial

    from kmytext.numbers import numbers as find
    from kmytext.spans import LineIndex, context

    wanted = {k.strip() for k in kinds.split(",")} if kinds else None
    with guard():
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)

        def rows() -> Iterator[dict[str, Any]]:
            for doc, found in work(partial(find, clean=not raw), docs, jobs=jobs):
                index = LineIndex(doc.text)
                for n in found:
                    if wanted is None or n.kind in wanted:
                        yield {**n.as_dict(), "doc": doc.id, "line": doc.line - 1 + index.line(n.start),
                               "start": doc.offset + n.start, "end": doc.offset + n.end,
                               "context": context(doc.text, n.start, n.end)}

        emit(rows(), NUMBER_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files)
