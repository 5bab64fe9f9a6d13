"""Multi-word terms: runs of content words a document repeats and holds together.

jieba splits names and terms it does not know into pieces (智能网 + 联, 上海 + 援克 + 前指).
Within each document, runs of 2-4 adjacent content tokens that recur (at least twice) and
hold together (most occurrences of their rarer edge token are inside the run) become term
candidates, found in one linear pass per document (apriori: a run of n tokens is only
counted when its two (n-1)-token halves recurred).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from kmytext.stats.coded import CONTENT, Coded, Short, coded, groups
from kmytext.stats.lexicon import Pair, nominal_head, stopwords, term_start


TERM_MIN_COUNT = 2   # a term must recur in a document


TERM_COHESION = 0.5  # share of its rarer edge token's occurrences that fall inside the term


FRAGMENT_SHARE = 0.8  # a unit this often inside one longer term is a fragment of it


MAX_TERM = 4


_FEW = 64  # content-word pairs up to which a set tells sooner than sorting that none recurs


def find_terms(pairs: Sequence[Pair], *, stop: frozenset[str] | None = None,
               min_count: int = TERM_MIN_COUNT) -> Counter[tuple[str, ...]]:
    """Recurring, cohesive runs of 2-4 content tokens in one document, with their counts.

    >>> find_terms([("智能网", "n"), ("联", "v"), ("。", "x")] * 2)
    Counter({('智能网', '联'): 2})
    """
    return terms_of(coded(pairs, stopwords() if stop is None else stop), min_count)


def terms_of(doc: Coded | Short, min_count: int) -> Counter[tuple[str, ...]]:
    """``find_terms`` on a coded document: n-grams of content tokens counted as int keys
    (NumPy), Python only for the few that recur."""
    import numpy as np

    found: Counter[tuple[str, ...]] = Counter()
    if isinstance(doc, Short):
        if min_count > 1 and not doc.recurring():
            return found  # no two words recur together, so no longer run does: most short texts
        doc = doc.as_arrays()
    size = len(doc.pairs)  # word indices (pair indices) are below this
    content = doc.has(CONTENT)
    at = np.flatnonzero(content[:-1] & content[1:])  # where the n-grams worth counting start
    code = doc.word[at]  # a key per distinct (n-1)-gram at each of those starts
    if min_count > 1 and len(at) < _FEW:
        pairs = (code * size + doc.word[at + 1]).tolist()
        if len(set(pairs)) == len(pairs):
            return found  # no two words recur together, so no longer run does: most short texts
    per_word = None
    for n in range(2, MAX_TERM + 1):
        if n > 2:  # apriori: extend only where two overlapping frequent (n-1)-grams meet
            # (``at`` rises strictly, so at + 1 is in it only as the next element)
            meet = np.zeros(len(at), np.bool_)
            meet[:-1] = at[1:] == at[:-1] + 1
            at, code = at[meet], code[meet]
        # an n-gram is its (n-1)-gram's key and its last word
        first, key, counts = groups(code * size + doc.word[at + n - 1])
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
            if term_start(first_word, first_tag) and nominal_head(last_word, last_tag) \
                    and c / min(per_word[head], per_word[tail]) >= TERM_COHESION:
                found[tuple(map(doc.words.__getitem__, span))] = c
        at, code = at[frequent], key[frequent]
    return found


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
