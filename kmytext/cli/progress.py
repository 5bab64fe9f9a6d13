"""A progress bar on stderr for long runs: files done, characters per second, time left.

It shows only when stderr is a terminal, and only once a run has lasted ``DELAY`` seconds,
so short runs and pipes (``2> log``, CI) see nothing. rich is imported only then.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

DELAY = 1.0       # seconds before the bar appears
REFRESH = 0.1     # seconds between redraws


class Progress:
    """Counts finished documents and characters against the input files' total size.
    ``sources`` is read when the bar first shows, so it may be filled while input is read."""

    def __init__(self, sources: Sequence[str], *, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = _is_terminal(self.stream)
        self.sources = sources
        self.files = self.total = 0
        self.started = time.monotonic()
        self.done_bytes = 0
        self.done_files = 0
        self.chars = 0
        self._last_id: str | None = None
        self._last_draw = 0.0
        self._bar: Any = None
        self._task: Any = None

    def advance(self, doc_id: str, text: str) -> None:
        """One document (or piece of a large file) is finished."""
        if not self.enabled:
            return
        if self._last_id is not None and doc_id != self._last_id:
            self.done_files += 1
        self._last_id = doc_id
        self.chars += len(text)
        self.done_bytes += len(text.encode("utf-8", "surrogatepass"))
        now = time.monotonic()
        if now - self._last_draw < REFRESH or now - self.started < DELAY:
            return
        self._last_draw = now
        if self._bar is None:
            self._start()
        self._draw(now)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def _start(self) -> None:
        self.files, self.total = len(self.sources), _total_bytes(self.sources)
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
            TextColumn("{task.fields[speed]}"), TimeRemainingColumn(),
            console=Console(file=self.stream), transient=True, auto_refresh=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("", total=self.total or None, speed="")

    def _draw(self, now: float) -> None:
        rate = self.chars / max(now - self.started, 1e-9)
        files = f"files {min(self.done_files, self.files):,}/{self.files:,}" if self.files > 1 else "reading"
        self._bar.update(self._task, completed=min(self.done_bytes, self.total or self.done_bytes),
                         description=files, speed=f"{rate / 1e6:.2f} M chars/s")
        self._bar.refresh()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def _total_bytes(sources: Sequence[str]) -> int:
    total = 0
    for s in sources:
        try:
            total += os.stat(s).st_size if s != "-" else 0
        except OSError:
            pass
    return total
