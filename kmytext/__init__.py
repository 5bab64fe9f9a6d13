"""kmytext: text mining for Chinese news.

Every function that reads text takes a ``str``, a :class:`Document`, or a list of them, and
returns a list of typed records with offsets into the text; :class:`Corpus` runs the same
analyses over files, folders and large archives, on several processes.

>>> import kmytext
>>> [e.text for e in kmytext.entities("董爱华在克拉玛依市调研") if e.type == "PER"]
['董爱华']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

    from kmytext.errors import ArgumentError, ArgumentTypeError, InputError, KmytextError, ModelError, OutputError
    from kmytext.export.workbook import write_report
    from kmytext.ner.pipeline import entities, entities_many
    from kmytext.news.posts import post_counts, posts
    from kmytext.news.quotes import quotes
    from kmytext.news.reprints import Reprints, reprints
    from kmytext.numex import numbers
    from kmytext.run.corpus import Corpus
    from kmytext.run.report import report
    from kmytext.stats.concordance import collocates, concordance, kwic
    from kmytext.stats.keyness import keyness
    from kmytext.stats.freq import frequencies
    from kmytext.stats.keywords import keywords, keywords_by_doc
    from kmytext.stats.network import Network, network
    from kmytext.stats.timeline import timeline
    from kmytext.text.articles import articles, credits
    from kmytext.text.document import Document
    from kmytext.text.normalize import clean
    from kmytext.text.segment import Segmenter, segment
    from kmytext.types import (
        Article, Collocate, Credit, DocKeyword, Entity, EntityCount, Frequency, Keyness, Keyword, KwicLine,
        NetworkEdge, NetworkNode, Number, OutletReuse, Post, PostCount, Quote, Records, ReprintCopy, ReprintPassage,
        TimelineCount, Token,
    )

# The API loads on first use (PEP 562), so `python -m kmytext --help` and the command line
# do not pay for regex, dataclasses and the analysers they do not run.
_LAZY = {
    **dict.fromkeys(("Article", "Collocate", "Credit", "DocKeyword", "Entity", "EntityCount", "Frequency",
                     "Keyness", "Keyword", "KwicLine", "NetworkEdge", "NetworkNode", "Number", "OutletReuse",
                     "Post", "PostCount", "Quote", "Records", "ReprintCopy", "ReprintPassage", "TimelineCount",
                     "Token"),
                    "kmytext.types"),
    **dict.fromkeys(("ArgumentError", "ArgumentTypeError", "InputError", "KmytextError", "ModelError", "OutputError"),
                    "kmytext.errors"),
    "Corpus": "kmytext.run.corpus", "Document": "kmytext.text.document",
    "Segmenter": "kmytext.text.segment", "segment": "kmytext.text.segment", "clean": "kmytext.text.normalize",
    "articles": "kmytext.text.articles", "credits": "kmytext.text.articles",
    "entities": "kmytext.ner.pipeline", "entities_many": "kmytext.ner.pipeline", "numbers": "kmytext.numex",
    "keywords": "kmytext.stats.keywords", "keywords_by_doc": "kmytext.stats.keywords",
    "frequencies": "kmytext.stats.freq", "keyness": "kmytext.stats.keyness",
    "kwic": "kmytext.stats.concordance", "concordance": "kmytext.stats.concordance",
    "collocates": "kmytext.stats.concordance",
    "report": "kmytext.run.report", "write_report": "kmytext.export.workbook",
    "reprints": "kmytext.news.reprints", "Reprints": "kmytext.news.reprints",
    "quotes": "kmytext.news.quotes", "posts": "kmytext.news.posts", "post_counts": "kmytext.news.posts",
    "timeline": "kmytext.stats.timeline", "network": "kmytext.stats.network", "Network": "kmytext.stats.network",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        from kmytext.checks import FUNCTIONS

        if name in FUNCTIONS:
            value = _checked(name, value)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kmytext' has no attribute {name!r}")


# Functions of one text that also take a list: each text (documents "1", "2", … for strings)
# in turn, their records in one list, as entities() and numbers() give them.
_EACH = frozenset({"segment", "articles", "kwic", "credits"})


def _checked(name: str, func: Any) -> Any:
    import functools

    from kmytext.checks import ARGUMENTS, check_call
    from kmytext.errors import ArgumentError, ArgumentTypeError
    from kmytext.types import Records, record_kind

    kind = record_kind(func)

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except (ArgumentError, ArgumentTypeError) as exc:
            if str(exc).startswith("kmytext."):
                raise
            raise type(exc)(f"kmytext.{name}(): {exc}") from None  # the call that was given it

    def call(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = check_call(name, args, kwargs, func)
        if name in _EACH:
            from kmytext.text.document import Document, as_documents

            first = ARGUMENTS[name][0][0]
            texts = args[0] if args else kwargs.pop(first, None)
            if not isinstance(texts, (str, Document)):
                docs = as_documents(texts, clean=kwargs.get("clean", True))  # type: ignore[arg-type]
                return Records([r for doc in docs for r in func(doc, *args[1:], **kwargs)], kind)
            found = func(texts, *args[1:], **kwargs)
        else:
            found = func(*args, **kwargs)
        return found if kind is None else Records(found, kind)

    # Pickled by reference as kmytext.NAME (worker processes), which is this function.
    checked.__module__, checked.__qualname__ = __name__, name
    return checked


__version__ = "0.1.0"


def to_frame(records: Any, kind: type | None = None) -> pandas.DataFrame:
    """A pandas DataFrame with one row per record and the columns of its table
    (:mod:`kmytext.tables`: the columns the command line and ``kmytext report`` write).
    An empty list has the columns of ``kind`` (a record class such as ``kmytext.Entity``) or,
    a function's result, of the records it holds; any other empty list has none.

    >>> import kmytext
    >>> kmytext.to_frame(kmytext.segment("氢能大会")).columns.tolist()
    ['doc', 'line', 'start', 'end', 'token', 'pos']
    >>> people = [e for e in kmytext.entities("没有名字。") if e.type == "PER"]
    >>> kmytext.to_frame(people, kmytext.Entity).columns[:4].tolist()
    ['doc', 'line', 'start', 'end']
    """
    import pandas

    from kmytext.tables import table_for, table_of

    from kmytext.checks import argument

    argument("to_frame", "records", "records", records)
    if kind is not None and not isinstance(kind, type):
        from kmytext.errors import ArgumentTypeError

        raise ArgumentTypeError(f"kmytext.to_frame(): kind must be a record class such as kmytext.Entity, "
                                f"not {type(kind).__name__}")
    kind = kind or getattr(records, "kind", None)
    records = list(records)
    if not records:  # a function's empty result still knows its table; any other empty list has none
        return pandas.DataFrame(columns=list(table_for(kind).columns)) if kind is not None else pandas.DataFrame()
    table = table_of(records[0])
    other = next((r for r in records if type(r) is not type(records[0])), None)
    if other is not None:  # the columns of the first would be read from the others: AttributeError
        from kmytext.errors import ArgumentTypeError

        raise ArgumentTypeError(f"kmytext.to_frame(): records must be of one kind, not {type(records[0]).__name__} "
                                f"and {type(other).__name__}; make a frame of each")
    return pandas.DataFrame(list(table.rows(records)), columns=list(table.columns))


__all__ = [
    "ArgumentError", "ArgumentTypeError", "Article", "Collocate", "Corpus", "Credit", "DocKeyword", "Document",
    "Entity", "EntityCount", "Frequency", "InputError", "Keyness", "Keyword", "KmytextError", "KwicLine",
    "ModelError", "Network", "NetworkEdge", "NetworkNode", "Number", "OutletReuse", "OutputError", "Post", "PostCount", "Quote", "Records", "ReprintCopy", "ReprintPassage",
    "Reprints", "Segmenter", "TimelineCount", "Token", "__version__", "articles", "clean", "collocates",
    "concordance", "credits", "entities", "entities_many", "frequencies", "keyness", "keywords", "keywords_by_doc",
    "kwic", "network", "numbers", "post_counts", "posts", "quotes", "report", "reprints", "segment", "timeline",
    "to_frame", "write_report",
]
