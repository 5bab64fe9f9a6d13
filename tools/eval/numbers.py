"""Precision, recall and F1 of ``kmytext.numex.find`` on hand-annotated JSON lines.

    python -m tools.eval numbers [FILE ...] [--split dev|test|blind...|peer|all|final|final3|final4] [--errors]

With no FILE: the three annotation files of ``tools/data`` (``numbers.jsonl``,
``numbers_news.jsonl``, ``numbers_suite.jsonl``). Each line: ``{"text", "split", "mentions":
[{"start", "end", "kind", "value", "value_max", "unit", "approx", "direction"}]}``
(``direction`` only in the newer files; missing means None). A prediction is right for
*span+kind* when its offsets and kind equal a gold mention's; *value* further requires kind,
value and value_max to match (floats to 1e-6 relative), *unit*, *approx* and *direction* that
field. *overlap* only needs a shared character.

Splits named ``final``, ``final3`` and ``final4`` are held back: they are scored only when asked
for by name (``--split final``, ``--split final3``, ``--split final4``), never by ``each`` or
``all``, so that the first score on them is a first contact. (``final`` was scored at first
contact and again after fixes; ``final3`` is the fresh set annotated after those fixes;
``final4`` the fresh set annotated after the changes made since final3.)
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

from kmytext.numex import find

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = [DATA / "numbers.jsonl", DATA / "numbers_news.jsonl", DATA / "numbers_suite.jsonl"]
HELD_BACK = ("final", "final3", "final4")
FIELDS = ("unit", "approx", "direction")
KINDS = ("money", "percent", "date", "time", "duration", "quantity", "ordinal", "number")


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    return bool(a == b)


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(rows: list[dict[str, Any]], show_errors: bool = False) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    npred = ngold = 0
    kind_tp: Counter[str] = Counter()
    kind_pred: Counter[str] = Counter()
    kind_gold: Counter[str] = Counter()
    for row in rows:
        gold = {(g["start"], g["end"]): g for g in row["mentions"]}
        pred = [n.as_dict() for n in find(row["text"])]
        npred += len(pred)
        ngold += len(gold)
        for g in gold.values():
            kind_gold[g["kind"]] += 1
        matched = set()
        for p in pred:
            kind_pred[p["kind"]] += 1
            g = gold.get((p["start"], p["end"]))
            if any(p["start"] < h["end"] and h["start"] < p["end"] for h in gold.values()):
                tp["overlap"] += 1  # precision side; recall side counted below
            if g is None:
                if show_errors:
                    print(f"  FP {p['text']!r} {p['kind']} {p['value']} | {row['text'][:50]!r}")
                continue
            matched.add((p["start"], p["end"]))
            tp["span"] += 1
            if p["kind"] == g["kind"]:
                tp["span+kind"] += 1
                kind_tp[g["kind"]] += 1
            if p["kind"] == g["kind"] and _same(p["value"], g["value"]) and _same(p["value_max"], g.get("value_max")):
                tp["value"] += 1
            elif show_errors:
                print(f"  VAL {p['text']!r} got {p['kind']} {p['value']}..{p['value_max']} "
                      f"want {g['kind']} {g['value']}..{g.get('value_max')}")
            for name in FIELDS:
                if name not in g:
                    continue  # the first set has no direction
                if p[name] == g[name]:
                    tp[name] += 1
                elif show_errors:
                    print(f"  {name.upper()} {p['text']!r} got {p[name]} want {g[name]}")
        for g in gold.values():
            if any(p["start"] < g["end"] and g["start"] < p["end"] for p in pred):
                tp["overlap_gold"] += 1
        if show_errors:
            for key, g in gold.items():
                if key not in matched:
                    print(f"  FN {g['text']!r} {g['kind']} {g['value']} | {row['text'][:50]!r}")
    res: dict[str, Any] = {"pred": npred, "gold": ngold,
                           "fields": [f for f in FIELDS if any(f in g for row in rows for g in row["mentions"])]}
    for k in ("span+kind", "value", *FIELDS, "span"):
        res[k] = _prf(tp[k], npred, ngold)
    p_ov = tp["overlap"] / npred if npred else 1.0
    r_ov = tp["overlap_gold"] / ngold if ngold else 1.0
    res["overlap"] = (p_ov, r_ov, 2 * p_ov * r_ov / (p_ov + r_ov) if p_ov + r_ov else 0.0)
    res["kinds"] = {k: (_prf(kind_tp[k], kind_pred[k], kind_gold[k]), kind_gold[k]) for k in KINDS}
    return res


def _print(name: str, res: dict[str, Any]) -> None:
    print(f"== {name}: {res['gold']} gold mentions, {res['pred']} predicted")
    print(f"{'metric':<12}{'P':>7}{'R':>7}{'F1':>7}")
    for k in ("span+kind", "value", *res["fields"], "span", "overlap"):
        p, r, f = res[k]
        print(f"{k:<12}{p:7.3f}{r:7.3f}{f:7.3f}")
    print(f"{'kind':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}   (span+kind)")
    for k, ((p, r, f), n) in res["kinds"].items():
        print(f"{k:<12}{p:7.3f}{r:7.3f}{f:7.3f}{n:6d}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.eval numbers", description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="*", help="annotation files (default: the three in tools/data)")
    ap.add_argument("--split", default="each",
                    help="one split (dev, test, blind, blind2 ... peer, final, final3, final4), 'all' pooled, or 'each' "
                         f"(default); {', '.join(HELD_BACK)} only by name")
    ap.add_argument("--errors", action="store_true", help="list false positives, misses and wrong values")
    a = ap.parse_args(argv)
    for path in a.gold or FILES:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        known = list(dict.fromkeys(r.get("split", "dev") for r in rows))
        if a.split not in (*known, "all", "each"):
            print(f"== {path.name}: no split {a.split!r} (splits: {', '.join(known)})")
            continue
        open_splits = [s for s in known if s not in HELD_BACK]
        splits = [*open_splits, "all"] if a.split == "each" else [a.split]
        for s in splits:
            sub = [r for r in rows if r.get("split", "dev") in (open_splits if s == "all" else (s,))]
            _print(f"{path.name} {s}", evaluate(sub, show_errors=a.errors and s != "all"))
        for held in HELD_BACK:
            if held in known and a.split in ("each", "all"):
                print(f"({path.name}: split '{held}' held back; score it with --split {held})")
    return 0
