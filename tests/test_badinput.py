"""Bad input never crashes the tool or loses data (issue 8).

Every fixture file is generated here in tmp_path: no binaries are committed.
"""

from __future__ import annotations

import functools
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

from kmytext.io.read import binary_kind, decode_bytes, detect_encoding, expand, load_document, read_document
from kmytext.errors import InputError, OutputError
from kmytext.io.write import open_output

runner = CliRunner()
PAGE = SEEDS / "karamay_2025_community_briefs.txt"
SIMPLIFIED = "克拉玛依市举办中国西部氢能产业发展大会，签约项目总投资633亿元。会议期间，各方围绕绿色能源合作进行了交流。"
TRADITIONAL = "克拉瑪依市舉辦中國西部氫能產業發展大會，簽約項目總投資633億元。會議期間，各方圍繞綠色能源合作進行了交流。"


@functools.cache
def _click_command() -> object:
    import typer

    from kmytext.cli import app

    return typer.main.get_command(app)


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    """CliRunner.invoke on a click command built once: building it from the app takes 30 ms,
    most of the time of a run that fails on its first input."""
    from unittest import mock

    import typer.testing

    from kmytext.cli import app

    with mock.patch.object(typer.testing, "_get_command", lambda _: _click_command()):
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
    with pytest.raises(InputError, match="not valid Big5 at byte"):
        read_document(str(p), encoding="big5")
    # the one that failed is not suggested again (it was: utf-8 after --encoding utf-8)
    with pytest.raises(InputError, match=r"not valid UTF-8 at byte 0; try another --encoding \(gb18030, big5, "
                                         r"utf-16\), or --errors replace"):
        read_document(str(p), encoding="utf-8")
    result = run("numbers", str(p), "--encoding", "nonsense")
    assert result.exit_code == 2 and "unknown encoding" in result.stderr
    assert run("numbers", str(p), "--encoding", "", "-f", "csv").exit_code == 0  # -e "$ENC" unset: detected


@pytest.mark.parametrize("data", [
    "日本語のテキストです。東京都で会議が開かれました。".encode("shift_jis"),
    "日本語のテキストです。東京都で会議が開かれました。".encode("euc_jp"),
    "Smart “quotes” and the €uro, naïve café, résumé, façade.".encode("cp1252"),
], ids=["shift_jis", "euc_jp", "cp1252"])
def test_text_no_chinese_encoding_reads_is_refused(tmp_path: Path, data: bytes) -> None:
    """Read as GB18030, Big5 or UTF-16 such bytes gave rare characters, and a table of them
    with exit 0 (only a notice that the guess was not sure)."""
    p = tmp_path / "page.txt"
    p.write_bytes(data)
    result = run("entities", str(p), "-f", "csv")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(f"Error: {p}: not Chinese text in UTF-8, GB18030, Big5 or UTF-16")
    assert "give it with --encoding" in result.stderr and "Traceback" not in result.stderr
    assert run("segment", str(p), "--encoding", "latin-1", "-f", "csv").exit_code == 0  # forced: read as said


@pytest.mark.parametrize("encoding", ["base64", "rot13", "zlib", "hex", "undefined"])
def test_a_codec_that_gives_no_text_is_a_usage_error(tmp_path: Path, encoding: str) -> None:
    """Python has codecs of bytes to bytes (base64) or str to str (rot13): 'unexpected
    LookupError … (run with --verbose for details)' once for every file; 'undefined' fails on
    every byte ('unexpected UnicodeError')."""
    result = run("numbers", str(PAGE), "--encoding", encoding)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: Invalid value for --encoding: {encoding!r} is not an encoding of text; try "
                             "utf-8, gb18030, big5 or utf-16 (kmytext numbers --help)\n")
    with pytest.raises(InputError, match=f"--encoding: {encoding!r} is not an encoding of text"):
        read_document(str(PAGE), encoding=encoding)


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


def _unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file this process may not read. Root reads anything, so there the refusal is
    simulated."""
    p = tmp_path / "secret.txt"
    p.write_text(SIMPLIFIED, encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: simulate the refusal
        import kmytext.io.read

        real = kmytext.io.read._open

        def refuse(source: str):  # type: ignore[no-untyped-def]
            if Path(source).name == "secret.txt":
                raise PermissionError(13, "Permission denied", source)
            return real(source)

        monkeypatch.setattr(kmytext.io.read, "_open", refuse)
    else:
        p.chmod(0)
    return p


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = _unreadable(tmp_path, monkeypatch)
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


def test_a_file_name_too_long_is_one_bad_input(tmp_path: Path) -> None:
    """pathlib's is_dir() raised ENAMETOOLONG: the run stopped before the other inputs (and
    Corpus raised a bare OSError)."""
    import kmytext

    long = str(tmp_path / ("长" * 100 + ".txt"))
    result = run("entities", long, str(PAGE), "-f", "csv")
    assert result.exit_code == 1 and "克拉玛依" in result.stdout
    assert result.stderr == f"Error: {long}: cannot read (File name too long); check the file\n"
    with pytest.raises(kmytext.InputError, match="cannot read \\(File name too long\\)"):
        kmytext.Corpus([long]).entities()
    # reprints looked for folders among its inputs after the run, --names for a folder: pathlib raised it
    result = run("reprints", long, str(PAGE), "-f", "csv")
    assert (result.exit_code, result.stderr) == (1, f"Error: {long}: cannot read (File name too long); check the file\n")
    result = run("entities", str(PAGE), "--names", long)
    assert (result.exit_code, result.stderr) == (1, f"Error: --names {long}: cannot read (File name too long); "
                                                    "check the file\n")


def test_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    """page.txt page.txt (or a folder and a file in it, or a link to it) counted its words twice:
    in one document for entities (the same id), in two for freq."""
    folder = tmp_path / "pages"
    folder.mkdir()
    page = folder / "page.txt"
    page.write_bytes(PAGE.read_bytes())
    (folder / "link.txt").symlink_to("page.txt")
    once = {name: run(name, str(page), "-f", "csv", "--top", "3").stdout for name in ("entities", "freq")}
    for args in ([str(page), str(page)], [str(folder), str(page)], [str(page), f"{folder}/./page.txt"]):
        for name in ("entities", "freq"):
            result = run(name, *args, "-f", "csv", "--top", "3")
            assert (result.exit_code, result.stdout) == (0, once[name]), args
            assert result.stderr.count("read once") == 1 + (args[0] == str(folder)), result.stderr
    result = run("freq", str(page), str(page), "-f", "csv")
    assert result.stderr == f"kmytext: {page}: given more than once; read once\n"
    result = run("freq", str(folder), "-f", "csv")
    assert result.stderr == f"kmytext: {page}: the same file as {folder / 'link.txt'}; read once\n"
    import kmytext

    corpus = kmytext.Corpus([str(page), str(folder)])
    assert len(list(corpus.documents())) == 1
    assert corpus.sources == [str(page)]  # what the progress bar counts: read once, counted once


def test_documents_of_one_id_are_refused() -> None:
    """Told apart by id, they were one document of twice the mentions: documents=1."""
    import kmytext

    with pytest.raises(kmytext.ArgumentError, match=r"^kmytext.Corpus\(\): documents 1 and 3 have the same id 'a'; "):
        kmytext.Corpus.from_texts(["氢能", "大会", "氢能"], ids=["a", "b", "a"])
    with pytest.raises(kmytext.ArgumentError, match="documents 1 and 2 have the same id ''"):
        kmytext.report([kmytext.Document("", "上海援克。"), kmytext.Document("", "上海援克。")])


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
    result = run("segment", str(tmp_path), "-o", str(tmp_path / "out.txt"))  # a new .txt file in the folder
    assert result.exit_code == 1 and result.stderr == (
        f"Error: {tmp_path / 'out.txt'}: is a .txt file in the input folder {tmp_path}, which would read it as an "
        "input; write the output outside the folder or as .csv\n")
    assert not (tmp_path / "out.txt").exists()
    os.link(p, tmp_path / "link.csv")
    with pytest.raises(OutputError, match="is also an input"), open_output(tmp_path / "link.csv", inputs=[str(p)]):
        pass
    assert p.read_text(encoding="utf-8") == SIMPLIFIED


@pytest.mark.parametrize("args, content", [
    (["keywords", "--stopwords"], "的\n了\n"), (["entities", "--dict"], "援克前指 5 nt\n"),
    (["entities", "--names"], "腾讯 ORG\n"), (["keyness", "--reference"], SIMPLIFIED),
])
def test_output_over_a_file_an_option_reads_is_refused(tmp_path: Path, args: list[str], content: str) -> None:
    """-f csv -o stop.txt replaced the stopword list (the dictionary, names, reference) with the table."""
    option_file = tmp_path / "words.txt"
    option_file.write_text(content, encoding="utf-8")
    result = run(*args, str(option_file), str(PAGE), "-f", "csv", "-o", str(option_file))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {option_file}: is also an input; write the output to another file\n"
    assert option_file.read_text(encoding="utf-8") == content


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


def _ctrl_c_heard() -> None:
    """In the child, before it runs: Ctrl-C back to the default, so Python turns it into
    KeyboardInterrupt even when these tests run in the background, where the shell has the
    signal ignored, and a child would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_mid_write_leaves_the_existing_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(PAGE.read_text(encoding="utf-8") * 150, encoding="utf-8")  # ~2.7 MB: seconds of rows
    out = tmp_path / "tokens.csv"
    out.write_text("precious", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kmytext", "segment", str(big), "-f", "csv", "-o", str(out)],
                            cwd=ROOT, env=_subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_ctrl_c_heard)
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


@pytest.mark.parametrize("args", [["segment"], ["segment", "-f", "jsonl"], ["numbers"], ["entities", "--mentions"],
                                  ["freq", "-f", "tsv"], ["kwic", "的"],
                                  ["numbers", "-f", "table"]])  # rich's own handling exited 1
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



