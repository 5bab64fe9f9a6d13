"""Rebuild kmytext/data/char_clusters.txt: every common character with a cluster number,
the ``e`` column of the entity model's features (:mod:`kmytext.ner.features`).

Characters that are used alike get one number: 斯, 尔, 克 and 夫 (transliterated names),
省, 市 and 县, 张, 王 and 李. A CRF that has seen 斯 in 普京 and 斯塔默 then knows something
of a name with 娃 it has never seen, from the characters' company. Each character is
described by

- the characters before and after it in running text (positive pointwise mutual
  information, reduced to :data:`DIMS` dimensions by a truncated SVD), and
- where it sits in the words of jieba's dictionary, by the words' tags (person, place,
  organisation, other name, noun, verb, other; first, middle, last or only character),
  weighted by the words' frequencies,

and the characters are split into :data:`K` clusters by k-means (fixed seed). Text: the
*train* parts of MSRA and CLUENER (``tools.train.ner_data.splits``), never the dev or final
parts the model is chosen and judged on, plus jieba's dictionary. Same inputs, same file.

    python -m tools.build.char_clusters
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np

from tools.build import jieba_dictionary

DATA = Path(__file__).resolve().parents[2] / "kmytext" / "data"
OUT = DATA / "char_clusters.txt"
K = 256  # clusters
DIMS = 64  # dimensions kept of each context side
MIN_COUNT = 5  # a character met fewer times (text and dictionary words) gets no cluster
CONTEXTS = 3000  # the most frequent characters serve as contexts
SEED = 20261203
TAG_CLASS = {"nr": 0, "nrfg": 0, "nrt": 0, "ns": 1, "nt": 2, "nz": 3, "n": 4, "v": 5, "vn": 5}


def _texts() -> list[str]:
    from tools.train.ner_data import splits

    sp = splits()
    return [t for t, _ in sp["msra_train"]] + [t for t, _ in sp["cluener_train"]]


def _ppmi_svd(counts: np.ndarray, dims: int) -> np.ndarray:
    """Rows of ``counts`` (characters x contexts) as PPMI, reduced by a truncated SVD."""
    total = counts.sum()
    row = counts.sum(axis=1, keepdims=True)
    col = counts.sum(axis=0, keepdims=True) ** 0.75  # context smoothing
    col = col / col.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts * total / (row * col))
    pmi = np.nan_to_num(np.maximum(pmi, 0), nan=0.0, posinf=0.0, neginf=0.0).astype(np.float32)
    u, s, _ = np.linalg.svd(pmi, full_matrices=False)
    vec = u[:, :dims] * np.sqrt(s[:dims])
    return vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)


def _kmeans(x: np.ndarray, k: int, seed: int, rounds: int = 50) -> np.ndarray:
    """Cluster numbers of the rows of ``x`` (k-means++ start, Lloyd rounds)."""
    rng = np.random.default_rng(seed)
    centres = [x[rng.integers(len(x))]]
    d2 = ((x - centres[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        centres.append(x[rng.choice(len(x), p=d2 / d2.sum())])
        d2 = np.minimum(d2, ((x - centres[-1]) ** 2).sum(axis=1))
    c = np.array(centres)
    for _ in range(rounds):
        dist = (x ** 2).sum(1)[:, None] - 2 * x @ c.T + (c ** 2).sum(1)[None, :]
        near = dist.argmin(axis=1)
        new = np.array([x[near == j].mean(axis=0) if (near == j).any() else c[j] for j in range(k)])
        if np.allclose(new, c):
            break
        c = new
    return near


def build() -> dict[str, int]:
    texts = _texts()
    words = jieba_dictionary()
    freq: Counter[str] = Counter()
    for t in texts:
        freq.update(t)
    for w, _, _ in words:
        freq.update(w)
    chars = sorted(ch for ch, n in freq.items() if n >= MIN_COUNT and not ch.isspace())
    index = {ch: i for i, ch in enumerate(chars)}
    ctx = [ch for ch, _ in freq.most_common(CONTEXTS)]
    cindex = {ch: i for i, ch in enumerate(ctx)}
    left = np.zeros((len(chars), len(ctx) + 1), dtype=np.float64)  # last column: sentence edge
    right = np.zeros_like(left)
    edge = len(ctx)

    def count(seq: str, weight: float) -> None:
        for i, ch in enumerate(seq):
            r = index.get(ch)
            if r is None:
                continue
            a = cindex.get(seq[i - 1], -1) if i else edge
            b = cindex.get(seq[i + 1], -1) if i + 1 < len(seq) else edge
            if a >= 0:
                left[r, a] += weight
            if b >= 0:
                right[r, b] += weight

    for t in texts:
        count(t, 1.0)
    for w, f, _ in words:
        if len(w) > 1:
            count(w, math.log1p(f))
    # where a character sits in the dictionary's words, by tag class and position
    profile = np.zeros((len(chars), 7 * 4))
    for w, f, tag in words:
        cls = TAG_CLASS.get(tag, 6)
        weight = math.log1p(f)
        for i, ch in enumerate(w):
            r = index.get(ch)
            if r is not None:
                pos = 3 if len(w) == 1 else 0 if i == 0 else 2 if i == len(w) - 1 else 1
                profile[r, cls * 4 + pos] += weight
    profile = profile / np.maximum(profile.sum(axis=1, keepdims=True), 1e-9)
    x = np.hstack([_ppmi_svd(left, DIMS), _ppmi_svd(right, DIMS), profile]).astype(np.float64)
    near = _kmeans(x, K, SEED)
    # number the clusters by their most frequent character, so the file reads stably
    order = sorted(range(K), key=lambda j: min((-freq[ch], ch) for ch, n in zip(chars, near) if n == j)
                   if (near == j).any() else (0, ""))
    number = {j: k for k, j in enumerate(order)}
    return {ch: number[int(n)] for ch, n in zip(chars, near)}


def main() -> None:
    clusters = build()
    OUT.write_text("".join(f"{ch}\t{k}\n" for ch, k in sorted(clusters.items())), encoding="utf-8")
    sizes = Counter(clusters.values())
    print(f"{OUT}: {len(clusters)} characters in {len(sizes)} clusters "
          f"(largest {max(sizes.values())}, smallest {min(sizes.values())})")


if __name__ == "__main__":
    main()
