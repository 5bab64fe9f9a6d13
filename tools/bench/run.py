"""Benchmark kmytext against jieba, side by side, and print a markdown table.

Each task runs its jieba baseline and the kmytext command alternately ``--repeat`` times as
whole processes (start-up included) and reports median wall-clock seconds, median CPU seconds
(user+sys of the process and its workers: steadier than wall time on a busy machine), speed
in million characters per second and the ratio. ``--memory`` adds ``kmytext freq`` over larger
corpora with its peak RSS.

    python -m tools.bench.run                      # 10 MB corpus, 3 rounds
    python -m tools.bench.run --size 2 --repeat 1  # a quick check
    python -m tools.bench.run --memory 60,600      # streaming: peak RSS of freq over 60 and 600 MB

The corpus is built by build_corpus.py under tools/bench/corpus/ (git-ignored) on first use.
Commands run as ``python -m kmytext`` from this checkout.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tools.bench.build_corpus import build

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
KMY = [PY, "-m", "kmytext"]

# A jieba baseline for each command: its CLI where it has one, else the equivalent library loop.
JIEBA_POSSEG = [PY, "-m", "jieba", "-p", "-d", " "]
JIEBA_TFIDF = [PY, "-c", ("import sys, jieba.analyse; t = open(sys.argv[1], encoding='utf-8').read(); "
                         "print(jieba.analyse.extract_tags(t, topK=20))")]
JIEBA_COUNT = [PY, "-c", ("import sys, collections, jieba; c = collections.Counter(); "
                         "[c.update(jieba.cut(line)) for line in open(sys.argv[1], encoding='utf-8')]; "
                         "print(len(c))")]


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float


@dataclass
class Task:
    name: str
    ours: list[str]
    base: list[str] | None
    base_name: str
    chars: int
    target: str
    runs: dict[str, list[Run]] = field(default_factory=lambda: {"ours": [], "base": []})


def measure(cmd: list[str], stdout: Path | None = None) -> Run:
    """Run a command to completion: wall time, CPU time and peak RSS of it and its children."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    # stderr to a file, not a pipe: os.wait4 reads the children's resource use but drains no
    # pipe, so a command that says much on stderr would block on a full one
    with tempfile.TemporaryFile() as errors:
        try:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, stderr=errors, env=ENV, cwd=ROOT)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            errors.seek(0)
            err = errors.read().decode(errors="replace")
        finally:
            if stdout:
                out.close()  # type: ignore[union-attr]
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {shlex.join(cmd)}\n{err}")
    # ru_maxrss (KB on Linux) is the largest single process among it and its workers.
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def chars_of(path: Path) -> int:
    if path.is_dir():
        return sum(len(p.read_text(encoding="utf-8")) for p in path.rglob("*.txt"))
    return len(path.read_text(encoding="utf-8"))


def subset(path: Path, megabytes: float, out: Path) -> Path:
    """The first paragraphs of a corpus file, about ``megabytes`` long (for slow baselines)."""
    target = out / f"{path.stem}_first{megabytes:g}mb.txt"
    if not target.exists():
        text = path.read_text(encoding="utf-8")
        cut = text.find("\n", int(megabytes * 1_000_000 / 3))
        target.write_text(text[:cut + 1], encoding="utf-8")
    return target


def parity(jieba_out: Path, ours_out: Path) -> str:
    """Same tokens? Lines compared as whitespace-split token lists (jieba's CLI also prints
    whitespace tokens, kmytext does not); differences are classed as ASCII-only or not."""
    a = jieba_out.read_text(encoding="utf-8").split("\n")
    b = ours_out.read_text(encoding="utf-8").split("\n")
    differ = non_ascii = 0
    for x, y in zip(a, b):
        xs, ys = x.split(), y.split()
        if xs != ys:
            differ += 1
            if not all(tok.isascii() for tok in set(xs) ^ set(ys)):
                non_ascii += 1
    return (f"{100 * (1 - differ / max(len(a), 1)):.2f}% of {len(a):,} lines give identical tokens; "
            f"{differ:,} differ, {non_ascii:,} of them outside ASCII runs (lines: {len(a):,} vs {len(b):,})")


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, load average {load[0]:.2f} at start")


