"""kmytext timeline: the date of a unit, periods, what is counted, units left out, the CLI."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kmytext
from kmytext.cli import app
from kmytext.run.corpus import whole_units
from kmytext.stats.timeline import Query, Tally, Timeline, name_date, period, unit_date
from kmytext.tables import TABLES
from conftest import needs_shared
from kmytext.text.document import Document

# A small dated corpus: two March articles, an April one, one whose dateline prints no year,
# one with no dateline at all.
PAGES = {
    "a.txt": "氢能产业加快发展\n\n本报北京2021年3月5日电（记者 王明） 国务院总理李强在北京考察氢能产业，国家发展改革委"
             "负责人陪同。项目投资10亿元，另有500万美元外资。\n",
    "b.txt": "氢能汽车上路\n\n本报上海2021年3月9日电（记者 张华） 李强在上海汽车集团调研氢能汽车，投资2亿元。\n",
    "c.txt": "春耕生产\n\n本报讯 4月2日，农业农村部部署春耕生产，李强作出批示。\n",
    "d.txt": "会议召开\n\n本报长沙2021年4月1日电 湖南省人民政府召开会议，研究氢能源发展。\n",
    "e.txt": "一则消息\n\n没有日期的消息，李强出席。\n",
}


def corpus(notices: list[str] | None = None, **options: object) -> kmytext.Corpus:
    return kmytext.Corpus([Document(k, t) for k, t in PAGES.items()],
                          on_notice=None if notices is None else notices.append, **options)  # type: ignore[arg-type]


def rows(found: list[kmytext.TimelineCount]) -> list[tuple[object, ...]]:
    return [(r.period, r.item, r.kind, r.count, r.articles) for r in found]


@pytest.mark.parametrize("date, by, year, expected", [
    ("2021-03-05", "day", None, "2021-03-05"), ("2021-03-05", "month", None, "2021-03"),
    ("2021-03-05", "year", None, "2021"), ("--04-02", "month", None, None), ("--04-02", "day", 2021, "2021-04-02"),
    ("--02-29", "day", 2021, None), ("--02-29", "day", 2024, "2024-02-29"), (None, "day", 2021, None),
])
def test_period(date: str | None, by: str, year: int | None, expected: str | None) -> None:
    assert period(date, by, year=year) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("path, expected", [
    ("archive/2021-03-05/a.txt", "2021-03-05"), ("renmin_20210305_3.txt", "2021-03-05"),
    ("2021/03/05/a.txt", "2021-03-05"), ("2020/01/01/20210305.txt", "2021-03-05"),  # the last in the path
    ("a_2021_03_05.txt#4", "2021-03-05"), ("20211305.txt", None), ("120210305.txt", None), ("a.txt", None),
])
def test_name_date(path: str, expected: str | None) -> None:
    assert name_date(path) == expected


def test_the_date_of_a_unit() -> None:
    assert unit_date(Document("a.txt", PAGES["a.txt"])) == "2021-03-05"
    assert unit_date(Document("c.txt", PAGES["c.txt"])) == "--04-02"
    assert unit_date(Document("e.txt", PAGES["e.txt"])) is None
    # an article unit: its dateline date with the year, as Corpus(by="article") sets it
    assert unit_date(Document("p#2", "会议召开。", base_date=datetime.date(2021, 5, 1))) == "2021-05-01"
    # the date in the path comes first when asked for
    assert unit_date(Document("20210401_a.txt", PAGES["a.txt"]), date_from_name=True) == "2021-04-01"
    assert unit_date(Document("a.txt", PAGES["a.txt"]), date_from_name=True) == "2021-03-05"
    # a page: the first dateline found, in page order
    page = "要闻\n\n会议召开\n\n没有日期的消息。\n\n春耕\n\n本报讯 3月26日，春耕生产。\n\n又一条\n\n本报北京2021年3月1日电 消息。\n"
    assert unit_date(Document("page.txt", page)) == "--03-26"


def test_terms_entities_and_money_by_month() -> None:
    notices: list[str] = []
    found = corpus(notices).timeline(terms=["氢能"], entities=["李强"], kinds=["money"], by="month")
    assert rows(found) == [
        ("2021-03", "氢能", "term", 4, 2),  # whole tokens: not 氢能源 (d.txt)
        ("2021-03", "money", "money", 3, 2),
        ("2021-03", "李强", "PER", 2, 2),
    ]
    money = next(r for r in found if r.kind == "money")
    assert money.sum == 1_200_000_000  # 10亿元 + 2亿元; 500万美元 counted, not added
    assert all(r.sum is None for r in found if r.kind != "money")
    assert notices == ["kmytext: timeline: 2 of 5 units left out: 1 without a dateline date and 1 with a dateline "
                       "that prints no year (give --year)"]


def test_periods_by_day_and_year_and_a_year_for_datelines_without_one() -> None:
    by_day = corpus().timeline(entities=["李强"], by="day", year=2021)
    assert rows(by_day) == [("2021-03-05", "李强", "PER", 1, 1), ("2021-03-09", "李强", "PER", 1, 1),
                            ("2021-04-02", "李强", "PER", 1, 1)]
    by_year = corpus().timeline(terms=["氢能"], entities=["李强"], by="year", year=2021)
    assert rows(by_year) == [("2021", "氢能", "term", 4, 2), ("2021", "李强", "PER", 3, 3)]


def test_the_sample_pages_datelines_are_of_their_year() -> None:
    # their datelines print no year (3月26日); the pages are of 2025, unless a year is asked for
    sample = kmytext.Corpus.sample()
    assert {r.period for r in sample.timeline(by="year")} == {"2025"}
    assert {r.period for r in sample.timeline(by="year", year=2024)} == {"2024"}
    assert sample.report(top=5)["timeline"]


def test_top_entities_of_types() -> None:
    found = corpus().timeline(types=["ORG"], top=2, by="year")
    assert {r.kind for r in found} == {"ORG"} and len({r.item for r in found}) == 2
    each = corpus().timeline(types=["PER", "ORG"], top=1, by="year")  # the top of each type
    assert [(r.item, r.kind, r.count) for r in each] == [("李强", "PER", 2), ("上海汽车集团", "ORG", 1)]
    everything = corpus().timeline(types=["ORG"], top=0, by="year")
    assert {r.item for r in everything} == {"国务院", "国家发展改革委", "上海汽车集团", "湖南省人民政府"}
    default = corpus().timeline(by="year")  # nothing asked: people, places and organisations
    assert {r.kind for r in default} == {"PER", "LOC", "ORG"}


def test_a_name_asked_for_is_counted_once_also_among_the_top_of_its_type() -> None:
    found = corpus().timeline(entities=["李强"], types=["PER"], top=0, by="year", year=2021)
    assert [(r.item, r.count) for r in found if r.item == "李强"] == [("李强", 3)]


def test_units_by_article_take_each_article_s_dateline() -> None:
    page = ("要闻\n\n氢能大会开幕\n\n本报北京2021年3月5日电 氢能大会今天开幕。\n\n"
            "氢能汽车\n\n本报上海2021年5月9日电 氢能汽车上路，氢能加注站建成。\n")
    by_file = kmytext.Corpus([Document("p.txt", page)]).timeline(terms=["氢能"])
    assert rows(by_file) == [("2021-03", "氢能", "term", 5, 1)]  # the page is dated by its first dateline
    by_article = kmytext.Corpus([Document("p.txt", page)], by="article").timeline(terms=["氢能"])
    assert rows(by_article) == [("2021-03", "氢能", "term", 2, 1), ("2021-05", "氢能", "term", 3, 1)]


def test_date_from_name() -> None:
    docs = [Document("news/2021-06-01/x.txt", "消息\n\n氢能。"), Document("news/20210702.txt", PAGES["a.txt"])]
    found = kmytext.Corpus(docs).timeline(terms=["氢能"], date_from_name=True)
    assert rows(found) == [("2021-06", "氢能", "term", 1, 1), ("2021-07", "氢能", "term", 2, 1)]


def test_the_notice_says_why_units_were_left_out() -> None:
    """With --date-from-name a unit left out had no date in its name either; with --year, a
    dateline of 2月29日 is a day that year has not (it said to give --year)."""
    notices: list[str] = []
    docs = [Document("news/x.txt", PAGES["e.txt"]), Document("y.txt", "消息\n\n本报讯 2月29日，氢能大会召开。\n")]
    kmytext.Corpus(docs, on_notice=notices.append).timeline(terms=["氢能"], date_from_name=True, year=2021)
    assert notices == ["kmytext: timeline: 2 of 2 units left out: 1 without a dateline date or a date in the file "
                       "name and 1 with a dateline day that 2021 has not (29 February)"]


def test_the_pieces_of_a_file_are_one_unit() -> None:
    line = Timeline(Query(terms=("氢能",)), by="month")
    pieces = [(Document("big.txt", "…"), Tally("big.txt", None, Counter({("氢能", "term"): 2}))),
              (Document("big.txt", "…", offset=300_000), Tally("big.txt", "2021-03-05", Counter({("氢能", "term"): 3}))),
              (Document("other.txt", "…"), Tally("other.txt", "2021-03-06", Counter({("氢能", "term"): 1})))]
    for _, tally in whole_units(pieces):
        line.add(tally)
    assert rows(line.rows()) == [("2021-03", "氢能", "term", 6, 2)]
    assert (line.units, line.undated, line.no_year) == (2, 0, 0)


def test_a_large_file_read_in_pieces_counts_as_one_unit(tmp_path: Path) -> None:
    body = "本报北京2021年3月5日电 " + "发展氢能产业，建设加氢站。\n" * 40_000  # over 1 MB: read in pieces
    path = tmp_path / "big.txt"
    path.write_text("氢能\n\n" + body, encoding="utf-8")
    found = kmytext.Corpus([str(path)]).timeline(terms=["氢能"])
    assert rows(found) == [("2021-03", "氢能", "term", 40_001, 1)]


def test_the_library_function_takes_texts() -> None:
    found = kmytext.timeline(list(PAGES.values()), terms=["氢能"])
    assert rows(found) == [("2021-03", "氢能", "term", 4, 2)]
    with pytest.raises(TypeError, match="kmytext.timeline"):
        kmytext.timeline(b"bytes")  # type: ignore[arg-type]


# --- the command line ------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_cli_csv_has_the_columns_of_the_table_and_says_what_was_left_out(folder: Path) -> None:
    result = runner.invoke(app, ["timeline", str(folder), "--term", "氢能", "--kind", "money", "-f", "csv", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == list(TABLES["timeline"].columns) == ["period", "item", "kind", "count", "articles", "sum"]
    assert table[1:] == [["2021-03", "氢能", "term", "4", "2", ""], ["2021-03", "money", "money", "3", "2", "1200000000"]]
    assert result.stderr == ("kmytext: timeline: 2 of 5 units left out: 1 without a dateline date and 1 with a "
                             "dateline that prints no year (give --year)\n")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "table"])
def test_cli_formats(folder: Path, fmt: str) -> None:
    result = runner.invoke(app, ["timeline", str(folder), "--entity", "李强", "--by", "year", "--year", "2021",
                                 "-f", fmt, "-j", "1"])
    assert result.exit_code == 0 and result.stderr == "kmytext: timeline: 1 of 5 units left out: 1 without a dateline date\n"
    if fmt == "json":
        assert json.loads(result.stdout) == [{"period": "2021", "item": "李强", "kind": "PER", "count": 3,
                                              "articles": 3, "sum": None}]
    elif fmt == "jsonl":
        assert [json.loads(x)["count"] for x in result.stdout.splitlines()] == [3]
    elif fmt == "tsv":
        assert result.stdout.splitlines() == ["period\titem\tkind\tcount\tarticles\tsum", "2021\t李强\tPER\t3\t3\t"]
    else:
        assert "李强" in result.stdout and "period" in result.stdout


def test_cli_by_article_and_date_from_name(tmp_path: Path) -> None:
    (tmp_path / "20210601.txt").write_text("消息\n\n氢能发展。\n", encoding="utf-8")
    result = runner.invoke(app, ["timeline", str(tmp_path), "--term", "氢能", "--date-from-name", "--unit", "article",
                                 "--by", "day", "-f", "csv"])
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.splitlines()[1:] == ["2021-06-01,氢能,term,1,1,"]


def test_cli_an_empty_term_is_a_usage_error(folder: Path) -> None:
    result = runner.invoke(app, ["timeline", str(folder), "--term", " "])
    assert result.exit_code == 2 and result.stdout == ""


@needs_shared
def test_the_news_folder_tool_writes_dated_articles(tmp_path: Path) -> None:
    from tools.build.news_folder import main

    main(["--out", str(tmp_path / "pd"), "--articles", "20"])
    files = sorted((tmp_path / "pd").rglob("*.txt"))
    assert len(files) == 20 and files[0].relative_to(tmp_path / "pd").as_posix() == "1998/01/19980101_000.txt"
    result = runner.invoke(app, ["timeline", str(tmp_path / "pd"), "--date-from-name", "--kind", "percent,money",
                                 "--by", "year", "-f", "csv", "-j", "1"])
    assert result.exit_code == 0 and result.stderr == ""  # every file dated by its name
    assert [r.split(",")[0] for r in result.stdout.splitlines()[1:]] == ["1998"] * 2


@pytest.mark.parametrize("kwargs, error", [
    ({"terms": "氢能"}, TypeError), ({"by": "week"}, ValueError), ({"kinds": ["cash"]}, ValueError),
    ({"types": ["per"]}, ValueError),
])
def test_the_library_refuses_what_the_command_refuses(kwargs: dict, error: type) -> None:
    """terms="氢能" searched the characters 氢 and 能 and found nothing; now it says to write a list."""
    with pytest.raises(error):
        kmytext.timeline(["本报北京2021年3月5日电 氢能。"], **kwargs)


def test_a_name_asked_for_that_is_an_alias_counts_the_entity_it_names() -> None:
    text = ("本报北京2021年3月5日电 中国人民银行（以下简称人行）宣布降息。人行表示将继续。"
            "国务院总理李强出席会议。")
    by_alias = kmytext.timeline([text], entities=["人行"])
    assert rows(by_alias) == [("2021-03", "人行", "ORG", 3, 1)]  # the full name and both 人行
    both = kmytext.timeline([text], entities=["人行", "中国人民银行"])
    assert rows(both) == [("2021-03", "中国人民银行", "ORG", 3, 1), ("2021-03", "人行", "ORG", 3, 1)]
    # before its definition (or with none) a word is only itself: nothing is counted for it here
    assert kmytext.timeline(["本报北京2021年3月5日电 人行门前。"], entities=["人行"]) == []
