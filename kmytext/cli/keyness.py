"""kmytext keyness."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, PresegOpt, RawOpt,
    SampleOpt, SimplifiedOpt, StrictOpt,
)
from kmytext.cli.run import corpus, emit


@app.command()
def keyness(
    ctx: typer.Context,
    files: Files = None,
    reference: Annotated[Optional[list[str]], typer.Option(
        "--reference", "-r", help="Reference corpus: files or folders, or a word<TAB>count list "
        "(.tsv/.tsv.gz) [default: the bundled national-news list]. Repeatable: the references add up.",
        show_default=False)] = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Rows to show (0: all).", min=0)] = 50,
    min_count: Annotated[int, typer.Option("--min-count", help="Only words seen this often in the target.",
                                           min=1)] = 3,
    presegmented: PresegOpt = False, engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, jobs: JobsOpt = None,
) -> None:
    """Words a corpus uses more than a reference corpus: signed log-likelihood, log ratio, p.

    Example: kmytext keyness page.txt --reference other_pages/ --top 30
    """
    from kmytext.stats.keyness import added, frequency_list, is_frequency_list, read_frequency_lists

    if reference and "-" in reference and (reference.count("-") > 1 or "-" in (files or ()) or not (files or sample)):
        # read once, by the corpus: the reference was then empty, "the reference corpus has no words"
        raise typer.BadParameter("- (standard input) can be read only once, and here it is the corpus's; give the "
                                 "reference as files or a folder, or the corpus as FILE arguments",
                                 param_hint="--reference")
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs,
                presegmented=presegmented, engine=engine, dicts=user_dicts) as run:
        lists = [r for r in reference or () if is_frequency_list(r)]
        texts = [r for r in reference or () if not is_frequency_list(r)]
        if lists and texts:  # both: one reference, the lists' counts and the texts' added
            ref = added([read_frequency_lists(lists), frequency_list(run.with_inputs(texts).counts(terms=False))])
        elif lists:
            ref = read_frequency_lists(lists)
        else:
            ref = run.with_inputs(texts) if texts else None  # type: ignore[assignment]
        rows = run.keyness(ref, min_count=min_count)
        emit("keyness", rows[:top] if top else rows, fmt=fmt, output=output, bom=bom, inputs=files)
