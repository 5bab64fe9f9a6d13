from __future__ import annotations

import io
from pathlib import Path

import pytest

from kmytext.io.read import expand, iter_documents, read_document, sample_documents
from kmytext.errors import InputError


def test_sample_documents_are_the_two_pages() -> None:
    docs = sample_documents()
    assert [d.id for d in docs] == ["karamay_2025_community_briefs.txt", "karamay_2025_shanghai_aid_feature.txt"]
    assert "克拉玛依" in docs[1].text


def test_folder_is_expanded_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("二", encoding="utf-8")
    (tmp_path / "1.txt").write_text("一", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    assert expand([str(tmp_path)]) == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]


def test_bom_is_dropped(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeff克拉玛依".encode())
    assert read_document(str(p)).text == "克拉玛依"


def test_a_bad_byte_after_a_bom_is_placed_in_the_file(tmp_path: Path) -> None:
    p = tmp_path / "bom_gb.txt"
    p.write_bytes("\ufeff".encode() + "克拉".encode("gb18030"))  # a UTF-8 BOM, then GB18030
    with pytest.raises(InputError, match="not valid UTF-8 at byte 3;"):  # it said byte 0, the BOM's
        read_document(str(p))


def test_stdin() -> None:
    stream = io.TextIOWrapper(io.BytesIO("氢能".encode()), encoding="utf-8")
    assert [d.text for d in iter_documents(["-"], stdin=stream)] == ["氢能"]


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes("克拉玛依".encode() + b"\xff" + "氢能大会".encode()), "at byte 12"),
    ],
)
def test_bad_inputs_say_what_to_do(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "x.txt"
    setup(p)
    with pytest.raises(InputError, match=message) as err:
        read_document(str(p))
    assert str(p) in str(err.value)


def test_explicit_encoding(tmp_path: Path) -> None:
    p = tmp_path / "gbk.txt"
    p.write_bytes("克拉玛依".encode("gb18030"))
    assert read_document(str(p), encoding="gb18030").text == "克拉玛依"
