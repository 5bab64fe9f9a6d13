"""Evaluate the entity model: per-type and overall precision, recall and F1 with
exact span matching.

    python -m tools.eval ner                   # the model alone on the dev splits
    python -m tools.eval ner --pipeline        # kmytext.entities() (cleanup, model, news rules)
    python -m tools.eval ner FILE...           # BIO files, or CLUENER .jsonl (address -> LOC)
    python -m tools.eval ner --model /tmp/x.zip
    python -m tools.eval ner --split final     # once, at the end: the figure to report

The splits are those of ``tools.train.ner_data.splits``, which ``python -m tools.train.ner``
never trains on: 10% of MSRA (PER/LOC/ORG) and 10% of CLUENER, scored on PER and ORG
only (its place labels follow another convention). Choose by ``dev``; ``final`` is
for the one measurement reported.

Each sentence is its own text (document), as one call of ``kmytext.entities`` would see
it; the texts go through ``kmytext.entities_many`` (``tag_spans_many`` for the model
alone) in batches, which gives each text what a call of its own gives.
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
    gold: Sequence[Sentence], tagger: Callable[[list[str]], list[list[Span]]],
    types: Sequence[str] = TYPES, batch: int = 500,
) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    """Per type of ``types`` (and ``ALL`` of them): ``(precision, recall, f1, gold
    count)``; and chars/s. ``tagger`` tags a list of texts. Other types, gold or found,
    are not scored."""
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    chars = 0
    elapsed = 0.0
    for i in range(0, len(gold), batch):
        part = gold[i : i + batch]
        t0 = time.perf_counter()
        found = tagger([text for text, _ in part])
        elapsed += time.perf_counter() - t0
        for (text, spans), pred in zip(part, found, strict=True):
            chars += len(text)
            g = {s for s in spans if s[2] in types}
            p = {s for s in pred if s[2] in types}
            for s in g:
                ngold[s[2]] += 1
            for s in p:
                npred[s[2]] += 1
            for s in g & p:
                tp[s[2]] += 1
    out: dict[str, tuple[float, float, float, int]] = {}
    for t in (*types, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(npred.values()) if t == "ALL" else npred[t]
        c = sum(ngold.values()) if t == "ALL" else ngold[t]
        prec = a / b if b else 0.0
        rec = a / c if c else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = (prec, rec, f1, c)
    return out, (chars / elapsed if elapsed else 0.0)


def model_tagger(texts: list[str]) -> list[list[Span]]:
    """The model alone, each text a document (full-width digits and letters folded, as
    cleanup leaves them; no other cleanup, so offsets stay the text's)."""
    from kmytext.ner.tagger import tag_spans_many
    from kmytext.text.document import Document
    from kmytext.text.normalize import fold_width

    return tag_spans_many([Document("", fold_width(t).text, clean=False) for t in texts])


def pipeline_tagger(consistent: bool = True) -> Callable[[list[str]], list[list[Span]]]:
    """``kmytext.entities`` of each text (PER/LOC/ORG)."""
    import kmytext

    def tagger(texts: list[str]) -> list[list[Span]]:
        return [[(e.start, e.end, e.type) for e in found if e.type in TYPES]
                for found in kmytext.entities_many(texts, consistent=consistent)]

    return tagger


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
    # texts tagged in batches: not a throughput figure (tools/bench/ner.py is)
    lines = [f"{name}  ({cps / 1000:.0f} K chars/s)",
             f"  {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for t, (p, r, f, n) in res.items():
        lines.append(f"  {t:<5} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.eval ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--model", help="fast (the default), accurate, or a model file")
    ap.add_argument("--split", choices=["dev", "final"], default="dev",
                    help="which held-back part (final: once, for the figure reported)")
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
        sets = [(str(f), read_any(f), TYPES) for f in args.files]
    else:
        sp = splits(args.data)
        sets = [(f"MSRA {args.split} (10% of msra_train)", sp[f"msra_{args.split}"], TYPES),
                (f"CLUENER {args.split} (10% of train; PER and ORG)", sp[f"cluener_{args.split}"],
                 ("PER", "ORG"))]
    ner.tag_spans("预热。")  # load the model outside the timing
    tagger = model_tagger
    if args.consistent:
        sets = [(f"{name} [documents of {args.consistent}, consistent]", grouped(g, args.consistent), ty)
                for name, g, ty in sets]

        def tagger(texts: list[str]) -> list[list[Span]]:
            from kmytext.ner.consistency import propagate

            return [propagate(t, found) for t, found in zip(texts, model_tagger(texts))]

    if args.pipeline:
        tagger = pipeline_tagger()  # as a user calls it: document consistency on
        sets = [(f"{name} [kmytext.entities]", g, ty) for name, g, ty in sets]
    for name, gold, types in sets:
        res, cps = score(gold, tagger, types)
        print(report(name, res, cps))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head` ends quietly
        sys.stderr.close()
        sys.exit(0)
