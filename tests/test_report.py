from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest

from kmytext.export.workbook import write_report
from kmytext.run.report import report as report_api
from kmytext.tables import TABLES
from kmytext.text.document import Document


def _docs(seed_paths: list[Path], seed_texts: list[str]) -> list[Document]:
    return [Document(p.name, t) for p, t in zip(seed_paths, seed_texts, strict=True)]


def test_report_tables(seed_paths, seed_texts) -> None:  # type: ignore[no-untyped-def]
    tables = report_api(_docs(seed_paths, seed_texts), top=20)
    assert list(tables) == ["articles", "entities", "numbers", "keywords", "keyness", "freq", "timeline",
                            "network", "network_nodes"]
    a = tables["articles"][0]
    page = dict(zip([p.name for p in seed_paths], seed_texts, strict=True))[a.doc]
    assert a.title and a.title in page[a.start:a.end].replace("\n", "")
    assert len(tables["keywords"]) == 20
    assert {r.doc for r in tables["numbers"]} == {p.name for p in seed_paths}
    n = tables["numbers"][0]
    text = dict(zip([p.name for p in seed_paths], seed_texts, strict=True))[n.doc]
    assert text[n.start:n.end] == n.text


def test_xlsx_and_csv_folder(seed_paths, seed_texts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    tables = report_api(_docs(seed_paths, seed_texts), top=10)
    write_report(tables, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    assert wb.sheetnames == list(tables)
    assert [c.value for c in wb["keywords"][1]] == list(TABLES["keywords"].columns)
    files = write_report(tables, tmp_path / "out")
    assert {f.name for f in files} == {f"{name}.csv" for name in tables}
    raw = (tmp_path / "out" / "freq.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((tmp_path / "out" / "freq.csv").open(encoding="utf-8-sig")))
    assert len(rows) == len(tables["freq"])


@pytest.fixture
def umask_027():  # type: ignore[no-untyped-def]
    old = os.umask(0o027)
    try:
        yield 0o640
    finally:
        os.umask(old)


@pytest.mark.parametrize("name", ["out.xlsx", "out.html", "tables"])
def test_every_report_file_gets_the_umask_mode(seed_paths, seed_texts, tmp_path, umask_027, name) -> None:  # type: ignore[no-untyped-def]
    tables = report_api(_docs(seed_paths, seed_texts)[:1], top=5)
    files = write_report(tables, tmp_path / name)
    assert files and all(stat.S_IMODE(f.stat().st_mode) == umask_027 for f in files)  # not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_xlsx_sheets_have_filters_frozen_headers_fitted_widths_and_charts(seed_paths, seed_texts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from kmytext.tables import XLSX_MAX, display_width

    tables = report_api(_docs(seed_paths, seed_texts), top=30)
    write_report(tables, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    for ws in wb.worksheets:
        rows = len(tables[ws.title])
        columns = TABLES[ws.title].columns
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(columns)).column_letter}{rows + 1}"
        assert ws.freeze_panes == "A2"
        for i, c in enumerate(columns, 1):
            letter = ws.cell(1, i).column_letter
            width = ws.column_dimensions[letter].width
            cells = [ws.cell(r, i).value for r in range(2, min(rows, 50) + 2)]  # floats shown to 4 digits
            longest = max(display_width(f"{v:.4g}" if isinstance(v, float) else v or "") for v in [c, *cells])
            assert min(longest, XLSX_MAX - 2) <= width <= XLSX_MAX, (ws.title, c, width)
    doc = wb["numbers"].column_dimensions["I"]  # doc: a path, wider than the default 13
    assert doc.width > 30
    charts = {ws.title: len(ws._charts) for ws in wb.worksheets}  # openpyxl reads charts back
    assert charts["entities"] == charts["keywords"] == charts["keyness"] == 1


def test_a_workbook_on_a_full_disk_is_one_error_and_no_tracebacks(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The sheets left half-written printed an 'Exception ignored … I/O operation on closed
    file' traceback each when they were collected, after the one-line error."""
    import errno
    import gc
    import sys
    import zipfile

    from kmytext.errors import OutputError

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    unraisable: list[object] = []
    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    tables = report_api(["克拉玛依市举办氢能大会。上海援克。李强在北京。"] * 3)
    out = tmp_path / "r.xlsx"
    with pytest.raises(OutputError, match="r.xlsx: writing failed \\(No space left on device\\)"):
        write_report(tables, out)
    gc.collect()
    assert unraisable == [] and list(tmp_path.iterdir()) == []


def test_a_report_folder_in_a_folder_that_is_not_there(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """-o typo/dir/report made the whole tree of folders where a file's -o is refused."""
    from typer.testing import CliRunner

    from kmytext.cli import app

    target = tmp_path / "no" / "such" / "report"
    result = CliRunner().invoke(app, ["report", "--sample", "-o", str(target)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {target}: no folder {target.parent}; create it first or write somewhere else\n"
    assert not (tmp_path / "no").exists()


def test_text_starting_with_equals_is_text_in_the_workbook(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A headline '=1+2' was stored as a formula (Excel showed 3; '=HYPERLINK(…)' from a page ran)."""
    import openpyxl

    tables = report_api([Document("p.txt", "=1+2\n\n本报讯 上海援克前指举办氢能大会，公司董事长王涛表示同意。\n")])
    assert tables["articles"][0].title == "=1+2"
    out = tmp_path / "r.xlsx"
    write_report(tables, out)
    ws = openpyxl.load_workbook(out)["articles"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert [(c.value, c.data_type) for c in cells] == [("=1+2", "s")]


@pytest.mark.parametrize("suffix", ["", ".xlsx"])
def test_a_report_name_too_long(tmp_path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    """A traceback: pathlib's exists() and is_dir() raise ENAMETOOLONG (Python 3.11)."""
    from typer.testing import CliRunner

    from kmytext.cli import app

    target = tmp_path / ("长" * 100 + suffix)
    result = CliRunner().invoke(app, ["report", "--sample", "-o", str(target)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {target}: File name too long; write somewhere else\n"
