"""A linear-chain CRF tagger in NumPy, for models trained with crfsuite.

crfsuite's own tagger takes features as Python strings, one tuple per character, and
building and converting them costs more than the tagging itself. Here the features of
:mod:`kmytext.ner.features` become integer codes instead: each column's values are
numbered once (a dict lookup per value, at C speed), a template's code combines the
numbers of its columns, and the weight row of a code is found by a sorted search. The
scores of all sentences of a text are summed in a few array operations and decoded
together by a batched Viterbi.

:meth:`Model.from_crfsuite` converts a crfsuite model (training, tests);
:meth:`Model.save` writes the compact file shipped in ``kmytext/data``, byte for byte
the same for the same model; :meth:`Model.load` reads it back.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from itertools import repeat
from pathlib import Path
from typing import IO

import numpy as np
import regex

from kmytext.ner.features import (
    CHAR_COLUMNS, END, PER_WORD, REACH, START, TEMPLATES, WORD_COLUMNS, char_columns, word_columns,
)

FORMAT = "kmytext-crf/1"
_BATCH = 1024  # sentences scored and decoded together: bounds memory


def _numbering(vocab: dict[str, list[str]]) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Each column's values numbered from 1 (0 is any value the model does not know), and
    how many numbers each column uses."""
    ids = {col: {v: i for i, v in enumerate(values, 1)} for col, values in vocab.items()}
    return ids, {col: len(values) + 1 for col, values in vocab.items()}


