"""What the README, docs/ and the API's docstrings promise, checked from outside: records that
point into the caller's text, the documented columns of every table in every format, the
options doing what they say, the same rows however the input arrives (a file, a pipe, a folder,
one process or two) and the README's worked examples. Each test names the promise it checks."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import kmytext
from conftest import SEEDS
from kmytext.cli import app

runner = CliRunner()
BRIEFS = SEEDS / "karamay_2025_community_briefs.txt"
FEATURE = SEEDS / "karamay_2025_shanghai_aid_feature.txt"


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def csv_rows(*args: str, input: str | None = None) -> list[dict[str, str]]:
    result = run(*args, "-f", "csv", input=input)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


# --- kwic: a query as the page prints it; a bad one is the caller's error ------------------------

FULL_WIDTH = "中央电视台ＣＣＴＶ１报道，华为Ｍａｔｅ６０手机销量１２万台。华为Ｍａｔｅ６０手机很受欢迎。"


@pytest.mark.parametrize("query", ["ＣＣＴＶ１", "CCTV1", "Ｍａｔｅ６０", "Mate60"])
def test_a_query_typed_as_the_page_prints_it_is_found(query: str) -> None:
    """Cleanup folds full-width letters and digits (README, Newspaper pages); a query typed as the
    page prints them, or in ASCII, finds them (as a query in either script finds both)."""
    for chars in (False, True):
        found = kmytext.kwic(FULL_WIDTH, query, chars=chars)
        assert found, (query, chars)
        assert all(re.sub(r"\s", "", FULL_WIDTH[k.start:k.end]) in ("ＣＣＴＶ１", "Ｍａｔｅ６０") for k in found)
    if "ａ" in query or "a" in query:
        assert [c.word for c in kmytext.collocates([FULL_WIDTH], query, min_count=2)] == ["华为", "手机"]


@pytest.mark.parametrize("call", [lambda: kmytext.kwic("氢能大会", "(", regex=True),
                                  lambda: kmytext.concordance([], "[", regex=True),
                                  lambda: kmytext.Corpus.from_texts(["氢能大会"]).kwic("氢能 (", regex=True),
                                  lambda: kmytext.kwic("氢能大会", " ")])
def test_a_bad_query_is_an_argument_error(call) -> None:  # type: ignore[no-untyped-def]
    """Bad arguments raise kmytext.ArgumentError, a ValueError (STYLE.md 5; kmytext.errors)."""
    with pytest.raises(kmytext.ArgumentError):
        call()


def test_a_bad_regex_is_a_usage_error_on_the_command_line() -> None:
    """Exit codes: 2 for a usage error (bad option or value), not 1 and 'a bug in kmytext'."""
    result = run("kwic", "援克 (", str(BRIEFS), "--regex")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "bad regular expression" in result.stderr and "bug" not in result.stderr


# --- freq: numbers, dates and their units are not words ----------------------------------------

@pytest.mark.parametrize("text", ["工作6个月。", "工作1—6个月的人。", "12个月后到期。", "每天工作8个小时。",
                                  "提高0.5个百分点。", "连续5个季度增长。", "三个月后到期。"])
def test_a_unit_after_a_number_and_its_measure_word_is_no_word(text: str) -> None:
    """freq: 'a unit right after a number is part of it' (3月26日 adds no 月): 6个月 no more
    than 三个月, which jieba cuts 三个 + 月 where it cuts 6 + 个 + 月."""
    words = {f.word for f in kmytext.frequencies(text, stop=frozenset())}
    assert not words & {"月", "个", "小时", "百分点", "季度", "个月"}, words


@pytest.mark.parametrize("text, word", [("访问了10个国家。", "国家"), ("来了6个人。", "人")])
def test_a_noun_counted_with_a_measure_word_is_still_a_word(text: str, word: str) -> None:
    assert word in {f.word for f in kmytext.frequencies(text, stop=frozenset())}


# --- the shared options: --dict on every command that segments -----------------------------------

def test_report_takes_a_user_dictionary_as_its_tables_commands_do(tmp_path: Path) -> None:
    """-d/--dict is 'for every command that segments', and each report sheet is the table of the
    command of its name: report segments, so it takes --dict (and --engine) and gives their tables."""
    words = tmp_path / "words.txt"
    words.write_text("沪克合作 100 n\n援克前指 100 nt\n", encoding="utf-8")
    out = tmp_path / "tables"
    result = run("report", str(FEATURE), "-o", str(out), "--dict", str(words), "--engine", "rjieba", "-j", "1")
    assert result.exit_code == 0, result.stderr
    freq = run("freq", str(FEATURE), "--dict", str(words), "-f", "csv", "--no-bom")
    assert (out / "freq.csv").read_text(encoding="utf-8-sig") == freq.stdout
    assert "\n援克前指," in freq.stdout


SHARED_OPTIONS = ["--format", "--output", "--bom", "--encoding", "--errors", "--raw", "--strict", "--dict", "--engine",
                  "--simplified", "--sample", "--jobs"]
# The README's exceptions to 'every command shares these options' (under the options table).
WITHOUT = {"numbers": {"--dict", "--engine", "--simplified"}, "articles": {"--dict", "--engine", "--simplified", "--jobs"},
           "reprints": {"--dict", "--engine", "--simplified"}, "collocates": {"--jobs"}, "report": {"--format", "--bom"}}
COMMANDS = ["segment", "entities", "numbers", "keywords", "freq", "keyness", "kwic", "collocates", "report", "quotes",
            "posts", "reprints", "timeline", "network", "articles"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_the_shared_options_the_readme_gives_it(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    has = {o for o in SHARED_OPTIONS if re.search(rf"(?<![\w-]){o}\b", result.stdout)}
    assert has == set(SHARED_OPTIONS) - WITHOUT.get(command, set())


def test_quotes_simplified_gives_the_speaker_in_simplified_characters() -> None:
    page = "香港特別行政區政府發言人表示，「我們會繼續努力。」\n"
    plain, simple = csv_rows("quotes", input=page), csv_rows("quotes", "--simplified", input=page)
    assert [r["speaker"] for r in plain] == ["香港特別行政區政府發言人"]  # answered in its own script
    assert [r["speaker"] for r in simple] == ["香港特别行政区政府发言人"]
    assert [(r["quote"], r["speaker_text"]) for r in simple] == [("我們會繼續努力。", "香港特別行政區政府發言人")]


# --- Windows line ends, given to the API as a str -------------------------------------------------

SOURCE_FIELDS = {"start", "end", "text", "context", "speaker_text", "speaker_start", "speaker_end", "cue_start",
                 "cue_end", "person", "person_start", "person_end", "credits"}


@pytest.mark.parametrize("func", ["entities", "numbers", "quotes", "posts", "articles", "segment", "credits"])
def test_windows_line_ends_give_what_newlines_give(func: str) -> None:
    """Files are read with \\r\\n as \\n; a str with \\r\\n given to the API gives the same records
    (the photo credits 马海军 摄 of the sample page were lost, and 马海军 became an ORG), with
    offsets into the str as given."""
    page = BRIEFS.read_text(encoding="utf-8")
    crlf = page.replace("\n", "\r\n")
    plain, windows = getattr(kmytext, func)(page), getattr(kmytext, func)(crlf)
    assert [{k: v for k, v in r.as_dict().items() if k not in SOURCE_FIELDS} for r in windows] == \
           [{k: v for k, v in r.as_dict().items() if k not in SOURCE_FIELDS} for r in plain]
    assert all(crlf[r.start:r.end] == (r.name if func == "credits" else r.text) for r in windows)
    if func == "entities":
        assert ("马海军", "PER", "photographer") in {(e.text, e.type, e.role) for e in windows}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["克拉", "玛依", "市", "633", " ", "亿元", "\n", "\n\n", "。", "马海军 摄", "本报讯",
                                 "（一）", "，", "“", "”"]), max_size=40).map("".join))
def test_cleanup_reads_windows_line_ends_as_newlines(text: str) -> None:
    windows = text.replace("\n", "\r\n")
    assert kmytext.clean(windows).text == kmytext.clean(text).text
