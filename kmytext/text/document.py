"""The document: one input text and what every analyser reads from it, each built once.

A :class:`Document` holds the caller's text (the *source*) and builds, on first use and only
once, the clean text with its offset map back to the source (:attr:`Document.cleaned`), the
words with POS from one pass of the segmenter over the clean text (:attr:`Document.tokens`)
and the sentences (:attr:`Document.sentences`). Analysers take a document and never clean or
segment again; they find spans in the clean text and turn them into the caller's offsets,
line numbers and context with :meth:`Document.place`.

A large file arrives as several documents, pieces cut at paragraph ends: ``offset`` and
``line`` say where a piece starts in its file, and the offsets a document gives out are file
offsets, so ``file_text[r.start:r.end] == r.text`` holds for every record.
"""

from __future__ import annotations

import datetime
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import TYPE_CHECKING, Any

import regex

from kmytext.text.normalize import Cleaned, identity
from kmytext.text.normalize import clean as _clean
from kmytext.text.spans import LineIndex, context

if TYPE_CHECKING:
    from kmytext.text.segment import Segmenter

Pair = tuple[str, str]
TokenSpan = tuple[int, int, str, str]  # start, end (clean offsets), word, POS

# A sentence: up to and including its 。！？ (and the closing quotes after them), or a line.
_SENTENCE = regex.compile(r"[^。！？!?\n\r]+(?:[。！？!?]+[”’」』）)]*)?|[。！？!?]+")


class Tokens:
    """The words of a clean text with their POS, as the segmenter tagged them in one pass.

    ``pairs`` are ``(word, POS)`` as the tagger gives them, whitespace tokens included, so
    the words cover the text exactly; the analysers that count read them as they are."""

    __slots__ = ("text", "pairs", "_starts")

    def __init__(self, text: str, pairs: list[Pair]) -> None:
        self.text = text
        self.pairs = pairs
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        """Where each pair's word starts in the text."""
        if self._starts is None:
            self._starts = [0, *accumulate(len(w) for w, _ in self.pairs)][:-1] if self.pairs else []
        return self._starts

    def __len__(self) -> int:
        return len(self.pairs)

    def spans(self) -> Iterator[TokenSpan]:
        """``(start, end, word, POS)`` of every word, whitespace left out."""
        for s, (w, p) in zip(self.starts, self.pairs):
            if not w.isspace():
                yield s, s + len(w), w, p

    def between(self, start: int, end: int, *, spaces: bool = False) -> list[TokenSpan]:
        """The words of ``text[start:end]``: a word crossing either edge is cut there (and keeps
        its POS). Whitespace tokens only with ``spaces``."""
        if end <= start or not self.pairs:
            return []
        starts = self.starts
        i = max(0, bisect_right(starts, start) - 1)
        out: list[TokenSpan] = []
        text, pairs = self.text, self.pairs
        while i < len(pairs) and starts[i] < end:
            w, p = pairs[i]
            s, e = starts[i], starts[i] + len(w)
            if e > start and (spaces or not w.isspace()):
                a, b = max(s, start), min(e, end)
                out.append((a, b, w if (a, b) == (s, e) else text[a:b], p))
            i += 1
        return out

    def pairs_between(self, start: int, end: int) -> list[Pair]:
        """``(word, POS)`` covering ``text[start:end]`` exactly (whitespace included)."""
        starts = self.starts
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if j > i and starts[i] == start and (starts[j] == end if j < len(starts) else end == len(self.text)):
            return self.pairs[i:j]  # a sentence starts and ends where words do: the usual case
        return [(w, p) for _, _, w, p in self.between(start, end, spaces=True)]

    def word_at(self, start: int, end: int) -> str | None:
        """The POS of the word that is exactly ``text[start:end]``, or None if no word is."""
        starts = self.starts
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] == start and len(self.pairs[i][0]) == end - start:
            return self.pairs[i][1]
        return None


