"""Speed and scale: process pool, pieces of large files, progress bar, --jobs.

These tests check behaviour (same output for any --jobs, pieces cut at paragraph ends,
bounded design), not timings: tools/bench/run.py measures those.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from kmytext.io import read as corpus
from kmytext.run import parallel
from kmytext.cli import app
from kmytext.cli.progress import Progress
from kmytext.io.read import chunk_text, read_document, read_pieces, split_point
from kmytext.errors import InputError
from kmytext.run.parallel import pmap
from kmytext.text.segment import Segmenter
from kmytext.text.document import Document

runner = CliRunner()
PARAGRAPH_ENDS = "。！？!?…」』”）)"


def _pid(_: str) -> int:
    return os.getpid()


# --- the pool ---------------------------------------------------------------------------

def test_pmap_keeps_order_and_equals_map() -> None:
    texts = [f"第{i}段" * (i % 7 + 1) for i in range(500)]
    assert list(pmap(len, texts, jobs=2, min_chars=0, batch_chars=50)) == [len(t) for t in texts]


def _lengths(texts: list[str]) -> list[tuple[int, int]]:
    return [(len(t), len(texts)) for t in texts]


@pytest.mark.parametrize("jobs", [1, 2])
def test_pmap_batched_gives_func_whole_batches(jobs: int) -> None:
    texts = [f"第{i}段" * (i % 7 + 1) for i in range(500)]
    got = list(pmap(_lengths, texts, jobs=jobs, min_chars=0, batch_chars=50, batched=True))
    assert [n for n, _ in got] == [len(t) for t in texts]
    assert max(size for _, size in got) > 1  # batches, not one text at a time


def test_pmap_uses_workers_for_big_input_and_this_process_for_small() -> None:
    texts = ["克拉玛依"] * 40
    assert set(pmap(_pid, texts, jobs=2, min_chars=0, batch_chars=8)) - {os.getpid()}
    assert set(pmap(_pid, texts, jobs=2)) == {os.getpid()}  # 160 chars: no pool
    assert set(pmap(_pid, texts, jobs=1, min_chars=0)) == {os.getpid()}


def test_pmap_passes_worker_errors_on() -> None:
    with pytest.raises(ZeroDivisionError):
        list(pmap(_divide, ["1", "0", "2"] * 20, jobs=2, min_chars=0, batch_chars=1))


def _divide(x: str) -> float:
    return 1 / int(x)


def test_pmap_stops_early_without_hanging() -> None:
    results = pmap(len, ("氢能" for _ in range(100_000)), jobs=2, min_chars=0, batch_chars=100)
    assert next(results) == 2
    results.close()  # as when `| head` stops reading


def _bulky(text: str) -> str:
    return text * 4_000_000  # 8 MB a result: a worker is still sending it when it is stopped


def test_pmap_stops_early_while_workers_send_their_results() -> None:
    # A worker stopped halfway through sending a result leaves half a message in the pipe; the
    # pool's manager thread used to wait for the rest for ever, and Ctrl-C hung now and then.
    import threading

    results = pmap(_bulky, ("氢能" for _ in range(50)), jobs=2, min_chars=0, batch_chars=1)
    assert len(next(results)) == 8_000_000
    closing = threading.Thread(target=results.close, daemon=True)
    closing.start()
    closing.join(timeout=30)
    assert not closing.is_alive(), "stopping the pool hung"


def test_segmenter_pickles_as_its_configuration(tmp_path: Path) -> None:
    d = tmp_path / "user.txt"
    d.write_text("上海援克前指 10 nt\n", encoding="utf-8")
    seg = pickle.loads(pickle.dumps(Segmenter(dicts=[d], hmm=False)))
    assert "上海援克前指" in seg.words("上海援克前指召开会议") and seg.hmm is False


# --- pieces of large files ----------------------------------------------------------------

def _paragraphs(seed: int) -> str:
    rng = random.Random(seed)
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    lines = [line for page in pages for line in page.splitlines()]
    rng.shuffle(lines)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("size", [200, 600, 2000])
@pytest.mark.parametrize("seed", [1, 2])
def test_pieces_join_back_and_end_at_paragraph_ends(size: int, seed: int) -> None:
    text = _paragraphs(seed)
    pieces = list(chunk_text(text, size=size))
    assert "".join(p for _, p in pieces) == text
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]
    for _, piece in pieces[:-1]:
        assert len(piece) <= size
        # never inside a paragraph: a piece ends after a line break (only a line longer than
        # size is cut), after sentence-final punctuation when any line in reach has it
        assert piece.endswith("\n") or "\n" not in piece
        ends_paragraph = [line.rstrip()[-1:] in PARAGRAPH_ENDS for line in piece.splitlines() if line.strip()]
        assert not any(ends_paragraph) or ends_paragraph[-1]


@pytest.mark.parametrize("text, size, first", [
    ("一。\n二。\n三。\n", 6, "一。\n二。\n"),
    ("第一行没有句号\n第二行。\n\n第三段", 14, "第一行没有句号\n第二行。\n\n"),
    ("没有标点的一行\n又一行\n", 9, "没有标点的一行\n"),
    ("一行到底没有换行符", 4, "一行到底"),
])
def test_split_point(text: str, size: int, first: str) -> None:
    assert text[:split_point(text, size)] == first


def test_read_pieces_streams_a_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "CHUNK_BYTES", 1000)
    monkeypatch.setattr(corpus, "_READ_BYTES", 777)  # blocks end inside UTF-8 sequences
    text = "\ufeff" + _paragraphs(3)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    pieces = list(read_pieces(str(path), size=500))
    whole = read_document(str(path)).text
    assert len(pieces) > 5 and "".join(p.text for p in pieces) == whole == text[1:]
    for p in pieces:
        assert p.id == str(path)
        assert whole[p.offset:p.offset + len(p.text)] == p.text
        assert p.line == whole.count("\n", 0, p.offset) + 1


def test_read_pieces_reports_bad_bytes_with_their_offset(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "CHUNK_BYTES", 100)
    path = tmp_path / "bad.txt"
    path.write_bytes(("克拉玛依。\n" * 100).encode("utf-8") + "氢能".encode("gb18030"))
    with pytest.raises(InputError, match=r"at byte 1600; try --encoding gb18030"):
        list(read_pieces(str(path), size=50))


# --- the command line: same output for any --jobs, large files in pieces -----------------

@pytest.fixture()
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the seed pages 'large' and the pool start on them, so pieces and workers run."""
    monkeypatch.setattr(corpus, "CHUNK_BYTES", 4000)
    monkeypatch.setattr(corpus, "CHUNK_CHARS", 1500)
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    monkeypatch.setattr(parallel, "BATCH_CHARS", 1000)


