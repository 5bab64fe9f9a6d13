"""The C extension (kmytext/ner/_kernel.c) gives the NumPy path's scores and labels, to the
last bit, and refuses arrays that do not fit instead of reading past them."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

import kmytext.ner.decode as decode
from conftest import best_path
from kmytext.ner import tagger
from kmytext.text.document import Document

KERNEL = decode.KERNEL
needs_kernel = pytest.mark.skipif(KERNEL is None, reason="the C extension kmytext.ner._kernel is not built")
EDGES = ["a", "董", "😀𠀀董爱华在北京", "新华社北京12月31日电（记者张选杰）", "ＡＢＣ公司 2024 年签约 46 个项目。",
         "王刚" * 300, "，。" * 5, "李强说：“上海。”\n\n克拉玛依市中心医院"]


def test_the_extension_is_built_where_a_compiler_is() -> None:
    """``pip install`` builds it (optional, so an install without a compiler goes on in
    NumPy): where a C compiler is at hand, a missing extension is a broken build."""
    if not any(shutil.which(cc) for cc in ("cc", "gcc", "clang")):
        pytest.skip("no C compiler: the tagger runs in NumPy")
    assert KERNEL is not None, "kmytext.ner._kernel is not built: reinstall with pip install -e ."


def _both(monkeypatch: pytest.MonkeyPatch, f):  # type: ignore[no-untyped-def]
    """``f()`` with the extension, then with NumPy and plain Python."""
    with_kernel = f()
    monkeypatch.setattr(decode, "KERNEL", None)
    without = f()
    monkeypatch.setattr(decode, "KERNEL", KERNEL)
    return with_kernel, without


def _sentences(seed_texts: list[str]) -> list[Document]:
    docs = [Document("", t) for t in seed_texts]
    return [Document("", d.clean_text[s:e], clean=False) for d in docs for s, e in tagger.segments(d)] + \
        [Document("", t) for t in EDGES]


@needs_kernel
def test_the_shipped_model_scores_the_same(seed_texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sentence of the sample pages and a few odd texts, one at a time and in one
    batch (several sentences laid end to end, over a thousand characters): the same floats."""
    model = tagger._load()
    docs = _sentences(seed_texts)
    texts = [d.clean_text for d in docs]
    pairs = [d.tokens.pairs_between(0, len(d.clean_text)) for d in docs]
    for text, tokens in zip(texts, pairs):
        a, b = _both(monkeypatch, lambda text=text, tokens=tokens: model.scores([text], [tokens]))
        assert a.dtype == b.dtype and np.array_equal(a, b), text
    a, b = _both(monkeypatch, lambda: model.scores(texts, pairs))
    assert len(a) > 10_000 and np.array_equal(a, b)


@needs_kernel
def test_empty_sentences_score_as_in_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    model = tagger._load()
    for texts in ([""], ["", ""]):  # (decode_in_chunks scores non-empty sentences only)
        a, b = _both(monkeypatch, lambda texts=texts: model.scores(texts))
        assert a.shape == b.shape and np.array_equal(a, b)


