"""Build a People's Daily-style folder of articles, for the README's quotes and posts examples.

The SIGHAN 2005 MSR test text (``../shared/data/seg/msr_test.utf8``) is national news of the
late 1990s in running order, headlines included (a line without final punctuation). Each
article becomes one file: its headline lines, a blank line, then its sentences, a paragraph
each. Articles that share a sentence with the quote or post evaluation sets
(``tools/data/quotes.jsonl``, ``posts.jsonl``) are left out, so that what the README shows is
not the held-back annotation.

    python -m tools.build.pd_news --out pd_news [--articles 300]
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MSR = ROOT.parent / "shared" / "data" / "seg" / "msr_test.utf8"
_HEADLINE = re.compile(r"[^。！？”」…）)]$")


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _used() -> str:
    """The texts of the evaluation sets, folded to half width (MSRA and MSR print digits both ways)."""
    names = ("quotes.jsonl", "posts.jsonl")
    return "\n".join(_fold(json.loads(line)["text"]) for name in names
                     for line in (ROOT / "tools" / "data" / name).read_text(encoding="utf-8").splitlines() if line)


def articles(lines: list[str]) -> list[tuple[list[str], list[str]]]:
    """(headline lines, body sentences) of each article, in the order of the text."""
    out: list[tuple[list[str], list[str]]] = []
    heads: list[str] = []
    body: list[str] = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if _HEADLINE.search(line) and len(line) <= 40:
            if body:
                out.append((heads, body))
                heads, body = [], []
            heads.append(line)
        else:
            body.append(line)
    if body:
        out.append((heads, body))
    return out


def build(out: Path, limit: int) -> int:
    used = _used()
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for heads, body in articles(MSR.read_text(encoding="utf-8").splitlines()):
        if not heads or len(body) < 3 or any(_fold(s)[:30] in used for s in body if len(s) >= 12):
            continue
        written += 1
        (out / f"msr_{written:04d}.txt").write_text("\n".join(heads) + "\n\n" + "\n".join(body) + "\n",
                                                    encoding="utf-8")
        if written >= limit:
            break
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.build.pd_news", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("pd_news"), help="the folder to write (default: %(default)s)")
    ap.add_argument("--articles", type=int, default=300, help="at most this many articles (default: %(default)s)")
    a = ap.parse_args(argv)
    if not MSR.exists():
        ap.error(f"{MSR} not found: the development corpora are in ../shared/data beside a development checkout")
    print(f"{build(a.out, a.articles)} articles in {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
