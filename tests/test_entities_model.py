"""Behaviour of the statistical entity tagger ``kmytext.ner`` (accuracy lives in
``python -m tools.eval ner``, not in asserts)."""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kmytext.ner.tagger as ner
from kmytext.text.document import Document
from kmytext.types import Entity

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NER_DATA = SHARED / "data" / "ner"
needs_shared = pytest.mark.skipif(
    not NER_DATA.is_dir(), reason=f"training data not found at {NER_DATA}"
)


def _check(text: str, ents: list[Entity]) -> None:
    last = 0
    for e in ents:
        assert text[e.start : e.end] == e.text
        assert e.type in ("PER", "LOC", "ORG")
        assert e.text.strip()
        assert e.start >= last  # in order, no overlaps
        last = e.end


def test_model_ships_as_package_data() -> None:
    ref = resources.files("kmytext.data") / ner.MODEL_RESOURCE
    assert ref.is_file()
    assert 100_000 < len(ref.read_bytes()) < 15_000_000


def test_model_not_loaded_at_import() -> None:
    import subprocess
    import sys

    code = "import kmytext.ner, sys; print('numpy' in sys.modules or 'kmytext.ner.crf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("记者从克拉玛依市中心医院获悉，董爱华说。", [("克拉玛依市中心医院", "ORG"), ("董爱华", "PER")]),
        ("董爱华今天在北京出席会议。", [("董爱华", "PER"), ("北京", "LOC")]),
        ("国务院总理李强在上海考察。", [("国务院", "ORG"), ("李强", "PER"), ("上海", "LOC")]),
    ],
)
def test_known_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(e.text, e.type) for e in ner.tag(text)]
    for item in expected:
        assert item in got


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\t", "😀😀😀", "。。。！？", "\x00\ufffd", "a" * 5000, "中" * 3000]
)
def test_odd_inputs_never_raise(text: str) -> None:
    ents = ner.tag(text)
    _check(text, ents)


def test_long_text_without_breaks_is_cut_into_segments() -> None:
    unit = "新华社记者王小明在克拉玛依市报道，"
    text = unit * 2000  # ~34 K chars, no sentence end
    ents = ner.tag(text)
    _check(text, ents)
    assert all(e - s <= ner.MAX_SEGMENT for s, e in ner.segments(Document("", text)))
    assert sum(e.text == "克拉玛依市" for e in ents) > 1000


def test_offsets_with_crlf_and_spaces() -> None:
    text = "第一段。\r\n  董爱华在乌鲁木齐市。\r\n\r\n新疆维吾尔自治区人民政府发布通知！"
    _check(text, ner.tag(text))


CHINESE = st.sampled_from(
    list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")
    + list("，。！？、；：“”《》（）\n \t0123456789abcXYZ😀\u3000")
)


@settings(max_examples=150, deadline=None)
@given(st.lists(CHINESE, max_size=400).map("".join))
def test_offsets_invariant_property(text: str) -> None:
    _check(text, ner.tag(text))


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_never_raises(text: str) -> None:
    _check(text, ner.tag(text))


def test_threads_share_the_model() -> None:
    text = "董爱华今天在北京出席会议。"
    want = ner.tag(text)
    results: list[list[Entity]] = []

    def work() -> None:
        for _ in range(20):
            results.append(ner.tag(text))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == want for r in results) and len(results) == 80


