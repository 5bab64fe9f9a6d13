from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from kmytext.text.spans import LineIndex, context

_WS = regex.compile(r"\s+")


def _folded(text: str, start: int, end: int, width: int) -> str:
    """context() without its shortcut for windows with no whitespace."""
    left = _WS.sub(" ", text[max(0, start - width):start]).lstrip()
    right = _WS.sub(" ", text[end:end + width]).rstrip()
    return f"{left}[{_WS.sub('', text[start:end])}]{right}"


@given(st.text(alphabet="一二三 \n\t\u3000\x1c\x85ab", max_size=60), st.integers(-5, 65), st.integers(-5, 65),
       st.integers(-3, 25))
def test_context_is_the_folded_window(text: str, start: int, end: int, width: int) -> None:
    assert context(text, start, end, width) == _folded(text, start, end, width)


def test_context_folds_whitespace() -> None:
    assert context("一二三四五六七八九十", 4, 6, 2) == "三四[五六]七八"
    assert context("一二 \n三四五六七\n八九十", 5, 7, 4) == "二 三[四五]六七 八"
    assert context("　一二三", 1, 2, 5) == "[一]二三"


def test_line_index() -> None:
    index = LineIndex("a\nb\n\nc")
    assert [index.line(i) for i in (0, 1, 2, 4, 5)] == [1, 1, 2, 3, 4]
