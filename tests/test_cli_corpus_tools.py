"""CLI tests of keywords, freq, keyness, kwic, collocates and report."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from conftest import SEEDS
from kmytext.cli import app
from kmytext.text.normalize import clean

runner = CliRunner()
FEATURE = str(SEEDS / "karamay_2025_shanghai_aid_feature.txt")
BRIEFS = str(SEEDS / "karamay_2025_community_briefs.txt")


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_kwic_shows_every_occurrence_and_round_trips_through_csv(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kwic.csv"
    result = run("kwic", "氢能", FEATURE, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(out.read_text(encoding="utf-8"))
    text = (SEEDS / "karamay_2025_shanghai_aid_feature.txt").read_text(encoding="utf-8")
    assert len(rows) == clean(text).text.count("氢能")
    assert list(rows[0]) == ["left", "keyword", "right", "doc", "line", "start", "end"]
    assert all(text[int(r["start"]):int(r["end"])] == "氢能" for r in rows)


def test_kwic_sort_and_chars() -> None:
    result = run("kwic", "援克", FEATURE, "--sort", "right", "--chars", "-f", "jsonl", "--width", "5")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["right"] for r in rows] == sorted(r["right"] for r in rows)
    assert run("kwic", "援克", FEATURE, "--sort", "up").exit_code == 2
    assert run("kwic", "(", FEATURE, "--regex").exit_code == 2  # a usage error


def test_keyness_of_the_feature_page() -> None:
    result = run("keyness", FEATURE, "-f", "csv", "--top", "12")
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert {"援克", "克拉玛依", "沪克", "氢能"} <= {r["word"] for r in rows}
    assert all(float(r["g2"]) > 0 and 0 < float(r["p"]) < 0.001 for r in rows)  # not rounded to 0


def test_keyness_against_own_reference() -> None:
    result = run("keyness", FEATURE, "--reference", BRIEFS, "-f", "csv", "--top", "5")
    rows = csv_rows(result.stdout)
    assert rows and "ref_count" in rows[0]


def test_freq_ngrams_min_count_and_totals() -> None:
    rows = csv_rows(run("freq", FEATURE, "--ngram", "2", "--min-count", "5", "-f", "csv").stdout)
    assert rows[0]["word"] == "上海 援克" and all(int(r["count"]) >= 5 for r in rows)
    table = run("freq", FEATURE, "--top", "3", "-f", "table").stdout
    assert "total" in table


def test_keywords_by_doc_textrank_and_corpus_idf() -> None:
    rows = csv_rows(run("keywords", str(SEEDS), "--by", "doc", "--top", "3", "-f", "csv").stdout)
    assert len(rows) == 6 and list(rows[0])[0] == "doc"
    tr = csv_rows(run("keywords", FEATURE, "--method", "textrank", "-f", "csv").stdout)
    assert "克拉玛依" in {r["keyword"] for r in tr}
    idf = run("keywords", str(SEEDS), "--idf", "corpus", "--by", "doc", "-f", "csv")
    assert idf.exit_code == 0
    assert run("keywords", FEATURE, "--method", "lda").exit_code == 2


def test_presegmented_input() -> None:
    result = run("freq", "--presegmented", "-f", "csv", input="氢能 大会 氢能大会\n氢能 产业\n")
    rows = {r["word"]: r for r in csv_rows(result.stdout)}
    assert rows["氢能"]["count"] == "2" and "氢能大会" in rows


def test_collocates() -> None:
    rows = csv_rows(run("collocates", "氢能", FEATURE, "--min-count", "2", "-f", "csv").stdout)
    assert rows and list(rows[0]) == ["word", "count", "freq", "mi", "g2"]
    assert "西部" in {r["word"] for r in rows}


def test_report_writes_a_workbook_and_a_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run("report", str(SEEDS), "-o", str(tmp_path / "out.xlsx"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out.xlsx").stat().st_size > 0
    result = run("report", str(SEEDS), "-o", str(tmp_path / "out"))
    assert (tmp_path / "out" / "keywords.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert run("report", str(SEEDS), "-o", str(tmp_path / "out.pdf")).exit_code == 1
    assert result.stdout == ""


# --- stopwords -------------------------------------------------------------------------------

def test_freq_leaves_function_words_out_unless_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    default = {r["word"]: r for r in csv_rows(run("freq", FEATURE, "-f", "csv").stdout)}
    kept = {r["word"]: r for r in csv_rows(run("freq", FEATURE, "-f", "csv", "--keep-stopwords").stdout)}
    assert not {"的", "在", "和", "是"} & default.keys() and {"的", "在", "和"} <= kept.keys()
    assert {"发展", "建设"} <= default.keys()  # generic verbs are counted: a frequency list wants them
    assert default["上海"] == kept["上海"]  # the same rate: per_10k counts every word
    extra = tmp_path / "mine.txt"
    extra.write_text("上海\n发展\n", encoding="utf-8")
    mine = {r["word"] for r in csv_rows(run("freq", FEATURE, "-f", "csv", "--stopwords", str(extra)).stdout)}
    assert not {"上海", "发展", "的"} & mine and "克拉玛依" in mine
    bigrams = {r["word"] for r in csv_rows(run("freq", FEATURE, "-f", "csv", "--ngram", "2").stdout)}
    assert bigrams and not any("的" in g.split() for g in bigrams)


def test_freq_totals_row_says_stopwords_are_in_it() -> None:
    default = run("freq", FEATURE, "--top", "3", "-f", "table").stdout
    kept = run("freq", FEATURE, "--top", "3", "-f", "table", "--keep-stopwords").stdout
    total = [line for line in default.splitlines() if "total" in line][0]
    assert "stopwords too" in total
    assert total.split("│")[2].strip() == [line for line in kept.splitlines() if "total" in line][0].split("│")[2].strip()


def test_keywords_and_collocates_keep_stopwords_when_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def words(*args: str) -> set[str]:
        result = run(*args, "-f", "csv")
        assert result.exit_code == 0, result.stderr
        return {next(iter(r.values())) for r in csv_rows(result.stdout)}

    assert "发展" not in words("keywords", FEATURE, "--method", "freq", "--top", "60")
    assert "发展" in words("keywords", FEATURE, "--method", "freq", "--top", "60", "--keep-stopwords")
    text = tmp_path / "t.txt"
    text.write_text("推动氢能产业。推动氢能发展。", encoding="utf-8")
    assert "推动" not in words("collocates", "氢能", str(text))
    assert "推动" in words("collocates", "氢能", str(text), "--keep-stopwords")
    mine = tmp_path / "mine.txt"
    mine.write_text("产业\n", encoding="utf-8")
    assert "产业" not in words("collocates", "氢能", str(text), "--keep-stopwords", "--stopwords", str(mine))
    assert run("freq", FEATURE, "--stopwords", str(tmp_path / "none.txt")).exit_code == 1
