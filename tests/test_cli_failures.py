"""The command line when inputs fail: the one-line messages, the exit codes, and the outputs
a failing run leaves (or does not)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from kmytext.cli import app

runner = CliRunner()
PAGE = SEEDS / "karamay_2025_community_briefs.txt"


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def _broken_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    """An analysis that fails on every unit, as a bug would."""
    import kmytext.ner.pipeline

    def fail(*args: object, **kwargs: object) -> object:
        raise IndexError("string index out of range")

    monkeypatch.setattr(kmytext.ner.pipeline, "entities_many", fail)


def test_a_failed_analysis_keeps_the_existing_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _broken_entities(monkeypatch)
    out = tmp_path / "k.csv"
    out.write_text("PRECIOUS\n", encoding="utf-8")
    result = run("entities", str(PAGE), "-j", "1", "-o", str(out))
    assert result.exit_code == 1 and "the analysis failed" in result.stderr
    assert out.read_text(encoding="utf-8") == "PRECIOUS\n"
    assert [p.name for p in tmp_path.iterdir()] == ["k.csv"]
    # ... and on stdout no header for a table nothing went into
    result = run("entities", str(PAGE), "-j", "1", "-f", "csv")
    assert (result.exit_code, result.stdout) == (1, "")


@pytest.mark.parametrize("args", [["entities"], ["numbers"], ["freq"], ["segment"], ["network"]])
def test_a_missing_input_keeps_the_existing_output(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "keep.csv"
    out.write_text("PRECIOUS\n", encoding="utf-8")
    result = run(*args, str(PAGE), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "PRECIOUS\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.csv"]
    assert result.stderr.splitlines()[-1].startswith(f"Error: {out}: kept as it was, as 1 input failed")


def test_a_missing_input_with_a_new_output_writes_the_others(tmp_path: Path) -> None:
    out = tmp_path / "new.csv"
    result = run("entities", str(PAGE), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert "克拉玛依" in out.read_text(encoding="utf-8-sig")
    assert result.stderr.splitlines()[-1] == (f"kmytext: wrote {out} with the results of the other inputs; "
                                              "1 input failed (see above)")


def test_a_failed_segmentation_writes_no_empty_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kmytext.text.segment

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(kmytext.text.segment, "segment_document", broken)
    out = tmp_path / "words.txt"
    result = run("segment", str(PAGE), "-j", "1", "-o", str(out))
    assert result.exit_code == 1 and "the analysis failed" in result.stderr and "wrote" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # the text output has no header, but no empty file either


@pytest.mark.parametrize("args", [["segment"], ["segment", "-f", "csv"], ["entities"]])
def test_when_every_input_fails_no_new_file_is_written(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / ("new.txt" if args == ["segment"] else "new.csv")
    result = run(*args, str(tmp_path / "missing.txt"), str(tmp_path / "gone.txt"), "-o", str(out))
    assert result.exit_code == 1 and "wrote" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no empty file, no temporary left


@pytest.mark.parametrize("name", ["keep.html", "keep.xlsx", "keep.gexf"])
def test_report_and_gexf_keep_the_existing_file_and_do_not_say_wrote(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_text("PRECIOUS\n", encoding="utf-8")
    command = "network" if name.endswith(".gexf") else "report"
    result = run(command, str(PAGE), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1 and "wrote" not in result.stderr
    assert out.read_text(encoding="utf-8") == "PRECIOUS\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


CONTROLS = "甲\x01乙 \x07 \x0b \x1b 丙。克拉玛依市举办中国西部氢能产业发展大会，签约项目总投资633亿元。\n"


def test_a_workbook_takes_control_characters(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from kmytext import Corpus
    from kmytext.export.workbook import write_report

    out = tmp_path / "x.xlsx"
    write_report(Corpus.from_texts([CONTROLS]).report(), out)
    sheet = load_workbook(out)["articles"]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("甲\ufffd乙" in c for c in cells) and not any("\x1b" in c for c in cells)
    page = tmp_path / "ctrl.txt"
    page.write_text(CONTROLS, encoding="utf-8")
    result = run("report", str(page), "-o", str(tmp_path / "ctrl.xlsx"))
    assert result.exit_code == 0, result.stderr


def test_sample_with_files_is_a_usage_error(tmp_path: Path) -> None:
    result = run("entities", "--sample", str(tmp_path / "missing.txt"))
    assert (result.exit_code, result.stdout) == (2, "")
    assert "give either --sample or FILE arguments, not both" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["entities", "--top", "abc", str(PAGE)], "Error: Invalid value for '--top' / '-n': "),
    (["entities", "--bogus", str(PAGE)], "Error: No such option: --bogus"),
    (["kwic"], "Error: Missing argument 'query'. (kmytext kwic --help)"),
    (["entitis"], "Error: No such command 'entitis'."),
])
def test_usage_errors_are_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(message), result.stderr
    assert result.stderr.rstrip().endswith("--help)")


@pytest.mark.parametrize("option", ["--verbose", "-v", "--accurate"])
def test_a_top_level_option_after_the_command_says_where_it_goes(option: str) -> None:
    result = run("entities", str(PAGE), option)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: No such option: {option}: it is an option of kmytext itself, given before "
                             f"the command: kmytext {option} entities … (kmytext --help)\n")


def test_control_characters_in_messages_are_escaped(tmp_path: Path) -> None:
    bad = tmp_path / "missing\x1b]0;pwned\x07.txt"
    result = run("entities", str(bad), str(PAGE))
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert result.stderr.splitlines()[0] == f"Error: {tmp_path}/missing\\x1b]0;pwned\\x07.txt: no such file; check the path"
    result = run("entities", str(tmp_path / "two\nlines.txt"), str(PAGE))
    assert result.stderr.splitlines()[0] == f"Error: {tmp_path}/two\\nlines.txt: no such file; check the path"


def test_an_unreadable_folder_is_not_called_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    folder = tmp_path / "noread"
    folder.mkdir()
    (folder / "page.txt").write_text("克拉玛依市举办氢能大会。", encoding="utf-8")
    if os.geteuid() == 0:  # root lists anything: simulate the refusal
        real = os.scandir

        def refuse(path: object = ".") -> object:
            if Path(str(path)) == folder:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", refuse)
    else:
        folder.chmod(0)
    try:
        result = run("entities", str(folder), str(PAGE))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"Error: {folder}: permission denied (the folder cannot be listed); "
                                             "check its permissions, or give its files")



def test_a_subfolder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As an unreadable file in a folder: one line naming it, the rest read, exit 1 (rglob
    skipped it without a word, and the run said nothing failed)."""
    import os

    import kmytext

    folder = tmp_path / "pages"
    (folder / "noread").mkdir(parents=True)
    (folder / "noread" / "hidden.txt").write_text("上海援克。", encoding="utf-8")
    (folder / "page.txt").write_text("克拉玛依市举办氢能大会。", encoding="utf-8")
    real = os.scandir

    def refuse(path: object = ".") -> object:  # root lists anything: the refusal is simulated
        if Path(str(path)) == folder / "noread":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    result = run("entities", str(folder), "-f", "csv")
    assert result.exit_code == 1
    assert "克拉玛依市" in result.stdout and "上海" not in result.stdout
    assert result.stderr.splitlines() == [f"Error: {folder / 'noread'}: permission denied (the folder cannot be "
                                          "listed); check its permissions, or give its files"]
    with pytest.raises(kmytext.InputError, match="noread: permission denied"):  # the API: strict by default
        kmytext.Corpus(folder).entities()


