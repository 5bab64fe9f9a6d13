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

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # from a worker process (multiprocessing, Dask) as it was raised: by default pickle
        # calls the class with the message alone, and its __init__ takes two arguments
        return type(self), (self.source, self.reason)


class ArgumentError(KmytextError, ValueError):
    """A function was given a value it does not take; the message says which it does. A
    ``ValueError`` too, as Python code expects of a bad argument."""


class ArgumentTypeError(KmytextError, TypeError):
    """A function was given an argument of a type it does not take (bytes for text, a string
    for a list); a ``TypeError`` too."""


class ModelError(KmytextError, ValueError):
    """A model file this kmytext cannot read (another format, other features); the message
    says how to rebuild it."""


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

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        return type(self), (self.source, self.reason, self.details)
