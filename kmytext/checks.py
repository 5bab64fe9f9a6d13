"""The arguments and options the Python API takes, checked in one place: the module-level
functions (``kmytext.keywords(…)``, wrapped in :mod:`kmytext`) and the methods of
:class:`~kmytext.Corpus` (``Corpus(…).keywords(…)``, through :func:`checked`, as is
:class:`~kmytext.Segmenter`) read the same tables, so a bad value gets the same message from
both: an
:class:`~kmytext.ArgumentError` or :class:`~kmytext.ArgumentTypeError` naming the call, the
option, its value and what it takes, not an error from deep inside (or a silent empty result).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from kmytext.errors import ArgumentError, ArgumentTypeError

# What the API functions take first (and second): wrong types get a TypeError that says what
# to pass, not an error from deep inside a regex or the segmenter, nor a silent empty result.
# "text": a str or a Document; "texts": that or an iterable of them; "many": a list of them;
# "word": a str; "reference": texts, a pathlib.Path or a FrequencyList; "counts": texts or the
# Counts they make; "records": an iterable of records; "tables": what report() returns, table
# name -> records of that table; "path": a file or folder name to write, never empty (the
# current folder: write_report(tables, "") wrote its CSV files there); "inputs": file names, a pathlib.Path, documents or an
# iterable of them; "corpus reference": a Corpus or a FrequencyList; a trailing "?" allows None.
ARGUMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "entities": (("text", "texts"),), "entities_many": (("texts", "many"),), "numbers": (("text", "texts"),),
    "segment": (("text", "texts"),), "clean": (("text", "str"),), "articles": (("text", "texts"),),
    "credits": (("text", "texts"),), "kwic": (("text", "texts"), ("query", "word")),
    "keywords": (("texts", "texts"),), "keyness": (("texts", "texts"), ("reference_texts", "reference?")),
    "collocates": (("texts", "texts"), ("word", "word")), "concordance": (("docs", "texts"), ("query", "word")),
    "keywords_by_doc": (("docs", "texts"),), "report": (("docs", "texts"),), "reprints": (("docs", "texts"),),
    "quotes": (("text", "texts"),), "posts": (("text", "texts"),),
    "timeline": (("docs", "texts"),), "network": (("docs", "texts"),),
    "frequencies": (("counts", "counts"),), "post_counts": (("found", "records"),),
    "write_report": (("tables", "tables"), ("path", "path")),
    # the methods of Corpus
    "Corpus": (("inputs", "inputs"),), "Corpus.from_texts": (("texts", "many"),),
    "Corpus.with_inputs": (("inputs", "inputs"),), "Corpus.kwic": (("query", "word"),),
    "Corpus.collocates": (("word", "word"),), "Corpus.keyness": (("reference", "corpus reference?"),),
}

# The functions of the API that kmytext wraps to check their arguments (the rest: methods).
FUNCTIONS = frozenset(name for name in ARGUMENTS if not name.startswith("Corpus"))


# The options the API functions check (keyword-only, so by name), each with its rule:
# "n>=0", "n>=1": an int at least that; "ngram": 1 to 8; "year": 1000 to 9999 or None;
# "share": a number from 0 to 1; "date": a datetime.date or None; "words": a set, list or
# tuple of str, or None, passed on as a frozenset (a set is what one has to hand; keyword
# caches need it hashable); "stopwords": "words", with each word also as cleanup writes it
# (counted words are clean: 創新 stops 创新); "names": an iterable of non-empty str, passed on as a tuple;
# "segmenter": a Segmenter or None; "encoding": a codec's name; "outlet": folder, name or a
# function; "is:MODULE.CLASS": an instance of that class; "tags": words, not none (an empty set of tags keeps no word); "in:MODULE.NAME": one of the values of that tuple (the module's own list, loaded
# when a value is checked: no copy here); a tuple: its values; a trailing "?" allows None.
_WORDS = {"stop": "stopwords", "pos": "tags"}
_MODES = "in:kmytext.text.segment.MODES"
_KEYWORDS: dict[str, str | tuple[str, ...]] = {
    "top": "n>=1", "method": ("tfidf", "textrank", "freq"), "idf": ("jieba", "corpus"), **_WORDS}
OPTIONS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "segment": {"segmenter": "segmenter", "mode": _MODES},
    "numbers": {"base_date": "date"},
    "keywords": _KEYWORDS,
    "keywords_by_doc": _KEYWORDS,
    "frequencies": {"min_count": "n>=1", "ngram": "ngram", **_WORDS},
    "keyness": {"min_count": "n>=1"},
    "kwic": {"width": "n>=1"},
    "concordance": {"width": "n>=1", "sort": ("doc", "left", "right")},
    "collocates": {"window": "n>=1", "min_count": "n>=1", "stop": "stopwords", "by": ("g2", "mi", "count")},
    "reprints": {"min_length": "n>=1", "min_containment": "share", "outlet": "outlet", "jobs": "n>=1",
                 "params": "is:kmytext.news.reprints.Params?"},
    "network": {"top": "n>=0", "min_weight": "n>=1", "jobs": "n>=1", "within": "in:kmytext.stats.network.WITHIN"},
    "report": {"top": "n>=1", "year": "year", "jobs": "n>=1"},
    "timeline": {"top": "n>=0", "year": "year", "jobs": "n>=1", "terms": "names", "entities": "names",
                 "by": "in:kmytext.stats.timeline.PERIODS"},
}
# Corpus methods take the options of the function they stand for, and some of their own.
OPTIONS.update({
    "Corpus": {"by": ("file", "article"), "errors": ("strict", "replace"), "jobs": "n>=1?",
               "segmenter": "segmenter", "encoding": "encoding?"},
    "Corpus.keywords": OPTIONS["keywords"],
    "Corpus.keywords_each": OPTIONS["keywords_by_doc"], "Corpus.keyness": OPTIONS["keyness"],
    "Corpus.kwic": OPTIONS["concordance"], "Corpus.collocates": OPTIONS["collocates"],
    "Corpus.reprints": OPTIONS["reprints"], "Corpus.network": OPTIONS["network"],
    "Corpus.report": OPTIONS["report"], "Corpus.timeline": OPTIONS["timeline"],
    "Corpus.entities": {"min_count": "n>=1", "types": "entity types"}, "Corpus.mentions": {"types": "entity types", "top": "n>=0", "min_count": "n>=1"},
    "Corpus.numbers": {**OPTIONS["numbers"], "kinds": "number kinds"}, "Corpus.quotes": {"kinds": "quote kinds"},
    "Corpus.post_counts": {"min_count": "n>=1"}, "Corpus.posts": {"top": "n>=0", "min_count": "n>=1"}, "Corpus.from_texts": {"ids": "names?"},
    "Corpus.counts": {"terms": "bool", "ngram": "ngram", "window": "n>=0"}, "Corpus.tokens": {"mode": _MODES}, "Corpus.segmented": {"mode": _MODES},
    "Segmenter": {"hmm": "bool", "dicts": "paths"},
})


def _choices(rule: str) -> tuple[str, ...]:
    """The values a set of ``rule`` ("entity types", "number kinds", "quote kinds") may hold."""
    if rule == "entity types":
        from kmytext.ner.pipeline import ENTITY_TYPES

        return ENTITY_TYPES
    if rule == "number kinds":
        from kmytext.numex import KINDS

        return KINDS
    return ("direct", "indirect")


def option(func: str, name: str, rule: str | tuple[str, ...], value: Any) -> Any:
    """``value`` if it keeps ``rule`` (as the function takes it: a set of words as a frozenset),
    else an ArgumentError or ArgumentTypeError naming the option, the value and what it takes."""
    where = f"kmytext.{func}(): {name}={value!r}"
    if isinstance(rule, str) and rule.endswith("?"):
        if value is None:
            return value
        rule = rule[:-1]
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
    if rule.startswith("is:"):  # a dict of the fields, say, failed in a worker as AttributeError, "a bug"
        import importlib

        module, _, cls = rule[3:].rpartition(".")
        if not isinstance(value, getattr(importlib.import_module(module), cls)):
            raise ArgumentTypeError(f"{where}: must be a {module}.{cls}, such as {cls}(), not {type(value).__name__}")
        return value
    if rule.startswith("in:"):
        import importlib

        module, _, values = rule[3:].rpartition(".")
        return option(func, name, tuple(getattr(importlib.import_module(module), values)), value)
    if rule in ("entity types", "number kinds", "quote kinds"):  # a set of some of these, or None: all
        if value is None:
            return value
        allowed = _choices(rule)
        if isinstance(value, str):  # "PER" would be read as P, E, R, and find nothing
            raise ArgumentTypeError(f"{where}: must be a set or list, such as {{{allowed[0]!r}}}")
        chosen = option(func, name, "tags", value)
        wrong = sorted(chosen - set(allowed))
        if wrong:
            raise ArgumentError(f"{where}: {', '.join(map(repr, wrong))} not among {', '.join(map(repr, allowed))}")
        return chosen
    if rule == "tags":  # a filter: empty, it kept nothing at all, an empty table and no word why
        chosen = option(func, name, "words", value)
        if chosen is not None and not chosen:
            raise ArgumentError(f"{where}: empty, so nothing would be kept; give some, or None for all")
        return chosen
    if rule == "encoding":  # else an InputError named --encoding when the first file is read
        from kmytext.io.read import encoding_problem

        if not isinstance(value, str):
            raise ArgumentTypeError(f"{where}: must be str, such as 'gb18030', not {type(value).__name__}")
        if not value:  # as None: detected
            return value
        problem = encoding_problem(value)
        if problem:
            raise ArgumentError(f"{where}: {problem}")
        return value
    if rule == "bool":
        if not isinstance(value, bool):
            raise ArgumentTypeError(f"{where}: must be True or False, not {type(value).__name__}")
        return value
    if rule == "paths":  # one file (not a sequence of its characters) or several
        from pathlib import Path

        items = [value] if isinstance(value, (str, Path)) else value
        if isinstance(items, (bytes, dict)) or not hasattr(items, "__iter__") or \
                not all(isinstance(p, (str, Path)) for p in items):
            raise ArgumentTypeError(f"{where}: must be a file name (str or pathlib.Path) or a list of them")
        if any(isinstance(p, str) and not p.strip() for p in items):  # Path("") is the current folder
            raise ArgumentError(f"{where}: an empty file name; give the dictionary's file")
        return value
    if rule == "outlet":
        if callable(value) or value in ("folder", "name"):
            return value
        raise ArgumentError(f"{where}: 'folder', 'name' or a function of a unit's id")
    # "words" and "names": a collection of str; a bare str would be read as its characters
    if value is None and rule in ("words", "stopwords"):
        return value
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, (set, frozenset, list, tuple)) and \
            not hasattr(value, "__iter__"):
        example = {"pos": "{'n', 'v'}", "stop": "{'的', '了'}"}.get(name, f"[{value!r}]" if isinstance(value, str)
                                                                 else "['氢能']")
        raise ArgumentTypeError(f"{where}: must be a set or list of str, such as {example}, not "
                                f"{type(value).__name__}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise ArgumentTypeError(f"{where}: must hold str, not {type(item).__name__}")
        if rule == "names" and not item.strip():
            raise ArgumentError(f"{where}: an empty or blank one matches nothing; leave it out")
    if rule == "stopwords":
        from kmytext.stats.lexicon import with_clean_forms

        return with_clean_forms(items)
    return frozenset(items) if rule == "words" else items


def argument(func: str, arg: str, kind: str, value: Any) -> Any:
    """``value`` if it is of ``kind`` (see :data:`ARGUMENTS`), else an ArgumentTypeError that
    says what to pass. Texts given as an iterable other than a list or tuple (a generator, a
    pandas Series, a set) come back as a list, each item checked."""
    from kmytext.text.document import Document

    what = type(value).__name__
    if kind.endswith("?"):
        if value is None:
            return value
        kind = kind[:-1]
    if kind == "corpus reference":
        from kmytext.run.corpus import Corpus
        from kmytext.stats.keyness import FrequencyList

        if not isinstance(value, (Corpus, FrequencyList)):
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a kmytext.Corpus or a frequency list "
                                    f"(kmytext.stats.keyness.read_frequency_list), not {what}; for texts, pass "
                                    "Corpus.from_texts(texts)")
        return value
    if kind == "inputs":
        from pathlib import Path

        one = (str, Path, Document)
        if isinstance(value, one):
            return value
        if value is None or isinstance(value, (bytes, bytearray, dict)) or not hasattr(value, "__iter__"):
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be file names (str or pathlib.Path), "
                                    f"kmytext.Document or a list of them, not {what}")
        return _items(func, arg, list(value), one, "file names (str or pathlib.Path) or kmytext.Document")
    if kind == "reference":  # keyness: a file as a Path, or a frequency list, besides texts
        from pathlib import Path

        from kmytext.stats.keyness import FrequencyList

        if isinstance(value, (Path, FrequencyList)):
            return value
        kind = "texts"
    if kind == "counts":
        from kmytext.stats.counting import Counts

        if isinstance(value, Counts):
            return value
        kind = "texts"
    if kind == "tables":
        return _tables(func, arg, value)
    if kind == "path":
        import os

        if not isinstance(value, (str, os.PathLike)):
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a file name (str or pathlib.Path), not {what}")
        if not str(value).strip():
            raise ArgumentError(f"kmytext.{func}(): {arg}={str(value)!r}: empty file name (the current folder); "
                                "give a name such as report.xlsx, report.html or report_tables")
        return value
    if kind == "records":
        from collections.abc import Mapping

        if isinstance(value, (str, bytes, bytearray, Mapping)) or not hasattr(value, "__iter__"):
            # what holds records, named with the way to them (a str was read as its characters)
            hint = ("; for one of its tables, pass tables['entities'] (any of its keys)" if isinstance(value, Mapping)
                    else "; for one of its tables, pass x.tables()['" + next(iter(value.tables())) + "']"
                    if callable(getattr(value, "tables", None))
                    else f"; for texts, pass kmytext.{func}(kmytext.{'posts' if func == 'post_counts' else 'entities'}"
                         "(texts))" if isinstance(value, str) else "")
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a list of the records kmytext's "
                                    f"functions return, not {what}{hint}")
        return value
    if isinstance(value, dict):  # its keys would be read as the texts
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a str, a kmytext.Document or a list of them, "
                                f"not dict; for its values, pass list(d.values())")
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be str, not {what}; decode it first, e.g. "
                                "data.decode('utf-8'), or kmytext.io.read.decode(data, name) to detect the encoding")
    if kind in ("str", "word"):
        if not isinstance(value, str):
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be str, not {what}")
        return value
    if isinstance(value, (str, Document)) and kind != "many":
        return value
    if kind == "text":
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a str or a kmytext.Document, not {what}")
    if kind == "many" and (isinstance(value, (str, Document)) or not hasattr(value, "__iter__")):
        hint = f"; for one text, pass [{arg}]" if isinstance(value, (str, Document)) else ""
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a list of str or kmytext.Document, not "
                                f"{what}{hint}")
    if value is None or not hasattr(value, "__iter__"):
        raise ArgumentTypeError(f"kmytext.{func}(): {arg} must be a str, a kmytext.Document or a list of them, "
                                f"not {what}")
    return _items(func, arg, value if isinstance(value, (list, tuple)) else list(value), (str, Document),
                  "str or kmytext.Document")


def _tables(func: str, arg: str, value: Any) -> Any:
    """``value`` if it maps names of tables to lists of their records, as report() gives them."""
    from collections.abc import Mapping

    from kmytext.tables import TABLES, table_of

    where = f"kmytext.{func}(): {arg}"
    if not isinstance(value, Mapping):
        raise ArgumentTypeError(f"{where} must be what kmytext.report() returns (a dict of table name -> "
                                f"records), not {type(value).__name__}")
    for name, rows in value.items():
        if name not in TABLES:
            raise ArgumentError(f"{where}: {name!r} is no table; the tables are {', '.join(TABLES)}")
        if isinstance(rows, (str, bytes, Mapping)) or not hasattr(rows, "__iter__"):
            raise ArgumentTypeError(f"{where}[{name!r}] must be a list of records, not {type(rows).__name__}")
        for row in rows:
            try:
                fits = table_of(row).name == name
            except ArgumentTypeError:
                fits = False
            if not fits:
                raise ArgumentTypeError(f"{where}[{name!r}] must hold the records of the {name} table, not "
                                        f"{type(row).__name__}")
    return value


def _items(func: str, arg: str, items: Sequence[Any], types: tuple[type, ...], what: str) -> Sequence[Any]:
    """``items`` if each is one of ``types``, else an ArgumentTypeError naming the first that
    is not (a missing value of pandas, NaN or None, says how to leave those out)."""
    for i, item in enumerate(items, 1):
        if not isinstance(item, types):
            missing = item is None or isinstance(item, float) and math.isnan(item)
            hint = (f" (item {i} is {item!r}, a missing value: leave those out first, e.g. "
                    "series.dropna())") if missing else f" (item {i})"
            raise ArgumentTypeError(f"kmytext.{func}(): {arg} must hold {what}, not {type(item).__name__}{hint}")
    return items


@functools.cache
def flags(function: Callable[..., Any]) -> frozenset[str]:
    """The options of ``function`` that are flags, found from their defaults (True or False):
    each takes True or False only, with no table to keep up to date. A str was taken as
    true whatever it said (``simplified="no"``, ``regex="false"``)."""
    import inspect

    return frozenset(name for name, p in inspect.signature(function).parameters.items()
                     if isinstance(p.default, bool))


def check_call(func: str, args: tuple[Any, ...], kwargs: dict[str, Any],
               function: Callable[..., Any] | None = None) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The arguments of a call of ``func`` (a key of :data:`ARGUMENTS` and :data:`OPTIONS`),
    checked, as the function takes them (a set of words as a frozenset, texts as a list);
    the flags of ``function``, the function called, too (:func:`flags`)."""
    rules = OPTIONS.get(func, {})
    for name, rule in rules.items():
        if name in kwargs:
            kwargs[name] = option(func, name, rule, kwargs[name])
    if function is not None and kwargs:
        for name in flags(function).intersection(kwargs).difference(rules):
            option(func, name, "bool", kwargs[name])
    given = list(args)
    for i, (arg, kind) in enumerate(ARGUMENTS.get(func, ())):
        if i < len(given):
            given[i] = argument(func, arg, kind, given[i])
        elif arg in kwargs:
            kwargs[arg] = argument(func, arg, kind, kwargs[arg])
    return tuple(given), kwargs


F = TypeVar("F", bound=Callable[..., Any])


def checked(method: F) -> F:
    """A method of a class of the API (:class:`~kmytext.Corpus`, :class:`~kmytext.Segmenter`)
    whose arguments are checked by the tables (``CLASS.NAME`` in :data:`ARGUMENTS` and
    :data:`OPTIONS`; ``__init__`` is ``CLASS``)."""
    cls = method.__qualname__.split(".")[0]
    name = cls if method.__name__ == "__init__" else f"{cls}.{method.__name__}"
    assert name in OPTIONS or name in ARGUMENTS, name

    @functools.wraps(method)
    def check(first: Any, *args: Any, **kwargs: Any) -> Any:  # first: the instance, or the class
        args, kwargs = check_call(name, args, kwargs, method)
        return method(first, *args, **kwargs)

    return check  # type: ignore[return-value]


__all__ = ["ARGUMENTS", "FUNCTIONS", "OPTIONS", "argument", "check_call", "checked", "flags", "option"]
