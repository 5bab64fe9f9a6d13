"""A document coded as integers: each distinct (word, POS) decided once, the tokens as arrays.

The tagger makes a new string for every token; counters keyed by one shared copy of each
(word, POS) merge by identity, and the passes over the tokens (terms, glue, sentences) are
NumPy operations on index arrays rather than Python loops over tuples.
"""

from __future__ import annotations

import itertools
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
