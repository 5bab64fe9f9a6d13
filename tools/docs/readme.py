"""The README's examples, run: every ``$ command`` of its ``text`` blocks in a shell, its output
compared with the lines shown under it.

    python -m tools.docs.readme            # lists the examples whose output has changed
    python -m tools.docs.readme --diff     # with the differences
    python -m tools.docs.readme --write    # rewrites the changed outputs in README.md (not picked rows)

The commands run in a scratch folder holding what the README's readers would have: ``seeds/``,
the small files the README names (``pd.txt``, ``my_names.txt``, ...) and, when ``../shared``
is beside the checkout, the folders the README builds with its tools (``pd_news/``,
``pd_dated/``, ``pd/``). Conventions of the README's examples: a line starting ``kmytext:`` is
what the command printed on stderr; a shown line ending in ``…`` was cut by hand and matches
any line it starts; trailing spaces do not count. ``tests/test_readme.py`` uses the same files
and folders to check that every command runs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
README = ROOT / "README.md"

# The reader's own small files the README's examples name, and what stands in them here.
FILES = {"words.txt": "氢能 大会 上海 援克\n氢能 产业\n", "counts.tsv": "上海\t120\n氢能\t3\n",
         "my_words.txt": "上海援克前指 10 nt\n", "my_stopwords.txt": "上海\n", "my_names.txt": "字节跳动 ORG\n腾讯 ORG\n",
         "pd.txt": "本报北京12月31日讯 记者吴坤胜报道：国务院总理李强今天会见外宾。李总理说，欢迎各位。（徐烨摄）\n"}
# The folders the README builds from ../shared, and the tool run that builds each.
BUILT = {
    "pd_news": ["tools.build.pd_news", "--out", "{out}"],
    "pd_dated": ["tools.build.news_folder", "--out", "{out}"],
    "pd": ["tools.bench.reprints", "--articles", "300", "--outlets", "5", "--out", "{out}", "--build-only"],
}


def build_folders(out: Path) -> list[str]:
    """Build the README's folders under ``out`` (nothing without ``../shared``); their names."""
    if not (SHARED / "data").is_dir():
        return []
    for name, tool in BUILT.items():
        args = [a.format(out=out / name) for a in tool]
        subprocess.run([sys.executable, "-m", *args], cwd=ROOT, check=True, capture_output=True)
    return list(BUILT)


def workdir(path: Path, built: Path | None = None) -> Path:
    """``path`` set up as the reader's folder: seeds, the small files, the built folders."""
    (path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    for name, text in FILES.items():
        (path / name).write_text(text, encoding="utf-8")
    for name in BUILT:
        if built is not None and (built / name).is_dir():
            (path / name).symlink_to(built / name, target_is_directory=True)
    return path


def examples(readme: str) -> list[tuple[int, str, list[str], bool]]:
    """(block, command, the lines shown under it, picked) for each ``$`` line of the README's
    text blocks; ``picked``: the block is followed by "(rows picked from the real output.)"."""
    found = []
    for n, m in enumerate(re.finditer(r"```text\n(.*?)```(\n\(rows picked)?", readme, flags=re.S)):
        lines = m.group(1).splitlines()
        starts = [i for i, line in enumerate(lines) if line.startswith("$ ")]
        for i, j in zip(starts, [*starts[1:], len(lines)]):
            found.append((n, lines[i][2:], lines[i + 1:j], m.group(2) is not None))
    return found


def _matches(shown: str, got: str) -> bool:
    shown, got = shown.rstrip(), got.rstrip()
    return got.startswith(shown[:-1]) if shown.endswith("…") else shown == got


def _shows(want: list[str], got: list[str], picked: bool) -> bool:
    """Whether ``got`` is what ``want`` shows: line for line, or, for picked rows, the header
    and then the rows in order, others between them."""
    if not picked:
        return len(got) == len(want) and all(map(_matches, want, got))
    rest = iter(got[1:])
    return bool(got) and _matches(want[0], got[0]) and all(any(_matches(w, g) for g in rest) for w in want[1:])


def changed(where: Path) -> list[tuple[str, list[str], list[str]]]:
    """(command, shown, now) for each example whose output differs, run in ``where``; a
    ``cd DIR && …`` holds for the rest of its block, as in a shell."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    out, cwd, current = [], where, -1
    for block, command, shown, picked in examples(README.read_text(encoding="utf-8")):
        if block != current:
            cwd, current = where, block
        m = re.match(r"cd (\S+) && ", command)
        run = subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
        if m:
            cwd = cwd / m.group(1)
        errs = [x for x in run.stderr.splitlines() if x.startswith("kmytext:")]
        want_err = [x for x in shown if x.startswith("kmytext:")]
        want = [x for x in shown if not x.startswith("kmytext:")]
        got = run.stdout.splitlines() or (run.stderr.splitlines() if want else [])  # `-o FILE`: what it wrote
        if not (_shows(want, got, picked) and (not want_err or _shows(want_err, errs, False))):
            out.append((command, shown, errs + got if want_err else got))
    return out


def rewrite(diffs: list[tuple[str, list[str], list[str]]]) -> int:
    """Put each changed example's output in place of what the README shows (blocks of
    picked rows are left for a person to pick again); how many were rewritten."""
    text = README.read_text(encoding="utf-8")
    picked = {c for _, c, _, p in examples(text) if p}
    n = 0
    for command, shown, got in diffs:
        old = "\n".join([f"$ {command}", *shown]) + "\n"
        if command not in picked and text.count(old) == 1:
            text = text.replace(old, "\n".join([f"$ {command}", *got]) + "\n")
            n += 1
    README.write_text(text, encoding="utf-8")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.docs.readme", description=__doc__.splitlines()[0])
    ap.add_argument("--diff", action="store_true", help="show what differs")
    ap.add_argument("--write", action="store_true", help="rewrite the changed outputs in README.md")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / "built"
        built.mkdir()
        names = build_folders(built)
        if not names:
            print("../shared is not beside the checkout: the examples on pd_news/, pd_dated/ and pd/ will fail",
                  file=sys.stderr)
        (Path(tmp) / "work").mkdir()
        diffs = changed(workdir(Path(tmp) / "work", built))
        total = len(examples(README.read_text(encoding="utf-8")))
    for command, shown, got in diffs:
        print(f"changed: {command}")
        if a.diff:
            print("\n".join(difflib.unified_diff(shown, got, "README", "now", lineterm="", n=0)))
    print(f"{total - len(diffs)} of {total} examples show what they print now")
    if a.write and diffs:
        print(f"rewrote {rewrite(diffs)} examples in {README.name}; read the diff before committing")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
