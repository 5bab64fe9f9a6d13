"""The NumPy CRF tagger gives crfsuite's answers, from the same features: with the C
extension (kmytext/ner/_kernel.c) and without it, every test run both ways."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite (dev extra) trains models")

from conftest import best_path  # noqa: E402
from kmytext.ner.crf import Model  # noqa: E402
from kmytext.ner.features import FEATURE_SETS, Gazetteer  # noqa: E402
from kmytext.ner.features import sent2features as _sent2features  # noqa: E402
from tools.train.ner_data import bio_to_spans, spans_to_bio  # noqa: E402

# the richest feature set, with a gazetteer, so every column is exercised
TEMPLATES = FEATURE_SETS["v4"]
NAMES = {"董爱华": "PER", "北京": "LOC", "克拉玛依市中心医院": "ORG", "上海": "LOC", "李强": "PER"}


def sent2features(text: str) -> list[tuple[str, ...]]:
    return _sent2features(text, templates=TEMPLATES, gazetteer=Gazetteer(NAMES))


TRAIN = [
    ("董爱华今天在北京出席会议。", [(0, 3, "PER"), (6, 8, "LOC")]),
    ("克拉玛依市中心医院院长王刚说，", [(0, 9, "ORG"), (11, 13, "PER")]),
    ("国务院总理李强在上海考察。", [(0, 3, "ORG"), (5, 7, "PER"), (8, 10, "LOC")]),
    ("新华社记者张选杰报道，ＡＢＣ公司在2024年签约46个项目。", [(0, 3, "ORG"), (5, 8, "PER")]),
    ("上海援克前指与克拉玛依市人民政府签约。", [(0, 6, "ORG"), (7, 16, "ORG")]),
]
TEXTS = [
    "董爱华在上海考察克拉玛依市中心医院。",
    "李强说，",
    "a",
    "新华社北京12月31日电（记者张选杰）",
    "ＡＢＣ公司 2024 年签约 46 个项目。上海援克前指",
    "王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚王刚",
]


@pytest.fixture(autouse=True, params=["C", "NumPy"])
def scores_in(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test with the C extension's scores and Viterbi, and with NumPy's and Python's."""
    import kmytext.ner.decode as decode

    if request.param == "NumPy":
        monkeypatch.setattr(decode, "KERNEL", None)
    elif decode.KERNEL is None:
        pytest.skip("the C extension kmytext.ner._kernel is not built")
    return str(request.param)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Model]:
    path = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in TRAIN:
        trainer.append(sent2features(text), spans_to_bio(len(text), spans))
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 50,
                        "feature.possible_transitions": True})
    trainer.train(str(path))
    return path, Model.from_crfsuite(path, TEMPLATES, NAMES)


def _crfsuite(path: Path, texts: list[str]) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return [list(tagger.tag(sent2features(t))) if t else [] for t in texts]


def test_same_labels_as_crfsuite(trained: tuple[Path, Model]) -> None:
    path, model = trained
    texts = TEXTS + [t for t, _ in TRAIN] + [""]
    assert model.tag(texts) == _crfsuite(path, texts)


def test_spans_decode_the_labels(trained: tuple[Path, Model]) -> None:
    _, model = trained
    texts = TEXTS + [t for t, _ in TRAIN] + ["", "王刚"]
    assert model.spans(texts) == [bio_to_spans(labels) for labels in model.tag(texts)]
    assert any(model.spans(texts))


def test_batches_do_not_change_answers(trained: tuple[Path, Model]) -> None:
    _, model = trained
    texts = TEXTS * 3
    assert model.tag(texts) == [model.tag([t])[0] for t in texts]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet="董爱华北京上海李强说会议公司医院市中心。，a1２ 　\n😀𠀀", max_size=40),
                min_size=1, max_size=5))
def test_any_text_matches_crfsuite(trained: tuple[Path, Model], texts: list[str]) -> None:
    path, model = trained
    assert model.tag(texts) == _crfsuite(path, texts)


