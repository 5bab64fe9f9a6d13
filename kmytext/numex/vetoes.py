"""What is not a number in its context, though it reads as one: a lone 一 that is an article
or a determiner, a numeral inside a word or idiom (一些, 统一, 三心二意), a name (百度,
五角大楼, 万国权, 中建八局), a label (“十四五”, （四）, 十三、) and a slogan or title that
starts with a number (“两个转变”, 《三国演义》).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kmytext.numex import lexicon
from kmytext.numex.mention import Mention, preceded_by

Contexts = dict[str, tuple[tuple[str, str], ...]]


def one_may_count(t: str, a: int) -> bool:
    """Whether the lone 一 at ``a`` may start a number (一年, 一米, 一个多月, 约一成) rather than
    be the article or "one" of 一个人, 那一年; decided on the characters around it."""
    nxt = t[a + 1] if a + 1 < len(t) else ""
    if a > 0 and t[a - 1] == "的" and (a + 2 >= len(t) or t[a + 2] in lexicon.CLAUSE_END):
        return False  # 重要的一年。: "a year", not a duration
    if a > 0 and t[a - 1] in lexicon.DETERMINERS:
        return False  # 那一年, 同一天: a determiner, not a count
    if a > 0 and t[a - 1] in lexicon.ONE_BEFORE:
        return True
    if nxt == "个":
        return t[a + 2:a + 3] in lexicon.ONE_GE_NEXT or t.startswith("百分点", a + 2)  # 一个百分点
    if nxt in lexicon.CLASSIFIERS and t[a + 2:a + 3] in lexicon.COORDINATORS:
        return True  # 一级和二级: the measure reader decides
    return nxt in lexicon.ONE_NEXT or nxt == "又" or not nxt


def in_word(t: str, r: Mention) -> bool:
    """The numeral of ``r`` is part of a word or idiom of lexicon.LEXICAL (一些, 统一, 三心二意)."""
    lo = max(0, r.start - 4)
    for lm in lexicon.LEXICAL.finditer(t, lo, min(len(t), r.end + 4), overlapped=True):
        # an ordinal stays when the word only starts at its numeral (第一线), not when 第 is in it (第一时间)
        word_at_numeral = lm.start() == r.numeral_start
        if lm.start() <= r.numeral_start < lm.end() and not (r.kind == "ordinal" and word_at_numeral):
            return True
    return False


@lru_cache(maxsize=1)
def name_words() -> Contexts:
    """The names and words that hold a numeral (kmytext/data/numeral_words.tsv, built by
    tools/build/numeral_words.py), by the reading inside them: 五角 -> (("", "大楼"),), the
    characters before and after it in 五角大楼."""
    text = resources.files("kmytext.data").joinpath("numeral_words.tsv").read_text(encoding="utf-8")
    found: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, s, e = line.split("\t")
            a, b = int(s), int(e)
            found.setdefault(word[a:b], []).append((word[:a], word[b:]))
    return {k: tuple(v) for k, v in found.items()}


def in_name(t: str, r: Mention) -> bool:
    """``r`` is read inside a name or word of numeral_words.tsv (五角 of 五角大楼, 百度)."""
    contexts = name_words().get(t[r.start:r.end])
    if contexts is None:
        return False
    s = r.start
    return any(preceded_by(t, s, before) and t.startswith(after, r.end)
               for before, after in contexts)


def in_index_name(t: str, r: Mention) -> bool:
    """``r`` names an index of a family that numbers them (标准普尔500, 罗素2000指数, 沪深300);
    a level (上证3000点) and a year (2024年) stay."""
    s = r.start
    if s == 0 or t[s - 1] not in lexicon.INDEX_FAMILY_LAST or r.kind not in ("quantity", "number", "date"):
        return False
    if r.unit == "点" or t[r.end - 1] == "年":
        return False
    return any(preceded_by(t, s, w) for w in lexicon.INDEX_FAMILIES)


def is_label(t: str, r: Mention) -> bool:
    """A bare number that labels something: “十四五”, （四）, 十三、, 1."""
    before = t[r.start - 1] if r.start else ""
    after = t[r.end] if r.end < len(t) else ""
    if before in lexicon.QUOTES and after == lexicon.QUOTES[before]:
        return True
    if before in lexicon.BRACKETS and after == lexicon.BRACKETS[before]:
        return True
    if before == "+" and t[r.start - 2:r.start - 1].isdigit() \
            or after == "+" and t[r.end + 1:r.end + 2].isdigit():
        return True  # “1+3+6”, “2+5”: programme names
    if after in lexicon.LIST_DOT and not (after == "." and r.end + 1 < len(t) and t[r.end + 1].isdigit()):
        if after == "." and t[r.end + 1:r.end + 2] in lexicon.LATIN_LETTERS:
            return True  # 601328.sh: a code
        return isinstance(r.value, int) and abs(r.value) < 100  # 十三、, 1. but not 2.7亿、19.6%
    return False


def in_slogan(t: str, r: Mention) -> bool:
    """“两个转变”, “一年扭亏”: a short quoted name that starts with the number; or a title
    that does (《２１世纪议程》, 《三国演义》), or ends with a count (《天龙八部》)."""
    if t.startswith("》", r.end) and r.kind in ("quantity", "number"):
        i = t.rfind("《", max(0, r.start - 16), r.start)
        if i >= 0 and "》" not in t[i:r.start]:
            return True
    if t[r.end:r.end + 1] in lexicon.SLOGAN_CLOSERS:
        i = t.rfind(lexicon.SLOGAN_CLOSERS[t[r.end]], max(0, r.start - 6), r.start)
        if i >= 0 and lexicon.NUMERAL.match(t, i + 1):
            return True  # “四个第一”: a slogan that starts and ends with numbers
    if r.start == 0 or t[r.start - 1] not in lexicon.SLOGAN_QUOTES:
        return False
    close = lexicon.SLOGAN_QUOTES[t[r.start - 1]]
    i = t.find(close, r.end, r.start + (16 if close == "》" else 9))
    return i >= 0
