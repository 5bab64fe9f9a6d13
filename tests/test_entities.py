from __future__ import annotations

from kmytext.entities import entities, summarize, works
from kmytext.types import Entity


def test_works_in_title_marks() -> None:
    found = works("一首《克拉玛依之歌》，制定《三年行动计划(2023-2025)》")
    assert [e.text for e in found] == ["克拉玛依之歌", "三年行动计划(2023-2025)"]


def test_offsets_into_the_source(seed_texts: list[str]) -> None:
    for text in seed_texts:
        for e in entities(text):
            assert text[e.start:e.end] == e.text
            assert e.type in {"PER", "LOC", "ORG", "WORK"}


def test_summary_merges_aliases_under_the_full_name() -> None:
    full = "上海市对口支援克拉玛依市前方指挥部"
    rows = summarize([
        ("a", Entity(full, "ORG", 0, 17)),
        ("b", Entity("上海援克前指", "ORG", 20, 26, canonical=full)),
    ])
    assert rows == [{"entity": full, "type": "ORG", "count": 2, "documents": 2, "aliases": "上海援克前指"}]
