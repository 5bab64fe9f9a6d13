"""Statistical named entities: people, places and organisations (PER/LOC/ORG).

A character CRF over character n-grams and jieba word/POS features, trained with
python-crfsuite by ``scripts/train_ner.py`` and shipped as ``kmytext/data/ner.crf``,
which :mod:`kmytext.ner.crf` reads and tags with in NumPy. :func:`tag` is the model
alone; the rules for works, bylines and aliases live in :mod:`kmytext.ner.pipeline`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from kmytext.errors import KmytextError
from kmytext.types import Entity

if TYPE_CHECKING:
    from kmytext.ner.crf import Model

__all__ = ["tag", "tag_spans", "tag_spans_many", "propagate", "occurrences", "segments", "use_model",
           "MODEL_RESOURCE"]

MODEL_RESOURCE = "ner.crf"
MAX_SEGMENT = 200  # characters per CRF call; keeps time and memory linear

# A sentence: up to and including its 。！？ (and closing quotes), or a line.
_SENTENCE = regex.compile(r"[^。！？!?\n\r]+(?:[。！？!?]+[”’」』）)]*)?|[。！？!?]+")
# Where to cut an over-long sentence: after a clause mark or whitespace.
_SOFT_BREAK = regex.compile(r"[，；、,;：:\s]")
# Text worth tagging: something that can start a name.
_WORTH = regex.compile(r"[\p{Han}\p{L}]")

_lock = threading.Lock()
_model: Model | None = None


def _load() -> Model:
    """The shipped model, read once (it is read-only, so threads share it)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from kmytext.ner.crf import Model

                ref = resources.files("kmytext.data") / MODEL_RESOURCE
                if not ref.is_file():
                    raise KmytextError(
                        f"the entity model {MODEL_RESOURCE} is missing from kmytext/data; "
                        "reinstall kmytext or rebuild it with `python scripts/train_ner.py`"
                    )
                with ref.open("rb") as fh:
                    _model = Model.load(fh)
    return _model


def use_model(path: str | Path) -> None:
    """Tag with the model at ``path`` instead of the shipped one (for experiments):
    a file written by :meth:`kmytext.ner.crf.Model.save`, or a ``.crfsuite`` model."""
    global _model
    from kmytext.ner.crf import Model

    p = Path(path)
    model = Model.from_crfsuite(p) if p.suffix == ".crfsuite" else Model.load(p)
    with _lock:
        _model = model


def segments(text: str, max_len: int = MAX_SEGMENT) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the sentences of ``text``, none longer than ``max_len``."""
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while e - s > max_len:
            cut = s + max_len
            # cut after the last soft break in the second half of the window, if any
            for b in _SOFT_BREAK.finditer(text, s + max_len // 2, cut):
                cut = b.end()
            yield s, cut
            s = cut
        if e > s:
            yield s, e


def tag_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the entities the model finds in ``text``."""
    return tag_spans_many([text])[0]


def tag_spans_many(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """:func:`tag_spans` of each text, the sentences of all of them tagged in one batch:
    the Viterbi's cost per step is paid once for the batch, not once per text, so many
    short articles tag about as fast as one long file."""
    where: list[tuple[int, int]] = []  # (text, offset) of each sentence
    sentences: list[str] = []
    for k, text in enumerate(texts):
        for s, e in segments(text):
            if _WORTH.search(text, s, e):
                where.append((k, s))
                sentences.append(text[s:e])
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for (k, s), found in zip(where, _load().spans(sentences)):
        out[k].extend([(s + a, s + b, t) for a, b, t in found])
    return out


_MIN_PROPAGATE = {"PER": 2, "LOC": 2, "ORG": 3}


def _starts(text: str, heads: Iterable[str]) -> list[int]:
    """Where in ``text`` one of the two-character ``heads`` begins: every character pair
    is tested at once, so only those positions are left to look at in Python."""
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    pairs = points[:-1] << 21 | points[1:]
    codes = np.array(sorted(ord(h[0]) << 21 | ord(h[1]) for h in heads), dtype=np.int64)
    return np.flatnonzero(np.isin(pairs, codes)).tolist()


def occurrences(text: str, names: Iterable[str]) -> dict[str, int]:
    """How often each name occurs in ``text`` (non-overlapping, as ``str.count``), in one
    pass over the text rather than one per name."""
    names = set(names)
    count = {name: 0 for name in names}
    for name in [x for x in names if len(x) < 2]:
        count[name] = text.count(name)
    by_head: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= 2:
            by_head.setdefault(name[:2], []).append(name)
    free: dict[str, int] = {}  # where a name's last occurrence ends
    for i in _starts(text, by_head):
        for name in by_head[text[i : i + 2]]:
            if text.startswith(name, i) and i >= free.get(name, 0):
                count[name] += 1
                free[name] = i + len(name)
    return count


def propagate(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Document-level consistency: every mention of a name gets the type the model gave
    it most often in ``text``, and a name found once is tagged wherever else it occurs,
    unless that overlaps another name."""
    votes: dict[str, dict[str, int]] = {}
    for s, e, t in spans:
        if e - s >= _MIN_PROPAGATE.get(t, 2):
            v = votes.setdefault(text[s:e], {})
            v[t] = v.get(t, 0) + 1
    if not votes:
        return spans
    major = {k: max(v, key=v.__getitem__) for k, v in votes.items()}
    spans = [(s, e, major.get(text[s:e], t)) for s, e, t in spans]
    # names by their first two characters, longest first
    by_head: dict[str, list[int]] = {}
    for name in votes:
        by_head.setdefault(name[:2], []).append(len(name))
    by_head = {k: sorted(set(v), reverse=True) for k, v in by_head.items()}
    taken = bytearray(len(text))
    for s, e, _ in spans:
        taken[s:e] = b"\x01" * (e - s)
    extra = []
    n = len(text)
    free = 0  # where the last name found ends
    for i in _starts(text, by_head):
        if i < free or taken[i]:
            continue
        for L in by_head[text[i : i + 2]]:
            e = i + L
            name = text[i:e]
            if name in major and not any(taken[i:e]) and not (
                # don't cut a Latin word or number in two
                (i and text[i - 1].isascii() and text[i - 1].isalnum() and text[i].isascii())
                or (e < n and text[e].isascii() and text[e].isalnum() and text[e - 1].isascii())
            ):
                extra.append((i, e, major[name]))
                taken[i:e] = b"\x01" * L
                free = e
                break
    return sorted(spans + extra) if extra else spans


def tag(text: str, *, consistent: bool = False) -> list[Entity]:
    """People (PER), places (LOC) and organisations (ORG) in ``text``, in order.

    Offsets point into ``text``: ``text[e.start:e.end] == e.text``. With
    ``consistent``, a name found once is tagged everywhere in ``text`` (see
    :func:`propagate`); meant for whole articles.

    >>> [(e.text, e.type) for e in tag("克拉玛依市中心医院院长董爱华在北京开会。")]
    [('克拉玛依市中心医院', 'ORG'), ('董爱华', 'PER'), ('北京', 'LOC')]
    """
    if not isinstance(text, str) or not text:
        return []
    spans = tag_spans(text)
    if consistent:
        spans = propagate(text, spans)
    return [Entity(text[s:e], t, s, e) for s, e, t in spans if text[s:e].strip()]
