"""kmytext articles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kmytext.cli.common import (
    BomOpt,
    EncodingOpt,
    ErrorsOpt,
    Files,
    FormatOpt,
    OutputOpt,
    RawOpt,
    SampleOpt,
    StrictOpt,
    app,
    documents,
    emit,
    guard,
)

ARTICLE_COLUMNS = ["doc", "n", "title", "subtitle", "kicker", "date", "credits", "start", "end", "length",
                   "first_sentence"]


@app.command()
def articles(
    files: Files = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """The articles of newspaper pages: title, credits with roles, dateline date, offsets.

    Example: kmytext articles seeds/karamay_2025_community_briefs.txt
    """
    from kmytext.text.articles import articles as split

    with guard():
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)

        def rows() -> Iterator[dict[str, Any]]:
            for doc in docs:
                for n, a in enumerate(split(doc.text, clean=not raw), 1):
                    yield {"doc": doc.id, "n": n, "title": a.title, "subtitle": a.subtitle,
                           "kicker": a.kicker, "date": a.date,
                           "credits": "; ".join(f"{c.name} ({c.role})" for c in a.credits),
                           "start": a.start, "end": a.end, "length": a.length,
                           "first_sentence": a.first_sentence}

        emit(rows(), ARTICLE_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files)
