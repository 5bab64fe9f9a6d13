from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kmytext.errors import OutputError
from kmytext.io.write import BOM, Format, _cell, choose_format, open_output, wants_bom, write_rows

ROWS = [{"entity": "克拉玛依", "count": 3, "score": 0.5, "aliases": None},
        {"entity": "上海, 浦东", "count": 1, "score": 1e-3, "aliases": "沪"}]
COLS = ["entity", "count", "score", "aliases"]


def render(fmt: Format, **kw: object) -> str:
    out = io.StringIO()
    write_rows(ROWS, COLS, fmt, out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_csv_round_trip_with_bom() -> None:
    text = render(Format.csv, bom=True)
    assert text.startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert rows[0] == {"entity": "克拉玛依", "count": "3", "score": "0.5", "aliases": ""}
    assert rows[1]["entity"] == "上海, 浦东"


def test_tsv() -> None:
    rows = list(csv.DictReader(io.StringIO(render(Format.tsv)), delimiter="\t"))
    assert [r["entity"] for r in rows] == ["克拉玛依", "上海, 浦东"]


@pytest.mark.parametrize("fmt", [Format.json, Format.jsonl])
def test_json_keeps_chinese_and_types(fmt: Format) -> None:
    text = render(fmt)
    assert "克拉玛依" in text
    rows = json.loads(text) if fmt == Format.json else [json.loads(x) for x in text.splitlines()]
    assert rows[0] == {"entity": "克拉玛依", "count": 3, "score": 0.5, "aliases": None}
    assert list(rows[1]) == COLS


def test_empty_json_is_a_list() -> None:
    out = io.StringIO()
    write_rows([], COLS, Format.json, out)
    assert json.loads(out.getvalue()) == []


def test_table_shows_rows_and_bars() -> None:
    text = render(Format.table, bars="count")
    assert "克拉玛依" in text and "█" in text


def test_format_choice() -> None:
    assert choose_format(Format.json, Path("x.csv")) == Format.json
    assert choose_format(None, Path("x.tsv")) == Format.tsv
    assert choose_format(None, Path("x.jsonl")) == Format.jsonl
    assert choose_format(None, Path("x.dat")) == Format.csv


def test_the_bom_rule(tmp_path: Path) -> None:
    import os

    with (tmp_path / "new.csv").open("w", encoding="utf-8") as new_file:
        assert wants_bom(Format.csv, None, new_file) and wants_bom(Format.tsv, None, new_file)
        assert not wants_bom(Format.json, None, new_file) and not wants_bom(Format.csv, False, new_file)
    (tmp_path / "old.csv").write_text("word\n", encoding="utf-8")
    with (tmp_path / "old.csv").open("a", encoding="utf-8") as appended:
        assert not wants_bom(Format.csv, None, appended)
    read, write = os.pipe()
    with os.fdopen(read) as _, os.fdopen(write, "w") as pipe:
        assert not wants_bom(Format.csv, None, pipe) and wants_bom(Format.csv, True, pipe)
    assert not wants_bom(Format.csv, None, io.StringIO())
    assert not wants_bom(Format.json, True, io.StringIO())


def test_output_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with open_output(target) as fh:
            fh.write("half")
            raise RuntimeError("crash")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left
    with open_output(target) as fh:
        fh.write("new")
    assert target.read_text(encoding="utf-8") == "new"


def test_output_over_an_input_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "in.txt"
    target.write_text("keep", encoding="utf-8")
    with pytest.raises(OutputError, match="also an input"):
        with open_output(target, inputs=[str(target)]):
            pass
    assert target.read_text(encoding="utf-8") == "keep"


_CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(alphabet='a ,\t"\n\r亿元，“”', max_size=8),
    st.lists(st.integers(), max_size=3), st.sampled_from([Format.csv, Format.tsv]),
)


