"""The Python API one call at a time, against jieba's counterpart of each function.

    python -m tools.bench.calls                 # 2,000 sentences, one call each
    python -m tools.bench.calls --sentences 500

What a user does with ``df.text.apply(kmytext.segment)``: one call per short text, every call
paying its own cleanup, segmentation and records. The sentences are those of
``python -m tools.bench.ner --per-call``: the first 50 characters of each line of 40 or more
of the SIGHAN 2005 MSR test text (``../shared/data/seg/msr_test.utf8``). Every function takes
turns with the others a block of sentences at a time (:func:`tools.bench.ner.take_turns`); a first
round warms the caches, the second is timed, in CPU time. Each kmytext function is compared
with the jieba function a user would otherwise call:

- ``kmytext.segment`` (tokens with offsets, line and clean form) with ``jieba.lcut``;
- ``kmytext.segment(pos=True)`` with ``jieba.posseg.lcut``;
- ``kmytext.entities`` (cleanup, segmentation, entity model, news rules) with ``jieba.posseg.lcut``;
- ``kmytext.keywords`` (terms, TF-IDF against a news reference) with ``jieba.analyse.extract_tags``;
- ``kmytext.numbers``, which jieba has no counterpart for, with ``jieba.lcut`` for scale.

Then the same for 100 articles of 15 lines of the text (about 690 characters each), and the whole
MSR test text (about 188 K characters) as one call of ``kmytext.segment`` and of ``jieba.lcut``,
in turn, best of three.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from tools.bench.ner import MSR_TEST, short_sentences, take_turns

Call = Callable[[str], object]


def _jieba() -> dict[str, Call]:
    import jieba
    import jieba.analyse
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return {"jieba.lcut": jieba.lcut, "jieba.posseg.lcut": jieba.posseg.lcut,
            "jieba.analyse.extract_tags": jieba.analyse.extract_tags}


def articles(path: Path, lines: int = 15, count: int = 100) -> list[str]:
    """``count`` articles of ``lines`` consecutive lines of the text (about 700 characters)."""
    text = [ln for ln in path.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
    return ["\n".join(text[i : i + lines]) for i in range(0, lines * count, lines)]


def per_call(texts: list[str], what: str) -> None:
    import kmytext

    base = _jieba()
    calls: dict[str, tuple[Call, str]] = {
        "kmytext.segment": (kmytext.segment, "jieba.lcut"),
        "kmytext.segment(pos=True)": (lambda s: kmytext.segment(s, pos=True), "jieba.posseg.lcut"),
        "kmytext.entities": (kmytext.entities, "jieba.posseg.lcut"),
        "kmytext.keywords": (kmytext.keywords, "jieba.analyse.extract_tags"),
        "kmytext.numbers": (kmytext.numbers, "jieba.lcut"),
        **{name: (f, name) for name, f in base.items()},
    }
    cpu = take_turns({name: f for name, (f, _) in calls.items()}, texts)
    print(f"per call: {len(texts)} {what} of {sum(map(len, texts)) / len(texts):.1f} characters "
          f"({MSR_TEST.name}), one call each, CPU time")
    for name, (_, against) in calls.items():
        if name in base:
            print(f"  {name:<28}: {cpu[name] / len(texts) * 1e6:7.0f} us/call")
        else:
            print(f"  {name:<28}: {cpu[name] / len(texts) * 1e6:7.0f} us/call  "
                  f"{cpu[against] / cpu[name]:5.2f}x {against}")


def whole_text(path: Path) -> None:
    import kmytext

    text = path.read_text(encoding="utf-8-sig")
    lcut = _jieba()["jieba.lcut"]
    calls: dict[str, Call] = {"kmytext.segment": kmytext.segment, "jieba.lcut": lcut}
    best = dict.fromkeys(calls, float("inf"))
    for _ in range(3):
        for name, f in calls.items():
            c = time.process_time()
            f(text)
            best[name] = min(best[name], time.process_time() - c)
    print(f"one call on the whole text: {len(text):,} characters, CPU time, best of 3")
    for name, t in best.items():
        print(f"  {name:<28}: {t:6.3f} s  {len(text) / t / 1000:6.0f} K chars/s  "
              f"{best['jieba.lcut'] / t:5.2f}x jieba.lcut")


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.bench.calls", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=2000, help="how many sentences, one call each")
    args = ap.parse_args()
    if not MSR_TEST.is_file():
        raise SystemExit(f"{MSR_TEST} is needed (the SIGHAN 2005 MSR test text, in ../shared/data/seg)")
    per_call(short_sentences(MSR_TEST, limit=args.sentences), "sentences")
    per_call(articles(MSR_TEST), "articles")
    whole_text(MSR_TEST)


if __name__ == "__main__":
    main()
