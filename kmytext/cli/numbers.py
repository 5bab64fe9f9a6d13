"""kmytext numbers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Optional

import typer

from kmytext.cli.common import (
    BomOpt, ByOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt, app,
    by_unit, documents, emit, guard,
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
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file",
) -> None:
    """Amounts, percentages, dates, times, durations, quantities and ordinals, normalised.

    Example: kmytext numbers page.txt --kind money,percent -o numbers.csv
    """
    from kmytext.numbers import numbers as find
    from kmytext.spans import LineIndex, context

    wanted = {k.strip() for k in kinds.split(",")} if kinds else None
    with guard():
        docs = by_unit(documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict), by, raw=raw)

        def rows() -> Iterator[dict[str, Any]]:
            for doc in docs:
                index = LineIndex(doc.text)
                for n in find(doc.text, clean=not raw, base_date=getattr(doc, "base_date", None)):
                    if wanted is None or n.kind in wanted:
                        yield {**n.as_dict(), "doc": doc.id, "line": index.line(n.start),
                               "context": context(doc.text, n.start, n.end)}

        emit(rows(), NUMBER_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files)