def test_character_rows_do_not_depend_on_what_came_first(trained: tuple[Path, Model]) -> None:
    """A character's ids are filled in the first time it is met: whatever it was met with (Σ is
    ς after a letter to str.lower), in whatever order or thread, the answers are the same."""
    from concurrent.futures import ThreadPoolExecutor

    path, model = trained

    def fresh() -> Model:
        buf = io.BytesIO()
        model.save(buf)
        buf.seek(0)
        return Model.load(buf)

    one, other = fresh(), fresh()
    assert one._point_ids("aΣ")[1].tolist() == other._point_ids("Σ")[0].tolist()
    texts = [*TEXTS, "ΣΑΣ董爱华", "αΣβ上海"] * 4
    expected = _crfsuite(path, texts)
    assert fresh().tag(texts[::-1])[::-1] == expected
    shared = fresh()
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda t: shared.tag([t])[0], texts)) == expected


def test_save_load_round_trip_is_byte_stable(trained: tuple[Path, Model], tmp_path: Path) -> None:
    _, model = trained
    a, b = tmp_path / "a.crf", tmp_path / "b.crf"
    model.save(a)
    again = Model.load(a)
    again.save(b)
    assert a.read_bytes() == b.read_bytes()
    assert again.tag(TEXTS) == model.tag(TEXTS)


def test_model_for_other_features_is_refused(trained: tuple[Path, Model], tmp_path: Path) -> None:
    import json
    import zipfile

    _, model = trained
    path = tmp_path / "m.crf"
    model.save(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "header.json":
                header = json.loads(data)
                header["templates"][-1][1][0][0] = "zz"  # a column this kmytext does not know
                data = json.dumps(header).encode()
            dst.writestr(item, data)
    buf.seek(0)
    with pytest.raises(ValueError, match="rebuild it"):
        Model.load(buf)


@pytest.mark.parametrize("python_max", [-1, 10**9])
def test_both_decoders_give_crfsuites_labels(trained: tuple[Path, Model], monkeypatch: pytest.MonkeyPatch,
                                             python_max: int) -> None:
    import kmytext.ner.decode as decode

    path, model = trained
    monkeypatch.setattr(decode, "_PYTHON_MAX", python_max)
    texts = TEXTS * 2 + [t for t, _ in TRAIN] + ["董爱华说北京上海公司" * 8]
    assert model.tag(texts) == _crfsuite(path, texts)
    assert [model.tag([t])[0] for t in texts] == _crfsuite(path, texts)


@pytest.mark.parametrize("python_max", [-1, 10**9])
@pytest.mark.parametrize("seed", range(6))
def test_the_decoder_gives_the_best_path_where_it_skips_characters(seed: int, python_max: int,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Viterbi.labels decodes only where its bound cannot rule a name out: the labels are
    those of the plain Viterbi over everything, one sentence at a time or in a batch, with
    sentences of one character, transitions never learned (0) and scores that make the bound
    decide most characters, few, or none."""
    import kmytext.ner.decode as decode

    monkeypatch.setattr(decode, "_PYTHON_MAX", python_max)
    rng = np.random.default_rng(seed)
    L = 7  # O, B-/I- of three types
    T = rng.normal(0, 3, (L, L)) * (rng.random((L, L)) < 0.6)
    T[0, 0] = 5.0
    lengths = [1, 2, *rng.integers(1, 60, 30).tolist()]
    lean = (1.0, 4.0, 12.0)[seed % 3]  # how far the scores lean towards O
    E = rng.normal(0, 3, (sum(lengths), L))
    E[:, 0] += lean
    viterbi = decode.Viterbi(T, 0)
    cuts = np.cumsum([0, *lengths]).tolist()
    expected = [best_path(E[a:b], T) for a, b in zip(cuts, cuts[1:])]
    assert [viterbi.labels(E[a:b], [b - a]) for a, b in zip(cuts, cuts[1:])] == expected
    assert viterbi.labels(E, lengths) == [y for ys in expected for y in ys]
