"""Sample and build the fresh held-back splits of tools/data/numbers_news.jsonl (issue 16),
``final3`` and ``final4``:

    python tools/data/annotation/fresh_numbers.py final4 sample          # print the drawn sentences
    python tools/data/annotation/fresh_numbers.py final4 build --out F   # write the final4 records to F
    python tools/data/annotation/fresh_numbers.py final4 build --check   # compare with numbers_news.jsonl

:data:`SETS` gives each split's seed, quotas and the commit whose set texts its draw excludes;
``numbers_final3_ann.py`` and ``numbers_final4_ann.py`` hold the hand annotations, written with
the forms below.

No kmytext code runs here: the sentences are drawn from ../shared/data with a seeded
generator, and the hand annotations (substrings, never offsets) are placed by searching each
substring after the previous mention.

Sampling (see NUMBERS.md, "The final3 split"):
1. sources as in sources.py: MSRA NER train sentences, CLUENER 2020 train ``text``, People's
   Daily 1998 NER test and dev sentences, SIGHAN MSR test lines;
2. a sentence is left out when it shares any 12 characters (after NFKC folding, whitespace
   removed, ``·`` read as ``.``) with any text of tools/data's numbers.jsonl,
   numbers_news.jsonl (the set's own records aside), numbers_suite.jsonl, quotes.jsonl or
   posts.jsonl as they were at the set's commit (or, if shorter than 12, when it occurs
   inside one), or with a sentence drawn before it;
3. length 12 to 90 characters;
4. numeric pool: the regex NUM; non-number pool: no match of NUM and no digit, but one of the
   words of NONNUMBER (names and idioms holding numeral characters);
5. ``random.Random(seed)``: each source's pool is shuffled and the first quota[source] are taken.
"""
from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sources import ROOT, cluener, msr_lines, msra_raw, pd  # noqa: E402

FILES = ["numbers.jsonl", "numbers_news.jsonl", "numbers_suite.jsonl", "quotes.jsonl", "posts.jsonl"]
NUM = re.compile(r"[0-9０-９]|[一二两三四五六七八九十百千万亿零〇○]+[个年月日名家项元米%％岁天人次吨位倍件条号时分秒度]"
                 r"|百分之|第[一二三四五六七八九十]")
NONNUMBER = ["统一", "唯一", "一致", "万一", "千方百计", "十五大", "二战", "一国两制", "三峡", "四川", "五角大楼",
             "百度", "三星", "九寨沟", "百姓", "千万", "万分", "一举", "七嘴八舌", "三番五次", "四面八方",
             "五湖四海", "十分", "百货", "千里", "万岁", "一律", "一流", "第一线", "一带一路", "八路军", "一贯"]
K = 12


# The annotation forms of the *_ann.py files: (substring, kind, value, value_max, unit, approx, direction).
def M(s, v, unit="元", approx=None, d=None, vmax=None):  # money
    return (s, "money", v, vmax, unit, approx, d)


def P(s, v, unit="%", approx=None, d=None, vmax=None):  # percent
    return (s, "percent", v, vmax, unit, approx, d)


def D(s, v, vmax=None, approx=None):  # date
    return (s, "date", v, vmax, None, approx, None)


def T(s, v, vmax=None, approx=None):  # time
    return (s, "time", v, vmax, None, approx, None)


def U(s, v, unit, approx=None, d=None, vmax=None):  # duration
    return (s, "duration", v, vmax, unit, approx, d)


def Q(s, v, unit, approx=None, d=None, vmax=None):  # quantity
    return (s, "quantity", v, vmax, unit, approx, d)


def O(s, v, unit=None):  # ordinal
    return (s, "ordinal", v, None, unit, None, None)


def N(s, v, approx=None, d=None, vmax=None, unit=None):  # number
    return (s, "number", v, vmax, unit, approx, d)


def fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).replace("·", ".")


def shingles(s: str) -> set[str]:
    return {s[i:i + K] for i in range(len(s) - K + 1)}


