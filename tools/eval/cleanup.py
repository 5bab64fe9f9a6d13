"""Measure line joining on hard-wrapped text made from real news sentences.

Usage: python -m tools.eval cleanup [--seed N]

Takes the SIGHAN 2005 MSR test text (../shared/data/seg/msr_test.utf8: news, one sentence a
line), makes paragraphs of 1-5 sentences, puts a headline (a short line without a full stop)
before some of them, and sets them in columns of 10-30 characters the way print-to-text
extraction returns them: first lines two characters shorter (the lost indent), ASCII digits
half as wide, a blank line inserted inside some paragraphs. Then it counts how many of the
wrap breaks ``join_lines`` joins (recall) and how many headline and paragraph breaks it keeps
(kept), and times ``clean`` in characters per second. Then it cleans the MSR text as it is,
one sentence a line (the layout of news scraped from the web, where every break is a
paragraph's), and counts the line breaks cleanup changed: none should be.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from kmytext.text.normalize import clean, layout, line_spans

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "seg" / "msr_test.utf8"


def _width(s: str) -> int:
    """Printed width in half-width units: ASCII is narrow, everything else is wide."""
    if s.isascii():
        return len(s)
    # Chinese characters are three UTF-8 bytes, ASCII one: count ASCII without a Python loop.
    n = len(s)
    return 2 * n - (3 * n - len(s.encode("utf-8"))) // 2


def wrap(par: str, width: int) -> list[str]:
    lines, cur, w = [], "", 4  # first line: the lost two-character indent
    for ch in par:
        cw = _width(ch)
        if w + cw > width * 2 and cur:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.eval cleanup")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    rng = random.Random(args.seed)
    sentences = [s.strip() for s in DATA.read_text(encoding="utf-8").splitlines() if s.strip()]
    sentences = [s.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}) for s in sentences]
    parts: list[str] = []
    kinds: list[str] = []  # the kind of break after each part: wrap, para, head
    i = 0
    while i < len(sentences):
        width = rng.randint(10, 30)
        for _ in range(rng.randint(2, 6)):  # an article: a headline, then paragraphs
            if rng.random() < 0.5:
                # a headline: a phrase of 4-12 characters with no punctuation at its end
                head = sentences[i][: rng.randint(4, 12)].rstrip("，。、；：！？“”《（")
                parts.append(head)
                kinds.append("head")
            n = rng.randint(1, 5)
            par = "".join(sentences[i:i + n])
            i += n
            lines = wrap(par, width)
            for line in lines[:-1]:
                parts.append(line)
                kinds.append("wrap")
            parts.append(lines[-1])
            kinds.append("para")
            if i >= len(sentences):
                break
    text = ""
    offsets = []  # source offset where each break starts
    for part, kind in zip(parts, kinds, strict=True):
        text += part
        offsets.append((len(text), kind))
        text += "\n\n" if kind == "para" or (kind == "wrap" and rng.random() < 0.15) else "\n"
    joined = {s for s, _ in line_spans(text)}  # a joined break deletes from the line's end
    counts = {"wrap": [0, 0], "para": [0, 0], "head": [0, 0]}
    for end, kind in offsets[:-1]:
        counts[kind][0] += 1
        counts[kind][1] += end in joined
    wrap_n, wrap_j = counts["wrap"]
    print(f"text: {len(text):,} characters, {len(parts):,} lines")
    print(f"wrap breaks joined:      {wrap_j:,} / {wrap_n:,} = {wrap_j / wrap_n:.1%}")
    for kind, label in (("para", "paragraph breaks kept:"), ("head", "headline breaks kept: ")):
        n, j = counts[kind]
        print(f"{label}  {n - j:,} / {n:,} = {(n - j) / n:.1%}")
    t0 = time.perf_counter()
    clean(text)
    dt = time.perf_counter() - t0
    print(f"clean: {len(text) / dt / 1e6:.1f} M characters/s")
    as_is = DATA.read_text(encoding="utf-8")
    breaks = as_is.count("\n")
    changed = breaks - clean(as_is).text.count("\n")
    print(f"one sentence a line (MSR as it is): {changed:,} of {breaks:,} line breaks changed; "
          f"layout {layout(as_is).describe()}")


if __name__ == "__main__":
    main()
