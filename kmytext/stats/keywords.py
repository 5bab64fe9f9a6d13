"""Keywords and word frequencies of a text or a corpus.

Counting streams: :func:`count` keeps counters (words, recurring multi-word terms, n-grams,
co-occurrence edges), never the texts, so a corpus of any size fits in memory.

Multi-word terms. jieba splits names and terms it does not know into pieces (智能网 + 联,
上海 + 援克 + 前指). Within each document, runs of 2-4 adjacent content tokens that recur
(at least twice) and hold together (most occurrences of their rarer edge token are inside the
run) become term candidates, found in one linear pass per document (apriori: a run of n tokens
is only counted when its two (n-1)-token halves recurred). At ranking time a word or term that
occurs mostly inside a longer term (a fragment such as 前指 in 上海援克前指) is dropped.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain, compress, repeat
from operator import add, and_, itemgetter, neg, not_
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

import regex

from kmytext.text.document import Document, as_document
from kmytext.text.segment import idf_table
from kmytext.types import DocKeyword, Frequency, Keyword

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Method = Literal["tfidf", "textrank", "freq"]
IdfSource = Literal["jieba", "corpus"]
Pair = tuple[str, str]
_K = TypeVar("_K")

# Nouns, names, verbal nouns, abbreviations, idioms, foreign words: what news is about.
CONTENT_POS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "l", "eng", "an", "nw", "i"})
# Tags that never start, end or sit inside a multi-word term.
_FUNCTION_POS = frozenset({"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "d", "r", "m", "mq", "x", "w",
                           "f", "y", "e", "o", "t", "tg", "zg", "ad", "q", "k", "h", "rr", "rz"})
_NOT_A_WORD = regex.compile(r"^(?:[\p{P}\p{S}\p{N}\s]|[\d.%]+|[零一二三四五六七八九十百千万亿两〇○]+)+$")
_HAN = regex.compile(r"^\p{Han}+$")
# A year, date or quantity that jieba keeps as one token: 2023年, 3月, 5个, 第一.
_NUMERIC = regex.compile(r"^(?:第)?[\d.零一二三四五六七八九十百千万亿两]+[年月日号个名家项次批届期度%]?$")

TERM_MIN_COUNT = 2   # a term must recur in a document
TERM_COHESION = 0.5  # share of its rarer edge token's occurrences that fall inside the term
FRAGMENT_SHARE = 0.8  # a unit this often inside one longer term is a fragment of it
MAX_TERM = 4
_SENTENCE_END = frozenset({"。", "！", "？", "!", "?", "；", ";", "\n"})
_SEP = " "  # joins the words of an n-gram in output


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The bundled stopword list: function words, generic verbs, news boilerplate."""
    text = resources.files("kmytext.data").joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def read_stopwords(path: str | Path) -> frozenset[str]:
    """A user stopword file, one word per line."""
    from kmytext.io.read import read_document

    return frozenset(w.strip() for w in read_document(str(path)).text.splitlines() if w.strip())


@lru_cache(maxsize=1 << 18)  # called for every token; a vocabulary repeats
def is_word(w: str) -> bool:
    """Not punctuation, a symbol, a bare number, a year or a date."""
    return not (_NOT_A_WORD.match(w) or _NUMERIC.match(w))


@lru_cache(maxsize=1 << 18)
def unknown(w: str) -> bool:
    """A Chinese word jieba's IDF table does not know: a name or term found by the HMM,
    whose POS guess (沪克/q) is not to be trusted."""
    return len(w) >= 2 and w not in idf_table()[0] and bool(_HAN.match(w))


def _content(w: str, t: str, stop: frozenset[str]) -> bool:
    """Could be part of a term: a word, not a stopword, not a function word."""
    if w in stop or not is_word(w):
        return False
    return t not in _FUNCTION_POS or unknown(w)


def _nominal_head(w: str, t: str) -> bool:
    """Chinese terms end in a noun (or a bound one-character piece such as 联 of 智能网联)."""
    return len(w) == 1 or t[:1] in ("n", "j") or t in ("vn", "l", "eng", "i", "an") or unknown(w)


