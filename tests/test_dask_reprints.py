"""The Dask example finds the clusters `kmytext reprints` finds, on a small planted corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from test_reprints import FILES
from typer.testing import CliRunner

from kmytext.cli import app

pytest.importorskip("dask.distributed", reason="dask[distributed] is in the dev extra")


@pytest.mark.parametrize("table", ["copies", "passages", "outlets"])
def test_dask_example_gives_the_cli_output(tmp_path: Path, table: str) -> None:
    papers = tmp_path / "papers"
    for name, text in FILES.items():
        (papers / name).parent.mkdir(parents=True, exist_ok=True)
        (papers / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, str(ROOT / "examples/dask_reprints.py"), str(papers), "--table", table,
                             "--partitions", "3"], capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    cli = CliRunner().invoke(app, ["reprints", str(papers), "--table", table, "-f", "csv", "--no-bom", "-j", "1"])
    assert cli.exit_code == 0, cli.stderr
    assert result.stdout == cli.stdout
    assert len(result.stdout.splitlines()) > 3
