"""kmytext: text mining for Chinese news.

>>> import kmytext
>>> [e.text for e in kmytext.entities("董爱华在克拉玛依市调研") if e.type == "PER"]
['董爱华']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kmytext.articles import articles, credits
from kmytext.entities import entities
from kmytext.errors import InputError, KmytextError, OutputError
from kmytext.concordance import Collocate, KwicLine, collocates, concordance, kwic
from kmytext.keyness import Keyness, keyness
from kmytext.keywords import DocKeyword, frequencies, keywords, keywords_by_doc
from kmytext.normalize import clean
from kmytext.numbers import numbers
from kmytext.report import report, write_report
from kmytext.segment import Segmenter, segment
from kmytext.types import Article, Credit, Document, Entity, Frequency, Keyword, Number, Token

if TYPE_CHECKING:
    import pandas

__version__ = "0.1.0"


def to_frame(records: Any) -> pandas.DataFrame:
    """A pandas DataFrame with one row per record, columns in field order.

    >>> to_frame(segment("氢能大会")).columns.tolist()
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
