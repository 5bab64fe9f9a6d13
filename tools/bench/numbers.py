"""Throughput and peak memory of ``kmytext.numex.find`` on a ~10 MB news corpus.

    python -m tools.bench.numbers [--mb 10] [--corpus FILE]

The default corpus repeats ../shared/data/seg/msr_test.utf8 and ../shared/seeds/*.txt
(news text, one sentence or paragraph per line) up to ``--mb`` megabytes of UTF-8; it is
fed line by line, the way the CLI reads files. Also times two adversarial inputs: a
20 MB line without breaks and a 1M-character run of digits.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from pathlib import Path

from kmytext.numex import find

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def corpus(mb: float) -> list[str]:
    files = [SHARED / "data/seg/msr_test.utf8", *sorted((SHARED / "seeds").glob("*.txt"))]
    base = "".join(f.read_text(encoding="utf-8") for f in files)
    need = int(mb * 1_000_000)
    reps = need // len(base.encode("utf-8")) + 1
    text = (base * reps)[: need // 3 * 1]  # about 3 bytes a character
    return text.splitlines(keepends=True)


def run(lines: list[str]) -> tuple[int, int, float]:
    chars = sum(len(x) for x in lines)
    t0 = time.process_time()  # CPU seconds of this process: one core, unaffected by other load
    n = 0
    for line in lines:
        n += len(find(line))
    return chars, n, time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.bench.numbers")
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--no-adversarial", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best is reported")
    a = ap.parse_args()
    lines = a.corpus.read_text(encoding="utf-8").splitlines(keepends=True) if a.corpus else corpus(a.mb)
    size = sum(len(x.encode("utf-8")) for x in lines)
    find("预热 3 个")
    times = []
    for _ in range(a.repeat):
        chars, n, dt = run(lines)
        times.append(dt)
    times.sort()
    dt, med = times[0], times[len(times) // 2]
    print(f"corpus      {size / 1e6:.1f} MB, {chars:,} chars, {len(lines):,} lines -> {n:,} mentions")
    print(f"throughput  {chars / dt / 1e6:.2f} M chars/s best of {a.repeat} ({dt:.2f} CPU s, one core); "
          f"median {chars / med / 1e6:.2f} M chars/s")
    tracemalloc.start()
    run(lines[: max(1, len(lines) // 10)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory {peak / 1e6:.1f} MB traced while extracting (a tenth of the corpus, input excluded)")
    if not a.no_adversarial:
        flat = "".join(x.rstrip("\n") for x in lines)
        one = (flat * (20_000_000 // max(1, len(flat.encode("utf-8"))) + 1))[: 20_000_000 // 3]
        t0 = time.process_time()
        k = len(find(one))
        dt = time.process_time() - t0
        print(f"one line    {len(one.encode('utf-8')) / 1e6:.0f} MB ({len(one):,} chars), no breaks: "
              f"{dt:.2f} CPU s = {len(one) / dt / 1e6:.2f} M chars/s, {k:,} mentions")
        for name, text in [("digit run", "7" * 1_000_000), ("Han numerals", "三" * 1_000_000),
                           ("digits+commas", "1," * 500_000), ("第 run", "第" * 1_000_000)]:
            t0 = time.process_time()
            k = len(find(text))
            print(f"{name:<14}1,000,000 chars: {time.process_time() - t0:.3f} CPU s, {k} mentions")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"peak RSS    {rss:.0f} MB for the whole run (corpus and inputs included)")


if __name__ == "__main__":
    main()
