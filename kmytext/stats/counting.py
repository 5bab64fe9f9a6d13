"""Counting a corpus: words, terms, n-grams and co-occurrences, streaming.

:func:`count` keeps counters, never the texts, so a corpus of any size fits in memory;
:class:`Counts` of several processes, or of the pieces of a large file, merge exactly.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import compress, repeat
from operator import add, and_, itemgetter, not_
from typing import Any, TypeVar

from kmytext.stats.coded import coded
from kmytext.stats.lexicon import Pair, is_word, stopwords, with_units
from kmytext.stats.terms import TERM_MIN_COUNT, merge_terms, terms_of
from kmytext.text.document import Document


_K = TypeVar("_K")


SEP = " "  # joins the words of an n-gram in output


def tokens(text: str | Document, *, clean: bool = True, presegmented: bool = False) -> list[Pair]:
    """(word, POS) pairs of a text or document, whitespace left out: the unit every counter
    here works on.

    ``presegmented`` text is split on whitespace and each word tagged from jieba's dictionary
    (``""`` when it is not there); a line break stays, as ``("\\n", "x")``, since it ends an n-gram.

    >>> tokens("氢能 大会", presegmented=True)
    [('氢能', 'n'), ('大会', 'n')]
    """
    doc = text if isinstance(text, Document) else Document("", text, clean=clean, presegmented=presegmented)
    pairs, spaced = document_pairs(doc)
    return unspaced(pairs) if spaced else pairs


def document_pairs(doc: Document) -> tuple[list[Pair], bool]:
    """The document's (word, POS) pairs as the counters take them, and whether they are
    ``spaced`` (the tagger's own output, whitespace tokens in). Pre-segmented words get
    ``x`` for what is not a word, and a line break stays, as ``("\\n", "x")``. A unit right
    after a number is part of it (3月, 9时, 633亿元: see :func:`kmytext.stats.lexicon.with_units`)."""
    if not doc.presegmented:
        return with_units(doc.tokens.pairs), True
    out: list[Pair] = []
    for w, t in doc.tokens.pairs:
        if w.isspace():
            out += [("\n", "x")] * w.count("\n")
        else:
            out.append((w, t or ("x" if not is_word(w) else "")))
    return with_units(out), False


def unspaced(pairs: list[Pair]) -> list[Pair]:
    """The pairs without whitespace tokens, dropped in C (no per-token Python loop)."""
    return list(compress(pairs, map(not_, map(str.isspace, map(itemgetter(0), pairs)))))


def _runs(pairs: Sequence[Pair], ok: object = None) -> Iterator[list[Pair]]:
    """Maximal runs of word tokens (punctuation and numbers break a run)."""
    run: list[Pair] = []
    for w, t in pairs:
        if is_word(w) and (ok is None or ok(w, t)):  # type: ignore[operator]
            run.append((w, t))
        elif run:
            yield run
            run = []
    if run:
        yield run


def _word_counts(pairs: Sequence[Pair], *, spaced: bool = False) -> dict[Pair, int]:
    """The word pairs of a document with their counts: counted in C, then the few distinct
    non-words (punctuation, numbers; whitespace of ``spaced`` pairs) dropped."""
    here = Counter(pairs)
    keep = map(is_word, map(itemgetter(0), here))
    if spaced:  # not every str.isspace() is a non-word to is_word (\x1c-\x1f are not)
        keep = map(and_, keep, map(not_, map(str.isspace, map(itemgetter(0), here))))
    return dict(compress(here.items(), keep))


# An empty Counter without Counter.__init__ (a Python call that updates it from nothing): a
# Counts is made per document, eleven counters at a time; a quarter of the cost.
_counter = partial(Counter.__new__, Counter)


@dataclass
class Counts:
    """What keywords and freq need from a corpus: counters, not the text.

    ``words`` counts (word, POS); ``terms`` multi-word terms found per document; ``docs`` the
    documents each word or term is in; ``ngrams`` word n-grams (``count(ngram=N)``); ``edges``
    co-occurrence within a window (``count(window=K)``, for TextRank); ``forms`` the source
    forms of the words of documents in traditional script (:mod:`kmytext.text.script`).
    """

    words: Counter[Pair] = field(default_factory=_counter)
    docs: Counter[str] = field(default_factory=_counter)
    total: int = 0
    n_docs: int = 0
    terms: Counter[tuple[str, ...]] = field(default_factory=_counter)
    ngrams: Counter[tuple[str, ...]] = field(default_factory=_counter)
    ngram_tags: dict[tuple[str, ...], str] = field(default_factory=dict)
    ngram_docs: Counter[tuple[str, ...]] = field(default_factory=_counter)
    edges: Counter[tuple[str, str]] = field(default_factory=_counter)
    glued: Counter[tuple[str, str]] = field(default_factory=_counter)
    sentences: Counter[str] = field(default_factory=_counter)
    forms: Counter[tuple[str, str]] = field(default_factory=_counter)

    def add_document(self, doc: Document, **options: Any) -> Counts:
        """Count a document (see :meth:`add`), and the source forms of its words if it is in
        traditional script."""
        from kmytext.text.script import word_forms

        pairs, spaced = document_pairs(doc)
        self.add(pairs, spaced=spaced, **options)
        add_counts(self.forms, word_forms(doc))
        return self

    def add(self, pairs: Sequence[Pair], *, terms: bool = True, ngram: int = 0, window: int = 0,
            stop: frozenset[str] | None = None, spaced: bool = False) -> Counts:
        """Count one document's tokens. ``spaced`` pairs come straight from the tagger
        (``Segmenter.tagged_raw``), whitespace tokens in: they are dropped where that is
        cheaper, with the same counts as ``tokens`` gives."""
        stop = stopwords() if stop is None else stop
        # Terms need the coded document; plain word counts (freq) are cheaper without it.
        doc = coded(pairs, stop, spaced=spaced) if terms else None
        here = doc.counts if doc is not None else _word_counts(pairs, spaced=spaced)
        if spaced and (ngram > 1 or window):
            pairs = unspaced(list(pairs))
        add_counts(self.words, here)
        self.total += sum(here.values())
        self.n_docs += 1
        seen = set(map(itemgetter(0), here))
        found = terms_of(doc, TERM_MIN_COUNT) if doc is not None else Counter()
        add_counts(self.terms, found)
        seen.update("".join(g) for g in found)
        add_counts(self.docs, dict.fromkeys(seen, 1))
        if ngram > 1:
            in_doc: set[tuple[str, ...]] = set()
            for run in _runs(pairs):
                for i in range(len(run) - ngram + 1):
                    g = tuple(w for w, _ in run[i:i + ngram])
                    self.ngrams[g] += 1
                    in_doc.add(g)
                    if g not in self.ngram_tags:
                        self.ngram_tags[g] = SEP.join(t for _, t in run[i:i + ngram])
            self.ngram_docs.update(in_doc)
        if doc is not None:
            # A word stuck to the same stray piece many times is a word jieba cut short (智能网 +
            # 联); a word repeated within one sentence for rhetoric (信念如铁、意志如铁、团结如铁)
            # is less of a topic than one spread over many.
            self.glued.update(doc.glued())
            add_counts(self.sentences, doc.spread())
        if window:
            self._cooccur(pairs, found, window, stop)
        return self

    def _cooccur(self, pairs: Sequence[Pair], found: Counter[tuple[str, ...]], window: int,
                 stop: frozenset[str]) -> None:
        units = [SEP.join(u) if isinstance(u, tuple) else u for u in merge_terms(pairs, found)]
        content = [u for u in units if u not in stop and is_word(u) and len(u) > 1]
        for i, a in enumerate(content):
            for b in content[i + 1:i + window]:
                if a != b:
                    self.edges[(a, b) if a < b else (b, a)] += 1

    def extend(self, other: Counts) -> Counts:
        """Add the counts of another piece of the same document (a large file counted in
        pieces): like ``merge`` but a word in both pieces is still in one document."""
        docs, ngram_docs = other.docs, other.ngram_docs
        other.docs, other.ngram_docs, n_docs = Counter(), Counter(), self.n_docs
        try:
            self.merge(other)
        finally:
            other.docs, other.ngram_docs = docs, ngram_docs
        union_counts(self.docs, docs)  # the larger count: 1 for a word of this document
        union_counts(self.ngram_docs, ngram_docs)
        self.n_docs = n_docs
        return self

    def merge(self, other: Counts) -> Counts:
        """Add another corpus's counts (e.g. from a parallel worker)."""
        self.total += other.total
        self.n_docs += other.n_docs
        add_counts(self.words, other.words)
        add_counts(self.docs, other.docs)
        add_counts(self.terms, other.terms)
        add_counts(self.ngrams, other.ngrams)
        add_counts(self.ngram_docs, other.ngram_docs)
        add_counts(self.edges, other.edges)
        add_counts(self.glued, other.glued)
        add_counts(self.sentences, other.sentences)
        add_counts(self.forms, other.forms)
        tags = self.ngram_tags  # the first tag sequence seen of an n-gram stays
        new = other.ngram_tags.keys() - tags.keys()
        tags.update(zip(new, map(other.ngram_tags.__getitem__, new)))
        return self


def add_counts(into: Counter[_K], other: Mapping[_K, int]) -> None:
    """``into.update(other)`` as C loops: once ``into`` holds anything, Counter.update adds
    a mapping key by key in Python, most of the cost of merging the pieces of a large file."""
    keys = other.keys()
    dict.update(into, zip(keys, map(add, map(into.get, keys, repeat(0)), other.values())) if into else other)


def union_counts(into: Counter[_K], other: Mapping[_K, int]) -> None:
    """``into |= other`` (the larger count of each key; counts are positive) as C loops."""
    if not other:
        return
    if not into or max(other.values()) <= 1 and max(into.values()) <= 1:
        # Every count 1 (the pieces of one document): a plain dict merge, which reuses the
        # keys' stored hashes rather than hashing each key twice.
        dict.update(into, other)
        return
    keys = other.keys()
    dict.update(into, zip(keys, map(max, map(into.get, keys, repeat(0)), other.values())))


def count(texts: Iterable[str | Document], *, clean: bool = True, presegmented: bool = False,
          terms: bool = True, ngram: int = 0, window: int = 0) -> Counts:
    """Count words (and terms, n-grams, co-occurrences) over texts or documents, streaming
    (``clean`` and ``presegmented`` apply to texts; a document carries its own).

    >>> count(["氢能大会。氢能产业。"]).words[("氢能", "n")]
    2
    """
    counts = Counts()
    for text in texts:
        doc = text if isinstance(text, Document) else Document("", text, clean=clean, presegmented=presegmented)
        with gc_paused():
            counts.add_document(doc, terms=terms, ngram=ngram, window=window)
    return counts


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cycle collector paused while a document is counted. The tagger makes a tuple per
    token; the collector, run every 700 new objects, would walk them all (and now and then
    every object of the process) to find no cycles: a sixth of the time of counting.
    Reference counting still frees everything; a cycle made meanwhile waits for the next run."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def by_word(counts: Counts) -> tuple[Counter[str], dict[str, str]]:
    """Counts per word and each word's most frequent POS (the first of them in a tie)."""
    pairs = list(counts.words)
    words = list(map(itemgetter(0), pairs))
    # A word seldom has two tags: take each pair's count and tag in C, then redo the few.
    per_word = Counter(dict(zip(words, counts.words.values())))
    tag = dict(pairs)
    if len(per_word) < len(pairs):
        several = {w for w, n in Counter(words).items() if n > 1}
        best: dict[str, tuple[int, str]] = {}  # the first of the most frequent tags
        for (w, t), c in counts.words.items():
            if w in several:
                per_word[w] = per_word[w] + c if w in best else c
                if w not in best or c > best[w][0]:
                    best[w] = (c, t)
        tag.update((w, t) for w, (_, t) in best.items())
    return per_word, tag


def merge_batch(docs: Sequence[Document], counts: Sequence[Counts]) -> list[Counts | None]:
    """The counts of a batch of documents as a worker sends them back: the pieces of a large
    file extended into its first piece's counts, and the whole documents merged into one,
    ``None`` in the other slots (a few counters go back, not one per article). The first
    document, which may continue the previous batch's, and the last, which may go on in the
    next, stay apart: :class:`PieceTotal` joins them."""
    out: list[Counts | None] = [None] * len(docs)
    runs: list[tuple[int, Counts]] = []  # each document: where its pieces start, its counts
    for i, (d, c) in enumerate(zip(docs, counts, strict=True)):
        if i and d.id == docs[i - 1].id and d.offset > 0:
            runs[-1][1].extend(c)
        else:
            runs.append((i, c))
    closed = [r for r in runs[:-1] if not (r[0] == 0 and docs[0].offset > 0)]
    for i, c in runs:
        out[i] = c
    if closed:
        into = closed[0][1]
        for i, c in closed[1:]:
            into.merge(c)
            out[i] = None
    return out


class PieceTotal:
    """The counts of a corpus from :func:`merge_batch`'s results in input order: a later
    piece of a file (``continues``) extends its document's counts, so a word is in one
    document however many pieces it is in."""

    def __init__(self) -> None:
        self._total = Counts()
        self._current: Counts | None = None
        self._current_id = ""

    def add(self, doc_id: str, continues: bool, counts: Counts | None) -> None:
        if counts is None:  # counted into an earlier document's counts of its batch
            return
        if self._current is not None and doc_id == self._current_id and continues:
            self._current.extend(counts)
            return
        if self._current is not None:
            self._total.merge(self._current)
        self._current, self._current_id = counts, doc_id

    def total(self) -> Counts:
        if self._current is not None:
            self._total.merge(self._current)
            self._current = None
        return self._total
