"""Reading inputs: files, folders, stdin and the bundled sample pages."""

from __future__ import annotations

import codecs
import re
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


# Large files are read in pieces cut where a paragraph ends: a line ending in sentence-final
# punctuation, with any blank lines after it. Cleanup never joins lines there, so cleaning
# and analysing the pieces one by one gives what the whole file would (and memory stays flat).
CHUNK_CHARS = 256_000           # a piece is about this long (~750 KB of UTF-8 Chinese)
CHUNK_BYTES = 1_000_000         # files up to this size are read whole
_READ_BYTES = 1 << 20
_PARAGRAPH_END = re.compile(r"[。！？!?…」』”）)][ \t\u3000]*\r?\n(?:[ \t\u3000]*\r?\n)*")
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\r?\n")


def split_point(text: str, size: int) -> int:
    """Where to cut ``text`` so that the first piece is at most about ``size`` characters and
    ends a paragraph: after the last paragraph end before ``size``; failing that, after a
    blank line, then after any line break; only text without line breaks is cut at ``size``.

    >>> text = "第一段。\\n第二段。\\n第三段"
    >>> text[:split_point(text, 8)]
    '第一段。\\n'
    """
    if len(text) <= size:
        return len(text)
    window = text[:size]
    for pattern in (_PARAGRAPH_END, _BLANK_LINE):
        last = None
        for last in pattern.finditer(window):
            pass
        if last is not None:
            return last.end()
    newline = window.rfind("\n")
    if newline >= 0:
        return newline + 1
    return size


def chunk_text(text: str, *, size: int | None = None) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs that cut ``text`` at paragraph ends (see ``split_point``);
    the pieces joined give ``text`` back.

    >>> [p for _, p in chunk_text("一。\\n二。\\n三。\\n", size=6)]
    ['一。\\n二。\\n', '三。\\n']
    """
    size = size or CHUNK_CHARS
    offset = 0
    while offset < len(text):
        cut = split_point(text[offset:offset + size * 2], size)
        yield offset, text[offset:offset + cut]
        offset += cut


def read_pieces(source: str, *, encoding: str | None = None, errors: str = "strict",
                stdin: TextIO | None = None, size: int | None = None) -> Iterator[Document]:
    """An input as documents of at most about ``size`` characters, cut at paragraph ends.

    Small files and stdin are one document (``read_document``). A file over ``CHUNK_BYTES`` is
    decoded incrementally, so memory holds one piece, not the file; each piece carries the
    ``offset`` and ``line`` where it starts.
    """
    size = size or CHUNK_CHARS
    path = Path(source)
    try:
        big = source != STDIN and path.is_file() and path.stat().st_size > CHUNK_BYTES
    except OSError:
        big = False
    if not big:
        yield read_document(source, encoding=encoding, errors=errors, stdin=stdin)
        return
    enc = encoding or "utf-8-sig"
    try:
        decoder = codecs.getincrementaldecoder(enc)(errors)
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16") from None
    offset, line, consumed = 0, 1, 0
    buffer = ""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    with fh:
        while True:
            block = fh.read(_READ_BYTES)
            pending = len(decoder.getstate()[0])
            try:
                buffer += decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                hint = "--encoding gb18030" if enc.startswith("utf") else "--encoding utf-8"
                at = consumed - pending + exc.start
                raise InputError(
                    source, f"not valid {enc} at byte {max(at, 0)}; try {hint}, or --errors replace to carry on"
                ) from None
            consumed += len(block)
            while len(buffer) >= size * 2 or (not block and buffer):
                cut = split_point(buffer, size)
                piece, buffer = buffer[:cut], buffer[cut:]
                yield Document(source, piece, offset, line)
                offset += len(piece)
                line += piece.count("\n")
            if not block:
                return
