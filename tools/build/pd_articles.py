"""Build tests/data/pd_articles.txt: People's Daily-style text, one paragraph a line, with headlines.

Articles are made of People's Daily 1998 sentences (the NER test split, ../shared/data): a title
(a short line of the corpus with no punctuation, as printed above an article), then the
sentence with a dateline (本报北京5月15日讯, 新华社…电) and the sentences after it up to the next
dateline (at most six), one to three to a paragraph, each paragraph one line. One article has a
list of items ((一), (二)) and one a weather report (北京 多云 18℃/8℃) after its first
paragraph, on lines of their own. Seed 16, fixed before the file was first built. This is the layout of news
scraped from the web that cleanup must leave as it is; ``tests/test_normalize.py`` checks that
``articles`` finds every title on it.

    python -m tools.build.pd_articles
"""

from __future__ import annotations

import random
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "data" / "ner" / "peoples_daily_test.bio"
OUT = ROOT / "tests" / "data" / "pd_articles.txt"
DATELINE = regex.compile(r"(?:本报|新华社)\S{0,12}[电讯]")
TITLE = regex.compile(r"^[^。！？，；：、“”—－\-]{8,20}$")
ARTICLES = 12
LIST = ["（一）加强领导，明确责任；", "（二）广泛宣传，营造氛围；", "（三）严格检查，狠抓落实。"]
WEATHER = ["北京 多云 18℃/8℃", "上海 小雨 20℃/14℃", "广州 雷阵雨 29℃/23℃"]


def sentences() -> list[str]:
    out, cur = [], []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append("".join(cur))
                cur = []
        else:
            cur.append(line.split()[0])
    return out


def main() -> None:
    if not SOURCE.exists():
        raise SystemExit(f"{SOURCE} not found")
    rng = random.Random(16)
    s = sentences()
    titles = [x for x in s if TITLE.match(x) and not x.startswith(("新华社", "本报"))]
    starts = [i for i, x in enumerate(s) if DATELINE.match(x)]
    bodies = []  # from a dateline up to the next one, at most six sentences: one article's
    for i, j in zip(starts, starts[1:]):
        if j - i >= 3:
            bodies.append(s[i:min(j, i + 6)])
    lines: list[str] = []
    for n, (title, body) in enumerate(zip(rng.sample(titles, ARTICLES), rng.sample(bodies, ARTICLES), strict=True)):
        lines += ["", title]
        paragraphs = []
        while body:
            k = rng.randint(1, 3)
            paragraphs.append("".join(body[:k]))
            body = body[k:]
        if n == 3:
            paragraphs[1:1] = LIST  # the items of a list under the first paragraph
        if n == 7:
            paragraphs[1:1] = WEATHER  # a weather report inside the article
        lines += paragraphs
    OUT.write_text("\n".join(lines).lstrip("\n") + "\n", encoding="utf-8")
    print(f"{OUT}: {ARTICLES} articles, {len(lines)} lines")


if __name__ == "__main__":
    main()
