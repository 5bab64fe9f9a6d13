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
