"""The network and the CRF as one tagger: their label scores added, one Viterbi.

Both are linear-chain models over the same labels: the network's scores plus the CRF's
times a weight, with the transitions added the same way, are the scores of one
linear-chain model, decoded exactly by :class:`kmytext.ner.decode.Viterbi`. The two make
different mistakes (the CRF reads thousands of sparse features, rare ones too; the
network reads a window through dense embeddings), so together they find more names
than either (``kmytext/data/ner.md``).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import numpy as np

from kmytext.ner import modelfile
from kmytext.ner.crf import Model
from kmytext.ner.decode import Span, Viterbi, decode_in_chunks, labels_to_spans
from kmytext.ner.features import Pair
from kmytext.ner.net import Net

FORMAT = "kmytext-combined/1"


class Combined:
    """``net`` and ``crf`` with weight ``weight`` on the CRF's scores."""

    def __init__(self, net: Net, crf: Model, weight: float) -> None:
        self.net, self.crf, self.weight = net, crf, float(weight)
        self.labels = net.labels
        self._perm = np.array([crf.labels.index(x) for x in net.labels])
        T = net.transitions + self.weight * np.asarray(crf.transitions)[np.ix_(self._perm, self._perm)]
        self.transitions = T
        self._viterbi = Viterbi(T, self.labels.index("O"))

    def save(self, path: str | Path) -> None:
        """A zip of a JSON header (the weight) and the two models' own files."""
        parts = {}
        for name, model in (("net.zip", self.net), ("crf.zip", self.crf)):
            buf = io.BytesIO()
            model.save(buf)  # type: ignore[arg-type]
            parts[name] = buf.getvalue()
        modelfile.write(path, {"format": FORMAT, "weight": self.weight}, files=parts, compress=False)

    @classmethod
    def load(cls, source: str | Path | IO[bytes]) -> Combined:
        with zipfile.ZipFile(source) as zf:
            header = modelfile.header(zf, FORMAT)
            net = Net.load(io.BytesIO(zf.read("net.zip")))
            crf = Model.load(io.BytesIO(zf.read("crf.zip")))
        return cls(net, crf, header["weight"])

    def scores(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]]) -> np.ndarray:
        """``[characters, labels]`` scores of non-empty sentences end to end."""
        lengths = [len(s) for s in sentences]
        E = self.net.scores(self.net.encoder.encode(sentences, tagged), lengths)
        if self.weight:
            E += self.weight * self.crf.scores(sentences, tagged)[:, self._perm]
        return E

    def tag_ids(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]]) -> list[list[int]]:
        """The best label ids of every sentence."""
        return decode_in_chunks(sentences, self._viterbi, lambda chunk: self.scores(
            [sentences[j] for j in chunk], [tagged[j] for j in chunk]))

    def tag(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]]) -> list[list[str]]:
        return [[self.labels[y] for y in ys] for ys in self.tag_ids(sentences, tagged)]

    def spans(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]]) -> list[list[Span]]:
        """``(start, end, type)`` of the names in every sentence, offsets into it."""
        return [labels_to_spans(ys, self.labels) for ys in self.tag_ids(sentences, tagged)]
