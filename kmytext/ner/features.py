"""Character features for the entity CRF, defined once as columns and templates.

A *column* gives every character of a sentence one value: ``c`` the folded character,
``t`` its class, ``B`` its position in its word (BMES), and the word columns
``p`` (position + POS), ``w`` (position + the word), ``pp`` (previous and this POS),
``np`` (this POS, next POS and the next word's suffix class). A *template* names a
feature and the columns (with offsets) its value joins; ``b-1`` at character ``i`` is
``"b-1=" + c[i-1] + c[i]``. Character columns hold one symbol per character and may be
read at offsets (the sentence is padded with :data:`START` / :data:`END`); word
columns hold strings and are read at offset 0 only.

:func:`sent2features` spells the features out as crfsuite strings (for training);
:mod:`kmytext.ner.crf` computes the same features as integer codes (for tagging).

The words and POS are the segmenter's (rjieba's by default), given as ``(word, POS)`` pairs
that cover each sentence exactly: a document's one segmentation cut at the sentence
(:meth:`kmytext.text.document.Tokens.pairs_between`), never a segmentation of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, repeat
from typing import NamedTuple

# Fold full-width ASCII, digits and Latin case so ３、3 and A、a share features.
_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20})
_FOLD_TABLE = str.maketrans(_FOLD)
_DIGITS = str.maketrans("0123456789", "0000000000")

START, END = "\x02", "\x03"  # padding symbols before and after a sentence

CHAR_COLUMNS = ("c", "t", "B")
WORD_COLUMNS = ("p", "w", "pp", "np")
PER_WORD = ("pp", "np")  # constant over a word: kept once per word

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


# a str.translate table, filled as characters are met; padding keeps its own symbols
_CTYPE: dict[int, str] = {ord(START): START, ord(END): END}


def ctypes(norm: str) -> str:
    """The class of every character of ``norm``: D digit, H Han, L letter, S space, P other
    (:data:`START` and :data:`END` stay themselves)."""
    if len(_CTYPE) < 100_000:
        for ch in set(norm):
            if ord(ch) not in _CTYPE:
                _CTYPE[ord(ch)] = _ctype(ch)
        return norm.translate(_CTYPE)
    return "".join(_CTYPE.get(ord(ch)) or _ctype(ch) for ch in norm)


def fold(text: str) -> str:
    """The ``c`` column: full-width folded, lower case, every digit 0."""
    norm = text.translate(_FOLD_TABLE).lower().translate(_DIGITS)
    if len(norm) != len(text):  # a letter whose lower case is two characters (İ)
        norm = "".join(ch if len(ch) == 1 else c for ch, c in zip(map(str.lower, text), text))
        norm = norm.translate(_FOLD_TABLE).translate(_DIGITS)
    return norm


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


def char_columns(text: str) -> dict[str, str]:
    """The columns ``c`` and ``t``: one symbol per character of ``text``, each from its
    character alone (so they can be computed for many padded sentences at once)."""
    norm = fold(text)
    return {"c": norm, "t": ctypes(norm)}


class Columns(NamedTuple):
    """The columns of one or more sentences. ``B`` holds each sentence's BMES string
    (one symbol per character); ``words`` holds the word columns for all the sentences
    end to end: one value per character, except the :data:`PER_WORD` columns, which
    hold one value per word (``lengths`` gives each word's characters)."""

    B: list[str]
    words: dict[str, list[str]]
    lengths: list[int]


def columns(text: str, pairs: list[tuple[str, str]]) -> tuple[dict[str, str], Columns]:
    """Every column of one sentence (its words ``pairs``): the character columns with
    ``B``, and the rest."""
    cols = word_columns([pairs])
    chars = char_columns(text)
    chars["B"] = cols.B[0]
    return chars, cols


def word_columns(tagged: Sequence[list[tuple[str, str]]]) -> Columns:
    """The columns that come from the words of each sentence: ``tagged`` holds each
    sentence's ``(word, POS)`` pairs, covering its characters exactly."""
    pairs = list(chain.from_iterable(tagged))
    # the (word, pos) tuples are the cache keys; look them all up at C speed
    hits = list(map(_TOKEN_CACHE.get, pairs))
    if None in hits:
        hits = [h or _token(w, p) for h, (w, p) in zip(hits, pairs)]
    pos = [p for _, p in pairs]
    prev = ["^", *pos[:-1]]
    nxt = [h[3] for h in hits[1:]] + ["$"]  # type: ignore[index]
    first = 0
    B = []
    for words in tagged:  # the previous and next word do not cross a sentence's ends
        if words:
            prev[first] = "^"
            first += len(words)
            nxt[first - 1] = "$"
        B.append("".join([h[2] for h in hits[first - len(words) : first]]))  # type: ignore[index]
    return Columns(
        B,
        {
            "p": list(chain.from_iterable([h[0] for h in hits])),  # type: ignore[index]
            "w": list(chain.from_iterable([h[1] for h in hits])),  # type: ignore[index]
            "pp": list(map(str.__add__, prev, pos)),
            "np": list(map(str.__add__, pos, nxt)),
        },
        [len(w) for w, _ in pairs],
    )


def expand(values: list[str], lengths: list[int]) -> list[str]:
    """Per-word values repeated for every character of their word."""
    return list(chain.from_iterable(map(repeat, values, lengths)))


def sentence_pairs(text: str) -> list[tuple[str, str]]:
    """The segmenter's ``(word, POS)`` pairs of one sentence, as a document of it has them."""
    from kmytext.text.document import Document

    return Document("", text, clean=False).tokens.pairs


def sent2features(text: str, pairs: list[tuple[str, str]] | None = None) -> list[tuple[str, ...]]:
    """The features of every character of one sentence (its words ``pairs``, by default
    the segmenter's) as crfsuite strings (training)."""
    n = len(text)
    if n == 0:
        return []
    chars, cols = columns(text, sentence_pairs(text) if pairs is None else pairs)
    padded = {k: START * REACH + v + END * REACH for k, v in chars.items()}
    feats: list[list[str]] = []
    for name, parts in TEMPLATES:
        head = name + "="
        col = parts[0][0]
        if col in cols.words:
            values = cols.words[col]
            feats.append([head + v for v in (expand(values, cols.lengths) if col in PER_WORD else values)])
            continue
        shifted = [padded[col][REACH + off : REACH + off + n] for col, off in parts]
        feats.append([head + "".join(vs) for vs in zip(*shifted)])
    return list(zip(*feats))
