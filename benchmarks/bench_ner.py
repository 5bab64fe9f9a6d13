"""Throughput of ``kmytext.ner.tag`` against ``jieba.posseg`` on the same text, in one run.

    python benchmarks/bench_ner.py                # sample pages + held-out news, ~1 M chars
    python benchmarks/bench_ner.py FILE... --repeat 3

Reports chars/s for both, their ratio, the model load time and the peak resident
memory (ru_maxrss) of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(files: list[Path], target: int) -> list[str]:
    docs: list[str] = []
    if files:
        docs = [f.read_text(encoding="utf-8-sig") for f in files]
    else:
        docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        from kmytext.ner.datasets import default_data_dir, splits

        if default_data_dir().is_dir():
            sp = splits()
            # articles of ~40 sentences, as the CLI sees them
            for key in ("pd_heldout", "cluener_heldout"):
                sents = [t for t, _ in sp[key]]
                docs += ["\n".join(sents[i : i + 40]) for i in range(0, len(sents), 40)]
    total = sum(map(len, docs))
    reps = max(1, target // max(total, 1))
    return docs * reps


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--chars", type=int, default=1_000_000, help="approximate text size")
    args = ap.parse_args()
    docs = corpus(args.files, args.chars)
    n = sum(map(len, docs))
    print(f"text: {n:,} chars in {len(docs)} documents; rss before {rss_mb():.0f} MB")

    import kmytext.ner as ner

    t0 = time.perf_counter()
    ner.tag("预热。")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    ents = sum(len(ner.tag(d)) for d in docs)
    t_ner = time.perf_counter() - t0
    rss_ner = rss_mb()

    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(jieba.posseg.cut("预热。"))
    t0 = time.perf_counter()
    for d in docs:
        jieba.posseg.lcut(d)
    t_jieba = time.perf_counter() - t0

    print(f"kmytext.ner.tag : {n / t_ner / 1000:8.1f} K chars/s  ({ents:,} entities; model load {load:.2f}s)")
    print(f"jieba.posseg    : {n / t_jieba / 1000:8.1f} K chars/s")
    print(f"ratio           : {t_jieba / t_ner:8.2f}x jieba.posseg")
    print(f"peak rss        : {rss_ner:.0f} MB after tagging; {rss_mb():.0f} MB with jieba loaded")


if __name__ == "__main__":
    main()
