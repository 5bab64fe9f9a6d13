"""Rebuild kmytext/data/common_chars.txt, the character ranks encoding detection scores with.

Ranks come from jieba's dictionary (each word's frequency credited to its characters), which
is simplified Chinese; each line also carries the traditional forms of its character (OpenCC
s2t, s2tw, s2hk) so Big5 text scores as well as GB text. Needs opencc-python-reimplemented
at build time only.

    python -m tools.build.common_chars
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import opencc
import regex

from tools.build import jieba_dictionary

TOP = 4000
OUT = Path(__file__).resolve().parents[2] / "kmytext" / "data" / "common_chars.txt"
HAN = regex.compile(r"\p{Han}")


def main() -> None:
    counts: Counter[str] = Counter()
    for word, freq, _ in jieba_dictionary():
        for ch in word:
            if HAN.match(ch):
                counts[ch] += freq
    converters = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    seen: set[str] = set()
    lines = []
    for ch, _ in counts.most_common(TOP):
        forms = [ch] + [c.convert(ch) for c in converters]
        group = "".join(dict.fromkeys(f for f in forms if len(f) == 1 and f not in seen))
        seen.update(group)
        if group:
            lines.append(group)
    header = (f"# The {TOP} most frequent characters of jieba's dictionary, most frequent first, one\n"
              "# a line with its traditional forms. Built by tools/build/common_chars.py.\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} ranks, {len(seen)} characters")


if __name__ == "__main__":
    main()
