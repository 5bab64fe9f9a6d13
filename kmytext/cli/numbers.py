"""kmytext numbers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Optional

import typer

from kmytext.cli.common import (
    BomOpt, ByOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt,
    app, by_unit, documents, emit, guard, work,
)

NUMBER_COLUMNS = ["text", "kind", "value", "value_max", "unit", "approx", "object",
                  "doc", "line", "start", "end", "context"]


@app.command()
def numbers(
    files: Files = None,
    kinds: Annotated[Optional[str], typer.Option("--kind", "-k", help="Only these kinds, e.g. money,percent.",
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
    import datetime
    from functools import partial

    from kmytext.numex import KINDS
    from kmytext.spans import LineIndex, context

    wanted = {k.strip() for k in kinds.split(",")} if kinds else None
    if wanted and not wanted <= set(KINDS):
        raise typer.BadParameter(f"kinds are {', '.join(KINDS)}", param_hint="--kind")
    try:
        base = datetime.date.fromisoformat(base_date) if base_date else None
    except ValueError:
        raise typer.BadParameter("give a date as YYYY-MM-DD", param_hint="--base-date") from None
    with guard():
        docs = by_unit(documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict), by, raw=raw)

        def rows() -> Iterator[dict[str, Any]]:
            find = partial(_numbers_of, clean=not raw, base_date=base)
            for doc, found in work(find, docs, jobs=jobs, whole=True):
                index = LineIndex(doc.text)
                for n in found:
                    if wanted is None or n.kind in wanted:
                        # built field by field: as_dict() walks dataclasses.fields() per record
                        yield {"text": n.text, "kind": n.kind, "value": n.value, "value_max": n.value_max,
                               "unit": n.unit, "approx": n.approx, "object": n.object, "doc": doc.id,
                               "line": doc.line - 1 + index.line(n.start),
                               "start": doc.offset + n.start, "end": doc.offset + n.end,
                               "context": context(doc.text, n.start, n.end)}

        emit(rows(), NUMBER_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files,
             table_columns=["text", "kind", "value", "value_max", "unit", "approx", "object", "line", "doc"])


def _numbers_of(doc: Any, *, clean: bool, base_date: Any) -> list[Any]:
    """A document's numbers, relative dates against its own date (an article's dateline)
    or else ``base_date``; module-level so worker processes can run it."""
    from kmytext.numex import numbers

    return numbers(doc.text, clean=clean, base_date=getattr(doc, "base_date", None) or base_date)
