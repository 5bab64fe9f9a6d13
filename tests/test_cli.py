from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from conftest import ROOT, SEEDS, check_golden
from kmytext.cli import app

runner = CliRunner()
PAGE = str(SEEDS / "karamay_2025_community_briefs.txt")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example: kmytext " + command in result.stdout
    assert f"### kmytext {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "report"])
def test_format_choices_in_help_are_the_formats_the_command_writes(command: str) -> None:
    """-f text (one line of words per input line) is segment's alone, and --help says so."""
    choices = "<table|csv|tsv|json|jsonl|text>" if command == "segment" else "<table|csv|tsv|json|jsonl>"
    assert f"--format {choices}" in run(command, "--help").stdout


@pytest.mark.parametrize("command", ["entities", "numbers", "keywords", "freq"])
@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_every_format_parses_back(command: str, fmt: str) -> None:
    result = run(command, PAGE, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    if fmt in ("csv", "tsv"):
        assert not text.startswith("\ufeff")  # not a file: no BOM, even asked for by name
        rows = list(csv.DictReader(io.StringIO(text), delimiter=",") if fmt == "csv" else
                    csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    elif fmt == "json":
        rows = json.loads(text)
    else:
        rows = [json.loads(line) for line in text.splitlines()]
    assert rows and all(isinstance(r, dict) for r in rows)
    assert result.stderr == ""


def test_version_prints_without_a_command() -> None:
    import kmytext

    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"kmytext {kmytext.__version__}\n")
    assert run("--version", "segment").stdout == result.stdout  # eager: before the command


def test_stdin_is_read_when_piped() -> None:
    result = run("keywords", input="克拉玛依举办中国西部氢能大会。氢能产业。")
    assert result.exit_code == 0
    assert result.stdout.startswith("keyword,score,count,pos\n")  # piped: CSV without a BOM
    assert "氢能" in result.stdout
    assert "sample" not in result.stderr


def test_sample_flag_says_nothing_but_runs_on_both_pages() -> None:
    result = run("entities", "--sample", "--mentions", "-f", "jsonl")
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert docs == {"karamay_2025_community_briefs.txt", "karamay_2025_shanghai_aid_feature.txt"}


def test_folder_input() -> None:
    result = run("freq", str(SEEDS), "-f", "json", "--top", "3")
    rows = json.loads(result.stdout)
    assert len(rows) == 3 and rows[0]["docs"] == 2


def test_output_file_gets_bom_and_format_from_extension(tmp_path: Path) -> None:
    out = tmp_path / "ents.csv"
    result = run("entities", PAGE, "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "entity,type,count".encode() in data
    out_json = tmp_path / "ents.json"
    assert run("entities", PAGE, "-o", str(out_json)).exit_code == 0
    assert isinstance(json.loads(out_json.read_text(encoding="utf-8")), list)


def test_no_bom_option(tmp_path: Path) -> None:
    out = tmp_path / "n.csv"
    run("numbers", PAGE, "-o", str(out), "--no-bom")
    assert out.read_text(encoding="utf-8").startswith("text,kind,value")


def _kmytext(*args: str, stdout: object = subprocess.PIPE) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kmytext", *args], cwd=ROOT, env=env, stdout=stdout,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120, check=True)
    return proc.stdout or b""


BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize("args, bom", [
    ([], False), (["-f", "csv"], False), (["-f", "tsv"], False),  # a pipe: never, even asked for by name
    (["--bom"], True), (["-f", "csv", "--bom"], True),            # unless --bom says so
])
def test_bom_in_a_pipe(args: list[str], bom: bool) -> None:
    out = _kmytext("freq", PAGE, "--top", "3", *args)
    assert out.startswith(BOM) == bom
    if not bom and "tsv" not in args:
        rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
        assert list(rows[0])[0] == "word" and len(rows) == 3  # awk '$1=="word"' and DictReader both work


@pytest.mark.parametrize("args, bom", [([], True), (["-f", "csv"], True), (["-f", "tsv"], True),
                                       (["--no-bom"], False), (["-f", "json"], False)])
def test_bom_when_stdout_is_redirected_to_a_file(tmp_path: Path, args: list[str], bom: bool) -> None:
    target = tmp_path / "out.csv"
    with target.open("wb") as fh:  # kmytext freq PAGE > out.csv
        _kmytext("freq", PAGE, "--top", "3", *args, stdout=fh)
    data = target.read_bytes()
    assert data.startswith(BOM) == bom
    if bom:
        assert data.decode("utf-8-sig").startswith("word")
    with target.open("ab") as fh:  # >> out.csv: no BOM in the middle of the file
        _kmytext("freq", PAGE, "--top", "3", *args, stdout=fh)
    assert target.read_bytes().count(BOM) == int(bom)


@pytest.mark.parametrize("args, bom", [([], True), (["-f", "tsv"], True), (["--no-bom"], False)])
def test_bom_with_output_option(tmp_path: Path, args: list[str], bom: bool) -> None:
    target = tmp_path / "out.csv"
    assert run("numbers", PAGE, "-o", str(target), *args).exit_code == 0
    assert target.read_bytes().startswith(BOM) == bom


def test_segment_text_default_and_token_rows() -> None:
    result = run("segment", input="克拉玛依市举办氢能大会\n第二行")
    assert result.stdout == "克拉玛依市 举办 氢能 大会\n第二行\n"
    result = run("segment", "--pos", "-f", "jsonl", input="氢能大会")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert rows[0] == {"doc": "-", "line": 1, "start": 0, "end": 2, "token": "氢能", "pos": "n"}


def test_missing_file_is_one_line_and_exit_1() -> None:
    result = run("entities", "no/such/file.txt")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no/such/file.txt: no such file; check the path"
    assert "Traceback" not in result.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("克拉玛依".encode() + b"\xff" + "氢能".encode())
    result = run("freq", str(bad), PAGE, "-f", "jsonl")
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "at byte 12" in result.stderr and "--errors replace" in result.stderr
    assert result.stdout  # the good page was still counted
    assert run("freq", str(bad), PAGE, "--strict").stdout == ""


def test_usage_errors_exit_2() -> None:
    assert run("segment", "--mode", "fancy", input="x").exit_code == 2
    assert run("entities", "--type", "FOO", input="x").exit_code == 2
    assert run("keywords", "--top", "0", input="x").exit_code == 2


def test_list_options_repeat_and_ignore_case() -> None:
    """--type PER --type ORG is PER,ORG (a repeated option kept only its last value); a type or
    kind in either case (--type per was taken, --kind MONEY refused)."""
    def column(*args: str, name: str) -> set[str]:
        result = run(*args, PAGE, "-f", "csv")
        assert result.exit_code == 0, result.stderr
        return {row[name] for row in csv.DictReader(io.StringIO(result.stdout))}

    assert column("entities", "--type", "PER", "--type", "ORG", name="type") == {"PER", "ORG"}
    assert column("entities", "--type", "per,loc", name="type") == {"PER", "LOC"}
    assert column("numbers", "--kind", "MONEY", "--kind", "date", name="kind") == {"money", "date"}
    assert column("freq", "--pos", "v", "--pos", "ns", name="pos") == {"v", "ns"}


def test_verbose_shows_the_traceback() -> None:
    result = run("--verbose", "entities", "no/such/file.txt")
    assert result.exit_code == 1 and "Traceback" in result.stderr


def test_type_filter_and_mentions_columns() -> None:
    result = run("entities", PAGE, "--type", "PER", "--mentions", "-f", "jsonl")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert rows and {r["type"] for r in rows} == {"PER"}
    assert list(rows[0]) == ["doc", "line", "start", "end", "entity", "type", "name", "role", "context"]
    text = Path(PAGE).read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["entity"] for r in rows)


@pytest.mark.parametrize("command", ["segment", "entities", "numbers", "keywords", "freq"])
def test_golden_sample_pages(command: str) -> None:
    """The sample pages give exactly the recorded output (regenerate on purpose only)."""
    args = {"segment": ["-f", "jsonl", "--pos"], "entities": ["--mentions", "-f", "csv", "--no-bom"],
            "numbers": ["-f", "csv", "--no-bom"], "keywords": ["-f", "csv", "--no-bom", "--top", "30"],
            "freq": ["-f", "csv", "--no-bom", "--top", "100"]}[command]
    result = run(command, "--sample", *args)
    assert result.exit_code == 0, result.stderr
    check_golden(f"{command}.{'jsonl' if command == 'segment' else 'csv'}", result.stdout)
