"""kmytext segment."""

from __future__ import annotations

from itertools import chain
from typing import Annotated

import typer

from kmytext.cli.app import app
from kmytext.cli.options import (
    BomOpt, DictOpt, EncodingOpt, EngineOpt, ErrorsOpt, Files, JobsOpt, RawOpt, SampleOpt, SimplifiedOpt, StrictOpt,
    TextFormatOpt, TextOutputOpt, one_of,
)
from kmytext.cli.run import corpus, emit, inputs_failed
from kmytext.io.write import Format


@app.command()
def segment(
    ctx: typer.Context,
    files: Files = None,
    pos: Annotated[bool, typer.Option("--pos", "-p", help="Add POS tags (word/tag).")] = False,
    mode: Annotated[str, typer.Option("--mode", "-m", help="precise, search or full.")] = "precise",
    hmm: Annotated[bool, typer.Option("--hmm/--no-hmm", help="Guess unknown words with the HMM.")] = True,
    engine: EngineOpt = "auto", user_dicts: DictOpt = None,
    fmt: TextFormatOpt = None, output: TextOutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False, simplified: SimplifiedOpt = False, jobs: JobsOpt = None,
) -> None:
    """Split text into words, one input line per output line.

    Example: kmytext segment page.txt --pos | head
    """
    from kmytext.io.write import choose_format, open_output
    from kmytext.text.segment import MODES

    one_of(mode, MODES, "--mode")
    if pos and mode != "precise":
        raise typer.BadParameter("POS tags come with --mode precise only", param_hint="--pos")
    with corpus(ctx, files, sample=sample, encoding=encoding, errors=errors, strict=strict, raw=raw,
                simplified=simplified, jobs=jobs,
                engine=engine, hmm=hmm, dicts=user_dicts) as run:
        if choose_format(fmt, output, tty=Format.text, pipe=Format.text) == Format.text:
            # The hot path: one string per document or piece, written as it comes, in order.
            blocks = iter(run.segmented(pos=pos, mode=mode))  # type: ignore[arg-type]
            first = next(blocks, None)
            if first is None and inputs_failed():
                return  # every input failed: no empty file
            with open_output(output, inputs=files or ()) as out:
                for block in chain([first] if first is not None else [], blocks):
                    out.write(block)
        else:
            emit("tokens", run.tokens(pos=pos, mode=mode), fmt=fmt, output=output, bom=bom,  # type: ignore[arg-type]
                 inputs=files, tty=Format.text)
