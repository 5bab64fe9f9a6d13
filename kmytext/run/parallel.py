"""Run a function over many texts on several processes, results in input order.

``pmap(func, texts, jobs=N)`` is ``map(func, texts)`` spread over N worker processes:
texts are batched into tasks of about ``batch_chars`` characters (so thousands of short
articles do not each pay a round trip), at most a few tasks per worker are in flight (so
memory stays bounded however long the input is), and results come back in input order (so
the output is the same for every N). Small inputs never start a pool: when the whole
input is under ``min_chars`` it runs in this process.

``func`` must be picklable: a module-level function, or ``functools.partial`` of one with
picklable arguments (a ``Segmenter`` pickles as its configuration). Models load once per
worker: on Linux the pool forks after ``func`` has run once here, so workers inherit the
loaded dictionaries; elsewhere each worker warms up once in its initializer.

>>> from functools import partial
>>> list(pmap(len, ["克拉玛依", "氢能"], jobs=2))
[4, 2]
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")

MIN_CHARS = 400_000      # below this, a pool costs more than it saves
BATCH_CHARS = 200_000    # characters per task: amortises pickling and the round trip
BATCH_ITEMS = 256        # and at most this many texts per task
IN_FLIGHT = 3            # tasks queued per worker: keeps workers busy, memory bounded
WARM_TEXT = "克拉玛依市举办氢能大会，投资633亿元。"


def one_blas_thread() -> None:
    """One BLAS thread for this process and the workers it starts, unless the environment
    says otherwise; effective only before NumPy is first imported (the command line and the
    tools call it first thing). kmytext multiplies many small matrices, where BLAS threads
    only contend with the worker processes and whatever else runs: on a busy 2-core machine
    the accurate entity model took 47 ms a call with OpenBLAS's default threads, 0.8 ms with
    one."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _size(item: Any) -> int:
    text = getattr(item, "text", item)
    return len(text) if isinstance(text, Sized) else 1


def _run_batch(func: Callable[[Any], Any], batch: list[Any]) -> list[Any]:
    return [func(x) for x in batch]


def _warm(func: Callable[[Any], Any], batched: bool = False, like: Any = None) -> None:
    """Load whatever ``func`` loads lazily (dictionaries, models) before real work: ``func``
    on a short text, or on a copy of ``like`` (an input item, a document) holding one."""
    from kmytext.text.document import Document

    item: Any = like.replace(text=WARM_TEXT) if isinstance(like, Document) else WARM_TEXT
    try:
        func([item] if batched else item)
    except Exception:  # noqa: BLE001, S110  (a func that takes neither warms up on its first task)
        pass


def _context() -> Any:
    # fork shares the parent's loaded dictionaries copy-on-write and starts in milliseconds;
    # macOS and Windows lack a safe fork, so they spawn and warm up in the initializer.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _batches(items: Iterator[T], batch_chars: int) -> Iterator[list[T]]:
    batch: list[T] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += _size(item)
        if chars >= batch_chars or len(batch) >= BATCH_ITEMS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def pmap(func: Callable[[Any], Any], items: Iterable[T], *, jobs: int | None = None,
         min_chars: int = MIN_CHARS, batch_chars: int = BATCH_CHARS,
         warm: Callable[[], Any] | None = None, batched: bool = False) -> Iterator[Any]:
    """``func(item)`` for each item, in order, on up to ``jobs`` processes (default: all CPUs).

    Items are texts, or objects with a ``text`` attribute (documents) whose length sizes the
    batches. ``warm`` loads models before workers start (default: ``func`` on a short text).
    ``batched``: ``func`` takes a list of items and returns the list of their results, and
    is given whole batches, in this process too (a model that tags many texts at once).
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    it = iter(items)
    if jobs == 1:
        yield from _local(func, it, batched, batch_chars)
        return
    # Look ahead: if the whole input is small, a pool is not worth starting.
    head: list[T] = []
    chars = 0
    for item in it:
        head.append(item)
        chars += _size(item)
        if chars >= min_chars:
            break
    else:
        yield from _local(func, iter(head), batched, batch_chars)
        return
    rest: Iterator[T] = _chain(head, it)
    ctx = _context()
    like = head[0] if head else None
    warm_up = warm or (lambda: _warm(func, batched, like))
    # Forked workers would flush a copy of whatever sits in our stdout buffer when they exit.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.closed:  # closed (>&-, 2>&-): None to Python
            stream.flush()
    if ctx.get_start_method() == "fork":
        warm_up()
        pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_quiet_worker)
    else:
        pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_warm_in_worker,
                                   initargs=(func, warm, batched, like))
    task = func if batched else partial(_run_batch, func)
    pending: deque[Future[list[Any]]] = deque()
    try:
        batches = _batches(rest, batch_chars)
        for batch in islice(batches, jobs * IN_FLIGHT):
            with _ctrl_c_held():  # the first submit forks the workers
                pending.append(pool.submit(task, batch))
        while pending:
            results = pending.popleft().result()
            nxt = next(batches, None)
            if nxt is not None:
                pending.append(pool.submit(task, nxt))
            yield from results
    except BaseException:
        # Stopped early (`| head`, Ctrl-C, an error): nobody will read the work in flight,
        # so stop the workers rather than wait for it.
        # (Cancelling the futures as well trips a race in Python 3.11's pool: leave them.)
        workers = list((getattr(pool, "_processes", None) or {}).values())
        for proc in workers:
            proc.terminate()
        for proc in workers:
            proc.join()
        # A worker stopped while sending its results leaves half a message in the results pipe,
        # and the pool's manager thread would wait for the rest for ever (Ctrl-C then hung, now
        # and then): with every worker gone, closing our end of the pipe ends that read.
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()
        # Wait for the pool's manager thread to see the workers gone; left running, it writes
        # to a closed pipe at interpreter exit ("Exception ignored in: threading").
        pool.shutdown(wait=True)
        raise
    pool.shutdown(wait=True)


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Ctrl-C held back until the block ends: one that lands while the pool forks is raised
    inside other modules' fork handlers (logging's), where Python prints it and drops it, and
    the run would go on as if it had not been pressed."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _quiet_worker() -> None:
    # Ctrl-C is the parent's to handle: it cancels the work and exits; workers just stop, and
    # die at once on SIGTERM or SIGHUP (the command line's parent process exits cleanly on them).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _warm_in_worker(func: Callable[[Any], Any], warm: Callable[[], Any] | None, batched: bool,
                    like: Any) -> None:
    _quiet_worker()
    if warm is not None:
        warm()
    else:
        _warm(func, batched, like)


def _local(func: Callable[[Any], Any], items: Iterator[Any], batched: bool, batch_chars: int) -> Iterator[Any]:
    """``pmap`` in this process: item by item, or batch by batch for a ``batched`` func."""
    if not batched:
        yield from map(func, items)
        return
    for batch in _batches(items, batch_chars):
        yield from func(batch)


def _chain(head: list[T], tail: Iterator[T]) -> Iterator[T]:
    yield from head
    yield from tail


__all__ = ["default_jobs", "pmap"]
