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
        NetworkEdge, NetworkNode, Number, OutletReuse, Post, PostCount, Quote, ReprintCopy, ReprintPassage,
        TimelineCount, Token,
    )

# The API loads on first use (PEP 562), so `python -m kmytext --help` and the command line
# do not pay for regex, dataclasses and the analysers they do not run.
_LAZY = {
    **dict.fromkeys(("Article", "Collocate", "Credit", "DocKeyword", "Entity", "EntityCount", "Frequency",
                     "Keyness", "Keyword", "KwicLine", "NetworkEdge", "NetworkNode", "Number", "OutletReuse",
                     "Post", "PostCount", "Quote", "ReprintCopy", "ReprintPassage", "TimelineCount", "Token"),
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
        if name in _ARGUMENTS:
            value = _checked(name, value)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kmytext' has no attribute {name!r}")


# What the API functions take first (and second): wrong types get a TypeError that says what
# to pass, not an error from deep inside a regex or the segmenter, nor a silent empty result.
# "text": a str or a Document; "texts": that or an iterable of them; "many": a list of them;
# "word": a str; "reference": texts, a pathlib.Path or a FrequencyList; "counts": texts or the
# Counts they make; "records": an iterable of records; a trailing "?" allows None.
_ARGUMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "entities": (("text", "texts"),), "entities_many": (("texts", "many"),), "numbers": (("text", "texts"),),
    "segment": (("text", "texts"),), "clean": (("text", "str"),), "articles": (("text", "texts"),),
    "credits": (("text", "text"),), "kwic": (("text", "texts"), ("query", "word")),
    "keywords": (("texts", "texts"),), "keyness": (("texts", "texts"), ("reference_texts", "reference?")),
    "collocates": (("texts", "texts"), ("word", "word")), "concordance": (("docs", "texts"), ("query", "word")),
    "keywords_by_doc": (("docs", "texts"),), "report": (("docs", "texts"),), "reprints": (("docs", "texts"),),
    "quotes": (("text", "texts"),), "posts": (("text", "texts"),),
    "timeline": (("docs", "texts"),), "network": (("docs", "texts"),),
    "frequencies": (("counts", "counts"),), "post_counts": (("found", "records"),),
}


# The options the API functions check (keyword-only, so by name), each with its rule:
# "n>=0", "n>=1": an int at least that; "ngram": 1 to 8; "year": 1000 to 9999 or None;
# "share": a number from 0 to 1; "date": a datetime.date or None; "words": a set, list or
# tuple of str, or None, passed on as a frozenset (a set is what one has to hand; keyword
# caches need it hashable); "names": an iterable of non-empty str, passed on as a tuple;
# "segmenter": a Segmenter or None; "outlet": folder, name or a function; a tuple: its values.
_WORDS = {"stop": "words", "pos": "words"}
_OPTIONS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "segment": {"segmenter": "segmenter"},
    "numbers": {"base_date": "date"},
    "keywords": {"top": "n>=1", "method": ("tfidf", "textrank", "freq"), "idf": ("jieba", "corpus"), **_WORDS},
    "keywords_by_doc": {"top": "n>=1", "method": ("tfidf", "textrank", "freq"), "idf": ("jieba", "corpus"),
                        **_WORDS},
    "frequencies": {"min_count": "n>=1", "ngram": "ngram", **_WORDS},
    "keyness": {"min_count": "n>=1"},
    "kwic": {"width": "n>=1"},
    "concordance": {"width": "n>=1", "sort": ("doc", "left", "right")},
    "collocates": {"window": "n>=1", "min_count": "n>=1", "stop": "words", "by": ("g2", "mi", "count")},
    "reprints": {"min_length": "n>=1", "min_containment": "share", "outlet": "outlet", "jobs": "n>=1"},
    "network": {"top": "n>=0", "min_weight": "n>=1", "jobs": "n>=1"},
    "report": {"top": "n>=1", "year": "year", "jobs": "n>=1"},
    "timeline": {"top": "n>=0", "year": "year", "jobs": "n>=1", "terms": "names", "entities": "names"},
}