@needs_kernel
def test_the_shipped_models_find_the_same_names(seed_texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Spans of the fast and the accurate model (the network's scores, decoded by the same
    Viterbi), one document at a time and in a batch."""
    docs = _sentences(seed_texts)
    for name in tagger.MODELS:
        monkeypatch.setattr(tagger, "_model", tagger._shipped(name))
        single, numpy_single = _both(monkeypatch, lambda: [tagger.tag_spans_many([d]) for d in docs])
        assert single == numpy_single
        batch, numpy_batch = _both(monkeypatch, lambda: tagger.tag_spans_many(docs))
        assert batch == numpy_batch == [s[0] for s in single]
        assert sum(map(len, batch)) > 100


@needs_kernel
@pytest.mark.parametrize("labels", [1, 2, 7])
@pytest.mark.parametrize("seed", range(4))
def test_the_viterbi_is_thebest_path(seed: int, labels: int) -> None:
    """Random scores and transitions (some exactly 0, some ties: scores of few values),
    sentences of one character up: each sentence's best path, in one call for all of them."""
    rng = np.random.default_rng(seed)
    T = rng.normal(0, 3, (labels, labels)) * (rng.random((labels, labels)) < 0.6)
    lengths = [1, 2, *rng.integers(0, 60, 30).tolist()]
    E = rng.integers(-3, 4, (sum(lengths), labels)).astype(np.float64) if seed % 2 else \
        rng.normal(0, 3, (sum(lengths), labels))
    viterbi = decode.Viterbi(T, 0)
    cuts = np.cumsum([0, *lengths]).tolist()
    expected = [y for a, b in zip(cuts, cuts[1:]) if b > a for y in best_path(E[a:b], T)]
    assert viterbi.labels(E, lengths) == expected
    assert viterbi.labels(E.astype(np.float32), lengths) == \
        [y for a, b in zip(cuts, cuts[1:]) if b > a for y in best_path(E[a:b].astype(np.float32).astype(float), T)]


@needs_kernel
def test_arrays_that_do_not_fit_are_refused() -> None:
    """Wrong sizes, item sizes and indices raise instead of reading past an array."""
    model = tagger._load()
    ids = model._point_ids("\x02\x02董爱华\x03\x03")
    chars, words = model._word_ids([[("董爱华", "nr")]], 3)
    pos = np.arange(2, 5)
    E = np.empty((3, len(model.labels)))
    sizes = model._kernel_sizes
    KERNEL.scores(ids, pos, chars, words, E, model._kernel_tables, *sizes)  # fits
    with pytest.raises(ValueError, match="out of its table"):
        KERNEL.scores(ids, pos + 10, chars, words, E, model._kernel_tables, *sizes)
    with pytest.raises(ValueError, match="inconsistent"):
        KERNEL.scores(ids, pos, chars[:2], words, E, model._kernel_tables, *sizes)
    with pytest.raises(TypeError, match="bytes"):
        KERNEL.scores(ids.astype(np.int64), pos, chars, words, E, model._kernel_tables, *sizes)
    with pytest.raises(ValueError, match="wrong number"):
        KERNEL.scores(ids, pos, chars, words, E, model._kernel_tables[:-1], *sizes)
    tables = (model._tok_words, model._tok_chars, model._pp, model._np, model._pp.shape[1], model._edge_before,
              model._edge_after)
    row = model._tok_index[("董爱华", "nr")]
    KERNEL.word_ids(np.array([row]), np.array([1]), *tables, np.empty((3, 3), dtype=np.int64),
                    np.empty((3, 4), dtype=np.int64))  # fits
    with pytest.raises(ValueError, match="do not cover"):  # a word of 3 characters for 4
        KERNEL.word_ids(np.array([row]), np.array([1]), *tables, np.empty((4, 3), dtype=np.int64),
                        np.empty((4, 4), dtype=np.int64))
    with pytest.raises(ValueError, match="inconsistent"):  # no such token
        KERNEL.word_ids(np.array([10**9]), np.array([1]), *tables, np.empty((3, 3), dtype=np.int64),
                        np.empty((3, 4), dtype=np.int64))
    out = np.empty(3, dtype=np.int64)
    T = np.zeros((7, 7))
    with pytest.raises(ValueError, match="inconsistent"):
        KERNEL.viterbi(E, np.array([4]), T, out)
    with pytest.raises(ValueError, match="inconsistent"):
        KERNEL.viterbi(E, np.array([5, -2]), T, out)
    with pytest.raises(ValueError, match="inconsistent"):
        KERNEL.viterbi(E, np.array([3]), np.zeros((6, 7)), out)
    with pytest.raises(ValueError):  # not writable
        KERNEL.viterbi(E, np.array([3]), T, np.frombuffer(bytes(24), dtype=np.int64))
    KERNEL.viterbi(E, np.array([3]), T, out)
