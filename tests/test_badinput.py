"""Bad input never crashes the tool or loses data (issue 8).

Every fixture file is generated here in tmp_path: no binaries are committed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

from kmytext.corpus import binary_kind, decode_bytes, detect_encoding, expand, load_document, read_document
from kmytext.errors import InputError, OutputError
from kmytext.output import open_output

runner = CliRunner()
PAGE = SEEDS / "karamay_2025_community_briefs.txt"
SIMPLIFIED = "克拉玛依市举办中国西部氢能产业发展大会，签约项目总投资633亿元。会议期间，各方围绕绿色能源合作进行了交流。"
TRADITIONAL = "克拉瑪依市舉辦中國西部氫能產業發展大會，簽約項目總投資633億元。會議期間，各方圍繞綠色能源合作進行了交流。"


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    from kmytext.cli import app

    return runner.invoke(app, list(args), input=input)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error:")]


# --- encodings -------------------------------------------------------------------------------

ENCODED = [
    ("utf-8", SIMPLIFIED, "utf-8"),
    ("utf-8-sig", SIMPLIFIED, "utf-8-sig"),
    ("gb18030", SIMPLIFIED, "gb18030"),
    ("gbk", SIMPLIFIED, "gb18030"),
    ("gbk", TRADITIONAL, "gb18030"),
    ("big5", TRADITIONAL, "cp950"),
    ("utf-16", SIMPLIFIED, "utf-16"),
    ("utf-16-le", SIMPLIFIED, "utf-16-le"),
    ("utf-16-be", SIMPLIFIED, "utf-16-be"),
    ("utf-16-le", "Karamay 克拉玛依 2025\n", "utf-16-le"),  # ASCII: NUL bytes give it away
    ("utf-32", SIMPLIFIED, "utf-32"),
]


@pytest.mark.parametrize("codec, text, detected", ENCODED)
def test_encodings_are_detected_without_flags(tmp_path: Path, codec: str, text: str, detected: str) -> None:
    p = tmp_path / "page.txt"
    p.write_bytes(text.encode(codec))
    doc, detection = load_document(str(p))
    assert doc.text == text
    assert detection.encoding == detected and detection.confident


@pytest.mark.parametrize("codec, text", [("gb18030", SIMPLIFIED), ("big5", TRADITIONAL), ("utf-16-le", SIMPLIFIED)])
@pytest.mark.parametrize("length", [20, 50, 200])
def test_short_snippets_are_detected(codec: str, text: str, length: int) -> None:
    snippet = (text * 4)[:length]
    assert decode_bytes(snippet.encode(codec), "x")[0] == snippet


def test_the_seed_pages_in_legacy_encodings(tmp_path: Path) -> None:
    page = PAGE.read_text(encoding="utf-8")
    for codec in ("gb18030", "utf-16", "utf-16-le"):
        p = tmp_path / f"{codec}.txt"
        p.write_bytes(page.encode(codec))
        assert read_document(str(p)).text == page


def test_a_short_guess_is_not_confident() -> None:
    detection = detect_encoding("克拉".encode("gb18030"))
    assert detection.encoding == "gb18030" and not detection.confident


def test_encoding_option_overrides_detection(tmp_path: Path) -> None:
    p = tmp_path / "gbk.txt"
    p.write_bytes(SIMPLIFIED.encode("gbk"))
    assert read_document(str(p), encoding="gbk").text == SIMPLIFIED
    with pytest.raises(InputError, match="not valid big5 at byte"):
        read_document(str(p), encoding="big5")
    result = run("numbers", str(p), "--encoding", "nonsense")
    assert result.exit_code == 2 and "unknown encoding" in result.stderr


def test_gbk_after_a_long_ascii_start_is_still_found() -> None:
    data = b"Karamay Daily 2025, page 3\n" * 2000 + SIMPLIFIED.encode("gbk")
    text, detection = decode_bytes(data, "x.txt")
    assert text.endswith(SIMPLIFIED) and detection.encoding == "gb18030"
    mixed = SIMPLIFIED.encode() + b"x" * 40_000 + SIMPLIFIED.encode("gbk")  # UTF-8 then GBK: no silent mixing
    with pytest.raises(InputError, match=f"not valid UTF-8 at byte {len(SIMPLIFIED.encode()) + 40_000}"):
        decode_bytes(mixed, "x.txt")


def test_crlf_and_cr_become_newlines() -> None:
    assert decode_bytes("一\r\n二\r三\n".encode("gb18030"), "x")[0] == "一\n二\n三\n"


# --- bad files -------------------------------------------------------------------------------

def _zip(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("page.txt", SIMPLIFIED)


BINARIES: list[tuple[str, Callable[[Path], object]]] = [
    ("zip", _zip),
    ("png", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))),
    ("jpeg", lambda p: p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))),
    ("nul", lambda p: p.write_bytes(os.urandom(64) + b"\x00\x01\x02\x00\xff\x00\x00" + os.urandom(64))),
]


@pytest.mark.parametrize("kind, make", BINARIES)
def test_binary_files_are_refused(tmp_path: Path, kind: str, make: Callable[[Path], object]) -> None:
    p = tmp_path / f"{kind}.txt"
    make(p)
    with pytest.raises(InputError, match="not text") as err:
        read_document(str(p))
    assert str(p) in str(err.value)


def test_text_starting_like_a_signature_is_still_text() -> None:
    assert binary_kind("GIF8 是一种图片格式".encode()) is None
    assert binary_kind(b"%PDF is a format\n") is None


def test_invalid_byte_gives_its_offset_and_replace_carries_on(tmp_path: Path) -> None:
    p = tmp_path / "broken.txt"
    p.write_bytes(SIMPLIFIED.encode() + b"\xff\xfe" + "氢能".encode())
    offset = len(SIMPLIFIED.encode())
    with pytest.raises(InputError, match=f"not valid UTF-8 at byte {offset};.*--errors replace"):
        read_document(str(p))
    assert read_document(str(p), errors="replace").text.startswith(SIMPLIFIED + "\ufffd")
    gbk = tmp_path / "broken_gbk.txt"
    gbk.write_bytes(SIMPLIFIED.encode("gbk") + b"\xff" + SIMPLIFIED.encode("gbk"))
    with pytest.raises(InputError, match=f"not valid GB18030/GBK at byte {len(SIMPLIFIED.encode('gbk'))}"):
        read_document(str(gbk))
    result = run("numbers", str(p), "--errors", "replace", "-f", "jsonl")
    assert result.exit_code == 0 and "633" in result.stdout


def test_empty_files_are_a_notice(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bom_only.txt").write_bytes(b"\xef\xbb\xbf")
    assert read_document(str(tmp_path / "empty.txt")).text == ""
    result = run("numbers", str(tmp_path / "empty.txt"), str(tmp_path / "bom_only.txt"), str(PAGE), "-f", "jsonl")
    assert result.exit_code == 0
    assert result.stderr.count("empty file") == 2 and not error_lines(result.stderr)
    assert result.stdout


def test_folder_without_txt_files(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    with pytest.raises(InputError, match="no \\*.txt files"):
        expand([str(tmp_path / "nothing")])
    result = run("freq", str(tmp_path / "nothing"), str(PAGE), "-f", "jsonl")
    assert result.exit_code == 1 and result.stdout
    assert error_lines(result.stderr) == [
        f"Error: {tmp_path / 'nothing'}: folder has no *.txt files; give files or a folder of .txt files"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(SIMPLIFIED, encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: simulate the refusal
        import kmytext.corpus

        real = kmytext.corpus._open

        def refuse(source: str):  # type: ignore[no-untyped-def]
            if Path(source).name == "secret.txt":
                raise PermissionError(13, "Permission denied", source)
            return real(source)

        monkeypatch.setattr(kmytext.corpus, "_open", refuse)
    else:
        p.chmod(0)
    result = run("freq", str(p), str(PAGE), "-f", "jsonl")
    assert result.exit_code == 1 and result.stdout
    assert error_lines(result.stderr) == [f"Error: {p}: permission denied; check the file's permissions"]


def _messy_corpus(root: Path) -> dict[str, str]:
    """A folder like a real archive; returns file name -> the reason it must be reported."""
    root.mkdir()
    (root / "a_utf8.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (root / "b_gbk.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (root / "c_big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    (root / "d_utf16.txt").write_bytes(SIMPLIFIED.encode("utf-16"))
    (root / "e_empty.txt").write_bytes(b"")
    _zip(root / "f_zip.txt")
    (root / "g_broken.txt").write_bytes(SIMPLIFIED.encode() + b"\xff" + SIMPLIFIED.encode())
    (root / "h_crlf.txt").write_bytes(SIMPLIFIED.replace("。", "。\r\n").encode("utf-8-sig"))
    return {"f_zip.txt": "looks like a zip archive", "g_broken.txt": "not valid UTF-8 at byte"}


@pytest.mark.parametrize("command", ["segment", "entities", "numbers", "keywords", "freq"])
def test_one_bad_file_never_stops_a_corpus(tmp_path: Path, command: str) -> None:
    bad = _messy_corpus(tmp_path / "corpus")
    args = [command, str(tmp_path / "corpus"), "-f", "jsonl"] + (["--mentions"] if command == "entities" else [])
    result = run(*args)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = error_lines(result.stderr)
    assert len(errors) == len(bad)
    for line, (name, reason) in zip(sorted(errors), sorted(bad.items()), strict=True):
        assert name in line and reason in line
    assert "e_empty.txt: empty file" in result.stderr
    if command in ("numbers", "entities"):
        docs = {line.split('"doc": "')[1].split('"')[0] for line in result.stdout.splitlines()}
        assert {Path(d).name for d in docs} >= {"a_utf8.txt", "b_gbk.txt", "c_big5.txt", "d_utf16.txt",
                                                "h_crlf.txt"}
    strict = run(*args, "--strict")
    assert strict.exit_code == 1 and len(error_lines(strict.stderr)) == 1


def test_the_same_numbers_from_every_encoding(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _messy_corpus(corpus)
    result = run("numbers", str(corpus / "a_utf8.txt"), str(corpus / "b_gbk.txt"), str(corpus / "d_utf16.txt"),
                 "-f", "csv", "--no-bom")
    rows = [line.split(",")[:3] for line in result.stdout.splitlines()[1:]]
    assert len(rows) % 3 == 0 and rows[: len(rows) // 3] * 3 == rows


def test_not_confident_guess_is_a_notice(tmp_path: Path) -> None:
    p = tmp_path / "short.txt"
    p.write_bytes("克拉".encode("gb18030"))
    result = run("segment", str(p))
    assert result.exit_code == 0 and result.stdout == "克拉\n"
    assert "short.txt: encoding guessed as gb18030 (not sure" in result.stderr


def test_stdin_is_detected_too() -> None:
    result = run("segment", input=SIMPLIFIED.encode("gbk"))
    assert result.exit_code == 0 and result.stdout.startswith("克拉玛依市 举办")


def test_every_failure_is_one_line_without_traceback(tmp_path: Path) -> None:
    result = run("entities", str(tmp_path / "missing.txt"), str(tmp_path / "gone.txt"))
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines == [f"Error: {tmp_path / 'missing.txt'}: no such file; check the path",
                     f"Error: {tmp_path / 'gone.txt'}: no such file; check the path",
                     "Error: none of the 2 inputs could be read; nothing written"]


# --- output ----------------------------------------------------------------------------------

def test_output_over_an_input_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(SIMPLIFIED, encoding="utf-8")
    result = run("segment", str(p), "-o", str(p))
    assert result.exit_code == 1 and "is also an input" in result.stderr
    assert p.read_text(encoding="utf-8") == SIMPLIFIED
    # ... also as one of the *.txt files of a folder input, or through a hard link
    result = run("segment", str(tmp_path), "-o", str(p))
    assert result.exit_code == 1 and "is also an input" in result.stderr
    os.link(p, tmp_path / "link.csv")
    with pytest.raises(OutputError, match="is also an input"), open_output(tmp_path / "link.csv", inputs=[str(p)]):
        pass
    assert p.read_text(encoding="utf-8") == SIMPLIFIED


def test_failed_run_leaves_an_existing_output_alone(tmp_path: Path) -> None:
    out = tmp_path / "numbers.csv"
    out.write_text("precious", encoding="utf-8")
    result = run("numbers", str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["numbers.csv"]  # no temporary left behind


def test_existing_output_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "freq.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert run("freq", str(PAGE), "-o", str(out)).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o640 and "word,pos" in out.read_text(encoding="utf-8-sig")


def _subprocess_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    env.pop("PYTHONWARNINGS", None)
    return env


def test_ctrl_c_mid_write_leaves_the_existing_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(PAGE.read_text(encoding="utf-8") * 150, encoding="utf-8")  # ~2.7 MB: seconds of rows
    out = tmp_path / "tokens.csv"
    out.write_text("precious", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kmytext", "segment", str(big), "-f", "csv", "-o", str(out)],
                            cwd=ROOT, env=_subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".tokens.csv.*.part")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # well into writing rows
    assert proc.poll() is None, "finished before it could be interrupted: make the input bigger"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert out.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "tokens.csv"]
    assert b"Traceback" not in err and err.decode().strip() == "Interrupted."


@pytest.mark.parametrize("args", [["segment"], ["segment", "-f", "jsonl"], ["numbers"], ["entities", "--mentions"]])
def test_head_ends_quietly(tmp_path: Path, args: list[str]) -> None:
    big = tmp_path / "big.txt"
    big.write_text(PAGE.read_text(encoding="utf-8") * 40, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kmytext", *args, str(big)], cwd=ROOT, env=_subprocess_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    _, err = proc.communicate(timeout=120)
    assert first
    assert err.decode() == "", err.decode()
    assert proc.returncode == 0


# --- no pathological slowness ----------------------------------------------------------------

def test_a_page_with_no_line_breaks_runs_in_every_command(tmp_path: Path) -> None:
    """The 20 MB single line of the issue, scaled down to 1 MB with a time budget."""
    one_line = (PAGE.read_text(encoding="utf-8").replace("\n", "") * 60)[:350_000]
    p = tmp_path / "one_line.txt"
    p.write_text(one_line, encoding="utf-8")
    for command in ("segment", "numbers", "entities", "freq"):
        t0 = time.perf_counter()
        result = run(command, str(p), "-f", "csv")
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
    "digits and spaces": lambda n: "1 " * (n // 2),
    "nested brackets": lambda n: "（《“" * (n // 6) + "”》）" * (n // 6),
    "short lines": lambda n: "克拉\n" * (n // 3),
    "full-width numbers": lambda n: ("１２。３４万亿元，" * (n // 9 + 1))[:n],
}


def _line_index_and_context(text: str) -> None:
    from kmytext.spans import LineIndex, context

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