def _option(func: str, name: str, rule: str | tuple[str, ...], value: Any) -> Any:
    """``value`` if it keeps ``rule`` (as the function takes it: a set of words as a frozenset),
    else an ArgumentError or ArgumentTypeError naming the option, the value and what it takes."""
    from kmytext.errors import ArgumentError, ArgumentTypeError

    where = f"kmytext.{func}(): {name}={value!r}"
    if isinstance(rule, tuple):
        if not isinstance(value, str) or value not in rule:
            raise ArgumentError(f"{where}: one of {', '.join(map(repr, rule))}")
        return value
    if rule in ("n>=0", "n>=1", "ngram", "year"):
        if value is None and rule == "year":
            return value
        if not isinstance(value, int) or isinstance(value, bool):
            raise ArgumentTypeError(f"{where}: must be an int, not {type(value).__name__}")
        low, high, what = {"n>=0": (0, None, "0 or more"), "n>=1": (1, None, "1 or more"),
                           "ngram": (1, 8, "from 1 to 8"), "year": (1000, 9999, "a year from 1000 to 9999")}[rule]
        if value < low or high is not None and value > high:
            raise ArgumentError(f"{where}: {what}")
        return value
    if rule == "share":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ArgumentTypeError(f"{where}: must be a number, not {type(value).__name__}")
        if not 0 <= value <= 1:
            raise ArgumentError(f"{where}: a share from 0 to 1")
        return value
    if rule == "date":
        import datetime

        if value is not None and not isinstance(value, datetime.date):
            raise ArgumentTypeError(f"{where}: must be a datetime.date, such as datetime.date(2025, 1, 1), "
                                    f"not {type(value).__name__}")
        return value
    if rule == "segmenter":
        from kmytext.text.segment import Segmenter

        if value is not None and not isinstance(value, Segmenter):
            raise ArgumentTypeError(f"{where}: must be a kmytext.Segmenter, such as "
                                    f"kmytext.Segmenter(engine='jieba'), not {type(value).__name__}")
        return value
    if rule == "outlet":
        if callable(value) or value in ("folder", "name"):
            return value
        raise ArgumentError(f"{where}: 'folder', 'name' or a function of a unit's id")
    # "words" and "names": a collection of str; a bare str would be read as its characters
    if value is None and rule == "words":
        return value
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, (set, frozenset, list, tuple)) and \
            not hasattr(value, "__iter__"):
        raise ArgumentTypeError(f"{where}: must be a set or list of str, such as {{'n', 'v'}}, not "
                                f"{type(value).__name__}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise ArgumentTypeError(f"{where}: must hold str, not {type(item).__name__}")
        if rule == "names" and not item.strip():
            raise ArgumentError(f"{where}: an empty or blank one matches nothing; leave it out")
    return frozenset(items) if rule == "words" else items


# Functions of one text that also take a list: each text (documents "1", "2", … for strings)
# in turn, their records in one list, as entities() and numbers() give them.
_EACH = frozenset({"segment", "articles", "kwic"})


def _checked(name: str, func: Any) -> Any:
    import functools

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        for option, rule in _OPTIONS.get(name, {}).items():
            if option in kwargs:
                kwargs[option] = _option(name, option, rule, kwargs[option])
        for i, (arg, kind) in enumerate(_ARGUMENTS[name]):
            if i < len(args):
                _check(name, arg, kind, args[i])
            elif arg in kwargs:
                _check(name, arg, kind, kwargs[arg])
        if name in _EACH:
            from kmytext.text.document import Document, as_documents

            first = _ARGUMENTS[name][0][0]
            texts = args[0] if args else kwargs.pop(first, None)
            if not isinstance(texts, (str, Document)):
                docs = as_documents(texts, clean=kwargs.get("clean", True))  # type: ignore[arg-type]
                return [r for doc in docs for r in func(doc, *args[1:], **kwargs)]
            return func(texts, *args[1:], **kwargs)
        return func(*args, **kwargs)

    # Pickled by reference as kmytext.NAME (worker processes), which is this function.
    checked.__module__, checked.__qualname__ = __name__, name
    return checked


def _check(func: str, arg: str, kind: str, value: Any) -> None:
    from kmytext.errors import ArgumentTypeError
    from kmytext.text.document import Document

    what = type(value).__name__
    if kind.endswith("?"):
        if value is None:
            return
        kind = kind[:-1]
    if kind == "reference":  # keyness: a file as a Path, or a frequency list, besides texts
        from pathlib import Path

        from kmytext.stats.keyness import FrequencyList

        if isinstance(value, (Path, FrequencyList)):
            return
        kind = "texts"
    if kind == "counts":
        from kmytext.stats.counting import Counts

        if isinstance(value, Counts):
            return
        kind = "texts"
    if kind == "records":
        if isinstance(value, (bytes, bytearray, dict)) or not hasattr(value, "__iter__"):  # a str: its own check
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a list of the records kmytext's "
                                    f"functions return, not {what}")
        return
    if isinstance(value, dict):  # its keys would be read as the texts
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a str, a kmytext.Document or a list of them, "
                                f"not dict; for its values, pass list(d.values())")
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be str, not {what}; decode it first, e.g. "
                                "data.decode('utf-8'), or kmytext.io.read.decode(data, name) to detect the encoding")
    if kind in ("str", "word"):
        if not isinstance(value, str):
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be str, not {what}")
        return
    if isinstance(value, (str, Document)) and kind != "many":
        return
    if kind == "text":
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a str or a kmytext.Document, not {what}")
    if kind == "many" and not isinstance(value, (list, tuple)):
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a list of str or kmytext.Document, not {what}")
    if value is None or not hasattr(value, "__iter__"):
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a str, a kmytext.Document or a list of them, "
                                f"not {what}")
    if isinstance(value, (list, tuple)):
        for item in value:
            if not isinstance(item, (str, Document)):
                raise ArgumentTypeError(f"kmytext.{func}(): {arg} must hold str or kmytext.Document, "
                                        f"not {type(item).__name__}")


