"""Word and n-gram frequencies of counted texts."""

from __future__ import annotations

from collections.abc import Iterable

from kmytext.stats.counting import SEP, Counts, by_word, count
from kmytext.stats.lexicon import function_words
from kmytext.text.document import Document
from kmytext.text.script import in_source_script
from kmytext.types import Frequency


def frequencies(counts: Counts | str | Document | Iterable[str | Document], *, min_count: int = 1,
                pos: frozenset[str] | None = None, ngram: int = 1, stop: frozenset[str] | None = None,
                simplified: bool = False) -> list[Frequency]:
    """Every word (or word n-gram, words joined by a space) of texts, or of counts made
    before, with its count, rate per 10,000 words and document frequency, most frequent
    first (texts in a list are documents ``1``, ``2``, …). ``stop``: words left out (an n-gram
    with one of them in it too); by default the bundled function words (的, 在, 和, 是),
    ``frozenset()`` for none. ``pos``: only words with these tags (an n-gram whose words all
    have one of them). Rates count every word, stopwords included, so a word's rate is the
    same whatever is left out. Words of traditional texts come in their script unless
    ``simplified``.

    >>> [f.word for f in frequencies("氢能的大会，氢能。")]
    ['氢能', '大会']
    """
    if not isinstance(counts, Counts):
        counts = count([counts] if isinstance(counts, (str, Document)) else counts, terms=False, ngram=ngram)
    stop = function_words() if stop is None else stop
    total = max(counts.total, 1)
    if ngram > 1:
        rows = [
            Frequency(SEP.join(g), counts.ngram_tags.get(g), c, round(c * 10000 / total, 3),
                      counts.ngram_docs[g])
            for g, c in counts.ngrams.items()
            if c >= min_count and len(g) == ngram and not (stop and any(w in stop for w in g))
            and (pos is None or _all_tagged(counts.ngram_tags.get(g), pos))
        ]
    else:
        per_word, tag = by_word(counts)
        rows = [
            Frequency(w, tag[w] or None, c, round(c * 10000 / total, 3), counts.docs[w])
            for w, c in per_word.items()
            if c >= min_count and (pos is None or tag[w] in pos) and w not in stop
        ]
    rows.sort(key=lambda f: (-f.count, f.word))
    return rows if simplified else in_source_script(rows, counts.forms)


def _all_tagged(tags: str | None, pos: frozenset[str]) -> bool:
    """Whether every word of an n-gram (its tags joined by spaces, ``ns n``) has one of ``pos``."""
    return tags is not None and all(t in pos for t in tags.split(SEP))
