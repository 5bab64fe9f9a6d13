from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
    if script.name == "dask_freq.py":
        pytest.importorskip("dask.distributed", reason="dask is not installed: pip install -e '.[dask]'")
    # this checkout's kmytext, whatever an editable install elsewhere points at
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                            cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_a_tool_without_its_data_says_so_in_one_line(tmp_path: Path) -> None:
    """Outside a development checkout ../shared/data is not there: the evaluation the README
    cites names the file it needs instead of showing a traceback."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KMYTEXT_NER_DATA": str(tmp_path / "none")}
    result = subprocess.run([sys.executable, "-m", "tools.eval", "ner", "--pipeline"], capture_output=True,
                            text=True, timeout=300, cwd=ROOT, env=env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("python -m tools.eval: needs ") and "tools/README.md" in result.stderr
