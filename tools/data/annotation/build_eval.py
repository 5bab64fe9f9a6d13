"""Build quotes.jsonl and posts.jsonl from the hand annotations.

    python build_eval.py            # write both files, after checking every offset
    python build_eval.py --show q   # print each quote passage marked up, for re-reading
    python build_eval.py --show --final3        # only the third set; --show-posts --final3 likewise
    python build_eval.py --show --final4        # only the fourth set; --show-posts --final4 likewise
    python build_eval.py --show --final5        # only the fifth set; --show-posts --final5 likewise
    python build_eval.py --show --final6        # only the sixth set; --show-posts --final6 likewise
    python build_eval.py --show --final7        # only the seventh set; --final8 ... --final21 likewise (quotes only)

Texts are rebuilt from ../shared/data (beside the repository) (see sources.py) or, for the local paper pages, copied
by hand (lines joined) into seed_texts.py. Offsets are computed here from the substrings in
quotes_ann.py / posts_ann.py, never counted by hand.
"""
from __future__ import annotations

import json
import random
import sys
from importlib import import_module
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# tools/data, or the folder given with --out DIR
OUT = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else HERE.parent

from sources import passage_text  # noqa: E402
from quotes_ann import Q  # noqa: E402
from quote_passages import QP  # noqa: E402


def _find_spec(text: str, spec: str, lo: int, hi: int, what: str) -> tuple[int, int, str]:
    """Locate spec backwards from `lo` (last occurrence ending at or before lo) or, with a
    leading '>', forwards from `hi`. 'a[b]c' matches 'abc' and returns the span of 'b'."""
    fwd = spec.startswith(">")
    if fwd:
        spec = spec[1:]
    if "[" in spec:
        pre, rest = spec.split("[", 1)
        core, post = rest.split("]", 1)
    else:
        pre, core, post = "", spec, ""
    full = pre + core + post
    if fwd:
        i = text.find(full, hi)
    else:
        i = text.rfind(full, 0, lo)
        while i != -1 and i + len(full) > lo:
            i = text.rfind(full, 0, i)
    if i == -1:
        raise ValueError(f"{what} {spec!r} not found")
    s = i + len(pre)
    return s, s + len(core), core


def resolve_quotes(pid: str, text: str, anns: list[tuple]) -> list[dict]:
    out, pos = [], 0
    for a in anns:
        qtext, kind, cue, speaker, mention = a[:5]
        ctx = a[5] if len(a) > 5 else ""  # optional text just before the quote, when its words occur earlier too
        s = text.find(ctx + qtext, pos)
        s = s + len(ctx) if s != -1 else s
        if s == -1:
            raise ValueError(f"{pid}: quote not found after {pos}: {qtext[:30]}")
        e = s + len(qtext)
        pos = s
        q = {"start": s, "end": e, "text": qtext, "kind": {"d": "direct", "i": "indirect"}[kind]}
        if cue is None:
            q.update(cue=None, cue_start=None, cue_end=None)
            ref_lo, ref_hi = s, e
        else:
            cs, ce, ctext = _find_spec(text, cue, s, e, f"{pid}: cue")
            q.update(cue=ctext, cue_start=cs, cue_end=ce)
            ref_lo, ref_hi = cs, ce
        stype = None
        if speaker is not None:
            stype = "person"
            if speaker[0] == "#":
                stype, speaker = "org", speaker[1:]
            elif speaker[0] == "~":
                stype, speaker = "role", speaker[1:]
        q["speaker"] = speaker
        q["speaker_type"] = stype
        if mention is None:
            q.update(speaker_start=None, speaker_end=None)
        else:
            ms, me, _ = _find_spec(text, mention, ref_lo, ref_hi, f"{pid}: mention")
            q.update(speaker_start=ms, speaker_end=me)
        assert text[q["start"]:q["end"]] == q["text"]
        out.append(q)
    return out


def build_quotes(qp: list | None = None, q: dict | None = None) -> list[dict]:
    """The first set by default; build_quotes(QP2, Q2) the second (dev2, final2)."""
    qp, q = (QP, Q) if qp is None else (qp, q)
    recs = []
    for pid, source, ref in qp:
        text = ref if isinstance(ref, str) else passage_text(ref)
        quotes = resolve_quotes(pid, text, q[pid])
        recs.append({"id": pid, "source": source, "ref": None if isinstance(ref, str) else list(ref),
                     "split": None, "text": text, "quotes": quotes})
    return recs


