"""kmytext network."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kmytext.cli.app import app, note
from kmytext.cli.options import (
    BomOpt, ByOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, GraphOutputOpt, JobsOpt, RawOpt,
    SampleOpt, SimplifiedOpt, StrictOpt, choices, one_of,
)
from kmytext.cli.run import corpus, emit

TABLES = {"edges": "network", "nodes": "network_nodes"}


@app.command()
def network(
    ctx: typer.Context,
    files: Files = None,
    within: Annotated[str, typer.Option("--within", help="Linked when named in one sentence, or in one "
                                        "article.")] = "sentence",
    types: Annotated[Optional[list[str]], typer.Option("--type", "-t", metavar="<list>", help="Entity types, e.g. PER,ORG,LOC "
                                                 "[default: PER,ORG].", show_default=False)] = None,
    min_weight: Annotated[int, typer.Option("--min-weight", help="Only links found in this many sentences (or "
                                            "articles).", min=1)] = 1,
    top: Annotated[int, typer.Option("--top", "-n", help="Only links between the N most mentioned entities (0: "
                                     "all).", min=0)] = 0,
    table: Annotated[str, typer.Option("--table", help="edges (one row per link) or nodes (one row per "
                                       "entity linked); a .gexf file holds both.")] = "edges",
    engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: GraphOutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False, sample: SampleOpt = False,
    strict: StrictOpt = False, simplified: SimplifiedOpt = False, by: ByOpt = "file", jobs: JobsOpt = None,
) -> None:
    """Who appears with whom: a co-occurrence network of people and organisations, as CSV or GEXF.

    Example: kmytext network papers/ --within article --min-weight 2 -o network.gexf
    """
    from kmytext.ner.pipeline import ENTITY_TYPES
    from kmytext.stats.network import WITHIN

    one_of(within, WITHIN, "--within")
    one_of(table, tuple(TABLES), "--table")
    wanted = choices(types, ENTITY_TYPES, "--type", upper=True) or ("PER", "ORG")
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs, by=by, engine=engine, dicts=user_dicts) as run:
        found = run.network(within=within, types=wanted, min_weight=min_weight, top=top)  # type: ignore[arg-type]
        gexf = output is not None and output.suffix.lower() == ".gexf"
        if gexf:
            found.write_gexf(output)  # type: ignore[arg-type]
        else:
            emit(TABLES[table], found.tables()[TABLES[table]], fmt=fmt, output=output, bom=bom, inputs=files)
    if gexf:  # only now: a run with inputs that failed has said itself what became of the file
        note(f"wrote {output}: {len(found.nodes)} nodes, {len(found.edges)} edges")