class Document:
    """One input text (``id``: the path it came from, ``-`` for stdin) and what the analysers
    read from it, each built once: ``cleaned``, ``tokens``, ``sentences``.

    ``clean``: apply newspaper cleanup (``--raw`` turns it off); ``segmenter``: the segmenter
    (engine, user dictionaries) whose words every analyser uses; ``base_date``: the date
    relative dates (今年, 上月) count from, e.g. an article's dateline; ``presegmented``: the
    words are already separated by spaces, one sentence a line (POS from jieba's dictionary).

    >>> doc = Document("a.txt", "克拉玛依市举办氢能大会。")
    >>> [w for _, _, w, _ in doc.tokens.spans()]
    ['克拉玛依市', '举办', '氢能', '大会', '。']
    """

    __slots__ = ("id", "text", "offset", "line", "base_date", "clean", "segmenter", "presegmented",
                 "_cleaned", "_tokens", "_sentences", "_lines")

    def __init__(self, id: str, text: str, offset: int = 0, line: int = 1, *,
                 base_date: datetime.date | None = None, clean: bool = True,
                 segmenter: Segmenter | None = None, presegmented: bool = False) -> None:
        if not isinstance(text, str):  # None or bytes failed later, deep in an analysis, as "a bug"
            from kmytext.errors import ArgumentTypeError

            raise ArgumentTypeError(f"kmytext.Document({id!r}, …): text must be str, not {type(text).__name__}"
                                    + ("; decode it first, e.g. data.decode('utf-8')"
                                       if isinstance(text, (bytes, bytearray)) else ""))
        if not (type(id) is str and type(offset) is int and type(line) is int and offset >= 0 and line >= 1
                and (base_date is None or isinstance(base_date, datetime.date))):
            _check_fields(id, offset, line, base_date)
        self.id, self.text, self.offset, self.line = id, text, offset, line
        self.base_date, self.clean, self.segmenter, self.presegmented = base_date, clean, segmenter, presegmented
        self._cleaned: Cleaned | None = None
        self._tokens: Tokens | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._lines: LineIndex | None = None

    def __repr__(self) -> str:
        return f"Document({self.id!r}, {self.text[:20]!r}{'…' if len(self.text) > 20 else ''})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as what it was made of: a worker process builds the rest itself.
        return (_restore, (self.id, self.text, self.offset, self.line, self.base_date, self.clean,
                           self.segmenter, self.presegmented))

    def replace(self, **changes: Any) -> Document:
        """A new document with some fields changed (nothing derived is carried over)."""
        fields = {k: getattr(self, k) for k in ("id", "text", "offset", "line", "base_date", "clean",
                                                 "segmenter", "presegmented")}
        return Document(**{**fields, **changes})

    # -- what analysers read -------------------------------------------------------------

    @property
    def cleaned(self) -> Cleaned:
        """The clean text and its map back to the source."""
        if self._cleaned is None:
            self._cleaned = _clean(self.text) if self.clean and not self.presegmented else identity(self.text)
        return self._cleaned

    @property
    def clean_text(self) -> str:
        return self.cleaned.text

    @property
    def tokens(self) -> Tokens:
        """The clean text's words with POS: the segmenter's one pass over this document."""
        if self._tokens is None:
            text = self.clean_text
            if self.presegmented:
                pairs = _presegmented(text)
            else:
                from kmytext.text.segment import default_segmenter

                pairs = (self.segmenter or default_segmenter()).tagged_raw(text)
            self._tokens = Tokens(text, pairs)
        return self._tokens

    def word_tags(self, word: str) -> tuple[tuple[str, str], ...]:
        """How this document's segmenter reads a piece of a word on its own (a cached
        dictionary lookup; see :meth:`kmytext.text.segment.Segmenter.tag_word`)."""
        from kmytext.text.segment import default_segmenter

        return (self.segmenter or default_segmenter()).tag_word(word)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence of the clean text: up to its 。！？ and closing
        quotes, or a line."""
        if self._sentences is None:
            self._sentences = [m.span() for m in _SENTENCE.finditer(self.clean_text)]
        return self._sentences

    # -- from clean offsets to the caller's ----------------------------------------------

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in ``text`` of the clean span ``[start, end)``."""
        return self.cleaned.span(start, end)

    def line_of(self, at: int) -> int:
        """The 1-based line (of the file, for a piece) of offset ``at`` in ``text``."""
        return self.line - 1 + self._line_index().line(at)

    def _line_index(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines

    def source_spans(self, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
        """:meth:`source_span` and the :meth:`line_of` its start, for many clean spans at once
        (a text's tokens): the spans in ``text`` and their lines."""
        placed = self.cleaned.spans(spans)
        lines = self._line_index().lines([s for s, _ in placed])
        if self.line != 1:
            lines = [self.line - 1 + k for k in lines]
        return placed, lines

    def place(self, start: int, end: int, *, width: int = 20) -> tuple[int, int, str, int, str]:
        """``(start, end, text, line, context)`` of the clean span ``[start, end)`` as the
        caller sees it: file offsets, the source text of the span (line breaks and all), its
        line and its context."""
        s, e = self.cleaned.span(start, end) if self.cleaned.text is not self.text else (start, end)
        return (self.offset + s, self.offset + e, self.text[s:e], self.line_of(s),
                context(self.text, s, e, width))


def _check_fields(id: Any, offset: Any, line: Any, base_date: Any) -> None:
    """An ArgumentError or ArgumentTypeError for the field of a Document that is wrong: a
    str date failed in numbers() as AttributeError, an int id or a negative offset went into
    every record (doc=5, start=-1)."""
    from kmytext.checks import option
    from kmytext.errors import ArgumentTypeError

    if not isinstance(id, str):
        raise ArgumentTypeError(f"kmytext.Document(): id={id!r}: must be str (the file's name, or any name), not "
                                f"{type(id).__name__}")
    option("Document", "offset", "n>=0", offset)
    option("Document", "line", "n>=1", line)
    option("Document", "base_date", "date", base_date)


def _restore(id: str, text: str, offset: int, line: int, base_date: datetime.date | None, clean: bool,
             segmenter: Segmenter | None, presegmented: bool) -> Document:
    return Document(id, text, offset, line, base_date=base_date, clean=clean, segmenter=segmenter,
                    presegmented=presegmented)


def _presegmented(text: str) -> list[Pair]:
    """Words separated by whitespace, tagged from jieba's dictionary (``x`` for what is not a
    word, ``""`` for a word it does not list); the whitespace between them stays a token, so
    the words keep their offsets, and a line break ends a sentence."""
    from kmytext.text.segment import dictionary_tags

    tags = dictionary_tags()
    out: list[Pair] = []
    for m in regex.finditer(r"\S+|\s+", text):
        w = m.group()
        out.append((w, "x") if w.isspace() else (w, tags.get(w, "")))
    return out


def as_document(x: str | Document, *, clean: bool = True, segmenter: Segmenter | None = None,
                id: str = "") -> Document:
    """``x`` itself if it is a document (it carries its own cleanup and segmenter), else a new
    document of the text."""
    if isinstance(x, Document):
        return x
    return Document(id, x, clean=clean, segmenter=segmenter)


def as_documents(x: str | Document | Iterable[str | Document], *, clean: bool = True,
                 segmenter: Segmenter | None = None) -> list[Document]:
    """A text or document as a list of one; a list of texts as documents ``1``, ``2``, …"""
    if isinstance(x, (str, Document)):
        return [as_document(x, clean=clean, segmenter=segmenter)]
    return [as_document(d, clean=clean, segmenter=segmenter, id=str(i)) for i, d in enumerate(x, 1)]
