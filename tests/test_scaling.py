"""No pathological slowness: time grows linearly with the size of odd inputs (issue 8).

Moved out of test_badinput.py, whose battery of bad inputs stays fast.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from kmytext.cli import app
from kmytext.io.read import decode_bytes

PAGE = SEEDS / "karamay_2025_community_briefs.txt"


def test_a_page_with_no_line_breaks_runs_in_every_command(tmp_path: Path) -> None:
    """The 20 MB single line of the issue, scaled down to 1 MB with a time budget."""
    one_line = (PAGE.read_text(encoding="utf-8").replace("\n", "") * 60)[:350_000]
    p = tmp_path / "one_line.txt"
    p.write_text(one_line, encoding="utf-8")
    for command in ("segment", "numbers", "entities", "freq"):
        t0 = time.perf_counter()
        result = CliRunner().invoke(app, [command, str(p), "-f", "csv"])
        assert result.exit_code == 0, result.stderr
        assert time.perf_counter() - t0 < 60, command


def _page_one_line(n: int) -> str:
    page = PAGE.read_text(encoding="utf-8").replace("\n", "")
    return (page * (n // len(page) + 1))[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "no line breaks": _page_one_line,
    "one repeated character": lambda n: "好" * n,
    "a run of spaces": lambda n: "克" + " " * n + "1",
    "a run of digits": lambda n: "1" * n,
    "a long number and its unit": lambda n: "收入为" + "9" * n + "元。",  # one token that is no word
    "digits and spaces": lambda n: "1 " * (n // 2),
    "nested brackets": lambda n: "（《“" * (n // 6) + "”》）" * (n // 6),
    "short lines": lambda n: "克拉\n" * (n // 3),
    "full-width numbers": lambda n: ("１２。３４万亿元，" * (n // 9 + 1))[:n],
}


def _line_index_and_context(text: str) -> None:
    from kmytext.text.spans import LineIndex, context

    index = LineIndex(text)
    for i in range(0, len(text), 50):
        index.line(i)
        context(text, i, i + 5)


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "clean": lambda t: __import__("kmytext").clean(t),
    "segment": lambda t: __import__("kmytext").segment(t),
    "entities": lambda t: __import__("kmytext").entities(t),
    "numbers": lambda t: __import__("kmytext").numbers(t),
    "keywords": lambda t: __import__("kmytext").keywords(t),
    "lines": _line_index_and_context,
    "decode": lambda t: decode_bytes(t.encode("gb18030"), "x.txt"),
}


def _best_time(f: Callable[[str], object], text: str, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        f(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("function", FUNCTIONS)
def test_time_is_linear_in_size(function: str, shape: str) -> None:
    """Time for 4n characters stays far below the 16x of quadratic behaviour (regexes that
    backtrack, repeated scans). n grows until a run takes long enough to measure."""
    f, make = FUNCTIONS[function], SHAPES[shape]
    f(make(100))  # load dictionaries and models first
    n = 5_000
    while _best_time(f, make(n)) < 0.015 and n < 320_000:
        n *= 2
    ratios = []
    for _ in range(3):  # a busy machine can spoil one measurement; quadratic fails every time
        small, large = _best_time(f, make(n)), _best_time(f, make(4 * n))
        ratios.append(round(large / small, 1))
        if large < 9 * small + 0.03:
            return
        n *= 2
    pytest.fail(f"{function} on {shape}: 4x the size took {ratios}x the time (16x is quadratic)")
