"""Reproduce the seeded candidate orders the annotated sets were drawn from.

    python sample_candidates.py quotes-msra-direct 0 30    # anchors d0..d29 (see ANNOTATION.md)
    python sample_candidates.py quotes-msra-indirect 0 10
    python sample_candidates.py quotes-msr 0 17            # articles m0..m16
    python sample_candidates.py quotes-msr-more 0 10       # the third set's MSR articles n0..n9
    python sample_candidates.py quotes-msr-third 0 8       # the fifth set's MSR articles o0..o7
    python sample_candidates.py quotes-pd 0 30
    python sample_candidates.py quotes-pd-more 0 2         # the eighth set's further People's Daily pool
    python sample_candidates.py quotes-cluener 0 46
    python sample_candidates.py posts-A-msra 0 125         # also posts-A-msr, -pd_test, -pd_dev, -cluener
    python sample_candidates.py posts-B-msra 0 10          # also posts-B-msr, ...

Each line: rank, sentence index (MSRA anchors: file sentence number; MSR: line of the article's
first body sentence), text. What was taken from each list, and why items were skipped, is in
ANNOTATION.md ("Sampling").
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sources import msra_fixed, msr_lines, pd, cluener  # noqa: E402

DIRECT = re.compile(r"[：:][“「]|^[“「]|[”」][，,]?(他|她|[^\s，。“”]{1,12})(说|表示|指出|强调|称|介绍|坦言|告诉|问|答道|回答)")
INDIRECT = re.compile(r"(说|表示|指出|强调|认为|介绍|声称|宣称|称|宣布|透露|告诉记者|坦言|表态)[，,：]")
SPEECH = re.compile(r"(说|表示|称|透露|坦言|指出)[：:“]")
POS = re.compile(r"总理|主席|总统|首相|部长|外长|局长|书记|委员长|省长|市长|县长|区长|乡长|镇长|厂长|校长|院长|所长|总经理|经理|董事长|董事|总裁|主任|秘书长|会长|理事长|司令|政委|大使|发言人|处长|科长|队长|教练|总监|行长|社长|总编|主编|议长|州长|国务卿|常委|委员|总干事|领事|参赞|组长|团长|馆长|站长|CEO|ceo|首席")
TITLE = re.compile(r"记者|同志|先生|女士|小姐|教授|博士|院士|师傅|老师|专家|通讯员")


def msra_anchors() -> tuple[list[int], list[int]]:
    m = msra_fixed()
    d = [i for i, s in enumerate(m) if DIRECT.search(s) and 10 < i < len(m) - 10]
    ind = [i for i, s in enumerate(m) if INDIRECT.search(s) and not DIRECT.search(s) and 10 < i < len(m) - 10]
    r = random.Random(1801)
    r.shuffle(d)
    r.shuffle(ind)
    return d, ind


def msr_articles() -> list[tuple[int, list[str], list[str]]]:
    s = [x.strip() for x in msr_lines()]
    is_head = lambda x: x and x[-1] not in "。！？”）…』：；" and len(x) < 45  # noqa: E731
    arts, cur, start = [], [], 0
    for i, x in enumerate(s):
        if is_head(x) and cur and not is_head(cur[-1]):
            arts.append((start, cur))
            cur, start = [], i
        cur.append(x)
    if cur:
        arts.append((start, cur))
    out = []
    for st, lines in arts:
        k = 0
        while k < len(lines) and is_head(lines[k]):
            k += 1
        out.append((st, lines[:k], lines[k:]))
    return out


def msr_candidates():
    arts = msr_articles()
    c = [n for n, (st, head, body) in enumerate(arts)
         if sum(1 for l in body[:12] if DIRECT.search(l) or INDIRECT.search(l)) >= 3]
    random.Random(1802).shuffle(c)
    return [(arts[n][0] + len(arts[n][1]), "".join(arts[n][2][:1])) for n in c]


def msr_candidates_more():
    """The third set's MSR list (the first list's 27 articles were all used by the first two sets):
    the articles with exactly 2 speech lines among their first 12 body sentences, shuffled with
    random.Random(1822)."""
    arts = msr_articles()
    c = [n for n, (st, head, body) in enumerate(arts)
         if sum(1 for l in body[:12] if DIRECT.search(l) or INDIRECT.search(l)) == 2]
    random.Random(1822).shuffle(c)
    return [(arts[n][0] + len(arts[n][1]), "".join(arts[n][2][:1])) for n in c]


def msr_candidates_third():
    """The fifth set's MSR list (the second list's 28 articles were all read by the third and fourth
    sets): the articles with exactly 1 speech line among their first 12 body sentences (39 articles),
    shuffled with random.Random(1823); disjoint from the first two lists by construction."""
    arts = msr_articles()
    c = [n for n, (st, head, body) in enumerate(arts)
         if sum(1 for l in body[:12] if DIRECT.search(l) or INDIRECT.search(l)) == 1]
    random.Random(1823).shuffle(c)
    return [(arts[n][0] + len(arts[n][1]), "".join(arts[n][2][:1])) for n in c]


def pd_candidates():
    mset = set(_raw_msra())  # sentences of MSRA as stored (People's Daily sentences are in it)
    out = []
    for name, sents in (("pd_test", pd("test")), ("pd_dev", pd("dev"))):
        for i, s in enumerate(sents):
            if s in mset or s.startswith("”") or s.count("“") != s.count("”"):
                continue
            if DIRECT.search(s) or INDIRECT.search(s):
                out.append((f"{name}-{i}", s))
    random.Random(1803).shuffle(out)
    return out


def pd_candidates_more():
    """The eighth set's further People's Daily pool (quotes-pd was used up by the seventh set): sentences
    not in MSRA, with balanced quotation marks, not opening with a stray closing mark, that match the
    SPEECH pattern (the third pattern cluener_candidates uses) but neither DIRECT nor INDIRECT, so none is
    in quotes-pd; shuffled with random.Random(1825). Two sentences."""
    mset = set(_raw_msra())
    out = []
    for name, sents in (("pd_test", pd("test")), ("pd_dev", pd("dev"))):
        for i, s in enumerate(sents):
            if s in mset or s.startswith("”") or s.count("“") != s.count("”"):
                continue
            if SPEECH.search(s) and not (DIRECT.search(s) or INDIRECT.search(s)):
                out.append((f"{name}-{i}", s))
    random.Random(1825).shuffle(out)
    return out


def _raw_msra():
    from sources import msra_raw
    return msra_raw()


def cluener_candidates():
    out = []
    for i, s in enumerate(cluener()):
        if s.count("“") != s.count("”"):
            continue
        if DIRECT.search(s) or INDIRECT.search(s) or SPEECH.search(s):
            out.append((f"cluener-{i}", s))
    random.Random(1804).shuffle(out)
    return out


def post_pools():
    """Pool A: 15-150 characters, a position word; pool B: a title word and no position word.
    Sentences inside a quote passage are left out (the quote set as it was when the pools were
    drawn: all passages but m12 and m14, added later; no post sentence is inside those either)."""
    from build_eval import build_quotes
    qtexts = [r["text"] for r in build_quotes() if r["id"] not in ("m12", "m14")]
    ok = lambda s: 15 <= len(s) <= 150 and not any(s in t for t in qtexts)  # noqa: E731
    pdset = set(pd("test")) | set(pd("dev"))
    m = msra_fixed()
    mset = set(m)
    src = {"msra": [(i, s) for i, s in enumerate(m) if s not in pdset],
           "msr": list(enumerate(msr_lines())),
           "pd_test": [(i, s) for i, s in enumerate(pd("test")) if s not in mset],
           "pd_dev": [(i, s) for i, s in enumerate(pd("dev")) if s not in mset],
           "cluener": list(enumerate(cluener()))}
    A, B = {}, {}
    for k, lst in src.items():
        a = [(f"{k}-{i}", s) for i, s in lst if ok(s) and POS.search(s)]
        b = [(f"{k}-{i}", s) for i, s in lst if ok(s) and not POS.search(s) and TITLE.search(s)]
        random.Random("posts-" + k).shuffle(a)
        random.Random("titles-" + k).shuffle(b)
        A[k], B[k] = a, b
    return A, B


def main() -> None:
    which, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if which.startswith("quotes-msra"):
        d, ind = msra_anchors()
        lst = d if which.endswith("direct") and not which.endswith("indirect") else ind
        m = msra_fixed()
        items = [(i, m[i]) for i in lst]
    elif which == "quotes-msr":
        items = msr_candidates()
    elif which == "quotes-msr-more":
        items = msr_candidates_more()
    elif which == "quotes-msr-third":
        items = msr_candidates_third()
    elif which == "quotes-pd":
        items = pd_candidates()
    elif which == "quotes-pd-more":
        items = pd_candidates_more()
    elif which == "quotes-cluener":
        items = cluener_candidates()
    else:
        _, pool, src = which.split("-", 2)
        A, B = post_pools()
        items = (A if pool == "A" else B)[src]
    for n in range(lo, min(hi, len(items))):
        print(n, items[n][0], items[n][1])


if __name__ == "__main__":
    main()
