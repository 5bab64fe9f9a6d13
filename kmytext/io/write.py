"""One place for every output: format choice, writers, atomic files, the BOM."""

from __future__ import annotations

import csv
import errno
import json
import math
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kmytext.errors import OutputError

if TYPE_CHECKING:
    from kmytext.tables import Table

BOM = "\ufeff"


class Format(str, Enum):
    """Every output format; ``text`` (the words of each line) is segment's alone."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    text = "text"


class TableFormat(str, Enum):
    """The formats ``--format`` offers on the commands that write tables (all but segment)."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"


_BY_SUFFIX = {".csv": Format.csv, ".tsv": Format.tsv, ".tab": Format.tsv, ".json": Format.json,
              ".jsonl": Format.jsonl, ".ndjson": Format.jsonl, ".txt": Format.text}


def format_of(path: Path) -> Format | None:
    """The format an output file's extension names; CSV for no extension or a device
    (``/dev/stdout``); None for an extension kmytext does not write."""
    if not path.suffix or _is_special(path):
        return Format.csv
    return _BY_SUFFIX.get(path.suffix.lower())


def choose_format(fmt: Format | None, output: Path | None, *, tty: Format = Format.table,
                  pipe: Format = Format.csv) -> Format:
    """An explicit ``--format`` wins; then the ``-o`` file's extension; then a table on a
    terminal and CSV in a pipe or file."""
    if fmt is not None:
        return fmt
    if output is not None:
        return _BY_SUFFIX.get(output.suffix.lower(), pipe if pipe != Format.table else Format.csv)
    try:
        return tty if sys.stdout.isatty() else pipe
    except (AttributeError, ValueError, OSError):  # closed (>&-): None to Python; open_output says so
        return pipe


def wants_bom(fmt: Format, bom: bool | None, out: TextIO) -> bool:
    """The BOM rule, in one place. CSV and TSV written to a regular file (``-o out.csv``, or
    standard output redirected with ``> out.csv``) start with a UTF-8 BOM, so that Excel reads
    the Chinese; written to a pipe or a terminal they never do, whatever ``--format`` says, so
    ``csv.DictReader``, awk and cut see the header as it is. A file that already holds data
    (``>> all.csv``) gets none in the middle. ``bom`` (``--bom``/``--no-bom``) overrides all."""
    if fmt not in (Format.csv, Format.tsv):
        return False
    if bom is not None:
        return bom
    try:
        info = os.fstat(out.fileno())
    except (AttributeError, OSError, ValueError):  # no descriptor: a stream in memory
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size == 0


def _is_input(target: Path, source: str) -> bool:
    """Whether ``target`` is ``source`` or, for a folder, one of the ``*.txt`` files read from it."""
    if source == "-":
        return False
    path = Path(source)
    try:
        if path.is_dir():
            return target.suffix.lower() == ".txt" and target.is_relative_to(path.resolve())
        return path.resolve() == target or (target.exists() and os.path.samefile(path, target))
    except (OSError, RuntimeError):  # RuntimeError: a link loop (Python < 3.13); reading it says so
        return False


