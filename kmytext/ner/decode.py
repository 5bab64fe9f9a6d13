"""Exact Viterbi decoding of linear-chain label scores, run only where a name could be.

Used by both taggers (:mod:`kmytext.ner.crf`, :mod:`kmytext.ner.net`): given ``E``, the
``[characters, labels]`` scores of sentences laid end to end, and the transitions
``T[from, to]`` (no start or end transitions, as in crfsuite), :meth:`Viterbi.labels`
gives the best label sequence of each sentence.

A character is O in every best path when replacing any run of non-O labels through it
by O would raise the score, whatever the run; prefix sums and running minima find those
characters in a few array operations. The Viterbi runs over the others, between O's: as
straight-line Python with the transitions written in (:func:`_viterbi_run`) for a few
characters, as array steps over all the runs of a large batch.

Where the optional C extension ``kmytext.ner._kernel`` was built (``pip install`` builds it
when a C compiler is at hand), :data:`KERNEL` runs the plain Viterbi over every character
instead, and :meth:`kmytext.ner.crf.Model.scores` computes its scores: the same labels and
scores (``tests/test_ner_kernel.py``) at a fraction of the fixed cost of a short text.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import numpy as np

KERNEL: ModuleType | None
try:  # the optional C extension (kmytext/ner/_kernel.c); without it, NumPy and plain Python
    from kmytext.ner import _kernel

    KERNEL = _kernel
except ImportError:  # pragma: no cover - built wherever the tests run
    KERNEL = None

Span = tuple[int, int, str]

_BIG = 1e5  # more than any run of non-O labels can gain over O
_TOL = 1e-6  # bounds within this of 0 count as 0 (rounding)
_PYTHON_MAX = 200  # characters left to decode up to which plain Python beats array steps


def _plus(name: str, t: float) -> str:
    """``name + t`` as source; ``name`` alone where ``t`` is 0 (a transition crfsuite never
    learned), which changes no comparison."""
    return f"{name} + {t!r}" if t else name


def _viterbi_run(T: list[list[float]], o: int) -> Callable[[list[list[float]], bool, bool], list[int]]:
    """The Viterbi over one run of characters as straight-line Python, the transitions
    written in as constants (``repr`` gives every float back exactly): ``run(rows, first,
    last)`` gives the best labels of the run whose label scores are ``rows``, ``first``
    (``last``) if it starts (ends) a sentence, else an O before (after) it. A step is
    ``score'[y] = max_a(score[a] + T[a][y]) + e[y]``, the additions in the order crfsuite
    makes them; ties go to the lower label, as ``list.index(max(...))`` gives them."""
    L = len(T)
    S = [f"s{a}" for a in range(L)]
    E = [f"e{a}" for a in range(L)]
    pad = ", -math.inf" if L == 1 else ""  # max() wants two arguments
    tup = ", ".join(S) + ("," if L == 1 else "")
    lines = [
        "def run(rows, first, last):",
        f"    {', '.join(E)}{',' if L == 1 else ''} = rows[0]",
        "    if first:",
        f"        {tup} = rows[0]",
        "    else:",
        *[f"        s{y} = {_plus(f'e{y}', T[o][y])}" for y in range(L)],
        f"    hist = [({tup})]",
        "    for e in rows[1:]:",
        f"        {', '.join(E)}{',' if L == 1 else ''} = e",
        f"        {tup} = (",
        *[f"            max({', '.join(_plus(f's{a}', T[a][y]) for a in range(L))}{pad}) + e{y},"
          for y in range(L)],
        "        )",
        f"        hist.append(({tup}))",
        "    if not last:",
        *[f"        s{y} = {_plus(f's{y}', T[y][o])}" for y in range(L)],
        f"    score = [{tup}]",
        "    y = score.index(max(score))",
        "    out = [y]",
        "    for k in range(len(rows) - 2, -1, -1):",
        "        cand = list(map(add, hist[k], TCOLS[y]))",
        "        y = cand.index(max(cand))",
        "        out.append(y)",
        "    out.reverse()",
        "    return out",
    ]
    scope: dict[str, Any] = {"math": math, "add": float.__add__, "TCOLS": [list(col) for col in zip(*T)]}
    exec("\n".join(lines), scope)  # noqa: S102 - source built above from floats only
    return scope["run"]  # type: ignore[no-any-return]


class Viterbi:
    """The decoder of one set of transitions ``T[from, to]``, ``o`` the label O."""

    def __init__(self, transitions: np.ndarray, o: int) -> None:
        T = np.ascontiguousarray(transitions, dtype=np.float64)  # as the C extension reads it
        self.transitions = T
        self._T = T.tolist()
        self._o = o
        L = len(T)
        other = [y for y in range(L) if y != o]
        self._other = other
        if other:
            f_in = T[o, o] - T[o, other]
            h_in = T[o, o] - T[np.ix_(other, other)].max(axis=0)
            self._c_out = float(T[o, o] - T[other, o].max())
            self._fh = np.stack([f_in, h_in])[None]  # [1, (f, h), other]
        # d = E @ dmat: E[O] - E[y] for the other labels y
        self._dmat = np.zeros((L, max(L - 1, 1)))
        for k, y in enumerate(other):
            self._dmat[o, k] = 1.0
            self._dmat[y, k] = -1.0
        self._c_outs: dict[int, np.ndarray] = {}
        self._run = _viterbi_run(self._T, o)

    def labels(self, E: np.ndarray, lengths: list[int]) -> list[int]:
        """The best label of every character: ``E`` the ``[chars, labels]`` scores of
        sentences of ``lengths`` end to end.

        Exact Viterbi, run in plain Python only where a name could be. Take a best path
        with a run of non-O labels ``y_i..y_j`` (O or a sentence's end on either side).
        The same path with O over ``i..j`` scores higher by
        ``f_i + h_(i+1) + ... + h_j + c_out``, where (``d = E[s, O] - E[s, y]``, ``T`` the
        transitions) ``f_i >= min_y d + T[O,O] - T[O,y]`` (``min_y d`` at a sentence's
        start), ``h_s >= min_y d + T[O,O] - max_(u not O) T[u,y]`` and ``c_out =
        T[O,O] - max_y T[y,O]`` (0 at a sentence's end). Where that bound is positive for
        every run through a character, no best path has a name there: it is O. Prefix
        sums and running minima give the least bound through every character at once
        (a run across a sentence start counts a huge ``h`` there, so never binds); the
        Viterbi runs over the other characters, between O's."""
        n = len(E)
        o = self._o
        if KERNEL is not None and n:
            found = np.empty(n, dtype=np.int64)
            KERNEL.viterbi(np.ascontiguousarray(E, dtype=np.float64), np.array(lengths, dtype=np.int64),
                           self.transitions, found)
            return found.tolist()
        out = [o] * n
        if n == 0 or E.shape[1] == 1:
            return out
        d = E @ self._dmat  # [chars, other labels]: E[O] - E[y]
        fh = np.minimum.reduce(d[:, None, :] + self._fh, axis=2)  # [chars, (f, h)]
        f, h = fh[:, 0], fh[:, 1]
        if len(lengths) == 1:
            starts = [0]
            f[0] = np.minimum.reduce(d[0])
            h[0] = _BIG
            c_out = self._c_outs.get(n)
            if c_out is None:
                c_out = np.full(n, self._c_out)
                c_out[-1] = 0.0
                if len(self._c_outs) < 512:
                    self._c_outs[n] = c_out
            first_at = {0}
            last_at = {n - 1}
        else:
            starts = np.cumsum([0, *lengths[:-1]]).tolist()
            ends = (np.cumsum(lengths) - 1).tolist()
            f[starts] = d[starts].min(axis=1)
            h[starts] = _BIG
            c_out = np.full(n, self._c_out)
            c_out[ends] = 0.0
            first_at = set(starts)
            last_at = set(ends)
        H = h.cumsum()
        left = np.minimum.accumulate(f - H)
        right = np.minimum.accumulate((H + c_out)[::-1])[::-1] - H
        free = (left + H) + right > _TOL
        todo_idx = (~free).nonzero()[0]
        if not len(todo_idx):
            return out
        # runs of characters left, each inside one sentence: [a, b) indices into todo
        m = len(todo_idx)
        if len(lengths) == 1:  # a few characters: plain Python finds the gaps sooner
            todo = todo_idx.tolist()
            cut = [k for k in range(1, m) if todo[k] != todo[k - 1] + 1]
        else:
            is_first = np.zeros(n, dtype=bool)
            is_first[starts] = True
            cut = ((((todo_idx[1:] - todo_idx[:-1]) != 1) | is_first[todo_idx[1:]]).nonzero()[0] + 1).tolist()
            if m > _PYTHON_MAX:
                return self._runs_numpy(E, todo_idx, np.array([0, *cut]), np.array([*cut, m]), is_first,
                                        last_at, o)
            todo = todo_idx.tolist()
        rows = E[todo_idx].tolist()
        run = self._run
        for a, b in zip([0, *cut], [*cut, m]):
            out[todo[a] : todo[b - 1] + 1] = run(rows[a:b], todo[a] in first_at, todo[b - 1] in last_at)
        return out

    def _runs_numpy(self, E: np.ndarray, todo: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                    is_first: np.ndarray, last_at: set[int], o: int) -> list[int]:
        """:meth:`labels`' Viterbi over many runs at once (``todo[lo[r]:hi[r]]`` the
        characters of run r): runs longest first, so the runs still going at step t are
        the first ones, updated together. Returns every character's label."""
        order = np.argsort(lo - hi, kind="stable")  # longest first
        lo, hi = lo[order], hi[order]
        lens = hi - lo
        first_char = todo[lo]
        last_char = todo[hi - 1]
        T = np.asarray(self.transitions, dtype=np.float64)
        top = int(lens[0])
        steps = np.arange(top)
        Er = E[first_char[:, None] + np.minimum(steps[None, :], (lens - 1)[:, None])]  # [run, step, label]
        is_last = np.zeros(len(E), dtype=bool)
        is_last[list(last_at)] = True
        left = ~is_first[first_char]
        right = ~is_last[last_char]
        score = Er[:, 0] + np.where(left[:, None], T[o][None, :], 0.0)
        going = np.searchsorted(-lens, -steps, side="left")  # runs longer than t
        back = np.zeros((top, len(lens), E.shape[1]), dtype=np.int8)
        for t in range(1, top):
            k = going[t]
            cand = score[:k, :, None] + T[None]
            back[t, :k] = cand.argmax(axis=1)
            score[:k] = cand.max(axis=1) + Er[:k, t]
        score = score + np.where(right[:, None], T[:, o][None, :], 0.0)
        y = score.argmax(axis=1)
        lab = np.empty((len(lens), top), dtype=np.int64)
        every = np.arange(len(lens))
        lab[every, lens - 1] = y
        for t in range(top - 1, 0, -1):
            k = going[t]
            lab[:k, t - 1] = back[t, every[:k], lab[:k, t]]
        out = np.full(len(E), o, dtype=np.int64)
        keep = steps[None, :] < lens[:, None]
        out[(first_char[:, None] + steps[None, :])[keep]] = lab[keep]
        return out.tolist()


CHUNK = 16_384  # characters scored together: bounds memory (characters x features x labels)


def decode_in_chunks(sentences: Sequence[str], viterbi: Viterbi,
                     score: Callable[[list[int]], np.ndarray]) -> list[list[int]]:
    """The best label ids of every sentence (an empty one gives ``[]``): the non-empty ones
    scored and decoded in chunks of about :data:`CHUNK` characters; ``score(indices)`` gives
    the label scores of those sentences, end to end. The CRF, the network and their sum
    decode this way."""
    out: list[list[int]] = [[] for _ in sentences]
    chunk: list[int] = []
    size = 0
    todo = [i for i, s in enumerate(sentences) if s]
    for k, i in enumerate(todo):
        chunk.append(i)
        size += len(sentences[i])
        if size >= CHUNK or k == len(todo) - 1:
            lengths = [len(sentences[j]) for j in chunk]
            labels = viterbi.labels(score(chunk), lengths)
            s = 0
            for j, n in zip(chunk, lengths):
                out[j] = labels[s : s + n]
                s += n
            chunk, size = [], 0
    return out


def labels_to_spans(ys: Sequence[int], labels: Sequence[str]) -> list[Span]:
    """``(start, end, type)`` of the names in a label id sequence: a ``B-X`` starts a name
    and the ``I-X`` after it continue it; a stray ``I-X`` starts one too."""
    found: list[Span] = []
    start, typ, last = -1, "", -1
    o = labels.index("O") if "O" in labels else -1
    for i in [i for i, y in enumerate(ys) if y != o]:  # most labels are O: skip them at C speed
        if start >= 0 and i != last + 1:  # an O ended the name
            found.append((start, last + 1, typ))
            start = -1
        last = i
        lab = labels[ys[i]]
        k, t = lab[:2], lab[2:]
        if k == "I-" and start >= 0 and t == typ:
            continue
        if start >= 0:
            found.append((start, i, typ))
            start = -1
        if k in ("B-", "I-"):
            start, typ = i, t
    if start >= 0:
        found.append((start, last + 1, typ))
    return found
