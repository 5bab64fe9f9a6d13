"""A People's Daily-style folder of dated articles, for trying ``kmytext timeline`` and
``kmytext network`` on news that names real people and organisations.

    python -m tools.build.news_folder --out pd_dated
    python -m tools.build.news_folder --out pd_dated --articles 2000 --seed 2

The text is real: consecutive sentences of the MSRA NER training set (SIGHAN 2006; news, the
People's Daily 1998 sentences among them), grouped into articles of 6-14 sentences (so an
article may begin in one story and end in the next). The file holds each story's sentences last
to first, so it is read from its end, where the sentences come in their order. The rest is made up, reproducibly (``--seed``): a headline (the first
clause of the first sentence), paragraphs of 2-4 sentences, and a date. The corpus keeps no
dates, so the articles are spread evenly over the first half of 1998 in corpus order: the
counts by date show the tools at work, not the news of 1998. Seven articles in ten open with a
dateline that prints the year (``本报北京1998年3月5日电（记者 王明）``), one in five with one that does
not (``本报讯 3月5日，``), the rest with none. Every file has its date in its name
(``pd_dated/1998/03/19980305_012.txt``), for ``--date-from-name``.

Note that kmytext's entity model was trained on People's Daily 1998 sentences that MSRA also
holds (see ``kmytext/data/ner.md``): on this folder it finds names better than on unseen news.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MSRA = ROOT.parent / "shared" / "data" / "ner" / "msra_train.bio.gz"
START = datetime.date(1998, 1, 1)
DAYS = 181  # January to June
CITIES = ["北京", "上海", "广州", "武汉", "成都", "西安", "南京", "沈阳", "兰州", "乌鲁木齐"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "明华伟芳敏静丽强磊军洋勇艳杰娟涛超平刚英"


def sentences(path: Path) -> list[str]:
    """The sentences of a BIO file (a character and its tag a line, a blank line between
    sentences), in file order."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        blocks = fh.read().split("\n\n")
    out = []
    for block in blocks:
        text = "".join(line.split("\t", 1)[0].split(" ", 1)[0] for line in block.splitlines() if line.strip())
        if text:
            out.append(text)
    return out


def article(rng: random.Random, body: list[str], date: datetime.date) -> str:
    """The file text: a headline, a blank line, paragraphs of 2-4 sentences, the first with a
    dateline (with the year, without it, or none)."""
    headline = re.split(r"[，。！？：；、“”]", body[0])[0][:20] or body[0][:20]
    roll = rng.random()
    if roll < 0.7:
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))
        lede = f"本报{rng.choice(CITIES)}{date.year}年{date.month}月{date.day}日电（记者 {name}） "
    elif roll < 0.9:
        lede = f"本报讯 {date.month}月{date.day}日，"
    else:
        lede = ""
    paragraphs, i = [], 0
    while i < len(body):
        n = rng.randint(2, 4)
        paragraphs.append("".join(body[i:i + n]))
        i += n
    paragraphs[0] = lede + paragraphs[0]
    return headline + "\n\n" + "\n".join(paragraphs) + "\n"


def build(out: Path, *, articles: int, seed: int) -> int:
    if not MSRA.exists():
        sys.exit(f"{MSRA} not found: this tool needs ../shared/data beside the repository (see tools/README.md)")
    rng = random.Random(seed)
    pool = sentences(MSRA)[::-1]  # the file runs backwards: read from its end, a story reads in order
    at = written = 0
    while written < articles and at < len(pool):
        body = pool[at:at + rng.randint(6, 14)]
        at += len(body)
        date = START + datetime.timedelta(days=written * DAYS // articles)
        path = out / f"{date:%Y}" / f"{date:%m}" / f"{date:%Y%m%d}_{written:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, body, date), encoding="utf-8")
        written += 1
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the folder to write (made if need be)")
    parser.add_argument("--articles", type=int, default=400, help="articles to write (default 400)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.rglob("*.txt")):
        sys.exit(f"{args.out} already holds .txt files; give a new folder")
    n = build(args.out, articles=args.articles, seed=args.seed)
    print(f"{n} articles in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
