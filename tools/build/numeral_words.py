"""Rebuild kmytext/data/numeral_words.tsv: the words that hold a numeral but are no number,
with where the extractor would read one inside them (五角大楼: 五角 at 0..2).

Two sources: the words of jieba's dictionary in which the extractor reads a number that is
only part of the word (八国联军, 四人帮, 十月革命, 五年计划, 前一天), and the hand-edited
names of kmytext/data/numeral_names.txt (companies, places, people, slogans: 百度, 中建八局,
万国权, 祖国万岁), kept even where the number is the whole word. Dictionary words are left out
when they are rare (frequency under 5), numerals or quantities by their tag (m, mq, q, t with
a number after, …), a number followed only by a position (三月初, 两年前, 十年间) or a
surname with a count of people (杨二人: "the two of them").

The extractor reads each word with the guard off, so the list depends on the readers:
rebuild it when they change what they read (``tests/test_numbers.py`` checks the hand list
is in it).

    python -m tools.build.numeral_words
"""

from __future__ import annotations

from pathlib import Path

import regex

import kmytext.numex.vetoes as vetoes
from kmytext.numex import find

from tools.build import jieba_dictionary

DATA = Path(__file__).resolve().parents[2] / "kmytext" / "data"
OUT = DATA / "numeral_words.tsv"
HAND = DATA / "numeral_names.txt"
MIN_FREQ = 5
# Tags of numerals, quantities, positions and function words: a number there is a number.
NUMBER_TAGS = frozenset("m mq q f d c r u o p nrt".split())
# Tags whose words may hold another numeral besides the one read (三心二意, 千秋万代).
NAME_TAGS = frozenset("i l nz nt ns nr j".split())
# A number followed only by these is a number with a position or an approximation (三月初, 两年前).
POSITION_AFTER = frozenset(
    "初 底 末 前 后 中 间 内 来 里 以来 以前 以后 之前 之后 之间 之内 左右 上下 多 余 许 期 制 份 整 半 时 "
    "初期 中期 末期 后期 上旬 中旬 下旬 以上 以下 开外 出头 之多".split())
NUMERAL = regex.compile(r"[零〇○一二两三四五六七八九十百千万亿0-9第几数多余半]")
HAS_NUMERAL = regex.compile(r"[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟0-9]")


def readings(word: str) -> list[tuple[int, int]]:
    """Where the extractor reads a number in ``word`` on its own, with the guard off."""
    return [(n.start, n.end) for n in find(word)]


def dictionary_entries() -> list[tuple[str, int, int]]:
    entries = []
    for word, freq, tag in jieba_dictionary():
        if freq < MIN_FREQ or tag in NUMBER_TAGS or not HAS_NUMERAL.search(word):
            continue
        for s, e in readings(word):
            before, after = word[:s], word[e:]
            if not before and not after:
                continue  # the number is the whole word: 两国, 五年
            if not before and after in POSITION_AFTER:
                continue  # 三月初, 十年间
            if tag not in NAME_TAGS and NUMERAL.search(before + after):
                continue  # 三天三夜, 一个三十多岁: numbers side by side
            if len(before) == 1 and not after and word.endswith("人"):
                continue  # 杨二人: a surname and a count of people
            entries.append((word, s, e))
    return entries


def hand_entries() -> list[tuple[str, int, int]]:
    words = [w.strip() for w in HAND.read_text(encoding="utf-8").splitlines()]
    return [(w, s, e) for w in words if w and not w.startswith("#") for s, e in readings(w)]


def main() -> None:
    vetoes.name_words = dict  # the guard off: read every word as the readers would
    entries = sorted(set(dictionary_entries() + hand_entries()))
    header = ("# Words that hold a numeral but are no number, and where the extractor would read one\n"
              "# inside them (word, start, end). Built by tools/build/numeral_words.py from jieba's\n"
              "# dictionary (MIT) and numeral_names.txt; do not edit by hand.\n")
    OUT.write_text(header + "".join(f"{w}\t{s}\t{e}\n" for w, s, e in entries), encoding="utf-8")
    print(f"{OUT}: {len(entries)} entries, {len({w for w, _, _ in entries})} words")


if __name__ == "__main__":
    main()
