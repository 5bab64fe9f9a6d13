"""kmytext entities."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Optional

import typer

from kmytext.cli.common import (
    BomOpt, ByOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt,
    app, by_unit, documents, emit, guard, work,
)

ENTITY_COLUMNS = ["entity", "type", "count", "documents", "aliases"]
MENTION_COLUMNS = ["doc", "line", "start", "end", "entity", "type", "name", "role", "context"]


@app.command()
def entities(
    files: Files = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="One row per mention instead of per entity.")] = False,
    types: Annotated[Optional[str], typer.Option("--type", "-t", help="Only these types, e.g. PER,ORG.",
                                                 show_default=False)] = None,
    min_count: Annotated[int, typer.Option("--min-count", help="Only entities seen this often.", min=1)] = 1,
    top: Annotated[int, typer.Option("--top", "-n", help="Only the N most frequent entities (0: all).", min=0)] = 0,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
) -> None:
    """People (PER), places (LOC), organisations (ORG) and titles (WORK).

    Example: kmytext entities page.txt --type PER,ORG --mentions
    """
    from functools import partial

    from kmytext.ner.pipeline import ENTITY_TYPES, entities_many, summarize
    from kmytext.text.spans import LineIndex, context
    from kmytext.types import Document, Entity

    wanted = {t.strip().upper() for t in types.split(",")} if types else set(ENTITY_TYPES)
    if not wanted <= set(ENTITY_TYPES):
        raise typer.BadParameter(f"types are {', '.join(ENTITY_TYPES)}", param_hint="--type")
    with guard():
        docs = by_unit(documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict), by, raw=raw)

        def found() -> Iterator[tuple[Document, Entity]]:
            for doc, ents in work(partial(entities_many, clean=not raw), docs, jobs=jobs, batched=True):
                yield from ((doc, e) for e in ents if e.type in wanted)

        def rows() -> Iterator[dict[str, Any]]:
            index: LineIndex | None = None
            last: Document | None = None
            for doc, e in found():
                if doc is not last:
                    index, last = LineIndex(doc.text), doc
                yield {"doc": doc.id, "line": doc.line - 1 + index.line(e.start),  # type: ignore[union-attr]
                       "start": doc.offset + e.start, "end": doc.offset + e.end,
                       "entity": e.text, "type": e.type, "name": e.canonical or e.name,
                       "role": e.role, "context": context(doc.text, e.start, e.end)}

        if mentions:
            emit(rows(), MENTION_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files,
                 table_columns=["entity", "type", "role", "line", "context", "doc"])
        else:
            rows_ = [r for r in summarize((d.id, e) for d, e in found()) if r["count"] >= min_count]
            rows_ = rows_[:top] if top else rows_
            emit(rows_, ENTITY_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files, bars="count")
