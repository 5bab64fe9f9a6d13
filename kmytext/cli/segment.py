"""kmytext segment."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import typer

from kmytext.cli.common import (
    BomOpt, DictOpt, EncodingOpt, ErrorsOpt, Files, FormatOpt, JobsOpt, OutputOpt, RawOpt, SampleOpt,
    StrictOpt, app, documents, emit, guard, work,
)
from kmytext.io.write import Format


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
    sample: SampleOpt = False, strict: StrictOpt = False, jobs: JobsOpt = None,
) -> None:
    """Split text into words, one input line per output line.

    Example: kmytext segment page.txt --pos | head
    """
    from functools import partial

    from kmytext.text.segment import Segmenter, segment_text
    from kmytext.text.segment import segment as tokenize
    from kmytext.text.spans import LineIndex

    if mode not in ("precise", "search", "full"):
        raise typer.BadParameter("use precise, search or full", param_hint="--mode")
    if engine not in ("auto", "rjieba", "jieba"):
        raise typer.BadParameter("use auto, rjieba or jieba", param_hint="--engine")
    if pos and mode != "precise":
        raise typer.BadParameter("POS tags come with --mode precise only", param_hint="--pos")
    with guard():
        seg = Segmenter(engine=engine, hmm=hmm, dicts=user_dicts or ())  # type: ignore[arg-type]
        docs = documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)

        def tokens() -> Iterator[dict[str, Any]]:
            find = partial(tokenize, pos=pos, mode=mode, clean=not raw, segmenter=seg)  # type: ignore[arg-type]
            for doc, found in work(find, docs, jobs=jobs):
                index, at, line = LineIndex(doc.text), doc.offset, doc.line - 1
                for t in found:
                    yield {"doc": doc.id, "line": line + index.line(t.start), "start": at + t.start,
                           "end": at + t.end, "token": t.word, "pos": t.pos}

        from kmytext.io.write import choose_format, open_output

        chosen = choose_format(fmt, output, tty=Format.text, pipe=Format.text)
        if chosen == Format.text:
            # The hot path: one string per document or piece, written as it comes, in order.
            job = partial(segment_text, pos=pos, mode=mode, clean=not raw, segmenter=seg)  # type: ignore[arg-type]
            with open_output(output, inputs=files or ()) as out:
                for _, block in work(job, docs, jobs=jobs):  # type: ignore[arg-type]
                    out.write(block)
        else:
            emit(tokens(), ["doc", "line", "start", "end", "token", "pos"], fmt=chosen, output=output,
                  bom=bom, inputs=files, tty=Format.text)