def test_a_table_when_columns_is_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    """COLUMNS=0 (set so by some CI runners and profiles): the table was not written at all, exit 0."""
    monkeypatch.setenv("COLUMNS", "0")
    result = run("entities", str(PAGE), "-f", "table")
    assert result.exit_code == 0 and result.stdout.startswith("entity ") and "克拉玛依" in result.stdout

# --- the battery: every command, every kind of bad input ------------------------------------
#
# One rule for all: a one-line message naming the file and what to do, a non-zero exit, no
# traceback, nothing on stdout, and an existing -o file as it was (no temporary left).

WORD = "氢能"
# The arguments each command needs besides its files.
COMMAND_ARGS: dict[str, list[str]] = {
    "segment": [], "entities": [], "numbers": [], "keywords": [], "freq": [], "articles": [],
    "keyness": [], "kwic": [WORD], "collocates": [WORD], "quotes": [], "posts": [], "reprints": [], "timeline": [],
    "network": [], "report": [],
}
ALL_COMMANDS = list(COMMAND_ARGS)
FORMAT_COMMANDS = [c for c in ALL_COMMANDS if c != "report"]


def command(name: str, *files: str, out: Path | None = None) -> list[str]:
    """argv for ``name`` on ``files``; ``report`` always needs its -o (a folder here)."""
    args = [name, *COMMAND_ARGS[name], *files]
    if name == "report":
        return [*args, "-o", str(out.with_suffix("") if out else Path(files[0]).parent / "report_out")]
    return [*args, "-o", str(out)] if out else args


def _symlink_loop(p: Path) -> None:
    other = p.with_name("other_" + p.name)
    p.symlink_to(other.name)
    other.symlink_to(p.name)


def _bad_surrogate(p: Path) -> None:
    p.write_bytes(SIMPLIFIED.encode() + "\ud800".encode("utf-8", "surrogatepass") + SIMPLIFIED.encode())


def _no_txt(p: Path) -> None:
    p.mkdir()
    (p / "notes.md").write_text(SIMPLIFIED, encoding="utf-8")


# name -> (make the input at the path, what the message says)
BAD_INPUTS: dict[str, tuple[Callable[[Path], object], str]] = {
    "missing": (lambda p: None, "no such file; check the path"),
    "folder without txt": (_no_txt, "folder has no *.txt files; give files or a folder of .txt files"),
    "empty folder": (lambda p: p.mkdir(), "folder has no *.txt files"),
    "png": (BINARIES[1][1], "looks like a PNG image, not text; give text files"),
    "elf": (lambda p: p.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256))), "looks like a program, not text"),
    "zip": (_zip, "looks like a zip archive (docx, xlsx, epub?), not text"),
    "gzip": (lambda p: p.write_bytes(__import__("gzip").compress(SIMPLIFIED.encode())), "looks like a gzip archive"),
    "nul bytes": (BINARIES[3][1], "looks like binary (it has NUL bytes), not text"),
    "bad utf-8 inside": (lambda p: p.write_bytes(SIMPLIFIED.encode() * 3 + b"\xff\xfe" + SIMPLIFIED.encode()),
                         f"not valid UTF-8 at byte {len(SIMPLIFIED.encode()) * 3}; try --encoding gb18030"),
    "lone surrogate": (_bad_surrogate, f"not valid UTF-8 at byte {len(SIMPLIFIED.encode())}"),
    "dangling link": (lambda p: p.symlink_to("nowhere.txt"), "is a broken link (to nowhere.txt); fix or remove"),
    "link loop": (_symlink_loop, "is a link that points back to itself; fix or remove the link"),
    "fifo, no writer": (lambda p: os.mkfifo(p), "is a named pipe nothing writes to; start the writer first"),
}


