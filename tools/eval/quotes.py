"""Quote spans and speakers of ``kmytext.quotes`` against hand-annotated passages.

    python -m tools.eval quotes [--split dev|dev2|final|final2|...|final21|all] [--by source|kind] [--errors] [--data FILE]

The data and its conventions: ``tools/data/quotes.jsonl`` and ``tools/data/QUOTES_POSTS.md``
(section "Scoring"). Each passage is one text given to ``kmytext.quotes``.

- *span exact*: a predicted quote is right when its start and end equal a gold quote's
  (one-to-one); *span overlap*: one-to-one matching of spans that share a character, the
  largest overlap first.
- *quote+speaker*: a prediction counts only when its span matches (exact, or overlap) and its
  speaker string equals the gold speaker (None equals None): the speaker F1.
- *named speakers*: the same over the quotes whose speaker is a person or an organisation
  (gold ``speaker_type`` person/org; predictions whose ``speaker_type`` is person/org).
- *speaker accuracy*: right speakers among matched spans.

Develop on ``dev``; ``final`` is scored once, for the figures reported (the default is dev).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import kmytext

DATA = Path(__file__).resolve().parents[1] / "data" / "quotes.jsonl"
NAMED = ("person", "org")


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 for an empty side, as the annotator's score.py has them)."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], exact: bool) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` of matching spans."""
    pairs = []
    if exact:
        where = {(g["start"], g["end"]): i for i, g in enumerate(gold)}
        used: set[int] = set()
        for j, p in enumerate(pred):
            i = where.get((p["start"], p["end"]))
            if i is not None and i not in used:
                used.add(i)
                pairs.append((i, j))
        return pairs
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                candidates.append((overlap, i, j))
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    for _, i, j in sorted(candidates, reverse=True):
        if i not in taken_gold and j not in taken_pred:
            taken_gold.add(i)
            taken_pred.add(j)
            pairs.append((i, j))
    return pairs


def predict(rows: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """kmytext's quotes of each passage, as dicts."""
    found = kmytext.quotes([r["text"] for r in rows])
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in found:
        by_doc[q.doc].append(q.as_dict())
    return {r["id"]: by_doc.get(str(i), []) for i, r in enumerate(rows, 1)}


def score(rows: Sequence[dict[str, Any]], pred: dict[str, list[dict[str, Any]]],
          key: Callable[[dict[str, Any], dict[str, Any] | None], str]) -> dict[str, Counter[str]]:
    """Counts per group: gold, predicted, matched spans and right speakers."""
    acc: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        gold, got = r["quotes"], pred[r["id"]]
        for g in gold:
            acc[key(r, g)]["gold"] += 1
            acc[key(r, g)]["gold_named"] += g["speaker_type"] in NAMED
        for p in got:
            acc[key(r, p)]["pred"] += 1
            acc[key(r, p)]["pred_named"] += p["speaker_type"] in NAMED
        for name, exact in (("exact", True), ("overlap", False)):
            for i, j in match(gold, got, exact):
                k = key(r, gold[i])
                acc[k][name] += 1
                right = gold[i]["speaker"] == got[j]["speaker"]
                acc[k][name + "_speaker"] += right
                acc[k][name + "_named"] += right and gold[i]["speaker_type"] in NAMED and got[j]["speaker_type"] in NAMED
    return acc


def report(acc: dict[str, Counter[str]]) -> None:
    for k in sorted(acc):
        a = acc[k]
        print(f"== {k}: {a['gold']} gold quotes, {a['pred']} predicted")
        print(f"{'':28}{'P':>7}{'R':>7}{'F1':>7}")
        for name in ("exact", "overlap"):
            rows = ((f"span {name}", a[name], a["pred"], a["gold"]),
                    (f"quote+speaker ({name})", a[name + "_speaker"], a["pred"], a["gold"]),
                    (f"  named speakers ({name})", a[name + "_named"], a["pred_named"], a["gold_named"]))
            for label, tp, npred, ngold in rows:
                print(f"{label:28}" + "".join(f"{x:7.3f}" for x in prf(tp, npred, ngold)))
            accuracy = a[name + "_speaker"] / a[name] if a[name] else 0.0
            print(f"{'  speaker accuracy (' + name + ')':28}{accuracy:21.3f}")


def errors(rows: Sequence[dict[str, Any]], pred: dict[str, list[dict[str, Any]]]) -> None:
    """Misses, false quotes and wrong speakers, passage by passage (overlap matching)."""
    for r in rows:
        gold, got = r["quotes"], pred[r["id"]]
        pairs = match(gold, got, exact=False)
        lines = []
        for i, j in pairs:
            g, p = gold[i], got[j]
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                lines.append(f"  SPAN  gold {g['text'][:40]!r}\n        got  {p['text'][:40]!r}")
            if g["speaker"] != p["speaker"]:
                lines.append(f"  WHO   {g['speaker']} ({g['speaker_type']}) got {p['speaker']} ({p['speaker_type']}) "
                             f"at {p['speaker_text']!r}, cue {p['cue']!r} | {g['text'][:30]!r}")
        for i in sorted(set(range(len(gold))) - {i for i, _ in pairs}):
            g = gold[i]
            lines.append(f"  MISS  {g['kind']} {g['cue']!r} {g['speaker']} | {g['text'][:50]!r}")
        for j in sorted(set(range(len(got))) - {j for _, j in pairs}):
            p = got[j]
            lines.append(f"  FALSE {p['kind']} {p['cue']!r} {p['speaker']} | {p['text'][:50]!r}")
        if lines:
            print(f"-- {r['id']}")
            print("\n".join(lines))


HELD_BACK = tuple(f"final{n}" for n in range(2, 22))  # never part of "all": the sets held back whole
SPLITS = ("dev", "dev2", "final", *HELD_BACK, "all")
SPLIT_HELP = ("dev, dev2 (open); final, final2 ... final21 (final and final2 the first two sets' held-back halves, "
              "final3 on whole sets held back, final7 on quotes only, so posts has final2 to final6; each scored once "
              "at first contact, docs/accuracy.md, and read after it); or all: dev, dev2 and final")


def read_split(path: Path, split: str) -> list[dict[str, Any]]:
    """The records of ``split`` in a set file (``quotes.jsonl``, ``posts.jsonl``); ``all``: every
    split but the :data:`HELD_BACK` ones. The quotes and posts evaluations read their sets so."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == split or (split == "all" and r["split"] not in HELD_BACK)]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.eval quotes", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="annotated passages (default: %(default)s)")
    ap.add_argument("--split", choices=SPLITS, default="dev", help=SPLIT_HELP)
    ap.add_argument("--by", choices=("source", "kind"), help="figures per source or per kind as well")
    ap.add_argument("--errors", action="store_true", help="list misses, false quotes and wrong speakers")
    a = ap.parse_args(argv)
    if not a.data.exists():
        ap.error(f"{a.data} not found (it is in a development checkout: tools/data/quotes.jsonl)")
    rows = read_split(a.data, a.split)
    pred = predict(rows)
    if a.errors:
        errors(rows, pred)
    report(score(rows, pred, lambda r, q: "all"))
    if a.by == "source":
        report(score(rows, pred, lambda r, q: r["source"]))
    elif a.by == "kind":
        report(score(rows, pred, lambda r, q: "kind " + (q["kind"] if q else "?")))
    return 0