def _term_start(w: str, t: str) -> bool:
    return len(w) == 1 or t not in ("v", "vd", "a", "vg") or unknown(w)


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
    return _unspaced(pairs) if spaced else pairs


def document_pairs(doc: Document) -> tuple[list[Pair], bool]:
    """The document's (word, POS) pairs as the counters take them, and whether they are
    ``spaced`` (the tagger's own output, whitespace tokens in). Pre-segmented words get
    ``x`` for what is not a word, and a line break stays, as ``("\\n", "x")``."""
    if not doc.presegmented:
        return doc.tokens.pairs, True
    out: list[Pair] = []
    for w, t in doc.tokens.pairs:
        if w.isspace():
            out += [("\n", "x")] * w.count("\n")
        else:
            out.append((w, t or ("x" if not is_word(w) else "")))
    return out, False


def _unspaced(pairs: list[Pair]) -> list[Pair]:
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


# What a distinct (word, POS) can be in a document, as flags (see ``_traits``).
_WORD, _CONTENT, _STRAY, _STICKY, _END, _SPACE = 1, 2, 4, 8, 16, 32
# Per stopword set, each (word, POS) coded so far -> its one shared copy and its traits.
_known: dict[frozenset[str], dict[Pair, tuple[Pair, int]]] = {}


def _known_pairs(pairs: Iterable[Pair], stop: frozenset[str]) -> tuple[list[Pair], list[int]]:
    """The distinct ``pairs`` of a document as one shared copy each, and their ``_traits``,
    in one dict lookup per pair. The tagger makes new strings for every token: counters keyed
    by the shared copies merge (the pieces of a large file, a batch of documents) by identity
    rather than by comparing strings, and a pair's traits are decided once."""
    known = _known.get(stop)
    if known is None or len(known) > 1 << 19:
        if len(_known) > 8:
            _known.clear()
        known = _known[stop] = {}
    pairs = list(pairs)
    entries = list(map(known.get, pairs))
    if None in entries:
        for i in [i for i, e in enumerate(entries) if e is None]:
            entries[i] = known[pairs[i]] = (pairs[i], _traits(pairs[i], stop))
    return list(map(itemgetter(0), entries)), list(map(itemgetter(1), entries))  # type: ignore[arg-type]


def _traits(pair: Pair, stop: frozenset[str]) -> int:
    """``_WORD``: counted (``is_word``); ``_CONTENT``: can be part of a term; ``_STRAY``: a
    one-character or unknown piece that may belong to its neighbour (see ``Counts._glue``);
    ``_STICKY``: a word such a piece can stick to; ``_END``: ends a sentence; ``_SPACE``:
    whitespace, not a token (the tagger's output before ``tokens`` drops it)."""
    w, t = pair
    flags = (_END if w in _SENTENCE_END else 0) | (_SPACE if w.isspace() else 0)
    # _content, unknown and the tests below, with each regex run once: this runs once per
    # distinct pair, but that is 55,000 times over 10 MB of news.
    stopped, function, han = w in stop, t in _FUNCTION_POS, _HAN.match(w) is not None
    unknown = han and len(w) >= 2 and w not in idf_table()[0]
    if is_word(w):
        flags |= _WORD
        if not stopped:
            flags |= (_CONTENT if not function or unknown else 0) | (_STICKY if len(w) > 1 else 0)
    if han and not stopped and not function and (len(w) == 1 or unknown):
        flags |= _STRAY
    return flags


