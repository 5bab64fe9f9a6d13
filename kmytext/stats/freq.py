"""Word and n-gram frequencies of counted texts."""

from __future__ import annotations

from kmytext.stats.counting import SEP, Counts, by_word
from kmytext.types import Frequency


def frequencies(counts: Counts, *, min_count: int = 1, pos: frozenset[str] | None = None,
                ngram: int = 1) -> list[Frequency]:
    """Every word (or word n-gram, words joined by a space) with its count, rate per 10,000
    words and document frequency, most frequent first.

    >>> from kmytext.stats.counting import count
    >>> frequencies(count(["氢能大会，氢能。"]))[0].word
    '氢能'
    """
    total = max(counts.total, 1)
    if ngram > 1:
        rows = [
            Frequency(SEP.join(g), counts.ngram_tags.get(g), c, round(c * 10000 / total, 3),
                      counts.ngram_docs[g])
            for g, c in counts.ngrams.items() if c >= min_count and len(g) == ngram
        ]
    else:
        per_word, tag = by_word(counts)
        rows = [
            Frequency(w, tag[w] or None, c, round(c * 10000 / total, 3), counts.docs[w])
            for w, c in per_word.items()
            if c >= min_count and (pos is None or tag[w] in pos)
        ]
    rows.sort(key=lambda f: (-f.count, f.word))
    return rows