@pytest.mark.parametrize("kind", BAD_INPUTS)
@pytest.mark.parametrize("name", ALL_COMMANDS)
def test_bad_input_one_line_nothing_written(tmp_path: Path, name: str, kind: str) -> None:
    make, message = BAD_INPUTS[kind]
    bad = tmp_path / ("bad input" if "folder" in kind else "bad 输入.txt")  # spaces, non-ASCII
    make(bad)
    result = run(*command(name, str(bad)))
    assert (result.exit_code, result.stdout) == (1, ""), result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}: {message}"), result.stderr
    # ... and with -o over an existing file: the file is untouched, no temporary is left
    out = tmp_path / "out.csv"
    out.write_text("precious", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run(*command(name, str(bad), out=out))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("name", ALL_COMMANDS)
def test_unreadable_file_every_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    p = _unreadable(tmp_path, monkeypatch)
    result = run(*command(name, str(p)))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {p}: permission denied; check the file's permissions\n"


@pytest.mark.parametrize("name", ALL_COMMANDS)
def test_devices_are_refused(tmp_path: Path, name: str) -> None:
    """A copy of /dev/null stands for any device: were the check to go, it reads as empty
    rather than for ever like /dev/zero."""
    dev = _device(tmp_path, "device.txt", 3)
    result = run(*command(name, str(dev)))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {dev}: is a device, not a file; give a text file (or - for stdin)\n"


def test_dev_zero_is_not_read_for_ever() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    import resource

    def limit() -> None:  # should the check go, fail on memory rather than fill the machine's
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    proc = subprocess.run([sys.executable, "-m", "kmytext", "numbers", "/dev/zero"], cwd=ROOT,
                          env=_subprocess_env(), capture_output=True, timeout=60, preexec_fn=limit)  # noqa: PLW1509
    assert (proc.returncode, proc.stdout) == (1, b"")
    assert proc.stderr.decode() == "Error: /dev/zero: is a device, not a file; give a text file (or - for stdin)\n"


@pytest.mark.parametrize("args", [[], ["-"]], ids=["no FILE", "-"])
def test_dev_zero_on_stdin_is_not_read_for_ever(args: list[str]) -> None:
    """`< /dev/zero` was read into memory until the machine's ran out."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([sys.executable, "-m", "kmytext", "numbers", *args], cwd=ROOT, stdin=zero,
                              env=_subprocess_env(), capture_output=True, timeout=60, preexec_fn=limit)  # noqa: PLW1509
    assert (proc.returncode, proc.stdout) == (1, b"")
    assert proc.stderr.decode() == ("Error: <stdin>: is a device, not a file; give FILE arguments or pipe text in\n")

def test_a_named_pipe_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    import threading

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(SIMPLIFIED)

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.05)  # the writer waits in open() for a reader: the case of `<(cmd)`
    result = run("numbers", str(fifo), "-f", "jsonl")
    writer.join(timeout=5)
    assert result.exit_code == 0 and "633亿元" in result.stdout


@pytest.mark.parametrize("args, content, found", [
    (["entities", "--names"], "暖新商铺 ORG\n", "暖新商铺,ORG"),
    (["keywords", "--stopwords"], "克拉玛依\n援克\n", "keyword,"),
    (["freq", "--pos", "xyz", "--dict"], "白碱滩区 5 xyz\n", "白碱滩区,xyz"),
])
def test_an_option_file_that_is_a_pipe_is_read_once(tmp_path: Path, args: list[str], content: str,
                                                    found: str) -> None:
    """--names <(cmd) (and --dict, --stopwords) were read as the options were checked, then
    again: 'is a named pipe nothing writes to', or (--stopwords, --dict) silently nothing."""
    import threading

    fifo = tmp_path / "words.txt"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(content)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    time.sleep(0.2)  # the writer waits in open() for a reader: the case of `<(cmd)`
    result = run(*args, str(fifo), str(PAGE), "-f", "csv")
    writer.join(timeout=5)
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    assert found in result.stdout
    if args[0] == "keywords":
        assert "克拉玛依," not in result.stdout and "\n援克," not in result.stdout


@pytest.mark.parametrize("option", ["--names", "--dict", "--stopwords"])
def test_an_option_file_is_not_standard_input(option: str) -> None:
    """--names - read stdin as the options were checked, and the corpus, or the second read, found it empty."""
    result = run("entities" if option != "--stopwords" else "keywords", str(PAGE), option, "-", input="腾讯 ORG\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "- (standard input) is not read for this option; give a file" in result.stderr


# name -> (bytes of the file, what stderr may say); all must run and exit 0
ODD_BUT_FINE: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty file, nothing to read"),
    "bom only": (b"\xef\xbb\xbf", "empty file, nothing to read"),
    "whitespace only": (b" \n\n\t\r\n\xe3\x80\x80\n", "only white space, nothing to read"),
    "utf-16 without bom": (SIMPLIFIED.encode("utf-16-le"), ""),
    "gb18030": (SIMPLIFIED.encode("gb18030"), ""),
    "big5": (TRADITIONAL.encode("big5"), ""),
    "crlf": (SIMPLIFIED.replace("。", "。\r\n").encode(), ""),
    "old mac cr": (SIMPLIFIED.replace("。", "。\r").encode(), ""),
    "controls, rtl, emoji, combining": (
        "董爱华\u202e在克拉玛依\u200f市\x01\x07调研🚀e\u0301。\x1b[31m红[/b][bold]\u0000氢能\n".replace("\x00", "").encode(), ""),
}


@pytest.mark.parametrize("kind", ODD_BUT_FINE)
@pytest.mark.parametrize("name", ALL_COMMANDS)
def test_odd_but_valid_input_runs(tmp_path: Path, name: str, kind: str) -> None:
    data, notice = ODD_BUT_FINE[kind]
    folder = tmp_path / "新 闻"  # a path with a space and Chinese characters
    folder.mkdir()
    p = folder / "页 面.txt"
    p.write_bytes(data)
    args = command(name, str(p))
    if name != "report":
        args += ["-f", "table"]  # the terminal table too: [/b] in a page is text, not markup
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
    assert notice in result.stderr
    if notice:
        assert f"kmytext: {p}: {notice}" in result.stderr.splitlines()


def test_control_characters_do_not_reach_the_terminal(tmp_path: Path) -> None:
    p = tmp_path / "esc.txt"
    p.write_text("克拉玛依\x1b[2J市举办\x07氢能大会", encoding="utf-8")
    result = run("segment", str(p), "-f", "table")
    assert result.exit_code == 0 and "\x1b" not in result.stdout and "\\x1b" in result.stdout


def test_a_ten_megabyte_line_is_cut_between_sentences(tmp_path: Path) -> None:
    from kmytext.io.read import read_pieces

    text = (SIMPLIFIED * (10_000_000 // len(SIMPLIFIED.encode())))
    p = tmp_path / "one_line.txt"
    p.write_text(text, encoding="utf-8")
    pieces = list(read_pieces(str(p)))
    assert len(pieces) > 10 and "".join(d.text for d in pieces) == text
    assert all(d.text.endswith("。") for d in pieces[:-1])  # never through a word or a number
    result = run("kwic", WORD, str(p), "--chars", "-f", "csv", "--no-bom")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1 + text.count(WORD)


# --- stdin -----------------------------------------------------------------------------------

NO_INPUT = ("Error: no input: nothing came on standard input and no FILE was given; give files or folders, "
            "pipe text in, or add --sample to run on the bundled sample pages\n")


@pytest.mark.parametrize("name", FORMAT_COMMANDS)
def test_empty_stdin_is_a_notice_when_asked_for(name: str) -> None:
    result = run(*command(name, "-"), "-f", "csv", input=b"")
    assert result.exit_code == 0 and result.stderr == "kmytext: <stdin>: empty file, nothing to read\n"


@pytest.mark.parametrize("name", ALL_COMMANDS)
def test_no_file_and_nothing_on_stdin_says_what_to_do_and_writes_nothing(name: str, tmp_path: Path) -> None:
    out = tmp_path / ("report.xlsx" if name == "report" else "out.csv")
    for args in ([name, *COMMAND_ARGS[name], "-o", str(out)], [name, *COMMAND_ARGS[name]]):
        if name == "report" and "-o" not in args:
            continue
        result = run(*args, input=b"")
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", NO_INPUT)
    assert list(tmp_path.iterdir()) == []


def test_stdin_given_twice_is_a_usage_error() -> None:
    """The second - read as an empty file: 'kmytext: <stdin>: empty file, nothing to read'."""
    result = run("numbers", "-", str(PAGE), "-", input=SIMPLIFIED)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: Invalid value for FILE: - (standard input) is given more than once; it can "
                             "be read only once (kmytext numbers --help)\n")

def test_binary_stdin_is_refused() -> None:
    result = run("numbers", "-", input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("Error: <stdin>: looks like a PNG image, not text")


@pytest.mark.parametrize("args", [["numbers", "-"], ["segment"]])
def test_closed_stdin(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "kmytext", *args], cwd=ROOT, env=_subprocess_env(),
                          capture_output=True, preexec_fn=lambda: os.close(0), timeout=60)  # noqa: PLW1509
    assert (proc.returncode, proc.stdout) == (1, b"")
    assert proc.stderr.decode() == ("Error: <stdin>: standard input is closed; give FILE arguments or pipe "
                                    "text in\n" if "-" in args else NO_INPUT)


@pytest.mark.parametrize("args", [["numbers"], ["segment"], ["entities", "-f", "json"]])
def test_closed_or_full_stdout(args: list[str]) -> None:
    """>&- gave 'unexpected AttributeError: NoneType object has no attribute isatty', and a
    full disk 'No space left on device; check the files and folders given' (no file was)."""
    run_ = functools.partial(subprocess.run, [sys.executable, "-m", "kmytext", *args, str(PAGE)], cwd=ROOT,
                             env=_subprocess_env(), stderr=subprocess.PIPE, timeout=120)
    proc = run_(preexec_fn=lambda: os.close(1))  # noqa: PLW1509
    assert (proc.returncode, proc.stderr.decode()) == (1, "Error: standard output is closed (>&-); write to a "
                                                          "file with -o FILE, or redirect it (> out.csv)\n")
    with open("/dev/full", "w") as full:
        proc = run_(stdout=full)
    assert (proc.returncode, proc.stderr.decode()) == (1, "Error: standard output: writing failed (No space left "
                                                          "on device); free some space, or write elsewhere with -o "
                                                          "FILE\n")


@pytest.mark.parametrize("stdin", ["devnull", "empty pipe", "empty file"])
def test_no_input_under_cron_or_a_notebook(stdin: str, tmp_path: Path) -> None:
    """A real process whose stdin is no terminal and holds nothing: the message, exit 1, no
    CSV header, and no wait."""
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    source = {"devnull": subprocess.DEVNULL, "empty pipe": subprocess.PIPE, "empty file": empty.open("rb")}[stdin]
    proc = subprocess.Popen([sys.executable, "-m", "kmytext", "keywords", "--top", "20"], cwd=ROOT,
                            env=_subprocess_env(), stdin=source, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(b"" if stdin == "empty pipe" else None, timeout=60)
    assert (proc.returncode, out, err.decode()) == (1, b"", NO_INPUT)


def test_a_silent_pipe_is_waited_for_with_a_note() -> None:
    """A producer that takes its time is no error: after a while a note says what kmytext
    waits for, and the text that comes is read."""
    proc = subprocess.Popen([sys.executable, "-m", "kmytext", "freq"], cwd=ROOT,
                            env=_subprocess_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stderr is not None and proc.stdin is not None
    note = proc.stderr.readline().decode()  # blocks until the note
    assert note.startswith("kmytext: waiting for text on standard input")
    out, _ = proc.communicate("氢能大会，氢能。".encode(), timeout=60)
    assert proc.returncode == 0 and out.decode().splitlines()[:2] == ["word,pos,count,per_10k,docs", "氢能,n,2,6666.667,1"]


# --- options ---------------------------------------------------------------------------------

def _with(option: str, *names: str) -> list[tuple[str, list[str]]]:
    return [(n, option.split()) for n in names]


BAD_OPTIONS: list[tuple[str, list[str]]] = [
    *_with("--format xml", *FORMAT_COMMANDS),
    *_with("--format text", *[c for c in FORMAT_COMMANDS if c != "segment"]),
    *_with("--errors foo", *ALL_COMMANDS),
    *_with("--encoding no-such-codec", *ALL_COMMANDS),
    *_with("--top -1", "entities", "keywords", "freq", "keyness", "collocates", "report"),
    *_with("--top 0", "keywords", "report"),
    *_with("--min-count -1", "entities", "freq", "keyness", "collocates"),
    *_with("--min-count 0", "entities", "freq", "keyness", "collocates"),
    *_with("--ngram 0", "freq"), *_with("--ngram 99", "freq"),
    *_with("--jobs 0", "segment", "entities", "numbers", "keywords", "freq"),
    *_with("--jobs -3", "segment", "entities", "numbers", "keywords", "freq"),
    *_with("--type FOO", "entities"), *_with("--type ,", "entities"),
    *_with("--kind foo", "numbers"), *_with("--base-date 2025-13-01", "numbers"),
    *_with("--by foo", "entities", "numbers", "freq", "keywords", "timeline", "network"),
    *_with("--unit foo", "timeline"), *_with("--year 25", "timeline"), *_with("--kind foo", "timeline"),
    *_with("--type FOO", "timeline", "network"), *_with("--top -1", "timeline", "network"),
    *_with("--within foo", "network"), *_with("--min-weight 0", "network"), *_with("--table foo", "network"),
    *_with("-o out.gexf -f csv", "network"), *_with("-o out.gexf", "timeline", "entities"),
    *_with("--mode foo", "segment"), *_with("--engine foo", "segment"), *_with("--pos --mode search", "segment"),
    *_with("--method foo", "keywords"), *_with("--idf foo", "keywords"),
    *_with("--pos ,", "keywords", "freq"),  # no tag: nothing kept, a header and exit 0
    *_with("--sort foo", "kwic", "collocates"), *_with("--width 0", "kwic"), *_with("--window 0", "collocates"),
    *_with("-o out.xyz", *FORMAT_COMMANDS), *_with("-o out.xlsx", *FORMAT_COMMANDS),
    *_with("-o out.txt", *[c for c in FORMAT_COMMANDS if c != "segment"]),
]


@pytest.mark.parametrize("name, option", BAD_OPTIONS, ids=[f"{n} {' '.join(o)}" for n, o in BAD_OPTIONS])
def test_bad_option_is_a_usage_error_before_anything_is_written(tmp_path: Path, name: str, option: list[str]) -> None:
    option = [str(tmp_path / o) if o.startswith("out.") else o for o in option]
    result = run(*command(name, str(PAGE), out=tmp_path / "report.csv" if name == "report" else None), *option)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Error: Invalid value for")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["entities", "keywords", "freq", "network", "timeline"])
def test_an_unknown_engine_is_refused(name: str) -> None:
    result = run(name, str(PAGE), "--engine", "foo")
    assert (result.exit_code, result.stdout) == (2, "")  # a usage error, as from every command
    assert result.stderr == f"Error: Invalid value for --engine: use auto, rjieba or jieba (kmytext {name} --help)\n"


def test_the_rjieba_engine_when_it_is_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """--engine rjieba without rjieba: 'unexpected ModuleNotFoundError … (run with --verbose)'."""
    import kmytext

    monkeypatch.setitem(sys.modules, "rjieba", None)  # import rjieba raises ImportError
    message = "engine='rjieba': rjieba is not installed; pip install rjieba, or use the engine 'jieba' (--engine jieba)"
    with pytest.raises(kmytext.ArgumentError, match=re.escape(message)):
        kmytext.Segmenter(engine="rjieba")
    result = run("segment", str(PAGE), "--engine", "rjieba")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {message}\n")
    assert kmytext.Segmenter().engine == "jieba"  # auto: the one there is


def test_empty_query_or_word_is_a_usage_error() -> None:
    for args in (["kwic", "", str(PAGE)], ["kwic", "  ", str(PAGE)], ["collocates", "", str(PAGE)]):
        result = run(*args)
        assert (result.exit_code, result.stdout) == (2, "")


def test_the_word_of_collocates() -> None:
    """'氢能 ' (pasted with a space) and '氢能 产业' found nothing, exit 0; kmytext.collocates(t, '')
    gave [] where kwic's empty query is an error."""
    import kmytext

    text = PAGE.read_text(encoding="utf-8")
    assert kmytext.collocates(text, " 社区\n") == kmytext.collocates(text, "社区") != []
    for word, message in [("", "empty word; give a word, e.g. 氢能"),
                          ("社区 活动", "'社区 活动' is several words; give one, e.g. 氢能 (kwic finds a phrase)")]:
        with pytest.raises(kmytext.ArgumentError, match=re.escape(message)):
            kmytext.collocates(text, word)
        with pytest.raises(kmytext.ArgumentError, match=re.escape(message)):
            kmytext.Corpus([str(PAGE)]).collocates(word)
        result = run("collocates", word, str(PAGE))
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == f"Error: Invalid value for WORD: {message} (kmytext collocates --help)\n"
    result = run("collocates", "社区 ", str(PAGE), "-f", "csv")
    assert result.exit_code == 0 and result.stdout.count("\n") > 1


@pytest.mark.parametrize("value, message", [
    ("2025-02-30", "2025-02-30: no such day"), ("2025-13-01", "2025-13-01: no such day"),  # were: give YYYY-MM-DD
    ("2025/03/05", "give a date as YYYY-MM-DD")])
def test_base_date_says_what_is_wrong(value: str, message: str) -> None:
    result = run("numbers", str(PAGE), "--base-date", value)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: Invalid value for --base-date: {message} (kmytext numbers --help)\n"


def test_base_date_with_spaces_about_it() -> None:
    """' 2025-03-05' (pasted, or a shell variable with a newline) was 'give a date as YYYY-MM-DD'."""
    result = run("numbers", "-", "--base-date", " 2025-03-05\n", "-f", "csv", input="明天开会。")
    assert result.exit_code == 0 and "明天,date,2025-03-06" in result.stdout


@pytest.mark.parametrize("args", [["-", "--reference", "-"], ["--reference", "-"], [str(PAGE), "-r", "-", "-r", "-"]])
def test_stdin_as_the_reference_and_the_corpus(args: list[str]) -> None:
    """Read by the corpus first, the reference was empty: 'the reference corpus has no words'."""
    result = run("keyness", *args, input=PAGE.read_text(encoding="utf-8"))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("Error: Invalid value for --reference: - (standard input) can be read only once")


def test_stdin_as_the_reference_of_files() -> None:
    result = run("keyness", str(SEEDS), "--reference", "-", "-f", "csv", input=PAGE.read_text(encoding="utf-8"))
    assert result.exit_code == 0 and result.stdout.count("\n") > 2


def test_a_bad_regular_expression_is_a_usage_error() -> None:
    """It was 'the analysis failed …; this is a bug in kmytext', once for every file read."""
    import kmytext

    result = run("kwic", "(", "--regex", str(PAGE), str(SEEDS))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: Invalid value for QUERY: bad regular expression '(': missing ) at position 1 "
                             "(kmytext kwic --help)\n")
    with pytest.raises(kmytext.ArgumentError, match=r"^bad regular expression '\(': missing \)"):
        kmytext.Corpus([str(PAGE)]).kwic("(", regex=True)