def _new_file_mode() -> int:
    """The mode ``open()`` would give a new file (0666 less the umask); mkstemp uses 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _resolved(path: Path) -> Path:
    """``path`` resolved; a link that leads back to itself is an OutputError naming it (pathlib
    raised RuntimeError: 'unexpected RuntimeError: Symlink loop')."""
    try:
        return path.resolve()
    except RuntimeError:
        raise OutputError(f"{path}: is a link that points back to itself; fix or remove the link, or write "
                          "somewhere else") from None


def check_not_input(path: Path, inputs: Sequence[str]) -> Path:
    """``path`` resolved, or ``OutputError`` if writing it would replace one of ``inputs`` (a
    file, or a ``*.txt`` file of a folder)."""
    target = _resolved(path)
    for source in inputs:
        if _is_input(target, source):
            if target.exists() or not Path(source).is_dir():
                raise OutputError(f"{path}: is also an input; write the output to another file")
            # a new file: not read now, but a *.txt file of the input folder the next run would read
            raise OutputError(f"{path}: is a .txt file in the input folder {source}, which would read it as an "
                              "input; write the output outside the folder or as .csv")
    return target


def check_output(path: Path, *, inputs: Sequence[str] = ()) -> Path:
    """Where ``path`` will be written, or ``OutputError`` saying why it cannot be: a folder,
    one of the inputs, a folder that does not exist or is not writable. Checked before any
    work, so a long run does not end in a message about its output."""
    target = check_not_input(path, inputs)
    if target.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name such as {path / 'out.csv'}")
    if _is_special(path):  # not resolved: /dev/stdout resolves to a name that cannot be opened
        return path
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{path}: {parent} is a file, not a folder; write somewhere else")
    if not parent.is_dir():
        raise OutputError(f"{path}: no folder {parent}; create it first or write somewhere else")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot write in {parent} (permission denied); write somewhere else")
    return target


def _is_special(path: Path) -> bool:
    """An existing target that is not a regular file (/dev/null, a named pipe, a terminal):
    written in place, as a rename would replace the device itself with a file."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


@contextmanager
def open_output(path: Path | None, *, inputs: Sequence[str] = ()) -> Iterator[TextIO]:
    """stdout, or a file written atomically: a temporary file renamed into place on success,
    removed on failure or Ctrl-C, so an existing file is never left half-written. Writing over
    an input is refused; an existing file keeps its permissions. A device or named pipe
    (``-o /dev/null``) is written in place."""
    if path is None:
        out = sys.stdout
        if out is None or getattr(out, "closed", False):
            raise OutputError("standard output is closed (>&-); write to a file with -o FILE, or redirect it "
                              "(> out.csv)")
        try:
            yield out
            out.flush()
        except BrokenPipeError:  # | head: the CLI ends quietly
            raise
        except OSError as exc:
            if exc.errno not in _WRITE_ERRORS:
                raise
            raise OutputError(f"standard output: writing failed ({exc.strerror or exc}); free some space, or "
                              "write elsewhere with -o FILE") from None
        return
    target = check_output(path, inputs=inputs)
    if _is_special(path):
        try:
            fh = open(target, "w", encoding="utf-8", errors="backslashreplace", newline="")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc}); write somewhere else") from None
        try:
            with fh:
                yield fh
        except OSError as exc:
            advice = "free some space, or write elsewhere" if exc.errno in _WRITE_ERRORS else "write somewhere else"
            raise OutputError(f"{path}: writing failed ({exc.strerror or exc}); {advice}") from None
        return
    with atomic_path(path) as tmp:
        # backslashreplace: a file name that is not valid UTF-8 (lone surrogates in the doc
        # column) is written as escapes rather than stopping the run.
        with open(tmp, "w", encoding="utf-8", errors="backslashreplace", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())


# A write to stdout that fails for want of room: disk full, over quota, past the largest file
# allowed. Any other OSError met while writing may be an input's, and keeps its own message.
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


# The files atomic_path has completed inside held_outputs(): (temporary, target), not yet renamed.
_HELD: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("kmytext_held_outputs", default=None)


@contextmanager
def held_outputs() -> Iterator[list[tuple[Path, Path]]]:
    """Inside the block, the files :func:`atomic_path` completes stay temporary files beside
    their targets instead of being renamed into place, so that a run that fails after writing
    (an input that could not be read, say) can still leave an existing file as it was: the
    caller decides once the run is over, with :func:`replace_held`. Whatever is still held
    when the block ends (an error, Ctrl-C, or kept back) is removed."""
    held: list[tuple[Path, Path]] = []
    token = _HELD.set(held)
    try:
        yield held
    finally:
        _HELD.reset(token)
        for tmp, _ in held:
            _remove(str(tmp))
        held.clear()


