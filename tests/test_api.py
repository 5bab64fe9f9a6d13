from __future__ import annotations

import subprocess
import sys

import kmytext


def test_public_api_is_exported() -> None:
    for name in ["segment", "entities", "numbers", "keywords", "to_frame", "Token", "Entity", "Number"]:
        assert name in kmytext.__all__ and hasattr(kmytext, name)


def test_records_pickle_to_equal_records(seed_texts: list[str]) -> None:
    """Worker processes send records back pickled; each kind comes back equal (credits
    nested in articles, an alias's canonical name, a number's range)."""
    import pickle

    text = seed_texts[0]
    records = [*kmytext.entities(text), *kmytext.numbers(text), *kmytext.segment(text, pos=True)[:50],
               *kmytext.articles(text), *kmytext.credits(text), *kmytext.keywords(text),
               *kmytext.kwic(text, "氢能"), *kmytext.keywords_by_doc([kmytext.Document("a", text)], top=3)]
    assert len({type(r) for r in records}) == 8
    assert pickle.loads(pickle.dumps(records)) == records


def test_records_have_as_dict_and_frames() -> None:
    tokens = kmytext.segment("氢能大会", pos=True)
    assert tokens[0].as_dict() == {"text": "氢能", "start": 0, "end": 2, "pos": "n", "word": "氢能", "doc": "",
                                   "line": 1}
    frame = kmytext.to_frame(tokens)  # the columns of kmytext segment --format csv
    assert frame.columns.tolist() == ["doc", "line", "start", "end", "token", "pos"]
    assert frame["token"].tolist() == ["氢能", "大会"]


def test_help_does_not_load_jieba_or_pandas() -> None:
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom kmytext.cli import app\n"
            "CliRunner().invoke(app, ['--help'])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jieba', 'rjieba', 'pandas')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
