from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "text, full, alias",
    [
        ("成立上海市对口支援克拉玛依市前方指挥部（以下简称“上海援克前指”）。上海援克前指表示",
         "上海市对口支援克拉玛依市前方指挥部", "上海援克前指"),
        ("据悉，国家发展和改革委员会（以下简称国家发改委）发布通知。国家发改委表示", "国家发展和改革委员会", "国家发改委"),
        ("由中国石油天然气集团有限公司(简称:中石油)牵头", "中国石油天然气集团有限公司", "中石油"),
    ],
)
def test_aliases_count_under_the_full_name(text: str, full: str, alias: str) -> None:
    found = entities(text)
    alias_mentions = [e for e in found if e.text == alias]
    assert alias_mentions and all(e.canonical == full and e.type == "ORG" for e in alias_mentions)
    assert any(e.text == full and e.canonical is None for e in found)
    rows = summarize(("d", e) for e in found)
    row = next(r for r in rows if r["entity"] == full)
    assert row["count"] == 1 + len(alias_mentions) and row["aliases"] == alias