@pytest.mark.parametrize("fmt", [Format.csv])
@given(st.integers(1, 4).flatmap(lambda k: st.lists(st.lists(_CELLS, min_size=k, max_size=k), max_size=6)))
def test_delimited_output_is_what_csv_writer_writes(fmt: Format, table: list[list[object]]) -> None:
    # write_rows joins rows that need no quoting itself: the bytes must be the csv module's.
    columns = [f"c{i}" for i in range(len(table[0]) if table else 1)]
    rows = [dict(zip(columns, r)) for r in table]
    out = io.StringIO()
    assert write_rows(rows, columns, fmt, out) == len(rows)
    expected = io.StringIO()
    writer = csv.writer(expected, delimiter="," if fmt == Format.csv else "\t", lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    assert out.getvalue() == expected.getvalue()


def _unescape_tsv(cell: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m[1], m[1]), cell)


@given(st.integers(1, 4).flatmap(lambda k: st.lists(st.lists(_CELLS, min_size=k, max_size=k), max_size=6)))
def test_tsv_rows_are_one_line_with_escapes(table: list[list[object]]) -> None:
    # IANA TSV / PostgreSQL text format: no quoting, \t \n \r \\ inside a cell, a row a line.
    columns = [f"c{i}" for i in range(len(table[0]) if table else 1)]
    rows = [dict(zip(columns, r)) for r in table]
    out = io.StringIO()
    assert write_rows(rows, columns, Format.tsv, out) == len(rows)
    lines = out.getvalue().split("\n")
    assert lines.pop() == "" and len(lines) == len(rows) + 1 and "\r" not in out.getvalue()
    for line, row in zip(lines[1:], rows):
        cells = line.split("\t")
        expected = [_cell(row.get(c)) for c in columns]  # a str subclass (an enum): its characters
        assert [_unescape_tsv(c) for c in cells] == [str.__str__(e) if isinstance(e, str) else str(e) for e in expected]


def test_tsv_mentions_stay_on_their_line() -> None:
    out = io.StringIO()
    write_rows([{"entity": "区教育\n局", "note": 'a\tb\\c "q"'}], ["entity", "note"], Format.tsv, out)
    assert out.getvalue() == 'entity\tnote\n区教育\\n局\ta\\tb\\\\c "q"\n'


# --- terminal tables fit the terminal ------------------------------------------------------

def _table(*args: str, columns: int = 80) -> str:
    from typer.testing import CliRunner

    from kmytext.cli import app

    result = CliRunner().invoke(app, [*args, "--sample", "-f", "table"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("args", [["numbers"], ["entities"], ["entities", "--mentions"], ["articles"],
                                  ["keywords"], ["freq", "--top", "20"], ["keyness"], ["kwic", "氢能"],
                                  ["collocates", "援克"], ["segment", "--pos"]])
@pytest.mark.parametrize("columns", [80, 100])
def test_terminal_tables_fit_the_width(args: list[str], columns: int) -> None:
    from kmytext.tables import display_width

    text = _table(*args, columns=columns)
    assert text.strip()
    assert max(map(display_width, text.splitlines())) <= columns


def test_numbers_are_never_split_on_a_terminal() -> None:
    import kmytext
    from kmytext.io.write import _cell_text

    text = _table("numbers")
    lines = text.splitlines()
    for n in kmytext.Corpus.sample().numbers():
        for cell in (n.kind, _cell_text(n.value), n.unit or ""):
            assert any(cell in line for line in lines), cell
    assert "5,560,│000" not in text and "percen│" not in text


@pytest.mark.parametrize("columns", [80, 100])
def test_the_articles_table_is_one_readable_line_per_article(columns: int) -> None:
    import kmytext

    articles = list(kmytext.Corpus.sample().articles())
    rows = [line for line in _table("articles", columns=columns).splitlines() if "│" in line and "─" not in line]
    assert len(rows) == len(articles)  # nothing wrapped
    for a, row in zip(articles, rows):
        title = row.split("│")[1].strip()
        assert title.rstrip("…") and a.title.startswith(title.rstrip("…"))
        assert len(title.rstrip("…")) >= min(len(a.title), 8)  # a title, not two characters of it
        assert a.date is None or a.date in row


def test_a_dropped_column_is_named_and_csv_keeps_every_column() -> None:
    text = _table("numbers", columns=60)
    assert "doc" in text.split("(not shown at this width:")[1]
