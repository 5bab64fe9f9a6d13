"""Characters, shingles, chunk signatures and passage alignment for reprint detection, in NumPy.

A text is compared on its *letters*: Chinese characters, ASCII letters (lower-cased) and digits,
after full-width forms and traditional characters are folded (one character for one, so
offsets stay those of the text). Punctuation, spaces and line breaks are skipped: a reprint
set in other columns, or with other quotes, is the same text. :func:`letters` gives the
letter codes and where each sits in the text.

Signatures (:func:`chunk_signatures`): the letters are cut into chunks at *anchors* chosen by
the content itself (a shingle whose hash is the smallest of the ``2w+1`` around it), so two
copies of a passage are cut at the same places whatever comes before it; each chunk gets a
MinHash of its character shingles, computed for all chunks at once in NumPy with datasketch's
``affine32`` permutations (the values ``datasketch.MinHash(..., hashfunc=...)`` gives, checked
by the tests), to go into a ``datasketch.MinHashLSH``.

Alignment (:func:`align`): exact ``k``-letter matches between two texts, joined along their
diagonals into runs, and runs chained into passages across small gaps (edits); each passage
has its span in both texts.

>>> a = letters("新华社北京电，国务院召开常务会议，部署稳就业工作。")
>>> "".join(map(chr, a.codes[:6])), int(a.where[6])
('新华社北京电', 7)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

SEED = 1  # datasketch's default seed: the same permutations as MinHash(num_perm=P)
_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_PRIME = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime: a multiplier for a polynomial hash


@dataclass(frozen=True)
class Letters:
    """The letters of a text: ``codes`` (folded code points) and ``where`` (offset of each in
    the text)."""

    codes: np.ndarray
    where: np.ndarray

    def __len__(self) -> int:
        return len(self.codes)


@lru_cache(maxsize=1)
def _folding() -> np.ndarray:
    """Code point -> folded code point for the Basic Multilingual Plane: kmytext's cleanup
    (:func:`kmytext.text.normalize.to_simplified`, :func:`~kmytext.text.normalize.fold_width`)
    applied once to every character, and ASCII capitals lower-cased."""
    from kmytext.text.normalize import fold_width, to_simplified

    table = np.arange(0x10000, dtype=np.uint32)
    for lo, hi in ((0x3400, 0xA000), (0xF900, 0xFB00), (0xFF01, 0xFF5F)):
        chars = "".join(map(chr, range(lo, hi)))
        folded = fold_width(to_simplified(chars).text).text
        if len(folded) == len(chars):  # one character for one, as cleanup promises
            table[lo:hi] = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    table[65:91] += 32
    return table


def letters(text: str, *, fold: bool = True) -> Letters:
    """The letters of ``text`` (Chinese characters, ASCII letters and digits), folded to simplified
    and half-width (``fold``; ASCII capitals are lower-cased in any case), with their offsets in
    ``text``."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bmp = codes < 0x10000
    if fold:
        codes = np.where(bmp, _folding()[np.where(bmp, codes, 0)], codes)
    else:
        codes = np.where((codes >= 65) & (codes <= 90), codes + 32, codes)
    keep = (((codes >= 0x4E00) & (codes <= 0x9FFF)) | ((codes >= 0x3400) & (codes <= 0x4DBF))
            | ((codes >= 0x20000) & (codes <= 0x3134F)) | ((codes >= 0xF900) & (codes <= 0xFAFF))
            | ((codes >= 48) & (codes <= 57)) | ((codes >= 97) & (codes <= 122)))
    where = np.flatnonzero(keep).astype(np.int64)
    return Letters(codes[where].astype(np.uint64), where)


