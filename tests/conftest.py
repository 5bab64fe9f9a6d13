from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BRIEFS = SEEDS / "karamay_2025_community_briefs.txt"
FEATURE = SEEDS / "karamay_2025_shanghai_aid_feature.txt"
SHARED = ROOT.parent / "shared"
GOLDEN = Path(__file__).resolve().parent / "golden"
REGEN = os.environ.get("KMYTEXT_REGEN_GOLDEN") == "1"

needs_shared = pytest.mark.skipif(
    not (SHARED / "data").is_dir(), reason="../shared/data (development corpora) is not beside the repo"
)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_texts(seed_paths: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in seed_paths]


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME exactly; KMYTEXT_REGEN_GOLDEN=1 rewrites it on purpose."""
    path = GOLDEN / name
    if REGEN or not path.exists():
        if not REGEN:
            pytest.fail(f"{path} missing: run KMYTEXT_REGEN_GOLDEN=1 pytest to create it")
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from golden"


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """``kmytext ARGS`` in-process (Typer's CliRunner), with ``input`` on stdin."""
    from typer.testing import CliRunner

    from kmytext.cli import app

    return CliRunner().invoke(app, list(args), input=input, env=env)


def csv_rows(*args: str, input: str | None = None) -> list[dict[str, str]]:
    """The rows of ``kmytext ARGS -f csv``, which must exit 0."""
    result = run(*args, "-f", "csv", input=input)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def best_path(E, T):  # type: ignore[no-untyped-def]
    """Plain Viterbi over every label of every character of ``E`` (``[chars, labels]`` scores),
    ``T[from, to]`` the transitions; ties to the lower label: what the decoders must give."""
    score, back = E[0].copy(), []
    for e in E[1:]:
        cand = score[:, None] + T
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + e
    ys = [int(score.argmax())]
    for b in reversed(back):
        ys.append(int(b[ys[-1]]))
    return ys[::-1]
