"""What counts as a word, a content word or a stopword: the tests every counter shares."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import itemgetter
from pathlib import Path

import regex

from kmytext.text.segment import dictionary_tags_from, idf_table


Pair = tuple[str, str]


# Nouns, names, verbal nouns, abbreviations, idioms, foreign words: what news is about.
CONTENT_POS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "j", "l", "eng", "an", "nw", "i"})


# Tags that never start, end or sit inside a multi-word term.
FUNCTION_POS = frozenset({"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c", "d", "r", "m", "mq", "x", "w",
                           "f", "y", "e", "o", "t", "tg", "zg", "ad", "q", "k", "h", "rr", "rz"})


# One character class, no nested repeat: a 2,000-digit token took a minute (backtracking), now linear.
NOT_A_WORD = regex.compile(r"^[\p{P}\p{S}\p{N}\s\d.%零一二三四五六七八九十百千万亿两〇○]+$")


HAN = regex.compile(r"^\p{Han}+$")


# Numbers jieba keeps as one word, with what makes them approximate, a fraction, tenths or a
# quarter (kmytext numbers reads each as a number): 一百多, 十余, 二十来, 几十, 三分之一,
# 百分之五, 五成, 九折, 二点五, 第一季度. Not 一来 (firstly), nor 第一线 or 两国, words that hold a numeral.
_DIGIT = r"[\d.零〇○一二两三四五六七八九十百千万亿]"
NUMERAL_WORD = regex.compile(rf"""^(?:
    第?{_DIGIT}+(?:多|余|几|(?<=[十百千万])来)[年月日号个名家项次批届期度%]?
  | [几数]{_DIGIT}+
  | {_DIGIT}+分之{_DIGIT}+
  | 百分之{_DIGIT}+(?:点{_DIGIT}+)?
  | [一二三四五六七八九十]成[一二三四五六七八九]?多?
  | [一二三四五六七八九]折
  | {_DIGIT}+点{_DIGIT}+
  | 第?[一二三四1-4]季度
)$""", regex.X)


# A year, date or quantity that jieba keeps as one token: 2023年, 3月, 5个, 第一.
NUMERIC = regex.compile(r"^(?:第)?[\d.零一二三四五六七八九十百千万亿两]+[年月日号个名家项次批届期度%]?$")


# A token that is a number on its own (3, 2025, 12.5, 1-2, 三十, 几十, 两个): what a unit may follow.
NUMBER_TOKEN = regex.compile(r"^(?:[\d.,\-~—]+|[零〇○一二两三四五六七八九十百千万亿几数好]+)个?$")
MULTIPLIER = "十百千万亿兆"
# Dictionary tags of numbers, quantities and times: a dictionary word with another tag that
# reads as a number with a unit is a word (百度 n, 二战 nz).
NUMBER_TAGS = frozenset(["m", "mq", "q", "t"])
NUMBER_PREFIX = regex.compile(r"(?:第)?(?:[\d.,]+|[零〇○一二两三四五六七八九十百千万亿几数]+)(?=.)")
# What a token NUMERIC or NUMBER_PREFIX match can begin with (a regex class body): is_word
# asks the dictionary only about words that begin so.
NUMBER_FIRST = r"第\d.,零〇○一二两三四五六七八九十百千万亿几数"


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """The units, measure words and date and clock words of the numbers extractor (年, 月,
    日, 时, 分, 元, 米, 家, 个, …): after a number, they are part of it, not words."""
    from kmytext.numex import lexicon as numex

    units = {*numex.MEASURE_UNITS, *numex.MONEY_UNITS, *numex.DURATION_UNITS, *numex.CLASSIFIERS,
             *"年月日号时点分秒", "世纪", "年代", "周年", "岁", "万", "亿", "千", "百"}
    return frozenset(u for u in units if not u.isascii())


def is_unit(w: str) -> bool:
    """A unit word, with multipliers before it (亿元, 万吨): see :func:`unit_words`."""
    units = unit_words()
    return w in units or len(w) > 1 and (w[0] in MULTIPLIER and w.lstrip(MULTIPLIER) in units
                                          or w[0] == "个" and w[1:] in counted_units())


def with_units(pairs: list[Pair]) -> list[Pair]:
    """``pairs`` with each unit word that directly follows a number joined to it, so that the
    counters see one number (3月, 26日, 2025年, 9时, 30分, 633亿元: not words) rather than
    the pieces 月, 日, 年, 时, 分 as words; 5 + 个人 (a segmentation slip) becomes 5个 + 人.

    >>> with_units([("3", "m"), ("月", "m"), ("26", "m"), ("日", "m"), ("，", "x"), ("日", "n")])
    [('3月', 'm'), ('26日', 'm'), ('，', 'x'), ('日', 'n')]
    """
    words = list(map(itemgetter(0), pairs))
    hits = [i for i in compress(range(len(words)), map(_may_be_unit, words))
            if i and (NUMBER_TOKEN.match(words[i - 1]) or _counted(words, i))]
    if not hits:
        return pairs
    out: list[Pair] = []
    last = 0
    for i in hits:
        if i - 1 < last:
            if _counted(words, i) and i == last:
                out[-1] = (out[-1][0] + words[i], "m")  # 6 个 月: the unit after the measure word
                last = i + 1
            continue  # 3 月 日: the number already took a unit
        if not NUMBER_TOKEN.match(words[i - 1]):
            continue  # a unit after a 个 that was no number's (一个 个 月 aside, none)
        out += pairs[last:i - 1]
        w = words[i]
        if is_unit(w):
            out.append((words[i - 1] + w, "m"))
        else:  # 个人 after a number: the measure word 个 and 人
            out += [(words[i - 1] + w[0], "m"), (w[1:], "n")]
        last = i + 1
    out += pairs[last:]
    return out


def _counted(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a unit of time (or 百分点) after a number and its measure word
    个 written apart: 6 个 月, which jieba cuts so where it keeps 三个 月 as a number and a
    unit (but 6 个 国家 is a count of countries)."""
    return i >= 2 and words[i - 1] == "个" and words[i] in counted_units() \
        and NUMBER_TOKEN.match(words[i - 2]) is not None