def _mix64(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every bit of a polynomial hash reaches every bit."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def shingle_hashes(codes: np.ndarray, k: int) -> np.ndarray:
    """64-bit hashes of every ``k`` consecutive letters (``len(codes) - k + 1`` of them)."""
    n = len(codes) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _PRIME + codes[j:j + n] + np.uint64(1)
        return _mix64(h)


@lru_cache(maxsize=8)
def permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's ``affine32`` permutations ``(a, b)`` for ``num_perm`` (seed :data:`SEED`)."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=SEED).permutations
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, which datasketch applies to each input hash."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def minhash_values(hashes32: np.ndarray, bounds: np.ndarray, num_perm: int) -> np.ndarray:
    """MinHash values (``len(bounds) - 1`` rows of ``num_perm``) of the sets
    ``hashes32[bounds[i]:bounds[i + 1]]``: what ``datasketch.MinHash(num_perm, hashfunc=h)``
    holds after ``update_batch`` of those values, for all sets at once."""
    a, b = permutations(num_perm)
    with np.errstate(over="ignore"):
        mixed = _fmix32(hashes32.astype(np.uint32))
        values = mixed[:, None] * a[None, :] + b[None, :]
    return np.minimum.reduceat(values, bounds[:-1], axis=0) if len(bounds) > 1 else \
        np.zeros((0, num_perm), dtype=np.uint32)


def anchors(hashes: np.ndarray, w: int) -> np.ndarray:
    """Positions whose hash is the smallest of the ``2w + 1`` around them (the text's edges
    count as larger): the same content gives the same anchors wherever it stands."""
    n = len(hashes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    padded = np.concatenate([np.full(w, np.iinfo(np.uint64).max, dtype=np.uint64), hashes,
                             np.full(w, np.iinfo(np.uint64).max, dtype=np.uint64)])
    window = np.lib.stride_tricks.sliding_window_view(padded, 2 * w + 1).min(axis=1)
    return np.flatnonzero(hashes == window)


def chunk_bounds(hashes: np.ndarray, w: int) -> np.ndarray:
    """Where the chunks of a text start (shingle positions), and its end: a cut at each anchor,
    none closer than ``w`` shingles to the last, and one every ``4w`` where none comes."""
    n = len(hashes)
    cuts = [0]
    for p in anchors(hashes, w).tolist():
        while p - cuts[-1] > 4 * w:
            cuts.append(cuts[-1] + 2 * w)
        if p - cuts[-1] >= w:
            cuts.append(p)
    while n - cuts[-1] > 4 * w:
        cuts.append(cuts[-1] + 2 * w)
    if n - cuts[-1] < w // 2 and len(cuts) > 1:  # a scrap at the end joins the chunk before
        cuts.pop()
    cuts.append(n)
    return np.asarray(cuts if n else [0], dtype=np.int64)


def chunk_signatures(codes: np.ndarray, *, k: int, w: int, num_perm: int) -> np.ndarray:
    """MinHash values of each chunk of a text's letters (rows; none for a text shorter than a
    shingle): the chunk's ``k``-letter shingles, the one crossing into the next chunk
    included."""
    hashes = shingle_hashes(codes, k)
    if len(hashes) == 0:
        return np.zeros((0, num_perm), dtype=np.uint32)
    bounds = chunk_bounds(hashes, w)
    return minhash_values((hashes & np.uint64(0xFFFFFFFF)).astype(np.uint32), bounds, num_perm)


# --- alignment ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """A passage two texts share: letters ``[a, a_end)`` of one and ``[b, b_end)`` of the other
    (letter indices), ``matched`` letters of it found in both."""

    a: int
    a_end: int
    b: int
    b_end: int
    matched: int


def _runs(ha: np.ndarray, hb: np.ndarray, k: int, max_repeat: int) -> np.ndarray:
    """Exact common runs of two texts: rows ``(a, b, length)`` in letters, from shingles
    equal in both (shingles repeated more than ``max_repeat`` times in a text are skipped)."""
    if len(ha) == 0 or len(hb) == 0:
        return np.zeros((0, 3), dtype=np.int64)
    order = np.argsort(hb, kind="stable")
    sb = hb[order]
    lo = np.searchsorted(sb, ha, side="left")
    hi = np.searchsorted(sb, ha, side="right")
    count = hi - lo
    ok = (count > 0) & (count <= max_repeat)
    if max_repeat > 1:
        _, inv, cnt_a = np.unique(ha, return_inverse=True, return_counts=True)
        ok &= cnt_a[inv] <= max_repeat
    ia = np.flatnonzero(ok)
    if len(ia) == 0:
        return np.zeros((0, 3), dtype=np.int64)
    reps = count[ia]
    i = np.repeat(ia, reps)
    starts = np.repeat(lo[ia], reps)
    offs = np.arange(len(i)) - np.repeat(np.cumsum(reps) - reps, reps)
    j = order[starts + offs]
    d = j - i
    key = np.lexsort((i, d))
    i, d = i[key], d[key]
    new = np.ones(len(i), dtype=bool)
    new[1:] = (d[1:] != d[:-1]) | (i[1:] != i[:-1] + 1)
    first = np.flatnonzero(new)
    last = np.append(first[1:], len(i)) - 1
    a0 = i[first]
    return np.stack([a0, a0 + d[first], i[last] - a0 + k], axis=1)


def align(a: np.ndarray, b: np.ndarray, *, k: int = 8, gap: int = 30, min_matched: int = 16,
          max_repeat: int = 4) -> list[Span]:
    """The passages letter arrays ``a`` and ``b`` share: runs of at least ``k`` equal letters,
    chained in order in both texts across gaps of at most ``gap`` letters (edits, a dropped
    clause), each passage kept when ``min_matched`` of its letters match; a stretch of one text
    is in at most one passage, the passages with more matches winning.

    >>> x = letters("国务院总理李强主持召开国务院常务会议，研究部署稳就业工作。")
    >>> y = letters("本报讯 国务院总理李强主持召开国务院常务会议，研究部署稳就业工作！")
    >>> [(s.a, s.a_end, s.b, s.b_end) for s in align(x.codes, y.codes)]
    [(0, 27, 3, 30)]
    """
    runs = _runs(shingle_hashes(a, k), shingle_hashes(b, k), k, max_repeat)
    if len(runs) == 0:
        return []
    runs = runs[np.lexsort((runs[:, 1], runs[:, 0]))]
    chains: list[list[int]] = []  # [a, a_end, b, b_end, matched]
    for a0, b0, n in runs.tolist():
        best, best_gap = None, gap + 1
        for c in chains:
            ga, gb = a0 - c[1], b0 - c[3]
            if -k < ga <= gap and -k < gb <= gap and b0 > c[2]:
                g = max(ga, gb, 0)
                if g < best_gap:
                    best, best_gap = c, g
        if best is None:
            chains.append([a0, a0 + n, b0, b0 + n, n])
        else:
            best[4] += n - max(0, best[1] - a0, best[3] - b0)
            best[1], best[3] = max(best[1], a0 + n), max(best[3], b0 + n)
    chains.sort(key=lambda c: (-c[4], c[0], c[2]))
    used_a: list[tuple[int, int]] = []
    used_b: list[tuple[int, int]] = []
    out: list[Span] = []
    for a0, a1, b0, b1, m in chains:
        if m < min_matched:
            break
        if any(s < a1 and a0 < e for s, e in used_a) or any(s < b1 and b0 < e for s, e in used_b):
            continue
        used_a.append((a0, a1))
        used_b.append((b0, b1))
        out.append(Span(a0, a1, b0, b1, min(m, a1 - a0, b1 - b0)))
    out.sort(key=lambda s: s.a)
    return out


def covered(spans: Any, length: int) -> int:
    """How many of ``length`` positions the ``(start, end)`` spans cover (overlaps counted once)."""
    total, reach = 0, 0
    for s, e in sorted(spans):
        s, e = max(s, reach), min(e, length)
        if e > s:
            total += e - s
            reach = e
    return total


__all__ = ["Letters", "Span", "align", "anchors", "chunk_bounds", "chunk_signatures", "covered", "letters",
           "minhash_values", "permutations", "shingle_hashes"]
