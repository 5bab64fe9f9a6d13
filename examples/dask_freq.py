"""Word frequencies of a corpus on Dask: the counts of `kmytext freq`, past one machine.

Each Dask partition is a list of files; a task counts its files with `kmytext.stats.keywords.count`
(large files in pieces, via `read_pieces`) and returns one small `Counts`; Dask merges the
partial counts in a tree. Only file names travel to the workers and only counters come back,
so the text never crosses the network. With no scheduler address it starts a LocalCluster.

Run:
    python examples/dask_freq.py                        # the sample pages, a local cluster
    python examples/dask_freq.py corpus/ --top 20
    python examples/dask_freq.py /shared/corpus/ --scheduler tcp://10.0.0.5:8786 --partitions 400

On a cluster the files must be readable at the same path on every worker (a shared file
system), or change `count_files` to read from object storage (dask.bag.read_text, fsspec).
A file that cannot be read stops the job with one line (`Error: FILE: …`, exit 1); a subfolder
that cannot be listed is said and the rest counted (exit 1), as the command line does.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from kmytext.errors import KmytextError
from kmytext.io.read import expand, read_pieces
from kmytext.stats.counting import Counts, count
from kmytext.stats.freq import frequencies
from kmytext.io.write import Format, write_rows

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["word", "pos", "count", "per_10k", "docs"]


def count_files(paths: Iterable[str]) -> Counts:
    """Counts of some files, each one document (its pieces merged, a word counted once per file)."""
    total = Counts(Counter(), Counter())
    for path in paths:
        doc = Counts(Counter(), Counter())
        for piece in read_pieces(path):
            part = count([piece.text])
            doc.words.update(part.words)
            doc.docs |= part.docs
            doc.total += part.total
        doc.n_docs = 1
        total.merge(doc)
    return total


def merge_all(parts: Iterable[Counts]) -> Counts:
    total = Counts(Counter(), Counter())
    for part in parts:
        total.merge(part)
    return total


def dask_counts(paths: list[str], *, scheduler: str | None = None, partitions: int | None = None) -> Counts:
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        # threads in this process: starts in a second, enough for a test and a laptop; a task's
        # error comes back raised, and is said in one line: not logged with its traceback too
        cluster = LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None,
                               silence_logs=logging.CRITICAL)
        client = Client(cluster)
    try:
        bag = db.from_sequence(paths, npartitions=partitions or max(1, min(len(paths), 64)))
        return bag.reduction(count_files, merge_all).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")], help="files or folders")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--partitions", type=int, help="how many tasks to split the files into")
    parser.add_argument("--top", type=int, default=0, help="only the most frequent N words")
    args = parser.parse_args()
    failed: list[KmytextError] = []

    def bad(exc: KmytextError) -> None:  # a subfolder that cannot be listed: said, the rest counted
        print(f"Error: {exc}", file=sys.stderr)
        failed.append(exc)

    try:
        counts = dask_counts(expand(args.paths, on_error=bad), scheduler=args.scheduler, partitions=args.partitions)
    except KmytextError as exc:  # a file that cannot be read stops the job: one line, as the CLI says it
        sys.exit(f"Error: {exc}")
    rows = [f.as_dict() for f in frequencies(counts)]
    if args.top:
        rows = rows[:args.top]
    # the same CSV as `kmytext freq PATHS -f csv --no-bom`
    write_rows(rows, COLUMNS, Format.csv, sys.stdout)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
