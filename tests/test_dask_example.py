"""The Dask example counts what `kmytext freq` counts."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

from kmytext.cli import app

pytest.importorskip("dask.distributed", reason="dask is not installed: pip install -e '.[dask]'")


def test_dask_example_gives_the_cli_counts_on_the_sample_corpus() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, str(ROOT / "examples/dask_freq.py"), str(SEEDS)],
                            capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    cli = CliRunner().invoke(app, ["freq", str(SEEDS), "-f", "csv", "--no-bom", "-j", "1"])
    assert cli.exit_code == 0
    assert result.stdout == cli.stdout
    assert len(result.stdout.splitlines()) > 1000


SCRIPTS = ["dask_freq.py", "dask_reprints.py"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_file_that_cannot_be_read_is_one_line(tmp_path, script: str) -> None:  # type: ignore[no-untyped-def]
    """It stopped the job with the worker's traceback, logged and raised."""
    page = tmp_path / "page.png"
    page.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, str(ROOT / "examples" / script), str(page)],
                            capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert result.returncode == 1 and result.stdout == ""
    # the last line: Dask may warn before it of a port another cluster on the machine has taken
    assert result.stderr.splitlines()[-1] == f"Error: {page}: looks like a PNG image, not text; give text files " \
                                             "(or --encoding to force)"
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_subfolder_that_cannot_be_listed_is_one_line(tmp_path, monkeypatch, capsys,  # type: ignore[no-untyped-def]
                                                       script: str) -> None:
    """As the CLI: said in one line, the rest read and written, exit 1 (it was a traceback)."""
    import runpy

    folder = tmp_path / "pages"
    (folder / "noread").mkdir(parents=True)
    (folder / "noread" / "hidden.txt").write_text("上海援克。", encoding="utf-8")
    (folder / "page.txt").write_text("克拉玛依市举办氢能大会。", encoding="utf-8")
    real = os.scandir

    def refuse(path: object = ".") -> object:  # root lists anything: the refusal simulated
        if str(path).rstrip("/") == str(folder / "noread"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    monkeypatch.setattr(sys, "argv", [script, str(folder)])
    with pytest.raises(SystemExit) as exit:
        runpy.run_path(str(ROOT / "examples" / script), run_name="__main__")
    out = capsys.readouterr()
    assert exit.value.code == 1
    assert f"Error: {folder / 'noread'}: permission denied (the folder cannot be listed); check its permissions, or " \
           "give its files" in out.err.splitlines() and "Traceback" not in out.err
    assert out.out.splitlines()[0].startswith(("word,pos", "cluster,"))
