"""kmytext timeline."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt,
    SimplifiedOpt, StrictOpt, choices, one_of,
)
from kmytext.cli.run import corpus, emit


@app.command()
def timeline(
    ctx: typer.Context,
    files: Files = None,
    terms: Annotated[Optional[list[str]], typer.Option("--term", help="A word to count, as kwic finds it "
                                                       "(repeatable).", show_default=False)] = None,
    names: Annotated[Optional[list[str]], typer.Option("--entity", help="An entity to count, by name, or by an "
                                                       "alias the text defines (repeatable).", show_default=False)] = None,
    types: Annotated[Optional[list[str]], typer.Option("--type", "-t", metavar="<list>", help="The --top most mentioned entities of each of these "
                                                 "types, e.g. PER,ORG [default: PER,LOC,ORG when nothing else is "
                                                 "asked].", show_default=False)] = None,
    kinds: Annotated[Optional[list[str]], typer.Option("--kind", "-k", metavar="<list>", help="Numbers of these kinds, e.g. money,percent "
                                                 "(money: also the sum in 元).", show_default=False)] = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Entities of each --type kept (0: all).", min=0)] = 10,
    period: Annotated[str, typer.Option("--by", help="Period: day, month or year.")] = "month",
    unit: Annotated[str, typer.Option("--unit", help="Unit of analysis: file, or article (each article of a page "
                                      "dated by its own dateline).")] = "file",
    year: Annotated[Optional[int], typer.Option("--year", help="The year of datelines that print none (3月26日).",
                                                min=1000, max=9999, show_default=False)] = None,
    date_from_name: Annotated[bool, typer.Option("--date-from-name", help="Date a file by the date in its path "
                                                 "(2021-03-05, 20210305), before its dateline.")] = False,
    engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False, sample: SampleOpt = False,
    strict: StrictOpt = False, simplified: SimplifiedOpt = False, jobs: JobsOpt = None,
) -> None:
    """Counts of words, entities or kinds of numbers by article date: per day, month or year.

    Example: kmytext timeline papers/ --by month --term 氢能 --entity 李强 --kind money
    """
    from kmytext.ner.pipeline import ENTITY_TYPES
    from kmytext.numex import KINDS
    from kmytext.stats.timeline import PERIODS

    one_of(period, PERIODS, "--by")
    one_of(unit, ("file", "article"), "--unit")
    if any(not t.strip() for t in terms or ()) or any(not n.strip() for n in names or ()):
        raise typer.BadParameter("give a word or a name", param_hint="--term/--entity")
    wanted = choices(types, ENTITY_TYPES, "--type", upper=True) or ()
    numbers = choices(kinds, KINDS, "--kind") or ()
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs, by=unit, engine=engine, dicts=user_dicts) as run:
        rows = run.timeline(terms=terms or (), entities=names or (), types=wanted,
                            kinds=numbers, by=period, top=top, year=year,  # type: ignore[arg-type]
                            date_from_name=date_from_name)
        emit("timeline", rows, fmt=fmt, output=output, bom=bom, inputs=files)
