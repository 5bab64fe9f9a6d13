from __future__ import annotations

import subprocess
import sys

import pytest

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


# Every function that reads text: a str, a Document, a list of either; a list back (report: a
# dict of lists), with something in it for the sample page.
TEXT_FUNCTIONS = {
    "segment": lambda t: kmytext.segment(t), "entities": lambda t: kmytext.entities(t),
    "numbers": lambda t: kmytext.numbers(t), "articles": lambda t: kmytext.articles(t),
    "keywords": lambda t: kmytext.keywords(t), "keywords_by_doc": lambda t: kmytext.keywords_by_doc(t, top=3),
    "frequencies": lambda t: kmytext.frequencies(t), "keyness": lambda t: kmytext.keyness(t),
    "kwic": lambda t: kmytext.kwic(t, "援克"), "concordance": lambda t: kmytext.concordance(t, "援克"),
    "collocates": lambda t: kmytext.collocates(t, "援克"), "report": lambda t: kmytext.report(t, top=5),
}


def _page() -> str:
    from conftest import SEEDS

    return (SEEDS / "karamay_2025_shanghai_aid_feature.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(TEXT_FUNCTIONS))
@pytest.mark.parametrize("shape", ["str", "Document", "list of str", "list of Document"])
def test_every_text_function_takes_a_str_a_document_or_a_list(name: str, shape: str) -> None:
    page = _page()
    arg = {"str": page, "Document": kmytext.Document("page.txt", page), "list of str": [page],
           "list of Document": [kmytext.Document("page.txt", page)]}[shape]
    result = TEXT_FUNCTIONS[name](arg)
    if name == "report":
        assert isinstance(result, dict) and all(isinstance(v, list) for v in result.values())
        assert result["entities"] and result["keywords"]
    else:
        assert isinstance(result, list) and result, (name, shape)
    if shape.startswith("list") and result and hasattr(result[0] if isinstance(result, list) else 0, "doc"):
        assert {r.doc for r in result} == {"page.txt" if "Document" in shape else "1"}


def test_a_list_of_texts_gives_the_records_of_each_as_one_list() -> None:
    tokens = kmytext.segment(["氢能大会", "克拉玛依"])
    assert [(t.word, t.doc) for t in tokens] == [("氢能", "1"), ("大会", "1"), ("克拉玛依", "2")]
    assert [k.doc for k in kmytext.kwic(["氢能大会", "发展氢能"], "氢能")] == ["1", "2"]


def test_every_record_is_made_as_its_dataclass_would_make_it() -> None:
    """The records' __init__ (kmytext.types._fast_init sets the slots directly): the same
    parameters and defaults, __post_init__ run, the instance frozen, pickled and replaced as before."""
    import dataclasses
    import inspect
    import pickle

    import kmytext.types as types

    records = [v for v in vars(types).values()
               if isinstance(v, type) and issubclass(v, types._Record) and v is not types._Record]
    assert len(records) >= 20
    for cls in records:
        fs = dataclasses.fields(cls)
        assert list(inspect.signature(cls).parameters) == [f.name for f in fs]
        required = {f.name: f"v{i}" for i, f in enumerate(fs) if f.default is dataclasses.MISSING}
        made = cls(**required)
        expected = {f.name: required.get(f.name, f.default) for f in fs}
        for f in fs:  # what __post_init__ fills in (word, name: the text when not given)
            if f.default == "" and made.as_dict()[f.name] != "":
                expected[f.name] = made.as_dict()[f.name]
        assert made.as_dict() == expected
        assert cls(*required.values()) == made == pickle.loads(pickle.dumps(made))
        assert dataclasses.replace(made) == made
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.__setattr__(fs[0].name, "x")
    assert types.Token("克拉玛依", 0, 4).word == "克拉玛依" and types.Entity("李强", "PER", 0, 2).name == "李强"


def test_errors_pickle_as_they_were_raised() -> None:
    """A worker (multiprocessing, a Dask task) sends its error back pickled: InputError and
    AnalysisError came back as a TypeError (__init__ missing 'reason'), the file's name lost."""
    import pickle

    from kmytext.errors import AnalysisError, ArgumentError, InputError, OutputError

    for error in (InputError("a.txt", "no such file"), AnalysisError("a.txt", "failed", "Traceback …"),
                  ArgumentError("top=0: 1 or more"), OutputError("out.csv: read-only")):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error) and vars(again) == vars(error)
