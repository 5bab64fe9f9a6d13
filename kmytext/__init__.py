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
    from kmytext.entities import entities
    from kmytext.errors import InputError, KmytextError, OutputError
    from kmytext.keyness import Keyness, keyness
    from kmytext.keywords import DocKeyword, frequencies, keywords, keywords_by_doc
    from kmytext.normalize import clean
    from kmytext.numbers import numbers
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
    "entities": "kmytext.entities", "InputError": "kmytext.errors", "KmytextError": "kmytext.errors",
    "OutputError": "kmytext.errors", "frequencies": "kmytext.keywords", "keywords": "kmytext.keywords",
    "clean": "kmytext.normalize", "numbers": "kmytext.numbers", "Segmenter": "kmytext.segment",
    "segment": "kmytext.segment", "Article": "kmytext.types", "Credit": "kmytext.types",
    "Document": "kmytext.types", "Entity": "kmytext.types", "Frequency": "kmytext.types",
    "Keyword": "kmytext.types", "Number": "kmytext.types", "Token": "kmytext.types",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kmytext' has no attribute {name!r}")


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
    "__version__", "articles", "clean", "collocates", "concordance", "credits", "entities", "frequencies",
    "keyness", "keywords", "keywords_by_doc", "kwic", "numbers", "report", "segment", "to_frame",
    "write_report",
]
