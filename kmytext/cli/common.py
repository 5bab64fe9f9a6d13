"""What every command shares: the app, common options, input, output and the error boundary."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer

from kmytext.io.write import Format

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
R = TypeVar("R")

# Options every command shares, declared once.
Files = Annotated[
    Optional[list[str]],
    typer.Argument(help="Files, folders (their *.txt, recursively) or - for stdin.", show_default=False),
]


def _check_output(ctx: typer.Context, value: Optional[Path]) -> Optional[Path]:
    """``-o``, checked as the options are read, before any input: a run never does its work
    only to find that its output cannot be written or its extension means nothing."""
    if value is None or str(value) == "-":  # -o - is stdout, as FILE - is stdin
        return None
    from kmytext.io.write import check_output, format_of

    # --format is eager, so it is known here whatever the order on the command line.
    if ctx.params.get("fmt") is None:
        fmt = format_of(value)
        if fmt is None and value.suffix.lower() == ".xlsx":
            raise typer.BadParameter(f"{value}: this command writes .csv (Excel opens it), .tsv, .json or .jsonl; "
                                     "for a workbook use kmytext report -o FILE.xlsx", param_hint="--output")
        if fmt is None:
            raise typer.BadParameter(
                f"{value}: unknown extension {value.suffix!r}; name it .csv, .tsv, .json or .jsonl, "
                "or give --format", param_hint="--output")
        if fmt == Format.text and ctx.info_name != "segment":
            raise typer.BadParameter(f"{value}: .txt output is for segment; name it .csv, .tsv, .json or .jsonl",
                                     param_hint="--output")
    with guard():
        check_output(value)
    return value


FormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format [default: table on a terminal, csv in a pipe].",
                 show_default=False, is_eager=True),
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write to this file (format from its extension), atomically.",
                 show_default=False, callback=_check_output),
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


def _check_jobs(value: Optional[int]) -> Optional[int]:
    """More workers than CPUs only costs memory (and --jobs 100000 would fork that many)."""
    if value is None:
        return None
    from kmytext.run.parallel import default_jobs

    cpus = default_jobs()
    if value > cpus:
        note(f"kmytext: --jobs {value}: this machine has {cpus} CPUs; using {cpus}")
        return cpus
    return value


JobsOpt = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", help="Worker processes [default: the number of CPUs]; 1: this process only.",
                 min=1, show_default=False, callback=_check_jobs),
]


def _check_dicts(value: Optional[list[Path]]) -> Optional[list[Path]]:
    """User dictionaries, read as the options are: a missing or binary file, or a frequency
    the segmenter cannot hold (it stops with OverflowError), gets its one line before any work."""
    from kmytext.text.segment import read_user_dict

    for path in value or ():
        with guard():
            read_user_dict(path)
    return value


DictOpt = Annotated[
    Optional[list[Path]],
    typer.Option("--dict", "-d", help="User dictionary in jieba's format (repeatable).", show_default=False,
                 callback=_check_dicts),
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
    _tolerate_surrogates(sys.stdout)
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
    except OSError as exc:  # a file a library function opened (a list, a dictionary): one line all the same
        if state.verbose:
            traceback.print_exc()
        note(f"Error: {_os_error(exc)}")
        raise typer.Exit(1) from None
    except Exception as exc:  # a bug: say so in one line unless --verbose
        if state.verbose:
            traceback.print_exc()
        if isinstance(exc, UnicodeEncodeError) and _stdout_cannot_hold(exc):
            note(f"Error: standard output is {exc.encoding}, which cannot hold Chinese text; set "
                 "PYTHONIOENCODING=utf-8 (or a UTF-8 locale), or write to a file with -o")
        else:
            note(f"Error: unexpected {type(exc).__name__}: {exc} (run with --verbose for details)")
        raise typer.Exit(1) from None
    if state.failed:
        raise typer.Exit(1)


def _tolerate_surrogates(stream: Any) -> None:
    """A file name that is not valid UTF-8 reaches the doc column as lone surrogates, which a
    strict UTF-8 stdout refuses mid-run: write them as backslash escapes instead."""
    try:
        if stream.errors == "strict" and stream.encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            stream.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError, OSError):  # not a TextIOWrapper, or closed
        pass


def _stdout_cannot_hold(exc: UnicodeEncodeError) -> bool:
    """Whether the error is stdout's encoding (PYTHONIOENCODING=latin-1, an ASCII console)."""
    import codecs

    try:
        return codecs.lookup(exc.encoding).name == codecs.lookup(sys.stdout.encoding or "utf-8").name \
            and not exc.encoding.lower().startswith("utf")
    except (LookupError, AttributeError):
        return False