def test_more_jobs_than_cpus_is_a_notice() -> None:
    from kmytext.run.parallel import default_jobs

    result = run("numbers", str(PAGE), "--jobs", "100000", "-f", "csv")
    assert result.exit_code == 0 and result.stdout
    assert result.stderr == f"kmytext: --jobs 100000: this machine has {default_jobs()} CPUs; using {default_jobs()}\n"


@pytest.mark.parametrize("name", ["freq", "keywords"])
def test_a_pos_tag_no_word_has_is_a_notice(tmp_path: Path, name: str) -> None:
    """--pos xyz (or N for n) gave an empty table, exit 0, and no word why."""
    result = run(name, str(PAGE), "--pos", "xyz,n,N", "-f", "csv")
    assert result.exit_code == 0 and "产业" in result.stdout  # n still finds its words
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("kmytext: --pos N, xyz: no word is tagged N, xyz (not a tag of jieba's, nor "
                                    "of a --dict file), so they find nothing; jieba's tags: a, ad, ")
    words = tmp_path / "words.txt"
    words.write_text("白碱滩区 5 xyz\n", encoding="utf-8")  # a dictionary's own tag: no notice
    result = run(name, str(PAGE), "--pos", "xyz", "-d", str(words), "-f", "csv")
    assert result.exit_code == 0 and "白碱滩区," in result.stdout and ",xyz" in result.stdout
    assert result.stderr == ""
    assert run(name, str(PAGE), "--pos", "n,eng,m,x", "-f", "csv").stderr == ""  # the tags the engines give


@pytest.mark.parametrize("name", ["entities", "freq", "keyness", "collocates"])
def test_top_zero_means_all(name: str) -> None:
    result = run(*command(name, str(PAGE)), "--top", "0", "-f", "csv")
    assert result.exit_code == 0 and result.stdout


# --- files an option names: --dict, --stopwords, --reference -----------------------------------

def _files_for_options(tmp: Path) -> dict[str, Path]:
    files = {"missing": tmp / "missing.txt", "png": tmp / "dict.png.txt", "folder": tmp / "folder",
             "bad.tsv": tmp / "bad.tsv", "missing.tsv": tmp / "missing.tsv", "notgz.tsv.gz": tmp / "notgz.tsv.gz",
             "cut.tsv.gz": tmp / "cut.tsv.gz", "huge freq": tmp / "huge_freq.txt",
             "empty.tsv": tmp / "empty.tsv", "negative.tsv": tmp / "negative.tsv", "spaces.tsv": tmp / "spaces.tsv"}
    files["empty.tsv"].write_text("#total\t5\n\n", encoding="utf-8")
    files["negative.tsv"].write_text("氢能\t3\n大会\t-2\n", encoding="utf-8")
    files["spaces.tsv"].write_text("氢能 3\n", encoding="utf-8")
    files["huge freq"].write_text("氢能产业 5 n\n氢能 99999999999999999999999 n\n", encoding="utf-8")
    BINARIES[1][1](files["png"])
    files["folder"].mkdir()
    files["bad.tsv"].write_text("氢能\tmany\n", encoding="utf-8")
    files["notgz.tsv.gz"].write_text("氢能\t3\n", encoding="utf-8")
    files["cut.tsv.gz"].write_bytes(__import__("gzip").compress("氢能\t3\n".encode() * 100)[:30])
    return files


OPTION_FILES: list[tuple[list[str], str, str]] = [
    (["segment", "--dict"], "missing", "no such file; check the path"),
    (["segment", "--dict"], "png", "looks like a PNG image, not text"),
    (["segment", "--dict"], "folder", "is a folder, not a file; give the file in it"),
    # it said "give it as an argument to read its *.txt files": as FILE it would be read as text
    (["keywords", "--stopwords"], "folder", "is a folder, not a file; give the file in it"),
    (["segment", "--dict"], "huge freq", "line 2: frequency 99999999999999999999999 is too large"),
    (["keywords", "--stopwords"], "missing", "no such file; check the path"),
    (["keywords", "--stopwords"], "png", "looks like a PNG image, not text"),
    (["collocates", WORD, "--stopwords"], "missing", "no such file; check the path"),
    (["keyness", "--reference"], "missing", "no such file; check the path"),
    (["keyness", "--reference"], "folder", "folder has no *.txt files"),
    (["keyness", "--reference"], "missing.tsv", "no such file; check the path"),
    (["keyness", "--reference"], "bad.tsv", "not a word<TAB>count list"),
    (["keyness", "--reference"], "empty.tsv", "not a word<TAB>count list (no words in it)"),
    (["keyness", "--reference"], "negative.tsv", "not a word<TAB>count list (line 2: the count -2 is negative)"),
    (["keyness", "--reference"], "spaces.tsv", "not a word<TAB>count list (line 1 has no tab)"),
    (["keyness", "--reference"], "notgz.tsv.gz", "not a gzip file"),
    (["keyness", "--reference"], "cut.tsv.gz", "the gzip file is cut short or damaged"),
]


@pytest.mark.parametrize("args, which, message", OPTION_FILES,
                         ids=[f"{' '.join(a)} {w}" for a, w, _ in OPTION_FILES])
def test_a_bad_file_given_to_an_option(tmp_path: Path, args: list[str], which: str, message: str) -> None:
    path = _files_for_options(tmp_path)[which]
    result = run(*args, str(path), str(PAGE))
    assert (result.exit_code, result.stdout) == (1, "")
    named = f"{args[-1]} " if args[-1] in ("--dict", "--stopwords") else ""  # the option too (-dash.txt is -d ash.txt)
    assert result.stderr.startswith(f"Error: {named}{path}: {message}") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("content", ["", " \n\t\n", "。，！"], ids=["empty", "blank", "no words"])
def test_a_reference_corpus_without_words_is_an_error(tmp_path: Path, content: str) -> None:
    """Against nothing, every word looked key: a log ratio for each, exit 0."""
    ref = tmp_path / "ref.txt"
    ref.write_text(content, encoding="utf-8")
    result = run("keyness", str(PAGE), "--reference", str(ref))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == ("Error: the reference corpus has no words; give texts to compare "
                                              "with, or a word<TAB>count list with counts in it")


def test_a_user_dictionary_with_odd_lines_is_read(tmp_path: Path) -> None:
    d = tmp_path / "dict.txt"
    d.write_text("氢能产业 abc n\n 克拉玛依市 -5 \n\n\t\nx 1 2 3 4\n", encoding="utf-8")
    result = run("segment", str(PAGE), "--dict", str(d))
    assert result.exit_code == 0 and result.stderr == ""