def show(recs: list[dict]) -> None:
    for r in recs:
        t = r["text"]
        marks = []
        for n, q in enumerate(r["quotes"]):
            marks += [(q["start"], f"⟦{n}{q['kind'][0]}:"), (q["end"], f"⟧{n}")]
            if q["cue_start"] is not None:
                marks += [(q["cue_start"], "{"), (q["cue_end"], "}")]
            if q["speaker_start"] is not None:
                marks += [(q["speaker_start"], "["), (q["speaker_end"], f"]{n}")]
        out, last = [], 0
        for p, m in sorted(marks, key=lambda x: (x[0], x[1][0] in "⟧}]")):
            out.append(t[last:p]); out.append(m); last = p
        out.append(t[last:])
        print(f"##### {r['id']} ({r['source']}, {len(r['quotes'])} quotes)")
        print("".join(out))
        for n, q in enumerate(r["quotes"]):
            print(f"   {n} {q['kind']:8} cue={q['cue']} speaker={q['speaker']} ({q['speaker_type']})")




# ---------------------------------------------------------------- posts
def post_text(key: str) -> str:
    from sources import msra_fixed, msr_lines, pd, cluener
    from seed_texts import SEED_SENTENCES
    if key.startswith("seed-"):
        return SEED_SENTENCES[key]
    src, idx = key.rsplit("-", 1)
    idx = int(idx)
    return {"msra": lambda: msra_fixed()[idx], "msr": lambda: msr_lines()[idx],
            "pd_test": lambda: pd("test")[idx], "pd_dev": lambda: pd("dev")[idx],
            "cluener": lambda: cluener()[idx]}[src]()


POST_SOURCE = {"msra": "msra", "msr": "msr", "pd_test": "peoples_daily", "pd_dev": "peoples_daily",
               "cluener": "cluener", "seed": "karamay_2025"}


def resolve_posts(key: str, text: str, anns: list[tuple]) -> list[dict]:
    out, pos = [], 0
    for a in anns:
        span, person, position, org = a[:4]
        flags = set(a[4:])
        assert flags <= {"former", "surname", "elided"}, (key, flags)
        s = text.find(span, pos)
        if s == -1:
            raise ValueError(f"{key}: span not found after {pos}: {span}")
        e = s + len(span)
        pos = s
        # the person inside the span: at its end (title before name), else its first occurrence
        if span.endswith(person):
            ps = e - len(person)
        else:
            k = span.find(person)
            if k == -1:
                raise ValueError(f"{key}: person {person} not in span {span}")
            ps = s + k
        if not flags & {"elided"} and org is not None and org not in span:
            raise ValueError(f"{key}: org {org} not in span {span} (flag elided?)")
        if position not in span:
            raise ValueError(f"{key}: position {position} not in span {span}")
        out.append({"person": person, "position": position, "org": org, "start": s, "end": e,
                    "text": span, "person_start": ps, "person_end": ps + len(person),
                    "former": "former" in flags, "surname_only": "surname" in flags,
                    "org_elided": "elided" in flags})
        assert text[ps:ps + len(person)] == person
    return out


def build_posts(second: bool = False, third: bool = False, fourth: bool = False,
                fifth: bool = False, sixth: bool = False) -> list[dict]:
    """The first set by default; build_posts(True) the second (dev2, final2), build_posts(third=True)
    the third (final3), build_posts(fourth=True) the fourth (final4), build_posts(fifth=True) the
    fifth (final5), build_posts(sixth=True) the sixth (final6)."""
    if sixth:
        from posts6_ann import P6 as P
    elif fifth:
        from posts5_ann import P5 as P
    elif fourth:
        from posts4_ann import P4 as P
    elif third:
        from posts3_ann import P3 as P
    elif second:
        from posts2_ann import P2 as P
    else:
        from posts_ann import P
    recs = []
    for key, anns in P.items():
        text = post_text(key)
        src = key.split("-")[0]
        recs.append({"id": "p-" + key, "source": POST_SOURCE[src], "ref": key, "split": None,
                     "text": text, "posts": resolve_posts(key, text, anns)})
    return recs


def show_posts(recs: list[dict]) -> None:
    for r in recs:
        t = r["text"]
        print(f"## {r['id']}  {t}")
        for p in r["posts"]:
            fl = ",".join(k for k in ("former", "surname_only", "org_elided") if p[k])
            print(f"     [{p['text']}]  person={p['person']} | position={p['position']} | org={p['org']} {fl}")


