from __future__ import annotations

import subprocess
import sys

import kmytext


def test_public_api_is_exported() -> None:
    for name in ["segment", "entities", "numbers", "keywords", "to_frame", "Token", "Entity", "Number"]:
        assert name in kmytext.__all__ and hasattr(kmytext, name)


def test_records_have_as_dict_and_frames() -> None:
    tokens = kmytext.segment("氢能大会", pos=True)
    assert tokens[0].as_dict() == {"text": "氢能", "start": 0, "end": 2, "pos": "n", "word": "氢能"}
    frame = kmytext.to_frame(tokens)
    assert frame["text"].tolist() == ["氢能", "大会"]


def test_help_does_not_load_jieba_or_pandas() -> None:
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom kmytext.cli import app\n"
            "CliRunner().invoke(app, ['--help'])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jieba', 'rjieba', 'pandas')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
