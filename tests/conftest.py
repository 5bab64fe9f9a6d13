from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
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