# --- output ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", FORMAT_COMMANDS)
def test_output_where_it_cannot_go(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    cases = {tmp_path / "no" / "such" / "out.csv": f"no folder {tmp_path / 'no' / 'such'}; create it first",
             tmp_path / "folder": "is a folder; give a file name such as"}
    for out, message in cases.items():
        result = run(*command(name, str(PAGE), out=out))
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr.startswith(f"Error: {out}: {message}") and len(result.stderr.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


@pytest.mark.parametrize("name", ["numbers", "segment", "network"])
def test_output_ending_in_a_slash_is_a_folder(tmp_path: Path, name: str) -> None:
    """-o newdir/ wrote the table to a file named newdir (pathlib drops the /), exit 0."""
    out = f"{tmp_path / 'newdir'}/"
    result = run(name, str(PAGE), "-o", out)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: Invalid value for --output: {out}: ends with /, a folder; give a file name "
                             f"such as {out}out.csv (kmytext {name} --help)\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name, out", [("entities", "loop.csv"), ("report", "loop.xlsx"), ("network", "loop.gexf")])
def test_output_to_a_link_loop(tmp_path: Path, name: str, out: str) -> None:
    """'unexpected RuntimeError: Symlink loop from …' (pathlib's resolve)."""
    loop = tmp_path / out
    loop.symlink_to(out)
    result = run(name, str(PAGE), "-o", str(loop))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {loop}: is a link that points back to itself; fix or remove the link, or " \
                            "write somewhere else\n"


def test_an_empty_output_name(tmp_path: Path) -> None:
    """-o "$OUT" with OUT unset said '.: is a folder'."""
    result = run("numbers", str(PAGE), "-o", "")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: Invalid value for --output: empty file name; give a file name such as out.csv, "
                             "or - for standard output (kmytext numbers --help)\n")


@pytest.mark.parametrize("option, name", [("--names", "entities"), ("--dict", "keywords"), ("--stopwords", "keywords")])
def test_an_empty_name_for_an_option_s_file(option: str, name: str) -> None:
    """--names "$NAMES" with NAMES unset said '.: is a folder'."""
    result = run(name, str(PAGE), option, "")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"Error: Invalid value for '{option}'") and "empty file name" in result.stderr
    assert result.stderr.count("\n") == 1


def test_output_in_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: simulate
        import kmytext.io.write

        monkeypatch.setattr(kmytext.io.write.os, "access", lambda *a, **k: False)
    result = run("numbers", str(PAGE), "-o", str(ro / "out.csv"))
    ro.chmod(0o755)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {ro / 'out.csv'}: cannot write in {ro} (permission denied); write somewhere else\n"
    assert list(ro.iterdir()) == []


