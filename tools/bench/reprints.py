"""A synthetic news corpus with planted reprints, and how well `kmytext reprints` finds them.

    python -m tools.bench.reprints --articles 10000 --out /tmp/kmytext-reprints-10k
    python -m tools.bench.reprints --articles 100000 --out /tmp/kmytext-reprints-100k --jobs 2
    python -m tools.bench.reprints --articles 10000 --out /tmp/kmytext-reprints-10k --passages

Builds the corpus (unless ``--out`` already holds one built with the same options), runs
``kmytext reprints`` on it in a fresh process, and prints pair precision and recall of the
planted reprint pairs, wall time and peak RSS.

The corpus (reproducible: ``--seed``): clauses of real news sentences (SIGHAN 2005 MSR, People's
Daily 1998, MSRA NER, CLUENER 2020 from ``../shared/data``), cut at ，；：。！？ and drawn at
random into new sentences, paragraphs and articles of 300-1,800 characters, so no two articles
share more than a stray clause by chance. Each article has a headline, a dateline
(``本报北京2021年3月5日电（记者 张三）``; some without a year, some with none) and sits in one of
``--outlets`` folders. A tenth of the articles are *originals* with 1-4 planted copies in other
outlets, each dated the same day or later, made in one of five ways:

- ``whole``: the text again, under another headline and byline;
- ``lead``: a new first paragraph (60-200 characters) added;
- ``half``: cut to its first half (at the first sentence end past the middle);
- ``edited``: light edits: one character in 40 replaced, one sentence dropped, a headline of its own;
- ``merged``: inside a longer article (another article's paragraphs before and after it).

Near misses, which must not count: every article carries boilerplate (a byline, and for one in
five a closing line such as ``（本报记者 王明 实习生 李华）`` from a small pool), and one article in
ten quotes a slogan (15-60 characters) from a pool of 40 that other articles quote too.

The truth is ``truth.json`` beside the articles: the planted families (the original and its
copies). A true pair is two articles of one family; a found pair is two articles of one output
cluster. Only public interfaces of kmytext are used: the command line and its CSV.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import re
import subprocess
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英建文辉玲鹏斌宇浩凯琳晶"
CITIES = ["北京", "上海", "广州", "武汉", "成都", "西安", "南京", "杭州", "乌鲁木齐", "兰州", "昆明", "长沙"]
CLOSINGS = ["（本报记者 {a} 实习生 {b}）", "（责任编辑：{a}）", "（来源：本报综合）", "（通讯员 {a} {b}）",
            "（本报记者 {a} 通讯员 {b}）"]
KINDS = ("whole", "lead", "half", "edited", "merged")


def _clauses() -> list[str]:
    """Clauses (8-30 characters, ending in their punctuation) of the news sentences in ../shared/data."""
    sentences: list[str] = []
    msr = DATA / "seg/msr_test.utf8"
    if msr.exists():
        sentences += msr.read_text(encoding="utf-8").splitlines()
    for name in ("ner/peoples_daily_dev.bio", "ner/peoples_daily_test.bio"):
        if (DATA / name).exists():
            for block in (DATA / name).read_text(encoding="utf-8").split("\n\n"):
                sentences.append("".join(line.split(" ", 1)[0] for line in block.splitlines() if line.strip()))
    if (DATA / "ner/msra_train.bio.gz").exists():
        with gzip.open(DATA / "ner/msra_train.bio.gz", "rt", encoding="utf-8") as fh:
            for block in fh.read().split("\n\n"):
                sentences.append("".join(line.split("\t", 1)[0].split(" ", 1)[0]
                                         for line in block.splitlines() if line.strip()))
    if (DATA / "ner/cluener_train.jsonl").exists():
        for line in (DATA / "ner/cluener_train.jsonl").read_text(encoding="utf-8").splitlines():
            sentences.append(json.loads(line)["text"])
    if not sentences:
        sys.exit(f"no news text found under {DATA}")
    out: set[str] = set()
    for s in sentences:
        for c in re.findall(r"[^，；：。！？,;:!?]+[，；：。！？,;:!?]?", s.strip()):
            c = c.strip()
            if 8 <= len(c) <= 30 and not re.search(r"[\s\"“”]", c):
                out.add(c.rstrip("，；：。！？,;:!?"))
    return sorted(out)


class Writer:
    """Draws articles of random clauses."""

    def __init__(self, rng: random.Random, clauses: list[str]) -> None:
        self.rng, self.clauses = rng, clauses

    def sentence(self) -> str:
        parts = self.rng.sample(self.clauses, self.rng.randint(2, 4))
        return "，".join(parts) + self.rng.choice("。。。。！")

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rng.randint(2, 4)))

    def body(self, chars: int) -> list[str]:
        paras: list[str] = []
        while sum(map(len, paras)) < chars:
            paras.append(self.paragraph())
        return paras

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, self.rng.randint(1, 2)))

    def headline(self) -> str:
        return self.rng.choice(self.clauses)[:18]

    def dateline(self, date: tuple[int, int, int] | None, city: str) -> str:
        """A dateline: with the year (most), without it, or none."""
        name = self.name()
        if date is None:
            return ""
        y, m, d = date
        roll = self.rng.random()
        if roll < 0.8:
            return f"本报{city}{y}年{m}月{d}日电（记者 {name}）"
        return f"{m}月{d}日，"


def _date(day: int) -> tuple[int, int, int]:
    import datetime

    d = datetime.date(2021, 1, 1) + datetime.timedelta(days=day)
    return d.year, d.month, d.day


def _article(w: Writer, paras: list[str], day: int | None, *, slogan: str | None, closing: str | None,
             headline: str | None = None) -> tuple[str, str | None]:
    """The file text and the ISO date a reader of its dateline should find (None: none, or no year)."""
    date = _date(day) if day is not None else None
    line = w.dateline(date, w.rng.choice(CITIES))
    iso = f"{date[0]}-{date[1]:02d}-{date[2]:02d}" if date and line.startswith("本报") else None
    body = list(paras)
    if slogan:
        i = w.rng.randrange(len(body))
        body[i] = body[i] + f"“{slogan}。”"
    if line.startswith("本报"):
        body[0] = line + "\n" + body[0]
    else:
        body[0] = line + body[0]
    text = (headline or w.headline()) + "\n\n" + "\n".join(body)
    if closing:
        text += "\n" + closing
    return text + "\n", iso


def build(out: Path, *, articles: int, outlets: int, seed: int) -> None:
    rng = random.Random(seed)
    w = Writer(rng, _clauses())
    slogans = [w.rng.choice(w.clauses) + "，" + w.rng.choice(w.clauses) for _ in range(40)]
    slogans = [s[:60] for s in slogans]
    closings = [c.format(a=w.name(), b=w.name()) for c in CLOSINGS for _ in range(3)]
    names = [f"outlet_{i:02d}" for i in range(outlets)]
    for n in names:
        (out / n).mkdir(parents=True, exist_ok=True)
    families: list[dict[str, object]] = []
    ids: list[str] = []

    def extras() -> dict[str, str | None]:
        return {"slogan": rng.choice(slogans) if rng.random() < 0.1 else None,
                "closing": rng.choice(closings) if rng.random() < 0.2 else None}

    def add(outlet: str, text: str) -> str:
        name = f"{outlet}/{len(ids):06d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        ids.append(name)
        return name

    while len(ids) < articles:
        outlet = rng.choice(names)
        day = rng.randrange(365)
        paras = w.body(rng.randint(300, 1800))
        text, _ = _article(w, paras, day if rng.random() > 0.05 else None, **extras())
        if rng.random() >= 0.1 or sum(map(len, paras)) < 400 or len(ids) + 5 > articles:
            add(outlet, text)
            continue
        family = {"original": add(outlet, text), "copies": []}
        for outlet_copy in rng.sample([n for n in names if n != outlet], rng.randint(1, 4)):
            kind = rng.choice(KINDS)
            body = list(paras)
            headline = None
            if kind == "lead":
                body = [w.body(rng.randint(60, 200))[0][:200]] + body
            elif kind == "half":
                body = _first_half(paras)
            elif kind == "edited":
                body = [_edit(rng, p, w.clauses) for p in body]
                headline = w.headline()
            elif kind == "merged":
                body = w.body(rng.randint(200, 900)) + body + w.body(rng.randint(200, 900))
            lag = rng.choice([0, 0, 1, 2, 3, 7])
            copy_day = day + lag if rng.random() > 0.1 else None
            copy_text, _ = _article(w, body, copy_day, headline=headline, **extras())
            family["copies"].append({"doc": add(outlet_copy, copy_text), "kind": kind})  # type: ignore[attr-defined]
        families.append(family)
    (out / "truth.json").write_text(json.dumps({"articles": articles, "outlets": outlets, "seed": seed,
                                                "families": families}, ensure_ascii=False, indent=0),
                                    encoding="utf-8")


def _first_half(paras: list[str]) -> list[str]:
    """The paragraphs up to the first sentence end past half the text."""
    half = sum(map(len, paras)) // 2
    out: list[str] = []
    for p in paras:
        if sum(map(len, out)) + len(p) <= half:
            out.append(p)
            continue
        need = half - sum(map(len, out))
        end = next((m.end() for m in re.finditer(r"[。！？]", p) if m.end() >= need), len(p))
        out.append(p[:end])
        break
    return out


def _edit(rng: random.Random, paragraph: str, clauses: list[str]) -> str:
    """One character in 40 replaced by another Chinese character, one sentence in five dropped."""
    sentences = re.findall(r"[^。！？]+[。！？]?", paragraph)
    if len(sentences) > 2:
        del sentences[rng.randrange(len(sentences))]
    chars = list("".join(sentences))
    for i in range(len(chars)):
        if "\u4e00" <= chars[i] <= "\u9fff" and rng.random() < 1 / 40:
            chars[i] = rng.choice(rng.choice(clauses))
    return "".join(chars)


def truth_pairs(truth: dict[str, object]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for f in truth["families"]:  # type: ignore[attr-defined]
        docs = [f["original"], *(c["doc"] for c in f["copies"])]
        pairs |= {tuple(sorted(p)) for p in combinations(docs, 2)}  # type: ignore[misc]
    return pairs


def found_pairs(rows: list[dict[str, str]], root: Path) -> set[tuple[str, str]]:
    clusters: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        clusters[r["cluster"]].append(Path(r["doc"]).relative_to(root).as_posix())
    return {tuple(sorted(p)) for docs in clusters.values() for p in combinations(docs, 2)}  # type: ignore[misc]


def passages(corpus: Path, *, trials: int = 100, seed: int = 1) -> None:
    """How often a shared passage of L letters inside two unrelated articles is found (candidate
    pair and alignment, ``min_containment=0``), for several L: what the chunking can see."""
    from kmytext.news.reprints import candidates, compare, signature
    from kmytext.text.document import Document

    rng = random.Random(seed)
    files = sorted(corpus.glob("outlet_*/*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in rng.sample(files, 3 * trials)]
    for letters in (100, 150, 200, 300, 400):
        found = 0
        for t in range(trials):
            a, b, src = texts[3 * t:3 * t + 3]
            start = rng.randrange(0, max(1, len(src) - 2 * letters))
            shared = src[start:start + int(letters * 1.12)]  # about 1.12 characters a letter
            ia, ib = rng.randrange(len(a)), rng.randrange(len(b))
            da, db = Document("a", a[:ia] + shared + a[ia:]), Document("b", b[:ib] + shared + b[ib:])
            if candidates([signature(da), signature(db)]) and compare(
                    da, db, min_length=min(letters, 100) - 10, min_containment=0) is not None:
                found += 1
        print(f"a shared passage of {letters} letters: found in {found} of {trials} pairs", flush=True)


_RUN = """
import resource, runpy, sys, time
sys.argv = ["kmytext", *sys.argv[1:]]
t = time.perf_counter()
try:
    runpy.run_module("kmytext", run_name="__main__")