def fmt(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=10, help="corpus megabytes (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per task (default 3)")
    parser.add_argument("--slow-size", type=float, default=1,
                        help="megabytes for tasks whose jieba baseline is slow (POS tagging; default 1)")
    parser.add_argument("--only", default="", help="comma-separated task names to run")
    parser.add_argument("--memory", default="", help="also measure freq peak RSS over these sizes, e.g. 60,600")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tools/bench/corpus")
    args = parser.parse_args()

    head = machine()
    big, folder = build(args.size, args.corpus)
    slow = subset(big, args.slow_size, args.corpus)
    docs = folder  # the whole corpus as articles: enough work for the pool to pay off
    n_big, n_slow, n_docs = chars_of(big), chars_of(slow), chars_of(docs)
    jobs = str(os.cpu_count() or 1)
    tasks = [
        Task("segment", KMY + ["segment", "--raw", str(big)], [PY, "-m", "jieba", "-d", " ", str(big)],
             "python -m jieba", n_big, ">= 10x"),
        Task("segment (with cleanup)", KMY + ["segment", str(big)], None, "", n_big, ""),
        Task("segment --pos", KMY + ["segment", "--pos", "--raw", str(slow)], JIEBA_POSSEG + [str(slow)],
             "python -m jieba -p", n_slow, ""),
        Task("entities", KMY + ["entities", "-f", "csv", str(slow)], JIEBA_POSSEG + [str(slow)],
             "python -m jieba -p (posseg)", n_slow, ">= 3x"),
        Task("entities, folder, --jobs 1 vs N", KMY + ["entities", "-f", "csv", "-j", jobs, str(docs)],
             KMY + ["entities", "-f", "csv", "-j", "1", str(docs)], "kmytext entities -j 1", n_docs,
             ">= 1.7x on 2 cores"),
        # the target is per core: one process
        Task("numbers", KMY + ["numbers", "-f", "csv", "-j", "1", str(big)], None, "", n_big,
             ">= 1 M chars/s on one core"),
        Task("freq", KMY + ["freq", "-f", "csv", str(big)], JIEBA_COUNT + [str(big)],
             "Counter(jieba.cut) per line", n_big, "near segment"),
        Task("keywords", KMY + ["keywords", "-f", "csv", str(big)], JIEBA_TFIDF + [str(big)],
             "jieba.analyse.extract_tags", n_big, "near segment"),
    ]
    if args.only:
        wanted = {w.strip() for w in args.only.split(",")}
        tasks = [t for t in tasks if t.name.split(" ")[0].rstrip(",") in wanted or t.name in wanted]

    notes = []
    for r in range(args.repeat):
        for t in tasks:
            first = r == 0 and t.name == "segment"
            if t.base:
                t.runs["base"].append(measure(t.base, args.corpus / "jieba.out" if first else None))
            t.runs["ours"].append(measure(t.ours, args.corpus / "kmytext.out" if first else None))
            if first:
                notes.append("segment parity: " + parity(args.corpus / "jieba.out", args.corpus / "kmytext.out"))
            print(f"round {r + 1}/{args.repeat} {t.name}: {t.runs['ours'][-1].wall:.2f} s", file=sys.stderr)

    print(f"Machine: {head}; load average {os.getloadavg()[0]:.2f} at end.\n")
    print(f"Corpus: {big.name} ({n_big:,} chars); slow baselines on its first {args.slow_size:g} MB "
          f"({n_slow:,} chars); folder task on its {len(list(docs.rglob('*.txt'))):,} articles ({n_docs:,} chars). "
          f"Median of {args.repeat} alternating runs, whole processes.\n")
    print("| task | baseline | baseline s (cpu) | kmytext s (cpu) | kmytext M chars/s | ratio wall (cpu) | target |")
    print("|---|---|---|---|---|---|---|")
    for t in tasks:
        ours = statistics.median(x.wall for x in t.runs["ours"])
        ours_cpu = statistics.median(x.cpu for x in t.runs["ours"])
        base = statistics.median(x.wall for x in t.runs["base"]) if t.base else None
        base_cpu = statistics.median(x.cpu for x in t.runs["base"]) if t.base else None
        ratio = f"{base / ours:.1f}x ({base_cpu / ours_cpu:.1f}x)" if base and base_cpu else "–"
        print(f"| {t.name} | {t.base_name or '–'} | {fmt(base)} ({fmt(base_cpu)}) | {fmt(ours)} ({fmt(ours_cpu)}) "
              f"| {t.chars / ours / 1e6:.2f} | {ratio} | {t.target or '–'} |")
    for note in notes:
        print(f"\n{note}")

    if args.memory:
        print("\n| freq over | chars | --jobs | wall s | peak RSS per process (MB) |")
        print("|---|---|---|---|---|")
        for size in (float(s) for s in args.memory.split(",")):
            path, _ = build(size, args.corpus, folder=False)
            for j in ("1", jobs):
                run = measure(KMY + ["freq", "-f", "csv", "-j", j, str(path)])
                print(f"| {path.name} | {path.stat().st_size / 1e6:.0f} MB | {j} | {run.wall:.1f} | {run.rss_mb:.0f} |")
                sys.stdout.flush()


if __name__ == "__main__":
    main()
