"""Exceptions raised by kmytext. Their messages say what to do."""

from __future__ import annotations


class KmytextError(Exception):
    """Base class: the CLI prints ``Error: <message>`` and exits 1."""


class InputError(KmytextError):
    """An input cannot be found, read or decoded."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class OutputError(KmytextError):
    """An output cannot be written."""


class AnalysisError(KmytextError):
    """An analysis failed on one input: a bug in kmytext, reported with the input it met.
    ``details`` holds the traceback from where it happened (a worker process, perhaps)."""

    def __init__(self, source: str, reason: str, details: str = "") -> None:
        self.source = source
        self.reason = reason
        self.details = details
        super().__init__(f"{source}: {reason}")