class _Coded:
    """One document as arrays of ints, and what each distinct (word, POS) is, decided once.

    A document has about six tokens per distinct pair. Each token is looked up once (its
    pair's index); predicates are decided per pair (``_traits``); the passes over the tokens
    (n-grams, glue, sentences) are NumPy operations on the index arrays rather than Python
    loops over (word, POS) tuples.
    """

    def __init__(self, pairs: Sequence[Pair], stop: frozenset[str], *, spaced: bool = False) -> None:
        """``spaced`` pairs are the tagger's own output: their whitespace tokens are dropped
        here, as ``tokens`` would drop them, but per distinct pair rather than per token."""
        import numpy as np

        first: dict[Pair, int] = {}  # each distinct pair -> the position where it first occurs
        at = np.fromiter(map(first.setdefault, pairs, itertools.count()), np.intp, len(pairs))
        self.pairs, known = _known_pairs(first, stop)  # the distinct pairs, in order of occurrence
        self.words = list(map(itemgetter(0), self.pairs))
        n = len(self.pairs)
        index = np.empty(len(pairs), np.intp)
        index[np.fromiter(first.values(), np.intp, n)] = np.arange(n)
        traits = np.array(known, np.uint8)
        self.token = index[at]  # per token, the index of its pair
        if spaced and (traits & _SPACE).any():
            self.token = self.token[(traits & _SPACE)[self.token] == 0]
            traits[(traits & _SPACE) != 0] = 0  # not counted, whatever else they are
        if len(dict.fromkeys(self.words)) == n:  # as a rule each word has one tag in a document
            self.word = self.token  # per token, the index of its word's first pair
        else:
            word_of: dict[str, int] = {}  # each word -> the index of its first pair
            self.word = np.fromiter(map(word_of.setdefault, self.words, itertools.count()), np.intp, n)[self.token]
        self.flags = traits[self.token]
        freq = np.bincount(self.token, minlength=n)
        # the word pairs with their counts, in order of occurrence
        self.counts: dict[Pair, int] = dict(compress(zip(self.pairs, freq.tolist()), (traits & _WORD).tolist()))

    def has(self, flag: int) -> NDArray[np.bool_]:
        """Per token, whether its pair has ``flag``."""
        return (self.flags & flag) != 0

    def words_at(self, positions: NDArray[np.intp]) -> Iterator[str]:
        """The words of the tokens at ``positions``."""
        return map(self.words.__getitem__, self.token[positions].tolist())


def _groups(values: NDArray[np.intp]) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """``np.unique(values, return_index=True, return_inverse=True, return_counts=True)``
    without the unique values, and without its fixed cost per call (a tenth of a millisecond,
    three times per article)."""
    import numpy as np

    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.empty(len(values), np.bool_)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    inverse = np.empty(len(values), np.intp)
    inverse[order] = np.cumsum(new) - 1
    return order[new], inverse, np.diff(np.append(np.flatnonzero(new), len(values)))


def _distinct(values: NDArray[np.intp]) -> NDArray[np.intp]:
    """``np.unique(values)`` by sorting: NumPy 2's hashing unique is many times slower on ints."""
    import numpy as np

    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _word_counts(pairs: Sequence[Pair], *, spaced: bool = False) -> dict[Pair, int]:
    """The word pairs of a document with their counts: counted in C, then the few distinct
    non-words (punctuation, numbers; whitespace of ``spaced`` pairs) dropped."""
    here = Counter(pairs)
    keep = map(is_word, map(itemgetter(0), here))
    if spaced:  # not every str.isspace() is a non-word to is_word (\x1c-\x1f are not)
        keep = map(and_, keep, map(not_, map(str.isspace, map(itemgetter(0), here))))
    return dict(compress(here.items(), keep))


def find_terms(pairs: Sequence[Pair], *, stop: frozenset[str] | None = None,
               min_count: int = TERM_MIN_COUNT) -> Counter[tuple[str, ...]]:
    """Recurring, cohesive runs of 2-4 content tokens in one document, with their counts.

    >>> find_terms([("智能网", "n"), ("联", "v"), ("。", "x")] * 2)
    Counter({('智能网', '联'): 2})
    """
    return _terms(_Coded(pairs, stopwords() if stop is None else stop), min_count)


