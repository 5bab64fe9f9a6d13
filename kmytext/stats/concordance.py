"""Concordance (keyword in context) and collocates on segmented Chinese.

A query matches whole tokens of the segmentation by default (氢能 does not match inside
氢能源), so counts agree with ``freq``; ``chars=True`` matches characters instead. A query with
spaces is a sequence of tokens (``氢能 产业``); ``regex=True`` makes each part a regular
expression matched against a whole token (or, with ``chars``, searched in the text).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

import regex as re

from kmytext.errors import ArgumentError
from kmytext.stats.keyness import g2 as _g2
from kmytext.stats.counting import tokens
from kmytext.stats.lexicon import is_word, stopwords, unknown
from kmytext.text.document import Document, as_document, as_documents
from kmytext.text.normalize import fold_chars, to_simplified
from kmytext.text.script import in_source_script, source_script, word_forms
from kmytext.types import Collocate, KwicLine

Sort = Literal["doc", "left", "right"]
_WS = re.compile(r"\s+")
# Particles, prepositions, conjunctions, adverbs, pronouns, interjections, numerals, measures.
_FUNCTION_POS = frozenset({"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "d", "r", "rr", "rz", "y", "e",
                           "o", "m", "mq", "q"})


def check_query(query: str, *, regex: bool = False) -> None:
    """Raise ``ArgumentError`` for a query that finds nothing or (``regex``) does not compile:
    checked once before a corpus is read, not in each unit as "a bug".

    >>> check_query("(", regex=True)
    Traceback (most recent call last):
    kmytext.errors.ArgumentError: bad regular expression '(': missing ) at position 1
    """
    _matcher(query, use_regex=True) if regex else _query_parts(query)


def _matcher(query: str, *, use_regex: bool) -> list[re.Pattern[str]]:
    parts = _query_parts(query)
    try:
        return [re.compile(p if use_regex else re.escape(p)) for p in parts]
    except re.error as exc:
        raise ArgumentError(f"bad regular expression {query!r}: {exc}") from None


def _query_parts(query: str) -> list[str]:
    parts = query.split()
    if not parts:
        raise ArgumentError("empty query; give a word, several words separated by spaces, or a regex")
    return parts


def _spans(doc: Document, query: str, *, chars: bool, use_regex: bool) -> list[tuple[int, int]]:
    """Clean-text spans of the matches."""
    text = doc.clean_text
    if chars:
        if use_regex:
            pattern = _matcher(query, use_regex=True)
            joined = re.compile(r"\s*".join(p.pattern for p in pattern))
        else:
            joined = re.compile(r"\s*".join(re.escape(p) for p in _query_parts(query)))
        return [(m.start(), m.end()) for m in joined.finditer(text) if m.end() > m.start()]
    toks = list(doc.tokens.spans())
    if not use_regex:
        # Whole tokens: a match starts where a token starts and ends where one ends, so 智能网联
        # is found where jieba cut it as 智能网+联, and 氢能 is not found inside 氢能源.
        starts = {t[0] for t in toks}
        ends = {t[1] for t in toks}
        joined = re.compile(r"\s*".join(re.escape(p) for p in _query_parts(query)))
        return [(m.start(), m.end()) for m in joined.finditer(text) if m.start() in starts and m.end() in ends]
    patterns = _matcher(query, use_regex=True)
    n = len(patterns)
    out = []
    for i in range(len(toks) - n + 1):
        if all(p.fullmatch(toks[i + k][2]) for k, p in enumerate(patterns)):
            out.append((toks[i][0], toks[i + n - 1][1]))
    return out


def kwic(text: str | Document, query: str, *, doc: str = "", width: int = 20, chars: bool = False,
         regex: bool = False, clean: bool = True, simplified: bool = False) -> list[KwicLine]:
    """Every occurrence of ``query`` in ``text`` (a text or a document) with ``width``
    characters of context; the lines' ``doc`` is ``doc`` if given, else the document's id. A query in either script finds both; the lines of
    a text in traditional script are in that script unless ``simplified``.

    >>> [(k.left, k.keyword, k.right) for k in kwic("发展氢能产业，氢能源。", "氢能", width=2)]
    [('发展', '氢能', '产业')]
    >>> [(k.left, k.keyword, k.right) for k in kwic("發展氫能產業", "氫能", width=2)]
    [('發展', '氫能', '產業')]
    """
    check_query(query, regex=regex)
    d = as_document(text, clean=clean, id=doc)
    ctext = d.clean_text
    shown = (None if simplified else source_script(d)) or ctext
    out = []
    for s, e in _spans(d, _query(query, d, regex=regex), chars=chars, use_regex=regex):
        s0, e0 = d.source_span(s, e)
        left = _WS.sub(" ", shown[max(0, s - width):s])
        right = _WS.sub(" ", shown[e:e + width])
        out.append(KwicLine(left, _WS.sub("", shown[s:e]), right, doc or d.id, d.line_of(s0), d.offset + s0,
                            d.offset + e0))
    return out


def occurrences(doc: Document, query: str) -> list[tuple[int, int]]:
    """Clean-text spans of ``query`` in a document as :func:`kwic` finds it by default: whole
    tokens, words separated by spaces in a row, in either script.

    >>> occurrences(Document("a", "发展氢能产业，氢能源。"), "氢能")
    [(2, 4)]
    """
    return _spans(doc, _query(query, doc), chars=False, use_regex=False)


def _query(query: str, doc: Document, *, regex: bool = False) -> str:
    """The query as the clean text reads: in simplified characters and, but for a regular
    expression (where ＋ would become the operator +), with full-width digits and letters as
    ASCII, where cleanup made them so (ＣＣＴＶ１ is found where the page prints it)."""
    if not doc.clean or doc.presegmented:
        return query
    return to_simplified(query).text if regex else fold_chars(query)


def concordance(docs: str | Document | Iterable[str | Document], query: str, *, width: int = 20,
                sort: Sort = "doc", chars: bool = False, regex: bool = False,
                clean: bool = True, simplified: bool = False) -> list[KwicLine]:
    """Concordance lines over documents (texts in a list are documents ``1``, ``2``, …);
    ``sort`` by position, left context (read right to left from the keyword) or right context.

    >>> len(concordance([Document("a", "氢能大会。氢能产业。")], "氢能"))
    2
    """
    check_query(query, regex=regex)
    lines = [k for d in as_documents(docs, clean=clean) for k in kwic(d, query, width=width, chars=chars,
                                                                       regex=regex, simplified=simplified)]
    return sort_lines(lines, sort)


def sort_lines(lines: list[KwicLine], sort: Sort) -> list[KwicLine]:
    """Concordance lines in text order (``doc``), or by the context read leftwards from the
    keyword (``left``, as in AntConc) or rightwards (``right``)."""
    if sort == "left":
        lines.sort(key=lambda k: (k.left[::-1], k.keyword, k.doc, k.start))
    elif sort == "right":
        lines.sort(key=lambda k: (k.right, k.keyword, k.doc, k.start))
    return lines


def node_word(word: str) -> str:
    """The word collocates are found around: spaces about it dropped (a pasted word with a
    newline after it found nothing); empty, or several words, an ArgumentError (no token
    holds a space: nothing would be found, and kwic finds a phrase)."""
    node = word.strip()
    if not node:
        raise ArgumentError("empty word; give a word, e.g. 氢能")
    if any(c.isspace() for c in node):
        raise ArgumentError(f"{word!r} is several words; give one, e.g. 氢能 (kwic finds a phrase)")
    return node


def collocates(texts: str | Document | Iterable[str | Document], word: str, *, window: int = 5,
               min_count: int = 2,
               stop: frozenset[str] | None = None, clean: bool = True,
               presegmented: bool = False, by: Literal["g2", "mi", "count"] = "g2",
               simplified: bool = False) -> list[Collocate]:
    """Words within ``window`` tokens either side of ``word``, ranked by log-likelihood (or
    MI: log2 of observed over expected co-occurrences, expected = f(node) f(word) 2·window / N).
    Streams: holds counters, not texts. Stopwords (the bundled list by default) and words
    mostly tagged as function words (adverbs, pronouns, particles) are skipped. A node word
    in either script finds both; collocates of texts in traditional script come in that
    script unless ``simplified``.

    >>> [c.word for c in collocates(["氢能产业发展，氢能产业。"], "氢能", min_count=2)]
    ['产业']
    >>> [c.word for c in collocates("氫能產業發展，氫能產業。", "氫能", min_count=2)]
    ['產業']
    """
    stop = stopwords() if stop is None else stop
    word = node_word(word)
    if clean and not presegmented:
        word = fold_chars(word)
    forms: Counter[tuple[str, str]] = Counter()
    freq: Counter[str] = Counter()
    near: Counter[str] = Counter()
    total = 0
    span_total = 0  # tokens inside the node's windows
    function: Counter[str] = Counter()  # times a word was tagged as a function word
    for text in [texts] if isinstance(texts, (str, Document)) else texts:
        doc = text if isinstance(text, Document) else Document("", text, clean=clean, presegmented=presegmented)
        pairs = [(w, t) for w, t in tokens(doc) if is_word(w)]
        if not simplified:
            forms.update(word_forms(doc))
        words = [w for w, _ in pairs]
        freq.update(words)
        function.update(w for w, t in pairs if t in _FUNCTION_POS and not unknown(w))
        total += len(words)
        # Each token position counts once, even where two nodes' windows overlap.
        inside: set[int] = set()
        for i, w in enumerate(words):
            if w == word:
                inside.update(j for j in range(max(0, i - window), min(len(words), i + window + 1))
                              if words[j] != word)
        span_total += len(inside)
        near.update(words[j] for j in inside)
    f_node = freq.get(word, 0)
    rows = []
    for w, o in near.items():
        if o < min_count or w == word or w in stop or function[w] * 2 > freq[w]:
            continue
        f = freq[w]
        expected = f_node * f * 2 * window / max(total, 1)
        mi = math.log2(o / expected) if expected else 0.0
        # 2x2: the word inside the node's windows vs elsewhere in the corpus.
        rest = max(total - span_total, 1)
        g = _g2(o, max(f - o, 0), max(span_total, 1), rest)
        rows.append(Collocate(w, o, f, round(mi, 4), round(g, 4)))
    key = {"g2": lambda c: (-c.g2, c.word), "mi": lambda c: (-c.mi, c.word),
           "count": lambda c: (-c.count, c.word)}[by]
    rows.sort(key=key)
    return in_source_script(rows, forms)


__all__: Sequence[str] = ["Collocate", "KwicLine", "check_query", "collocates", "concordance", "kwic", "occurrences"]
