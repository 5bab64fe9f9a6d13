"""The quote and post evaluation sets (tools/data/quotes.jsonl, posts.jsonl) hold what
tools/data/QUOTES_POSTS.md says: offsets that point at their text, the splits and counts of its
tables. Nothing here runs an extractor on them."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from conftest import ROOT

DATA = ROOT / "tools" / "data"


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_quote_offsets_point_at_their_text() -> None:
    for r in _rows("quotes.jsonl"):
        t = r["text"]
        for q in r["quotes"]:
            assert t[q["start"]:q["end"]] == q["text"], r["id"]
            assert q["kind"] in ("direct", "indirect") and q["speaker_type"] in ("person", "org", "role", None)
            if q["cue"] is not None:
                assert t[q["cue_start"]:q["cue_end"]] == q["cue"], r["id"]
            if q["kind"] == "indirect":
                assert q["text"][-1] not in "，。！？；", r["id"]


def test_post_offsets_point_at_their_text() -> None:
    for r in _rows("posts.jsonl"):
        t = r["text"]
        for p in r["posts"]:
            assert t[p["start"]:p["end"]] == p["text"], r["id"]
            assert t[p["person_start"]:p["person_end"]] == p["person"], r["id"]
            assert isinstance(p["former"], bool)


@pytest.mark.parametrize("name, key, expected", [
    ("quotes.jsonl", "quotes", {"dev": 108, "final": 177, "dev2": 83, "final2": 82, "final3": 154, "final4": 152, "final5": 117, "final6": 156, "final7": 156, "final8": 161, "final9": 151, "final10": 152, "final11": 154, "final12": 161, "final13": 161, "final14": 158, "final15": 159, "final16": 160, "final17": 164, "final18": 161, "final19": 158, "final20": 156, "final21": 130}),
    ("posts.jsonl", "posts", {"dev": 103, "final": 216, "dev2": 66, "final2": 68, "final3": 162, "final4": 117, "final5": 159, "final6": 161}),
])
def test_splits_hold_the_counts_the_notes_give(name: str, key: str, expected: dict[str, int]) -> None:
    counts: Counter[str] = Counter()
    for r in _rows(name):
        counts[r["split"]] += len(r[key])
    assert dict(counts) == expected
