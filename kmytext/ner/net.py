"""A small convolutional network with CRF transitions over characters, run in NumPy.

Each character is read as seven ids (:meth:`Encoder.encode`): its folded character, the
character bigrams to its left and right, its word's BMES position with the word's POS
and the word itself (the document's own segmentation), and where it falls in a known
name (the training names, :class:`kmytext.ner.features.Gazetteer`) and in a place name
(cities, prefectures and counties). Their embeddings, side by side, go through three
convolutions of width 3 (dilation 1, 2, 3; ReLU, each after the first added to its
input), a linear layer gives a score per label, and the best label sequence under
the learned transitions is found by :class:`kmytext.ner.decode.Viterbi`.

The weights are trained with PyTorch by ``python -m tools.train.ner`` (PyTorch is needed
only to train) and shipped as ``kmytext/data/ner.npz``; :meth:`Net.load` reads them.
The sentences of a batch are laid end to end with rows of zeros between them, so each
convolution is one matrix product over the whole batch, whatever its number of texts.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import IO

import numpy as np

from kmytext.ner import modelfile
from kmytext.ner.decode import Span, Viterbi, decode_in_chunks, labels_to_spans
from kmytext.ner.features import Gazetteer, Pair, fold

FORMAT = "kmytext-net/1"
GAP = 3  # zero rows between sentences: the widest reach of a convolution (dilation 3)
DILATIONS = (1, 2, 3)
COLUMNS = ("c", "bl", "br", "wp", "w", "g", "pl", "lb", "le")  # the ids of a character, in this order
_MAX_TOKENS = 500_000  # distinct (word, POS) pairs remembered
PAD, UNK = 0, 1  # ids every vocabulary starts with


def _bmes(n: int) -> str:
    return "S" if n == 1 else "B" + "M" * (n - 2) + "E"


# jieba's POS tags in the classes the lexicon columns tell apart
_CLASS = {"nr": 1, "nrt": 1, "nrfg": 1, "ns": 2, "nt": 3, "nz": 4, "n": 5, "vn": 5, "an": 5, "j": 6,
          "i": 7, "l": 7, "v": 8}
LEXICON_IDS = 2 + 9 * 4  # PAD, none, then (class, length 2 / 3 / 4 / 5+)


class Lexicon:
    """jieba's dictionary as a lattice: at each character, the longest dictionary word
    (two to eight characters) that starts there and the longest that ends there, each as
    an id for its POS class and length (the words rjieba did not choose count too)."""

    MAX = 8

    def __init__(self, tags: dict[str, str]) -> None:
        self.ids = {w: 2 + 4 * _CLASS.get(p, 0) + min(len(w), 5) - 2
                    for w, p in tags.items() if 2 <= len(w) <= self.MAX}
        heads: dict[str, set[int]] = {}
        for w in self.ids:
            heads.setdefault(w[:2], set()).add(len(w))
        self._heads = {k: sorted(v, reverse=True) for k, v in heads.items()}

    def marks(self, text: str) -> tuple[list[int], list[int]]:
        """The start and end ids of every character of ``text`` (1: no word)."""
        n = len(text)
        start = [1] * n
        end = [1] * n
        end_len = [0] * n
        heads, ids = self._heads, self.ids
        for i in [i for i in range(n - 1) if text[i : i + 2] in heads]:
            for L in heads[text[i : i + 2]]:  # longest first
                k = ids.get(text[i : i + L]) if i + L <= n else None
                if k is None:
                    continue
                if start[i] == 1:
                    start[i] = k
                j = i + L - 1
                if L > end_len[j]:
                    end_len[j] = L
                    end[j] = k
        return start, end


class Encoder:
    """The ids of every character of a batch of sentences, from the vocabularies of a
    trained model: ``chars`` (folded characters), ``bigrams`` (pairs of character ids),
    ``wordpos`` (BMES position + POS), ``words`` (folded words), the gazetteer of known
    names and the list of place names."""

    def __init__(self, chars: list[str], bigrams: np.ndarray, wordpos: list[str], words: list[str],
                 names: dict[str, str], places: list[str], lexicon: bool = False) -> None:
        self.lexicon = lexicon
        self._lexicon: Lexicon | None = None
        self.chars, self.wordpos, self.words = chars, wordpos, words
        self.bigrams = np.asarray(bigrams, dtype=np.int64)  # sorted codes c1 * V + c2
        self.names, self.places = names, places
        self._char_id = {ch: i for i, ch in enumerate(chars, 2)}
        self._wp_id = {v: i for i, v in enumerate(wordpos, 2)}
        self._w_id = {v: i for i, v in enumerate(words, 2)}
        self.n_chars = len(chars) + 2
        self.gazetteer = Gazetteer(names)
        self.place_marks = Gazetteer(dict.fromkeys(places, "LOC"))
        self._bmp: np.ndarray | None = None
        self._tok_index: dict[Pair, tuple[list[int], int]] = {}
        self._mark_id = np.zeros(128, dtype=np.int32)
        for k, sym in enumerate("-abcdefghijkl", 1):
            self._mark_id[ord(sym)] = k

    def char_ids(self, text: str) -> np.ndarray:
        """The id of every character of ``text`` (folded: full width, case, digits)."""
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if len(points) and points.max() >= 0x10000:  # past the Basic Multilingual Plane
            get = self._char_id.get
            return np.array([get(c, UNK) for c in fold(text)], dtype=np.int64)
        if self._bmp is None:
            get = self._char_id.get
            self._bmp = np.array([get(c, UNK) for c in fold("".join(map(chr, range(0x10000))))],
                                 dtype=np.int64)
        return self._bmp[points]

    def bigram_ids(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """The ids of the bigrams (``left``, ``right``) of character ids: 2 + their rank
        among the known ones, ``UNK`` for the others."""
        code = left * self.n_chars + right
        if not len(self.bigrams):
            return np.full(len(code), UNK, dtype=np.int64)
        i = np.searchsorted(self.bigrams, code)
        i[i == len(self.bigrams)] = 0
        return np.where(self.bigrams[i] == code, i + 2, UNK)

    def _token(self, pair: Pair) -> tuple[list[int], int]:
        hit = self._tok_index.get(pair)
        if hit is None:
            w, p = pair
            gwp = self._wp_id.get
            hit = ([gwp(b + p, UNK) for b in _bmes(len(w))], self._w_id.get(fold(w), UNK))
            if len(self._tok_index) > _MAX_TOKENS:
                self._tok_index.clear()
            self._tok_index[pair] = hit
        return hit

    def encode(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]],
               gazetteer: Gazetteer | None = None) -> np.ndarray:
        """``[characters, 7]`` ids of the sentences end to end (the :data:`COLUMNS`);
        ``tagged``: each sentence's (word, POS) pairs, covering it exactly; ``gazetteer``:
        the known names, by default the model's (training passes the names of the other
        folds)."""
        text = "".join(sentences)
        n = len(text)
        out = np.empty((n, len(COLUMNS)), dtype=np.int64)
        c = self.char_ids(text)
        out[:, 0] = c
        # bigrams do not cross a sentence's ends: START (0) before it, END (0) after it
        prev = np.empty(n, dtype=np.int64)
        nxt = np.empty(n, dtype=np.int64)
        prev[1:], nxt[:-1] = c[:-1], c[1:]
        if len(sentences) == 1:
            if n:
                prev[0] = nxt[-1] = PAD
        else:
            lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
            ends = np.cumsum(lengths)
            firsts = (ends - lengths)[lengths > 0]
            prev[firsts] = PAD
            nxt[ends[lengths > 0] - 1] = PAD
        out[:, 1] = self.bigram_ids(prev, c)
        out[:, 2] = self.bigram_ids(c, nxt)
        toks = list(map(self._token, chain.from_iterable(tagged)))
        out[:, 3] = list(chain.from_iterable([t[0] for t in toks]))
        lens = [len(w) for w, _ in chain.from_iterable(tagged)]
        out[:, 4] = np.repeat(np.array([t[1] for t in toks], dtype=np.int64), lens)
        gaz = gazetteer or self.gazetteer
        marks = "".join([gaz.marks(s) for s in sentences]).encode("ascii")
        out[:, 5] = self._mark_id[np.frombuffer(marks, dtype=np.uint8)]
        places = "".join([self.place_marks.marks(s) for s in sentences]).encode("ascii")
        out[:, 6] = self._mark_id[np.frombuffer(places, dtype=np.uint8)]
        if self.lexicon:
            if self._lexicon is None:
                from kmytext.text.segment import dictionary_tags

                self._lexicon = Lexicon(dictionary_tags())
            lex = [self._lexicon.marks(s) for s in sentences]
            out[:, 7] = list(chain.from_iterable([b for b, _ in lex]))
            out[:, 8] = list(chain.from_iterable([e for _, e in lex]))
        else:
            out[:, 7:] = PAD
        return out


def quantized(arrays: dict[str, np.ndarray], min_rows: int = 1000) -> dict[str, np.ndarray]:
    """``arrays`` as shipped: the embedding tables of ``min_rows`` rows or more as int8
    with a float32 scale per row (``NAME`` and ``NAME.scale``), the rest float32 (the
    transitions float64). A quarter of the size; :class:`Net` multiplies them back."""
    out: dict[str, np.ndarray] = {}
    for name, v in arrays.items():
        if name.startswith("emb_") and len(v) >= min_rows and not name.endswith(".scale"):
            scale = (np.abs(v).max(axis=1) / 127).astype(np.float32)
            scale[scale == 0] = 1.0
            out[name] = np.round(v / scale[:, None]).astype(np.int8)
            out[name + ".scale"] = scale
        else:
            out[name] = v
    return out


def _float(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The weights as float32, int8 tables multiplied by their row scales."""
    out = {}
    for name, v in arrays.items():
        if name.endswith(".scale"):
            continue
        scale = arrays.get(name + ".scale")
        out[name] = (v.astype(np.float32) * scale[:, None] if scale is not None
                     else np.asarray(v, dtype=np.float32))
    return out


