from __future__ import annotations

import csv
import io

import pytest

from kmytext.stats.concordance import collocates, concordance, kwic
from kmytext.text.normalize import clean
from kmytext.io.write import Format, write_rows
from kmytext.text.document import Document


@pytest.mark.parametrize("word", ["氢能", "援克", "沪克", "克拉玛依"])
def test_chars_mode_finds_every_occurrence(seed_texts: list[str], word: str) -> None:
    for text in seed_texts:
        hits = kwic(text, word, chars=True)
        assert len(hits) == clean(text).text.count(word)
        assert all(text[k.start:k.end].replace("\n", "") == word for k in hits)


def test_kwic_hydrogen_on_the_feature_page(seed_texts: list[str]) -> None:
    text = seed_texts[1]
    hits = kwic(text, "氢能", width=10)
    assert len(hits) == clean(text).text.count("氢能") == 9
    assert all(k.keyword == "氢能" and k.line > 0 for k in hits)


def test_whole_tokens_by_default() -> None:
    text = "氢能产业。氢能源汽车。"
    assert len(kwic(text, "氢能")) == 1
    assert len(kwic(text, "氢能", chars=True)) == 2


def test_multiword_and_pieces_of_a_term(seed_texts: list[str]) -> None:
    assert len(kwic(seed_texts[1], "上海 援克")) == len(kwic(seed_texts[1], "上海援克"))
    assert len(kwic(seed_texts[1], "上海援克前指")) == 14  # jieba cuts it as 上海/援克/前指


def test_regex_query_matches_whole_tokens() -> None:
    hits = kwic("克拉玛依市举办大会。克拉玛依发展。克拉玛依市民。", "克拉玛依市?", regex=True)
    # 克拉玛依市民 is 克拉玛依 + 市民: the token 克拉玛依 matches, never 克拉玛依市 inside 市民.
    assert [k.keyword for k in hits] == ["克拉玛依市", "克拉玛依", "克拉玛依"]


def test_sort_and_width() -> None:
    docs = [Document("a", "乙氢能丙。甲氢能乙。丙氢能甲。")]
    right = [k.right for k in concordance(docs, "氢能", sort="right", width=1)]
    assert right == sorted(right) and all(len(r) == 1 for r in right)
    left = [k.left for k in concordance(docs, "氢能", sort="left", width=1)]
    assert left == sorted(left)


def test_offsets_point_into_the_source_across_line_breaks() -> None:
    text = "克拉玛依举办氢能大会，发展氢\n能产业，打造中国西部氢都，推进氢能示范。"
    for k in kwic(text, "氢能", chars=True):
        assert text[k.start:k.end].replace("\n", "") == "氢能"


def test_csv_round_trip(seed_texts: list[str]) -> None:
    rows = [k.as_dict() for k in kwic(seed_texts[1], "氢能")]
    columns = ["left", "keyword", "right", "doc", "line", "start", "end"]
    buf = io.StringIO()
    write_rows(rows, columns, Format.csv, buf, bom=True)
    back = list(csv.DictReader(io.StringIO(buf.getvalue().lstrip("\ufeff"))))
    assert [{c: str(r[c]) for c in columns} for r in rows] == back


def test_collocates_rank_by_g2_and_mi() -> None:
    texts = ["西部氢能大会召开。", "西部氢能产业发展。", "算力产业发展。", "西部地区。"]
    rows = collocates(texts, "氢能", window=2, min_count=2)
    assert rows[0].word == "西部" and rows[0].count == 2
    assert all(r.count <= r.freq for r in rows)
    by_mi = collocates(texts, "氢能", window=2, min_count=1, by="mi")
    assert [r.mi for r in by_mi] == sorted((r.mi for r in by_mi), reverse=True)


def test_the_doc_given_names_the_lines_of_a_text_or_a_document() -> None:
    """``doc=`` named the lines of a text but was ignored for a Document (its id kept, silently)."""
    text = "发展氢能产业。"
    assert {k.doc for k in kwic(text, "氢能", doc="a.txt")} == {"a.txt"}
    assert {k.doc for k in kwic(Document("page.txt", text), "氢能")} == {"page.txt"}
    assert {k.doc for k in kwic(Document("page.txt", text), "氢能", doc="a.txt")} == {"a.txt"}