__version__ = "0.1.0"


def to_frame(records: Any) -> pandas.DataFrame:
    """A pandas DataFrame with one row per record and the columns of its table
    (:mod:`kmytext.tables`: the columns the command line and ``kmytext report`` write).

    >>> import kmytext
    >>> kmytext.to_frame(kmytext.segment("氢能大会")).columns.tolist()
    ['doc', 'line', 'start', 'end', 'token', 'pos']
    """
    import pandas

    from kmytext.tables import table_of

    _check("to_frame", "records", "records", records)
    records = list(records)
    if not records:
        return pandas.DataFrame()
    table = table_of(records[0])
    return pandas.DataFrame(list(table.rows(records)), columns=list(table.columns))


__all__ = [
    "ArgumentError", "ArgumentTypeError", "Article", "Collocate", "Corpus", "Credit", "DocKeyword", "Document",
    "Entity", "EntityCount", "Frequency", "InputError", "Keyness", "Keyword", "KmytextError", "KwicLine",
    "ModelError", "Network", "NetworkEdge", "NetworkNode", "Number", "OutletReuse", "OutputError", "Post", "PostCount", "Quote", "ReprintCopy", "ReprintPassage",
    "Reprints", "Segmenter", "TimelineCount", "Token", "__version__", "articles", "clean", "collocates",
    "concordance", "credits", "entities", "entities_many", "frequencies", "keyness", "keywords", "keywords_by_doc",
    "kwic", "network", "numbers", "post_counts", "posts", "quotes", "report", "reprints", "segment", "timeline",
    "to_frame", "write_report",
]
