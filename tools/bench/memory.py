"""Peak memory of `kmytext keywords` and `kmytext freq` on a 5 MB and a 50 MB corpus.

Both corpora repeat ../shared/data/seg/msr_test.utf8 (in files of 500 lines) and live in a
temporary folder, never in the repo. Streaming means the 50 MB figure stays at the 5 MB one:
the commands keep counters, not texts.

    python -m tools.bench.memory [--sizes 5 50] [--keep /tmp/kmytext-mem]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build(folder: Path, megabytes: int, source: Path) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()
    chunks = ["\n".join(lines[i:i + 500]) + "\n" for i in range(0, len(lines), 500)]
    size = sum(len(c.encode("utf-8")) for c in chunks)
    folder.mkdir(parents=True, exist_ok=True)
    k = 0
    for _ in range(max(1, round(megabytes * 1_000_000 / size))):
        for c in chunks:
            (folder / f"{k:05d}.txt").write_text(c, encoding="utf-8")
            k += 1


_RUN = """
import resource, runpy, sys
sys.argv = ["kmytext", *sys.argv[1:]]
try:
    runpy.run_module("kmytext", run_name="__main__")
except SystemExit:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def peak(args: list[str]) -> tuple[float, float]:
    """Peak RSS (MB) and wall time (s) of ``kmytext ARGS`` in a fresh interpreter."""
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RUN, *args], cwd=ROOT, check=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(done.stderr.split()[-1]) / 1024, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.bench.memory", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5, 50])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    args = ap.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="kmytext-mem-"))
    for cmd in ("freq", "keywords"):
        for mb in sorted(args.sizes):
            folder = base / f"c{mb}"
            if not folder.exists():
                build(folder, mb, args.data / "seg" / "msr_test.utf8")
            rss, secs = peak([cmd, str(folder), "-f", "csv", "--top", "20"])
            print(f"{cmd:9} {mb:4} MB corpus: peak RSS {rss:6.0f} MB, {secs:6.1f} s", flush=True)


if __name__ == "__main__":
    main()
