"""Top-20 keywords of each sample page: kmytext next to jieba.analyse.extract_tags.

Prints the Markdown tables of docs/keywords.md; ``--write`` rewrites them there, between the
``<!-- compare-keywords -->`` markers, so the figures in the docs are reproducible:

    python -m tools.docs.compare_keywords --write

jieba runs as a user would run it: ``extract_tags(page_text, topK=20)`` on the file as it is.
Marks on jieba's words: B boilerplate, V generic verb or function word (both in kmytext's
stopword list), N number or year, F fragment (a piece of a longer kmytext keyword).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BOILERPLATE = {"本报讯", "通讯员", "记者", "融媒记者", "摄", "近日", "此次", "本报", "讯"}
MARK = "<!-- compare-keywords -->"
DOC = ROOT / "docs" / "keywords.md"


def marks(word: str, ours: list[str]) -> str:
    from kmytext.stats.lexicon import is_word, stopwords

    if word in BOILERPLATE:
        return " (B)"
    if not is_word(word):
        return " (N)"
    if word in stopwords():
        return " (V)"
    if word not in ours and any(word in o and word != o for o in ours):
        return " (F)"
    return ""


def table(path: Path) -> str:
    import jieba
    import jieba.analyse

    import kmytext

    jieba.setLogLevel(logging.WARNING)
    text = path.read_text(encoding="utf-8")
    ours = [k.keyword for k in kmytext.keywords(text, top=20)]
    theirs = jieba.analyse.extract_tags(text, topK=20)
    lines = [f"**{path.name}**", "", "| # | kmytext keywords | jieba extract_tags |", "|---:|---|---|"]
    for i, (a, b) in enumerate(zip(ours, theirs, strict=False), 1):
        lines.append(f"| {i} | {a} | {b}{marks(b, ours)} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.docs.compare_keywords", description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="rewrite the tables in docs/keywords.md")
    args = ap.parse_args()
    out = "\n".join(table(p) for p in sorted((ROOT / "seeds").glob("*.txt")))
    if not args.write:
        print(out)
        return
    readme = DOC
    text = readme.read_text(encoding="utf-8")
    head, sep, rest = text.partition(MARK)
    _, sep2, tail = rest.partition(MARK)
    if not (sep and sep2):
        sys.exit(f"{readme}: add two {MARK} lines where the tables go")
    readme.write_text(f"{head}{MARK}\n{out}{MARK}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