def sources() -> dict[str, list[str]]:
    return {"msra": msra_raw(), "cluener": cluener(), "peoples_daily": pd("test") + pd("dev"),
            "msr": msr_lines()}


def nonnumber(s: str) -> bool:
    return not NUM.search(s) and not re.search(r"[0-9０-９]", s) and any(w in s for w in NONNUMBER)


@dataclass(frozen=True)
class FreshSet:
    """One fresh held-back split: its name, seed, quotas per source (numeric and non-number
    pools), the commit whose set texts the draw excludes (files gained texts later, which
    would change the draw) and the module of its annotations."""

    split: str
    seed: int
    base: str
    quota: dict[str, int]
    quota_non: dict[str, int]
    annotations: str

    def used_texts(self) -> list[str]:
        out = []
        for name in FILES:
            blob = subprocess.run(["git", "-C", str(ROOT), "show", f"{self.base}:tools/data/{name}"],
                                  check=True, capture_output=True).stdout.decode("utf-8")
            for line in blob.splitlines():
                if line.strip():
                    row = json.loads(line)
                    if row.get("split") == self.split:
                        continue  # this set itself, once written into numbers_news.jsonl
                    out.append(fold(row["text"]))
        return out

    def sample(self) -> list[dict]:
        used = self.used_texts()
        seen = set().union(*(shingles(t) for t in used))
        joined = "\n".join(used)
        rng = random.Random(self.seed)
        out = []
        for pool, quota, test in (("numbers", self.quota, NUM.search), ("nonnumber", self.quota_non, nonnumber)):
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

    def build(self) -> list[dict]:
        ann = importlib.import_module(self.annotations)
        cands = self.sample()
        rows = []
        for n, c in enumerate(cands):
            if n in ann.DROPPED:
                continue
            text, mentions, end = c["text"], [], 0
            for spec in ann.ANN[n]:
                sub, kind, value, value_max, unit, approx, direction = (list(spec) + [None] * 7)[:7]
                start = text.index(sub, end)
                end = start + len(sub)
                mentions.append({"start": start, "end": end, "text": sub, "kind": kind, "value": value,
                                 "value_max": value_max, "unit": unit, "approx": approx, "direction": direction})
            rows.append({"text": text, "source": c["source"], "split": self.split, "mentions": mentions})
        assert set(ann.ANN) == set(range(len(cands))) - set(ann.DROPPED), "every sentence annotated or dropped"
        return rows



# Each set's draw excludes the set texts as they were at the commit it was drawn at: the files
# gained texts later (quotes.jsonl and posts.jsonl, later splits), which would change the draw.
SETS = {
    "final3": FreshSet("final3", 20261216, "5ff40e2896ce00ca8ef59aa300b7dc91c845120c",  # numbers-16 at 5ff40e2
                       {"msra": 75, "cluener": 35, "peoples_daily": 22, "msr": 18},
                       {"msra": 8, "cluener": 5, "peoples_daily": 4, "msr": 3}, "numbers_final3_ann"),
    "final4": FreshSet("final4", 20261203, "9d0d6a23ced4643197fee3722035520e6b74b5d8",  # main at 9d0d6a2
                       {"msra": 50, "cluener": 30, "peoples_daily": 15, "msr": 15},
                       {"msra": 5, "cluener": 3, "peoples_daily": 2, "msr": 2}, "numbers_final4_ann"),
}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", choices=sorted(SETS))
    ap.add_argument("what", choices=["sample", "build"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    fresh = SETS[a.split]
    if a.what == "sample":
        for n, c in enumerate(fresh.sample()):
            print(n, c["source"], c["pool"], c["index"], c["text"], sep="\t")
        return 0
    lines = [json.dumps(r, ensure_ascii=False) for r in fresh.build()]
    if a.out:
        a.out.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    if a.check:
        have = [x for x in (ROOT / "tools" / "data" / "numbers_news.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(x)["split"] == fresh.split]
        assert have == lines, f"numbers_news.jsonl's {fresh.split} records differ from the build"
        print(f"{len(lines)} {fresh.split} records match")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