def test_links_in_a_folder_that_lead_nowhere_are_reported(tmp_path: Path) -> None:
    """A *.txt in a folder that is a broken link or a loop was left out without a word."""
    (tmp_path / "page.txt").write_text("克拉玛依市举办氢能大会。", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to("nowhere.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "up").symlink_to(".")  # a link to a folder is not followed: no endless walk
    result = run("entities", str(tmp_path), "-f", "csv")
    assert result.exit_code == 1 and "克拉玛依市" in result.stdout
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path / 'broken.txt'}: is a broken link (to nowhere.txt); fix or remove the link",
        f"Error: {tmp_path / 'loop.txt'}: is a link that points back to itself; fix or remove the link"]

def test_standard_input_is_stdin_in_every_message(monkeypatch: pytest.MonkeyPatch) -> None:
    _broken_entities(monkeypatch)
    result = run("entities", "-j", "1", "-", input="克拉玛依市举办氢能大会。")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: <stdin>: the analysis failed (IndexError")
    result = run("entities", "-", input=" \n\u3000\n")
    assert (result.exit_code, result.stderr) == (0, "kmytext: <stdin>: only white space, nothing to read\n")


def test_a_dateline_at_the_end_of_the_calendar() -> None:
    result = run("numbers", "--by", "article", "-", "-f", "csv", input="本报克拉玛依9999年12月31日讯 明天召开大会。\n")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "明天,date,," in result.stdout


def test_a_report_folder_names_the_files_it_kept(tmp_path: Path) -> None:
    """It named the first table (articles.csv), which was not there, as 'kept as they were'."""
    folder = tmp_path / "report"
    folder.mkdir()
    (folder / "entities.csv").write_text("PRECIOUS\n", encoding="utf-8")
    result = run("report", str(PAGE), str(tmp_path / "missing.txt"), "-o", str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith(f"Error: {folder / 'entities.csv'}: kept as it was, as 1 input "
                                                     "failed (see above)")
    assert [p.name for p in folder.iterdir()] == ["entities.csv"]