def test_threads_tagging_while_the_token_tables_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CRF remembers the (word, POS) pairs it has met and starts again past a limit; with
    the limit low, eight threads tagging many sentences all get the entities one thread gets
    (without the lock on those tables, 8 of 200 sentences came out differently)."""
    import kmytext
    import kmytext.ner.crf as crf
    from kmytext.io.read import sample_documents

    texts = [s for d in sample_documents() for s in d.text.split("。") if len(s) > 10][:200]
    monkeypatch.setattr(crf, "_MAX_TOKENS", 200)
    want = [[(e.start, e.end, e.type) for e in kmytext.entities(t)] for t in texts]
    wrong: list[str] = []

    def work() -> None:
        for t, w in zip(texts, want):
            if [(e.start, e.end, e.type) for e in kmytext.entities(t)] != w:
                wrong.append(t)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []


@needs_shared
def test_splits_are_fixed_disjoint_and_80_10_10() -> None:
    from tools.train.ner_data import splits

    sp = splits(NER_DATA)
    for corpus, total in (("msra", 45_000), ("cluener", 10_748)):
        parts = [sp[f"{corpus}_{p}"] for p in ("train", "dev", "final")]
        assert sum(map(len, parts)) == total
        assert abs(len(parts[1]) - total / 10) < total / 50 and abs(len(parts[2]) - total / 10) < total / 50
        texts = [{t for t, _ in p} for p in parts]
        # blocks of MSRA sentences: a sentence that occurs twice in the corpus may fall on both sides
        assert len(texts[0] & texts[1]) < len(texts[1]) / 50 and len(texts[0] & texts[2]) < len(texts[2]) / 50
    # CLUENER is judged on people and organisations only
    assert {t for _, spans in sp["cluener_dev"] for *_, t in spans} == {"PER", "ORG"}
    assert splits(NER_DATA)["msra_dev"][:50] == sp["msra_dev"][:50]


@needs_shared
def test_eval_runs_on_a_small_file(tmp_path: Path) -> None:
    from tools.eval.ner import main

    src = (NER_DATA / "peoples_daily_dev.bio").read_text(encoding="utf-8").split("\n\n")[:50]
    f = tmp_path / "small.bio"
    f.write_text("\n\n".join(src) + "\n", encoding="utf-8")
    assert main([str(f)]) == 0


def test_consistent_gives_one_type_per_name_and_finds_repeats() -> None:
    text = "董爱华在克拉玛依市调研。随后，董爱华说，克拉玛依市发展很快。" * 3
    ents = ner.tag(text, consistent=True)
    _check(text, ents)
    types: dict[str, set[str]] = {}
    for e in ents:
        types.setdefault(e.text, set()).add(e.type)
    assert all(len(v) == 1 for v in types.values())
    assert sum(e.text == "董爱华" for e in ents) == 6


@settings(max_examples=50, deadline=None)
@given(st.lists(CHINESE, max_size=400).map("".join))
def test_consistent_offsets_invariant(text: str) -> None:
    _check(text, ner.tag(text, consistent=True))


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="董爱华北京上海。a", max_size=60),
       st.sets(st.text(alphabet="董爱华北京上海。a", min_size=2, max_size=2)))
def test_starts_short_path_is_the_array_path(text: str, heads: set[str]) -> None:
    import kmytext.ner.consistency as module

    short = module._starts(text, heads)
    keep = module._SHORT
    module._SHORT = 0
    try:
        assert module._starts(text, heads) == short
    finally:
        module._SHORT = keep


def test_character_clusters_group_characters_used_alike() -> None:
    from kmytext.ner.features import END, START, UNCLUSTERED, char_columns, cluster_marks

    e = char_columns("张王省市斯尔", ["c", "e"])["e"]
    assert len(e) == 6 and UNCLUSTERED not in e
    assert e[0] == e[1] and e[2] == e[3] and e[4] == e[5]  # surnames, place suffixes, transliteration
    assert len({e[0], e[2], e[4]}) == 3
    # padding keeps its own symbols; a character met too rarely has no cluster
    assert cluster_marks(START + "张" + END + "\U0002a6a5") == START + e[0] + END + UNCLUSTERED


def test_accurate_model_ships_and_is_chosen_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from kmytext.ner.combined import Combined

    monkeypatch.setattr(ner, "_model", None)
    ner.use_model("accurate")
    assert isinstance(ner._model, Combined)
    assert [(e.text, e.type) for e in ner.tag("董爱华在北京开会。")] == [("董爱华", "PER"), ("北京", "LOC")]


def test_model_chosen_by_environment_and_cli(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, KMYTEXT_NER_MODEL="accurate")
    code = "import kmytext.ner.tagger as t; print(type(t._load()).__name__)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Combined"
    page = tmp_path / "p.txt"
    page.write_text("董爱华在北京开会。", encoding="utf-8")
    cli = [sys.executable, "-m", "kmytext"]
    env.pop("KMYTEXT_NER_MODEL")
    run = subprocess.run([*cli, "--accurate", "entities", "-f", "csv", str(page)], env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0 and "董爱华,PER" in run.stdout
    # an unknown name: one line naming the choices, no traceback
    env["KMYTEXT_NER_MODEL"] = "best"
    bad = subprocess.run([*cli, "entities", str(page)], env=env, capture_output=True, text=True)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and "fast, accurate" in bad.stderr


@pytest.mark.parametrize("args", [["--kind", "crf", "--weight", "0.5"],
                                  ["--kind", "combined", "--weight", "nan", "--out", "x.zip"],
                                  ["--kind", "combined", "--weight", "-1", "--out", "x.zip"]],
                         ids=["not combined", "nan", "negative"])
def test_train_refuses_a_weight_it_cannot_use(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """--weight is only a combined model's CRF weight, a number of 0 or more: anything else is a
    usage error before any training starts."""
    import sys

    from tools.train.ner import main

    monkeypatch.setattr(sys, "argv", ["python -m tools.train.ner", *args])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 2
