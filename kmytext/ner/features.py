"""Character features for the entity CRF, defined once as columns and templates.

A *column* gives every character of a sentence one value. Character columns, computed
from the characters alone: ``c`` the folded character, ``t`` its class, ``s`` whether it
is a common surname, ``e`` its cluster (characters used alike). Word columns, from the (word, POS) pairs the sentence was
segmented into (rjieba; see :func:`word_columns`): ``B`` the character's position in its
word (BMES), ``p`` (position + POS), ``w`` (position + the word), ``pp`` (previous and
this POS), ``np`` (this POS, next POS and the next word's suffix class), ``pw`` and
``nw`` (the previous and the next word). A *template* names a feature and the columns
(with offsets) its value joins; ``b-1`` at character ``i`` is ``"b-1=" + c[i-1] + c[i]``.
Columns of one symbol per character (:data:`CHAR_COLUMNS`) may be read at offsets (the
sentence is padded with :data:`START` / :data:`END`); the other word columns hold strings
and are read at offset 0 only.

The words are the segmenter's (rjieba's by default), given as ``(word, POS)`` pairs that
cover each sentence exactly: a document's one segmentation cut at the sentence
(:meth:`kmytext.text.document.Tokens.pairs_between`), never a segmentation of its own;
:func:`sentence_pairs` segments one sentence for training and tests.

:func:`sent2features` spells the features out as crfsuite strings (for training);
:mod:`kmytext.ner.crf` computes the same features as integer codes (for tagging).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain, repeat
from typing import NamedTuple

from kmytext.ner.lexicon import char_clusters, surnames

Pair = tuple[str, str]  # (word, POS)

# Fold full-width ASCII, digits and Latin case so ３、3 and A、a share features.
_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20})
_FOLD_TABLE = str.maketrans(_FOLD)
_DIGITS = str.maketrans("0123456789", "0000000000")

START, END = "\x02", "\x03"  # padding symbols before and after a sentence

CHAR_COLUMNS = ("c", "t", "s", "e", "B", "g")  # one symbol per character: may be read at offsets
WORD_COLUMNS = ("p", "w", "pp", "np", "pw", "nw")
PER_WORD = ("pp", "np", "pw", "nw")  # constant over a word: kept once per word

Template = tuple[str, tuple[tuple[str, int], ...]]


def _t(name: str, *parts: tuple[str, int]) -> Template:
    return (name, tuple(parts))


# The templates of the model shipped before MSRA (its ``w`` column was not folded).
V1: tuple[Template, ...] = (
    _t("c", ("c", 0)),
    _t("c-1", ("c", -1)),
    _t("c+1", ("c", 1)),
    _t("b-1", ("c", -1), ("c", 0)),
    _t("b+1", ("c", 0), ("c", 1)),
    _t("t", ("t", -1), ("t", 0), ("t", 1)),
    _t("p", ("p", 0)),
    _t("w", ("w", 0)),
    _t("pp", ("pp", 0)),
    _t("np", ("np", 0)),
    _t("pc", ("B", 0), ("c", 0)),
)
# A five-character window: characters at -2 and +2, the bigrams -2-1 and +1+2, and the
# pair -1,+1 skipping the character.
WIDE: tuple[Template, ...] = V1 + (
    _t("c-2", ("c", -2)),
    _t("c+2", ("c", 2)),
    _t("b-2", ("c", -2), ("c", -1)),
    _t("b+2", ("c", 1), ("c", 2)),
    _t("k", ("c", -1), ("c", 1)),
)
# ... with surname marks and the neighbouring words.
V2: tuple[Template, ...] = WIDE + (
    _t("s", ("s", -1), ("s", 0), ("s", 1)),
    _t("sc", ("s", -1), ("c", 0)),
    _t("pw", ("pw", 0)),
    _t("nw", ("nw", 0)),
)
# ... with the names of a gazetteer (the g column: see Gazetteer).
V3: tuple[Template, ...] = V2 + (
    _t("g", ("g", 0)),
    _t("g-1", ("g", -1)),
    _t("g+1", ("g", 1)),
    _t("gg", ("g", -1), ("g", 0), ("g", 1)),
    _t("gc", ("g", 0), ("c", 0)),
)
# ... with the characters' clusters (the e column: kmytext/data/char_clusters.txt).
V4: tuple[Template, ...] = V3 + (
    _t("e", ("e", 0)),
    _t("e-1", ("e", -1)),
    _t("e+1", ("e", 1)),
    _t("e-2", ("e", -2)),
    _t("e+2", ("e", 2)),
    _t("ee-1", ("e", -1), ("e", 0)),
    _t("ee+1", ("e", 0), ("e", 1)),
    _t("eee", ("e", -1), ("e", 0), ("e", 1)),
)
FEATURE_SETS: dict[str, tuple[Template, ...]] = {"v1": V1, "wide": WIDE, "v2": V2, "v3": V3, "v4": V4}
DEFAULT_FEATURES = "v3"
TEMPLATES = FEATURE_SETS[DEFAULT_FEATURES]


def gazetteer_names(sentences: Iterable[tuple[str, list[tuple[int, int, str]]]], min_count: int = 2
                    ) -> dict[str, str]:
    """The names tagged at least ``min_count`` times in ``sentences`` (``(text, spans)``),
    each with the type it was given most often (ties: PER, LOC, ORG)."""
    counts: dict[str, dict[str, int]] = {}
    for text, spans in sentences:
        for s, e, t in spans:
            if 2 <= e - s <= Gazetteer.MAX_NAME and t in _GAZ_TYPES:
                c = counts.setdefault(text[s:e], {})
                c[t] = c.get(t, 0) + 1
    return {name: max(_GAZ_TYPES, key=lambda t: (c.get(t, 0), -_GAZ_TYPES.index(t)))
            for name, c in sorted(counts.items()) if sum(c.values()) >= min_count}


def reach(templates: Sequence[Template]) -> int:
    """How far any template looks to either side."""
    return max(abs(off) for _, parts in templates for _, off in parts)


def columns(templates: Sequence[Template]) -> set[str]:
    """The columns the templates read."""
    return {c for _, parts in templates for c, _ in parts}


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


# str.translate tables, filled as characters are met; padding keeps its own symbols
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


_SURNAME: dict[int, str] = {ord(START): START, ord(END): END}


def surname_marks(norm: str) -> str:
    """``S`` where ``norm`` has a common surname (``kmytext/data/surnames.txt``), ``-``
    elsewhere (:data:`START` and :data:`END` stay themselves)."""
    known = surnames()
    if len(_SURNAME) < 100_000:
        for ch in set(norm):
            if ord(ch) not in _SURNAME:
                _SURNAME[ord(ch)] = "S" if ch in known else "-"
        return norm.translate(_SURNAME)
    return "".join(_SURNAME.get(ord(ch)) or ("S" if ch in known else "-") for ch in norm)


_CLUSTER: dict[int, str] = {ord(START): START, ord(END): END}
UNCLUSTERED = "?"


def cluster_marks(text: str) -> str:
    """The cluster of every character of ``text`` as one symbol (:func:`kmytext.ner.lexicon.char_clusters`;
    :data:`UNCLUSTERED` for a rare character; :data:`START` and :data:`END` stay themselves)."""
    if len(_CLUSTER) == 2:
        _CLUSTER.update((ord(ch), chr(0x100 + k)) for ch, k in char_clusters().items())
    return "".join([_CLUSTER.get(ord(ch), UNCLUSTERED) for ch in text])


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
_TOKEN_CACHE: dict[tuple[str, str], tuple[list[str], list[str], str, str, str]] = {}


def token_values(w: str, p: str) -> tuple[list[str], list[str], str, str, str]:
    """The ``p`` and ``w`` values of one word's characters, its BMES string, its POS
    with its suffix class (what the previous word sees as "next") and the word as its
    neighbours see it (``#`` if longer than four characters)."""
    bmes = bmes_of(len(w))
    nxt, wf = neighbour_keys(w, p)
    return [b + p for b in bmes], word_values(bmes, wf), bmes, nxt, wf


def bmes_of(n: int) -> str:
    """The BMES positions of the characters of a word of ``n`` characters."""
    return _BMES[n] if n < 64 else "B" + "M" * (n - 2) + "E"


def neighbour_keys(w: str, p: str) -> tuple[str, str]:
    """What the word before sees of word ``w`` (POS ``p``) as next: its POS with its suffix
    class; and the word as its neighbours see it (``#`` if longer than four characters)."""
    return p + _sfx(w), (fold(w) if len(w) <= 4 else "#")


def word_values(bmes: str, wf: str) -> list[str]:
    """The ``w`` values of a word's characters: each one's BMES position and the word."""
    return [b + wf for b in bmes]


def _token(w: str, p: str) -> tuple[list[str], list[str], str, str, str]:
    """:func:`token_values`, remembered for the 200,000 words met first."""
    key = (w, p)
    hit = _TOKEN_CACHE.get(key)
    if hit is None:
        hit = token_values(w, p)
        if len(_TOKEN_CACHE) < 200_000:
            _TOKEN_CACHE[key] = hit
    return hit


_GAZ_TYPES = ("PER", "LOC", "ORG")
_GAZ_SYMBOL = {(t, b): chr(ord("a") + 4 * k + "BMES".index(b)) for k, t in enumerate(_GAZ_TYPES) for b in "BMES"}


class Gazetteer:
    """Known names with their types: the ``g`` column marks where one occurs.

    At each character the longest known name starting there is matched, left to right,
    never overlapping; its characters get a symbol for (type, BMES position), others
    ``-``. A name has 2 to :data:`MAX_NAME` characters.

    >>> Gazetteer({"北京": "LOC", "董爱华": "PER"}).marks("董爱华在北京")
    'abc-eg'
    """

    MAX_NAME = 12

    def __init__(self, names: dict[str, str]) -> None:
        self.names = {k: v for k, v in names.items() if 2 <= len(k) <= self.MAX_NAME and v in _GAZ_TYPES}
        heads: dict[str, set[int]] = {}
        for name in self.names:
            heads.setdefault(name[:2], set()).add(len(name))
        self._heads = {k: sorted(v, reverse=True) for k, v in heads.items()}
        self._sym = {
            (t, n): "".join(_GAZ_SYMBOL[(t, b)] for b in _BMES[n]) for t in _GAZ_TYPES
            for n in range(2, self.MAX_NAME + 1)
        }

    def marks(self, text: str) -> str:
        """One symbol per character of ``text``."""
        heads, names, sym = self._heads, self.names, self._sym
        n = len(text)
        out: list[str] = []
        at = 0  # marked up to here
        # only where a name's first two characters are can one start
        for i in [i for i in range(n - 1) if text[i : i + 2] in heads]:
            if i < at:
                continue
            for L in heads[text[i : i + 2]]:
                t = names.get(text[i : i + L]) if i + L <= n else None
                if t is not None:
                    out.append("-" * (i - at))
                    out.append(sym[(t, L)])
                    at = i + L
                    break
        out.append("-" * (n - at))
        return "".join(out)


_NO_GAZETTEER = Gazetteer({})


def char_columns(text: str, names: Sequence[str] = ("c", "t", "s")) -> dict[str, str]:
    """The character columns ``names`` (of ``c``, ``t``, ``s``, ``e``): one symbol per character
    of ``text``, each from its character alone (so they can be computed for many padded
    sentences at once)."""
    norm = fold(text)
    out = {"c": norm}
    if "t" in names:
        out["t"] = ctypes(norm)
    if "s" in names:
        out["s"] = surname_marks(norm)
    if "e" in names:
        out["e"] = cluster_marks(text)
    return out


class Columns(NamedTuple):
    """The word columns of one or more sentences. ``B`` holds each sentence's BMES string
    (one symbol per character); ``words`` holds the other word columns for all the
    sentences end to end: one value per character, except the :data:`PER_WORD` columns,
    which hold one value per word (``lengths`` gives each word's characters)."""

    B: list[str]
    words: dict[str, list[str]]
    lengths: list[int]


def sentence_pairs(text: str) -> list[Pair]:
    """The segmenter's ``(word, POS)`` pairs of one sentence, as a document of it has them
    (training and tests; the tagger reads a document's own tokens). Full-width digits and
    letters are segmented as ASCII, as :func:`kmytext.text.normalize.clean` leaves a
    document; the words returned are those of ``text``."""
    from kmytext.text.document import Document
    from kmytext.text.normalize import fold_width

    folded = fold_width(text).text
    pairs = Document("", folded, clean=False).tokens.pairs
    if len(folded) != len(text) or sum(len(w) for w, _ in pairs) != len(text):  # never misalign
        return [(ch, "x") for ch in text]
    out, at = [], 0
    for w, p in pairs:
        out.append((text[at : at + len(w)], p))
        at += len(w)
    return out


def word_columns(tagged: Sequence[Sequence[Pair]]) -> Columns:
    """The word columns of sentences given as their (word, POS) pairs: each sentence's
    pairs must cover its characters exactly, in order. The previous and next word do not
    cross a sentence's ends.

    >>> word_columns([[("董爱华", "nr"), ("说", "v")]]).B
    ['BMES']
    """
    pairs = list(chain.from_iterable(tagged))
    # the (word, pos) tuples are the cache keys; look them all up at C speed
    hits = list(map(_TOKEN_CACHE.get, pairs))
    if None in hits:
        hits = [h or _token(w, p) for h, (w, p) in zip(hits, pairs)]
    pos = [p for _, p in pairs]
    prev = ["^", *pos[:-1]]
    nxt = [h[3] for h in hits[1:]] + ["$"]  # type: ignore[index]
    wf = [h[4] for h in hits]  # type: ignore[index]
    pw = ["^", *wf[:-1]]
    nw = [*wf[1:], "$"]
    first = 0
    B = []
    for words in tagged:
        if words:
            prev[first] = pw[first] = "^"
            first += len(words)
            nxt[first - 1] = nw[first - 1] = "$"
        B.append("".join([h[2] for h in hits[first - len(words) : first]]))  # type: ignore[index]
    return Columns(
        B,
        {
            "p": list(chain.from_iterable([h[0] for h in hits])),  # type: ignore[index]
            "w": list(chain.from_iterable([h[1] for h in hits])),  # type: ignore[index]
            "pp": list(map(str.__add__, prev, pos)),
            "np": list(map(str.__add__, pos, nxt)),
            "pw": pw,
            "nw": nw,
        },
        [len(w) for w, _ in pairs],
    )


def expand(values: list[str], lengths: list[int]) -> list[str]:
    """Per-word values repeated for every character of their word."""
    return list(chain.from_iterable(map(repeat, values, lengths)))


def sent2features(
    text: str, pairs: Sequence[Pair] | None = None, templates: Sequence[Template] = TEMPLATES,
    gazetteer: Gazetteer | None = None,
) -> list[tuple[str, ...]]:
    """The features of every character of one sentence as crfsuite strings (training):
    ``pairs`` its (word, POS) pairs, by default :func:`sentence_pairs`; ``gazetteer`` the
    names for the ``g`` column."""
    n = len(text)
    if n == 0:
        return []
    cols = word_columns([sentence_pairs(text) if pairs is None else pairs])
    R = reach(templates)
    used = columns(templates)
    chars = char_columns(text, [c for c in CHAR_COLUMNS if c in used])
    chars["B"] = cols.B[0]
    chars["g"] = (gazetteer or _NO_GAZETTEER).marks(text)
    padded = {k: START * R + v + END * R for k, v in chars.items()}
    feats: list[list[str]] = []
    for name, parts in templates:
        head = name + "="
        col = parts[0][0]
        if col in cols.words:
            values = cols.words[col]
            feats.append([head + v for v in (expand(values, cols.lengths) if col in PER_WORD else values)])
            continue
        shifted = [padded[col][R + off : R + off + n] for col, off in parts]
        feats.append([head + "".join(vs) for vs in zip(*shifted)])
    return list(zip(*feats))