except SystemExit:
    pass
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
print(f"{me.ru_maxrss} {kids.ru_maxrss} {cpu}", file=sys.stderr)
"""


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m tools.bench.reprints", description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--outlets", type=int, default=20)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--out", type=Path, required=True, help="folder for the corpus (built if missing)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--show", type=int, default=5, help="misses and false pairs to print")
    ap.add_argument("--passages", action="store_true",
                    help="instead: how often shared passages of 100-400 letters are found")
    args = ap.parse_args()
    truth_file = args.out / "truth.json"
    meta = {"articles": args.articles, "outlets": args.outlets, "seed": args.seed}
    if not truth_file.exists() or {k: json.loads(truth_file.read_text(encoding="utf-8"))[k] for k in meta} != meta:
        t = time.perf_counter()
        build(args.out, **meta)
        print(f"built {args.articles} articles in {args.out} ({time.perf_counter() - t:.0f} s)", flush=True)
    if args.build_only:
        return
    if args.passages:
        passages(args.out)
        return
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    corpus = args.out
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RUN, "reprints", *(str(corpus / n) for n in sorted(
        p.name for p in corpus.iterdir() if p.is_dir())), "-f", "csv", "--no-bom", "-j", str(args.jobs)],
        cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(done.stderr)
    own, kids, cpu = done.stderr.split()[-3:]
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    want, got = truth_pairs(truth), found_pairs(rows, corpus)
    hit = want & got
    precision = len(hit) / len(got) if got else 1.0
    recall = len(hit) / len(want) if want else 1.0
    print(f"{args.articles} articles, {len(truth['families'])} planted families, {len(want)} true pairs; "
          f"found {len(got)} pairs in {len({r['cluster'] for r in rows})} clusters")
    print(f"pair precision {precision:.4f}  recall {recall:.4f}")
    print(f"wall {wall:.1f} s, CPU {float(cpu):.1f} s (all processes); peak RSS main {int(own) / 1024:.0f} MB, "
          f"largest worker {int(kids) / 1024:.0f} MB")
    kind = {c["doc"]: c["kind"] for f in truth["families"] for c in f["copies"]}
    misses = sorted(want - got)
    by_kind: dict[str, int] = defaultdict(int)
    for a, b in misses:
        by_kind["/".join(sorted((kind.get(a, "original"), kind.get(b, "original"))))] += 1
    if misses:
        print("missed pairs by kind:", dict(sorted(by_kind.items(), key=lambda x: -x[1])))
    for a, b in misses[:args.show]:
        print("  missed", a, kind.get(a, "original"), b, kind.get(b, "original"))
    for a, b in sorted(got - want)[:args.show]:
        print("  false", a, b)


if __name__ == "__main__":
    main()
