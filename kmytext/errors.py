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
