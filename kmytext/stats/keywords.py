"""Keywords of a text or corpus: content words and multi-word terms, ranked by tf-idf
(jieba's IDF, or the corpus's own), TextRank or frequency.

At ranking time a word or term that occurs mostly inside a longer term (a fragment such as
前指 in 上海援克前指) is dropped.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import neg
from typing import Literal

from kmytext.stats.counting import SEP, Counts, add_counts, by_word, count, gc_paused
from kmytext.stats.lexicon import CONTENT_POS, is_word, stopwords, unknown
from kmytext.stats.terms import FRAGMENT_SHARE, TERM_MIN_COUNT
from kmytext.text.document import Document, as_document
from kmytext.text.script import in_source_script
from kmytext.text.segment import idf_table
from kmytext.types import DocKeyword, Keyword


Method = Literal["tfidf", "textrank", "freq"]


IdfSource = Literal["jieba", "corpus"]


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
    per_word, tag = by_word(counts)
    units = dict(compress(per_word.items(), map(_candidate, per_word, map(tag.__getitem__, per_word),
                                                  repeat(stop), repeat(allowed))))
    parts: dict[str, tuple[str, ...]] = {}
    terms = {g: c for g, c in counts.terms.items() if c >= TERM_MIN_COUNT}
    for g, c in terms.items():
        # a term's tag is its head's (its last word's) where that is a content tag, else n
        # (智能网 + 联/v is a noun): ``allowed`` filters by the tag it is shown with
        head = tag.get(g[-1], "n")
        term = "".join(g)
        shown = tag.get(term, head if head in CONTENT_POS else "n")
        if allowed is not None and shown not in allowed:
            continue
        units[term] = units.get(term, 0) + c
        parts[term] = g
        tag[term] = shown
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
         pos: frozenset[str] | None = None, idf: IdfSource = "jieba", simplified: bool = False) -> list[Keyword]:
    """Keywords from counts: content words and multi-word terms, scored by tf-idf (jieba's IDF,
    or ``idf="corpus"``: the documents counted), TextRank or plain frequency; in the script of
    the texts counted (traditional texts give traditional keywords) unless ``simplified``."""
    with gc_paused():  # no cycles among the counters and their many new tuples
        # A set or list of words is what one has to hand; the candidate cache needs it hashable.
        found = _rank(counts, top=top, method=method, stop=stopwords() if stop is None else frozenset(stop),
                      pos=None if pos is None else frozenset(pos), idf=idf)
    return found if simplified else in_source_script(found, counts.forms)


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
        a, b = a.replace(SEP, ""), b.replace(SEP, "")
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
             idf: IdfSource = "jieba", clean: bool = True, presegmented: bool = False,
             simplified: bool = False) -> list[Keyword]:
    """The ``top`` keywords of a text or corpus (a list of texts or documents), in the texts'
    script unless ``simplified``.

    >>> [k.keyword for k in keywords("克拉玛依举办氢能大会，氢能产业发展迅速。", top=2)]
    ['氢能', '克拉玛依']
    """
    counts = count([texts] if isinstance(texts, (str, Document)) else texts, clean=clean,
                   presegmented=presegmented, window=5 if method == "textrank" else 0)
    return rank(counts, top=top, method=method, stop=stop, pos=pos, idf=idf, simplified=simplified)


def keywords_by_doc(docs: str | Document | Iterable[str | Document], *, top: int = 20,
                    method: Method = "tfidf", stop: frozenset[str] | None = None,
                    pos: frozenset[str] | None = None, idf: IdfSource = "jieba", clean: bool = True,
                    presegmented: bool = False, simplified: bool = False) -> list[DocKeyword]:
    """Keywords of each document (texts in a list are documents ``1``, ``2``, …).

    >>> [k.keyword for k in keywords_by_doc([Document("a", "氢能大会。氢能。")], top=1)]
    ['氢能']
    """
    return list(iter_keywords_by_doc(docs, top=top, method=method, stop=stop, pos=pos, idf=idf,
                                     clean=clean, presegmented=presegmented, simplified=simplified))


def iter_keywords_by_doc(docs: str | Document | Iterable[str | Document], *, top: int = 20,
                         method: Method = "tfidf", stop: frozenset[str] | None = None,
                         pos: frozenset[str] | None = None, idf: IdfSource = "jieba", clean: bool = True,
                         presegmented: bool = False, simplified: bool = False) -> Iterator[DocKeyword]:
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
        c = Counts().add_document(d, window=window, stop=stop)
        if idf == "corpus":
            add_counts(corpus.docs, c.docs)
            corpus.n_docs += 1
            held.append((d.id, c))
            continue
        for k in rank(c, top=top, method=method, stop=stop, pos=pos, simplified=simplified):
            yield DocKeyword(d.id, *k.as_dict().values())
    for doc_id, c in held:
        c.docs, c.n_docs = corpus.docs, corpus.n_docs
        for k in rank(c, top=top, method=method, stop=stop, pos=pos, idf="corpus", simplified=simplified):
            yield DocKeyword(doc_id, *k.as_dict().values())
