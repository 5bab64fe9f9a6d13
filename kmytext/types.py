"""Typed records returned by the library.

Every record is a frozen dataclass whose ``start``/``end`` are offsets into the
text the caller passed in, so ``text[start:end] == record.text`` always holds.
Where the source splits a word over a line break, ``text`` keeps the break and a
normalised field (``Token.word``, ``Entity.name``) carries the clean form.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

EntityType = Literal["PER", "LOC", "ORG", "WORK"]
NumberKind = Literal[
    "money", "percent", "date", "time", "duration", "quantity", "ordinal", "number"
]
Approx = Literal["over", "about", "under"]


class _Record:
    """Mixin: ``as_dict()`` in field order (the stable column order of every export)."""

    __slots__ = ()

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as a call of the constructor with the fields (slots, in field order): worker
        # processes send records back by the hundred thousand, and the dataclass default
        # (a state dict set field by field) takes twice as long both ways.
        return type(self), tuple(map(self.__getattribute__, self.__slots__))  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Token(_Record):
    """One word of a segmentation. ``word`` is ``text`` without line-break debris."""

    text: str
    start: int
    end: int
    pos: str | None = None
    word: str = ""

    def __post_init__(self) -> None:
        if not self.word:
            object.__setattr__(self, "word", self.text)


@dataclass(frozen=True, slots=True)
class Entity(_Record):
    """A named entity mention. ``name`` is the normalised form used for counting;
    ``canonical`` is the full name an alias stands for; ``role`` is set for credited
    people (reporter, correspondent, photographer)."""

    text: str
    type: str
    start: int
    end: int
    name: str = ""
    canonical: str | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.text)


@dataclass(frozen=True, slots=True)
class Number(_Record):
    """A numeric expression. ``value`` is normalised: base currency units for money,
    percent for percentages, an ISO 8601 string for dates, ``HH:MM`` for times."""

    text: str
    kind: str
    value: float | int | str | None
    start: int
    end: int
    value_max: float | int | str | None = None
    unit: str | None = None
    approx: str | None = None
    object: str | None = None


@dataclass(frozen=True, slots=True)
class Keyword(_Record):
    """A keyword of a text or corpus with its score and raw count."""

    keyword: str
    score: float
    count: int
    pos: str | None = None


@dataclass(frozen=True, slots=True)
class Frequency(_Record):
    """A word's frequency in a corpus: count, rate per 10,000 words, documents it is in."""

    word: str
    pos: str | None
    count: int
    per_10k: float
    docs: int


@dataclass(frozen=True, slots=True)
class Credit(_Record):
    """A person credited in a byline or photo line, with the role given there."""

    name: str
    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """One article of a newspaper page, with offsets into the page. ``title``, ``subtitle``
    (副题, below the title) and ``kicker`` (引题, above it) are clean text; ``date`` is the
    dateline date, ISO 8601 (``--MM-DD`` when the year is not printed)."""

    title: str
    start: int
    end: int
    text: str
    subtitle: str | None = None
    kicker: str | None = None
    credits: tuple[Credit, ...] = ()
    date: str | None = None
    first_sentence: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with its id (the path it came from, ``-`` for stdin).

    A large file arrives as several pieces cut at paragraph ends; ``offset`` and ``line`` say
    where a piece starts in its file (character offset, 1-based line), so offsets found in
    ``text`` become file offsets by adding ``offset``.
    """

    id: str
    text: str
    offset: int = 0
    line: int = 1
