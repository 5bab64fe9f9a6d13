"""Traditional-script input comes back in its own script: segment's words, entity names,
keywords, frequency words, keyness, collocates and concordance lines; --simplified turns it
off; simplified input is unchanged."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest
from typer.testing import CliRunner

import kmytext
from conftest import SEEDS
from kmytext.cli import app
from kmytext.text.normalize import clean

HK = ("李鄭屋村的居民昨日在深水埗區舉行「氫能大會」，香港特區政府代表出席。\n"
      "李鄭屋古墓是香港重要的文物，李鄭屋村居民希望政府加強保育。\n"
      "深水埗區議會主席表示，大會吸引了三百名市民參加，「氫能」將是香港未來的發展方向。\n")
FEATURE = (SEEDS / "karamay_2025_shanghai_aid_feature.txt").read_text(encoding="utf-8")


def _s2t() -> dict[str, str]:
    """Simplified to traditional, the first traditional character of each in kmytext's table:
    enough to write a simplified page in traditional script for these tests."""
    pairs = resources.files("kmytext.data").joinpath("t2s.txt").read_text(encoding="utf-8").strip()
    out: dict[str, str] = {}
    for i in range(0, len(pairs) - 1, 2):
        out.setdefault(pairs[i + 1], pairs[i])
    return out


S2T = _s2t()


def traditional(text: str) -> str:
    return "".join(S2T.get(c, c) for c in text)


def run(*args: str, input: str) -> str:
    result = CliRunner().invoke(app, list(args), input=input)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def column(output: str, name: str) -> list[str]:
    return [r[name] for r in csv.DictReader(io.StringIO(output))]


def test_segment_keeps_the_source_script_and_its_quotes() -> None:
    words = run("segment", input=HK).split()
    assert {"李鄭屋", "「", "」", "大會", "氫能"} <= set(words)
    assert not {"李郑屋", "“", "”", "大会"} & set(words)
    plain = run("segment", "--simplified", input=HK).split()
    assert {"李郑屋", "“", "大会"} <= set(plain) and "李鄭屋" not in plain
    rows = run("segment", "-f", "csv", "--pos", input=HK)
    assert "李鄭屋" in column(rows, "token") and "李郑屋" not in column(rows, "token")


@pytest.mark.parametrize("command, name", [("keywords", "keyword"), ("freq", "word"), ("entities", "entity")])
def test_aggregated_names_come_back_in_the_source_script(command: str, name: str) -> None:
    names = set(column(run(command, "-f", "csv", input=HK), name))
    assert names & {"李鄭屋", "李鄭屋村", "李鄭", "李鄭屋古墓"}, names
    assert not any(("郑" in n or "区" in n or "会" in n) for n in names), names
    plain = set(column(run(command, "-f", "csv", "--simplified", input=HK), name))
    assert any("郑" in n for n in plain) and not any("鄭" in n for n in plain)


def test_a_query_in_either_script_finds_traditional_text() -> None:
    for query in ("氫能", "氢能"):
        lines = list(csv.DictReader(io.StringIO(run("kwic", query, "-f", "csv", input=HK))))
        assert [r["keyword"] for r in lines] == ["氫能", "氫能"] and "「" in lines[0]["left"]
    near = column(run("collocates", "居民", "--min-count", "1", "-f", "csv", input=HK), "word")
    assert "李鄭" in near and "區" in near and not {"李郑", "区"} & set(near)


def test_a_traditional_page_gives_the_simplified_page_results_in_its_script() -> None:
    """The sample page written in traditional script is the same page to the models (the
    same clean text), so every word and name is the simplified result in traditional script."""
    page = traditional(FEATURE)
    assert page != FEATURE and clean(page).text == clean(FEATURE).text
    simplified = run("segment", input=FEATURE).splitlines()
    assert run("segment", input=page).splitlines() == [traditional(line) for line in simplified]
    assert run("segment", "--simplified", input=page).splitlines() == simplified
    for command, name in (("keywords", "keyword"), ("freq", "word"), ("keyness", "word")):
        assert column(run(command, "-f", "csv", input=page), name) == \
            [traditional(w) for w in column(run(command, "-f", "csv", input=FEATURE), name)], command
    assert column(run("entities", "-f", "csv", input=page), "entity") == \
        [traditional(w) for w in column(run("entities", "-f", "csv", input=FEATURE), "entity")]


def test_simplified_input_is_unchanged_by_the_script_rule() -> None:
    assert run("keywords", "-f", "csv", input=FEATURE) == run("keywords", "-f", "csv", "--simplified", input=FEATURE)
    assert run("segment", input=FEATURE) == run("segment", "--simplified", input=FEATURE)


def test_the_library_and_the_report_answer_in_the_source_script() -> None:
    assert "李鄭屋" in {t.word for t in kmytext.segment(HK)}
    assert {k.keyword for k in kmytext.keywords(HK)} & {"李鄭屋", "李鄭屋村"}
    assert "李郑屋" in {t.word for t in kmytext.segment(HK, simplified=True)}
    tables = kmytext.Corpus.from_texts([HK]).report(top=10)
    for table, field in (("entities", "entity"), ("keywords", "keyword"), ("freq", "word")):
        names = {getattr(r, field) for r in tables[table]}
        assert any("鄭" in n for n in names) and not any("郑" in n for n in names), table
