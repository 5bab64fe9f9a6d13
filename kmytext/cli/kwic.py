"""kmytext kwic."""

from __future__ import annotations

from typing import Annotated

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt, SimplifiedOpt,
    StrictOpt, one_of,
)
from kmytext.cli.run import corpus, emit


@app.command()
def kwic(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="A word, words separated by spaces, or a regex (--regex).")],
    files: Files = None,
    width: Annotated[int, typer.Option("--width", "-w", help="Characters of context each side.", min=1)] = 20,
    sort: Annotated[str, typer.Option("--sort", help="doc (text order), left or right context.")] = "doc",
    chars: Annotated[bool, typer.Option("--chars", help="Match characters, not whole tokens.")] = False,
    use_regex: Annotated[bool, typer.Option("--regex", help="The query is a regular expression.")] = False,
    engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, jobs: JobsOpt = None,
) -> None:
    """Concordance: every occurrence of a word with its left and right context.

    Example: kmytext kwic 氢能 seeds/karamay_2025_shanghai_aid_feature.txt --sort right
    """
    from kmytext.errors import ArgumentError
    from kmytext.stats.concordance import check_query

    one_of(sort, ("doc", "left", "right"), "--sort")
    try:  # a usage error before any file is read, not "a bug" in each of them
        check_query(query, regex=use_regex)
    except ArgumentError as exc:
        raise typer.BadParameter(str(exc), param_hint="QUERY") from None
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs,
                engine=engine, dicts=user_dicts) as run:
        rows = run.kwic(query, width=width, sort=sort, chars=chars, regex=use_regex)  # type: ignore[arg-type]
        emit("kwic", rows, fmt=fmt, output=output, bom=bom, inputs=files)