# ---------------------------------------------------------------- splits, checks, output
QUOTE_SPLIT_SEED = 1818      # issue #18
POST_SPLIT_SEED = 1819
DEV_SHARE_QUOTES = 0.37      # of each source's quotes, so dev has about 100 of 277
DEV_SHARE_POSTS = 1 / 3


def assign_quote_splits(recs: list[dict], seed: int | None = None, share: float | None = None,
                        names: tuple[str, str] = ("dev", "final")) -> None:
    """Whole passages go to one split. Per source, passages in a seeded random order (seed
    "1818-<source>") go to dev
    while the source's dev quotes stay within DEV_SHARE_QUOTES of its quotes (+1); passages
    without quotes alternate, starting with final."""
    by_src: dict[str, list[dict]] = {}
    for r in recs:
        by_src.setdefault(r["source"], []).append(r)
    for src in sorted(by_src):
        ps = sorted(by_src[src], key=lambda r: r["id"])
        random.Random(f"{seed or QUOTE_SPLIT_SEED}-{src}").shuffle(ps)
        total = sum(len(r["quotes"]) for r in ps)
        dev, zero = 0, 0
        for r in ps:
            n = len(r["quotes"])
            if n == 0:
                r["split"] = names[0] if zero % 2 else names[1]
                zero += 1
            elif dev + n <= (share or DEV_SHARE_QUOTES) * total + 1:
                r["split"] = names[0]
                dev += n
            else:
                r["split"] = names[1]


def assign_post_splits(recs: list[dict], seed: int | None = None, share: float | None = None,
                       names: tuple[str, str] = ("dev", "final")) -> None:
    """Per source, sentences in a seeded random order (seed "1819-<source>"): the first third
    dev, the rest final."""
    by_src: dict[str, list[dict]] = {}
    for r in recs:
        by_src.setdefault(r["source"], []).append(r)
    for src in sorted(by_src):
        ps = sorted(by_src[src], key=lambda r: r["id"])
        random.Random(f"{seed or POST_SPLIT_SEED}-{src}").shuffle(ps)
        k = round(len(ps) * (share or DEV_SHARE_POSTS))
        for i, r in enumerate(ps):
            r["split"] = names[0] if i < k else names[1]


