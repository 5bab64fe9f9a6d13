"""Passages from the two sample pages in seeds/ (the repository's), with the page's hard line breaks
joined: each paragraph is a list of 1-based line ranges of the page file; the non-empty lines of
a paragraph are concatenated as they are (spaces inside lines kept), paragraphs are joined with
"\\n". The feature page already has one paragraph per line."""
from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
BRIEFS = "karamay_2025_community_briefs.txt"
FEATURE = "karamay_2025_shanghai_aid_feature.txt"

SEED_PARAS = {
    "seed-b7": (BRIEFS, [(2, 2), (3, 7)]),                       # “暖新商铺”挂牌 (no quotes)
    "seed-b8": (BRIEFS, [(11, 11), (12, 16)]),                   # 护航安全生产 (no quotes)
    "seed-b1": (BRIEFS, [(159, 159), (160, 164), (166, 171), (173, 175)]),
    "seed-b2": (BRIEFS, [(192, 192), (193, 196), (198, 200), (202, 206)]),
    "seed-b3": (BRIEFS, [(281, 288), (290, 301), (303, 307)]),
    "seed-b4": (BRIEFS, [(368, 371), (373, 379), (381, 384)]),
    "seed-b5": (BRIEFS, [(436, 443), (445, 452)]),
    "seed-b6": (BRIEFS, [(481, 491)]),
    "seed-f1": (FEATURE, [(25, 25), (27, 27)]),
    "seed-f2": (FEATURE, [(43, 43), (45, 45)]),
    "seed-f3": (FEATURE, [(83, 83), (85, 85)]),
    "seed-f4": (FEATURE, [(93, 93), (95, 95)]),
}


def seed_text(key: str) -> str:
    fname, paras = SEED_PARAS[key]
    lines = (SEEDS / fname).read_text(encoding="utf-8").split("\n")
    out = []
    for a, b in paras:
        out.append("".join(l.rstrip("\r") for l in lines[a - 1:b] if l.strip()))
    return "\n".join(out)

# Sentences of the sample pages used for the posts set: (page, first line, last line, k) = the
# k-th sentence (0-based, split after 。！？) of those lines joined as above. Sentences that are
# inside a quote passage are not used (the posts and quotes sets share no text).
SEED_SENT_SPEC = {
    "seed-s1": (BRIEFS, 31, 35, 1),    # “霞光书法公益课堂”老师王霞
    "seed-s2": (BRIEFS, 39, 44, 0),    # byline: 记者 张佳佳 通讯员 申娜
    "seed-s3": (BRIEFS, 61, 65, 0),    # byline: 通讯员 于欢
    "seed-s4": (BRIEFS, 78, 86, 0),    # byline: 通讯员 赵国香
    "seed-s5": (BRIEFS, 94, 98, 0),    # byline: 通讯员 孙亚琦
    "seed-s6": (BRIEFS, 109, 113, 0),  # byline: 通讯员 邵卫
    "seed-s7": (BRIEFS, 126, 132, 0),  # byline: 通讯员 邵卫 (second brief)
    "seed-s8": (BRIEFS, 142, 145, 0),  # byline: 通讯员 再依努尔
    "seed-s9": (BRIEFS, 147, 152, 0),  # 讲师董梅
    "seed-s10": (BRIEFS, 178, 182, 0), # byline: 通讯员 刘佳莉
    "seed-s11": (BRIEFS, 212, 212, 0), # photo credit: 克拉玛依融媒记者 非尔代维斯·热夏提 摄
}


def _seed_sentence(fname: str, a: int, b: int, k: int) -> str:
    import re
    lines = (SEEDS / fname).read_text(encoding="utf-8").split("\n")
    para = "".join(l.rstrip("\r") for l in lines[a - 1:b] if l.strip())
    sents = [x for x in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", para) if x]
    return sents[k]


SEED_SENTENCES: dict[str, str] = {k: _seed_sentence(*v) for k, v in SEED_SENT_SPEC.items()}
