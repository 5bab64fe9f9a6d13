from __future__ import annotations

import math

import pytest

from kmytext.stats.keyness import compare, g2, keyness, log_ratio, p_value, read_frequency_list, reference
from kmytext.stats.keyness import FrequencyList


def hand_g2(a: int, b: int, c: int, d: int) -> float:
    """Rayson & Garside's spreadsheet formula, written out."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    return 2 * (a * math.log(a / e1) + b * math.log(b / e2))


@pytest.mark.parametrize("a, b, c, d", [(10, 5, 1000, 5000), (40, 200, 20_000, 1_000_000), (3, 30, 500, 5000)])
def test_g2_and_log_ratio_agree_with_a_hand_computation(a: int, b: int, c: int, d: int) -> None:
    expected = hand_g2(a, b, c, d)
    sign = 1 if a / c >= b / d else -1
    assert g2(a, b, c, d) == pytest.approx(sign * expected)
    assert log_ratio(a, b, c, d) == pytest.approx(math.log2((a / c) / (b / d)))


def test_worked_example() -> None:
    # 10 in 1,000 target words vs 5 in 5,000 reference words: E = 2.5 and 12.5,
    # G2 = 2 (10 ln 4 + 5 ln 0.4) = 18.5630; log ratio = log2(0.01 / 0.001) = 3.3219.
    assert g2(10, 5, 1000, 5000) == pytest.approx(18.5630, abs=1e-4)
    assert log_ratio(10, 5, 1000, 5000) == pytest.approx(3.3219, abs=1e-4)
    assert p_value(18.5630) == pytest.approx(1.645e-5, rel=1e-2)


def test_underuse_is_negative_and_zero_counts_are_smoothed() -> None:
    assert g2(1, 100, 1000, 1000) < 0
    assert log_ratio(5, 0, 1000, 1000) == pytest.approx(math.log2(5 / 0.5))
    assert p_value(0) == 1.0 and p_value(3.841) == pytest.approx(0.05, abs=1e-3)


def test_bundled_reference_is_general_news() -> None:
    ref = reference()
    assert ref.total > 300_000
    assert ref.counts["的"] > ref.counts["经济"] > 0
    assert ref.counts["援克"] == 0


def test_second_sample_page_against_the_bundled_reference(seed_texts: list[str]) -> None:
    top = [k.word for k in keyness(seed_texts[1])[:12]]
    assert {"援克", "克拉玛依", "沪克", "氢能"} <= set(top)
    assert top[0] in {"援克", "克拉玛依", "上海"}


def test_compare_with_own_reference_and_frequency_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ref.tsv"
    path.write_text("#total\t1000\n氢能\t1\n大会\t50\n", encoding="utf-8")
    ref = read_frequency_list(path)
    assert ref.total == 1000
    rows = {k.word: k for k in compare(FrequencyList({"氢能": 20, "大会": 5}, 1000), ref)}  # type: ignore[arg-type]
    assert rows["氢能"].g2 > 0 > rows["大会"].g2


def test_a_reference_file_is_a_path_as_on_the_command_line(tmp_path, seed_texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A str is text everywhere in the API; a file is a Path: a word<TAB>count list, or texts."""
    import kmytext

    tsv, txt = tmp_path / "ref.tsv", tmp_path / "ref.txt"
    tsv.write_text("#total\t1000\n氢能\t1\n大会\t50\n", encoding="utf-8")
    txt.write_text(seed_texts[0], encoding="utf-8")
    assert keyness(seed_texts[1], tsv) == keyness(seed_texts[1], read_frequency_list(tsv))
    assert kmytext.keyness(seed_texts[1], txt) == keyness(seed_texts[1], seed_texts[0])
    with pytest.raises(kmytext.ArgumentError, match="give pathlib.Path"):
        kmytext.keyness(seed_texts[1], str(tsv))


def test_the_reference_counts_no_pieces_of_dates() -> None:
    """The bundled reference is counted as a target is: a unit after a number is part of it,
    so 月, 日, 年 of dates are neither in it nor in a target (issue 16)."""
    from kmytext.stats.keyness import keyness, reference

    ref = reference()
    assert ref.counts["月"] < ref.counts["中国"] / 4 > ref.counts["日"]  # 月, 日 left as words, a few
    words = {k.word for k in keyness("3月26日，2025年4月1日，上午9时30分，气温上升。" * 5, min_count=1)}
    assert not {"日", "月", "年", "分", "时"} & words
