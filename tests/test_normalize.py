from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kmytext.normalize import clean, identity

WRAPPED = (
    "本报讯（克拉玛依融媒记者 张佳佳 通讯\n\n员 申娜）3月28日，“祥瑞年年——蛇年生肖\n"
    "小幅版画展”在白碱滩美术馆展出。此次展\n览以弘扬中华优秀传统文化为宗旨，让观展\n"
    "市民领略生肖文化的独特魅力。\n\n本次画展由自治区文化和旅游厅主办。\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("投资633 亿元", "投资633亿元"),
        ("2024 年 11 月", "2024年11月"),
        ("增长２５％，达１．５亿元", "增长25%，达1.5亿元"),
        ("张佳佳 通讯员", "张佳佳 通讯员"),  # spaces between names are separators
        ("标题\n正文第一句。", "标题\n正文第一句。"),  # too short to be hard-wrapped
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean(text).text == expected


def test_clean_joins_hard_wrapped_lines() -> None:
    out = clean(WRAPPED).text
    assert "通讯员 申娜" in out
    assert "此次展览以弘扬" in out
    assert "魅力。\n\n本次画展" in out  # the paragraph break stays


def test_offsets_map_back_to_source() -> None:
    c = clean(WRAPPED)
    i = c.text.index("通讯员")
    s, e = c.span(i, i + 3)
    assert WRAPPED[s:e] == "通讯\n\n员"


def test_identity() -> None:
    c = identity("abc")
    assert c.text == "abc" and c.span(1, 2) == (1, 2)


@given(st.text(alphabet="克拉玛依 \n\t亿元0123456789２５％。，“”", max_size=200))
def test_every_clean_char_comes_from_the_source(text: str) -> None:
    c = clean(text)
    for i, ch in enumerate(c.text):
        src = text[c.to_source(i)]
        assert src == ch or clean(src).text == ch
