"""A document coded as integers: each distinct (word, POS) decided once, the tokens as arrays.

The tagger makes a new string for every token; counters keyed by one shared copy of each
(word, POS) merge by identity, and the passes over the tokens (terms, glue, sentences) are
NumPy operations on index arrays rather than Python loops over tuples.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from kmytext.stats.lexicon import FUNCTION_POS, HAN, Pair, is_word
from kmytext.text.segment import idf_table

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


SENTENCE_END = frozenset({"。", "！", "？", "!", "?", "；", ";", "\n"})


# What a distinct (word, POS) can be in a document, as flags (see ``traits``).
WORD, CONTENT, STRAY, STICKY, END, SPACE = 1, 2, 4, 8, 16, 32


# Per stopword set, each (word, POS) coded so far -> its one shared copy and its traits.
_known: dict[frozenset[str], dict[Pair, tuple[Pair, int]]] = {}


def known_pairs(pairs: Iterable[Pair], stop: frozenset[str]) -> tuple[list[Pair], list[int]]:
    """The distinct ``pairs`` of a document as one shared copy each, and their ``traits``,
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
            entries[i] = known[pairs[i]] = (pairs[i], traits(pairs[i], stop))
    return list(map(itemgetter(0), entries)), list(map(itemgetter(1), entries))  # type: ignore[arg-type]


def traits(pair: Pair, stop: frozenset[str]) -> int:
    """``WORD``: counted (``is_word``); ``CONTENT``: can be part of a term; ``STRAY``: a
    one-character or unknown piece that may belong to its neighbour (see ``Counts._glue``);
    ``STICKY``: a word such a piece can stick to; ``END``: ends a sentence; ``SPACE``:
    whitespace, not a token (the tagger's output before ``tokens`` drops it)."""
    w, t = pair
    flags = (END if w in SENTENCE_END else 0) | (SPACE if w.isspace() else 0)
    # content, unknown and the tests below, with each regex run once: this runs once per
    # distinct pair, but that is 55,000 times over 10 MB of news.
    stopped, function, han = w in stop, t in FUNCTION_POS, HAN.match(w) is not None
    unknown = han and len(w) >= 2 and w not in idf_table()[0]
    if is_word(w):
        flags |= WORD
        if not stopped:
            flags |= (CONTENT if not function or unknown else 0) | (STICKY if len(w) > 1 else 0)
    if han and not stopped and not function and (len(w) == 1 or unknown):
        flags |= STRAY
    return flags


class Coded:
    """One document as arrays of ints, and what each distinct (word, POS) is, decided once.

    A document has about six tokens per distinct pair. Each token is looked up once (its
    pair's index); predicates are decided per pair (``traits``); the passes over the tokens
    (n-grams, glue, sentences) are NumPy operations on the index arrays rather than Python
    loops over (word, POS) tuples.
    """

    def __init__(self, pairs: Sequence[Pair], stop: frozenset[str], *, spaced: bool = False) -> None:
        """``spaced`` pairs are the tagger's own output: their whitespace tokens are dropped
        here, as ``tokens`` would drop them, but per distinct pair rather than per token."""
        import numpy as np

        first: dict[Pair, int] = {}  # each distinct pair -> the position where it first occurs
        at = np.fromiter(map(first.setdefault, pairs, itertools.count()), np.intp, len(pairs))
        self.pairs, known = known_pairs(first, stop)  # the distinct pairs, in order of occurrence
        self.words = list(map(itemgetter(0), self.pairs))
        n = len(self.pairs)
        index = np.empty(len(pairs), np.intp)
        index[np.fromiter(first.values(), np.intp, n)] = np.arange(n)
        traits = np.array(known, np.uint8)
        self.token = index[at]  # per token, the index of its pair
        if spaced and (traits & SPACE).any():
            self.token = self.token[(traits & SPACE)[self.token] == 0]
            traits[(traits & SPACE) != 0] = 0  # not counted, whatever else they are
        if len(dict.fromkeys(self.words)) == n:  # as a rule each word has one tag in a document
            self.word = self.token  # per token, the index of its word's first pair
        else:
            word_of: dict[str, int] = {}  # each word -> the index of its first pair
            self.word = np.fromiter(map(word_of.setdefault, self.words, itertools.count()), np.intp, n)[self.token]
        self.flags = traits[self.token]
        freq = np.bincount(self.token, minlength=n)
        # the word pairs with their counts, in order of occurrence
        self.counts: dict[Pair, int] = dict(compress(zip(self.pairs, freq.tolist()), (traits & WORD).tolist()))

    def has(self, flag: int) -> NDArray[np.bool_]:
        """Per token, whether its pair has ``flag``."""
        return (self.flags & flag) != 0

    def words_at(self, positions: NDArray[np.intp]) -> Iterator[str]:
        """The words of the tokens at ``positions``."""
        return map(self.words.__getitem__, self.token[positions].tolist())

    def glued(self) -> list[tuple[str, str]]:
        """Each time a word is stuck to a stray piece (a one-character or unknown token next
        to it): ``(word, ">" + the piece's first character)`` for a piece after the word,
        ``(word, "<" + its last)`` for one before (智能网 + 联: a word jieba cut short)."""
        import numpy as np

        stray = self.has(STRAY)
        if not stray.any():
            return []  # no piece to stick
        sticky = self.has(STICKY)
        before = np.flatnonzero(sticky[:-1] & stray[1:])  # a word, then a piece
        after = np.flatnonzero(stray[:-1] & sticky[1:])  # a piece, then a word
        return [*zip(self.words_at(before), map(">".__add__, map(itemgetter(0), self.words_at(before + 1)))),
                *zip(self.words_at(after + 1), map("<".__add__, map(itemgetter(-1), self.words_at(after))))]

    def spread(self) -> dict[str, int]:
        """In how many sentences each word occurs, in the order of the words' first pairs."""
        import numpy as np

        end = self.has(END)
        inside = ~end
        if not end[:-1].any():  # one sentence (a headline, a post): each of its words is in it once
            return dict.fromkeys(map(self.words.__getitem__, sorted(set(self.word[inside].tolist()))), 1)
        size = len(self.pairs)
        # the distinct (sentence, word) pairs, counted per word
        spread = np.bincount(distinct(np.cumsum(end)[inside] * size + self.word[inside]) % size, minlength=size)
        found = np.flatnonzero(spread)
        return dict(zip(map(self.words.__getitem__, found.tolist()), spread[found].tolist()))


