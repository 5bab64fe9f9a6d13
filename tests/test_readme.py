"""Every kmytext command the README shows runs (the quick start exactly as written, the others
with the sample pages for their placeholder files), and so do its Python examples."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kmytext.cli import app
from tools.docs.readme import build_folders, workdir as reader_folder

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, flags=re.S)
# The names the README uses for the reader's own files, and what stands for them here.
PLACEHOLDERS = {"page.txt": "seeds/karamay_2025_community_briefs.txt", "corpus/": "seeds/", "my_pages/": "seeds/",
                "other_pages/": "seeds/", "papers/": "seeds/", "pages/": "seeds/"}


def _commands() -> list[tuple[str, str | None, list[str], str]]:
    """(the README's line, the file piped in, the arguments of kmytext, the folder it runs in)
    for each command shown."""
    found = []
    for kind, body in BLOCKS:
        if kind not in ("sh", "text"):
            continue
        cwd = "."  # a `cd DIR && …` holds for the rest of its block, as in a shell
        for line in body.splitlines():
            line = line.removeprefix("$ ")
            piped = None
            m = re.match(r"cd (\S+) && (kmytext .*)", line)
            if m:
                cwd, line = m.group(1), m.group(2)
            m = re.match(r"cat (\S+) \| (kmytext .*)", line)
            if m:
                piped, line = m.group(1), m.group(2)
            if not line.startswith("kmytext "):
                continue
            command = re.split(r" [|>] ", line)[0]  # what kmytext itself runs
            args = [PLACEHOLDERS.get(a, a) for a in shlex.split(command, comments=True)[1:]]
            found.append((line, PLACEHOLDERS.get(piped, piped) if piped else None, args, cwd))
    return found


COMMANDS = _commands()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The folders the README builds with its tools from ../shared, as it builds them
    (tools/docs/readme.py); None without ../shared, and the commands that read them skip."""
    out = tmp_path_factory.mktemp("built")
    return out if build_folders(out) else None


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: Path | None) -> Path:
    monkeypatch.chdir(reader_folder(tmp_path, built))
    return tmp_path


def test_the_readme_shows_every_command_and_the_quick_start_first() -> None:
    shown = {args[0] for _, _, args, _ in COMMANDS if not args[0].startswith("-")}
    assert {"segment", "entities", "numbers", "keywords", "freq", "keyness", "kwic", "collocates", "articles",
            "report", "reprints", "quotes", "posts", "timeline", "network"} <= shown
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "python3 -m venv .venv" in quick and "pip install ." in quick
    assert README.index("## Quick start") < README.index("## Development") < README.index("## Commands")


@pytest.mark.parametrize("line, piped, args, cwd", COMMANDS, ids=[c[0][:60] for c in COMMANDS])
def test_a_readme_command_runs(workdir: Path, monkeypatch: pytest.MonkeyPatch, line: str, piped: str | None,
                               args: list[str], cwd: str) -> None:
    stdin = (workdir / piped).read_text(encoding="utf-8") if piped else None
    if not (workdir / cwd).is_dir():
        pytest.skip(f"{cwd}/ is a folder a tool builds from ../shared (the README says which)")
    workdir = workdir / cwd
    monkeypatch.chdir(workdir)
    expanded: list[str] = []
    for a in args:  # what the shell would do with a pattern
        if "*" in a:
            matches = sorted(str(p.relative_to(workdir)) for p in workdir.glob(a))
            if not matches:
                pytest.skip(f"{a} is a folder a tool builds from ../shared (the README says which)")
            expanded += matches
        else:
            expanded.append(a)
    args = expanded
    result = CliRunner().invoke(app, args, input=stdin)
    assert result.exit_code == 0, (line, result.stderr)
    if "-o" in args:
        assert (workdir / args[args.index("-o") + 1]).exists()


def test_the_readme_python_examples_run(workdir: Path) -> None:
    """The Python API section's examples after the overview (which names its inputs)."""
    api = README.split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", api, flags=re.S)[1:]
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102
    assert (workdir / "numbers.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (workdir / "report.html").exists()