@pytest.mark.parametrize("args", [
    ["segment"], ["segment", "--pos", "-f", "jsonl"], ["entities", "--mentions", "-f", "csv"],
    ["entities", "-f", "csv"], ["numbers", "-f", "csv"], ["freq", "-f", "csv"],
    ["keywords", "-f", "csv"],
])
def test_jobs_1_and_2_give_the_same_output(args: list[str], small_pieces: None) -> None:
    one = runner.invoke(app, [*args, str(SEEDS), "--jobs", "1"])
    two = runner.invoke(app, [*args, str(SEEDS), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout and one.stdout


@pytest.mark.parametrize("args", [["segment", "-f", "jsonl"], ["numbers", "-f", "csv"], ["freq", "-f", "csv"]])
def test_pieces_give_what_the_whole_file_gives(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Offsets, lines and document counts of a file read in pieces are those of the file.
    (--raw: cleanup estimates the print column width per piece, which on pieces this small
    can differ from the whole page's.)"""
    whole = runner.invoke(app, [*args, str(SEEDS), "-j", "1", "--raw"])
    monkeypatch.setattr(corpus, "CHUNK_BYTES", 4000)
    monkeypatch.setattr(corpus, "CHUNK_CHARS", 1500)
    pieces = runner.invoke(app, [*args, str(SEEDS), "-j", "1", "--raw"])
    assert whole.exit_code == pieces.exit_code == 0
    assert _without_context(pieces.stdout) == _without_context(whole.stdout)


def _report(out: Path, *args: str) -> dict[str, str]:
    result = runner.invoke(app, ["report", str(SEEDS), "-o", str(out), *args])
    assert result.exit_code == 0, result.stderr
    return {p.name: p.read_text(encoding="utf-8-sig") for p in sorted(out.iterdir())}


def test_report_is_the_same_for_any_jobs_and_its_pieces_are_the_file(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _report(tmp_path / "whole", "-j", "1", "--raw")
    monkeypatch.setattr(corpus, "CHUNK_BYTES", 4000)
    monkeypatch.setattr(corpus, "CHUNK_CHARS", 1500)
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    monkeypatch.setattr(parallel, "BATCH_CHARS", 1000)
    one = _report(tmp_path / "one", "-j", "1", "--raw")
    assert one == _report(tmp_path / "two", "-j", "2", "--raw")
    # numbers at file offsets and lines; a file read in pieces is one document for freq
    assert _without_context(one["numbers.csv"]) == _without_context(whole["numbers.csv"])
    assert one["freq.csv"] == whole["freq.csv"]


def _without_context(out: str) -> list[str]:
    """Rows without the context column: a snippet stops at the edge of its piece."""
    if not out.lstrip("\ufeff").startswith("doc,") and ",context" not in out.partition("\n")[0]:
        return out.splitlines()
    rows = csv.DictReader(io.StringIO(out.lstrip("\ufeff")))
    return [",".join(f"{k}={v}" for k, v in row.items() if k != "context") for row in rows]


def test_jobs_must_be_positive() -> None:
    assert runner.invoke(app, ["freq", "--jobs", "0"], input="x").exit_code == 2


# --- progress bar ------------------------------------------------------------------------

class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_stderr_is_not_a_terminal() -> None:
    out = io.StringIO()
    bar = Progress(["a.txt"], stream=out)
    bar.started -= 60  # a long run
    bar.advance("a.txt", "克拉玛依" * 1000)
    bar.close()
    assert not bar.enabled and out.getvalue() == ""


def test_progress_draws_on_a_terminal_after_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    out = _Terminal()
    bar = Progress([str(p) for p in SEEDS.glob("*.txt")], stream=out)
    bar.advance("a.txt", "克拉玛依")
    assert out.getvalue() == ""  # not in the first second
    bar.started -= 60
    bar.advance("b.txt", "克拉玛依" * 1000)
    bar.close()
    assert "files 1/2" in out.getvalue() and "M chars/s" in out.getvalue()


def test_cli_writes_nothing_but_data_when_piped() -> None:
    result = runner.invoke(app, ["freq", str(SEEDS), "-f", "csv", "-j", "2"])
    assert result.exit_code == 0 and result.stderr == ""


# --- start-up ----------------------------------------------------------------------------

def test_api_names_stay_functions_after_their_modules_are_imported() -> None:
    import kmytext.ner.pipeline
    import kmytext.text.segment  # noqa: F401

    assert callable(kmytext.segment) and callable(kmytext.entities) and callable(kmytext.numbers)
    assert [t.text for t in kmytext.segment("氢能大会")] == ["氢能", "大会"]


def test_jieba_cache_goes_to_the_user_cache_when_temp_is_read_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    segment_module = sys.modules["kmytext.text.segment"]

    read_only = tempfile.gettempdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == read_only else real_access(p, mode))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    d = tmp_path / "user.txt"
    d.write_text("援克前指 5 nt\n", encoding="utf-8")
    segment_module._build.cache_clear()
    seg = Segmenter(engine="jieba", dicts=[d])
    assert "援克前指" in seg.words("援克前指开会")
    assert list((tmp_path / "kmytext").glob("jieba*.cache"))


def test_entities_of_pieces_point_into_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Entities are not compared with the whole file: document-level consistency works within
    a unit, and a piece is one (pieces are 256 K characters in real use, 1,500 here). Their
    offsets and line numbers are still those of the file."""
    monkeypatch.setattr(corpus, "CHUNK_BYTES", 4000)
    monkeypatch.setattr(corpus, "CHUNK_CHARS", 1500)
    result = runner.invoke(app, ["entities", "--mentions", "-f", "jsonl", str(SEEDS), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    texts = {p: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert len(rows) > 100
    for r in rows:
        text = texts[Path(r["doc"])]
        assert text[r["start"]:r["end"]] == r["entity"]
        assert text.count("\n", 0, r["start"]) + 1 == r["line"]


def _texts_of(docs: list[Document]) -> list[str]:
    return [d.text for d in docs]


def test_workers_warm_up_on_a_document_when_documents_are_the_input() -> None:
    """The warm-up before the pool forks calls the function as the work will: on a short
    document when the input is documents (a function that reads ``doc.text`` used to fail
    on the bare text, silently, and every worker started cold)."""
    from kmytext.run.parallel import WARM_TEXT, _warm

    seen: list[object] = []
    _warm(lambda batch: seen.extend(_texts_of(batch)), True, Document("a.txt", "克拉玛依", 5))
    assert seen == [WARM_TEXT]


def test_ctrl_c_while_the_pool_forks_is_not_lost() -> None:
    """A SIGINT that lands while the workers fork was raised in logging's fork handler, where
    Python prints and drops it, and the run went on; it now stops the run."""
    script = (
        "import os, signal, sys\n"
        "from kmytext.run.parallel import pmap\n"
        "sent = []\n"
        "def ctrl_c():\n"
        "    if not sent:\n"
        "        sent.append(1)\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "os.register_at_fork(before=ctrl_c)\n"
        "try:\n"
        "    list(pmap(len, ['克拉玛依' * 50_000] * 8, jobs=2))\n"
        "    print('finished')\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Ctrl-C back to the default in the child: run in the background, a test inherits it ignored
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert result.stdout.strip() == "interrupted", result.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_run_killed_leaves_no_half_written_output(tmp_path: Path, signum: int) -> None:
    """kill (SIGTERM) or a closed terminal (SIGHUP) while -o is being written: the existing
    file stays as it was and the temporary .part beside it is removed (it was left, up to
    tens of MB); the exit code is the shell's 128 + N."""
    import time

    big = tmp_path / "big.txt"
    big.write_text((SEEDS / "karamay_2025_shanghai_aid_feature.txt").read_text(encoding="utf-8") * 400,
                   encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.csv").write_text("old\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kmytext", "segment", str(big), "-f", "csv", "-j", "1",
                             "-o", str(out / "keep.csv")], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(out.glob(".keep.csv.*.part")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "finished before it could be stopped: give it more to do"
    proc.send_signal(signum)
    assert proc.wait(timeout=60) == 128 + signum
    proc.stderr.close()  # type: ignore[union-attr]
    assert sorted(p.name for p in out.iterdir()) == ["keep.csv"]
    assert (out / "keep.csv").read_text(encoding="utf-8") == "old\n"