def _terms(doc: _Coded, min_count: int) -> Counter[tuple[str, ...]]:
    """``find_terms`` on a coded document: n-grams of content tokens counted as int keys
    (NumPy), Python only for the few that recur."""
    import numpy as np

    found: Counter[tuple[str, ...]] = Counter()
    size = len(doc.pairs)  # word indices (pair indices) are below this
    content = doc.has(_CONTENT)
    at = np.flatnonzero(content[:-1] & content[1:])  # where the n-grams worth counting start
    code = doc.word[at]  # a key per distinct (n-1)-gram at each of those starts
    per_word = None
    for n in range(2, MAX_TERM + 1):
        if n > 2:  # apriori: extend only where two overlapping frequent (n-1)-grams meet
            # (``at`` rises strictly, so at + 1 is in it only as the next element)
            meet = np.zeros(len(at), np.bool_)
            meet[:-1] = at[1:] == at[:-1] + 1
            at, code = at[meet], code[meet]
        # an n-gram is its (n-1)-gram's key and its last word
        first, key, counts = _groups(code * size + doc.word[at + n - 1])
        frequent = counts[key] >= min_count
        if not frequent.any():
            break
        if per_word is None:
            per_word = np.bincount(doc.word, minlength=size).tolist()
        # the recurring n-grams in order of first occurrence
        for i in np.sort(first[counts >= min_count]).tolist():
            span = doc.word[at[i]:at[i] + n].tolist()
            head, tail, c = span[0], span[-1], int(counts[key[i]])
            first_word, first_tag = doc.pairs[head]  # a word's first pair carries its first tag
            last_word, last_tag = doc.pairs[tail]
            if _term_start(first_word, first_tag) and _nominal_head(last_word, last_tag) \
                    and c / min(per_word[head], per_word[tail]) >= TERM_COHESION:
                found[tuple(map(doc.words.__getitem__, span))] = c
        at, code = at[frequent], key[frequent]
    return found


