"""Person-position-organisation triples of ``kmytext.posts`` against hand-annotated sentences.

    python -m tools.eval posts [--split dev|dev2|final|final2|...|final6|all] [--by source] [--errors] [--data FILE]

The data and its conventions: ``tools/data/posts.jsonl`` and ``tools/data/QUOTES_POSTS.md``
(section "Scoring"). Each sentence is one text given to ``kmytext.posts``.

- *triple*: (person, position, org) equal, ``org`` None included, compared as multisets within
  each sentence; micro P/R/F1 over the set (sentences without posts count toward precision);
- *person+position*: (person, position) equal, the organisation left out.

Develop on ``dev``; ``final`` is scored once, for the figures reported (the default is dev).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import kmytext
from tools.eval.quotes import SPLIT_HELP, SPLITS, prf, read_split

DATA = Path(__file__).resolve().parents[1] / "data" / "posts.jsonl"
KEYS: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "triple": lambda p: (p["person"], p["position"], p.get("org")),
    "person+position": lambda p: (p["person"], p["position"]),
}


def predict(rows: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """kmytext's posts of each sentence, as dicts."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in kmytext.posts([r["text"] for r in rows]):
        by_doc[p.doc].append(p.as_dict())
    return {r["id"]: by_doc.get(str(i), []) for i, r in enumerate(rows, 1)}


def score(rows: Sequence[dict[str, Any]], pred: dict[str, list[dict[str, Any]]],
          key: Callable[[dict[str, Any]], str]) -> dict[str, Counter[str]]:
    acc: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        gold, got = r["posts"], pred[r["id"]]
        a = acc[key(r)]
        a["gold"] += len(gold)
        a["pred"] += len(got)
        for name, f in KEYS.items():
            a[name] += sum((Counter(map(f, gold)) & Counter(map(f, got))).values())
    return acc


def report(acc: dict[str, Counter[str]]) -> None:
    for k in sorted(acc):
        a = acc[k]
        print(f"== {k}: {a['gold']} gold posts, {a['pred']} predicted")
        print(f"{'':18}{'P':>7}{'R':>7}{'F1':>7}")
        for name in KEYS:
            print(f"{name:18}" + "".join(f"{x:7.3f}" for x in prf(a[name], a["pred"], a["gold"])))


def errors(rows: Sequence[dict[str, Any]], pred: dict[str, list[dict[str, Any]]]) -> None:
    """Posts missed and posts found that are not in the annotation, sentence by sentence."""
    f = KEYS["triple"]
    for r in rows:
        gold, got = Counter(map(f, r["posts"])), Counter(map(f, pred[r["id"]]))
        missed, wrong = gold - got, got - gold
        if missed or wrong:
            print(f"-- {r['id']} {r['text'][:70]}")
            for t in missed.elements():
                print(f"  MISS  {t}")
            for t in wrong.elements():
                print(f"  FALSE {t}")




def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.eval posts", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="annotated sentences (default: %(default)s)")
    ap.add_argument("--split", choices=SPLITS, default="dev", help=SPLIT_HELP)
    ap.add_argument("--by", choices=("source",), help="figures per source as well")
    ap.add_argument("--errors", action="store_true", help="list missed and false posts")
    a = ap.parse_args(argv)
    if not a.data.exists():
        ap.error(f"{a.data} not found (it is in a development checkout: tools/data/posts.jsonl)")
    rows = read_split(a.data, a.split)
    pred = predict(rows)
    if a.errors:
        errors(rows, pred)
    report(score(rows, pred, lambda r: "all"))
    if a.by == "source":
        report(score(rows, pred, lambda r: r["source"]))
    return 0
