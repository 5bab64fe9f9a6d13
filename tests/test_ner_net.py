"""The NumPy network tagger computes what its definition says: the convolutions against a
plain loop, the decoder against a full Viterbi, batches against single texts. (That the
shipped weights give the PyTorch model's labels is checked when they are trained:
``python -m tools.train.ner`` prints how many dev sentences agree.)"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kmytext.ner.decode import labels_to_spans
from kmytext.ner.features import sentence_pairs
from kmytext.ner.net import COLUMNS, DILATIONS, Encoder, Net

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
TEXTS = ["董爱华今天在北京出席会议。", "克拉玛依市中心医院院长王刚说，", "a", "新华社北京12月31日电（记者张选杰）",
         "ＡＢＣ公司 2024 年签约 46 个项目。", "王刚" * 30, "😀𠀀董", "上海"]


def _net(seed: int = 0, hidden: int = 8) -> Net:
    rng = np.random.default_rng(seed)
    chars = sorted(set("".join(TEXTS)) - {"😀"})
    enc = Encoder(chars, np.array([], dtype=np.int64), [], [], {"董爱华": "PER", "北京": "LOC"},
                  ["克拉玛依", "克拉玛依市"])
    V = enc.n_chars
    c = enc.char_ids("".join(TEXTS))
    enc = Encoder(chars, np.unique(c[:-1] * V + c[1:])[::2], ["B" + "n", "Snr", "Ex"], ["北京", "会议"],
                  enc.names, enc.places)
    dims = {"c": 5, "b": 4, "wp": 3, "w": 3, "g": 2, "pl": 2}
    sizes = {"c": V, "b": len(enc.bigrams) + 2, "wp": 5, "w": 4, "g": 14, "pl": 14}
    arrays = {f"emb_{k}": rng.normal(0, 1, (sizes[k], d)).astype(np.float32) for k, d in dims.items()}
    d_in = dims["c"] + 2 * dims["b"] + dims["wp"] + dims["w"] + dims["g"] + dims["pl"]
    for k in range(3):
        arrays[f"conv{k}.weight"] = rng.normal(0, 0.5, (hidden, d_in if k == 0 else hidden, 3)).astype(np.float32)
        arrays[f"conv{k}.bias"] = rng.normal(0, 0.5, hidden).astype(np.float32)
    arrays["out.weight"] = rng.normal(0, 1, (len(LABELS), hidden)).astype(np.float32)
    arrays["out.bias"] = rng.normal(0, 1, len(LABELS)).astype(np.float32)
    arrays["transitions"] = rng.normal(0, 1, (len(LABELS), len(LABELS)))
    return Net(LABELS, enc, arrays)


def _reference_scores(net: Net, ids: np.ndarray) -> np.ndarray:
    """One sentence's scores by the definition: zero padding, a loop over positions."""
    a = net.arrays
    x = np.concatenate([a["emb_c"][ids[:, 0]], a["emb_b"][ids[:, 1]], a["emb_b"][ids[:, 2]],
                        a["emb_wp"][ids[:, 3]], a["emb_w"][ids[:, 4]], a["emb_g"][ids[:, 5]],
                        a["emb_pl"][ids[:, 6]]], axis=1).astype(np.float64)
    n = len(x)
    h = x
    for k, d in enumerate(DILATIONS):
        W, b = a[f"conv{k}.weight"].astype(np.float64), a[f"conv{k}.bias"].astype(np.float64)
        y = np.zeros((n, W.shape[0]))
        for i in range(n):
            y[i] = b
            for j, at in enumerate((i - d, i, i + d)):
                if 0 <= at < n:
                    y[i] += W[:, :, j] @ h[at]
        y = np.maximum(y, 0)
        h = y if k == 0 else h + y
    return h @ a["out.weight"].T.astype(np.float64) + a["out.bias"]


