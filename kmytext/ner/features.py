"""Character features for the CRF.

Built per sentence with list comprehensions over shifted copies of the sentence,
which is several times faster than a dict per character. Every item is a list of
``name=value`` strings (crfsuite's binary features).
"""

from __future__ import annotations

import rjieba

# Fold full-width ASCII, digits and Latin case so ３、3 and A、a share features.
_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20})
_FOLD_TABLE = str.maketrans(_FOLD)
_DIGITS = str.maketrans("0123456789", "0000000000")

LOC_SUFFIX = tuple("省市县区镇乡村州郡旗盟国岛洲江河湖山") + ("街道", "社区", "自治区", "自治州")
ORG_SUFFIX = (
    "局", "委", "委员会", "办", "厅", "部", "院", "校", "医院", "公司", "集团", "中心",
    "协会", "党委", "支部", "大学", "学院", "中学", "小学", "银行", "报", "社", "所", "会",
    "队", "团", "军", "处", "署", "站", "厂", "店", "馆", "台", "组", "联", "盟", "俱乐部",
)
_LOC_SFX = frozenset(LOC_SUFFIX)
_ORG_SFX = frozenset(ORG_SUFFIX)


def _ctype(ch: str) -> str:
    if ch.isdigit() or ch in "零〇一二三四五六七八九十百千万亿两":
        return "D"
    if ch.isascii():
        return "L" if ch.isalpha() else ("S" if ch.isspace() else "P")
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isspace():
        return "S"
    if ch.isalpha():
        return "L"
    return "P"


_CTYPE_CACHE: dict[str, str] = {}


def ctype(ch: str) -> str:
    t = _CTYPE_CACHE.get(ch)
    if t is None:
        t = _ctype(ch)
        if len(_CTYPE_CACHE) < 100_000:
            _CTYPE_CACHE[ch] = t
    return t


def _sfx(word: str) -> str:
    if word in _ORG_SFX or word[-2:] in _ORG_SFX and len(word) > 2:
        return "O"
    if word in _LOC_SFX:
        return "L"
    return "-"


_BMES = ["", "S", "BE", "BME"] + ["B" + "M" * (n - 2) + "E" for n in range(4, 64)]
_TOKEN_CACHE: dict[tuple[str, str], tuple[list[str], list[str], str, str]] = {}


def _token(w: str, p: str) -> tuple[list[str], list[str], str, str]:
    """Per-character ``p=`` and ``w=`` features of one word, its BMES string and
    its POS with its suffix class (what the previous word sees as "next")."""
    key = (w, p)
    hit = _TOKEN_CACHE.get(key)
    if hit is None:
        L = len(w)
        bmes = _BMES[L] if L < 64 else "B" + "M" * (L - 2) + "E"
        wf = w if L <= 4 else "#"
        hit = (["p=" + b + p for b in bmes], ["w=" + b + wf for b in bmes], bmes, p + _sfx(w))
        if len(_TOKEN_CACHE) < 200_000:
            _TOKEN_CACHE[key] = hit
    return hit


def word_features(text: str) -> tuple[list[str], list[str], list[str], list[str], str]:
    """Per character: BMES+POS, BMES+word, previous+this POS, this+next POS (with the
    next word's suffix class); and the BMES string of the sentence."""
    P: list[str] = []
    W: list[str] = []
    PP: list[str] = []
    NP: list[str] = []
    B: list[str] = []
    pairs = rjieba.tag(text)
    # the (word, pos) tuples are the cache keys; look them all up at C speed
    hits = list(map(_TOKEN_CACHE.get, pairs))
    if None in hits:
        hits = [h or _token(w, p) for h, (w, p) in zip(hits, pairs)]
    prev = "^"
    nxt = [h[3] for h in hits[1:]] + ["$"]  # type: ignore[index]
    for (w, p), (pf, wf, bmes, _), np_ in zip(pairs, hits, nxt):  # type: ignore[misc]
        L = len(w)
        P += pf
        W += wf
        B.append(bmes)
        PP += ["pp=" + prev + p] * L
        NP += ["np=" + p + np_] * L
        prev = p
    return P, W, PP, NP, "".join(B)


def sent2features(text: str) -> list[tuple[str, ...]]:
    """The features of every character of one sentence (crfsuite takes the tuples)."""
    n = len(text)
    if n == 0:
        return []
    norm = text.translate(_FOLD_TABLE).lower().translate(_DIGITS)
    c = ["^2", "^1", *norm, "$1", "$2"]
    c0 = c[2:-2]
    cm1 = c[1:-3]
    cp1 = c[3:-1]
    t: list[str] = list(map(_CTYPE_CACHE.get, norm))  # type: ignore[arg-type]
    if None in t:
        t = [ctype(ch) for ch in norm]
    tt = ["^", *t, "$"]
    P, W, PP, NP, B = word_features(text)
    if len(P) != n:  # a segmenter oddity; never let it misalign features
        P = (P + ["p=Sx"] * n)[:n]
        W = (W + ["w=S#"] * n)[:n]
        PP = (PP + ["pp=^x"] * n)[:n]
        NP = (NP + ["np=x$"] * n)[:n]
        B = (B + "S" * n)[:n]
    return list(zip(
        ["c=" + a for a in c0],
        ["c-1=" + a for a in cm1],
        ["c+1=" + a for a in cp1],
        ["b-1=" + a + b for a, b in zip(cm1, c0)],
        ["b+1=" + a + b for a, b in zip(c0, cp1)],
        ["t=" + a + b + d for a, b, d in zip(tt, t, tt[2:])],
        P,
        W,
        PP,
        NP,
        ["pc=" + a + b for a, b in zip(B, c0)],
    ))
