"""Reprints on Dask: the clusters of `kmytext reprints`, past one machine.

The three steps of `kmytext.news.reprints` run where they fit:

1. signatures: each Dask partition is a list of files; a task reads them and returns one small
   `Signature` per file (MinHash rows of its chunks, its date and length), never the text;
2. candidates: the signatures come back to this process, which puts their chunks in one
   `datasketch.MinHashLSH`, as the local run does (a few hundred bytes per chunk);
3. alignment: the candidate pairs go out in partitions; a task reads the two files of each pair
   and aligns them (`compare`), and only the pairs that are reprints come back.

`assemble` then makes the same clusters, sources, passages and outlet table as the local run,
and the output is the CSV that `kmytext reprints PATHS -f csv --no-bom` writes (a test checks
this). With no scheduler address it starts a LocalCluster.

Run:
    python examples/dask_reprints.py                                # the sample pages, a local cluster
    python examples/dask_reprints.py papers/
    python examples/dask_reprints.py papers/ --table outlets
    python examples/dask_reprints.py /shared/papers/ --scheduler tcp://10.0.0.5:8786 --partitions 400

Files are units (one article per file, as news folders hold them). On a cluster they must be
readable at the same path on every worker (a shared file system); a file that cannot be read
stops the job with one line, `Error: FILE: …`, exit 1 (the command line reports it and goes on);
a subfolder that cannot be listed is said and the rest read (exit 1), as the command line does.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from kmytext.errors import KmytextError
from kmytext.io.read import expand, read_pieces
from kmytext.io.write import Format, write_table
from kmytext.news.reprints import (
    DEFAULT, Pair, Signature, assemble, candidates, compare, outlet_of, signature,
)
from kmytext.tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
NAMES = {"copies": "reprints", "passages": "reprint_passages", "outlets": "reprint_outlets"}


def sign_files(paths: Iterable[str]) -> list[Signature]:
    """The signatures of some files (a large file: one per piece, as the local run reads it;
    an empty file: none, as the local run skips it)."""
    return [signature(doc, params=DEFAULT) for path in paths for doc in read_pieces(path) if doc.text]


def compare_pairs(pairs: Iterable[tuple[int, int]], units: dict[int, tuple[str, int]], *,
                  min_length: int, min_containment: float) -> list[Pair]:
    """The reprint pairs among some candidate pairs, each unit read from its file."""
    cache: dict[tuple[str, int], object] = {}

    def unit(i: int) -> object:
        key = units[i]
        if key not in cache:
            cache[key] = next(d for d in read_pieces(key[0]) if d.offset == key[1])
        return cache[key]

    found = []
    for a, b in pairs:
        p = compare(unit(a), unit(b), ids=(a, b), min_length=min_length,  # type: ignore[arg-type]
                    min_containment=min_containment)
        if p is not None:
            found.append(p)
    return found


def dask_reprints(paths: list[str], roots: list[str], *, scheduler: str | None = None,
                  partitions: int | None = None, min_length: int = 100, min_containment: float = 0.2):  # noqa: ANN201
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
        parts = partitions or max(1, min(len(paths), 64))
        files = db.from_sequence(paths, npartitions=parts)
        sigs = files.map_partitions(sign_files).compute()          # 1. on the workers, in file order
        pairs = candidates(sigs)                                    # 2. here: one LSH
        units = {i: (s.id, s.offset) for i, s in enumerate(sigs)}
        check = partial(compare_pairs, units=units, min_length=min_length, min_containment=min_containment)
        found = db.from_sequence(pairs, npartitions=max(1, min(len(pairs), parts))).map_partitions(check).compute() \
            if pairs else []                                        # 3. on the workers
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return assemble(sigs, found, outlets=[outlet_of(s.id, roots) for s in sigs])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")], help="files or folders")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--partitions", type=int, help="how many tasks to split the files into")
    parser.add_argument("--table", choices=list(NAMES), default="copies")
    parser.add_argument("--min-length", type=int, default=100)
    parser.add_argument("--min-containment", type=float, default=0.2)
    args = parser.parse_args()
    failed: list[KmytextError] = []

    def bad(exc: KmytextError) -> None:  # a subfolder that cannot be listed: said, the rest read
        print(f"Error: {exc}", file=sys.stderr)
        failed.append(exc)

    try:
        found = dask_reprints(expand(args.paths, on_error=bad), [p for p in args.paths if Path(p).is_dir()],
                              scheduler=args.scheduler, partitions=args.partitions, min_length=args.min_length,
                              min_containment=args.min_containment)
    except KmytextError as exc:  # a file that cannot be read stops the job: one line, as the CLI says it
        sys.exit(f"Error: {exc}")
    table = TABLES[NAMES[args.table]]
    write_table(table, found.tables()[table.name], Format.csv, sys.stdout)  # as `kmytext reprints -f csv --no-bom`
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
