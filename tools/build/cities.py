"""Rebuild kmytext/data/cities.txt: names of cities and counties of three or more
characters, as news writes them without their suffix (克拉玛依, 乌鲁木齐, 石家庄, 布宜诺斯艾利斯).

They come from jieba's dictionary: every word tagged as a place (ns) that ends in 市 or 县
gives its stem (克拉玛依市 -> 克拉玛依), kept when it has three or more characters and is not
a 自治 county's long form. The entity rules read the list to make a "person" of that name a
place: jieba's own dictionary tags some of them as people's names (克拉玛依 nr), and a city
acting in a sentence (克拉玛依是…的桥头堡) reads like one to the model. Two-character stems
are left out: they are also given names (乌兰, 祁连, 江津 are people in MSRA).

    python -m tools.build.cities
"""

from __future__ import annotations

from pathlib import Path

from tools.build import jieba_dictionary

OUT = Path(__file__).resolve().parents[2] / "kmytext" / "data" / "cities.txt"
HEADER = """\
# Cities and counties of three or more characters without their suffix (克拉玛依 of 克拉玛依市),
# from jieba's dictionary (words tagged ns ending in 市 or 县). Built by
# `python -m tools.build.cities`; read by kmytext.ner.lexicon.cities(): a "person" the
# model finds with one of these names is a place. One name a line.
"""


def main() -> None:
    stems = set()
    for word, _, tag in jieba_dictionary():
        if tag == "ns" and word[-1] in "市县" and len(word) >= 4 and not word.endswith("自治县"):
            stems.add(word[:-1])
    OUT.write_text(HEADER + "\n".join(sorted(stems)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(stems)} names")


if __name__ == "__main__":
    main()
