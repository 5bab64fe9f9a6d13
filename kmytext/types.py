"""Typed records returned by the library.

Every record is a frozen dataclass whose ``start``/``end`` are offsets into the
text the caller passed in (for a piece of a large file, into the file), so
``text[start:end] == record.text`` always holds. Where the source splits a word over a
line break, ``text`` keeps the break and a normalised field (``Token.word``,
``Entity.name``) carries the clean form. Records found in a document also say where:
``doc`` (its id), ``line`` (1-based) and, for mentions, ``context``.

How a record becomes a row of an output table (its columns, their order) is said once,
in :mod:`kmytext.tables`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from typing import Any, Literal, TypeVar

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
    doc: str = ""
    line: int = 0

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
    doc: str = ""
    line: int = 0
    context: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.text)


@dataclass(frozen=True, slots=True)
class Number(_Record):
    """A numeric expression. ``value`` is normalised and signed: base currency units for money,
    percent for percentages, an ISO 8601 string for dates, ``HH:MM`` for times. ``direction``
    is ``"up"`` or ``"down"`` when the number is the size of a change (增长5%, 下降1.5%: the
    value keeps its printed sign), else None."""

    text: str
    kind: str
    value: float | int | str | None
    start: int
    end: int
    value_max: float | int | str | None = None
    unit: str | None = None
    approx: str | None = None
    direction: str | None = None
    object: str | None = None
    doc: str = ""
    line: int = 0
    context: str = ""


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
    """A person credited in a byline or photo line, with the role given there; ``doc`` the
    id of the document (``1``, ``2``, … for the texts of a list)."""

    name: str
    role: str
    start: int
    end: int
    doc: str = ""


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """One article of a newspaper page, with offsets into the page. ``title``, ``subtitle``
    (副题, below the title) and ``kicker`` (引题, above it) are clean text; ``date`` is the
    dateline date, ISO 8601 (``--MM-DD`` when the year is not printed), ``place`` the
    dateline's place (北京 of 本报北京12月31日讯); ``n`` its place on the page (1, 2, …)."""

    title: str
    start: int
    end: int
    text: str
    subtitle: str | None = None
    kicker: str | None = None
    credits: tuple[Credit, ...] = ()
    date: str | None = None
    place: str | None = None
    first_sentence: str = ""
    doc: str = ""
    n: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class EntityCount(_Record):
    """An entity of a corpus: how often it is mentioned (its aliases counted under it), in
    how many documents, and the aliases it was mentioned by."""

    entity: str
    type: str
    count: int
    documents: int
    aliases: str = ""


@dataclass(frozen=True, slots=True)
class DocKeyword(_Record):
    """A keyword of one document (or article) of a corpus."""

    doc: str
    keyword: str
    score: float
    count: int
    pos: str | None = None


@dataclass(frozen=True, slots=True)
class Keyness(_Record):
    """A word's keyness in a target corpus against a reference corpus."""

    word: str
    count: int
    ref_count: int
    per_10k: float
    ref_per_10k: float
    g2: float
    log_ratio: float
    p: float


@dataclass(frozen=True, slots=True)
class KwicLine(_Record):
    """One occurrence of a query: context either side, where it is (offsets into the source)."""

    left: str
    keyword: str
    right: str
    doc: str
    line: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Collocate(_Record):
    """A word seen near the node word: co-occurrences, its corpus frequency, MI and G2."""

    word: str
    count: int
    freq: int
    mi: float
    g2: float


@dataclass(frozen=True, slots=True)
class TimelineCount(_Record):
    """How often an item occurs in the units dated in one period (``2025-03-26``, ``2025-03`` or
    ``2025``): ``item`` is a term, an entity or a kind of number; ``kind`` says which (``term``,
    the entity's type, or the number kind); ``articles`` counts the units (files or articles)
    it occurs in; ``sum`` adds up the values of money in 元 (``None`` for every other item)."""

    period: str
    item: str
    kind: str
    count: int
    articles: int
    sum: float | int | None = None


@dataclass(frozen=True, slots=True)
class NetworkNode(_Record):
    """An entity of a co-occurrence network: its mentions and the documents (units) it is in."""

    entity: str
    type: str
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class NetworkEdge(_Record):
    """Two entities found together: ``weight`` counts the sentences (or articles) that name both,
    ``documents`` the units (files or articles) where they are found together."""

    source: str
    target: str
    weight: int
    documents: int
    source_type: str
    target_type: str


@dataclass(frozen=True, slots=True)
class ReprintCopy(_Record):
    """A unit (a file, or an article ``FILE#N``) in a cluster of reprints. ``role`` is ``source``
    (the earliest by dateline date, ``source_by="date"``; or the first in input order when no
    member has a date with a year, ``source_by="order"``) or ``copy``; ``length`` counts its letters
    (Chinese characters, Latin letters, digits), ``shared`` those in passages it shares with
    other members, ``containment`` their share; ``aligned_with`` is the member its passages were
    aligned with (the source, or the copy it was found through); ``start``/``end``: where the
    unit is in its file."""

    cluster: int
    role: str
    doc: str
    outlet: str
    date: str | None
    length: int
    shared: int
    containment: float
    source: str
    aligned_with: str
    source_by: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ReprintPassage(_Record):
    """A passage a copy shares with the member it was aligned with: offsets into each file
    (``doc`` ``[start, end)``, ``other`` ``[other_start, other_end)``), letters in it (``length``)
    and letters matched exactly (``matched``, less than ``length`` where the copy was edited);
    ``preview`` is its first characters."""

    cluster: int
    doc: str
    start: int
    end: int
    other: str
    other_start: int
    other_end: int
    length: int
    matched: int
    preview: str


