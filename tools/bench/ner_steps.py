"""What one ``kmytext.entities(sentence)`` call costs, step by step, against ``jieba.posseg.lcut``.

    python -m tools.bench.ner_steps                  # 2,000 MSR test sentences cut to ~50 chars
    python -m tools.bench.ner_steps --n 500 --chars 50 --profile

One call per sentence, as ``df.text.apply(kmytext.entities)`` makes them. Reports µs per call
for the whole call and for its parts: cleanup, segmentation, the model
(:func:`kmytext.ner.tagger.tag_spans_many`), and the rest (rules, consistency, credits,
aliases, titles, placing: :func:`kmytext.ner.pipeline._entities`); and ``jieba.posseg.lcut``
on the same sentences, interleaved, in CPU time. ``--profile`` adds a cProfile of the rest.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MSR = ROOT.parent / "shared" / "data" / "seg" / "msr_test.utf8"


def sentences(n: int, chars: int) -> list[str]:
    """The first ``n`` lines of the MSR test text of at least ``chars`` characters, cut to
    ``chars`` (after the last clause mark past the middle, if any)."""
    if not MSR.is_file():
        sys.exit(f"python -m tools.bench.ner_steps needs {MSR} (the SIGHAN 2005 MSR test text)")
    out: list[str] = []
    for line in MSR.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if len(line) < chars:
            continue
        marks = [k + 1 for k in range(chars // 2, chars) if line[k] in "，。；、！？"]
        cut = marks[-1] if marks else chars
        out.append(line[:cut])
        if len(out) == n:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.bench.ner_steps", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="sentences")
    ap.add_argument("--chars", type=int, default=50, help="characters per sentence (about)")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the sentences; the fastest counts")
    ap.add_argument("--profile", action="store_true", help="cProfile the steps after the model")
    args = ap.parse_args(argv)

    import jieba
    import jieba.posseg

    import kmytext
    from kmytext.ner.pipeline import _entities
    from kmytext.ner.tagger import tag_spans_many
    from kmytext.text.document import Document

    texts = sentences(args.n, args.chars)
    mean = sum(map(len, texts)) / len(texts)
    jieba.setLogLevel(60)
    jieba.posseg.lcut("预热。")
    kmytext.entities("预热。董爱华在克拉玛依市调研")

    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        spent = dict.fromkeys(("call", "jieba", "clean", "segment", "model", "rest"), 0.0)
        for t in texts:
            c = clock()
            kmytext.entities(t)
            spent["call"] += clock() - c
            c = clock()
            jieba.posseg.lcut(t)
            spent["jieba"] += clock() - c
            doc = Document("", t)
            c = clock()
            _ = doc.cleaned
            spent["clean"] += clock() - c
            c = clock()
            _ = doc.tokens
            spent["segment"] += clock() - c
            c = clock()
            (spans,) = tag_spans_many([doc])
            spent["model"] += clock() - c
            c = clock()
            _entities(doc, spans, True)
            spent["rest"] += clock() - c
        for k, v in spent.items():
            best[k] = min(best.get(k, v), v)
    us = {k: v / len(texts) * 1e6 for k, v in best.items()}
    print(f"{len(texts)} sentences of {mean:.0f} characters, one call each (CPU time, best of {args.repeat})")
    print(f"  kmytext.entities    {us['call']:7.0f} µs/call  ({us['jieba'] / us['call']:.2f}x jieba.posseg.lcut)")
    print(f"  jieba.posseg.lcut   {us['jieba']:7.0f} µs/call")
    for k, label in (("clean", "cleanup"), ("segment", "segmentation"), ("model", "model"),
                     ("rest", "rules and the rest")):
        print(f"    {label:<18}{us[k]:7.0f} µs/call")
    if args.profile:
        import cProfile
        import pstats

        docs = [Document("", t) for t in texts]
        found = [tag_spans_many([d])[0] for d in docs]
        prof = cProfile.Profile()
        prof.enable()
        for d, spans in zip(docs, found):
            _entities(d, spans, True)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
