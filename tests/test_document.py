"""The document model: built once per input, read by every analyser, segmented once."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kmytext
from conftest import SEEDS
from kmytext.cli import app
from kmytext.text import segment as segment_module
from kmytext.text.document import Document

PAGE = SEEDS / "karamay_2025_community_briefs.txt"


def test_what_a_document_holds_is_built_once() -> None:
    doc = Document("a.txt", "克拉\n\n玛依市举办氢能大会，投资633 亿元。\n第二行")
    assert doc.clean_text == "克拉玛依市举办氢能大会，投资633亿元。\n第二行"
    assert doc.cleaned is doc.cleaned and doc.tokens is doc.tokens and doc.sentences is doc.sentences
    assert [w for _, _, w, _ in doc.tokens.spans()][:4] == ["克拉玛依市", "举办", "氢能", "大会"]
    assert doc.sentences == [(0, 20), (21, 24)]
    # clean offsets back to the caller's: the source text, its line, its context
    start, end, text, line, context = doc.place(0, 5)
    assert (start, end, text, line) == (0, 7, "克拉\n\n玛依市", 1) and "[克拉玛依市]" in context


def test_a_piece_of_a_file_gives_file_offsets_and_lines() -> None:
    file_text = "第一段。\n第二段。\n克拉玛依市举办氢能大会。\n"
    piece = Document("big.txt", file_text[10:], offset=10, line=3)
    [n] = kmytext.numbers(Document("x", "投资633亿元"))
    assert n.doc == "x" and n.line == 1
    [e] = [e for e in kmytext.entities(piece) if e.text == "克拉玛依市"]
    assert file_text[e.start:e.end] == e.text and e.line == 3 and e.doc == "big.txt"


@pytest.mark.parametrize("text", [
    "克拉玛依市举办氢能大会，投资633亿元。",  # nothing deleted, one line
    "克拉\n\n玛依市举办氢能大会，投资633 亿元。\n第二行，  第 二 行\n\n",  # deletions, lines
    "",
])
@pytest.mark.parametrize("line", [1, 7])
def test_many_spans_are_placed_as_one_at_a_time(text: str, line: int) -> None:
    """source_spans (a text's tokens at once) gives what source_span and line_of give each."""
    doc = Document("a.txt", text, 3, line)
    n = len(doc.clean_text)
    spans = [(s, e) for s in range(n + 1) for e in range(s - 1, min(n, s + 4) + 1)]
    placed, lines = doc.source_spans(spans)
    assert placed == [doc.source_span(s, e) for s, e in spans]
    assert lines == [doc.line_of(s0) for s0, _ in placed]
    tokens = kmytext.segment(doc)
    assert all(t.text == text[t.start - 3:t.end - 3] and t.line == doc.line_of(t.start - 3) for t in tokens)


def test_a_document_pickles_as_its_fields() -> None:
    doc = Document("a.txt", "克拉玛依市举办氢能大会。", 5, 2)
    doc.tokens  # noqa: B018 - built, and not sent to a worker
    back = pickle.loads(pickle.dumps(doc))
    assert (back.id, back.text, back.offset, back.line) == ("a.txt", doc.text, 5, 2)
    assert back._tokens is None


def test_words_between_cut_at_the_edges() -> None:
    doc = Document("", "克拉玛依市举办氢能大会")
    assert doc.tokens.between(1, 6) == [(1, 5, "拉玛依市", "ns"), (5, 6, "举", "v")]
    assert doc.tokens.pairs_between(5, 11) == [("举办", "v"), ("氢能", "n"), ("大会", "n")]
    assert doc.tokens.word_at(7, 9) == "n" and doc.tokens.word_at(6, 9) is None


def _count_segmentation(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the segmenter is asked to segment, wherever the call comes from."""
    texts: list[str] = []
    original = segment_module.rjieba_call

    def counted(impl: object, method: str, text: str, *args: object) -> object:
        texts.append(text)
        return original(impl, method, text, *args)

    monkeypatch.setattr(segment_module, "rjieba_call", counted)
    segment_module._tag_word.cache_clear()
    return texts


def test_entities_segment_the_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    page = PAGE.read_text(encoding="utf-8")
    texts = _count_segmentation(monkeypatch)
    found = kmytext.entities(page)
    assert found
    # One pass over the page; besides it, only dictionary lookups of a piece of a word
    # (at most four characters: 和 of 和永嘉县政府) by the rules that ask what such a piece is.
    passes = [t for t in texts if len(t) > 4]
    assert len(passes) == 1 and len(passes[0]) > 0.9 * len(page)
    assert all(len(t) <= 4 for t in texts if t is not passes[0])


def test_report_segments_each_page_once(monkeypatch: pytest.MonkeyPatch, seed_paths: list[Path]) -> None:
    texts = _count_segmentation(monkeypatch)
    kmytext.report([Document(p.name, p.read_text(encoding="utf-8")) for p in seed_paths])
    assert len([t for t in texts if len(t) > 4]) == len(seed_paths)


def test_a_user_dictionary_reaches_the_entity_model(tmp_path: Path) -> None:
    """Names the segmenter learns from --dict (tagged nr) are names the model finds."""
    names = tmp_path / "names.txt"
    names.write_text("热合曼江 nr\n官卓然 nr\n", encoding="utf-8")
    text = "昨天，热合曼江来到克拉玛依。经理官卓然说明了原因。"

    def people(*options: str) -> set[str]:
        result = CliRunner().invoke(app, ["entities", "-", "--type", "PER", "-f", "jsonl", *options], input=text)
        assert result.exit_code == 0, result.stderr
        return {line.split('"entity": "')[1].split('"')[0] for line in result.stdout.splitlines()}

    assert not {"热合曼江", "官卓然"} & people()
    assert {"热合曼江", "官卓然"} <= people("--dict", str(names))


def test_a_bug_on_one_file_is_reported_with_the_file_and_the_others_go_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kmytext.numex

    real = kmytext.numex.numbers_of

    def failing(doc: Document, **kw: object) -> list:  # type: ignore[type-arg]
        if "故障" in doc.text:
            raise ValueError("a bug")
        return real(doc, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(kmytext.numex, "numbers_of", failing)
    (tmp_path / "a.txt").write_text("投资633亿元。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("故障：投资5亿元。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("增长25%。", encoding="utf-8")
    result = CliRunner().invoke(app, ["numbers", str(tmp_path), "-f", "csv", "-j", "1"])
    assert result.exit_code == 1
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == ["633亿元", "25%"]
    [message] = result.stderr.splitlines()
    assert message.startswith(f"Error: {tmp_path / 'b.txt'}: the analysis failed (ValueError: a bug)")
    with pytest.raises(kmytext.KmytextError, match="b.txt: the analysis failed"):
        list(kmytext.Corpus([tmp_path]).numbers())