@dataclass(frozen=True, slots=True)
class OutletReuse(_Record):
    """An outlet's reuse: its units, those that are copies of another outlet's source
    (``reprinted_from_others``), those that are sources other outlets copied
    (``reprinted_by_others``), and both as shares of its units."""

    outlet: str
    articles: int
    reprinted_from_others: int
    reprinted_by_others: int
    from_rate: float
    by_rate: float


@dataclass(frozen=True, slots=True)
class Quote(_Record):
    """Something said, and who said it. ``kind``: ``direct`` (the words inside quotation marks,
    marks left out) or ``indirect`` (reported speech after a cue such as 表示, 指出, 据…介绍, to the
    end of its sentence). ``speaker`` is who said it as an index would list it: a person's full
    name (also where the text at the cue says 他 or 李先生), an organisation, or a role as written
    (外经贸部新闻发言人); None when the text does not say. ``speaker_type``: ``person``, ``org`` or
    ``role``. ``speaker_text`` is the mention nearest the cue as written (``speaker_start``,
    ``speaker_end``), ``cue`` the speech verb (``：`` for a colon, None for a quotation standing
    alone). ``article``: the article of the page it is in (``FILE#N``); ``date``: that
    article's dateline date."""

    text: str
    kind: str
    speaker: str | None
    speaker_type: str | None
    cue: str | None
    start: int
    end: int
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    article: str = ""
    date: str | None = None
    doc: str = ""
    line: int = 0
    context: str = ""


@dataclass(frozen=True, slots=True)
class Post(_Record):
    """A post held by a named person, as the news phrases it (国务院总理李强, 李强任…董事长):
    ``position`` as written (副总理, 常务副省长), ``org`` the organisation or the country it is
    in (None when the text names none), ``former`` when the text marks it as past (前, 原, 曾任).
    ``text`` is the whole phrase (``start``, ``end``), ``person`` the name as written in it
    (``person_start``, ``person_end``; a surname alone for 江总书记), ``name`` the full name it
    stands for where the document gives one."""

    person: str
    position: str
    org: str | None
    text: str
    start: int
    end: int
    person_start: int
    person_end: int
    name: str = ""
    former: bool = False
    article: str = ""
    date: str | None = None
    doc: str = ""
    line: int = 0
    context: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.person)


@dataclass(frozen=True, slots=True)
class PostCount(_Record):
    """A post of a corpus: a person (full name), the position and organisation, how often it
    is mentioned, in how many documents, and the first and last dateline dates it is seen on;
    ``former``: mentions that call it past."""

    person: str
    position: str
    org: str | None
    count: int
    documents: int
    first_date: str | None
    last_date: str | None
    former: int = 0


class Records(list):  # type: ignore[type-arg]
    """What the functions of :mod:`kmytext` return: a list of records that also says what kind
    of record it holds (``kind``, a class of this module), so that :func:`kmytext.to_frame`
    gives an empty result the columns of its table, as the command line writes them.

    >>> import kmytext
    >>> found = kmytext.numbers("没有数字。")
    >>> found == [], found.kind.__name__, kmytext.to_frame(found).columns[:3].tolist()
    (True, 'Number', ['text', 'kind', 'value'])
    """

    def __init__(self, records: Any = (), kind: type | None = None) -> None:
        super().__init__(records)
        self.kind = kind

    def __getitem__(self, index: Any) -> Any:  # a slice (found[:10]) is Records of the same kind
        got = super().__getitem__(index)
        return Records(got, self.kind) if isinstance(index, slice) else got


def record_kind(func: Any) -> type | None:
    """The record class a function returns a list of (``-> list[Number]``: Number), if any."""
    m = re.fullmatch(r"list\[(\w+)\]", str(getattr(func, "__annotations__", {}).get("return", "")))
    kind = globals().get(m.group(1)) if m else None
    return kind if isinstance(kind, type) and issubclass(kind, _Record) else None


_C = TypeVar("_C", bound=type)


def returning_records(cls: _C) -> _C:
    """Make each public method of ``cls`` annotated ``-> list[SomeRecord]`` return
    :class:`Records` of that kind, so that an empty result still has its table's columns."""
    for name, func in list(vars(cls).items()):
        kind = None if name.startswith("_") else record_kind(func)
        if kind is not None:
            setattr(cls, name, _as_records(func, kind))
    return cls


def _as_records(func: Callable[..., Any], kind: type) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> Records:
        return Records(func(*args, **kwargs), kind)
    return wrapped


def _fast_init(cls: type[_Record]) -> None:
    """Give a record class an ``__init__`` that sets each field through its slot: the frozen
    dataclass's own goes through ``object.__setattr__`` by name for each field, and takes
    twice as long (a text's tokens are made by the hundred thousand: a call of
    :func:`kmytext.segment` on a sentence, 65 -> 55 µs). The same parameters, defaults and
    ``__post_init__``; the class stays frozen."""
    scope: dict[str, Any] = {}
    params, body = [], []
    for f in fields(cls):  # type: ignore[arg-type]
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), scope)  # noqa: S102 - field names only
    init = scope["__init__"]
    init.__qualname__, init.__module__ = f"{cls.__qualname__}.__init__", cls.__module__
    cls.__init__ = init  # type: ignore[method-assign]


# The record classes of this module (not _Record.__subclasses__(), which also lists the classes
# dataclass(slots=True) replaced).
for _cls in [v for v in list(globals().values()) if isinstance(v, type) and issubclass(v, _Record) and v is not _Record]:
    _fast_init(_cls)