@dataclass
class Counts:
    """What keywords and freq need from a corpus: counters, not the text.

    ``words`` counts (word, POS); ``terms`` multi-word terms found per document; ``docs`` the
    documents each word or term is in; ``ngrams`` word n-grams (``count(ngram=N)``); ``edges``
    co-occurrence within a window (``count(window=K)``, for TextRank).
    """

    words: Counter[Pair] = field(default_factory=Counter)
    docs: Counter[str] = field(default_factory=Counter)
    total: int = 0
    n_docs: int = 0
    terms: Counter[tuple[str, ...]] = field(default_factory=Counter)
    ngrams: Counter[tuple[str, ...]] = field(default_factory=Counter)
    ngram_tags: dict[tuple[str, ...], str] = field(default_factory=dict)
    ngram_docs: Counter[tuple[str, ...]] = field(default_factory=Counter)
    edges: Counter[tuple[str, str]] = field(default_factory=Counter)
    glued: Counter[tuple[str, str]] = field(default_factory=Counter)
    sentences: Counter[str] = field(default_factory=Counter)

    def add(self, pairs: Sequence[Pair], *, terms: bool = True, ngram: int = 0, window: int = 0,
            stop: frozenset[str] | None = None, spaced: bool = False) -> Counts:
        """Count one document's tokens. ``spaced`` pairs come straight from the tagger
        (``Segmenter.tagged_raw``), whitespace tokens in: they are dropped where that is
        cheaper, with the same counts as ``tokens`` gives."""
        stop = stopwords() if stop is None else stop
        # Terms need the coded document; plain word counts (freq) are cheaper without it.
        doc = _Coded(pairs, stop, spaced=spaced) if terms else None
        here = doc.counts if doc is not None else _word_counts(pairs, spaced=spaced)
        if spaced and (ngram > 1 or window):
            pairs = _unspaced(list(pairs))
        _add(self.words, here)
        self.total += sum(here.values())
        self.n_docs += 1
        seen = set(map(itemgetter(0), here))
        found = _terms(doc, TERM_MIN_COUNT) if doc is not None else Counter()
        _add(self.terms, found)
        seen.update("".join(g) for g in found)
        _add(self.docs, dict.fromkeys(seen, 1))
        if ngram > 1:
            in_doc: set[tuple[str, ...]] = set()
            for run in _runs(pairs):
                for i in range(len(run) - ngram + 1):
                    g = tuple(w for w, _ in run[i:i + ngram])
                    self.ngrams[g] += 1
                    in_doc.add(g)
                    if g not in self.ngram_tags:
                        self.ngram_tags[g] = _SEP.join(t for _, t in run[i:i + ngram])
            self.ngram_docs.update(in_doc)
        if doc is not None:
            self._glue(doc)
            self._sentences(doc)
        if window:
            self._cooccur(pairs, found, window, stop)
        return self

    def _sentences(self, doc: _Coded) -> None:
        """In how many sentences each word occurs: a word repeated within one sentence for
        rhetoric (信念如铁、意志如铁、团结如铁) is less of a topic than one spread over many."""
        import numpy as np

        end = doc.has(_END)
        inside = ~end
        size = len(doc.pairs)
        # the distinct (sentence, word) pairs, counted per word
        spread = np.bincount(_distinct(np.cumsum(end)[inside] * size + doc.word[inside]) % size, minlength=size)
        words = np.flatnonzero(spread)
        _add(self.sentences, dict(zip(map(doc.words.__getitem__, words.tolist()), spread[words].tolist())))

    def _glue(self, doc: _Coded) -> None:
        """Count, per word, the times it is stuck to the same stray piece (a one-character or
        unknown token next to it): 智能网 + 联, 智能网 + 联为例 are a word jieba cut short."""
        import numpy as np

        stray, sticky = doc.has(_STRAY), doc.has(_STICKY)
        before = np.flatnonzero(sticky[:-1] & stray[1:])  # a word, then a piece
        self.glued.update(zip(doc.words_at(before),
                              map(">".__add__, map(itemgetter(0), doc.words_at(before + 1)))))
        after = np.flatnonzero(stray[:-1] & sticky[1:])  # a piece, then a word
        self.glued.update(zip(doc.words_at(after + 1),
                              map("<".__add__, map(itemgetter(-1), doc.words_at(after)))))

    def _cooccur(self, pairs: Sequence[Pair], found: Counter[tuple[str, ...]], window: int,
                 stop: frozenset[str]) -> None:
        units = [_SEP.join(u) if isinstance(u, tuple) else u for u in merge_terms(pairs, found)]
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
        _union(self.docs, docs)  # the larger count: 1 for a word of this document
        _union(self.ngram_docs, ngram_docs)
        self.n_docs = n_docs
        return self

    def merge(self, other: Counts) -> Counts:
        """Add another corpus's counts (e.g. from a parallel worker)."""
        self.total += other.total
        self.n_docs += other.n_docs
        _add(self.words, other.words)
        _add(self.docs, other.docs)
        _add(self.terms, other.terms)
        _add(self.ngrams, other.ngrams)
        _add(self.ngram_docs, other.ngram_docs)
        _add(self.edges, other.edges)
        _add(self.glued, other.glued)
        _add(self.sentences, other.sentences)
        tags = self.ngram_tags  # the first tag sequence seen of an n-gram stays
        new = other.ngram_tags.keys() - tags.keys()
        tags.update(zip(new, map(other.ngram_tags.__getitem__, new)))
        return self


def _add(into: Counter[_K], other: Mapping[_K, int]) -> None:
    """``into.update(other)`` as C loops: once ``into`` holds anything, Counter.update adds
    a mapping key by key in Python, most of the cost of merging the pieces of a large file."""
    keys = other.keys()
    dict.update(into, zip(keys, map(add, map(into.get, keys, repeat(0)), other.values())) if into else other)


def _union(into: Counter[_K], other: Mapping[_K, int]) -> None:
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