def _viterbi(E: np.ndarray, T: np.ndarray) -> list[int]:
    score = E[0].copy()
    back = []
    for t in range(1, len(E)):
        cand = score[:, None] + T
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + E[t]
    y = [int(score.argmax())]
    for b in reversed(back):
        y.append(int(b[y[-1]]))
    return y[::-1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_scores_are_the_convolutions_as_defined(seed: int) -> None:
    net = _net(seed)
    for text in TEXTS:
        ids = net.encoder.encode([text], [sentence_pairs(text)])
        assert ids.shape == (len(text), len(COLUMNS))
        got = net.scores(ids, [len(text)])
        assert np.allclose(got, _reference_scores(net, ids), rtol=1e-4, atol=1e-3)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_labels_are_the_best_path(seed: int) -> None:
    net = _net(seed, hidden=6)
    pairs = [sentence_pairs(t) for t in TEXTS]
    got = net.tag_ids(TEXTS, pairs)
    for text, p, ys in zip(TEXTS, pairs, got):
        E = net.scores(net.encoder.encode([text], [p]), [len(text)])
        assert ys == _viterbi(E, net.transitions)


def test_batches_do_not_change_answers() -> None:
    net = _net(5)
    texts = TEXTS * 3 + [""]
    pairs = [sentence_pairs(t) for t in texts]
    alone = [net.tag_ids([t], [p])[0] for t, p in zip(texts, pairs)]
    assert net.tag_ids(texts, pairs) == alone
    assert net.spans(texts, pairs) == [labels_to_spans(ys, LABELS) for ys in alone]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="董爱华北京上海李强说会议公司医院市中心。，a1２ 　\n😀𠀀", max_size=40),
                min_size=1, max_size=5))
def test_any_text_is_tagged_as_alone(texts: list[str]) -> None:
    net = _net(7)
    pairs = [sentence_pairs(t) for t in texts]
    got = net.tag_ids(texts, pairs)
    assert [len(ys) for ys in got] == [len(t) for t in texts]
    assert got == [net.tag_ids([t], [p])[0] for t, p in zip(texts, pairs)]


def test_save_load_round_trip_is_byte_stable(tmp_path: Path) -> None:
    net = _net(3)
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    net.save(a)
    again = Net.load(a)
    again.save(b)
    assert a.read_bytes() == b.read_bytes()
    pairs = [sentence_pairs(t) for t in TEXTS]
    assert again.tag_ids(TEXTS, pairs) == net.tag_ids(TEXTS, pairs)


def test_place_list_marks_a_city_without_its_suffix() -> None:
    enc = _net().encoder
    ids = enc.encode(["克拉玛依的发展"], [sentence_pairs("克拉玛依的发展")])
    assert ids[:4, 6].tolist() != [1, 1, 1, 1] and ids[4:, 6].tolist() == [1, 1, 1]


def test_combined_is_the_best_path_of_the_summed_scores(tmp_path: Path) -> None:
    pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite (dev extra) trains models")
    from kmytext.ner.combined import Combined
    from kmytext.ner.crf import Model
    from kmytext.ner.features import FEATURE_SETS, sent2features

    train = [("董爱华今天在北京出席会议。", ["B-PER", "I-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC",
                                            "O", "O", "O", "O", "O"]),
             ("王刚说，", ["B-PER", "I-PER", "O", "O"]),
             ("上海援克", ["B-ORG", "I-ORG", "I-ORG", "I-ORG"])]
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in train:
        trainer.append(sent2features(text, templates=FEATURE_SETS["v2"]), labels)
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 30, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "m.crfsuite"))
    crf = Model.from_crfsuite(tmp_path / "m.crfsuite", FEATURE_SETS["v2"])
    net = _net(4, hidden=6)
    pairs = [sentence_pairs(t) for t in TEXTS]
    for w in (0.0, 0.5, 2.0):
        both = Combined(net, crf, w)
        got = both.tag_ids(TEXTS, pairs)
        perm = [crf.labels.index(x) for x in LABELS]
        T = net.transitions + w * crf.transitions[np.ix_(perm, perm)]
        for text, p, ys in zip(TEXTS, pairs, got):
            E = net.scores(net.encoder.encode([text], [p]), [len(text)]) + w * crf.scores([text], [p])[:, perm]
            assert ys == _viterbi(E, T)
    both.save(tmp_path / "both.zip")
    again = Combined.load(tmp_path / "both.zip")
    assert again.weight == 2.0 and again.tag_ids(TEXTS, pairs) == got


def test_quantized_tables_score_close_to_the_float_ones(tmp_path: Path) -> None:
    """int8 embedding tables with a scale per row (what ships) move scores by little, and
    survive a save and load."""
    from kmytext.ner.net import quantized

    net = _net(5)
    q = Net(net.labels, net.encoder, quantized(net.arrays, min_rows=1))
    assert q.arrays["emb_c"].dtype == np.int8 and "emb_c.scale" in q.arrays
    pairs = [sentence_pairs(t) for t in TEXTS]
    ids = net.encoder.encode(TEXTS, pairs)
    lengths = [len(t) for t in TEXTS]
    exact, approx = net.scores(ids, lengths), q.scores(ids, lengths)
    assert np.abs(exact - approx).max() < 0.05 * np.abs(exact).max()
    q.save(tmp_path / "q.zip")
    again = Net.load(tmp_path / "q.zip")
    assert np.array_equal(again.scores(ids, lengths), approx)
