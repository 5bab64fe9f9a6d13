"""Sample and build the ``final4`` split of tools/data/numbers_news.jsonl (issue 16).

    python tools/data/annotation/numbers_final4.py sample          # print the drawn sentences
    python tools/data/annotation/numbers_final4.py build --out F   # write the final4 records to F
    python tools/data/annotation/numbers_final4.py build --check   # compare with numbers_news.jsonl

No kmytext code runs here: the sentences are drawn from ../shared/data with a seeded
generator, and the hand annotations (``numbers_final4_ann.py``: substrings, never offsets)
are placed by searching each substring after the previous mention.

Sampling (see NUMBERS.md, "The final4 split"):
1. sources as in sources.py: MSRA NER train sentences, CLUENER 2020 train ``text``, People's
   Daily 1998 NER test and dev sentences, SIGHAN MSR test lines;
2. a sentence is left out when it shares any 12 characters (after NFKC folding, whitespace
   removed, ``·`` read as ``.``) with any text of tools/data's (as at commit BASE) numbers.jsonl,
   numbers_news.jsonl (its final4 records aside), numbers_suite.jsonl, quotes.jsonl or posts.jsonl
   (or, if shorter than 12, when it occurs inside one), or with a sentence drawn before it;
3. length 12 to 90 characters;
4. numeric pool: the regex NUM; non-number pool: no match of NUM and no digit, but one of the
   words of NONNUMBER (names and idioms holding numeral characters);
5. ``random.Random(SEED)``: each source's pool is shuffled and the first QUOTA[source] are taken.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sources import ROOT, cluener, msr_lines, msra_raw, pd  # noqa: E402

SEED = 20261203
SPLIT = "final4"
# The texts to exclude are read as they were at the commit final4 was drawn at (main at 9d0d6a2): the files gained texts
# later (quotes.jsonl and posts.jsonl, later numbers splits), which would change the draw.
BASE = "9d0d6a23ced4643197fee3722035520e6b74b5d8"
FILES = ["numbers.jsonl", "numbers_news.jsonl", "numbers_suite.jsonl", "quotes.jsonl", "posts.jsonl"]
NUM = re.compile(r"[0-9０-９]|[一二两三四五六七八九十百千万亿零〇○]+[个年月日名家项元米%％岁天人次吨位倍件条号时分秒度]"
                 r"|百分之|第[一二三四五六七八九十]")
NONNUMBER = ["统一", "唯一", "一致", "万一", "千方百计", "十五大", "二战", "一国两制", "三峡", "四川", "五角大楼",
             "百度", "三星", "九寨沟", "百姓", "千万", "万分", "一举", "七嘴八舌", "三番五次", "四面八方",
             "五湖四海", "十分", "百货", "千里", "万岁", "一律", "一流", "第一线", "一带一路", "八路军", "一贯"]
QUOTA = {"msra": 50, "cluener": 30, "peoples_daily": 15, "msr": 15}
QUOTA_NON = {"msra": 5, "cluener": 3, "peoples_daily": 2, "msr": 2}
K = 12


def fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).replace("·", ".")


def used_texts() -> list[str]:
    out = []
    for name in FILES:
        blob = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASE}:tools/data/{name}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
        for line in blob.splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == SPLIT:
                    continue  # this set itself, once written into numbers_news.jsonl
                out.append(fold(row["text"]))
    return out


def shingles(s: str) -> set[str]:
    return {s[i:i + K] for i in range(len(s) - K + 1)}


def sources() -> dict[str, list[str]]:
    return {"msra": msra_raw(), "cluener": cluener(), "peoples_daily": pd("test") + pd("dev"),
            "msr": msr_lines()}


def nonnumber(s: str) -> bool:
    return not NUM.search(s) and not re.search(r"[0-9０-９]", s) and any(w in s for w in NONNUMBER)


def sample() -> list[dict]:
    used = used_texts()
    seen = set().union(*(shingles(t) for t in used))
    joined = "\n".join(used)
    rng = random.Random(SEED)
    out = []
    for pool, quota, test in (("numbers", QUOTA, NUM.search), ("nonnumber", QUOTA_NON, nonnumber)):
        for src, sents in sources().items():
            idx = [i for i, s in enumerate(sents) if 12 <= len(s.strip()) <= 90 and test(s.strip())]
            rng.shuffle(idx)
            taken = 0
            for i in idx:
                if taken == quota[src]:
                    break
                s = sents[i].strip()
                f = fold(s)
                sh = shingles(f)
                if (sh & seen) or (len(f) < K and f in joined):
                    continue
                seen |= sh
                out.append({"text": s, "source": src, "pool": pool, "index": i})
                taken += 1
    return out


def build() -> list[dict]:
    from numbers_final4_ann import ANN, DROPPED

    cands = sample()
    rows = []
    for n, c in enumerate(cands):
        if n in DROPPED:
            continue
        text, mentions, end = c["text"], [], 0
        for spec in ANN[n]:
            sub, kind, value, value_max, unit, approx, direction = (list(spec) + [None] * 7)[:7]
            start = text.index(sub, end)
            end = start + len(sub)
            mentions.append({"start": start, "end": end, "text": sub, "kind": kind, "value": value,
                             "value_max": value_max, "unit": unit, "approx": approx, "direction": direction})
        rows.append({"text": text, "source": c["source"], "split": SPLIT, "mentions": mentions})
    assert set(ANN) == set(range(len(cands))) - set(DROPPED), "every sentence annotated or dropped"
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["sample", "build"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    if a.what == "sample":
        for n, c in enumerate(sample()):
            print(n, c["source"], c["pool"], c["index"], c["text"], sep="\t")
        return 0
    rows = build()
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    if a.out:
        a.out.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    if a.check:
        have = [x for x in (ROOT / "tools" / "data" / "numbers_news.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(x)["split"] == SPLIT]
        assert have == lines, "numbers_news.jsonl's final4 records differ from the build"
        print(f"{len(lines)} final4 records match")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
