"""One schema per output table: the commands, the report's sheets and to_frame agree."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import kmytext
from conftest import ROOT, SEEDS
from kmytext.cli import app
from kmytext.tables import TABLES

runner = CliRunner()

# The report's sheets and the command (with the options that make it the same table).
REPORT_COMMANDS = {
    "articles": ["articles"],
    "entities": ["entities"],
    "numbers": ["numbers"],
    "keywords": ["keywords", "--top", "100"],
    "keyness": ["keyness", "--top", "100", "--min-count", "3"],
    "freq": ["freq"],
    "network": ["network", "--within", "article", "--top", "50"],
    "network_nodes": ["network", "--within", "article", "--top", "50", "--table", "nodes"],
}


@pytest.fixture(scope="module")
def report_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "tables"
    result = runner.invoke(app, ["report", str(SEEDS), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    return out


@pytest.mark.parametrize("table", list(REPORT_COMMANDS))
def test_a_command_and_its_report_sheet_are_the_same_table(table: str, report_folder: Path) -> None:
    result = runner.invoke(app, [*REPORT_COMMANDS[table], str(SEEDS), "-f", "csv", "--no-bom"])
    assert result.exit_code == 0, result.stderr
    command_rows = list(csv.reader(io.StringIO(result.stdout)))
    sheet_rows = list(csv.reader((report_folder / f"{table}.csv").open(encoding="utf-8-sig")))
    assert command_rows[0] == list(TABLES[table].columns)
    if table != "numbers":
        assert sheet_rows == command_rows
        return
    # report has the entity step's mentions at hand and leaves out the numbers inside them
    # (克拉玛依市第三人民医院, 《…三年行动计划》); every other row is the command's
    assert set(map(tuple, sheet_rows)) <= set(map(tuple, command_rows))
    mentions = runner.invoke(app, ["entities", "--mentions", str(SEEDS), "-f", "csv", "--no-bom"]).stdout
    spans = [(r["doc"], int(r["start"]), int(r["end"])) for r in csv.DictReader(io.StringIO(mentions))]
    dropped = [r for r in csv.DictReader(io.StringIO(result.stdout)) if list(r.values()) not in sheet_rows]
    assert dropped and all(any(d == r["doc"] and s <= int(r["start"]) and int(r["end"]) <= e for d, s, e in spans)
                           for r in dropped)


@pytest.mark.parametrize("make, table", [
    (lambda t: kmytext.entities(t), "mentions"), (lambda t: kmytext.numbers(t), "numbers"),
    (lambda t: kmytext.segment(t, pos=True), "tokens"), (lambda t: kmytext.articles(t), "articles"),
    (lambda t: kmytext.keywords(t), "keywords"), (lambda t: kmytext.kwic(t, "氢能"), "kwic"),
    (lambda t: kmytext.keyness(t), "keyness"), (lambda t: kmytext.collocates(t, "氢能"), "collocates"),
    (lambda t: kmytext.keywords_by_doc([t]), "doc_keywords"), (lambda t: kmytext.quotes(t), "quotes"),
    (lambda t: kmytext.posts(t), "post_mentions"), (lambda t: kmytext.post_counts(kmytext.posts(t)), "posts"),
    (lambda t: kmytext.keywords_by_doc([t]), "doc_keywords"),
    (lambda t: kmytext.timeline(kmytext.Document("20250401.txt", t), date_from_name=True), "timeline"),
    (lambda t: kmytext.network([t]).edges, "network"), (lambda t: kmytext.network([t]).nodes, "network_nodes"),
    (lambda t: kmytext.credits("本报讯（通讯员 于欢）" + t), "credits"),
])
def test_to_frame_has_the_columns_of_the_table(make: object, table: str) -> None:
    text = (SEEDS / "karamay_2025_shanghai_aid_feature.txt").read_text(encoding="utf-8")
    records = make(text)  # type: ignore[operator]
    assert records
    assert kmytext.to_frame(records).columns.tolist() == list(TABLES[table].columns)


@pytest.mark.parametrize("make, table", [
    (lambda: kmytext.numbers("没有数字。")[:0], "numbers"),  # a slice
    (lambda: kmytext.credits("没有署名。"), "credits"),
    (lambda: kmytext.report("")["entities"], "entities"), (lambda: kmytext.report("")["timeline"], "timeline"),
    (lambda: kmytext.network("").nodes, "network_nodes"), (lambda: kmytext.network("").edges, "network"),
    (lambda: kmytext.reprints(["一"]).copies, "reprints"), (lambda: kmytext.reprints(["一"]).passages, "reprint_passages"),
    (lambda: kmytext.Corpus.from_texts(["无"]).post_counts(min_count=2), "posts"),
    (lambda: kmytext.Corpus.from_texts(["无"]).kwic("北京"), "kwic"),
    (lambda: kmytext.Corpus.from_texts(["无"]).timeline(), "timeline"),
])
def test_an_empty_table_keeps_its_columns(make: object, table: str) -> None:
    records = make()  # type: ignore[operator]
    assert records == [] and kmytext.to_frame(records).columns.tolist() == list(TABLES[table].columns)


def test_a_list_of_ones_own_takes_its_record_class() -> None:
    people = [e for e in kmytext.entities("没有名字。") if e.type == "PER"]
    assert kmytext.to_frame(people).columns.tolist() == []  # a plain empty list knows no table
    assert kmytext.to_frame(people, kmytext.Entity).columns.tolist() == list(TABLES["mentions"].columns)
    with pytest.raises(kmytext.ArgumentTypeError, match="kind must be a record class"):
        kmytext.to_frame([], "mentions")  # type: ignore[arg-type]


def test_the_mentions_command_writes_what_to_frame_shows() -> None:
    page = SEEDS / "karamay_2025_community_briefs.txt"
    result = runner.invoke(app, ["entities", str(page), "--mentions", "-f", "csv", "--no-bom"])
    frame = kmytext.to_frame(kmytext.entities(kmytext.Document(str(page), page.read_text(encoding="utf-8"))))
    expected = frame.to_csv(index=False, lineterminator="\n")
    assert list(csv.reader(io.StringIO(result.stdout))) == list(csv.reader(io.StringIO(expected)))


# --- the command line only wires the library -------------------------------------------------

COMMAND_MODULES = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
INFRASTRUCTURE = {"__init__", "app", "options", "run", "progress"}


@pytest.mark.parametrize("command", COMMAND_MODULES)
def test_a_command_module_is_a_screen_of_wiring(command: str) -> None:
    path = ROOT / "kmytext" / "cli" / f"{command}.py"
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 80
    imported = {node.module for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kmytext.cli")}
    assert imported <= {f"kmytext.cli.{m}" for m in INFRASTRUCTURE}, "a command imports another command"