@lru_cache(maxsize=1)
def counted_units() -> frozenset[str]:
    """The units counted with 个 that the numbers extractor reads with the count: 个月,
    个小时, 个星期, 个季度, 个百分点 (less their 个)."""
    from kmytext.numex import lexicon as numex

    return frozenset({*(u.removeprefix("个") for u in numex.DURATION_UNITS), "百分点"})


@lru_cache(maxsize=1 << 16)  # asked of every token; a vocabulary repeats
def _may_be_unit(w: str) -> bool:
    return is_unit(w) or len(w) == 2 and w[0] == "个" or w in counted_units()


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
    """A user stopword file, one word per line (:func:`with_clean_forms`)."""
    from kmytext.io.read import read_document

    return with_clean_forms(w.strip() for w in read_document(str(path)).text.splitlines() if w.strip())


def with_clean_forms(words: Iterable[str]) -> frozenset[str]:
    """Words as written and as cleanup writes them (simplified characters, ASCII for full-width
    letters): counted words are clean words, so a stopword in traditional script (創新) stops
    the word in every script.

    >>> sorted(with_clean_forms(["創新", "科技"]))
    ['创新', '創新', '科技']
    """
    from kmytext.text.normalize import fold_chars

    out = set()
    for w in words:
        out.add(w)
        out.add(fold_chars(w))
    return frozenset(out)


@lru_cache(maxsize=1 << 18)  # called for every token; a vocabulary repeats
def is_word(w: str) -> bool:
    """Not punctuation, a symbol, a bare number, a year, a date or a number with its unit
    (633亿元, 9时, 32家)."""
    if NOT_A_WORD.match(w) or NUMERAL_WORD.match(w):
        return False
    if not NUMERIC.match(w):
        m = NUMBER_PREFIX.match(w)
        if m is None or not is_unit(w[m.end():]):
            return True
    tag = dictionary_tags_from(NUMBER_FIRST).get(w)
    return tag is not None and tag not in NUMBER_TAGS  # 百度 (n), 二战 (nz): words, not 100 度, 2 战


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
