"""Statistical named entities: people, places and organisations (PER/LOC/ORG).

Two models ship (:data:`MODELS`). ``fast``, the default: a character CRF over character
n-grams and jieba word/POS features, trained with python-crfsuite by ``python -m
tools.train.ner`` and shipped as ``kmytext/data/ner.crf``, which :mod:`kmytext.ner.crf` reads
and tags with in NumPy. ``accurate``: a convolutional network's label scores plus half a
CRF's (:mod:`kmytext.ner.combined`, ``kmytext/data/ner_accurate.zip``), chosen with
``$KMYTEXT_NER_MODEL``, :func:`use_model` or ``kmytext --accurate``. :func:`tag` is the
model alone; the rules for works, bylines and aliases live in :mod:`kmytext.ner.pipeline`.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING

import regex

from kmytext.errors import ArgumentError, KmytextError, ModelError
from kmytext.text.document import Document
from kmytext.types import Entity

if TYPE_CHECKING:
    from kmytext.ner.combined import Combined
    from kmytext.ner.crf import Model
    from kmytext.ner.net import Net

__all__ = ["tag", "tag_spans", "tag_spans_many", "segments", "use_model", "load_model", "MODEL_RESOURCE",
           "MODELS"]

MODEL_RESOURCE = "ner.crf"
# The shipped models by name: ``fast`` (the default) is the CRF; ``accurate`` adds a
# convolutional network's scores to a CRF's (kmytext/data/ner.md: F1 0.911 against 0.903 on
# held-back MSRA, 0.794 against 0.783 on CLUENER, at about a quarter of the speed).
# ``$KMYTEXT_NER_MODEL`` or :func:`use_model` chooses.
MODELS = {"fast": MODEL_RESOURCE, "accurate": "ner_accurate.zip"}
MODEL_ENV = "KMYTEXT_NER_MODEL"
MAX_SEGMENT = 200  # characters per CRF call; keeps time and memory linear

# Where to cut an over-long sentence: after a clause mark or whitespace.
_SOFT_BREAK = regex.compile(r"[，；、,;：:\s]")
# Text worth tagging: something that can start a name.
_WORTH = regex.compile(r"[\p{Han}\p{L}]")

_lock = threading.Lock()
_model: Model | Net | Combined | None = None


def load_model(source: str | Path | IO[bytes]) -> Model | Net | Combined:
    """A model file written by the ``save`` of :class:`kmytext.ner.combined.Combined`,
    :class:`kmytext.ner.net.Net` or :class:`kmytext.ner.crf.Model` (its header says which)."""
    import json
    import zipfile

    with zipfile.ZipFile(source) as zf:
        kind = json.loads(zf.read("header.json")).get("format", "")
    if hasattr(source, "seek"):
        source.seek(0)
    if kind.startswith("kmytext-net/"):
        from kmytext.ner.net import Net

        return Net.load(source)
    if kind.startswith("kmytext-combined/"):
        from kmytext.ner.combined import Combined

        return Combined.load(source)
    from kmytext.ner.crf import Model

    return Model.load(source)


def _shipped(name: str) -> Model | Net | Combined:
    """One of the shipped :data:`MODELS`, read from the package."""
    if name not in MODELS:
        raise ArgumentError(f"no entity model called {name!r}: choose one of {', '.join(MODELS)} "
                            f"(${MODEL_ENV} or use_model)")
    ref = resources.files("kmytext.data") / MODELS[name]
    if not ref.is_file():
        raise KmytextError(
            f"the entity model {MODELS[name]} is missing from kmytext/data; "
            "reinstall kmytext or rebuild it with `python -m tools.train.ner`"
        )
    with ref.open("rb") as fh:
        return load_model(io.BytesIO(fh.read()))


def _load() -> Model | Net | Combined:
    """The model in use, read once and shared by threads (the CRF guards the token tables it
    grows while tagging): the one :func:`use_model` chose, else ``$KMYTEXT_NER_MODEL``'s,
    else the fast one."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                name = os.environ.get(MODEL_ENV) or "fast"
                if name not in MODELS:  # the same for every unit: a ModelError stops the run, once
                    raise ModelError(f"${MODEL_ENV}={name!r}: no entity model of that name; set it to one of "
                                     f"{', '.join(MODELS)}, or unset it")
                _model = _shipped(name)
    return _model


def use_model(model: str | Path) -> None:
    """Tag with another model: a shipped one by name (``"fast"``, ``"accurate"``: see
    :data:`MODELS`), or the file at a path (experiments), written by the ``save`` of
    :class:`kmytext.ner.combined.Combined`, :class:`kmytext.ner.net.Net` or
    :class:`kmytext.ner.crf.Model`."""
    global _model
    chosen = _shipped(str(model)) if str(model) in MODELS else load_model(Path(model))
    with _lock:
        _model = chosen


def segments(doc: Document, max_len: int = MAX_SEGMENT) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the sentences of the document's clean text, none longer than
    ``max_len``."""
    text = doc.clean_text
    for s, e in doc.sentences:
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
    """``(start, end, type)`` of the entities the model finds in ``text`` (no cleanup)."""
    return tag_spans_many([Document("", text, clean=False)])[0]


def tag_spans_many(docs: Sequence[Document]) -> list[list[tuple[int, int, str]]]:
    """``(start, end, type)`` of the model's entities in each document's clean text, the
    sentences of all of them tagged in one batch: the Viterbi's cost per step is paid once
    for the batch, not once per text, so many short articles tag about as fast as one long
    file. The words are each document's own tokens, cut at the sentences."""
    where: list[tuple[int, int]] = []  # (document, offset) of each sentence
    sentences: list[str] = []
    tagged: list[list[tuple[str, str]]] = []
    for k, doc in enumerate(docs):
        text = doc.clean_text
        for s, e in segments(doc):
            if _WORTH.search(text, s, e):
                where.append((k, s))
                sentences.append(text[s:e])
                tagged.append(doc.tokens.pairs_between(s, e))
    out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
    for (k, s), found in zip(where, _load().spans(sentences, tagged)):
        out[k].extend([(s + a, s + b, t) for a, b, t in found])
    return out


def tag(text: str, *, consistent: bool = False) -> list[Entity]:
    """People (PER), places (LOC) and organisations (ORG) in ``text``, in order.

    Offsets point into ``text``: ``text[e.start:e.end] == e.text``. With
    ``consistent``, a name found once is tagged everywhere in ``text`` (see
    :func:`propagate`); meant for whole articles.

    >>> [(e.text, e.type) for e in tag("董爱华在北京开会。")]
    [('董爱华', 'PER'), ('北京', 'LOC')]
    """
    if not isinstance(text, str) or not text:
        return []
    spans = tag_spans(text)
    if consistent:
        from kmytext.ner.consistency import propagate

        spans = propagate(text, spans)
    return [Entity(text[s:e], t, s, e) for s, e, t in spans if text[s:e].strip()]
