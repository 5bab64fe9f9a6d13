from __future__ import annotations

import csv
from pathlib import Path

from kmytext.export.workbook import write_report
from kmytext.run.report import report as report_api
from kmytext.tables import TABLES
from kmytext.text.document import Document


def _docs(seed_paths: list[Path], seed_texts: list[str]) -> list[Document]:
    return [Document(p.name, t) for p, t in zip(seed_paths, seed_texts, strict=True)]


def test_report_tables(seed_paths, seed_texts) -> None:  # type: ignore[no-untyped-def]
    tables = report_api(_docs(seed_paths, seed_texts), top=20)
    assert list(tables) == ["articles", "entities", "numbers", "keywords", "keyness", "freq"]
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
