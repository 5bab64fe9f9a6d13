"""Throughput of ``kmytext.ner.tag`` against ``jieba.posseg`` on the same text, in one run.

    python -m tools.bench.ner                # sample pages + held-out news, ~1 M chars
    python -m tools.bench.ner FILE... --chars 3000000

Reports chars/s for both, their ratio, the model load time and the peak resident
memory (ru_maxrss) of the process.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def corpus(files: list[Path], target: int) -> list[str]:
    docs: list[str] = []
    if files:
        docs = [f.read_text(encoding="utf-8-sig") for f in files]
    else:
        docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        from tools.train.ner_data import default_data_dir, splits

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
    ap = argparse.ArgumentParser(prog="python -m tools.bench.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--chars", type=int, default=1_000_000, help="approximate text size")
    args = ap.parse_args()
    docs = corpus(args.files, args.chars)
    n = sum(map(len, docs))
    print(f"text: {n:,} chars in {len(docs)} documents; rss before {rss_mb():.0f} MB")

    import kmytext.ner.tagger as ner

    t0 = time.perf_counter()
    ner.tag("预热。")
    load = time.perf_counter() - t0
    rss_load = rss_mb()

    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.posseg.lcut("预热。")

    # Interleaved document by document and timed in CPU seconds as well, so a busy
    # machine slows both sides alike and the ratio stays meaningful.
    wall = {"ner": 0.0, "jieba": 0.0}
    cpu = {"ner": 0.0, "jieba": 0.0}
    ents = 0
    for d in docs:
        w, c = time.perf_counter(), time.process_time()
        ents += len(ner.tag(d))
        wall["ner"] += time.perf_counter() - w
        cpu["ner"] += time.process_time() - c
        w, c = time.perf_counter(), time.process_time()
        jieba.posseg.lcut(d)
        wall["jieba"] += time.perf_counter() - w
        cpu["jieba"] += time.process_time() - c

    for key, label in (("ner", "kmytext.ner.tag"), ("jieba", "jieba.posseg   ")):
        print(f"{label} : {n / cpu[key] / 1000:8.1f} K chars/CPU-s  {n / wall[key] / 1000:8.1f} K chars/s wall")
    print(f"ratio           : {cpu['jieba'] / cpu['ner']:8.2f}x jieba.posseg (CPU time), "
          f"{wall['jieba'] / wall['ner']:.2f}x (wall)")
    print(f"entities        : {ents:,}; model load {load:.2f}s")
    print(f"peak rss        : {rss_load:.0f} MB with the model loaded; {rss_mb():.0f} MB after "
          "tagging with jieba loaded too")


if __name__ == "__main__":
    main()