class Net:
    """The network's weights (as shipped: see :func:`quantized`) and its encoder;
    :meth:`spans` tags."""

    def __init__(self, labels: list[str], encoder: Encoder, arrays: dict[str, np.ndarray]) -> None:
        self.labels = labels
        self.encoder = encoder
        self.arrays = arrays
        a = _float(arrays)
        self.embeddings = [a[f"emb_{c}"] for c in ("c", "b", "wp", "w", "g", "pl")]
        self.lexicon = [a["emb_lb"], a["emb_le"]] if "emb_lb" in a else []
        # a convolution of width 3 as one product: [x(i-d) | x(i) | x(i+d)] weights side by side
        self.convs = []
        for k, d in enumerate(DILATIONS):
            W = a[f"conv{k}.weight"]  # torch's [out, in, 3]
            self.convs.append((np.concatenate([W[:, :, j].T for j in range(3)], axis=1).copy(),
                               a[f"conv{k}.bias"], d, W.shape[0]))
        self.out_w = a["out.weight"].T.copy()
        self.out_b = a["out.bias"]
        self.transitions = np.asarray(arrays["transitions"], dtype=np.float64)
        self._viterbi = Viterbi(self.transitions, labels.index("O"))
        self._layout: dict[tuple[int, ...], tuple[np.ndarray, np.ndarray]] = {}

    # -- storing ----------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """A zip of a JSON header (labels, vocabularies, names, places) and .npy arrays,
        with fixed dates: the same model gives the same bytes."""
        e = self.encoder
        header = {"format": FORMAT, "labels": self.labels, "chars": e.chars, "wordpos": e.wordpos,
                  "words": e.words, "names": e.names, "places": e.places, "lexicon": e.lexicon}
        arrays = dict(self.arrays)
        arrays["bigrams"] = e.bigrams
        modelfile.write(path, header, {name: arrays[name] for name in sorted(arrays)})

    @classmethod
    def load(cls, source: str | Path | IO[bytes]) -> Net:
        with zipfile.ZipFile(source) as zf:
            header = modelfile.header(zf, FORMAT)
            arrays = {n[:-4]: modelfile.array(zf, n[:-4]) for n in zf.namelist() if n.endswith(".npy")}
        enc = Encoder(header["chars"], arrays.pop("bigrams"), header["wordpos"], header["words"],
                      header["names"], header["places"], bool(header.get("lexicon")))
        return cls(header["labels"], enc, arrays)

    # -- tagging ----------------------------------------------------------------------

    def _rows(self, lengths: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Where each character sits in the laid-out batch (``GAP`` zero rows before every
        sentence and after the last), and a mask of the real rows."""
        key = tuple(lengths)
        hit = self._layout.get(key)
        if hit is None:
            lens = np.asarray(lengths, dtype=np.int64)
            n = int(lens.sum())
            at = np.repeat(np.arange(len(lens)) * GAP + GAP, lens) + np.arange(n)
            mask = np.zeros((n + GAP * (len(lens) + 1), 1), dtype=np.float32)
            mask[at] = 1.0
            hit = (at, mask)
            if len(lengths) == 1 and len(self._layout) < 512:
                self._layout[key] = hit
        return hit

    def scores(self, ids: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """``[characters, labels]`` scores of sentences of ``lengths`` given their ids."""
        at, mask = self._rows(lengths)
        ec, eb, ewp, ew, eg, epl = self.embeddings
        parts = [ec[ids[:, 0]], eb[ids[:, 1]], eb[ids[:, 2]], ewp[ids[:, 3]], ew[ids[:, 4]],
                 eg[ids[:, 5]], epl[ids[:, 6]]]
        if self.lexicon:
            parts += [self.lexicon[0][ids[:, 7]], self.lexicon[1][ids[:, 8]]]
        x = np.concatenate(parts, axis=1)
        h = np.zeros((len(mask), x.shape[1]), dtype=np.float32)
        h[at] = x
        R = len(mask)
        for k, (W, b, d, H) in enumerate(self.convs):
            z = h @ W  # [rows, 3H]: each row's contribution as the left, middle and right input
            y = z[:, H : 2 * H] + b
            y[d:] += z[: R - d, :H]
            y[: R - d] += z[d:, 2 * H :]
            np.maximum(y, 0.0, out=y)
            y *= mask
            h = y if k == 0 else h + y
        return (h[at] @ self.out_w + self.out_b).astype(np.float64)

    def tag_ids(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]]) -> list[list[int]]:
        """The best label ids of every sentence."""
        return decode_in_chunks(sentences, self._viterbi, lambda chunk: self.scores(
            self.encoder.encode([sentences[j] for j in chunk], [tagged[j] for j in chunk]),
            [len(sentences[j]) for j in chunk]))

    def tag(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]]) -> list[list[str]]:
        """The best label sequence of every sentence (an empty sentence gives ``[]``)."""
        return [[self.labels[y] for y in ys] for ys in self.tag_ids(sentences, tagged)]

    def spans(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]]) -> list[list[Span]]:
        """``(start, end, type)`` of the names in every sentence, offsets into it."""
        return [labels_to_spans(ys, self.labels) for ys in self.tag_ids(sentences, tagged)]
