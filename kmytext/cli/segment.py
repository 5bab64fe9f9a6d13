"""kmytext segment."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import typer

from kmytext.cli.common import (
    BomOpt, DictOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, OutputOpt, RawOpt, SampleOpt, StrictOpt, app,
    documents, emit, guard,
)
from kmytext.output import Format


@app.command()
def segment(
    files: Files = None,
    pos: Annotated[bool, typer.Option("--pos", "-p", help="Add POS tags (word/tag).")] = False,
    mode: Annotated[str, typer.Option("--mode", "-m", help="precise, search or full.")] = "precise",
    hmm: Annotated[bool, typer.Option("--hmm/--no-hmm", help="Guess unknown words with the HMM.")] = True,
    engine: Annotated[str, typer.Option("--engine", help="auto (rjieba if installed), rjieba or jieba.")] = "auto",
    user_dicts: DictOpt = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """Split text into words, one input line per output line.

    Example: kmytext segment page.txt --pos | head
    """
    from kmytext.normalize import clean, identity
    from kmytext.segment import Segmenter, segment_lines
    from kmytext.spans import LineIndex

    if mode not in ("precise", "search", "full"):
        raise typer.BadParameter("use precise, search or full", param_hint="--mode")
    if engine not in ("auto", "rjieba", "jieba"):
        raise typer.BadParameter("use auto, rjieba or jieba", param_hint="--engine")
    if pos and mode != "precise":
        raise typer.BadParameter("POS tags come with --mode precise only", param_hint="--pos")
    with guard():
        seg = Segmenter(engine=engine, hmm=hmm, dicts=user_dicts or ())  # type: ignore[arg-type]
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        prep = identity if raw else clean

        def lines() -> Iterator[dict[str, Any]]:
            for doc in docs:
                for line in segment_lines(prep(doc.text).text, pos=pos, mode=mode, segmenter=seg):  # type: ignore[arg-type]
                    yield {"text": line}

        def tokens() -> Iterator[dict[str, Any]]:
            for doc in docs:
                cleaned = prep(doc.text)
                index = LineIndex(doc.text)
                for w, s, e, p in seg.cut(cleaned.text, mode=mode, pos=pos):  # type: ignore[arg-type]
                    s0, e0 = cleaned.span(s, e)
                    yield {"doc": doc.id, "line": index.line(s0), "start": s0, "end": e0,
                           "token": w, "pos": p}

        from kmytext.output import choose_format

        chosen = choose_format(fmt, output, tty=Format.text, pipe=Format.text)
        if chosen == Format.text:
            emit(lines(), ["text"], fmt=Format.text, output=output, bom=bom, inputs=files, tty=Format.text)
        else:
            emit(tokens(), ["doc", "line", "start", "end", "token", "pos"], fmt=chosen, output=output,
                  bom=bom, inputs=files, tty=Format.text)
