"""What every command shares: the app, common options, input, output and the error boundary."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from kmytext.output import Format

app = typer.Typer(
    help="Text mining for Chinese news: words, people, places, organisations, numbers, keywords.\n\n"
    "With no FILE and a terminal on stdin, a command runs on the bundled sample pages.\n\n"
    "Example: kmytext entities page.txt --format csv > entities.csv",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: typer's rich help imports markdown-it and pygments (~0.2 s), which
    # doubled the start-up time of every command.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _State:
    verbose = False
    failed = False
    sources: list[str] = []  # noqa: RUF012  (the input files of this run, for the progress bar)


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
    Optional[str], typer.Option("--encoding", "-e", help="Input encoding [default: detected: UTF-8/16/32, GB18030, Big5].", show_default=False)
]
ErrorsOpt = Annotated[
    str, typer.Option("--errors", help="On undecodable bytes: strict (stop) or replace.")
]
RawOpt = Annotated[bool, typer.Option("--raw", help="Skip newspaper cleanup (line joins, number spaces).")]
SampleOpt = Annotated[bool, typer.Option("--sample", help="Run on the bundled sample pages.")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Stop at the first bad input file.")]
ByOpt = Annotated[
    str, typer.Option("--by", help="Unit of analysis: file, or article (each article of a page, id FILE#N).")
]
JobsOpt = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", help="Worker processes [default: the number of CPUs]; 1: this process only.",
                 min=1, show_default=False),
]
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


def note(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def guard() -> Iterator[None]:
    """The one place errors become a message and an exit code."""
    from kmytext.errors import KmytextError

    state.failed = False
    try:
        yield
    except KmytextError as exc:
        if state.verbose:
            traceback.print_exc()
        note(f"Error: {exc}")
        state.failed = False
        raise typer.Exit(1) from None
    except BrokenPipeError:
        # `| head` closed the pipe: end quietly, and keep Python from complaining at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        note("Interrupted.")
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise
    except Exception as exc:  # a bug: say so in one line unless --verbose
        if state.verbose:
            traceback.print_exc()
        note(f"Error: unexpected {type(exc).__name__}: {exc} (run with --verbose for details)")
        raise typer.Exit(1) from None
    if state.failed:
        raise typer.Exit(1)


def documents(files: Sequence[str] | None, *, sample: bool, encoding: str | None, errors: str,
               strict: bool) -> Iterator[Any]:
    """The documents a command runs on. A bad file or folder gets one line on stderr and is
    skipped (``--strict`` stops there); the exit code is 1 at the end. An empty file is a
    notice only. Large files arrive in pieces cut at paragraph ends, so memory stays flat.
    If no input at all could be read, the command fails before writing, so an existing
    ``-o`` file is left as it was."""
    from kmytext.corpus import STDIN, expand, is_large, load_document, read_pieces, sample_documents
    from kmytext.errors import InputError

    state.sources[:] = []
    if errors not in ("strict", "replace"):
        raise typer.BadParameter("use strict or replace", param_hint="--errors")
    if sample or (not files and sys.stdin.isatty()):
        if not sample:
            note("kmytext: no input given; running on the bundled sample pages (see --help).")
        yield from sample_documents()
        return
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16",
                                     param_hint="--encoding") from None

    def bad(exc: InputError) -> None:
        if strict:
            raise exc
        if state.verbose:
            traceback.print_exception(exc)
        note(f"Error: {exc}")
        state.failed = True

    read = failed = 0
    for arg in files or [STDIN]:
        try:
            sources = expand([arg])
        except InputError as exc:
            failed += 1
            bad(exc)
            continue
        state.sources.extend(sources)  # the progress bar reads this list as it fills
        for source in sources:
            name = "<stdin>" if source == STDIN else source
            try:
                if is_large(source):
                    pieces = read_pieces(source, encoding=encoding, errors=errors)
                    first = next(pieces, None)
                    if first is None:
                        continue
                    read += 1
                    yield first
                    yield from pieces
                    continue
                doc, detection = load_document(source, encoding=encoding, errors=errors)
            except InputError as exc:
                failed += 1
                bad(exc)
                continue
            if not doc.text:
                note(f"kmytext: {name}: empty file, nothing to read")
                continue
            if not detection.confident:
                note(f"kmytext: {name}: encoding guessed as {detection.encoding} (not sure, "
                     f"{detection.confidence:.0%}); give --encoding if the output looks garbled")
            read += 1
            yield doc
    if failed and not read:  # stop before the (empty) output replaces an existing -o file
        if failed > 1:
            note(f"Error: none of the {failed} inputs could be read; nothing written")
        raise typer.Exit(1)


def emit(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], *, fmt: Format | None,
          output: Path | None, bom: bool | None, inputs: Sequence[str] | None,
          title: str | None = None, bars: str | None = None, totals: Mapping[str, Any] | None = None,
          tty: Format = Format.table, table_columns: Sequence[str] | None = None) -> None:
    """Write rows in the chosen format. ``table_columns``: the columns a terminal table shows
    when all of them would not fit; files and pipes always get every column."""
    from kmytext.output import choose_format, open_output, wants_bom, write_rows

    chosen = choose_format(fmt, output, tty=tty, pipe=Format.csv if tty == Format.table else tty)
    if chosen == Format.text and tty != Format.text:
        raise typer.BadParameter("text output is for segment; use table, csv, tsv, json or jsonl",
                                 param_hint="--format")
    use_bom = wants_bom(chosen, bom, explicit=fmt is not None or output is not None)
    if chosen == Format.table and table_columns:
        columns = table_columns
    with open_output(output, inputs=inputs or ()) as out:
        write_rows(rows, columns, chosen, out, bom=use_bom, title=title, bars=bars, totals=totals)


def by_unit(docs: Iterable[Any], by: str, *, raw: bool = False) -> Iterator[Any]:
    """The documents as units of analysis: whole files, or (``--by article``) each article of a
    page with id ``FILE#N``, a slice of its file whose ``offset`` and ``line`` keep offsets and
    line numbers those of the file; the dateline date (when the year is printed) rides along
    as ``base_date`` for relative dates."""
    if by == "file":
        yield from docs
        return
    if by != "article":
        raise typer.BadParameter("use file or article", param_hint="--by")
    import datetime

    from kmytext.articles import ArticleUnit, articles

    n = 0
    last_id = None
    for doc in docs:
        if doc.id != last_id:  # pieces of one large file keep counting its articles
            n, last_id = 0, doc.id
        for a in articles(doc.text, clean=not raw):
            n += 1
            base = datetime.date.fromisoformat(a.date) if a.date and a.date[0] != "-" else None
            yield ArticleUnit(f"{doc.id}#{n}", doc.text[a.start:a.end], doc.offset + a.start,
                              doc.line + doc.text.count("\n", 0, a.start), base_date=base)


def work(func: Callable[[Any], Any], docs: Iterable[Any], *, jobs: int | None,
         whole: bool = False, batched: bool = False) -> Iterator[tuple[Any, Any]]:
    """``(doc, func(doc.text))`` for each document, in order, over ``jobs`` processes
    (``kmytext.parallel.pmap``), with the progress bar on a terminal. With ``whole``, ``func``
    gets the document itself, for what it carries besides text (an article's date); with
    ``batched``, a list of them and returns a list of results (see ``pmap``)."""
    from collections import deque

    from kmytext.cli.progress import Progress
    from kmytext.parallel import pmap

    waiting: deque[Any] = deque()

    def items() -> Iterator[Any]:
        for doc in docs:
            waiting.append(doc)
            yield doc if whole else doc.text

    bar = Progress(state.sources)
    try:
        for result in pmap(func, items(), jobs=jobs, batched=batched):
            doc = waiting.popleft()
            bar.advance(doc.id, doc.text)
            yield doc, result
    finally:
        bar.close()
