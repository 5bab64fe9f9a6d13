"""Character features for the entity CRF, defined once as columns and templates.

A *column* gives every character of a sentence one value: ``c`` the folded character,
``t`` its class, ``B`` its position in its rjieba word (BMES), and the word columns
``p`` (position + POS), ``w`` (position + the word), ``pp`` (previous and this POS),
``np`` (this POS, next POS and the next word's suffix class). A *template* names a
feature and the columns (with offsets) its value joins; ``b-1`` at character ``i`` is
``"b-1=" + c[i-1] + c[i]``. Character columns hold one symbol per character and may be
read at offsets (the sentence is padded with :data:`START` / :data:`END`); word
columns hold strings and are read at offset 0 only.

:func:`sent2features` spells the features out as crfsuite strings (for training);
:mod:`kmytext.ner.crf` computes the same features as integer codes (for tagging).
"""

from __future__ import annotations

import rjieba

# Fold full-width ASCII, digits and Latin case so ３、3 and A、a share features.
_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20})
_FOLD_TABLE = str.maketrans(_FOLD)
_DIGITS = str.maketrans("0123456789", "0000000000")

START, END = "\x02", "\x03"  # padding symbols before and after a sentence

CHAR_COLUMNS = ("c", "t", "B")
WORD_COLUMNS = ("p", "w", "pp", "np")

Template = tuple[str, tuple[tuple[str, int], ...]]
TEMPLATES: tuple[Template, ...] = (
    ("c", (("c", 0),)),
    ("c-1", (("c", -1),)),
    ("c+1", (("c", 1),)),
    ("b-1", (("c", -1), ("c", 0))),
    ("b+1", (("c", 0), ("c", 1))),
    ("t", (("t", -1), ("t", 0), ("t", 1))),
    ("p", (("p", 0),)),
    ("w", (("w", 0),)),
    ("pp", (("pp", 0),)),
    ("np", (("np", 0),)),
    ("pc", (("B", 0), ("c", 0))),
)
# how far any template looks to either side
REACH = max(abs(off) for _, parts in TEMPLATES for _, off in parts)

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


_CTYPE: dict[int, str] = {}  # a str.translate table, filled as characters are met


def ctypes(norm: str) -> str:
    """The class of every character of ``norm``: D digit, H Han, L letter, S space, P other."""
    if len(_CTYPE) < 100_000:
        for ch in set(norm):
            if ord(ch) not in _CTYPE:
                _CTYPE[ord(ch)] = _ctype(ch)
        return norm.translate(_CTYPE)
    return "".join(_CTYPE.get(ord(ch)) or _ctype(ch) for ch in norm)


def fold(text: str) -> str:
    """The ``c`` column: full-width folded, lower case, every digit 0."""
    return text.translate(_FOLD_TABLE).lower().translate(_DIGITS)


def _sfx(word: str) -> str:
    if word in _ORG_SFX or word[-2:] in _ORG_SFX and len(word) > 2:
        return "O"
    if word in _LOC_SFX:
        return "L"
    return "-"


_BMES = ["", "S", "BE", "BME"] + ["B" + "M" * (n - 2) + "E" for n in range(4, 64)]
_TOKEN_CACHE: dict[tuple[str, str], tuple[list[str], list[str], str, str]] = {}


def _token(w: str, p: str) -> tuple[list[str], list[str], str, str]:
    """The ``p`` and ``w`` values of one word's characters, its BMES string and its POS
    with its suffix class (what the previous word sees as "next")."""
    key = (w, p)
    hit = _TOKEN_CACHE.get(key)
    if hit is None:
        L = len(w)
        bmes = _BMES[L] if L < 64 else "B" + "M" * (L - 2) + "E"
        wf = w if L <= 4 else "#"
        hit = ([b + p for b in bmes], [b + wf for b in bmes], bmes, p + _sfx(w))
        if len(_TOKEN_CACHE) < 200_000:
            _TOKEN_CACHE[key] = hit
    return hit


def word_columns(text: str) -> tuple[list[str], list[str], list[str], list[str], str]:
    """The columns ``p``, ``w``, ``pp``, ``np`` and ``B`` of ``text`` from its rjieba words."""
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
        PP += [prev + p] * L
        NP += [p + np_] * L
        prev = p
    n = len(text)
    if len(P) != n:  # a segmenter oddity; never let it misalign features
        P = (P + ["Sx"] * n)[:n]
        W = (W + ["S#"] * n)[:n]
        PP = (PP + ["^x"] * n)[:n]
        NP = (NP + ["x$"] * n)[:n]
        return P, W, PP, NP, ("".join(B) + "S" * n)[:n]
    return P, W, PP, NP, "".join(B)


def columns(text: str) -> dict[str, str | list[str]]:
    """Every column of one sentence, each with one value per character."""
    norm = fold(text)
    P, W, PP, NP, B = word_columns(text)
    return {"c": norm, "t": ctypes(norm), "B": B, "p": P, "w": W, "pp": PP, "np": NP}


def sent2features(text: str) -> list[tuple[str, ...]]:
    """The features of every character of one sentence as crfsuite strings (training)."""
    n = len(text)
    if n == 0:
        return []
    cols = columns(text)
    pad = START * REACH, END * REACH
    padded = {k: pad[0] + v + pad[1] for k, v in cols.items() if k in CHAR_COLUMNS}
    feats: list[list[str]] = []
    for name, parts in TEMPLATES:
        head = name + "="
        if len(parts) == 1 and parts[0][1] == 0:
            feats.append([head + v for v in cols[parts[0][0]]])
            continue
        shifted = [padded[col][REACH + off : REACH + off + n] for col, off in parts]
        feats.append([head + "".join(vs) for vs in zip(*shifted)])
    return list(zip(*feats))