# Tokens up to which a document is coded as lists (:class:`Short`) rather than arrays: at a
# sentence (25 tokens), NumPy's fixed cost per operation (a microsecond or two, some forty of
# them) is half the time of counting; past about 60 tokens the arrays win (measured on MSR
# text: 49 against 94 µs at 25 tokens, 87 against 127 at 50, 151 against 125 at 75).
SHORT = 60


def coded(pairs: Sequence[Pair], stop: frozenset[str], *, spaced: bool = False) -> Coded | Short:
    """The document coded for counting: :class:`Short` for a short one, else :class:`Coded`."""
    return (Short if len(pairs) <= SHORT else Coded)(pairs, stop, spaced=spaced)


class Short:
    """A short document (a sentence, a headline, a post) coded as lists: the same counts as
    :class:`Coded`, each pass a plain loop over a few dozen tokens. Terms are looked for only
    when two content words recur side by side, by :class:`Coded`; as a rule, in a sentence,
    none do."""

    def __init__(self, pairs: Sequence[Pair], stop: frozenset[str], *, spaced: bool = False) -> None:
        first: dict[Pair, int] = {}  # each distinct pair -> its index, in order of occurrence
        token = [first.setdefault(p, len(first)) for p in pairs]
        self.pairs, traits = known_pairs(first, stop)
        if spaced and SPACE in map(SPACE.__and__, traits):  # whitespace: no token, and not counted
            token = [i for i in token if not traits[i] & SPACE]
            traits = [0 if t & SPACE else t for t in traits]
        self.words = words = list(map(itemgetter(0), self.pairs))
        if len(set(words)) == len(words):  # as a rule each word has one tag in a document
            self.word = token  # per token, the index of its word's first pair
        else:
            word_of: dict[str, int] = {}  # each word -> the index of its first pair
            self.word = list(map([word_of.setdefault(w, i) for i, w in enumerate(words)].__getitem__, token))
        self.flags = list(map(traits.__getitem__, token))
        freq = Counter(token)
        self.counts: dict[Pair, int] = {p: freq[i] for i, p in enumerate(self.pairs) if traits[i] & WORD}
        self._traits, self._freq, self._source = traits, freq, (pairs, stop, spaced)

    def recurring(self) -> bool:
        """Whether two content words occur side by side twice: only then can there be a term."""
        word, flags = self.word, self.flags
        seen = [(word[i], word[i + 1]) for i in range(len(word) - 1) if flags[i] & CONTENT and flags[i + 1] & CONTENT]
        return len(set(seen)) < len(seen)

    def as_arrays(self) -> Coded:
        """The same document as :class:`Coded`."""
        pairs, stop, spaced = self._source
        return Coded(pairs, stop, spaced=spaced)

    def glued(self) -> list[tuple[str, str]]:
        """:meth:`Coded.glued`."""
        words, word, flags = self.words, self.word, self.flags
        before: list[tuple[str, str]] = []
        after: list[tuple[str, str]] = []
        last = len(word) - 1
        for i in [i for i, f in enumerate(flags) if f & STRAY]:
            if i and flags[i - 1] & STICKY:  # a word, then a piece
                before.append((words[word[i - 1]], ">" + words[word[i]][0]))
            if i < last and flags[i + 1] & STICKY:  # a piece, then a word
                after.append((words[word[i + 1]], "<" + words[word[i]][-1]))
        return before + after

    def spread(self) -> dict[str, int]:
        """:meth:`Coded.spread`."""
        traits, freq, words = self._traits, self._freq, self.words
        ends = [i for i, t in enumerate(traits) if t & END]
        if not ends or sum(map(freq.__getitem__, ends)) == 1 and self.flags[-1] & END:
            # one sentence (a headline, a post): each of its words is in it once
            return dict.fromkeys([words[i] for i in range(len(words)) if freq[i] and not traits[i] & END], 1)
        spread: Counter[int] = Counter()
        sentence: set[int] = set()
        for w, f in zip(self.word, self.flags):
            if f & END:
                spread.update(sentence)
                sentence = set()
            else:
                sentence.add(w)
        spread.update(sentence)
        return {words[w]: spread[w] for w in sorted(spread)}


def groups(values: NDArray[np.intp]) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
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


def distinct(values: NDArray[np.intp]) -> NDArray[np.intp]:
    """``np.unique(values)`` by sorting: NumPy 2's hashing unique is many times slower on ints."""
    import numpy as np

    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values
