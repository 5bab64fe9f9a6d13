"""What counts as a word, a content word or a stopword: the tests every counter shares."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import regex

from kmytext.text.segment import idf_table


Pair = tuple[str, str]


# Nouns, names, verbal nouns, abbreviations, idioms, foreign words: what news is about.
CONTENT_POS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "l", "eng", "an", "nw", "i"})


# Tags that never start, end or sit inside a multi-word term.
FUNCTION_POS = frozenset({"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "d", "r", "m", "mq", "x", "w",
                           "f", "y", "e", "o", "t", "tg", "zg", "ad", "q", "k", "h", "rr", "rz"})


NOT_A_WORD = regex.compile(r"^(?:[\p{P}\p{S}\p{N}\s]|[\d.%]+|[零一二三四五六七八九十百千万亿两〇○]+)+$")


HAN = regex.compile(r"^\p{Han}+$")


# A year, date or quantity that jieba keeps as one token: 2023年, 3月, 5个, 第一.
NUMERIC = regex.compile(r"^(?:第)?[\d.零一二三四五六七八九十百千万亿两]+[年月日号个名家项次批届期度%]?$")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The bundled stopword list of keywords and collocates: function words, generic verbs,
    news boilerplate."""
    return _word_list("stopwords.txt")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The words frequency lists leave out by default: grammatical words only (的, 在, 和,
    是, 我们), so that generic verbs and boilerplate (发展, 记者) are still counted."""
    return _word_list("function_words.txt")


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("kmytext.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def read_stopwords(path: str | Path) -> frozenset[str]:
    """A user stopword file, one word per line."""
    from kmytext.io.read import read_document

    return frozenset(w.strip() for w in read_document(str(path)).text.splitlines() if w.strip())


@lru_cache(maxsize=1 << 18)  # called for every token; a vocabulary repeats
def is_word(w: str) -> bool:
    """Not punctuation, a symbol, a bare number, a year or a date."""
    return not (NOT_A_WORD.match(w) or NUMERIC.match(w))


@lru_cache(maxsize=1 << 18)
def unknown(w: str) -> bool:
    """A Chinese word jieba's IDF table does not know: a name or term found by the HMM,
    whose POS guess (沪克/q) is not to be trusted."""
    return len(w) >= 2 and w not in idf_table()[0] and bool(HAN.match(w))


def content(w: str, t: str, stop: frozenset[str]) -> bool:
    """Could be part of a term: a word, not a stopword, not a function word."""
    if w in stop or not is_word(w):
        return False
    return t not in FUNCTION_POS or unknown(w)


def nominal_head(w: str, t: str) -> bool:
    """Chinese terms end in a noun (or a bound one-character piece such as 联 of 智能网联)."""
    return len(w) == 1 or t[:1] in ("n", "j") or t in ("vn", "l", "eng", "i", "an") or unknown(w)


def term_start(w: str, t: str) -> bool:
    return len(w) == 1 or t not in ("v", "vd", "a", "vg") or unknown(w)
