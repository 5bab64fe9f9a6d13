"""Evaluate the entity model: per-type and overall precision, recall and F1 with
exact span matching, and throughput.

    python -m tools.eval ner                 # the held-out splits of ../shared/data/ner
    python -m tools.eval ner FILE...         # BIO files, or CLUENER .jsonl (address -> LOC)
    python -m tools.eval ner --model /tmp/x.crfsuite

The held-out splits are the ones ``python -m tools.train.ner`` never trains on
(20% of People's Daily test, 10% of CLUENER train; see ``tools.train.ner_data``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from tools.train.ner_data import Sentence, Span, read_any, splits

TYPES = ("PER", "LOC", "ORG")


def score(
    gold: Sequence[Sentence], tagger: Callable[[str], list[Span]]
) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    """Per type (and ``ALL``): ``(precision, recall, f1, gold count)``; and chars/s."""
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    chars = 0
    elapsed = 0.0
    for text, spans in gold:
        t0 = time.perf_counter()
        pred = tagger(text)
        elapsed += time.perf_counter() - t0
        chars += len(text)
        g = {s for s in spans if s[2] in TYPES}
        p = {s for s in pred if s[2] in TYPES}
        for s in g:
            ngold[s[2]] += 1
        for s in p:
            npred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    out: dict[str, tuple[float, float, float, int]] = {}
    for t in (*TYPES, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(npred.values()) if t == "ALL" else npred[t]
        c = sum(ngold.values()) if t == "ALL" else ngold[t]
        prec = a / b if b else 0.0
        rec = a / c if c else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = (prec, rec, f1, c)
    return out, (chars / elapsed if elapsed else 0.0)


def grouped(gold: Sequence[Sentence], n: int) -> list[Sentence]:
    """Consecutive sentences joined by newlines into pseudo-documents of ``n``, so
    document-level consistency can be measured on sentence-level gold data."""
    out: list[Sentence] = []
    for i in range(0, len(gold), n):
        parts: list[str] = []
        spans: list[Span] = []
        off = 0
        for text, sp in gold[i : i + n]:
            parts.append(text)
            spans += [(s + off, e + off, t) for s, e, t in sp]
            off += len(text) + 1
        out.append(("\n".join(parts), spans))
    return out


def report(name: str, res: dict[str, tuple[float, float, float, int]], cps: float) -> str:
    # one sentence (or document) per call: not a throughput figure (tools/bench/ner.py is)
    lines = [f"{name}  ({cps / 1000:.0f} K chars/s, one call per item)",
             f"  {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for t, (p, r, f, n) in res.items():
        lines.append(f"  {t:<5} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.eval ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--model", type=Path, help="a model (.crf, or .crfsuite from crfsuite) instead of the shipped one")
    ap.add_argument("--data", type=Path, help="the ner data folder (default ../shared/data/ner)")
    ap.add_argument("--consistent", type=int, metavar="N", default=0,
                    help="join N consecutive sentences into a document and tag with consistency")
    ap.add_argument("--pipeline", action="store_true",
                    help="score kmytext.entities() (cleanup, credits, aliases on top of the model), "
                         "PER/LOC/ORG only, instead of the bare model")
    args = ap.parse_args(argv)

    import kmytext.ner.tagger as ner

    if args.model:
        ner.use_model(args.model)
    if args.files:
        sets = [(str(f), read_any(f)) for f in args.files]
    else:
        sp = splits(args.data)
        sets = [("held-out People's Daily (20% of test)", sp["pd_heldout"]),
                ("held-out CLUENER (10% of train; address->LOC)", sp["cluener_heldout"])]
    ner.tag_spans("预热。")  # load the model outside the timing
    tagger = ner.tag_spans
    if args.consistent:
        sets = [(f"{name} [documents of {args.consistent}, consistent]", grouped(g, args.consistent))
                for name, g in sets]

        def tagger(text: str) -> list[Span]:
            from kmytext.ner.consistency import propagate

            return propagate(text, ner.tag_spans(text))

    if args.pipeline:
        import kmytext

        consistent = bool(args.consistent)

        def tagger(text: str) -> list[Span]:
            return [(e.start, e.end, e.type) for e in kmytext.entities(text, consistent=consistent)
                    if e.type in ("PER", "LOC", "ORG")]

        sets = [(f"{name} [kmytext.ner.pipeline]", g) for name, g in sets]
    for name, gold in sets:
        res, cps = score(gold, tagger)
        print(report(name, res, cps))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head` ends quietly
        sys.stderr.close()
        sys.exit(0)