def test_report_output_where_it_cannot_go(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file.csv").write_text("precious", encoding="utf-8")
    (tmp_path / "folder.xlsx").mkdir()
    monkeypatch.chdir(tmp_path)  # where a folder named - would go
    for out, message in [(tmp_path / "no" / "out.xlsx", "no folder"), (tmp_path / "no" / "out.html", "no folder"),
                         (tmp_path / "out.xyz", "give a .xlsx or .html file"),
                         (tmp_path / "file.csv", "is a file; give a .xlsx or .html file, or a folder"),
                         # a folder: it said to give a file such as FOLDER/out.csv, which report refuses
                         (tmp_path / "folder.xlsx", "is a folder; give a .xlsx or .html file name, or a folder "
                          "name without an extension for one CSV per table"),
                         # -o - is stdout for the other commands; report made a folder named -
                         (Path("-"), "report writes several tables, not to standard output; give a .xlsx")]:
        result = run("report", str(PAGE), "-o", str(out))
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr.startswith(f"Error: {out}: {message}") and len(result.stderr.splitlines()) == 1
    assert (tmp_path / "file.csv").read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.csv", "folder.xlsx"]


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """A copy of /dev/null (minor 3) or /dev/full (7) in tmp_path: a test that went wrong
    would replace the copy, not the machine's device."""
    if os.geteuid() != 0:
        pytest.skip("making a device needs root")
    dev = tmp_path / name
    import stat as st

    os.mknod(dev, 0o666 | st.S_IFCHR, os.makedev(1, minor))
    return dev


@pytest.mark.parametrize("name", ["segment", "numbers", "freq"])
def test_output_to_a_device_writes_into_it(tmp_path: Path, name: str) -> None:
    import stat as st

    null = _device(tmp_path, "null", 3)
    result = run(*command(name, str(PAGE), out=null))
    assert result.exit_code == 0, result.stderr
    assert st.S_ISCHR(null.stat().st_mode)  # still the device, not a file renamed over it
    full = _device(tmp_path, "full", 7)
    result = run(*command(name, str(PAGE), out=full))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {full}: writing failed (No space left on device); free some space, or write elsewhere\n"
    assert st.S_ISCHR(full.stat().st_mode)


def test_output_to_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    import threading

    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8-sig")))
    reader.start()
    result = run("numbers", str(PAGE), "-o", str(fifo))
    reader.join(timeout=5)
    assert result.exit_code == 0 and got and got[0].startswith("text,kind,value")
    assert fifo.is_fifo()


# --- the Python API --------------------------------------------------------------------------

API_TEXT = ["clean"]  # one text
API_TEXTS = ["entities", "numbers", "keywords", "keyness", "segment", "articles", "credits"]  # a text, a document or a list
API_DOCS = ["concordance", "report", "keywords_by_doc"]  # the same, named docs


@pytest.mark.parametrize("value", [None, b"\xe6\xb0\xa2", 123, ["克拉玛依"]], ids=["None", "bytes", "int", "list"])
@pytest.mark.parametrize("func", API_TEXT)
def test_api_takes_text_only(func: str, value: object) -> None:
    import kmytext

    with pytest.raises(TypeError, match=rf"^kmytext\.{func}\(\): text must be (a )?str") as raised:
        getattr(kmytext, func)(value)
    assert isinstance(raised.value, kmytext.ArgumentTypeError)  # a KmytextError as well


# A bad argument to the Python API: (id, call, error, what the message says).
API_BAD: list[tuple[str, Callable[[Any], object], str, str]] = [
    ("timeline by", lambda k: k.timeline(["氢能"], by="week"), "ArgumentError", "by='week'"),
    ("corpus by", lambda k: k.Corpus(["氢能"], by="line"), "ArgumentError",
     "kmytext.Corpus(): by='line': one of 'file', 'article'"),
    ("network types", lambda k: k.network(["氢能"], types="PER"), "ArgumentTypeError", "types='PER'"),
    ("names type", lambda k: k.entities("氢能", names={"氢能": "THING"}), "ArgumentError", "THING"),
    ("names None", lambda k: k.entities("氢能", names={None: "PER"}), "ArgumentTypeError",  # AttributeError: strip
     "names must be str, not NoneType (None); leave out the names that are not text"),
    ("post_counts", lambda k: k.post_counts("氢能"), "ArgumentTypeError", "post_counts"),
    ("Segmenter engine", lambda k: k.Segmenter(engine="x"), "ArgumentError", "engine='x': one of 'auto'"),
    ("segment mode", lambda k: k.segment("氢能", mode="x"), "ArgumentError", "mode='x': one of 'precise'"),
    ("keyness path as str", lambda k: k.keyness("氢能", "/no/ref.tsv"), "ArgumentError",
     "reference_texts='/no/ref.tsv' is read as text, and looks like a file name: to read the file, give "
     "pathlib.Path('/no/ref.tsv')"),
    ("keyness empty reference", lambda k: k.keyness("氢能", " "), "ArgumentError", "the reference corpus has no words"),
    ("keyness reference type", lambda k: k.keyness("氢能", 5), "ArgumentTypeError", "reference_texts must be"),
    # internal errors that leaked (TypeError: not iterable, unhashable, KeyError, AttributeError, AnalysisError)
    *[(f"frequencies {v!r}", lambda k, v=v: k.frequencies(v), "ArgumentTypeError", "frequencies(): counts must")
      for v in (None, 123, 1.5, b"x", bytearray(b"x"), ["氢能", 123], [["氢能"]])],
    ("keywords top str", lambda k: k.keywords("氢能", top="5"), "ArgumentTypeError", "top='5': must be an int"),
    ("collocates by", lambda k: k.collocates("氢能", "氢能", by="x"), "ArgumentError", "by='x': one of 'g2'"),
    ("concordance width str", lambda k: k.concordance(["氢能"], "氢能", width="a"), "ArgumentTypeError",
     "width='a': must be an int"),
    ("segment segmenter str", lambda k: k.segment("氢能", segmenter="jieba"), "ArgumentTypeError",
     "segmenter='jieba': must be a kmytext.Segmenter"),
    *[(f"{f} {v!r}", lambda k, f=f, v=v: getattr(k, f)(v), "ArgumentTypeError", "must be a list of the records")
      for f in ("post_counts", "to_frame") for v in (None, 123, "氢能")],
    # what holds records: the way to them said ("no kmytext table holds str records" for a str)
    ("to_frame report", lambda k: k.to_frame(k.report(["上海援克。"])), "ArgumentTypeError",
     "not dict; for one of its tables, pass tables['entities'] (any of its keys)"),
    ("to_frame network", lambda k: k.to_frame(k.network(["上海援克。"])), "ArgumentTypeError",
     "kmytext.to_frame(): records must be a list of the records kmytext's functions return, not Network; for one "
     "of its tables, pass x.tables()['network']"),
    # write_report: KeyError, AttributeError, or (.html) a page written from a table of nothing
    ("write_report unknown table", lambda k: k.write_report({"x": []}, "/nonexistent/r.html"), "ArgumentError",
     "kmytext.write_report(): tables: 'x' is no table; the tables are "),
    ("write_report list", lambda k: k.write_report([], "/nonexistent/r.xlsx"), "ArgumentTypeError",
     "kmytext.write_report(): tables must be what kmytext.report() returns (a dict of table name -> records), "
     "not list"),
    ("write_report wrong records", lambda k: k.write_report({"entities": k.numbers("投资3亿元")}, "/nonexistent/r.xlsx"),
     "ArgumentTypeError", "kmytext.write_report(): tables['entities'] must hold the records of the entities table, "
     "not Number"),
    # a message from deep inside names the call it came through
    ("kwic empty query", lambda k: k.kwic("北京", ""), "ArgumentError", "kmytext.kwic(): empty query; give a word"),
    ("kwic bad regex", lambda k: k.kwic("北京", "(", regex=True), "ArgumentError",
     "kmytext.kwic(): bad regular expression '('"),
    ("entities name type", lambda k: k.entities("北京", names={"x": "COMPANY"}), "ArgumentError",
     "kmytext.entities(): name types must be PER, LOC or ORG, not 'COMPANY'"),
    ("to_frame of two kinds", lambda k: k.to_frame([*k.numbers("投资3亿元"), *k.entities("克拉玛依市举办大会")]),
     "ArgumentTypeError", "kmytext.to_frame(): records must be of one kind, not Number and Entity"),
    ("timeline entities None", lambda k: k.timeline("氢能", entities=[None]), "ArgumentTypeError",
     "entities=[None]: must hold str, not NoneType"),
    ("timeline terms empty", lambda k: k.timeline("氢能", terms=[""]), "ArgumentError", "terms=['']: an empty"),
    # values that were taken without a word
    *[(f"keywords top={v}", lambda k, v=v: k.keywords("氢能", top=v), "ArgumentError", f"top={v}: 1 or more")
      for v in (-1, 0)],
    ("keywords method", lambda k: k.keywords("氢能", method="x"), "ArgumentError", "method='x': one of 'tfidf'"),
    ("keywords idf", lambda k: k.keywords("氢能", idf="x"), "ArgumentError", "idf='x': one of 'jieba', 'corpus'"),
    *[(f"frequencies ngram={v}", lambda k, v=v: k.frequencies("氢能", ngram=v), "ArgumentError", "from 1 to 8")
      for v in (0, 100)],
    ("frequencies min_count", lambda k: k.frequencies("氢能", min_count=-1), "ArgumentError", "min_count=-1"),
    *[(f"collocates window={v}", lambda k, v=v: k.collocates("氢能", "氢能", window=v), "ArgumentError",
       f"window={v}: 1 or more") for v in (0, -1)],
    ("concordance sort", lambda k: k.concordance("氢能", "氢能", sort="x"), "ArgumentError", "sort='x': one of"),
    ("kwic width", lambda k: k.kwic("氢能", "氢能", width=-5), "ArgumentError", "width=-5: 1 or more"),
    *[(f"numbers base_date={v!r}", lambda k, v=v: k.numbers("氢能", base_date=v), "ArgumentTypeError",
       "must be a datetime.date") for v in ("garbage", 20250101)],
    ("reprints min_length", lambda k: k.reprints(["氢能"], min_length=-5), "ArgumentError", "min_length=-5"),
    ("reprints min_containment", lambda k: k.reprints(["氢能"], min_containment=2), "ArgumentError",
     "a share from 0 to 1"),
    ("reprints outlet", lambda k: k.reprints(["氢能"], outlet="x"), "ArgumentError", "outlet='x': 'folder', 'name'"),
    *[(f"network jobs={v}", lambda k, v=v: k.network("氢能", jobs=v), "ArgumentError", f"jobs={v}: 1 or more")
      for v in (0, -1)],
    ("report top", lambda k: k.report("氢能", top=-1), "ArgumentError", "top=-1: 1 or more"),
    ("report year", lambda k: k.report("氢能", year=5), "ArgumentError", "year=5: a year from 1000 to 9999"),
    ("report jobs", lambda k: k.report("氢能", jobs=0), "ArgumentError", "jobs=0: 1 or more"),
    ("timeline top", lambda k: k.timeline("氢能", top=-1), "ArgumentError", "top=-1: 0 or more"),
    ("timeline year", lambda k: k.timeline("氢能", year=99999), "ArgumentError", "year=99999: a year"),
    *[(f"{f} dict", lambda k, f=f: getattr(k, f)({"氢能": 1}), "ArgumentTypeError", "not dict")
      for f in ("keywords", "entities", "frequencies")],
]


@pytest.mark.parametrize("call, kind, message", [c[1:] for c in API_BAD], ids=[c[0] for c in API_BAD])
def test_api_bad_arguments_are_kmytext_errors(call: Callable[[Any], object], kind: str, message: str) -> None:
    """A bad argument raises a KmytextError (what the CLI reports in one line) that is also the
    ValueError or TypeError Python code expects."""
    import kmytext

    expected = getattr(kmytext, kind)
    with pytest.raises(expected, match=re.escape(message)) as raised:
        call(kmytext)
    assert isinstance(raised.value, kmytext.KmytextError)
    assert isinstance(raised.value, ValueError if kind == "ArgumentError" else TypeError)


def _corpus(k: Any) -> Any:
    return k.Corpus.from_texts(["克拉玛依市举办氢能大会，投资633亿元。"])


# The methods of Corpus take the options of the functions and get the same checks: before,
# top=0 and method='x' gave [] or ran as tfidf, by='x' a KeyError, a None query or a str date
# "a bug in kmytext" from the worker, a str reference an AttributeError, jobs='2' a TypeError.
CORPUS_BAD: list[tuple[str, Callable[[Any], object], str, str]] = [
    ("keywords top=0", lambda k: _corpus(k).keywords(top=0), "ArgumentError",
     "kmytext.Corpus.keywords(): top=0: 1 or more"),
    ("keywords method", lambda k: _corpus(k).keywords(method="x"), "ArgumentError", "method='x': one of 'tfidf'"),
    ("keywords_each top", lambda k: list(_corpus(k).keywords_each(top="3")), "ArgumentTypeError",
     "kmytext.Corpus.keywords_each(): top='3': must be an int"),
    ("collocates by", lambda k: _corpus(k).collocates("氢能", by="x"), "ArgumentError",
     "kmytext.Corpus.collocates(): by='x': one of 'g2', 'mi', 'count'"),
    ("collocates word", lambda k: _corpus(k).collocates(None), "ArgumentTypeError",
     "kmytext.Corpus.collocates(): word must be str, not NoneType"),
    ("kwic query", lambda k: _corpus(k).kwic(None), "ArgumentTypeError",
     "kmytext.Corpus.kwic(): query must be str, not NoneType"),
    ("kwic width", lambda k: _corpus(k).kwic("氢能", width=-1), "ArgumentError", "width=-1: 1 or more"),
    ("kwic sort", lambda k: _corpus(k).kwic("氢能", sort="x"), "ArgumentError", "sort='x': one of 'doc'"),
    ("numbers base_date", lambda k: list(_corpus(k).numbers(base_date="2025")), "ArgumentTypeError",
     "kmytext.Corpus.numbers(): base_date='2025': must be a datetime.date"),
    ("tokens mode", lambda k: list(_corpus(k).tokens(mode="x")), "ArgumentError",
     "kmytext.Corpus.tokens(): mode='x': one of 'precise', 'search', 'full'"),
    ("entities min_count", lambda k: _corpus(k).entities(min_count="2"), "ArgumentTypeError",
     "kmytext.Corpus.entities(): min_count='2': must be an int"),
    ("report year", lambda k: _corpus(k).report(year=5), "ArgumentError", "year=5: a year from 1000 to 9999"),
    ("reprints min_containment", lambda k: _corpus(k).reprints(min_containment=2), "ArgumentError",
     "kmytext.Corpus.reprints(): min_containment=2: a share from 0 to 1"),
    ("timeline terms", lambda k: _corpus(k).timeline(terms=[""]), "ArgumentError",
     "kmytext.Corpus.timeline(): terms=['']: an empty or blank one matches nothing"),
    ("network top", lambda k: _corpus(k).network(top=-1), "ArgumentError", "kmytext.Corpus.network(): top=-1"),
    # one message for the function and the method: the method's said 'within=…' without the call
    ("network within", lambda k: _corpus(k).network(within="page"), "ArgumentError",
     "kmytext.Corpus.network(): within='page': one of 'sentence', 'article'"),
    ("timeline by", lambda k: _corpus(k).timeline(by="week"), "ArgumentError",
     "kmytext.Corpus.timeline(): by='week': one of 'day', 'month', 'year'"),
    ("keyness reference", lambda k: _corpus(k).keyness("氢能"), "ArgumentTypeError",
     "kmytext.Corpus.keyness(): reference must be a kmytext.Corpus or a frequency list"),
    ("jobs", lambda k: k.Corpus.from_texts(["氢能"], jobs="2"), "ArgumentTypeError",
     "kmytext.Corpus(): jobs='2': must be an int"),
    ("jobs 0", lambda k: k.Corpus.from_texts(["氢能"], jobs=0), "ArgumentError", "kmytext.Corpus(): jobs=0: 1 or more"),
    ("errors", lambda k: k.Corpus(["a.txt"], errors="ignore"), "ArgumentError",
     "kmytext.Corpus(): errors='ignore': one of 'strict', 'replace'"),
    ("encoding", lambda k: k.Corpus(["a.txt"], encoding="gbkk"), "ArgumentError",  # was '--encoding: …', on reading
     "kmytext.Corpus(): encoding='gbkk': unknown encoding 'gbkk'; try utf-8, gb18030, big5 or utf-16"),
    ("encoding base64", lambda k: k.Corpus(["a.txt"], encoding="base64"), "ArgumentError",  # LookupError on reading
     "kmytext.Corpus(): encoding='base64': 'base64' is not an encoding of text; try utf-8, gb18030"),
    ("inputs None", lambda k: k.Corpus(None), "ArgumentTypeError",
     "kmytext.Corpus(): inputs must be file names (str or pathlib.Path), kmytext.Document or a list of them, "
     "not NoneType"),
    ("inputs bytes", lambda k: k.Corpus(b"a.txt"), "ArgumentTypeError", "inputs must be file names"),
    ("inputs [None]", lambda k: k.Corpus(["a.txt", None]), "ArgumentTypeError",
     "inputs must hold file names (str or pathlib.Path) or kmytext.Document, not NoneType (item 2"),
    ("from_texts str", lambda k: k.Corpus.from_texts("氢能大会"), "ArgumentTypeError",
     "kmytext.Corpus.from_texts(): texts must be a list of str or kmytext.Document, not str; for one text"),
    ("from_texts ids count", lambda k: k.Corpus.from_texts(["氢能"], ids=["a", "b"]), "ArgumentError",
     "kmytext.Corpus.from_texts(): 2 ids for 1 texts; give one id for each text"),
    ("from_texts ids int", lambda k: k.Corpus.from_texts(["氢能"], ids=[1]), "ArgumentTypeError",
     "kmytext.Corpus.from_texts(): ids=[1]: must hold str, not int"),
    ("from_texts ids str", lambda k: k.Corpus.from_texts(["氢能", "大会"], ids="ab"), "ArgumentTypeError",
     "kmytext.Corpus.from_texts(): ids='ab': must be a set or list of str"),
    # a str for a set was read as its characters, and a type or kind no record has found nothing: []
    ("entities types str", lambda k: _corpus(k).entities(types="PER"), "ArgumentTypeError",
     "kmytext.Corpus.entities(): types='PER': must be a set or list, such as {'PER'}"),
    ("entities types unknown", lambda k: _corpus(k).entities(types={"PERSON"}), "ArgumentError",
     "types={'PERSON'}: 'PERSON' not among 'PER', 'LOC', 'ORG', 'WORK'"),
    ("mentions types str", lambda k: list(_corpus(k).mentions(types="LOC")), "ArgumentTypeError",
     "kmytext.Corpus.mentions(): types='LOC': must be a set or list"),
    ("numbers kinds str", lambda k: list(_corpus(k).numbers(kinds="money")), "ArgumentTypeError",
     "kmytext.Corpus.numbers(): kinds='money': must be a set or list, such as {'money'}"),
    ("quotes kinds unknown", lambda k: list(_corpus(k).quotes(kinds={"said"})), "ArgumentError",
     "kmytext.Corpus.quotes(): kinds={'said'}: 'said' not among 'direct', 'indirect'"),
    # an empty name is the current folder: write_report wrote its CSV files there, names read it
    ("write_report ''", lambda k: k.write_report({}, ""), "ArgumentError",
     "kmytext.write_report(): path='': empty file name (the current folder); give a name such as report.xlsx"),
    ("write_report None", lambda k: k.write_report({}, None), "ArgumentTypeError",  # os.fspath's TypeError
     "kmytext.write_report(): path must be a file name (str or pathlib.Path), not NoneType"),
    ("entities names ''", lambda k: k.entities("氢能", names=""), "ArgumentError",  # ": is a folder"
     "names='': empty file name; give the file of names"),
    ("Corpus names ''", lambda k: k.Corpus(["a.txt"], names=" "), "ArgumentError", "names=' ': empty file name"),
    # an empty filter kept nothing: [] and no word why
    ("keywords pos empty", lambda k: k.keywords("氢能大会", pos=set()), "ArgumentError",
     "kmytext.keywords(): pos=set(): empty, so nothing would be kept; give some, or None for all"),
    ("frequencies pos empty", lambda k: k.frequencies("氢能大会", pos=[]), "ArgumentError", "pos=[]: empty"),
    ("entities types empty", lambda k: _corpus(k).entities(types=()), "ArgumentError",
     "kmytext.Corpus.entities(): types=(): empty, so nothing would be kept"),
    ("numbers kinds empty", lambda k: list(_corpus(k).numbers(kinds=set())), "ArgumentError", "kinds=set(): empty"),
    # reprints' params: a worker's AttributeError, "the analysis failed …; this is a bug in kmytext"
    ("reprints params dict", lambda k: k.reprints(["上海援克。"] * 2, params={"shingle": 3}), "ArgumentTypeError",
     "kmytext.reprints(): params={'shingle': 3}: must be a kmytext.news.reprints.Params, such as Params(), not dict"),
    ("Corpus.reprints params str", lambda k: _corpus(k).reprints(params="x"), "ArgumentTypeError",
     "kmytext.Corpus.reprints(): params='x': must be a kmytext.news.reprints.Params"),
    # timeline and network: TypeError: 'int' object is not iterable
    ("timeline types int", lambda k: k.timeline(["上海援克。"], types=5), "ArgumentTypeError",
     "types=5: a list, such as ['PER'], not int"),
    ("network types None", lambda k: k.network(["上海援克。"], types=None), "ArgumentTypeError",
     "types=None: a list, such as ['PER'], not NoneType"),
    # the example fits the option (it was {'n', 'v'}, POS tags, for terms and stopwords too)
    ("timeline terms str", lambda k: _corpus(k).timeline(terms="氢能"), "ArgumentTypeError",
     "kmytext.Corpus.timeline(): terms='氢能': must be a set or list of str, such as ['氢能'], not str"),
    ("keywords stop str", lambda k: k.keywords("氢能", stop="的"), "ArgumentTypeError",
     "stop='的': must be a set or list of str, such as {'的', '了'}, not str"),
    # a flag given a str was true whatever it said: simplified='no' gave simplified words
    ("Corpus simplified str", lambda k: k.Corpus.from_texts(["氢能"], simplified="no"), "ArgumentTypeError",
     "kmytext.Corpus(): simplified='no': must be True or False, not str"),
    ("Corpus strict None", lambda k: k.Corpus(["a.txt"], strict=None), "ArgumentTypeError",
     "kmytext.Corpus(): strict=None: must be True or False"),
    ("kwic regex str", lambda k: _corpus(k).kwic("氢.", regex="false"), "ArgumentTypeError",
     "kmytext.Corpus.kwic(): regex='false': must be True or False"),
    ("kmytext.kwic regex str", lambda k: k.kwic("氢能大会", "氢.", regex="false"), "ArgumentTypeError",
     "kmytext.kwic(): regex='false': must be True or False"),
    ("segment pos str", lambda k: k.segment("氢能大会", pos="no"), "ArgumentTypeError",
     "kmytext.segment(): pos='no': must be True or False"),
    ("entities clean int", lambda k: k.entities("氢能大会", clean=0), "ArgumentTypeError",
     "kmytext.entities(): clean=0: must be True or False, not int"),
    ("timeline date_from_name str", lambda k: k.timeline(["氢能"], date_from_name="yes"), "ArgumentTypeError",
     "kmytext.timeline(): date_from_name='yes': must be True or False"),
    # counts: 'x' and 2.5 were "a bug in kmytext" from a worker, 0, -1 and True counted words alone
    ("counts ngram 0", lambda k: _corpus(k).counts(ngram=0), "ArgumentError",
     "kmytext.Corpus.counts(): ngram=0: from 1 to 8"),
    ("counts ngram -1", lambda k: _corpus(k).counts(ngram=-1), "ArgumentError", "ngram=-1: from 1 to 8"),
    ("counts ngram str", lambda k: _corpus(k).counts(ngram="x"), "ArgumentTypeError",
     "kmytext.Corpus.counts(): ngram='x': must be an int, not str"),
    ("counts ngram float", lambda k: _corpus(k).counts(ngram=2.5), "ArgumentTypeError",
     "ngram=2.5: must be an int, not float"),
    ("counts ngram bool", lambda k: _corpus(k).counts(ngram=True), "ArgumentTypeError",
     "ngram=True: must be an int, not bool"),
    ("counts window", lambda k: _corpus(k).counts(window=-2), "ArgumentError", "window=-2: 0 or more"),
    ("counts terms", lambda k: _corpus(k).counts(terms="no"), "ArgumentTypeError",
     "terms='no': must be True or False"),
    # Segmenter: a TypeError from deep inside
    ("Segmenter dicts [None]", lambda k: k.Segmenter(dicts=[None]), "ArgumentTypeError",
     "kmytext.Segmenter(): dicts=[None]: must be a file name (str or pathlib.Path) or a list of them"),
    ("Segmenter dicts int", lambda k: k.Segmenter(dicts=5), "ArgumentTypeError", "dicts=5: must be a file name"),
    ("Segmenter dicts ''", lambda k: k.Segmenter(dicts=["a.txt", ""]), "ArgumentError",  # '.: is a folder'
     "kmytext.Segmenter(): dicts=['a.txt', '']: an empty file name; give the dictionary's file"),
    ("Segmenter hmm str", lambda k: k.Segmenter(hmm="no"), "ArgumentTypeError",
     "kmytext.Segmenter(): hmm='no': must be True or False, not str"),
]


@pytest.mark.parametrize("call, kind, message", [c[1:] for c in CORPUS_BAD], ids=[c[0] for c in CORPUS_BAD])
def test_corpus_methods_check_what_the_functions_check(call: Callable[[Any], object], kind: str,
                                                       message: str) -> None:
    import kmytext

    with pytest.raises(getattr(kmytext, kind), match=re.escape(message)):
        call(kmytext)


def test_the_functions_and_corpus_share_one_table_of_options() -> None:
    """One place: a Corpus method that stands for a function has that function's options."""
    import kmytext.checks as checks

    for method, func in [("keywords", "keywords"), ("keywords_each", "keywords_by_doc"), ("kwic", "concordance"),
                         ("collocates", "collocates"), ("reprints", "reprints"), ("network", "network"),
                         ("report", "report"), ("timeline", "timeline"), ("numbers", "numbers")]:
        assert checks.OPTIONS[func].items() <= checks.OPTIONS[f"Corpus.{method}"].items()


# Texts with a missing value (a pandas column with NaN, a generator yielding None) failed deep
# inside: TypeError "argument of type 'float' is not iterable", or "a bug in kmytext" from Corpus.
MISSING: list[tuple[str, Callable[[Any, Any], object], str]] = [
    ("entities Series", lambda k, texts: k.entities(texts), "kmytext.entities(): text must hold"),
    ("keywords Series", lambda k, texts: k.keywords(texts), "kmytext.keywords(): texts must hold"),
    ("segment generator", lambda k, texts: k.segment(t for t in texts), "kmytext.segment(): text must hold"),
    ("entities_many generator", lambda k, texts: k.entities_many(t for t in texts),
     "kmytext.entities_many(): texts must hold"),
    ("Corpus.from_texts", lambda k, texts: k.Corpus.from_texts(texts), "kmytext.Corpus.from_texts(): texts must hold"),
]


@pytest.mark.parametrize("call, message", [c[1:] for c in MISSING], ids=[c[0] for c in MISSING])
def test_api_texts_with_a_missing_value(call: Callable[[Any, Any], object], message: str) -> None:
    import kmytext

    pandas = pytest.importorskip("pandas")
    texts = pandas.Series(["克拉玛依市举办氢能大会。", float("nan"), "上海援克。"])
    with pytest.raises(kmytext.ArgumentTypeError, match=re.escape(message)) as raised:
        call(kmytext, texts)
    assert str(raised.value).endswith("not float (item 2 is nan, a missing value: leave those out first, "
                                      "e.g. series.dropna())")
    # ... while a column without one, or a generator, is texts like a list
    assert kmytext.entities(texts.dropna()) == kmytext.entities(list(texts.dropna()))
    assert kmytext.segment(t for t in ["氢能大会"]) == kmytext.segment(["氢能大会"])


@pytest.mark.parametrize("text", [None, b"\xe6\xb0\xa2", 5], ids=["None", "bytes", "int"])
def test_a_document_holds_text(text: object) -> None:
    """Document("a", None) was made, and failed in the first analysis ("a bug in kmytext")."""
    import kmytext

    with pytest.raises(kmytext.ArgumentTypeError, match=r"^kmytext\.Document\('a', …\): text must be str, not "):
        kmytext.Document("a", text)  # type: ignore[arg-type]


@pytest.mark.parametrize("fields, kind, message", [
    ({"base_date": "2025-01-01"}, "ArgumentTypeError",  # AttributeError: 'str' object has no attribute 'year'
     "kmytext.Document(): base_date='2025-01-01': must be a datetime.date"),
    ({"id": 5}, "ArgumentTypeError", "kmytext.Document(): id=5: must be str"),  # doc=5 in every record
    ({"id": None}, "ArgumentTypeError", "id=None: must be str"),
    ({"offset": -1}, "ArgumentError", "kmytext.Document(): offset=-1: 0 or more"),  # start=-1
    ({"line": 0}, "ArgumentError", "kmytext.Document(): line=0: 1 or more"),
    ({"offset": "3"}, "ArgumentTypeError", "offset='3': must be an int"),
])
def test_a_document_checks_its_fields(fields: dict[str, object], kind: str, message: str) -> None:
    import kmytext

    made = {"id": "a", "text": "去年克拉玛依市举办氢能大会。", **fields}
    with pytest.raises(getattr(kmytext, kind), match=re.escape(message)):
        kmytext.numbers(kmytext.Document(**made))  # type: ignore[arg-type]


def test_api_takes_a_set_or_list_of_words_and_one_dictionary(tmp_path: Path) -> None:
    """A set or a list is the natural thing to pass for stop and pos (frequencies took one,
    keywords raised TypeError: unhashable); a single dictionary is one path, not its characters."""
    import kmytext

    text = PAGE.read_text(encoding="utf-8")
    frozen = kmytext.keywords(text, pos=frozenset({"n"}), stop=frozenset({"援克"}))
    assert frozen and all(k.pos == "n" and k.keyword != "援克" for k in frozen)
    assert kmytext.keywords(text, pos={"n"}, stop=["援克"]) == frozen
    assert kmytext.keywords_by_doc([text], pos=["n"], top=3) == kmytext.keywords_by_doc([text], pos=frozenset("n"), top=3)
    assert kmytext.Corpus.from_texts([text]).keywords(pos={"n"}, stop={"援克"}) == frozen
    d = tmp_path / "user.txt"
    d.write_text("到乌尔禾区公安分\n", encoding="utf-8")
    for one in (d, str(d)):
        assert kmytext.Segmenter(dicts=one).words("到乌尔禾区公安分局") == ["到乌尔禾区公安分", "局"]


@pytest.mark.parametrize("func", [*API_TEXT, *API_TEXTS])
@pytest.mark.parametrize("text", ["", " \n\t"])
def test_api_empty_text_gives_nothing(func: str, text: str) -> None:
    import kmytext

    result = getattr(kmytext, func)(text)
    assert (result.text == text) if func == "clean" else result == []


@pytest.mark.parametrize("func", [*API_TEXT, *API_TEXTS, "kwic"])
def test_api_takes_lone_surrogates(func: str) -> None:
    """A str may hold a lone surrogate (bytes decoded with surrogateescape); rjieba, in Rust,
    cannot: every function still works, and offsets still point into the text."""
    import kmytext

    text = "克拉玛依\udcff市举办氢能大会，投资633亿元。"
    result = kmytext.kwic(text, "氢能") if func == "kwic" else getattr(kmytext, func)(text)
    for r in [] if func == "clean" else result:
        if hasattr(r, "start") and hasattr(r, "text"):
            assert text[r.start:r.end] == r.text


@pytest.mark.parametrize("value", [None, b"x", 123, [None]], ids=["None", "bytes", "int", "list of None"])
@pytest.mark.parametrize("func", [*API_TEXTS, *API_DOCS])
def test_api_takes_texts(func: str, value: object) -> None:
    import kmytext

    name = "docs" if func in API_DOCS else "text" if func in ("entities", "numbers", "segment", "articles", "credits") \
        else "texts"
    args = (value, WORD) if func == "concordance" else (value,)
    with pytest.raises(TypeError, match=rf"^kmytext\.{func}\(\): {name} must"):
        getattr(kmytext, func)(*args)


@pytest.mark.parametrize("value", ["克拉玛依市举办氢能大会，投资633亿元。克拉玛依氢能产业，氢能汽车。",
                                   ["克拉玛依市举办氢能大会，投资633亿元。", "克拉玛依氢能产业，氢能汽车。"]],
                         ids=["str", "list of str"])
@pytest.mark.parametrize("func", [*API_TEXTS, *API_DOCS])
def test_api_takes_a_text_or_a_list_and_returns_a_list(func: str, value: object) -> None:
    import kmytext

    if func == "credits":  # a byline to find in each text
        value = "本报讯（记者 张佳佳）" + value if isinstance(value, str) else ["马海军 摄\n" + v for v in value]
    args = (value, "氢能") if func == "concordance" else (value,)
    result = getattr(kmytext, func)(*args)
    assert isinstance(result, dict if func == "report" else list) and result


@pytest.mark.parametrize("value", ["克拉玛依", None, [1]], ids=["one str", "None", "list of int"])
def test_api_entities_many_takes_a_list_of_texts(value: object) -> None:
    import kmytext

    with pytest.raises(TypeError, match=r"^kmytext\.entities_many\(\): texts must"):
        kmytext.entities_many(value)  # type: ignore[arg-type]


def test_api_checks_the_second_argument_and_still_pickles() -> None:
    import inspect
    import pickle

    import kmytext

    with pytest.raises(TypeError, match=r"query must be str, not NoneType"):
        kmytext.kwic("克拉玛依", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"word must be str, not int"):
        kmytext.collocates(["克拉玛依"], word=3)  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(kmytext.entities)) is kmytext.entities  # worker processes
    assert "text" in inspect.signature(kmytext.entities).parameters