class Model:
    """A CRF over :data:`kmytext.ner.features.TEMPLATES`: labels, weights and code tables."""

    def __init__(
        self,
        labels: list[str],
        transitions: np.ndarray,
        weights: np.ndarray,
        vocab: dict[str, list[str]],
        codes: list[np.ndarray],
        rows: list[np.ndarray],
    ) -> None:
        self.labels = labels
        self.transitions = transitions  # [from, to]
        self.weights = weights  # [attribute, label]; the last row is all zeros
        self.vocab = vocab
        self.codes = codes  # per template: sorted codes of the attributes it has
        self.rows = rows  # per template: the weight row of each code
        self._ids, self._size = _numbering(vocab)
        # character columns: a symbol's id by its code point (the last entry, 0, for any
        # code point past the known ones)
        self._points: dict[str, np.ndarray] = {}
        for col in CHAR_COLUMNS:
            known = [(ord(v), i) for v, i in self._ids.get(col, {}).items() if len(v) == 1]
            table = np.zeros(max((p for p, _ in known), default=0) + 2, dtype=np.int32)
            for p, i in known:
                table[p] = i
            self._points[col] = table
        none = len(weights) - 1
        # single-column templates look rows up directly by value id
        self._direct: list[np.ndarray | None] = []
        for (_, parts), c, r in zip(TEMPLATES, codes, rows):
            if len(parts) == 1:
                table = np.full(self._size[parts[0][0]], none, dtype=np.int32)
                table[c] = r
                self._direct.append(table)
            else:
                self._direct.append(None)
        # labels as letters for decoding: B-X upper case, I-X lower case, O "."
        types = sorted({x[2:] for x in labels if x[:2] in ("B-", "I-")})
        self._types = {chr(ord("a") + k): t for k, t in enumerate(types)}
        letter = {f"B-{t}": chr(ord("A") + k) for k, t in enumerate(types)}
        letter.update({f"I-{t}": chr(ord("a") + k) for k, t in enumerate(types)})
        self._letters = np.array([ord(letter.get(x, ".")) for x in labels], dtype=np.uint8)
        self._names = regex.compile("|".join(f"[{x.upper()}{x}]{x}*" for x in self._types) or "(?!)")
        # a template without any attribute gets one code no value can have
        self._lookup = [(c, r) if len(c) else (np.array([-1]), np.array([none], dtype=np.int32))
                        for c, r in zip(codes, rows)]

    # -- building and storing -------------------------------------------------

    @classmethod
    def from_crfsuite(cls, path: str | Path) -> Model:
        """Convert a crfsuite model trained on :func:`kmytext.ner.features.sent2features`."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = list(tagger.labels())
        lab = {x: i for i, x in enumerate(labels)}
        transitions = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            transitions[lab[a], lab[b]] = w
        parts_of = dict(TEMPLATES)
        attrs = sorted({a for a, _ in info.state_features})
        row = {a: i for i, a in enumerate(attrs)}
        weights = np.zeros((len(attrs) + 1, len(labels)))
        for (a, y), w in info.state_features.items():
            weights[row[a], lab[y]] = w
        # split every attribute into its template and its columns' values
        values: dict[str, set[str]] = {}
        split: list[tuple[int, list[str], int]] = []
        names = [name for name, _ in TEMPLATES]
        for a in attrs:
            name, _, value = a.partition("=")
            parts = parts_of.get(name)
            if parts is None:
                raise ValueError(f"{path}: feature {a!r} is not one of the templates")
            vals = [value] if len(parts) == 1 else list(value)
            if len(vals) != len(parts):
                raise ValueError(f"{path}: feature {a!r} does not fit template {name}")
            for (col, _), v in zip(parts, vals):
                values.setdefault(col, set()).add(v)
            split.append((names.index(name), vals, row[a]))
        vocab = {col: sorted(v) for col, v in values.items()}
        ids, size = _numbering(vocab)
        per: list[list[tuple[int, int]]] = [[] for _ in TEMPLATES]
        for t, vals, r in split:
            code = 0
            for (col, _), v in zip(TEMPLATES[t][1], vals):
                code = code * size[col] + ids[col][v]
            per[t].append((code, r))
        codes = [np.array(sorted(p), dtype=np.int64).reshape(-1, 2) for p in per]
        for (_, parts) in TEMPLATES:
            for col, _ in parts:
                vocab.setdefault(col, [])
        return cls(labels, transitions, weights, vocab,
                   [c[:, 0].copy() for c in codes], [c[:, 1].astype(np.int32) for c in codes])

    def save(self, path: str | Path) -> None:
        """Write the model as a zip of a JSON header and .npy arrays, with fixed dates."""
        header = {"format": FORMAT, "labels": self.labels, "templates": TEMPLATES,
                  "vocab": self.vocab}
        arrays = {"transitions": self.transitions, "weights": self.weights}
        for i, (c, r) in enumerate(zip(self.codes, self.rows)):
            arrays[f"codes{i}"] = c
            arrays[f"rows{i}"] = r
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            def put(name: str, data: bytes) -> None:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)

            put("header.json", json.dumps(header, ensure_ascii=False, sort_keys=True).encode())
            for name, arr in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
                put(name + ".npy", buf.getvalue())

    @classmethod
    def load(cls, source: str | Path | IO[bytes]) -> Model:
        with zipfile.ZipFile(source) as zf:
            header = json.loads(zf.read("header.json"))
            if header.get("format") != FORMAT or [
                [name, [list(p) for p in parts]] for name, parts in TEMPLATES
            ] != header["templates"]:
                raise ValueError("the entity model was built for other features; "
                                 "rebuild it with `python -m tools.train.ner`")

            def arr(name: str) -> np.ndarray:
                return np.lib.format.read_array(io.BytesIO(zf.read(name + ".npy")))

            n = len(TEMPLATES)
            return cls(header["labels"], arr("transitions"), arr("weights"), header["vocab"],
                       [arr(f"codes{i}") for i in range(n)], [arr(f"rows{i}") for i in range(n)])

    # -- tagging ----------------------------------------------------------------

    def scores(self, sentences: Sequence[str], tagged: Sequence[list[tuple[str, str]]]) -> np.ndarray:
        """Per-character label scores of the sentences (``tagged``: each one's words and POS),
        concatenated: ``[chars, labels]``."""
        cols = word_columns(tagged)
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        n = int(lengths.sum())
        # character columns are read at offsets, so each sentence is padded; pos is
        # where the real characters sit in the padded sequence
        pos = np.repeat(np.arange(len(sentences)) * 2 * REACH + REACH, lengths) + np.arange(n)
        ids: dict[str, np.ndarray] = {}
        lead, tail = START * REACH, END * REACH
        padded = char_columns(lead + (tail + lead).join(sentences) + tail)
        padded["B"] = lead + (tail + lead).join(cols.B) + tail
        for col in CHAR_COLUMNS:
            points = np.frombuffer(padded[col].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            table = self._points[col]
            ids[col] = table[np.minimum(points, len(table) - 1)]
        per_word = np.array(cols.lengths, dtype=np.int64)
        for col in WORD_COLUMNS:
            values = cols.words[col]
            found = np.fromiter(map(self._ids[col].get, values, repeat(0)), dtype=np.int32,
                                count=len(values))
            ids[col] = np.repeat(found, per_word) if col in PER_WORD else found
        none = len(self.weights) - 1
        total = np.zeros((n, len(self.labels)))
        for (_, parts), direct, (codes, rows) in zip(TEMPLATES, self._direct, self._lookup):
            at = [ids[col][pos + off] if col in CHAR_COLUMNS else ids[col] for col, off in parts]
            if direct is not None:
                r = direct[at[0]]
            else:
                code = np.zeros(n, dtype=np.int64)
                for (col, _), a in zip(parts, at):
                    code *= self._size[col]
                    code += a
                i = np.searchsorted(codes, code)
                i[i == len(codes)] = 0
                r = np.where(codes[i] == code, rows[i], none)
            total += self.weights[r]
        return total

    def _decode(self, sentences: Sequence[str], tagged: Sequence[list[tuple[str, str]]] | None
                ) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
        """``(indices, paths, lengths)`` for batches of the non-empty sentences (``tagged``:
        their words, by default the segmenter's)."""
        if tagged is None:
            from kmytext.ner.features import sentence_pairs

            tagged = [sentence_pairs(s) for s in sentences]
        # sentences of similar length decode together: less padding in the Viterbi
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for b in range(0, len(order), _BATCH):
            batch = order[b : b + _BATCH]
            sents = [sentences[i] for i in batch]
            lengths = np.fromiter(map(len, sents), dtype=np.int64, count=len(sents))
            scores = self.scores(sents, [tagged[i] for i in batch])
            paths = self._viterbi(scores, np.cumsum(lengths) - lengths, lengths)
            yield batch, paths, lengths

    def tag(self, sentences: Sequence[str], tagged: Sequence[list[tuple[str, str]]] | None = None
            ) -> list[list[str]]:
        """The best label sequence of every sentence (an empty sentence gives ``[]``)."""
        out: list[list[str]] = [[] for _ in sentences]
        for batch, paths, lengths in self._decode(sentences, tagged):
            for k, i in enumerate(batch):
                out[i] = [self.labels[y] for y in paths[k, : lengths[k]].tolist()]
        return out

    def spans(self, sentences: Sequence[str], tagged: Sequence[list[tuple[str, str]]] | None = None
              ) -> list[list[tuple[int, int, str]]]:
        """``(start, end, type)`` of the names in every sentence, offsets into it.

        A ``B-X`` starts a name and the ``I-X`` after it continue it; a stray ``I-X``
        starts one too. The labels of a batch become one string, one letter a label,
        which a regex cuts into names."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
        for batch, paths, lengths in self._decode(sentences, tagged):
            S, T = paths.shape
            grid = np.full((S, T + 1), ord("|"), dtype=np.uint8)  # "|" ends every row
            live = np.arange(T)[None, :] < lengths[:, None]
            grid[:, :T][live] = self._letters[paths[live]]
            for m in self._names.finditer(grid.tobytes().decode("ascii")):
                row, col = divmod(m.start(), T + 1)
                out[batch[row]].append((col, col + len(m.group()), self._types[m.group()[0].lower()]))
        return out

    def _viterbi(self, emit: np.ndarray, offsets: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Best paths of a batch of sentences, ``[sentence, max length]`` label ids;
        ``lengths`` must be ascending.

        Past its end a sentence's back-pointers point to themselves, so one pass over the
        longest sentence decodes them all; at step t only the sentences longer than t,
        a tail of the batch, are updated."""
        S, T, L = len(lengths), int(lengths[-1]), len(self.labels)
        if S == 1:  # one sentence (the library on a short string): fewer array calls per step
            return self._viterbi_one(emit[offsets[0] : offsets[0] + T])[None, :]
        idx = offsets[:, None] + np.minimum(np.arange(T)[None, :], lengths[:, None] - 1)
        E = emit[idx]  # [S, T, L]
        back = np.empty((T, S, L), dtype=np.int8)
        back[:] = np.arange(L, dtype=np.int8)
        score = E[:, 0].copy()
        trans = self.transitions[None]
        live = np.searchsorted(lengths, np.arange(T), side="right")  # first live sentence
        for t in range(1, T):
            k = live[t]
            cand = score[k:, :, None] + trans  # [live, from, to]
            back[t, k:] = cand.argmax(axis=1)
            score[k:] = cand.max(axis=1) + E[k:, t]
        path = np.empty((S, T), dtype=np.int64)
        y = score.argmax(axis=1)
        path[:, T - 1] = y
        every = np.arange(S)
        for t in range(T - 1, 0, -1):
            y = back[t, every, y]
            path[:, t - 1] = y
        return path

    def _viterbi_one(self, E: np.ndarray) -> np.ndarray:
        """Best path of one sentence, ``E`` its ``[length, labels]`` scores."""
        T = len(E)
        back = np.empty((T, len(self.labels)), dtype=np.int8)
        score = E[0]
        trans = self.transitions
        for t in range(1, T):
            cand = score[:, None] + trans  # [from, to]
            back[t] = cand.argmax(axis=0)
            score = cand.max(axis=0) + E[t]
        path = np.empty(T, dtype=np.int64)
        y = int(score.argmax())
        path[T - 1] = y
        for t in range(T - 1, 0, -1):
            y = int(back[t, y])
            path[t - 1] = y
        return path
