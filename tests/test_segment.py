from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SHARED, needs_shared
from kmytext.errors import InputError
from kmytext.text.segment import Segmenter, segment, segment_lines


@pytest.mark.parametrize(
    "text, expected",
    [
        ("克拉玛依市举办氢能大会", ["克拉玛依市", "举办", "氢能", "大会"]),
        ("我来到北京清华大学", ["我", "来到", "北京", "清华大学"]),
        ("", []),
        ("   \n ", []),
    ],
)
def test_segment_precise(text: str, expected: list[str]) -> None:
    assert [t.text for t in segment(text)] == expected


def test_offsets_point_into_the_caller_text() -> None:
    text = "克拉\n\n玛依市投资633 亿元"
    for tok in segment(text, pos=True):
        assert text[tok.start:tok.end] == tok.text
        assert tok.pos


def test_modes() -> None:
    seg = Segmenter()
    search = [w for w, *_ in seg.cut("我来到北京清华大学", mode="search")]
    assert {"清华", "大学", "清华大学"} <= set(search)
    full = [w for w, *_ in seg.cut("我来到北京清华大学", mode="full")]
    assert "华大" in full


def test_jieba_engine_matches_rjieba_on_a_sentence() -> None:
    text = "上海市对口支援克拉玛依市前方指挥部三年行动计划"
    assert Segmenter(engine="jieba").words(text) == Segmenter(engine="rjieba").words(text)


def test_user_dictionary(tmp_path: Path) -> None:
    d = tmp_path / "user.txt"
    d.write_text("上海援克前指 10 nt\n智能网联 5\n", encoding="utf-8")
    for engine in ("rjieba", "jieba"):
        seg = Segmenter(engine=engine, dicts=[d])  # type: ignore[arg-type]
        assert "上海援克前指" in seg.words("上海援克前指召开会议")
        assert "智能网联" in seg.words("发展智能网联汽车")


def test_missing_user_dictionary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.txt: no such file"):
        Segmenter(dicts=[tmp_path / "nope.txt"])


def test_user_dictionary_in_gbk(tmp_path: Path) -> None:
    d = tmp_path / "gbk.txt"
    d.write_bytes("沪克情深 10 nz\n".encode("gbk"))
    assert "沪克情深" in Segmenter(dicts=[d]).words("沪克情深似海")


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_user_word_without_a_tag_is_tagged_x(tmp_path: Path, encoding: str) -> None:
    """jieba.posseg tags a user word without a tag "x"; rjieba gives "", which the rules that
    read a POS's first letter met as an IndexError (kmytext entities -d)."""
    import kmytext

    d = tmp_path / "user.txt"
    d.write_bytes("到乌尔禾区公安分\n".encode(encoding))
    text = "市红十字会应急救护培训团队到乌尔禾区公安分局开展培训。"
    for engine in ("rjieba", "jieba"):
        seg = Segmenter(engine=engine, dicts=[d])  # type: ignore[arg-type]
        assert ("到乌尔禾区公安分", "x") in seg.tagged(text)
        assert all(t.pos for t in segment(text, pos=True, segmenter=seg))
        assert kmytext.entities(kmytext.Document("", text, segmenter=seg))  # no IndexError


def test_a_user_dictionary_retags_a_word_jieba_knows(tmp_path: Path) -> None:
    """rjieba kept its dictionary's tag (白碱滩区 n, 克拉玛依 nr) where the user dictionary
    gave another and jieba gives the user's: --dict 'word freq ns' changed nothing by default."""
    d = tmp_path / "user.txt"
    d.write_text("白碱滩区 5 ns\n克拉玛依 ns\n克拉玛依 9\n援克前指 5 nt\n", encoding="utf-8")
    text = "白碱滩区和克拉玛依的援克前指"
    tagged = {e: Segmenter(engine=e, dicts=[d]).tagged(text) for e in ("rjieba", "jieba")}  # type: ignore[arg-type]
    assert tagged["rjieba"] == tagged["jieba"] == [("白碱滩区", "ns"), ("和", "c"), ("克拉玛依", "ns"), ("的", "uj"),
                                                   ("援克前指", "nt")]


def test_segment_lines_keeps_lines() -> None:
    assert list(segment_lines("氢能大会\n克拉玛依\n")) == ["氢能 大会", "克拉玛依"]
    assert list(segment_lines("")) == []
    assert list(segment_lines("氢能大会", pos=True)) == ["氢能/n 大会/n"]


@pytest.mark.parametrize("hmm", [True, False])
@pytest.mark.parametrize("source", ["seeds", "seeds cleaned", "msr_sample.txt"])
def test_parity_with_jieba_without_shared_data(source: str, hmm: bool) -> None:
    """What the README claims of rjieba, checked on what ships with the repository: the
    sample pages (as they are and cleaned) and 171 lines of the MSR test text where jieba's
    HMM is at work or digits and Latin letters are (tests/data/README.md)."""
    from conftest import SEEDS
    from kmytext.text.normalize import clean

    data = Path(__file__).parent / "data"
    if source == "msr_sample.txt":
        lines = (data / source).read_text(encoding="utf-8").splitlines()
    else:
        pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
        lines = [line for page in pages for line in (clean(page).text if "cleaned" in source else page).splitlines()]
    assert len(lines) > 150
    fast, slow = Segmenter(engine="rjieba", hmm=hmm), Segmenter(engine="jieba", hmm=hmm)
    differ = [line for line in lines if fast.words(line) != slow.words(line)]
    # The one known difference: an ASCII run (2023-2025, 1.146.6616) that jieba cuts at its
    # punctuation is one token to rjieba. The MSR text has none (full-width digits).
    assert [line for line in differ if _ascii_joined(fast.words(line)) != _ascii_joined(slow.words(line))] == []
    assert len(differ) <= (1 if "seeds" in source else 0)


def _ascii_joined(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if out and w.isascii() and out[-1].isascii() and not w.isspace() and not out[-1].isspace():
            out[-1] += w
        else:
            out.append(w)
    return out


@needs_shared
@pytest.mark.parametrize("hmm", [True, False])
def test_parity_with_jieba_on_msr(hmm: bool) -> None:
    """rjieba and jieba share dictionary and HMM: on the SIGHAN 2005 MSR test text
    (3,985 lines) they give the same words on every line."""
    lines = (SHARED / "data/seg/msr_test.utf8").read_text(encoding="utf-8").splitlines()
    fast, slow = Segmenter(engine="rjieba", hmm=hmm), Segmenter(engine="jieba", hmm=hmm)
    differ = [line for line in lines if fast.words(line) != slow.words(line)]
    assert differ == []
