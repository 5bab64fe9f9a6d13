"""Every table of a report as one file: an xlsx workbook with a sheet per table, an HTML page
of charts (:mod:`kmytext.export.html`), or a folder of CSV files. Written atomically, with
the mode the umask gives a new file."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kmytext.errors import OutputError
from kmytext.tables import TABLES

# Bar charts beside a sheet's table in a workbook: the column of names, the column of values.
CHARTS = {"entities": ("entity", "count"), "keywords": ("keyword", "score"), "keyness": ("word", "g2")}
CHART_ROWS = 15
_SCAN = 2000  # rows read to fit a column's width


def write_report(tables: dict[str, list[Any]], path: str | Path) -> list[Path]:
    """Tables (name -> records, as :meth:`kmytext.Corpus.report` gives them) as a file chosen
    by the extension: ``.xlsx``, a workbook with a sheet per table (autofilter, frozen header,
    fitted columns, bar charts); ``.html``, one self-contained page of charts that works
    offline; anything else, a folder with one CSV per table (UTF-8 with a BOM, for Excel).
    Every table has the columns of :data:`kmytext.tables.TABLES`; in a workbook, control
    characters a worksheet cannot hold become U+FFFD. Returns the files written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _write_xlsx(tables, path)
        return [path]
    if suffix in (".html", ".htm"):
        from kmytext.export.html import write_html

        write_html(tables, path)
        return [path]
    if path.suffix and not path.is_dir():
        raise OutputError(f"{path}: give a .xlsx or .html file, or a folder name for one CSV per table")
    from kmytext.io.write import Format, open_output, wants_bom, write_table

    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create the folder ({exc.strerror})") from None
    written = []
    for name, records in tables.items():
        target = path / f"{name}.csv"
        with open_output(target) as out:
            write_table(TABLES[name], records, Format.csv, out, bom=wants_bom(Format.csv, None, out))
        written.append(target)
    return written


def _write_xlsx(tables: dict[str, list[Any]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from kmytext.io.write import atomic_path, check_output

    check_output(path)
    # The temporary file first: a write-only workbook abandoned half-built prints
    # "Exception ignored" tracebacks when it is collected.
    with atomic_path(path) as tmp, _abandoned_quietly(Workbook(write_only=True)) as wb:
        for name, records in tables.items():
            table = TABLES[name]
            ws = wb.create_sheet(name)
            rows = [[_xlsx_value(r[c]) for c in table.columns] for r in table.rows(records)]
            for i, width in enumerate(_widths(table.columns, rows), 1):  # before the first row, in write-only
                ws.column_dimensions[get_column_letter(i)].width = width
            ws.freeze_panes = "A2"
            last = get_column_letter(len(table.columns))
            ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
            header = []
            for c in table.columns:
                cell = WriteOnlyCell(ws, value=c)
                cell.font = Font(bold=True)
                header.append(cell)
            ws.append(header)
            for row in rows:
                ws.append([_text_cell(ws, v) if isinstance(v, str) and v.startswith("=") else v for v in row])
            if name in CHARTS and rows:
                _chart(ws, table.columns, len(rows), name)
        wb.save(tmp)


@contextmanager
def _abandoned_quietly(wb: Any) -> Iterator[Any]:
    """The workbook; if building or saving it fails (a disk full), its sheets' row writers
    are closed here: collected still open, each printed an 'Exception ignored' traceback."""
    try:
        yield wb
    except BaseException:
        for ws in getattr(wb, "_sheets", ()):
            rows, ws._rows = getattr(ws, "_rows", None), None
            if rows is not None:
                try:
                    rows.close()
                except Exception:  # its file already closed: nothing more to write
                    pass
        raise


def _widths(columns: Sequence[str], rows: list[list[Any]]) -> list[float]:
    """Each column fitted to its header and content (a Chinese character counts two), capped."""
    from kmytext.tables import XLSX_MAX, display_width

    widths: list[float] = []
    for i, c in enumerate(columns):
        cells = (row[i] for row in rows[:_SCAN])
        need = max([display_width(c) + 3, *(display_width(_shown(v)) for v in cells if v is not None)])
        widths.append(min(need + 2, XLSX_MAX))
    return widths


def _shown(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _chart(ws: Any, columns: Sequence[str], n: int, name: str) -> None:
    """A bar chart of the first rows (the top ones: each of these tables is sorted) beside
    the table."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.utils import get_column_letter

    label, value = CHARTS[name]
    rows = min(n, CHART_ROWS)
    chart = BarChart()
    chart.type = "bar"  # horizontal: names read across
    chart.title = f"{name}: top {rows} by {value}"
    chart.legend = None
    chart.y_axis.title = value
    col = columns.index(value) + 1
    chart.add_data(Reference(ws, min_col=col, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=columns.index(label) + 1, min_row=2, max_row=rows + 1))
    chart.x_axis.scaling.orientation = "maxMin"  # the top row at the top
    chart.height, chart.width = 0.5 * rows + 2.5, 16
    ws.add_chart(chart, f"{get_column_letter(len(columns) + 2)}2")


def _text_cell(ws: Any, value: str) -> Any:
    """A cell that holds ``value`` as text: openpyxl stores a str starting with = as a formula,
    so a headline or a context '=1+2' showed 3, and '=HYPERLINK(…)' or a DDE call from a page
    ran in Excel."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def _xlsx_value(v: Any) -> Any:
    """A cell as openpyxl stores it. The control characters a worksheet cannot hold (all of
    U+0000 to U+001F but tab, newline and carriage return; openpyxl's ``ILLEGAL_CHARACTERS_RE``)
    are replaced by U+FFFD, so a page with stray ESC or BEL bytes still exports and the
    place of each shows."""
    if isinstance(v, (list, tuple)):
        v = ";".join(map(str, v))
    if isinstance(v, float) and v != v:  # NaN
        return None
    if isinstance(v, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)
    return v


__all__: Sequence[str] = ["write_report"]
