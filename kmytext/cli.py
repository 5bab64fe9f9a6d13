"""The kmytext command line: Typer wiring only; the work is in the library modules."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kmytext.output import Format

app = typer.Typer(
    help="Text mining for Chinese news: segment, entities, numbers, keywords, freq.\n\n"
    "With no FILE and a terminal on stdin, a command runs on the bundled sample pages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _State:
    verbose = False
    failed = False


state = _State()

# Options every command shares, declared once.
Files = Annotated[
    Optional[list[str]],
    typer.Argument(help="Files, folders (their *.txt, recursively) or - for stdin.", show_default=False),
]
FormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format [default: table on a terminal, csv in a pipe].",
                 show_default=False),
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write to this file (format from its extension), atomically.",
                 show_default=False),
]
BomOpt = Annotated[
    Optional[bool],
    typer.Option("--bom/--no-bom", help="UTF-8 BOM on CSV/TSV [default: on for -o files and --format csv].",
                 show_default=False),
]
EncodingOpt = Annotated[
    Optional[str], typer.Option("--encoding", "-e", help="Input encoding [default: utf-8].", show_default=False)
]
ErrorsOpt = Annotated[
    str, typer.Option("--errors", help="On undecodable bytes: strict (stop) or replace.")
]
RawOpt = Annotated[bool, typer.Option("--raw", help="Skip newspaper cleanup (line joins, number spaces).")]
SampleOpt = Annotated[bool, typer.Option("--sample", help="Run on the bundled sample pages.")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Stop at the first bad input file.")]
DictOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--dict", "-d", help="User dictionary in jieba's format (repeatable).", show_default=False),
]


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    state.verbose = verbose
    if version:
        from kmytext import __version__

        typer.echo(__version__)
        raise typer.Exit()


def _note(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def _guard() -> Iterator[None]:
    """The one place errors become a message and an exit code."""
    from kmytext.errors import KmytextError

    state.failed = False
    try:
        yield
    except KmytextError as exc:
        if state.verbose:
            traceback.print_exc()
        _note(f"Error: {exc}")
        raise typer.Exit(1) from None
    except BrokenPipeError:
        # `| head` closed the pipe: end quietly, and keep Python from complaining at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        _note("Interrupted.")
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise
    except Exception as exc:  # a bug: say so in one line unless --verbose
        if state.verbose:
            traceback.print_exc()
        _note(f"Error: unexpected {type(exc).__name__}: {exc} (run with --verbose for details)")
        raise typer.Exit(1) from None
    if state.failed:
        raise typer.Exit(1)


def _documents(files: Sequence[str] | None, *, sample: bool, encoding: str | None, errors: str,
               strict: bool) -> Iterator[Any]:
    """The documents a command runs on. A bad file is reported and skipped (``--strict``
    stops); the exit code is 1 at the end."""
    from kmytext.corpus import STDIN, expand, read_document, sample_documents
    from kmytext.errors import InputError

    if errors not in ("strict", "replace"):
        raise typer.BadParameter("use strict or replace", param_hint="--errors")
    if sample or (not files and sys.stdin.isatty()):
        if not sample:
            _note("kmytext: no input given; running on the bundled sample pages (see --help).")
        yield from sample_documents()
        return
    try:
        sources = expand(files or [STDIN])
    except InputError:
        state.failed = True
        raise
    for source in sources:
        try:
            doc = read_document(source, encoding=encoding, errors=errors)
        except InputError as exc:
            if strict:
                raise
            if state.verbose:
                traceback.print_exc()
            _note(f"Error: {exc}")
            state.failed = True
            continue
        yield doc


def _emit(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], *, fmt: Format | None,
          output: Path | None, bom: bool | None, inputs: Sequence[str] | None,
          title: str | None = None, bars: str | None = None, totals: Mapping[str, Any] | None = None,
          tty: Format = Format.table) -> None:
    from kmytext.output import choose_format, open_output, wants_bom, write_rows

    chosen = choose_format(fmt, output, tty=tty, pipe=Format.csv if tty == Format.table else tty)
    if chosen == Format.text and tty != Format.text:
        raise typer.BadParameter("text output is for segment; use table, csv, tsv, json or jsonl",
                                 param_hint="--format")
    use_bom = wants_bom(chosen, bom, explicit=fmt is not None or output is not None)
    with open_output(output, inputs=inputs or ()) as out:
        write_rows(rows, columns, chosen, out, bom=use_bom, title=title, bars=bars, totals=totals)


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
    with _guard():
        seg = Segmenter(engine=engine, hmm=hmm, dicts=user_dicts or ())  # type: ignore[arg-type]
        docs = _documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
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
            _emit(lines(), ["text"], fmt=Format.text, output=output, bom=bom, inputs=files, tty=Format.text)
        else:
            _emit(tokens(), ["doc", "line", "start", "end", "token", "pos"], fmt=chosen, output=output,
                  bom=bom, inputs=files, tty=Format.text)


ENTITY_COLUMNS = ["entity", "type", "count", "documents", "aliases"]
MENTION_COLUMNS = ["doc", "line", "start", "end", "entity", "type", "name", "role", "context"]


@app.command()
def entities(
    files: Files = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="One row per mention instead of per entity.")] = False,
    types: Annotated[Optional[str], typer.Option("--type", "-t", help="Only these types, e.g. PER,ORG.",
                                                 show_default=False)] = None,
    min_count: Annotated[int, typer.Option("--min-count", help="Only entities seen this often.")] = 1,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """People (PER), places (LOC), organisations (ORG) and titles (WORK).

    Example: kmytext entities page.txt --type PER,ORG --mentions
    """
    from kmytext.entities import ENTITY_TYPES, summarize
    from kmytext.entities import entities as find
    from kmytext.spans import LineIndex, context
    from kmytext.types import Document, Entity

    wanted = {t.strip().upper() for t in types.split(",")} if types else set(ENTITY_TYPES)
    if not wanted <= set(ENTITY_TYPES):
        raise typer.BadParameter(f"types are {', '.join(ENTITY_TYPES)}", param_hint="--type")
    with _guard():
        docs = _documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)

        def found() -> Iterator[tuple[Document, Entity]]:
            for doc in docs:
                yield from ((doc, e) for e in find(doc.text, clean=not raw) if e.type in wanted)

        def rows() -> Iterator[dict[str, Any]]:
            index: LineIndex | None = None
            last: Document | None = None
            for doc, e in found():
                if doc is not last:
                    index, last = LineIndex(doc.text), doc
                yield {"doc": doc.id, "line": index.line(e.start), "start": e.start, "end": e.end,  # type: ignore[union-attr]
                       "entity": e.text, "type": e.type, "name": e.canonical or e.name,
                       "role": e.role, "context": context(doc.text, e.start, e.end)}

        if mentions:
            _emit(rows(), MENTION_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files)
        else:
            rows_ = [r for r in summarize((d.id, e) for d, e in found()) if r["count"] >= min_count]
            _emit(rows_, ENTITY_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files, bars="count")


NUMBER_COLUMNS = ["text", "kind", "value", "value_max", "unit", "approx", "object",
                  "doc", "line", "start", "end", "context"]


@app.command()
def numbers(
    files: Files = None,
    kinds: Annotated[Optional[str], typer.Option("--kind", "-k", help="Only these kinds, e.g. money,percent.",
                                                 show_default=False)] = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """Amounts, percentages, dates, times, durations, quantities and ordinals, normalised.

    Example: kmytext numbers page.txt --kind money,percent -o numbers.csv
    """
    from kmytext.numbers import numbers as find
    from kmytext.spans import LineIndex, context

    wanted = {k.strip() for k in kinds.split(",")} if kinds else None
    with _guard():
        docs = _documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)

        def rows() -> Iterator[dict[str, Any]]:
            for doc in docs:
                index = LineIndex(doc.text)
                for n in find(doc.text, clean=not raw):
                    if wanted is None or n.kind in wanted:
                        yield {**n.as_dict(), "doc": doc.id, "line": index.line(n.start),
                               "context": context(doc.text, n.start, n.end)}

        _emit(rows(), NUMBER_COLUMNS, fmt=fmt, output=output, bom=bom, inputs=files)


def _pos_set(pos: str | None) -> frozenset[str] | None:
    return frozenset(p.strip() for p in pos.split(",")) if pos else None


@app.command()
def keywords(
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="How many keywords.", min=1)] = 20,
    method: Annotated[str, typer.Option("--method", help="tfidf (jieba's IDF) or freq.")] = "tfidf",
    pos: Annotated[Optional[str], typer.Option("--pos", help="Only these POS tags, e.g. n,nr,ns.",
                                               show_default=False)] = None,
    stopwords: Annotated[Optional[Path], typer.Option("--stopwords", help="Extra stopwords, one per line.",
                                                      show_default=False)] = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """The words a text or corpus is about, by tf-idf.

    Example: kmytext keywords corpus/ --top 20
    """
    from kmytext.keywords import count, rank, read_stopwords
    from kmytext.keywords import stopwords as bundled

    if method not in ("tfidf", "freq"):
        raise typer.BadParameter("use tfidf or freq", param_hint="--method")
    with _guard():
        stop = bundled() | read_stopwords(stopwords) if stopwords else None
        docs = _documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        counts = count((d.text for d in docs), clean=not raw)
        ranked = rank(counts, top=top, method=method, stop=stop, pos=_pos_set(pos))  # type: ignore[arg-type]
        _emit((k.as_dict() for k in ranked), ["keyword", "score", "count", "pos"], fmt=fmt, output=output,
              bom=bom, inputs=files, bars="score")


@app.command()
def freq(
    files: Files = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Only the most frequent N words (0: all).", min=0)] = 0,
    min_count: Annotated[int, typer.Option("--min-count", help="Only words seen this often.")] = 1,
    pos: Annotated[Optional[str], typer.Option("--pos", help="Only these POS tags, e.g. n,v.",
                                               show_default=False)] = None,
    fmt: FormatOpt = None, output: OutputOpt = None, bom: BomOpt = None,
    encoding: EncodingOpt = None, errors: ErrorsOpt = "strict", raw: RawOpt = False,
    sample: SampleOpt = False, strict: StrictOpt = False,
) -> None:
    """Word frequencies with POS, per-10,000 rate and document frequency.

    Example: kmytext freq corpus/ --top 50 -o freq.csv
    """
    from kmytext.keywords import count, frequencies

    with _guard():
        docs = _documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)
        counts = count((d.text for d in docs), clean=not raw)
        rows = [f.as_dict() for f in frequencies(counts, min_count=min_count, pos=_pos_set(pos))]
        if top:
            rows = rows[:top]
        totals = {"word": "total", "count": counts.total, "per_10k": 10000.0, "docs": counts.n_docs}
        _emit(rows, ["word", "pos", "count", "per_10k", "docs"], fmt=fmt, output=output, bom=bom,
              inputs=files, bars="count", totals=totals)


def main() -> None:
    """Console entry point."""
    app()
