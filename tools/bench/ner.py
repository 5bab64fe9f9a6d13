"""Speed of the entity step against ``jieba.posseg`` on the same text, in one run.

    python -m tools.bench.ner                  # per call and large file, one process
    python -m tools.bench.ner --per-call       # only one call per ~50-character sentence
    python -m tools.bench.ner --large FILE...  # only the large-file part, on FILEs

Per call: the first 50 characters of each line of 40 or more of the SIGHAN 2005 MSR test
text (``../shared/data/seg/msr_test.utf8``), one call each of ``kmytext.entities`` (the
whole call: cleanup, segmentation, model, rules), ``kmytext.ner.tagger.tag`` (the model
with its document's segmentation) and ``jieba.posseg.lcut``, taking turns a block of
:data:`BLOCK` sentences at a time, in CPU time; a first round warms the caches, the second
is timed.

Large file: the sample pages and the MSRA/CLUENER dev sentences as articles of 40
sentences (about 1 M characters): ``kmytext.ner.tagger.tag`` (the model and its
segmentation) and ``kmytext.entities_many`` (everything, articles tagged together)
against ``jieba.posseg.lcut``, document by document, interleaved. Also the model load
time and the peak resident memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MSR_TEST = ROOT.parent / "shared" / "data" / "seg" / "msr_test.utf8"


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
            for key in ("msra_dev", "cluener_dev"):
                sents = [t for t, _ in sp[key]]
                docs += ["\n".join(sents[i : i + 40]) for i in range(0, len(sents), 40)]
    total = sum(map(len, docs))
    reps = max(1, target // max(total, 1))
    return docs * reps


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def short_sentences(path: Path, length: int = 50, limit: int = 2000) -> list[str]:
    """The first ``length`` characters of each line of at least 40 characters."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8-sig").splitlines()]
    return [ln[:length] for ln in lines if len(ln) >= 40][:limit]


# Per call, the callers take turns a block of sentences at a time: a busy machine slows them
# alike, and each runs its block back to back, as a loop over a column of texts does. Turns of
# one sentence each would have each caller find the caches full of the other's tables.
BLOCK = 100


def take_turns(calls: dict[str, Callable[[str], object]], sents: list[str]) -> dict[str, float]:
    """CPU seconds of one call per sentence of each function, the functions taking turns a
    :data:`BLOCK` of sentences at a time; a first round warms the caches, the second is timed."""
    for f in calls.values():
        f("预热。")
    cpu = dict.fromkeys(calls, 0.0)
    for _ in range(2):
        cpu = dict.fromkeys(calls, 0.0)
        for k in range(0, len(sents), BLOCK):
            block = sents[k : k + BLOCK]
            for name, f in calls.items():
                c = time.process_time()
                for s in block:
                    f(s)
                cpu[name] += time.process_time() - c
    return cpu


def _posseg() -> Callable[[str], object]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.posseg.lcut("预热。")
    return jieba.posseg.lcut  # type: ignore[no-any-return]


def per_call(path: Path, limit: int) -> None:
    if not path.is_file():
        raise SystemExit(f"per call: {path} is needed (the SIGHAN 2005 MSR test text)")
    sents = short_sentences(path, limit=limit)
    print(f"per call: {len(sents)} sentences of {sum(map(len, sents)) / len(sents):.1f} chars "
          f"({path.name}), one call each, CPU time")
    import kmytext
    import kmytext.ner.tagger as ner

    cpu = take_turns({"kmytext.entities": kmytext.entities, "model (ner.tagger.tag)": ner.tag,
                      "jieba.posseg.lcut": _posseg()}, sents)
    base = cpu["jieba.posseg.lcut"]
    for name, t in cpu.items():
        print(f"  {name:<24}: {t / len(sents) * 1e6:7.0f} us/call  {base / t:5.2f}x jieba.posseg.lcut")


def large(files: list[Path], chars: int) -> None:
    docs = corpus(files, chars)
    n = sum(map(len, docs))
    print(f"large file: {n:,} chars in {len(docs)} documents; rss before {rss_mb():.0f} MB")
    import kmytext
    import kmytext.ner.tagger as ner

    t0 = time.perf_counter()
    ner.tag("预热。")
    load = time.perf_counter() - t0
    rss_load = rss_mb()
    posseg = _posseg()

    # Interleaved document by document and timed in CPU seconds as well, so a busy
    # machine slows both sides alike and the ratio stays meaningful.
    wall = {"model": 0.0, "jieba": 0.0}
    cpu = {"model": 0.0, "jieba": 0.0}
    ents = 0
    for d in docs:
        w, c = time.perf_counter(), time.process_time()
        ents += len(ner.tag(d))
        wall["model"] += time.perf_counter() - w
        cpu["model"] += time.process_time() - c
        w, c = time.perf_counter(), time.process_time()
        posseg(d)
        wall["jieba"] += time.perf_counter() - w
        cpu["jieba"] += time.process_time() - c
    w, c = time.perf_counter(), time.process_time()
    for k in range(0, len(docs), 50):  # what kmytext entities does with a batch of articles
        kmytext.entities_many(docs[k : k + 50])
    wall["entities"] = time.perf_counter() - w
    cpu["entities"] = time.process_time() - c
    for key, label in (("model", "model (ner.tagger.tag)"), ("entities", "kmytext.entities_many"),
                       ("jieba", "jieba.posseg.lcut")):
        print(f"  {label:<24}: {n / cpu[key] / 1000:8.1f} K chars/CPU-s  {n / wall[key] / 1000:8.1f} K chars/s wall"
              f"  {cpu['jieba'] / cpu[key]:5.2f}x jieba.posseg (CPU)")
    print(f"  entities {ents:,}; model load {load:.2f}s; peak rss {rss_load:.0f} MB with the model "
          f"loaded, {rss_mb():.0f} MB at the end")


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.bench.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="texts for the large-file part")
    ap.add_argument("--chars", type=int, default=1_000_000, help="approximate large-file text size")
    ap.add_argument("--per-call", action="store_true", help="only the per-call part")
    ap.add_argument("--large", action="store_true", help="only the large-file part")
    ap.add_argument("--sentences", type=int, default=2000, help="how many sentences per call")
    ap.add_argument("--model", help="fast (the default), accurate, or a model file")
    args = ap.parse_args()
    if args.model:
        import kmytext.ner.tagger as ner

        ner.use_model(args.model)
    if not args.large:
        per_call(MSR_TEST, args.sentences)
    if not args.per_call:
        large(args.files, args.chars)


if __name__ == "__main__":
    main()