def replace_held(held: list[tuple[Path, Path]], *, keep_existing: bool = False) -> list[Path]:
    """Rename the files held by :func:`held_outputs` into place; return the targets written.
    With ``keep_existing`` nothing is renamed if any target already exists (the outputs of
    one run stay together): those are left as they were and the list is empty."""
    if keep_existing and any(os.path.lexists(path) for _, path in held):
        return []
    written = []
    while held:
        tmp, path = held.pop(0)
        try:
            os.replace(tmp, path.resolve())
        except OSError as exc:
            _remove(str(tmp))
            raise OutputError(f"{path}: writing failed ({exc.strerror or exc}); any earlier file is unchanged") \
                from None
        written.append(path)
    return written


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` for every output kmytext writes (tables, workbooks,
    HTML), renamed over ``path`` when the block ends (or, inside :func:`held_outputs`, when
    the caller says) and removed if it fails or is interrupted, so an existing file is never
    left half-written. It has the mode ``path`` will keep: an existing file's, else what
    ``open()`` gives under the umask (mkstemp's 0600 would hide a report from colleagues on a
    shared server)."""
    target = _resolved(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror}); check the folder exists and is writable") from None
    os.close(fd)
    try:
        try:
            os.chmod(tmp, os.stat(target).st_mode & 0o7777 if target.exists() else _new_file_mode())
        except OSError:
            pass
        yield Path(tmp)
        held = _HELD.get()
        if held is None:
            os.replace(tmp, target)
        else:
            held.append((Path(tmp), path))
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"{path}: writing failed ({exc.strerror or exc}); any earlier file is unchanged") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(round(value, 6))
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return value


# TSV as IANA's text/tab-separated-values and PostgreSQL's text format write it: no quoting,
# and the characters that would break a line or a column escaped, so a row is always one line
# with one tab fewer than it has columns (awk, cut, sort, grep).
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _write_tsv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    r"""TSV: one line per row, cells as CSV has them, with a backslash, tab, newline and
    carriage return inside a cell written ``\\``, ``\t``, ``\n``, ``\r``; no quoting."""
    out.write("\t".join(c.translate(_TSV_ESCAPES) for c in columns) + "\n")
    return _write_lines(("\t".join(c.translate(_TSV_ESCAPES) for c in cells) + "\n"
                         for cells in _cells_of(rows, columns)), out)


def _write_delimited(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], sep: str, out: TextIO) -> int:
    """CSV as ``csv.writer`` writes it (TSV: :func:`_write_tsv`). A row with no quote, line
    break or extra separator in it needs no quoting: it is joined here, at about half the
    cost; the others go through the writer."""
    if sep == "\t":
        return _write_tsv(rows, columns, out)
    held: list[str] = []
    writer = csv.writer(type("_Buffer", (), {"write": staticmethod(held.append)})(), delimiter=sep,
                        lineterminator="\n")
    writer.writerow(columns)
    out.write(held.pop())
    seps = len(columns) - 1

    def lines() -> Iterator[str]:
        for cells in _cells_of(rows, columns):
            line = sep.join(cells)
            if seps and line.count(sep) == seps and '"' not in line and "\n" not in line and "\r" not in line:
                yield line + "\n"
            else:  # quoting needed (or one column, where an empty cell is written "")
                writer.writerow(cells)
                yield held.pop()

    return _write_lines(lines(), out)


def _write_lines(lines: Iterable[str], out: TextIO) -> int:
    """Write the lines in batches (one write() per line costs more), what is made so far
    even when making the next fails; how many lines."""
    parts: list[str] = []
    n = 0
    try:
        for line in lines:
            parts.append(line)
            n += 1
            if len(parts) >= 512:
                out.write("".join(parts))
                parts.clear()
    finally:
        out.write("".join(parts))
    return n


def _cells_of(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Iterator[list[str]]:
    """Each row's cells as the strings csv.writer makes of them: _cell's, then str() of what is
    not a str."""
    for row in rows:
        yield [v if v.__class__ is str else "" if v is None else str(v) if v.__class__ is int
               else _csv_cell(v) for v in map(row.get, columns)]


def _csv_cell(value: Any) -> str:
    c = _cell(value)
    return c if isinstance(c, str) else str(c)  # a str subclass: the writer takes its characters


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, tuple):
        return list(value)
    return value


def write_rows(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: Format, out: TextIO,
               *, bom: bool = False, title: str | None = None, bars: str | None = None,
               totals: Mapping[str, Any] | None = None) -> int:
    """Write rows (dicts) in ``columns`` order; return how many were written. ``bars`` names a
    numeric column drawn as a proportional bar in the table view."""
    if fmt == Format.table:
        return _write_table(list(rows), columns, out, title=title, bars=bars, totals=totals)
    n = 0
    if fmt in (Format.csv, Format.tsv):
        if bom:
            out.write(BOM)
        n = _write_delimited(rows, columns, "," if fmt == Format.csv else "\t", out)
    elif fmt == Format.jsonl:
        for row in rows:
            out.write(json.dumps({c: _json_value(row.get(c)) for c in columns}, ensure_ascii=False))
            out.write("\n")
            n += 1
    elif fmt == Format.json:
        out.write("[")
        for row in rows:
            out.write(",\n " if n else "\n ")
            out.write(json.dumps({c: _json_value(row.get(c)) for c in columns}, ensure_ascii=False))
            n += 1
        out.write("\n]\n" if n else "]\n")
    else:  # text: the first column, one per line
        for row in rows:
            out.write(f"{row.get(columns[0], '')}\n")
            n += 1
    return n


def write_table(table: Table, records: Iterable[Any], fmt: Format, out: TextIO, *, bom: bool = False,
                title: str | None = None, totals: Mapping[str, Any] | None = None) -> int:
    """Write records as rows of ``table`` (:data:`kmytext.tables.TABLES`): its columns, its
    CSV formats, and on a terminal its columns in order of importance and its bars."""
    rows: Iterable[Mapping[str, Any]] = table.rows(records)
    if fmt in (Format.csv, Format.tsv) and table.text:
        rows = (_formatted(r, table.text) for r in rows)
    columns = table.terminal if fmt == Format.table and table.terminal else table.columns
    return write_rows(rows, columns, fmt, out, bom=bom, title=title, bars=table.bars, totals=totals)


def _formatted(row: Mapping[str, Any], formats: Mapping[str, Any]) -> Mapping[str, Any]:
    return {**row, **{c: f(row[c]) for c, f in formats.items() if row.get(c) is not None}}


BAR = 12  # cells of the widest bar


def _write_table(rows: list[Mapping[str, Any]], columns: Sequence[str], out: TextIO, *,
                 title: str | None, bars: str | None, totals: Mapping[str, Any] | None) -> int:
    """A table that fits the terminal's width: the columns that fit, in order of importance
    (the others are named under it); numbers and short cells never split, names fold, long
    text is cut to one line (:data:`kmytext.tables.SHOW`)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=False)
    console.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]
    if console.width < 1:  # COLUMNS=0 (a CI's, a profile's): no column would fit, nothing be written
        console.width = 80
    cells = {c: [_cell_text(r.get(c)).translate(_CONTROLS) for r in rows] for c in columns}
    total_cells = {c: _cell_text(totals.get(c, "")).translate(_CONTROLS) for c in columns} if totals else {}
    numeric = {c for c in columns if rows and all(isinstance(r.get(c), (int, float)) or r.get(c) is None for r in rows)}
    shown, widths = _layout(columns, cells, total_cells, console.width, bars=bars is not None and bool(rows))
    table = Table(title=Text(title) if title else None, title_justify="left", show_edge=False, pad_edge=False,
                  header_style="bold")
    from kmytext.tables import show

    for c in shown:
        fit = show(c).fit
        table.add_column(c, width=widths[c], no_wrap=fit != "fold", overflow="fold" if fit == "fold" else "ellipsis",
                         justify="right" if c in numeric or c == "left" else "left")
    with_bars = "" in widths
    if with_bars:
        table.add_column("", width=BAR, no_wrap=True, style="cyan")
    top = max((abs(r.get(bars) or 0) for r in rows), default=0) if bars else 0
    for i, r in enumerate(rows):
        line = [Text(_fit(cells[c][i], c, widths[c])) for c in shown]
        if with_bars:
            line.append(Text("█" * (int(round(BAR * abs(r.get(bars) or 0) / top)) if top else 0)))  # type: ignore[arg-type]
        table.add_row(*line)
    if totals:
        table.add_section()
        table.add_row(*[Text(_fit(total_cells[c], c, widths[c])) for c in shown], *([""] if with_bars else []),
                      style="bold")
    console.print(table)
    if not rows:
        console.print("(no rows)", style="dim")
    hidden = [c for c in columns if c not in shown]
    if hidden and rows:
        console.print(f"(not shown at this width: {', '.join(hidden)}; -f csv has every column)", style="dim")
    return len(rows)


def _broken_pipe() -> None:
    """rich's own exits with 1 when ``| head`` closes the pipe: pass it on to the CLI, which
    ends quietly with 0, as for every other format."""
    raise BrokenPipeError


def _layout(columns: Sequence[str], cells: Mapping[str, list[str]], totals: Mapping[str, str], width: int, *,
            bars: bool) -> tuple[list[str], dict[str, int]]:
    """The columns a terminal of ``width`` cells shows (the first ones, in order of
    importance) and the width of each (``""``: the bars). Fixed columns get all they need;
    fold, cut and tail columns at least ``FLEX_MIN`` cells, then a share of what is left."""
    from kmytext.tables import FLEX_MIN, display_width, show

    natural: dict[str, int] = {}
    least: dict[str, int] = {}
    for c in columns:
        need = max([display_width(c), *map(display_width, cells[c]), display_width(totals.get(c, ""))])
        natural[c] = min(need, max(show(c).width, display_width(c)))
        # A flexible column comes in only with half its width at least: fewer columns, readable.
        least[c] = natural[c] if show(c).fit == "fixed" else \
            min(natural[c], max(FLEX_MIN, display_width(c), show(c).width // 2))
    wanted = {**least, "": BAR}

    def size(keys: list[str], widths: Mapping[str, int] = wanted) -> int:  # a space either side of a rule
        return sum(widths[k] for k in keys) + 3 * (len(keys) - 1)

    keys = [c for c in columns if any(cells[c])] or list(columns[:1])
    if bars:
        keys.append("")
    while len(keys) > 1 and size(keys) > width:
        keys.pop(-1)  # the bars go first, then the least important column
    # Columns with nothing in them only where the others have all they need.
    for c in columns:
        if c not in keys and not any(cells[c]) and size([*keys, c], {**natural, "": BAR}) <= width:
            keys.append(c)
    keys.sort(key=[*columns, ""].index)
    widths = {k: wanted[k] for k in keys}
    if size(keys) > width:  # one column wider than the terminal: it takes the width
        widths[keys[0]] = max(1, width)
    shown = [k for k in keys if k]
    spare = width - size(keys)
    room = {c: natural[c] - widths[c] for c in shown if natural[c] > widths[c]}
    want = sum(room.values())
    if spare > 0 and want:
        for c, r in room.items():
            widths[c] += min(r, spare * r // want)
    return shown, widths


def _fit(text: str, column: str, width: int) -> str:
    """A cell cut to ``width`` cells as its column wants: the end kept for a ``tail``
    column, the start for the others (folded cells are left whole, for rich to fold)."""
    from kmytext.tables import display_width, show

    fit = show(column).fit
    if fit == "fold" or display_width(text) <= width:
        return text
    from rich.cells import set_cell_size

    if fit == "tail":
        return "…" + set_cell_size(text[::-1], width - 1)[::-1].rstrip()
    return set_cell_size(text, width - 1).rstrip() + "…"


# Control characters would move the cursor or recolour a terminal (ESC); shown escaped.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n"}


def _fmt_cell(value: Any) -> Any:
    """A table cell as rich Text: text like ``[/b]`` in a page is shown, not read as markup."""
    from rich.text import Text

    return Text(_cell_text(value).translate(_CONTROLS))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
        return f"{value:.4g}" if abs(value) < 1e4 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
