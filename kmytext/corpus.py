"""Reading inputs: files, folders, stdin and the bundled sample pages."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from kmytext.errors import InputError
from kmytext.types import Document

STDIN = "-"


def sample_documents() -> list[Document]:
    """The two Karamay newspaper pages shipped with the package.

    >>> [d.id for d in sample_documents()][0]
    'karamay_2025_community_briefs.txt'
    """
    try:
        root = resources.files("kmytext.seeds")
        names = sorted(p.name for p in root.iterdir() if p.name.endswith(".txt"))
        return [Document(n, root.joinpath(n).read_text(encoding="utf-8-sig")) for n in names]
    except (ModuleNotFoundError, FileNotFoundError):
        # A source checkout run without installing: seeds/ sits beside the package.
        seeds = Path(__file__).resolve().parent.parent / "seeds"
        return [Document(p.name, p.read_text(encoding="utf-8-sig")) for p in sorted(seeds.glob("*.txt"))]


def expand(paths: Sequence[str]) -> list[str]:
    """Files in the order given; folders become their ``*.txt`` files, recursively, sorted."""
    out: list[str] = []
    for p in paths:
        if p == STDIN:
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(str(f) for f in path.rglob("*.txt") if f.is_file())
            if not found:
                raise InputError(p, "folder has no *.txt files; give files or a folder of .txt files")
            out.extend(found)
        else:
            out.append(p)
    return out


def decode(data: bytes, source: str, *, encoding: str | None = None, errors: str = "strict") -> str:
    """Bytes to text: UTF-8 (with or without BOM) unless ``encoding`` says otherwise."""
    enc = encoding or "utf-8-sig"
    try:
        return data.decode(enc, errors)
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16") from None
    except UnicodeDecodeError as exc:
        hint = "--encoding gb18030" if enc.startswith("utf") else "--encoding utf-8"
        raise InputError(
            source,
            f"not valid {enc} at byte {exc.start}; try {hint}, or --errors replace to carry on",
        ) from None


def read_document(source: str, *, encoding: str | None = None, errors: str = "strict",
                  stdin: TextIO | None = None) -> Document:
    """One input as a document; ``-`` reads standard input."""
    if source == STDIN:
        stream = stdin or sys.stdin
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            return Document(STDIN, decode(buffer.read(), "<stdin>", encoding=encoding, errors=errors))
        return Document(STDIN, stream.read())
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder; give it as an argument to read its *.txt files") from None
    except PermissionError:
        raise InputError(source, "permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    return Document(source, decode(data, source, encoding=encoding, errors=errors))


def iter_documents(paths: Sequence[str], *, encoding: str | None = None, errors: str = "strict",
                   stdin: TextIO | None = None) -> Iterator[Document]:
    """Documents for the given paths, one at a time (folders expanded, ``-`` is stdin)."""
    for source in expand(paths):
        yield read_document(source, encoding=encoding, errors=errors, stdin=stdin)