# --- the rest of the rule: --verbose, odd arguments, a stdout that cannot hold Chinese ---------

def test_verbose_adds_the_traceback(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    quiet, verbose = run("numbers", missing), run("--verbose", "numbers", missing)
    assert quiet.exit_code == verbose.exit_code == 1
    assert "Traceback" not in quiet.stderr and "Traceback" in verbose.stderr
    assert f"Error: {missing}: no such file; check the path" in verbose.stderr.splitlines()


def test_an_empty_file_name_is_not_the_current_folder() -> None:
    result = run("numbers", "")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: '': empty file name; give a file, a folder or - for stdin\n"


def test_a_stdout_that_cannot_hold_chinese() -> None:
    env = dict(_subprocess_env(), PYTHONIOENCODING="ascii")
    proc = subprocess.run([sys.executable, "-m", "kmytext", "segment", str(PAGE)], cwd=ROOT, env=env,
                          capture_output=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.decode() == ("Error: standard output is ascii, which cannot hold Chinese text; set "
                                    "PYTHONIOENCODING=utf-8 (or a UTF-8 locale), or write to a file with -o\n")


@pytest.mark.parametrize("order", ["format first", "output first"])
def test_an_unknown_extension_with_format_is_written(tmp_path: Path, order: str) -> None:
    out = tmp_path / "numbers.dat"
    opts = [["--format", "json"], ["-o", str(out)]]
    result = run("numbers", str(PAGE), *(opts if order == "format first" else opts[::-1])[0],
                 *(opts if order == "format first" else opts[::-1])[1])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("[\n {")


def test_output_under_a_file(tmp_path: Path) -> None:
    result = run("numbers", str(PAGE), "-o", str(PAGE / "out.csv"))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {PAGE / 'out.csv'}: {PAGE} is a file, not a folder; write somewhere else\n"


def test_dev_null_reads_as_empty() -> None:
    result = run("numbers", os.devnull, "-f", "csv")
    assert result.exit_code == 0 and result.stderr == f"kmytext: {os.devnull}: empty file, nothing to read\n"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_file_name_that_is_not_utf8(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/\xff\xfe.txt", "w", encoding="utf-8") as fh:
        fh.write(SIMPLIFIED)
    out = tmp_path / f"numbers.{fmt}"
    result = run("numbers", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "\\udcff\\udcfe.txt" in out.read_text(encoding="utf-8")


def test_output_dash_is_stdout(tmp_path: Path) -> None:
    result = run("numbers", str(PAGE), "-o", "-", "-f", "jsonl")
    assert result.exit_code == 0 and result.stdout.startswith('{"text"')


def test_an_unknown_model_in_the_environment_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """$KMYTEXT_NER_MODEL=bogus failed each file in turn as 'the analysis failed …; this is a
    bug in kmytext, please report it'."""
    import kmytext
    from kmytext.ner import tagger

    monkeypatch.setattr(tagger, "_model", None)
    monkeypatch.setenv(tagger.MODEL_ENV, "bogus")
    message = "$KMYTEXT_NER_MODEL='bogus': no entity model of that name; set it to one of fast, accurate, or unset it"
    result = run("entities", str(SEEDS), "-j", "1", "-f", "csv")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {message}\n")
    with pytest.raises(kmytext.ModelError, match=re.escape(message)):
        kmytext.Corpus([str(SEEDS)]).entities()
