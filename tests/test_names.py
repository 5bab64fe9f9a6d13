"""User name lists: ``--names FILE``, ``entities(..., names=...)``, ``Corpus(names=...)``."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kmytext.cli import app
from kmytext.errors import InputError
from kmytext.ner.names import Names, read_names
from kmytext.ner.pipeline import entities
from kmytext.run.corpus import Corpus
from kmytext.text.document import Document

TEXT = "英国首相斯塔默今天访问北京，参观了腾讯和字节跳动。阿里云发布新模型。"
runner = CliRunner()


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["腾讯 ORG", "斯塔默 PER", "加沙 loc"], {"腾讯": "ORG", "斯塔默": "PER", "加沙": "LOC"}),
        (["Keir Starmer PER"], {"Keir Starmer": "PER"}),  # a name may hold spaces
        # jieba's user dictionary: nr/ns/nt give the type, other words and untagged words are skipped
        (["阿里云 3 nt", "斯塔默 nrt", "加沙 ns", "云计算 5 n", "大模型", "氢能 10"],
         {"阿里云": "ORG", "斯塔默": "PER", "加沙": "LOC"}),
        (["# a comment", "", "  ", "腾讯 ORG"], {"腾讯": "ORG"}),
    ],
)
def test_read_names(tmp_path: Path, lines: list[str], expected: dict[str, str]) -> None:
    path = tmp_path / "names.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert read_names(path).types == expected


@pytest.mark.parametrize("line", ["张三 PERSON", "中国 银行", "张三 nr 5 x"])
def test_a_bad_line_is_an_input_error_naming_it(tmp_path: Path, line: str) -> None:
    path = tmp_path / "names.txt"
    path.write_text(f"腾讯 ORG\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_names(path)


@pytest.mark.parametrize("content, reason", [
    ("", "empty file"), ("\n  \n", "empty file"),
    ("# people\n云计算 5 n\n大模型\n", "no names in it"),  # a user dictionary given for --names
])
def test_a_file_without_names_is_an_input_error(tmp_path: Path, content: str, reason: str) -> None:
    """It was read as no names at all: the run went on as if --names had not been given."""
    path = tmp_path / "names.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=f"names.txt: {reason}"):
        read_names(path)
    result = runner.invoke(app, ["entities", "--sample", "--names", str(path)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: --names {path}: {reason}") and result.stderr.count("\n") == 1


def test_a_gb18030_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_bytes("腾讯 ORG\n字节跳动 ORG\n斯塔默 PER\n".encode("gb18030"))
    assert read_names(path).types == {"腾讯": "ORG", "字节跳动": "ORG", "斯塔默": "PER"}


def test_listed_names_override_the_model() -> None:
    names = {"腾讯": "ORG", "字节跳动": "ORG", "斯塔默": "PER", "阿里云": "ORG", "北京": "ORG"}
    found = [(e.text, e.type) for e in entities(TEXT, names=names)]
    assert found == [("英国", "LOC"), ("斯塔默", "PER"), ("北京", "ORG"), ("腾讯", "ORG"), ("字节跳动", "ORG"),
                     ("阿里云", "ORG")]


def test_the_longest_listed_name_wins() -> None:
    names = Names({"上海": "LOC", "上海援克前指": "ORG", "援克": "ORG"})
    assert names.spans("上海援克前指和上海") == [(0, 6, "ORG"), (7, 9, "LOC")]
    assert names.spans("ABC上海ABCD") == [(3, 5, "LOC")]
    assert Names({"AB": "ORG"}).spans("ABC AB") == [(4, 6, "ORG")]  # never a piece of a Latin word


def test_names_reach_every_entity_call(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("字节跳动 ORG\n", encoding="utf-8")
    assert ("字节跳动", "ORG") in [(e.text, e.type) for e in entities(TEXT, names=path)]
    assert ("字节跳动", "ORG") in [(e.text, e.type) for e in entities(TEXT, names=str(path))]
    corpus = Corpus([Document("a", TEXT)], names=path)
    assert ("字节跳动", "ORG") in [(r.entity, r.type) for r in corpus.entities()]
    assert ("字节跳动", "ORG") in [(r.entity, r.type) for r in corpus.report()["entities"]]
    with pytest.raises(ValueError, match="PER, LOC or ORG"):
        entities(TEXT, names={"腾讯": "COMPANY"})


def test_names_option(tmp_path: Path) -> None:
    page, names = tmp_path / "page.txt", tmp_path / "names.txt"
    page.write_text(TEXT + "\n", encoding="utf-8")
    names.write_text("腾讯 ORG\n字节跳动 ORG\n", encoding="utf-8")
    result = runner.invoke(app, ["entities", str(page), "--names", str(names), "-f", "csv", "--type", "ORG"])
    assert result.exit_code == 0, result.stderr
    assert {"腾讯,ORG,1,1,", "字节跳动,ORG,1,1,"} <= set(result.stdout.lstrip("\ufeff").splitlines())
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", str(page), "--names", str(names), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "字节跳动,ORG" in (out / "entities.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("command", ["entities", "report"])
def test_a_bad_names_file_is_one_line_and_exit_1(tmp_path: Path, command: str) -> None:
    page, names = tmp_path / "page.txt", tmp_path / "names.txt"
    page.write_text(TEXT + "\n", encoding="utf-8")
    names.write_text("张三 PERSON\n", encoding="utf-8")
    extra = ["-o", str(tmp_path / "r.xlsx")] if command == "report" else []
    result = runner.invoke(app, [command, str(page), "--names", str(names), *extra])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: --names {names}: line 1: ") and result.stderr.count("\n") == 1
    result = runner.invoke(app, [command, str(page), "--names", str(tmp_path / "none.txt"), *extra])
    assert result.exit_code == 1 and "none.txt" in result.stderr and result.stdout == ""


def test_names_go_to_worker_processes() -> None:
    import pickle

    names = Names({"腾讯": "ORG"})
    names.spans("腾讯")  # compiled: the pattern is not what is pickled
    again = pickle.loads(pickle.dumps(names))
    assert again == names and again.spans("腾讯和") == [(0, 2, "ORG")]
