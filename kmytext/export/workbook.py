"""Every table of a report as one file a spreadsheet opens: an xlsx workbook with a sheet per
table, or a folder of CSV files (UTF-8 with a BOM, for Excel). Written atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kmytext.errors import OutputError
from kmytext.tables import TABLES


def write_report(tables: dict[str, list[Any]], path: str | Path) -> list[Path]:
    """Tables (name -> records, as :meth:`kmytext.Corpus.report` gives them) as an ``.xlsx``
    workbook with a sheet per table, or else a folder with one CSV (UTF-8 with BOM, for
    Excel) per table, each with the columns of :data:`kmytext.tables.TABLES`. Files are
    written atomically. Returns the files written."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(tables, path)
        return [path]
    if path.suffix and not path.is_dir():
        raise OutputError(f"{path}: give a .xlsx file or a folder name for one CSV per table")
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

    # The temporary file first: a write-only workbook abandoned half-built prints
    # "Exception ignored" tracebacks when it is collected.
    target = path.resolve()
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror}); check the folder exists") from None
    os.close(fd)
    try:
        wb = Workbook(write_only=True)
        for name, records in tables.items():
            table = TABLES[name]
            ws = wb.create_sheet(name)
            ws.freeze_panes = "A2"
            header = []
            for c in table.columns:
                cell = WriteOnlyCell(ws, value=c)
                cell.font = Font(bold=True)
                header.append(cell)
            ws.append(header)
            for r in table.rows(records):
                ws.append([_xlsx_value(r[c]) for c in table.columns])
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _xlsx_value(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return ";".join(map(str, v))
    if isinstance(v, float) and v != v:  # NaN
        return None
    return v


__all__: Sequence[str] = ["write_report"]