def merge_terms(pairs: Sequence[Pair], terms: Iterable[tuple[str, ...]]) -> list[str | tuple[str, ...]]:
    """The document's words with each found term joined into one unit, longest match first."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for g in sorted(terms, key=len, reverse=True):
        by_first[g[0]].append(g)
    words = [w for w, _ in pairs]
    out: list[str | tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for g in by_first.get(words[i], ()):
            if tuple(words[i:i + len(g)]) == g:
                out.append(g)
                i += len(g)
                break
        else:
            out.append(words[i])
            i += 1
    return out


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
        with _gc_paused():
            pairs, spaced = document_pairs(doc)
            counts.add(pairs, terms=terms, ngram=ngram, window=window, spaced=spaced)
    return counts


@contextmanager
def _gc_paused() -> Iterator[None]:
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


def _by_word(counts: Counts) -> tuple[Counter[str], dict[str, str]]:
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


@lru_cache(maxsize=1 << 18)
def _candidate(w: str, t: str, stop: frozenset[str], allowed: frozenset[str] | None) -> bool:
    """A keyword candidate: a word of two characters or more, not a stopword, with one of the
    ``allowed`` tags (by default a content tag, no tag, or unknown to jieba: a name or term)."""
    if len(w) < 2 or w in stop or not is_word(w):
        return False
    if allowed is not None:
        return t in allowed
    return t in CONTENT_POS or not t or unknown(w)


def _units(counts: Counts, stop: frozenset[str], allowed: frozenset[str] | None
           ) -> tuple[dict[str, int], dict[str, str], dict[str, tuple[str, ...]]]:
    """Candidate keywords with counts and POS: content words plus terms, fragments removed.
    ``parts`` gives the words of each term."""
    per_word, tag = _by_word(counts)
    units = dict(compress(per_word.items(), map(_candidate, per_word, map(tag.__getitem__, per_word),
                                                  repeat(stop), repeat(allowed))))
    parts: dict[str, tuple[str, ...]] = {}
    terms = {g: c for g, c in counts.terms.items() if c >= TERM_MIN_COUNT}
    for g, c in terms.items():
        head = tag.get(g[-1], "n")
        if allowed is not None and head not in allowed:
            continue
        units["".join(g)] = units.get("".join(g), 0) + c
        parts["".join(g)] = g
        tag.setdefault("".join(g), head if head in CONTENT_POS else "n")
    # A word or term found mostly inside one longer term is a fragment of it (前指, 智能网).
    inside: dict[str, int] = defaultdict(int)
    for g, c in terms.items():
        for n in range(1, len(g)):
            for i in range(len(g) - n + 1):
                sub = "".join(g[i:i + n])
                inside[sub] = max(inside[sub], c)
    for (w, _), c in counts.glued.items():
        inside[w] = max(inside[w], c)
    for u in inside.keys() & units.keys():
        if inside[u] >= FRAGMENT_SHARE * per_word.get(u, units[u]):
            del units[u]
    return units, tag, parts


def rank(counts: Counts, *, top: int = 20, method: Method = "tfidf", stop: frozenset[str] | None = None,
         pos: frozenset[str] | None = None, idf: IdfSource = "jieba") -> list[Keyword]:
    """Keywords from counts: content words and multi-word terms, scored by tf-idf (jieba's IDF,
    or ``idf="corpus"``: the documents counted), TextRank or plain frequency."""
    with _gc_paused():  # no cycles among the counters and their many new tuples
        return _rank(counts, top=top, method=method, stop=stopwords() if stop is None else stop, pos=pos,
                     idf=idf)


def _rank(counts: Counts, *, top: int, method: Method, stop: frozenset[str], pos: frozenset[str] | None,
          idf: IdfSource) -> list[Keyword]:
    units, tag, parts = _units(counts, stop, pos)
    total = max(counts.total, 1)
    if method == "textrank":
        scores = _textrank(counts.edges, set(units))
    elif method == "tfidf":
        weight = _idf_weights(counts, units, parts, idf)
        spread = _spread(counts, units)
        scores = {u: c / total * weight[u] * spread[u] for u, c in units.items()}
    else:
        scores = {u: c / total for u, c in units.items()}
    # Ordered by (-score, -count, keyword); records are made for the top units only.
    rounded = [round(scores.get(u, 0.0), 6) for u in units]
    ranked = heapq.nsmallest(top, zip(map(neg, rounded), map(neg, units.values()), units))
    return [Keyword(u, -score, -c, tag.get(u)) for score, c, u in ranked]


def _spread(counts: Counts, units: dict[str, int]) -> dict[str, float]:
    """sqrt(sentences with the word / its count): 1 for a word spread over the text, lower for
    one repeated within a few sentences. Terms (no sentence counts) and counts made without
    sentence counts get 1."""
    if not counts.sentences:
        return dict.fromkeys(units, 1.0)
    return {u: math.sqrt(min(1.0, counts.sentences[u] / c)) if u in counts.sentences else 1.0
            for u, c in units.items()}


def _idf_weights(counts: Counts, units: dict[str, int], parts: dict[str, tuple[str, ...]],
                 source: IdfSource) -> dict[str, float]:
    if source == "corpus":
        n = counts.n_docs
        # Smoothed so a word in every document still counts a little (sklearn's formula).
        return {u: math.log((1 + n) / (1 + counts.docs.get(u, 0))) + 1 for u in units}
    table, median = idf_table()
    # A term is at least as specific as its rarest part.
    return {u: table[u] if u in table else max(table.get(p, median) for p in parts.get(u, (u,))) for u in units}


def _textrank(edges: Counter[tuple[str, str]], keep: set[str], *, d: float = 0.85,
              iterations: int = 30) -> dict[str, float]:
    """Weighted PageRank over the co-occurrence graph (Mihalcea & Tarau 2004), scaled to max 1."""
    graph: dict[str, dict[str, int]] = defaultdict(dict)
    for (a, b), w in edges.items():
        a, b = a.replace(_SEP, ""), b.replace(_SEP, "")
        if a in keep and b in keep:
            graph[a][b] = graph[a].get(b, 0) + w
            graph[b][a] = graph[b].get(a, 0) + w
    if not graph:
        return {}
    import numpy as np

    # Nodes by degree, highest first (ties in graph order), so that the nodes with a k-th
    # neighbour are always a prefix; edges in CSR order, then regrouped step by step: the
    # first neighbour of every node, the second of every node that has one, and so on.
    nodes = sorted(graph, key=lambda n: -len(graph[n]))
    index = dict(zip(nodes, itertools.count()))
    rows = [graph[n] for n in nodes]
    degree = np.fromiter(map(len, rows), np.intp, len(rows))
    neighbour = np.fromiter(map(index.__getitem__, chain.from_iterable(rows)), np.intp)
    weight = np.fromiter(chain.from_iterable(map(dict.values, rows)), np.float64)
    out_weight = np.fromiter((sum(nb.values()) for nb in rows), np.float64, len(rows))
    step = np.arange(len(neighbour)) - np.repeat(np.cumsum(degree) - degree, degree)
    by_step = np.lexsort((np.repeat(np.arange(len(rows)), degree), step))
    neighbour = neighbour[by_step]
    share = weight[by_step] / out_weight[neighbour]  # w / out_weight[m], as before
    width = np.bincount(step, minlength=int(degree[0]))  # nodes with a k-th neighbour
    bounds = np.concatenate(([0], np.cumsum(width))).tolist()
    width_list = width.tolist()
    score = np.ones(len(rows))
    for _ in range(iterations):
        received = share * score[neighbour]
        total = np.zeros(len(rows))
        # Summed neighbour by neighbour, as Python's sum would: the same floats.
        for k, w in enumerate(width_list):
            total[:w] += received[bounds[k]:bounds[k + 1]]
        score = (1 - d) + d * total
    return dict(zip(nodes, (score / score.max()).tolist()))


def keywords(texts: str | Document | Iterable[str | Document], *, top: int = 20, method: Method = "tfidf",
             stop: frozenset[str] | None = None, pos: frozenset[str] | None = None,
             idf: IdfSource = "jieba", clean: bool = True, presegmented: bool = False) -> list[Keyword]:
    """The ``top`` keywords of a text or corpus (a list of texts or documents).

    >>> [k.keyword for k in keywords("克拉玛依举办氢能大会，氢能产业发展迅速。", top=2)]
    ['氢能', '克拉玛依']
    """
    counts = count([texts] if isinstance(texts, (str, Document)) else texts, clean=clean,
                   presegmented=presegmented, window=5 if method == "textrank" else 0)
    return rank(counts, top=top, method=method, stop=stop, pos=pos, idf=idf)


def keywords_by_doc(docs: str | Document | Iterable[str | Document], *, top: int = 20,
                    method: Method = "tfidf", stop: frozenset[str] | None = None,
                    pos: frozenset[str] | None = None, idf: IdfSource = "jieba", clean: bool = True,
                    presegmented: bool = False) -> list[DocKeyword]:
    """Keywords of each document (texts in a list are documents ``1``, ``2``, …).

    >>> [k.keyword for k in keywords_by_doc([Document("a", "氢能大会。氢能。")], top=1)]
    ['氢能']
    """
    return list(iter_keywords_by_doc(docs, top=top, method=method, stop=stop, pos=pos, idf=idf,
                                     clean=clean, presegmented=presegmented))


def iter_keywords_by_doc(docs: str | Document | Iterable[str | Document], *, top: int = 20,
                         method: Method = "tfidf", stop: frozenset[str] | None = None,
                         pos: frozenset[str] | None = None, idf: IdfSource = "jieba", clean: bool = True,
                         presegmented: bool = False) -> Iterator[DocKeyword]:
    """:func:`keywords_by_doc`, streamed: with jieba's IDF the keywords of each document come
    out as it is read; with ``idf="corpus"`` every document's counters are kept (not its
    text) until the corpus is read."""
    window = 5 if method == "textrank" else 0
    corpus = Counts()
    held: list[tuple[str, Counts]] = []
    if isinstance(docs, (str, Document)):
        docs = [docs]
    for i, item in enumerate(docs, 1):
        d = as_document(item, id=str(i), clean=clean) if not isinstance(item, str) or not presegmented \
            else Document(str(i), item, presegmented=True)
        pairs, spaced = document_pairs(d)
        c = Counts().add(pairs, window=window, stop=stop, spaced=spaced)
        if idf == "corpus":
            _add(corpus.docs, c.docs)
            corpus.n_docs += 1
            held.append((d.id, c))
            continue
        for k in rank(c, top=top, method=method, stop=stop, pos=pos):
            yield DocKeyword(d.id, *k.as_dict().values())
    for doc_id, c in held:
        c.docs, c.n_docs = corpus.docs, corpus.n_docs
        for k in rank(c, top=top, method=method, stop=stop, pos=pos, idf="corpus"):
            yield DocKeyword(doc_id, *k.as_dict().values())


def frequencies(counts: Counts, *, min_count: int = 1, pos: frozenset[str] | None = None,
                ngram: int = 1) -> list[Frequency]:
    """Every word (or word n-gram, words joined by a space) with its count, rate per 10,000
    words and document frequency, most frequent first.

    >>> frequencies(count(["氢能大会，氢能。"]))[0].word
    '氢能'
    """
    total = max(counts.total, 1)
    if ngram > 1:
        rows = [
            Frequency(_SEP.join(g), counts.ngram_tags.get(g), c, round(c * 10000 / total, 3),
                      counts.ngram_docs[g])
            for g, c in counts.ngrams.items() if c >= min_count and len(g) == ngram
        ]
    else:
        per_word, tag = _by_word(counts)
        rows = [
            Frequency(w, tag[w] or None, c, round(c * 10000 / total, 3), counts.docs[w])
            for w, c in per_word.items()
            if c >= min_count and (pos is None or tag[w] in pos)
        ]
    rows.sort(key=lambda f: (-f.count, f.word))
    return rows


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
