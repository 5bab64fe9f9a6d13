"""A linear-chain CRF tagger in NumPy and plain Python, for models trained with crfsuite.

crfsuite's own tagger wants every feature as a string in a Python tuple per character,
and building and converting them costs more than the tagging itself. Here the features
of :mod:`kmytext.ner.features` become integer codes instead: every (column, offset) a
template reads is a part, a batch's parts are one ``[chars, parts]`` array of value ids
(character columns from a table over the BMP, word columns from a table of the (word,
POS) pairs met so far), templates with few codes find their weight row in one flat
table and the character bigrams by one sorted search, and one fancy index sums the rows:
a short text pays a fixed two dozen array operations.

Decoding is exact Viterbi, run only where a name could be (:class:`kmytext.ner.decode.Viterbi`).
The labels are those of crfsuite's own Viterbi (``tests/test_ner_crf.py``).

:meth:`Model.from_crfsuite` converts a crfsuite model (training, tests);
:meth:`Model.save` writes the compact file shipped in ``kmytext/data``, byte for byte
the same for the same model; :meth:`Model.load` reads it back.
"""

from __future__ import annotations

import re
import threading
import zipfile
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import IO, cast

import numpy as np

from kmytext.errors import ModelError
from kmytext.ner import decode, modelfile
from kmytext.ner.decode import Span, Viterbi, decode_in_chunks, labels_to_spans
from kmytext.ner.features import (
    CHAR_COLUMNS, END, START, TEMPLATES, Gazetteer, Pair, Template, char_columns, columns, neighbour_keys, reach,
    sentence_pairs, token_values, word_values,
)

FORMAT = "kmytext-crf/2"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters past the BMP
_DIRECT = 1 << 20  # a template with at most this many codes gets a flat table of rows
_MAX_TOKENS = 500_000  # distinct (word, POS) pairs remembered
_GATHER_AT_ONCE = 1024  # characters under which Model.scores gathers all weight rows in one go
_WORD_COLUMNS = ("p", "w", "pp", "np", "pw", "nw")  # the word columns, as Model._word_ids gives them


def _numbering(vocab: dict[str, list[str]]) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Each column's values numbered from 1 (0 is any value the model does not know), and
    how many numbers each column uses."""
    ids = {col: {v: i for i, v in enumerate(values, 1)} for col, values in vocab.items()}
    return ids, {col: len(values) + 1 for col, values in vocab.items()}


def _put(table: np.ndarray, at: int, rows: Sequence[tuple[int, ...]]) -> np.ndarray:
    """``table`` with ``rows`` written from row ``at``: the same array, or one twice as
    large when it is full."""
    if not rows:
        return table
    end = at + len(rows)
    if end > len(table):
        grown = np.zeros((max(2 * end, 1024), table.shape[1]), dtype=table.dtype)
        grown[:at] = table[:at]
        table = grown
    table[at:end] = rows
    return table


def _sparse(mult: np.ndarray) -> tuple[tuple[np.ndarray, type], ...]:
    """The ``[parts, templates]`` multipliers by template, for the C extension: where each
    template's entries start, their parts and their multipliers (each as ``(array, dtype)``)."""
    part, template = np.nonzero(mult.T)[::-1]
    order = np.argsort(template, kind="stable")
    start = np.searchsorted(template[order], np.arange(mult.shape[1] + 1))
    return (start, np.int64), (part[order], np.int64), (mult[part[order], template[order]], np.int64)