def check(quotes: list[dict], posts: list[dict]) -> None:
    import re
    import unicodedata
    norm = lambda s: unicodedata.normalize("NFKC", s)  # noqa: E731
    ids = [r["id"] for r in quotes] + [r["id"] for r in posts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in quotes:
        t = r["text"]
        for q in r["quotes"]:
            assert t[q["start"]:q["end"]] == q["text"], (r["id"], q)
            assert q["text"] == q["text"].strip() and q["text"], (r["id"], q)
            if q["cue"] is not None:
                assert t[q["cue_start"]:q["cue_end"]] == q["cue"], (r["id"], q)
            if q["speaker_start"] is not None:
                assert 0 <= q["speaker_start"] < q["speaker_end"] <= len(t)
            if q["kind"] == "indirect":
                assert q["text"][-1] not in "，。！？；", (r["id"], q["text"])
        starts = [q["start"] for q in r["quotes"]]
        assert starts == sorted(starts), r["id"]
    for r in posts:
        t = r["text"]
        for p in r["posts"]:
            assert t[p["start"]:p["end"]] == p["text"], (r["id"], p)
            assert t[p["person_start"]:p["person_end"]] == p["person"], (r["id"], p)
            assert p["start"] <= p["person_start"] and p["person_end"] <= p["end"], (r["id"], p)
    # no text shared: posts sentences are not inside quote passages, no sentence used twice
    qn = [norm(r["text"]) for r in quotes]
    seen = {}
    for r in posts:
        t = norm(r["text"])
        assert not any(t in q for q in qn), ("post sentence inside a quote passage", r["id"])
        assert t not in seen, ("post sentence twice", r["id"], seen[t])
        seen[t] = r["id"]
    sent = {}
    for r in quotes:
        for s_ in re.findall(r"[^。！？\n]{12,}[。！？]", norm(r["text"])):
            assert sent.get(s_, r["id"]) == r["id"], ("sentence in two quote passages", r["id"], sent[s_])
            sent[s_] = r["id"]


# The second set (dev2, final2), annotated after the first set's final split had been scored:
# about half of each source's quotes (posts: sentences) to dev2, the rest to final2.
QUOTE_SPLIT_SEED2 = 1820
POST_SPLIT_SEED2 = 1821
DEV2_SHARE = 0.5


# The third set (final3), annotated after the second set's final2 split had been scored: held back
# entirely, every record final3 (no dev part, so no seeded split).
FINAL3 = "final3"
# The fourth set (final4), annotated after final3 had been scored, made the same way: held back
# entirely, every record final4.
FINAL4 = "final4"
# The fifth set (final5), made the same way after the fourth: held back entirely, every record final5.
FINAL5 = "final5"
# The sixth set (final6), made the same way after the fifth: held back entirely, every record final6.
FINAL6 = "final6"
# The seventh to twenty-first sets (final7 ... final21), each made the same way after the one before,
# quotes only (no posts set): each held back entirely, every record of set N split finalN, written in
# this order after the sixth set. Set N's passages are QPN in quote_passagesN.py, its annotations QN
# in quotesN_ann.py.
QUOTES_ONLY = tuple(range(7, 22))


def main() -> None:
    from quote_passages2 import QP2
    from quotes2_ann import Q2
    from quote_passages3 import QP3
    from quotes3_ann import Q3
    from quote_passages4 import QP4
    from quotes4_ann import Q4
    from quote_passages5 import QP5
    from quotes5_ann import Q5
    from quote_passages6 import QP6
    from quotes6_ann import Q6
    quotes = build_quotes()
    quotes2 = build_quotes(QP2, Q2)
    quotes3 = build_quotes(QP3, Q3)
    quotes4 = build_quotes(QP4, Q4)
    quotes5 = build_quotes(QP5, Q5)
    quotes6 = build_quotes(QP6, Q6)
    later = {n: build_quotes(getattr(import_module(f"quote_passages{n}"), f"QP{n}"),
                             getattr(import_module(f"quotes{n}_ann"), f"Q{n}")) for n in QUOTES_ONLY}
    for r in (quotes + quotes2 + quotes3 + quotes4 + quotes5 + quotes6
              + [r for n in QUOTES_ONLY for r in later[n]]):  # d0 -> q-msra-d0, m3 -> q-msr-m3, pd_test-1416 -> q-pd_test-1416
        r["id"] = "q-" + r["id"] if "-" in r["id"] else f"q-{r['source']}-{r['id']}"
    posts = build_posts()
    posts2 = build_posts(second=True)
    posts3 = build_posts(third=True)
    posts4 = build_posts(fourth=True)
    posts5 = build_posts(fifth=True)
    posts6 = build_posts(sixth=True)
    assign_quote_splits(quotes)
    assign_post_splits(posts)
    assign_quote_splits(quotes2, QUOTE_SPLIT_SEED2, DEV2_SHARE, ("dev2", "final2"))
    assign_post_splits(posts2, POST_SPLIT_SEED2, DEV2_SHARE, ("dev2", "final2"))
    for r in quotes3 + posts3:
        r["split"] = FINAL3
    for r in quotes4 + posts4:
        r["split"] = FINAL4
    for r in quotes5 + posts5:
        r["split"] = FINAL5
    for r in quotes6 + posts6:
        r["split"] = FINAL6
    for n in QUOTES_ONLY:
        for r in later[n]:
            r["split"] = f"final{n}"
    quotes += quotes2 + quotes3 + quotes4 + quotes5 + quotes6 + [r for n in QUOTES_ONLY for r in later[n]]
    posts += posts2 + posts3 + posts4 + posts5 + posts6
    check(quotes, posts)
    asked = {int(a[len("--final"):]) for a in sys.argv if a.startswith("--final") and a[len("--final"):].isdigit()}
    only_set = ((quotes3, posts3) if 3 in asked else (quotes4, posts4) if 4 in asked
                else (quotes5, posts5) if 5 in asked else (quotes6, posts6) if 6 in asked
                else next(((later[n], []) for n in QUOTES_ONLY if n in asked), None))
    if "--show" in sys.argv:  # --final3 ... --final21: only the third ... twenty-first set
        only = [a for a in sys.argv[1:] if not a.startswith("-") and Path(a) != OUT]
        shown = only_set[0] if only_set else quotes
        show([r for r in shown if not only or any(r["id"].endswith("-" + o) for o in only)])
        return
    if "--show-posts" in sys.argv:
        show_posts(only_set[1] if only_set else posts)
        return
    with open(OUT / "quotes.jsonl", "w", encoding="utf-8") as f:
        for r in quotes:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for r in posts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nq = sum(len(r["quotes"]) for r in quotes)
    npost = sum(len(r["posts"]) for r in posts)
    print(f"quotes.jsonl: {len(quotes)} passages, {nq} quotes; posts.jsonl: {len(posts)} sentences, {npost} posts")


if __name__ == "__main__":
    main()
