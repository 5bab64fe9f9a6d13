"""Read the source corpora and rebuild passages (used by build_eval.py).

MSRA train (msra_train.bio.gz) keeps articles, but its sentences are stored in reverse running
order, with two quirks this module undoes:
  * a closing quotation mark that followed a sentence-final 。！？ is stored at the start of the
    NEXT line of the file; it is moved back to the end of the line before it;
  * a quotation that runs over several sentences is stored in forward order, as one block
    (its lines are kept together, in file order, when the blocks are reversed).
So the running order of an article is: blocks (a line, or the lines of an open quotation)
in descending file order, the lines inside a block in ascending file order.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the repository
DATA = ROOT.parent / "shared" / "data"
SEEDS = ROOT / "seeds"


def _read_bio(path: Path) -> list[str]:
    op = gzip.open if path.suffix == ".gz" else open
    sents, cur = [], []
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append("".join(cur))
                    cur = []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            cur.append(parts[0] if parts[0] else " ")
    if cur:
        sents.append("".join(cur))
    return sents


@lru_cache(None)
def msra_raw() -> list[str]:
    return _read_bio(DATA / "ner" / "msra_train.bio.gz")


@lru_cache(None)
def msra_fixed() -> list[str]:
    m = list(msra_raw())
    for i in range(1, len(m)):
        k = 0
        while k < len(m[i]) and m[i][k] in "”』’」":
            k += 1
        if k:
            m[i - 1] += m[i][:k]
            m[i] = m[i][k:]
    return m


@lru_cache(None)
def msra_blocks() -> tuple[list[list[int]], dict[int, int]]:
    m = msra_fixed()
    blocks, cur, bal = [], [], 0
    for i, s in enumerate(m):
        cur.append(i)
        bal += s.count("“") - s.count("”") + s.count("『") - s.count("』")
        if bal <= 0 or len(cur) >= 12:
            blocks.append(cur)
            cur, bal = [], 0
    if cur:
        blocks.append(cur)
    pos = {i: k for k, b in enumerate(blocks) for i in b}
    return blocks, pos


def msra_running(first: int, last: int) -> list[int]:
    """File line numbers (0-based sentence index) from `first` to `last`, in running order."""
    blocks, pos = msra_blocks()
    k0, k1 = pos[first], pos[last]
    assert k0 >= k1, (first, last)
    order = [i for k in range(k0, k1 - 1, -1) for i in blocks[k]]
    return order[order.index(first): order.index(last) + 1]


@lru_cache(None)
def msr_lines() -> list[str]:
    return [ln.rstrip("\n").strip() for ln in open(DATA / "seg" / "msr_test.utf8", encoding="utf-8")]


@lru_cache(None)
def pd(split: str) -> list[str]:
    return _read_bio(DATA / "ner" / f"peoples_daily_{split}.bio")


@lru_cache(None)
def cluener() -> list[str]:
    return [json.loads(l)["text"] for l in open(DATA / "ner" / "cluener_train.jsonl", encoding="utf-8")]


def passage_text(ref: tuple) -> str:
    kind = ref[0]
    if kind == "msra":
        m = msra_fixed()
        return "".join(m[i] for i in msra_running(ref[1], ref[2]))
    if kind == "msr":
        return "".join(msr_lines()[ref[1]: ref[2] + 1])
    if kind in ("pd_test", "pd_dev"):
        return pd(kind[3:])[ref[1]]
    if kind == "cluener":
        return cluener()[ref[1]]
    if kind == "seed":
        from seed_texts import seed_text
        return seed_text(ref[1])
    raise ValueError(ref)
