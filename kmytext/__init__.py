"""kmytext: text mining for Chinese news.

>>> import kmytext
>>> [e.text for e in kmytext.entities("董爱华在克拉玛依市调研") if e.type == "PER"]
['董爱华']
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

    from kmytext.articles import articles, credits
    from kmytext.concordance import Collocate, KwicLine, collocates, concordance, kwic
    from kmytext.entities import entities, entities_many
    from kmytext.errors import InputError, KmytextError, OutputError
    from kmytext.keyness import Keyness, keyness
    from kmytext.keywords import DocKeyword, frequencies, keywords, keywords_by_doc
    from kmytext.normalize import clean
    from kmytext.numex import numbers
    from kmytext.report import report, write_report
    from kmytext.segment import Segmenter, segment
    from kmytext.types import Article, Credit, Document, Entity, Frequency, Keyword, Number, Token

# The API loads on first use (PEP 562), so `python -m kmytext --help` and the command line
# do not pay for regex, dataclasses and the analysers they do not run.
_LAZY = {
    "articles": "kmytext.articles", "credits": "kmytext.articles",
    "Collocate": "kmytext.concordance", "KwicLine": "kmytext.concordance", "collocates": "kmytext.concordance",
    "concordance": "kmytext.concordance", "kwic": "kmytext.concordance",
    "Keyness": "kmytext.keyness", "keyness": "kmytext.keyness",
    "DocKeyword": "kmytext.keywords", "keywords_by_doc": "kmytext.keywords",
    "report": "kmytext.report", "write_report": "kmytext.report",
    "entities": "kmytext.entities", "entities_many": "kmytext.entities",
    "InputError": "kmytext.errors", "KmytextError": "kmytext.errors",
    "OutputError": "kmytext.errors", "frequencies": "kmytext.keywords", "keywords": "kmytext.keywords",
    "clean": "kmytext.normalize", "numbers": "kmytext.numex", "Segmenter": "kmytext.segment",
    "segment": "kmytext.segment", "Article": "kmytext.types", "Credit": "kmytext.types",
    "Document": "kmytext.types", "Entity": "kmytext.types", "Frequency": "kmytext.types",
    "Keyword": "kmytext.types", "Number": "kmytext.types", "Token": "kmytext.types",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        if name in _ARGUMENTS:
            value = _checked(name, value)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kmytext' has no attribute {name!r}")


# What the API functions take first (and second): wrong types get a TypeError that says what
# to pass, not an error from deep inside a regex or the segmenter, nor a silent empty result.
_ARGUMENTS: dict[str, tuple[str, ...]] = {
    "entities": ("text",), "entities_many": ("many",), "numbers": ("text",), "segment": ("text",),
    "clean": ("text",),
    "articles": ("text",), "credits": ("text",), "kwic": ("text", "query"),
    "keywords": ("texts",), "keyness": ("texts", "texts?"), "collocates": ("texts", "word"),
    "concordance": ("docs", "query"), "keywords_by_doc": ("docs",), "report": ("docs",),
}
_NAMES = {"text": "text", "query": "query", "word": "word", "texts": "texts", "texts?": "reference_texts",
          "docs": "docs", "many": "texts"}


def _checked(name: str, func: Any) -> Any:
    import functools

    kinds = _ARGUMENTS[name]

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        for i, kind in enumerate(kinds):
            key = _NAMES[kind]
            if i < len(args):
                _check(name, key, kind, args[i])
            elif key in kwargs:
                _check(name, key, kind, kwargs[key])
        return func(*args, **kwargs)

    # Pickled by reference as kmytext.NAME (worker processes), which is this function.
    checked.__module__, checked.__qualname__ = __name__, name
    return checked


def _check(func: str, arg: str, kind: str, value: Any) -> None:
    what = type(value).__name__
    if kind in ("text", "query", "word"):
        if isinstance(value, str):
            return
        if isinstance(value, (bytes, bytearray, memoryview)):
            raise TypeError(f"kmytext.{func}(): {arg} must be str, not {what}; decode it first, e.g. "
                            "data.decode('utf-8'), or kmytext.corpus.decode(data, name) to detect the encoding")
        raise TypeError(f"kmytext.{func}(): {arg} must be str, not {what}")
    if kind == "texts?" and value is None:
        return
    if kind == "many":  # a list of texts, each its own document; one str would be its characters
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"kmytext.{func}(): {arg} must be a list of str, not {what}")
        kind = "texts"
    if kind in ("texts", "texts?"):
        if isinstance(value, str):
            return
        if isinstance(value, (bytes, bytearray, memoryview)):
            raise TypeError(f"kmytext.{func}(): {arg} must be a str or an iterable of str, not {what}; "
                            "decode it first, e.g. data.decode('utf-8')")
        if value is None or not hasattr(value, "__iter__"):
            raise TypeError(f"kmytext.{func}(): {arg} must be a str or an iterable of str, not {what}")
        if isinstance(value, (list, tuple)):
            for item in value:
                if not isinstance(item, str):
                    raise TypeError(f"kmytext.{func}(): {arg} must hold str, not {type(item).__name__}")
        return
    # documents
    if value is None or isinstance(value, (str, bytes, bytearray)) or not hasattr(value, "__iter__"):
        raise TypeError(f"kmytext.{func}(): {arg} must be an iterable of kmytext.Document, not {what}; "
                        "e.g. [kmytext.Document('a.txt', text)] or kmytext.corpus.iter_documents(paths)")
    if isinstance(value, (list, tuple)):
        for item in value:
            if not isinstance(getattr(item, "text", None), str):
                raise TypeError(f"kmytext.{func}(): {arg} must hold kmytext.Document (with .id and .text), "
                                f"not {type(item).__name__}")


class _Package(types.ModuleType):
    """Importing the submodule ``kmytext.segment`` binds it as the package attribute
    ``segment``, which would hide the function of that name; the API names keep their
    functions."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__version__ = "0.1.0"


def to_frame(records: Any) -> pandas.DataFrame:
    """A pandas DataFrame with one row per record, columns in field order.

    >>> import kmytext
    >>> kmytext.to_frame(kmytext.segment("氢能大会")).columns.tolist()
    ['text', 'start', 'end', 'pos', 'word']
    """
    import dataclasses

    import pandas

    records = list(records)
    if records and dataclasses.is_dataclass(records[0]):
        columns = [f.name for f in dataclasses.fields(records[0])]
        return pandas.DataFrame([r.as_dict() for r in records], columns=columns)
    return pandas.DataFrame(records)


__all__ = [
    "Article", "Collocate", "Credit", "DocKeyword", "Document", "Entity", "Frequency", "InputError",
    "Keyness", "Keyword", "KmytextError", "KwicLine", "Number", "OutputError", "Segmenter", "Token",
    "__version__", "articles", "clean", "collocates", "concordance", "credits", "entities", "entities_many",
    "frequencies", "keyness", "keywords", "keywords_by_doc", "kwic", "numbers", "report", "segment",
    "to_frame", "write_report",
]
