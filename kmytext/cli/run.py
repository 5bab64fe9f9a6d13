"""What every command does around its one library call: open the corpus its options name
(reporting bad inputs and notices on stderr, a progress bar on a terminal) and write the
table it gets back."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import chain
from pathlib import Path
from typing import Any

import typer

from kmytext.cli.app import guard, note, settings, trace
from kmytext.io.write import Format, TableFormat
from kmytext.run.corpus import Corpus


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):  # closed or replaced
        return False


NO_INPUT = ("Error: no input: nothing came on standard input and no FILE was given; give files or folders, "
            "pipe text in, or add --sample to run on the bundled sample pages")
WAITING = ("kmytext: waiting for text on standard input (no FILE was given); end it with Ctrl-D, or give "
           "files or folders, or --sample")


def _stdin_is_empty(*, wait_note: float = 2.0) -> bool:
    """Whether standard input (not a terminal) ends before its first byte: closed (``<&-``),
    ``/dev/null``, an empty pipe or file, as under cron, a notebook's ``!`` or an IDE. Looks
    without consuming anything. A pipe that stays silent for ``wait_note`` seconds gets a
    note on stderr saying what kmytext waits for, then is waited for: a slow producer upstream
    is no error."""
    stream = sys.stdin
    if stream is None or getattr(stream, "closed", False):
        return True
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text stream already in memory: it is read as it is
        return False
    try:
        fd = buffer.fileno()
    except (AttributeError, ValueError, OSError):
        fd = None
    try:
        if fd is not None:
            import os
            import select
            import stat

            mode = os.fstat(fd).st_mode
            if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
                if not select.select([fd], [], [], wait_note)[0]:
                    note(WAITING)
        if hasattr(buffer, "peek"):
            return not buffer.peek(1)
        if buffer.seekable():  # an in-memory stream (tests)
            at = buffer.tell()
            first = buffer.read(1)
            buffer.seek(at)
            return not first
    except (OSError, ValueError):  # a descriptor that cannot be read: as good as closed
        return True
    return False


def _check(encoding: str | None, errors: str, by: str) -> None:
    if errors not in ("strict", "replace"):
        raise typer.BadParameter("use strict or replace", param_hint="--errors")
    if by not in ("file", "article"):
        raise typer.BadParameter("use file or article", param_hint="--by")
    if encoding:
        from kmytext.io.read import encoding_problem

        problem = encoding_problem(encoding)
        if problem:
            raise typer.BadParameter(problem, param_hint="--encoding")


@contextmanager
def corpus(ctx: typer.Context, files: Sequence[str] | None, *, sample: bool, encoding: str | None, errors: str, strict: bool,
           raw: bool = False, jobs: int | None = None, by: str = "file", presegmented: bool = False,
           engine: str = "auto", hmm: bool = True, dicts: Sequence[Path] | None = None,
           simplified: bool = False, names: Path | None = None) -> Iterator[Corpus]:
    """The corpus a command runs on, inside :func:`kmytext.cli.app.guard`. With no FILE and a
    terminal on stdin, the sample pages (said on stderr); a bad input gets one line on stderr
    and is skipped (``--strict`` stops there), and the exit code is 1 at the end."""
    from kmytext.cli.progress import Progress
    from kmytext.errors import AnalysisError, KmytextError
    from kmytext.run.parallel import default_jobs

    _check(encoding, errors, by)
    if sample and files:
        raise typer.BadParameter("give either --sample or FILE arguments, not both", param_hint="--sample")
    if files and list(files).count("-") > 1:  # the second would read as an empty file
        raise typer.BadParameter("- (standard input) is given more than once; it can be read only once",
                                 param_hint="FILE")
    failed: list[KmytextError] = []

    def bad(exc: KmytextError) -> None:
        if settings(ctx).verbose:
            trace(exc.details.rstrip() if isinstance(exc, AnalysisError) else "".join(traceback.format_exception(exc)))
        note(f"Error: {exc}")
        failed.append(exc)

    from kmytext.io.write import held_outputs

    with guard(ctx), held_outputs() as held:
        _output_is_no_input(ctx, files)
        segmenter = None
        if engine != "auto" or not hmm or dicts:
            from kmytext.text.segment import Segmenter

            segmenter = Segmenter(engine=engine, hmm=hmm, dicts=dicts or ())  # type: ignore[arg-type]
        options: dict[str, Any] = dict(
            encoding=encoding, errors=errors, clean=not raw, segmenter=segmenter, presegmented=presegmented,
            by=by, jobs=jobs or default_jobs(), strict=strict, simplified=simplified, names=names, on_error=bad,
            on_notice=note)
        if sample or (not files and _stdin_is_terminal()):
            if not sample:
                note("kmytext: no input given; running on the bundled sample pages (see --help).")
            run = Corpus.sample(**options)
        elif not files and _stdin_is_empty():  # no FILE, nothing piped in: say what to do, write nothing
            note(NO_INPUT)
            raise typer.Exit(1)
        else:
            run = Corpus(files or ["-"], **options)
        bar = Progress(run.sources)
        run.on_progress = lambda doc: bar.advance(doc.id, doc.text)
        token = _FAILED.set(failed)
        try:
            yield run
        finally:
            bar.close()
            _FAILED.reset(token)
        _replace_outputs(held, len(failed))
        if failed:
            raise typer.Exit(1)


# The options that name files a command reads, besides its FILE arguments.
_INPUT_OPTIONS = ("stopwords", "user_dicts", "names", "reference")


def _output_is_no_input(ctx: typer.Context, files: Sequence[str] | None) -> None:
    """Refuse, before any work, an ``-o`` that would replace a file the command reads: a FILE
    or a file an option names (``--stopwords``, ``--dict``, ``--names``, ``--reference``),
    which ``-f csv -o stop.txt`` overwrote with the table."""
    from kmytext.io.write import check_not_input

    output = ctx.params.get("output")
    if output is None or str(output) == "-":
        return
    inputs = [str(f) for f in files or ()]
    for name in _INPUT_OPTIONS:
        value = ctx.params.get(name)
        inputs.extend(str(v) for v in ([value] if isinstance(value, (str, Path)) else value or ()))
    check_not_input(Path(output), inputs)


# The inputs of the running command that failed so far (what emit needs to know of them).
_FAILED: ContextVar[Sequence[Any]] = ContextVar("kmytext_failed", default=())


def inputs_failed() -> bool:
    """Whether an input of the running command has failed so far: a command that then has
    nothing to write writes nothing, not an empty file or a bare header."""
    return bool(_FAILED.get())


def _replace_outputs(held: list[tuple[Path, Path]], failed: int) -> None:
    """Put the ``-o`` files of a run in place. After inputs failed, a new file gets the
    results of the others (said on stderr) but an existing one is kept as it was: a run that
    exits 1 never replaces good results with fewer."""
    from kmytext.io.write import replace_held

    if not held:
        return
    if not failed:
        replace_held(held)
        return
    what = "1 input" if failed == 1 else f"{failed} inputs"
    # the files that are there: the ones kept (a report folder may hold some of its tables only)
    existing = [path for _, path in held if os.path.lexists(path)]
    first, n = held[0][1], len(held)  # replace_held empties held as it goes
    if replace_held(held, keep_existing=True):
        more = f" (and {n - 1} more files)" if n > 1 else ""
        note(f"kmytext: wrote {first}{more} with the results of the other inputs; {what} failed (see above)")
    else:
        more = f" (and {len(existing) - 1} more files)" if len(existing) > 1 else ""
        note(f"Error: {existing[0]}{more}: kept as {'they were' if more else 'it was'}, as {what} failed (see above); "
             "the results of the others are not written: fix or leave out what failed and run again")


def emit(table: str, records: Iterable[Any], *, fmt: Format | TableFormat | None, output: Path | None,
         bom: bool | None, inputs: Sequence[str] | None, totals: Mapping[str, Any] | None = None,
         tty: Format = Format.table) -> None:
    """Write records as the table named ``table`` (:data:`kmytext.tables.TABLES`) in the chosen
    format: ``--format``, else the ``-o`` file's extension, else a table on a terminal
    (``tty``) and CSV in a pipe. Nothing is written, not even a header, before the first
    record exists, and nothing at all when there is none and inputs failed."""
    from kmytext.io.write import choose_format, open_output, wants_bom, write_table
    from kmytext.tables import TABLES

    chosen = choose_format(None if fmt is None else Format(fmt.value), output, tty=tty,
                           pipe=Format.csv if tty == Format.table else tty)
    it = iter(records)
    first = next(it, None)
    if first is None and inputs_failed():  # the inputs failed: no empty table, not even a header
        return
    with open_output(output, inputs=inputs or ()) as out:
        use_bom = wants_bom(chosen, bom, out)
        write_table(TABLES[table], [] if first is None else chain([first], it), chosen, out, bom=use_bom,
                    totals=totals)