class Model:
    """A CRF over feature templates: labels, weights, the templates and their code tables."""

    def __init__(
        self,
        labels: list[str],
        transitions: np.ndarray,
        weights: np.ndarray,
        vocab: dict[str, list[str]],
        codes: list[np.ndarray],
        rows: list[np.ndarray],
        templates: Sequence[Template] = TEMPLATES,
        gazetteer: dict[str, str] | None = None,
    ) -> None:
        self.labels = labels
        self.gazetteer = Gazetteer(gazetteer or {})
        self.templates: tuple[Template, ...] = tuple(
            (name, tuple((str(c), int(o)) for c, o in parts)) for name, parts in templates)
        self.transitions = transitions  # [from, to]
        self.weights = weights  # [attribute, label]; the last row is all zeros
        self.vocab = vocab
        self.codes = codes  # per template: sorted codes of the attributes it has
        self.rows = rows  # per template: the weight row of each code
        self.reach = reach(self.templates)
        used = columns(self.templates)
        for c in used:
            self.vocab.setdefault(c, [])
        self._ids, self._size = _numbering(self.vocab)
        self._char_cols = [c for c in CHAR_COLUMNS if c in used]
        self._word_cols = [c for c in used if c not in CHAR_COLUMNS]
        self._compile()

    def _compile(self) -> None:
        """Tables for tagging. Every (column, offset) a template reads is a *part*; a
        batch's parts are one ``[chars, parts]`` array of value ids. Templates with few
        codes find their weight row in one flat table, at a matrix product of the parts
        with their multipliers; character pairs (the bigrams) by one sorted search per
        character and gap; any other template by a sorted search of its codes."""
        none = len(self.weights) - 1
        self._none = none
        parts: list[tuple[str, int]] = []
        for _, tparts in self.templates:
            for p in tparts:
                if p not in parts:
                    parts.append(p)
        char_parts = [p for p in parts if p[0] in CHAR_COLUMNS]
        word_parts = [p for p in parts if p[0] not in CHAR_COLUMNS]
        self._parts = char_parts + word_parts
        where = {p: k for k, p in enumerate(self._parts)}
        self._word_cols = [c for c, _ in word_parts]
        self._char_parts = char_parts
        # character columns: ids by code point; c, t and s are functions of the
        # character, so a table over the Basic Multilingual Plane is filled in as
        # characters are met (by _point_ids); B (from the words) by its symbol
        self._cols = [c for c in CHAR_COLUMNS if any(c == x for x, _ in char_parts)]
        # int32: half the cache lines of int64 for the rows a sentence reads
        self._bmp = np.zeros((0x10000, len(self._cols)), dtype=np.int32)
        self._bmp_known = np.zeros(0x10000, dtype=bool)  # which rows are filled in
        self._b_col = self._cols.index("B") if "B" in self._cols else -1
        self._c_col = self._cols.index("c") if "c" in self._cols else -1
        self._g_col = self._cols.index("g") if "g" in self._cols else -1
        self._b_ids = {ch: self._ids["B"].get(ch, 0) for ch in "BMES"} if "B" in self._cols else {}
        self._b_pad = self._ids["B"].get(START, 0) if "B" in self._cols else 0
        self._b_end = self._ids["B"].get(END, 0) if "B" in self._cols else 0
        # tokens met so far (see _add_tokens), and the POS / next-word keys numbered
        # The token tables grow (and are reset) while tagging: one thread at a time reads and
        # changes them (_word_ids); the rest of the model is read-only.
        self._tok_lock = threading.Lock()
        self._tok_index: dict[Pair, int] = {}
        self._tok_count = 0  # tokens stored so far
        self._tok_nchars = 0  # their characters
        # per token: the offset of its first character's row, its length, its POS, its
        # next-word key and its pw and nw ids; per character: its p, w and B ids
        self._tok_words = np.zeros((0, 6), dtype=np.int64)
        self._tok_chars = np.zeros((0, 3), dtype=np.int64)
        self._tag_numbers: tuple[dict[str, int], dict[str, int]] = ({}, {})  # POS, next-word key
        self._shapes: dict[tuple[int, str], tuple[list[int], list[int], str]] = {}  # see _add_tokens
        self._pos_names: list[str] = []
        self._next_names: list[str] = []
        self._pp = np.zeros((0, 0), dtype=np.int64)
        self._np = np.zeros((0, 0), dtype=np.int64)
        self._tag_index("^", 0)  # 0: before a sentence's first word
        self._tag_index("$", 1)  # 0: after its last
        # the word before a sentence's first (POS "^") and after its last (next key "$")
        self._edge_before = np.array([[0, 0, 0, 0, self._ids.get("pw", {}).get("^", 0), 0]], dtype=np.int64)
        self._edge_after = np.array([[0, 0, 0, 0, 0, self._ids.get("nw", {}).get("$", 0)]], dtype=np.int64)

        self._g_table = np.zeros(128, dtype=np.int64)
        for v, i in self._ids.get("g", {}).items():
            if len(v) == 1 and ord(v) < 128:
                self._g_table[ord(v)] = i
        # the word columns' places among p, w, pp, np, pw, nw (what _word_ids gives)
        self._word_order = np.array([_WORD_COLUMNS.index(c) for c in self._word_cols], dtype=np.int64)
        self._char_col = np.array([self._cols.index(c) for c, _ in char_parts], dtype=np.int64)
        self._char_off = np.array([o for _, o in char_parts], dtype=np.int64)
        self._pos_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        # templates whose codes are few (one column, or small columns joined): a flat
        # table, row of code v of template k at base[k] + v; the others (character
        # bigrams) by a sorted search of their codes, offset per template
        spans = []
        for _, tp in self.templates:
            m = 1
            for col, _ in tp:
                m *= self._size[col]
            spans.append(m)
        direct = [t for t in range(len(self.templates)) if spans[t] <= _DIRECT]
        # Character pairs (c at a and at a + gap; the bigram templates b-1, b+1, b-2, b+2 are
        # one bigram read at four offsets): one sorted search per character and gap finds
        # every paired template's row. The pairs of the k-th gap are numbered after those
        # of the gaps before it; row j of _pair_rows holds every paired template's weight
        # row for the j-th known pair (the last row: a pair the model does not know).
        def gap(t: int) -> int:
            (c1, a), (c2, b) = self.templates[t][1]
            return b - a if c1 == c2 == "c" and b > a else 0

        paired = [t for t in range(len(self.templates)) if spans[t] > _DIRECT and len(self.templates[t][1]) == 2
                  and gap(t)]
        self._gaps = sorted({gap(t) for t in paired})
        paired.sort(key=lambda t: (self._gaps.index(gap(t)), t))
        self._paired = paired
        # each paired template's gap, as its place among the gaps
        self._pair_gap = np.array([self._gaps.index(gap(t)) for t in paired], dtype=np.int64)
        size = self._size.get("c", 1)
        keys = [self.codes[t] + k * size * size for t, k in zip(paired, self._pair_gap.tolist())]
        known = np.unique(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)
        if len(known) and known[-1] >= np.iinfo(np.int32).max:
            raise ModelError("the entity model's character pairs do not fit in int32")
        self._pair_keys = np.append(known, np.iinfo(np.int32).max).astype(np.int32)  # a sentinel
        self._pair_rows = np.full((len(known) + 1, len(paired)), none, dtype=np.int32)
        for j, t in enumerate(paired):
            self._pair_rows[known.searchsorted(keys[j]), j] = self.rows[t]
        # where each paired template reads its pair: the part of its first character; and the
        # codes of the gaps before its own (scores: a text's codes for gap j start at j * len -
        # the sum of the gaps before j)
        self._pair_first = np.array([where[self.templates[t][1][0]] for t in paired], dtype=np.int64)
        self._pair_before = np.cumsum([0, *self._gaps[:-1]], dtype=np.int64)[self._pair_gap]
        multi = [t for t in range(len(self.templates)) if spans[t] > _DIRECT and t not in paired]
        base = np.cumsum([0, *[spans[t] for t in direct[:-1]]]).astype(np.int64)
        flat = np.full(int(sum(spans[t] for t in direct)), none, dtype=np.int32)
        dmult = np.zeros((len(self._parts), len(direct)), dtype=np.int64)
        for k, t in enumerate(direct):
            flat[base[k] + self.codes[t]] = self.rows[t]
            m = 1
            for col, off in reversed(self.templates[t][1]):
                dmult[where[(col, off)], k] += m
                m *= self._size[col]
        self._direct_base = base[None, :]
        self._direct_table = flat
        mult = np.zeros((len(self._parts), len(multi)), dtype=np.int64)
        offset = 0
        offsets = []
        gcodes, grows = [], []
        for j, t in enumerate(multi):
            m = 1
            for col, off in reversed(self.templates[t][1]):
                mult[where[(col, off)], j] += m
                m *= self._size[col]
            offsets.append(offset)
            gcodes.append(self.codes[t] + offset)
            grows.append(self.rows[t])
            offset += m
        # codes are sums of id x multiplier under 2**53: exact in float64, where the matrix
        # products run in BLAS (an int64 product is a plain loop, several times slower)
        if offset >= 2**53 or len(flat) >= 2**53:
            raise ModelError("the entity model's feature codes do not fit in float64")
        self._direct_mult = dmult.astype(np.float64)
        self._mult = mult.astype(np.float64)
        self._multi_offset = np.array(offsets, dtype=np.int64)[None, :]
        if multi:
            g = np.concatenate(gcodes)
            order = np.argsort(g, kind="stable")
            self._gcodes = np.append(g[order], np.iinfo(np.int64).max)  # a sentinel
            self._grows = np.append(np.concatenate(grows)[order], none).astype(np.int32)
        self._multi = bool(multi)
        # the same tables for the C extension's scores (kmytext/ner/_kernel.c), in its order
        i64, i32 = np.int64, np.int32
        flat_rows = self._grows if multi else np.zeros(0, dtype=i32)
        self._kernel_tables: tuple[np.ndarray, ...] = tuple(np.ascontiguousarray(a, dtype=d) for a, d in (
            (self._char_col, i64), (self._char_off, i64), (self._word_order, i64), *_sparse(dmult),
            (base[:len(direct)], i64), (flat, i32), *_sparse(mult), (offsets, i64),
            (self._gcodes if multi else [], i64), (flat_rows, i32),
            (self._pair_keys, i32), (self._pair_rows, i32), (self._char_off[self._pair_first], i64),
            (self._pair_gap, i64), (self._gaps, i64), (self.weights, np.float64)))
        self._kernel_sizes = (len(self._cols), max(self._c_col, 0), size, none)
        # decoding (kmytext.ner.decode)
        self._viterbi = Viterbi(self.transitions, self.labels.index("O") if "O" in self.labels else 0)

    # -- building and storing -------------------------------------------------

    @classmethod
    def from_crfsuite(cls, path: str | Path, templates: Sequence[Template] = TEMPLATES,
                      gazetteer: dict[str, str] | None = None) -> Model:
        """Convert a crfsuite model trained on :func:`kmytext.ner.features.sent2features`
        with ``templates`` (and the names of ``gazetteer``)."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = list(tagger.labels())
        lab = {x: i for i, x in enumerate(labels)}
        transitions = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            transitions[lab[a], lab[b]] = w
        parts_of = dict(templates)
        attrs = sorted({a for a, _ in info.state_features})
        row = {a: i for i, a in enumerate(attrs)}
        weights = np.zeros((len(attrs) + 1, len(labels)))
        for (a, y), w in info.state_features.items():
            weights[row[a], lab[y]] = w
        # split every attribute into its template and its columns' values
        values: dict[str, set[str]] = {}
        split: list[tuple[int, list[str], int]] = []
        names = [name for name, _ in templates]
        for a in attrs:
            name, _, value = a.partition("=")
            parts = parts_of.get(name)
            if parts is None:
                raise ModelError(f"{path}: feature {a!r} is not one of the templates")
            vals = [value] if len(parts) == 1 else list(value)
            if len(vals) != len(parts):
                raise ModelError(f"{path}: feature {a!r} does not fit template {name}")
            for (col, _), v in zip(parts, vals):
                values.setdefault(col, set()).add(v)
            split.append((names.index(name), vals, row[a]))
        for _, parts in templates:
            for col, _ in parts:
                values.setdefault(col, set())
        vocab = {col: sorted(v) for col, v in values.items()}
        ids, size = _numbering(vocab)
        per: list[list[tuple[int, int]]] = [[] for _ in templates]
        for t, vals, r in split:
            code = 0
            for (col, _), v in zip(templates[t][1], vals):
                code = code * size[col] + ids[col][v]
            per[t].append((code, r))
        codes = [np.array(sorted(p), dtype=np.int64).reshape(-1, 2) for p in per]
        return cls(labels, transitions, weights, vocab,
                   [c[:, 0].copy() for c in codes], [c[:, 1].astype(np.int32) for c in codes], templates,
                   gazetteer)

    def save(self, path: str | Path) -> None:
        """Write the model as a zip of a JSON header and .npy arrays, with fixed dates."""
        header = {"format": FORMAT, "labels": self.labels, "templates": self.templates,
                  "vocab": self.vocab}
        arrays = {"transitions": self.transitions, "weights": self.weights}
        for i, (c, r) in enumerate(zip(self.codes, self.rows)):
            arrays[f"codes{i}"] = c
            arrays[f"rows{i}"] = r
        names = "".join(f"{k}\t{v}\n" for k, v in sorted(self.gazetteer.names.items())).encode()
        modelfile.write(path, header, arrays, {"names.tsv": names})

    @classmethod
    def load(cls, source: str | Path | IO[bytes]) -> Model:
        with zipfile.ZipFile(source) as zf:
            header = modelfile.header(zf, FORMAT)
            templates = [(name, tuple(tuple(p) for p in parts)) for name, parts in header["templates"]]
            known = set(CHAR_COLUMNS) | set(_WORD_COLUMNS)
            if any(c not in known for _, parts in templates for c, _ in parts):
                raise ModelError("the entity model uses feature columns this kmytext does not "
                                 "know; rebuild it with `python -m tools.train.ner`")

            def arr(name: str) -> np.ndarray:
                return modelfile.array(zf, name)

            n = len(templates)
            listed = "names.tsv" in zf.namelist()
            lines = zf.read("names.tsv").decode().splitlines() if listed else []
            names = dict(line.split("\t") for line in lines if line)
            return cls(header["labels"], arr("transitions"), arr("weights"), header["vocab"],
                       [arr(f"codes{i}") for i in range(n)], [arr(f"rows{i}") for i in range(n)],
                       templates, names)

    # -- tagging ----------------------------------------------------------------

    def _point_ids(self, text: str) -> np.ndarray:
        """``[len(text), character columns]`` value ids of the characters of ``text``
        (B left 0)."""
        if _ASTRAL.search(text):  # past the BMP: the slow way
            return self._char_ids(text)
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        known = self._bmp_known[points]
        if not known.all():
            # c, t and s are functions of the character alone: a character's row, computed
            # the first time it is met, serves every later text (filling all 65,536 rows at
            # once took 0.13 s of every process's start); threads that meet the same new
            # character write the same row, and mark it known only once it is written
            new = np.unique(points[~known])
            # one character at a time: a NUL between them, so that no character's columns depend
            # on its neighbours (str.lower makes Σ a final ς after a letter)
            self._bmp[new] = self._char_ids("\x00".join(map(chr, new.tolist())))[::2]
            self._bmp_known[new] = True
        return self._bmp[points]

    def _char_ids(self, text: str) -> np.ndarray:
        """The character columns' ids of ``text``, computed with the code that computes them
        for training (B and g left 0)."""
        cols = char_columns(text, self._cols)
        ids = np.zeros((len(text), len(self._cols)), dtype=np.int32)
        for j, c in enumerate(self._cols):
            if c not in ("B", "g"):
                get = self._ids[c].get
                ids[:, j] = [get(v, 0) for v in cols[c]]
        return ids

    def _add_tokens(self, pairs: list[Pair]) -> None:
        """Number new (word, POS) pairs and store what the tagger needs of each: the ids
        of the ``p``, ``w`` and ``B`` columns of its characters, and its row of
        ``_tok_words`` (its first character's row, its length, its POS, what the previous
        word sees of it as next (POS and suffix class) and the ids of the word as the
        previous and next word see it). Values are those of
        :func:`kmytext.ner.features.token_values`."""
        if self._tok_count > _MAX_TOKENS:  # bound the memory: start again
            self._tok_index.clear()
            self._tok_count = self._tok_nchars = 0
        gp, gw = self._ids.get("p", {}).get, self._ids.get("w", {}).get
        gpw, gnw = self._ids.get("pw", {}).get, self._ids.get("nw", {}).get
        pos_number, next_number = self._tag_numbers[0], self._tag_numbers[1]
        shapes = self._shapes
        words: list[tuple[int, int, int, int, int, int]] = []
        chars: list[tuple[int, int, int]] = []
        at, count = self._tok_nchars, self._tok_count
        for pair in dict.fromkeys(pairs):
            if pair in self._tok_index:
                continue
            w, pos = pair
            nxt, wf = neighbour_keys(w, pos)
            # the p and B ids (and BMES) are those of every word of its length and POS
            shape = shapes.get((len(w), pos))
            if shape is None:
                p_vals, _, bmes, _, _ = token_values(w, pos)
                shape = shapes[len(w), pos] = ([gp(v, 0) for v in p_vals], [self._b_ids.get(x, 0) for x in bmes], bmes)
            self._tok_index[pair] = count + len(words)
            words.append((at + len(chars), len(w), pos_number.get(pos) or self._tag_index(pos, 0),
                          next_number.get(nxt) or self._tag_index(nxt, 1), gpw(wf, 0), gnw(wf, 0)))
            chars += zip(shape[0], [gw(v, 0) for v in word_values(shape[2], wf)], shape[1])
        self._tok_words = _put(self._tok_words, count, words)
        self._tok_chars = _put(self._tok_chars, at, chars)
        self._tok_count = count + len(words)
        self._tok_nchars = at + len(chars)

    def _tag_index(self, name: str, which: int) -> int:
        """The number of a POS (``which`` 0) or next-word key (1), extending the pp / np id
        tables."""
        k = self._tag_numbers[which].get(name)
        if k is None:
            names = (self._pos_names, self._next_names)[which]
            k = len(names)
            names.append(name)
            self._tag_numbers[which][name] = k
            P, N = self._pos_names, self._next_names
            gpp, gnp = self._ids.get("pp", {}).get, self._ids.get("np", {}).get
            size = 1 << max(len(P) + 1, len(N) + 1).bit_length()
            if size > self._pp.shape[0]:
                old = self._pp.shape[0]
                self._pp, self._np = (np.pad(t, (0, size - old)) for t in (self._pp, self._np))
            # the pairs the new tag makes with those known (a new POS: its row and column of
            # pp, its row of np; a new next-word key: its column of np)
            if which == 0:
                self._pp[k, : len(P)] = [gpp(name + c, 0) for c in P]
                self._pp[: len(P), k] = [gpp(a + name, 0) for a in P]
                self._np[k, : len(N)] = [gnp(name + c, 0) for c in N]
            else:
                self._np[: len(P), k] = [gnp(a + name, 0) for a in P]
        return k

    def _word_ids(self, tagged: Sequence[Sequence[Pair]], n: int) -> tuple[np.ndarray, np.ndarray]:
        """The word columns' ids for every character of the sentences (``n`` characters): ``[n,
        3]`` of ``p``, ``w`` and ``B``, and ``[n, 4]`` of the word-level ``pp``, ``np``,
        ``pw`` and ``nw`` spread over their words."""
        with self._tok_lock:
            return self._word_ids_of(tagged, n)

    def _word_ids_of(self, tagged: Sequence[Sequence[Pair]], n: int) -> tuple[np.ndarray, np.ndarray]:
        pairs = list(chain.from_iterable(tagged))
        found = list(map(self._tok_index.get, pairs))
        if None in found:
            self._add_tokens(pairs)
            found = list(map(self._tok_index.get, pairs))
        if decode.KERNEL is not None:  # the same, in C
            chars, words = np.empty((n, 3), dtype=np.int64), np.empty((n, 4), dtype=np.int64)
            decode.KERNEL.word_ids(np.array(found, dtype=np.int64), np.array(list(map(len, tagged)), dtype=np.int64),
                                   self._tok_words, self._tok_chars, self._pp, self._np, self._pp.shape[1],
                                   self._edge_before, self._edge_after, chars, words)
            return chars, words
        tok = self._tok_words.take(cast(list[int], found), axis=0)  # [words, 6]
        lens = tok[:, 1]
        # each word as its neighbours see it: the word before (an edge row at a sentence's
        # start: POS "^", pw "^") and the word after (at its end: next "$", nw "$")
        before = np.concatenate((self._edge_before, tok[:-1]))
        after = np.concatenate((tok[1:], self._edge_after))
        if len(tagged) > 1:
            last = np.fromiter(map(len, tagged), dtype=np.int64, count=len(tagged)).cumsum() - 1
            before[last[:-1] + 1] = self._edge_before
            after[last] = self._edge_after
        pos = tok[:, 2]
        words = np.empty((len(tok), 4), dtype=np.int64)
        words[:, 0] = self._pp[before[:, 2], pos]
        words[:, 1] = self._np[pos, after[:, 3]]
        words[:, 2] = before[:, 4]
        words[:, 3] = after[:, 5]
        # each character's row: its word's first row plus its place in the word
        src: np.ndarray = (tok[:, 0] - (lens.cumsum() - lens)).repeat(lens) + np.arange(n)
        return self._tok_chars.take(src, axis=0), words.repeat(lens, axis=0)

    def scores(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]] | None = None) -> np.ndarray:
        """Per-character label scores of the sentences, concatenated: ``[chars, labels]``.
        ``tagged``: each sentence's (word, POS) pairs (by default rjieba's); they are
        read exactly as :func:`kmytext.ner.features.word_columns` reads them."""
        if tagged is None:
            tagged = [sentence_pairs(s) for s in sentences]
        R = self.reach
        n = sum(map(len, sentences))
        if n == 0:
            return np.zeros((0, len(self.labels)))
        # character columns are read at offsets, so each sentence is padded; pos is
        # where the real characters sit in the padded sequence
        if len(sentences) == 1:
            got = self._pos_cache.get(n)
            if got is None:
                pos = np.arange(R, R + n)
                got = (pos, pos[:, None] + self._char_off[None, :])
                if len(self._pos_cache) < 512:
                    self._pos_cache[n] = got
            pos, idx = got
        else:
            lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
            pos = (np.arange(len(sentences)) * 2 * R + R).repeat(lengths) + np.arange(n)
            idx = pos[:, None] + self._char_off[None, :]
        lead, tail = START * R, END * R
        sep = tail + lead
        text = lead + sep.join(sentences) + tail
        ids = self._point_ids(text)
        chars, words = self._word_ids(tagged, n)
        if self._b_col >= 0:
            # padding: START before a sentence, END after it, as in the joined text
            ids[:, self._b_col] = self._b_end
            if len(sentences) == 1:
                ids[:R, self._b_col] = self._b_pad
            else:
                heads = pos[np.cumsum([0, *map(len, sentences[:-1])])]  # each sentence's first char
                ids[(heads[:, None] - np.arange(1, R + 1)[None, :]).ravel(), self._b_col] = self._b_pad
            ids[pos, self._b_col] = chars[:, 2]
        if self._g_col >= 0:
            marks = lead + sep.join([self.gazetteer.marks(x) for x in sentences]) + tail
            ids[:, self._g_col] = self._g_table[np.frombuffer(marks.encode("ascii"), dtype=np.uint8)]
        if decode.KERNEL is not None:  # the same sums in C, in the same order
            E = np.empty((n, len(self.labels)), dtype=np.float64)
            decode.KERNEL.scores(ids, pos, chars, words, E, self._kernel_tables, *self._kernel_sizes)
            return E
        V = np.empty((n, len(self._parts)), dtype=np.float64)  # ids, exact in float64
        k = len(self._char_off)
        V[:, :k] = ids[idx, self._char_col[None, :]]
        V[:, k:] = np.concatenate((chars[:, :2], words), axis=1)[:, self._word_order]
        rows = [self._direct_table[(V @ self._direct_mult).astype(np.int64) + self._direct_base]]
        if self._multi:
            code = (V @ self._mult).astype(np.int64) + self._multi_offset
            i = self._gcodes.searchsorted(code)
            rows.append(np.where(self._gcodes[i] == code, self._grows[i], self._none))
        if self._paired:
            c = ids[:, self._c_col]
            size = self._size["c"]
            cs = c * size
            # the pair starting at every character, for each gap, numbered as in _compile
            code = np.concatenate([cs[:-g] + c[g:] + j * size * size for j, g in enumerate(self._gaps)])
            i = self._pair_keys.searchsorted(code)
            i[self._pair_keys[i] != code] = len(self._pair_keys) - 1
            gap_at = self._pair_gap * len(text) - self._pair_before  # where each template's gap's codes start
            rows.append(self._pair_rows[i[idx[:, self._pair_first] + gap_at], np.arange(len(self._paired))])
        # np.take, not fancy indexing: the same rows, gathered in half the time. A short text
        # gathers every template's rows at once; a long one template by template, adding as
        # it goes, which keeps the sum in the cache (16 K characters: 8 ms against 18). The
        # sums are the same: the templates are added in the same order either way.
        if n < _GATHER_AT_ONCE:
            return np.add.reduce(np.take(self.weights, np.concatenate(rows, axis=1).T, axis=0), axis=0)
        columns = (found[:, j] for found in rows for j in range(found.shape[1]))
        E = np.take(self.weights, next(columns), axis=0)
        for col in columns:
            E += np.take(self.weights, col, axis=0)
        return E

    def _decode(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]] | None
                ) -> list[list[int]]:
        return decode_in_chunks(sentences, self._viterbi, lambda chunk: self.scores(
            [sentences[i] for i in chunk], None if tagged is None else [tagged[i] for i in chunk]))

    def tag(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]] | None = None
            ) -> list[list[str]]:
        """The best label sequence of every sentence (an empty sentence gives ``[]``);
        ``tagged``: each sentence's (word, POS) pairs (by default rjieba's)."""
        return [[self.labels[y] for y in ys] for ys in self._decode(sentences, tagged)]

    def spans(self, sentences: Sequence[str], tagged: Sequence[Sequence[Pair]] | None = None
              ) -> list[list[Span]]:
        """``(start, end, type)`` of the names in every sentence, offsets into it.

        A ``B-X`` starts a name and the ``I-X`` after it continue it; a stray ``I-X``
        starts one too."""
        return [labels_to_spans(ys, self.labels) for ys in self._decode(sentences, tagged)]