def _os_error(exc: OSError) -> str:
    if exc.filename is None:
        return f"{exc.strerror or exc}; check the files and folders given"
    name = str(exc.filename)
    if isinstance(exc, FileNotFoundError):
        return f"{name}: no such file; check the path"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a folder; give a file"
    if isinstance(exc, PermissionError):
        return f"{name}: permission denied; check the file's permissions"
    return f"{name}: {exc.strerror or exc}; check the file"


def documents(files: Sequence[str] | None, *, sample: bool, encoding: str | None, errors: str,
              strict: bool) -> Iterator[Any]:
    """The documents a command runs on. A bad file or folder gets one line on stderr and is
    skipped (``--strict`` stops there); the exit code is 1 at the end. An empty file is a
    notice only. Large files arrive in pieces cut at paragraph ends, so memory stays flat.
    If no input at all could be read, the command fails before writing, so an existing
    ``-o`` file is left as it was. The options are checked here, before anything is read
    or written; the documents are read as they are asked for."""
    if errors not in ("strict", "replace"):
        raise typer.BadParameter("use strict or replace", param_hint="--errors")
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16",
                                     param_hint="--encoding") from None
    return _documents(files, sample=sample, encoding=encoding, errors=errors, strict=strict)


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):  # closed or replaced
        return False


def _documents(files: Sequence[str] | None, *, sample: bool, encoding: str | None, errors: str,
               strict: bool) -> Iterator[Any]:
    from kmytext.io.read import STDIN, expand, is_large, load_document, read_pieces, sample_documents
    from kmytext.errors import InputError

    state.sources[:] = []
    if sample or (not files and _stdin_is_terminal()):
        if not sample:
            note("kmytext: no input given; running on the bundled sample pages (see --help).")
        yield from sample_documents()
        return

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
    from kmytext.io.write import choose_format, open_output, wants_bom, write_rows

    chosen = choose_format(fmt, output, tty=tty, pipe=Format.csv if tty == Format.table else tty)
    if chosen == Format.text and tty != Format.text:
        raise typer.BadParameter("text output is for segment; use table, csv, tsv, json or jsonl",
                                 param_hint="--format")
    use_bom = wants_bom(chosen, bom, explicit=fmt is not None or output is not None)
    if chosen == Format.table and table_columns:
        columns = table_columns
    with open_output(output, inputs=inputs or ()) as out:
        # Rows are made as they are written: wait for the first before writing the header, so
        # a run where no input could be read writes nothing, not even a header.
        it = iter(rows)
        first = next(it, None)
        write_rows(it if first is None else _chain(first, it), columns, chosen, out, bom=use_bom, title=title,
                   bars=bars, totals=totals)


def _chain(first: R, rest: Iterator[R]) -> Iterator[R]:
    yield first
    yield from rest


def by_unit(docs: Iterable[Any], by: str, *, raw: bool = False) -> Iterator[Any]:
    """The documents as units of analysis: whole files, or (``--by article``) each article of a
    page with id ``FILE#N``, a slice of its file whose ``offset`` and ``line`` keep offsets and
    line numbers those of the file; the dateline date (when the year is printed) rides along
    as ``base_date`` for relative dates."""
    if by not in ("file", "article"):
        raise typer.BadParameter("use file or article", param_hint="--by")
    return iter(docs) if by == "file" else _articles(docs, raw=raw)


def _articles(docs: Iterable[Any], *, raw: bool) -> Iterator[Any]:
    import datetime

    from kmytext.text.articles import ArticleUnit, articles

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
    (``kmytext.run.parallel.pmap``), with the progress bar on a terminal. With ``whole``, ``func``
    gets the document itself, for what it carries besides text (an article's date); with
    ``batched``, a list of them and returns a list of results (see ``pmap``)."""
    from collections import deque

    from kmytext.cli.progress import Progress
    from kmytext.run.parallel import pmap

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
