"""Keywords and word frequencies of a text or a corpus."""

from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import regex

from kmytext.normalize import clean as _clean
from kmytext.segment import Segmenter, default_segmenter
from kmytext.types import Frequency, Keyword

Method = Literal["tfidf", "freq"]

# Nouns, names, verbal nouns, abbreviations, idioms, foreign words: what news is about.
CONTENT_POS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "l", "eng", "an", "nw"})
_NOT_A_WORD = regex.compile(r"^(?:[\p{P}\p{S}\p{N}\s]|[\d.%]+|[零一二三四五六七八九十百千万亿两〇○]+)+$")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The bundled stopword list: function words, generic verbs, news boilerplate."""
    text = resources.files("kmytext.data").joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def read_stopwords(path: str | Path) -> frozenset[str]:
    """A user stopword file, one word per line."""
    from kmytext.corpus import read_document

    return frozenset(w.strip() for w in read_document(str(path)).text.splitlines() if w.strip())


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (for words it does not list)."""
    # Read the file without importing jieba.analyse: its import loads jieba.posseg's models
    # and pkg_resources, about a second of start-up for one table.
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed; pip install jieba")
    idf = Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"
    text = idf.read_text(encoding="utf-8")
    # "word idf" per line; split once and convert in C rather than line by line in Python.
    fields = text.split()
    table = dict(zip(fields[0::2], map(float, fields[1::2])))
    values = sorted(table.values())
    return table, values[len(values) // 2]


@dataclass
class Counts:
    """Word counts of a corpus: what keywords and freq need, not the text."""

    words: Counter[tuple[str, str]]
    docs: Counter[str]
    total: int = 0
    n_docs: int = 0

    def merge(self, other: Counts) -> Counts:
        self.words.update(other.words)
        self.docs.update(other.docs)
        self.total += other.total
        self.n_docs += other.n_docs
        return self


def count(texts: Iterable[str], *, segmenter: Segmenter | None = None, clean: bool = True) -> Counts:
    """Count (word, POS) over texts, streaming: memory holds counters, not the texts."""
    seg = segmenter or default_segmenter()
    counts = Counts(Counter(), Counter())
    for text in texts:
        # Count every (word, POS) first, in C, then test each distinct pair once: the regex
        # per token cost as much as tagging (whitespace tokens fail the test too).
        every = Counter(seg.tagged_raw(_clean(text).text if clean else text))
        pairs = {p: c for p, c in every.items() if not _NOT_A_WORD.match(p[0])}
        counts.words.update(pairs)
        counts.docs.update({w for w, _ in pairs})
        counts.total += sum(pairs.values())
        counts.n_docs += 1
    return counts


def _by_word(counts: Counts) -> tuple[Counter[str], dict[str, str]]:
    """Counts per word and each word's most frequent POS."""
    per_word: Counter[str] = Counter()
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for (w, t), c in counts.words.items():
        per_word[w] += c
        tags[w][t] += c
    return per_word, {w: tc.most_common(1)[0][0] for w, tc in tags.items()}


def rank(counts: Counts, *, top: int = 20, method: Method = "tfidf",
         stop: frozenset[str] | None = None, pos: frozenset[str] | None = None) -> list[Keyword]:
    """Keywords from counts: content words scored by tf-idf (jieba's IDF) or frequency."""
    stop = stopwords() if stop is None else stop
    allowed = CONTENT_POS if pos is None else pos
    per_word, tag = _by_word(counts)
    idf, median = _idf() if method == "tfidf" else ({}, 1.0)
    total = max(counts.total, 1)
    scored = []
    for w, c in per_word.items():
        if len(w) < 2 or w in stop or tag[w] not in allowed:
            continue
        score = c / total * (idf.get(w, median) if method == "tfidf" else 1.0)
        scored.append(Keyword(w, score, c, tag[w]))
    scored.sort(key=lambda k: (-k.score, -k.count, k.keyword))
    return scored[:top]


def keywords(texts: Iterable[str] | str, *, top: int = 20, method: Method = "tfidf",
             stop: frozenset[str] | None = None, pos: frozenset[str] | None = None) -> list[Keyword]:
    """The ``top`` keywords of a text or corpus.

    >>> [k.keyword for k in keywords("克拉玛依举办氢能大会，氢能产业发展迅速。", top=2)]
    ['氢能', '克拉玛依']
    """
    return rank(count([texts] if isinstance(texts, str) else texts), top=top, method=method,
                stop=stop, pos=pos)


def frequencies(counts: Counts, *, min_count: int = 1,
                pos: frozenset[str] | None = None) -> list[Frequency]:
    """Every word with its count, rate per 10,000 words and document frequency, most frequent first."""
    per_word, tag = _by_word(counts)
    total = max(counts.total, 1)
    rows = [
        Frequency(w, tag[w], c, round(c * 10000 / total, 3), counts.docs[w])
        for w, c in per_word.items()
        if c >= min_count and (pos is None or tag[w] in pos)
    ]
    rows.sort(key=lambda f: (-f.count, f.word))
    return rows
