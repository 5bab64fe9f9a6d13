"""Reading inputs: files, folders, stdin and the bundled sample pages."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import BinaryIO, TextIO

import regex

from kmytext.errors import InputError
from kmytext.text.document import Document

STDIN = "-"
SAMPLE_YEAR = 2025  # the year of the sample pages (seeds/karamay_2025_*), whose datelines print none


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
        seeds = Path(__file__).resolve().parents[2] / "seeds"
        return [Document(p.name, p.read_text(encoding="utf-8-sig")) for p in sorted(seeds.glob("*.txt"))]


def expand(paths: Sequence[str], *, on_error: Callable[[InputError], None] | None = None) -> list[str]:
    """Files in the order given; folders become their ``*.txt`` files, recursively, sorted.

    A ``*.txt`` entry that is no regular file (a broken link, a named pipe) is kept, so that
    reading it says what is wrong with it. A subfolder that cannot be listed goes to
    ``on_error`` and the rest is read; without ``on_error`` it raises ``InputError``."""
    out: list[str] = []
    for p in paths:
        if p == STDIN:
            out.append(p)
            continue
        if not p.strip():  # Path("") is the current folder: an unset shell variable would read it all
            raise InputError(repr(p), "empty file name; give a file, a folder or - for stdin")
        path = Path(p)
        try:
            folder = path.is_dir()
        except OSError:  # a name too long (pathlib raised it): reading it says so, as one bad input
            folder = False
        if folder:
            try:  # a folder that may not be listed would look empty
                with os.scandir(path):
                    pass
            except OSError as exc:
                raise _list_error(p, exc) from None
            unlisted: list[InputError] = []
            found = _txt_files(p, unlisted.append)
            if unlisted:
                if on_error is None:
                    raise unlisted[0]
                for error in unlisted:
                    on_error(error)
            if not found and not unlisted:
                raise InputError(p, "folder has no *.txt files; give files or a folder of .txt files")
            out.extend(found)
        else:
            out.append(p)
    return out


def _txt_files(root: str, on_error: Callable[[InputError], None]) -> list[str]:
    """The ``*.txt`` entries under ``root`` that are not folders, sorted; each subfolder that
    cannot be listed goes to ``on_error`` (Path.rglob skips it without a word). Links to
    folders are not followed: one back to a parent would never end."""
    found: list[str] = []
    for folder, _, files in os.walk(root, onerror=lambda exc: on_error(_list_error(str(Path(exc.filename)), exc))):
        found.extend(str(Path(folder, f)) for f in files if f.endswith(".txt"))
    return sorted(found)


def _list_error(folder: str, exc: OSError) -> InputError:
    if isinstance(exc, PermissionError):
        return InputError(folder, "permission denied (the folder cannot be listed); check its permissions, "
                          "or give its files")
    return InputError(folder, f"cannot list the folder ({exc.strerror or exc}); check it, or give its files")


# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of files people drop into text folders by mistake.
_MAGIC = (
    (b"PK\x03\x04", "a zip archive (docx, xlsx, epub?)"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"%PDF", "a PDF"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old Office document (doc, xls)"),
    (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x7fELF", "a program"),
)
_SAMPLE = 32_768  # bytes scored to choose an encoding; the whole file is decoded afterwards
CONFIDENT = 0.9


@dataclass(frozen=True)
class Detection:
    """How bytes were (or would be) decoded: the codec, how sure, and why.

    >>> detect_encoding("克拉玛依市举办氢能大会".encode("gb18030")).encoding
    'gb18030'
    """

    encoding: str
    confidence: float
    reason: str
    chinese: bool = True  # False: no codec tried makes Chinese of the bytes (Latin-1, Shift-JIS)

    @property
    def confident(self) -> bool:
        return self.confidence >= CONFIDENT


@lru_cache(maxsize=1)
def _char_scores() -> dict[str, float]:
    """Character -> score: common characters (simplified or traditional) score high."""
    text = resources.files("kmytext.data").joinpath("common_chars.txt").read_text(encoding="utf-8")
    ranks = [line for line in text.splitlines() if line and not line.startswith("#")]
    scores: dict[str, float] = {}
    for rank, group in enumerate(ranks):
        score = 3.0 if rank < 500 else 2.0 if rank < 1500 else 1.0
        for ch in group:
            scores.setdefault(ch, score)
    return scores


def _score(text: str, errors: int) -> tuple[float, int]:
    """Mean plausibility of the non-ASCII characters of a decoded sample, and their number.

    Real Chinese is mostly common characters and CJK punctuation; bytes decoded with the wrong
    codec give rare characters, kana, Hangul, Yi, private-use and control characters."""
    scores = _char_scores()
    total = -6.0 * errors
    n = errors
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if o < 0x20 and ch not in "\t\n\r\f":
                total -= 4.0
                n += 1
            continue
        n += 1
        s = scores.get(ch)
        if s is not None:
            total += s
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            total -= 0.5  # a rare character: names have some, mis-decoded text many
        elif 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x2027 or o in (0xB7, 0xD7):
            total += 2.0  # CJK and full-width punctuation, dashes, quotes, ellipsis
        elif o == 0xFFFD:
            total -= 6.0
        else:
            total -= 3.0
    return (total / n if n else 0.0), n


def _decode_sample(sample: bytes, codec: str, final: bool) -> tuple[str, int]:
    """A sample decoded with replacement characters, and how many bytes did not decode.
    A multibyte character cut by the sample's end is not counted as an error."""
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(sample, final=final)
    bad = text.count("\ufffd")
    if bad:  # U+FFFD can also be a real character of the text
        bad -= sample.decode(codec, "ignore").count("\ufffd")
    return text, bad


def _nul_layout(sample: bytes) -> str | None:
    """The UTF-16/32 byte order suggested by where NUL bytes fall, if they fall regularly."""
    n = len(sample) - len(sample) % 4
    if n < 4:
        return None
    quads = [sample[i::4][: n // 4].count(0) for i in range(4)]
    per = n // 4
    # UTF-32: the top byte is always NUL and the next almost always (BMP characters).
    if quads[3] >= 0.98 * per and quads[2] >= 0.9 * per and quads[0] < 0.5 * per:
        return "utf-32-le"
    if quads[0] >= 0.98 * per and quads[1] >= 0.9 * per and quads[3] < 0.5 * per:
        return "utf-32-be"
    # UTF-16: ASCII characters put a NUL in their high byte; Han characters rarely have one.
    even, odd = quads[0] + quads[2], quads[1] + quads[3]
    if odd >= max(2, 0.02 * per) and even <= odd * 0.3:
        return "utf-16-le"
    if even >= max(2, 0.02 * per) and odd <= even * 0.3:
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What a non-text file looks like (``a PNG image``, ``binary (it has NUL bytes)``), or None.

    >>> binary_kind(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    'a PNG image'
    """
    head = data[:_SAMPLE]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic) and (b"\x00" in head or not _is_utf8(head[:4096])):
            return kind
    if b"\x00" in head and _nul_layout(head) is None and not _reads_as_utf16(head):
        return "binary (it has NUL bytes)"
    return None


def _reads_as_utf16(sample: bytes) -> bool:
    """NULs in no clean pattern (common characters like 一 U+4E00 add some) but Chinese text
    all the same."""
    final = len(sample) < _SAMPLE
    return any(_score(*_decode_sample(sample, c, final))[0] > 0.5 for c in ("utf-16-le", "utf-16-be"))


def _is_utf8(data: bytes, *, final: bool = False) -> bool:
    """Valid UTF-8; unless ``final``, a character cut at the end of ``data`` is allowed."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


# The least mean score (see _score) of bytes read as Chinese, with eight non-ASCII characters or
# more: Chinese text scores 1.7 and more (the 7,000 MSR and CLUENER sentences in GB18030), bytes
# that no codec here reads (Latin-1, Shift-JIS, EUC-JP) 0.5 and less.
_CHINESE_SCORE = 1.0


def detect_encoding(data: bytes) -> Detection:
    """Guess the encoding of Chinese text: a BOM, strict UTF-8, then UTF-16 without BOM,
    GB18030 (GBK, GB2312) or Big5, scored by how common the decoded characters are.

    >>> detect_encoding("克拉瑪依市舉辦氫能大會".encode("big5")).encoding
    'cp950'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Detection(codec, 1.0, "byte-order mark")
    sample = data[:_SAMPLE]
    final = len(data) <= _SAMPLE
    if _is_utf8(sample, final=final):
        return Detection("utf-8", 1.0, "valid UTF-8")
    layout = _nul_layout(sample)
    if layout is not None:
        mean, _ = _score(*_decode_sample(sample, layout, final))
        if mean > 0.5:
            return Detection(layout, 0.95, "NUL bytes in a UTF-16/32 pattern")
        # A few NULs from characters like 一 (U+4E00) can mislead: let the scores decide.
    candidates = ["utf-8", "gb18030", "cp950", "big5hkscs"]
    if len(sample) % 2 == 0:
        candidates += ["utf-16-le", "utf-16-be"]
    scored = []
    for codec in candidates:
        text, bad = _decode_sample(sample, codec, final)
        mean, n = _score(text, bad)
        scored.append((mean, bad, codec, n))
    scored.sort(key=lambda s: (-s[0], s[1]))
    best, second = scored[0], next(s for s in scored[1:] if not _same_family(s[2], scored[0][2]))
    margin = best[0] - second[0]
    # More characters and a wider margin make a surer guess; errors and a low score, less.
    strength = margin * min(best[3], 200) ** 0.5 / 2
    if best[0] > 0.5 and best[1] == 0:
        # Under eight non-ASCII characters nothing is sure: a wrong codec can make ASCII of them.
        confidence = min(0.99 if best[3] >= 8 else 0.8, 0.5 + strength / 10)
    else:
        confidence = min(0.6, 0.3 + strength / 20)
    chinese = best[0] >= _CHINESE_SCORE or best[3] < 8
    return Detection(best[2], round(confidence, 2), "character frequencies", chinese)


def _same_family(a: str, b: str) -> bool:
    return {a, b} <= {"cp950", "big5hkscs"}


def encoding_problem(encoding: str) -> str | None:
    """What is wrong with ``encoding`` as the encoding of text files, or None: unknown, or a
    codec of Python's that gives no text (base64, zlib, rot13: 'unexpected LookupError' when
    the first file was read; undefined, which fails on every byte)."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16"
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return f"{encoding!r} is not an encoding of text; try utf-8, gb18030, big5 or utf-16"
    return None


def _codec(encoding: str) -> str:
    """Python's codec for a user's ``--encoding``; UTF-8 drops a BOM, GBK/GB2312 read as GB18030."""
    problem = encoding_problem(encoding)
    if problem:
        raise InputError("--encoding", problem)
    name = codecs.lookup(encoding).name
    return {"utf-8": "utf-8-sig", "gbk": "gb18030", "gb2312": "gb18030"}.get(name, name)


_NEWLINES = regex.compile(r"\r\n?")


def decode_bytes(data: bytes, source: str, *, encoding: str | None = None,
                 errors: str = "strict") -> tuple[str, Detection]:
    """Bytes to text and how they were decoded: ``encoding`` if given, else detected.
    Line ends become ``\\n``. Raises ``InputError`` for binary files and undecodable bytes.

    >>> decode_bytes("氢能\\r\\n".encode("gb18030"), "a.txt")[0]
    '氢能\\n'
    """
    if encoding:
        detection = Detection(_codec(encoding), 1.0, "--encoding")
    else:
        kind = binary_kind(data)
        if kind is not None:
            raise _binary_error(source, kind)
        detection = detect_encoding(data) if data else Detection("utf-8", 1.0, "empty")
    try:
        try:
            text = data.decode(detection.encoding, errors)
        except UnicodeDecodeError as exc:
            if detection.reason != "valid UTF-8" or not data[:exc.start].isascii():
                raise
            # Only ASCII in the sample (an English header, a long run of digits): detect again
            # from the first byte that is not UTF-8, and read the whole file that way.
            retry = detect_encoding(data[exc.start:])
            if retry.encoding == "utf-8":
                raise
            detection = Detection(retry.encoding, min(retry.confidence, 0.95), retry.reason)
            text = data.decode(detection.encoding, errors)
    except UnicodeDecodeError as exc:
        # utf-8-sig counts from after the BOM it dropped: the byte's place in the file is 3 further
        at = exc.start + (len(codecs.BOM_UTF8) if detection.encoding == "utf-8-sig" and data.startswith(codecs.BOM_UTF8)
                          else 0)
        raise _decode_error(source, detection.encoding, at, given=detection.reason == "--encoding") from None
    if not detection.chinese:  # decoded, but into rare characters: a decode error says more when there is one
        raise InputError(source, "not Chinese text in UTF-8, GB18030, Big5 or UTF-16 (read as any of them it gives "
                                 "rare characters); if it is text in another encoding, give it with --encoding "
                                 "(latin-1, shift_jis, euc-kr, …)")
    text = text.removeprefix("\ufeff")  # a BOM the chosen codec kept (e.g. --encoding utf-16-le)
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    return text, detection


def _binary_error(source: str, kind: str) -> InputError:
    return InputError(source, f"looks like {kind}, not text; give text files (or --encoding to force)")


_TRY = ("gb18030", "utf-8", "big5", "utf-16")  # the encodings to suggest, GB18030 first for Chinese


def _decode_error(source: str, codec: str, at: int, *, given: bool) -> InputError:
    if given:  # the others: the one given failed
        hint = f"try another --encoding ({', '.join(e for e in _TRY if _label(e) != _label(codec))})"
    else:  # detected: suggest the likeliest other encodings, GB18030 first for Chinese
        first, *more = [e for e in _TRY if _label(e) != _label(codec)][:3]
        hint = f"try --encoding {first} (or {', '.join(more)})"
    return InputError(source, f"not valid {_label(codec)} at byte {at}; {hint}, or --errors replace to carry on")


def _label(codec: str) -> str:
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp950": "Big5", "big5": "Big5", "big5hkscs": "Big5-HKSCS",
            "gb18030": "GB18030/GBK"}.get(codec, codec)


def decode(data: bytes, source: str, *, encoding: str | None = None, errors: str = "strict") -> str:
    """Bytes to text: ``encoding`` if given, else detected (see ``detect_encoding``).

    >>> decode("克拉玛依".encode("gb18030"), "a.txt")
    '克拉玛依'
    """
    return decode_bytes(data, source, encoding=encoding, errors=errors)[0]


def load_document(source: str, *, encoding: str | None = None, errors: str = "strict",
                  stdin: TextIO | None = None) -> tuple[Document, Detection]:
    """One input as a document, with how it was decoded; ``-`` reads standard input.
    The CLI uses the detection to say when an encoding was only a guess."""
    if source == STDIN:
        stream = stdin or sys.stdin
        if stream is None or getattr(stream, "closed", False):  # started with `<&-`
            raise InputError("<stdin>", STDIN_CLOSED)
        buffer = getattr(stream, "buffer", None)
        try:
            if buffer is None:  # a text stream (tests, notebooks): already decoded
                return Document(STDIN, stream.read()), Detection("str", 1.0, "text stream")
            _refuse_device(buffer, "<stdin>")
            data = buffer.read()
        except OSError as exc:  # a closed or unreadable descriptor 0
            raise InputError("<stdin>", f"cannot read standard input ({exc.strerror or exc}); "
                             "give FILE arguments or pipe text in") from None
        text, detection = decode_bytes(data, "<stdin>", encoding=encoding, errors=errors)
        return Document(STDIN, text), detection
    try:
        with _open(source) as fh:
            data = fh.read()
    except OSError as exc:
        raise _read_error(source, exc) from None
    text, detection = decode_bytes(data, source, encoding=encoding, errors=errors)
    return Document(source, text), detection


STDIN_CLOSED = "standard input is closed; give FILE arguments or pipe text in"


def _read_error(source: str, exc: OSError) -> InputError:
    """The one-line reason an input cannot be opened or read, and what to do about it."""
    path = Path(source)
    if isinstance(exc, FileNotFoundError):
        if path.is_symlink():
            return InputError(source, f"is a broken link (to {os.readlink(path)}); fix or remove the link")
        return InputError(source, "no such file; check the path")
    if isinstance(exc, IsADirectoryError):
        # Only a file an option names gets here (a FILE argument that is a folder is read for its
        # *.txt files), so the advice is not to give it as FILE
        return InputError(source, "is a folder, not a file; give the file in it")
    if isinstance(exc, PermissionError):
        return InputError(source, "permission denied; check the file's permissions")
    if exc.errno == errno.ELOOP:
        return InputError(source, "is a link that points back to itself; fix or remove the link")
    return InputError(source, f"cannot read ({exc.strerror or exc}); check the file")


def _open(source: str) -> BinaryIO | _Prefixed:
    """An input opened for reading bytes. What is not a regular file is refused when it could
    block or never end: a device (``/dev/zero``), a named pipe nothing writes to."""
    fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), source)
        if stat.S_ISFIFO(mode):
            # Opened without waiting for a writer; a pipe whose writer is there (`<(cmd)`)
            # is read to its end, one that nobody writes to would wait for ever.
            try:
                first = os.read(fd, _READ_BYTES)
            except BlockingIOError:
                first = None  # a writer is connected, with nothing written yet
            if first == b"":
                raise InputError(source, "is a named pipe nothing writes to; start the writer first, "
                                 "or give a regular file")
            os.set_blocking(fd, True)
            fh = os.fdopen(fd, "rb")
            return _Prefixed(first or b"", fh)
        if _is_device(fd, mode):
            raise InputError(source, "is a device, not a file; give a text file (or - for stdin)")
        if stat.S_ISSOCK(mode):
            raise InputError(source, "is a socket, not a file; give a text file (or - for stdin)")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _is_device(fd: int, mode: int) -> bool:
    """A device that is neither a terminal nor /dev/null: /dev/zero or /dev/urandom never end."""
    if not (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) or os.isatty(fd):
        return False
    null = os.stat(os.devnull)
    info = os.fstat(fd)
    return (info.st_dev, info.st_ino) != (null.st_dev, null.st_ino)


def _refuse_device(stream: object, source: str) -> None:
    """Standard input from a device (``< /dev/zero``) would be read for ever, filling memory."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
        mode = os.fstat(fd).st_mode
    except (AttributeError, ValueError, OSError):  # in memory (tests, notebooks)
        return
    if _is_device(fd, mode):
        raise InputError(source, "is a device, not a file; give FILE arguments or pipe text in")


class _Prefixed:
    """A binary file with bytes already read from its start put back in front."""

    def __init__(self, first: bytes, fh: BinaryIO) -> None:
        self._first, self._fh = first, fh

    def read(self, n: int = -1) -> bytes:
        if n < 0:
            data, self._first = self._first + self._fh.read(), b""
            return data
        if self._first:
            data, self._first = self._first[:n], self._first[n:]
            return data
        return self._fh.read(n)

    def __enter__(self) -> _Prefixed:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


def read_document(source: str, *, encoding: str | None = None, errors: str = "strict",
                  stdin: TextIO | None = None) -> Document:
    """One input as a document (encoding detected unless given); ``-`` reads standard input."""
    return load_document(source, encoding=encoding, errors=errors, stdin=stdin)[0]


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
_SENTENCE_END = re.compile(r"[。！？!?][」』”’）)]*")


def split_point(text: str, size: int) -> int:
    """Where to cut ``text`` so that the first piece is at most about ``size`` characters and
    ends a paragraph: after the last paragraph end before ``size``; failing that, after a
    blank line, then after any line break; a line longer than ``size`` (a page extracted
    without line breaks) after a sentence end, so no word is cut; only text with neither is
    cut at ``size``.

    >>> text = "第一段。\\n第二段。\\n第三段"
    >>> text[:split_point(text, 8)]
    '第一段。\\n'
    """
    if len(text) <= size:
        return len(text)
    window = text[:size]
    for pattern in (_PARAGRAPH_END, _BLANK_LINE):
        last = deque(pattern.finditer(window), maxlen=1)  # the last match, in one pass
        if last:
            return last[0].end()
    newline = window.rfind("\n")
    if newline >= 0:
        return newline + 1
    last = deque(_SENTENCE_END.finditer(window, size // 2), maxlen=1)
    if last:
        return last[0].end()
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


def is_large(source: str) -> bool:
    """Whether ``source`` is a file big enough to be read in pieces (``read_pieces``)."""
    if source == STDIN:
        return False
    try:
        path = Path(source)
        return path.is_file() and path.stat().st_size > CHUNK_BYTES
    except OSError:
        return False


def read_pieces(source: str, *, encoding: str | None = None, errors: str = "strict",
                stdin: TextIO | None = None, size: int | None = None) -> Iterator[Document]:
    """An input as documents of at most about ``size`` characters, cut at paragraph ends.

    Small files and stdin are one document (``read_document``). A file over ``CHUNK_BYTES`` is
    decoded incrementally, so memory holds one piece, not the file; each piece carries the
    ``offset`` and ``line`` where it starts.
    """
    size = size or CHUNK_CHARS
    if not is_large(source):
        yield read_document(source, encoding=encoding, errors=errors, stdin=stdin)
        return
    try:
        fh = _open(source)
    except OSError as exc:
        raise _read_error(source, exc) from None
    with fh:
        try:
            head = fh.read(_READ_BYTES)
        except OSError as exc:
            raise _read_error(source, exc) from None
        if encoding:
            enc = _codec(encoding)
        else:
            kind = binary_kind(head)
            if kind:
                raise _binary_error(source, kind)
            enc = detect_encoding(head).encoding
        decoder = codecs.getincrementaldecoder(enc)(errors)
        offset, line, consumed = 0, 1, 0
        buffer = ""
        block = head
        while True:
            pending = len(decoder.getstate()[0])
            try:
                # \r\n -> \n as for small files; a \r ending this block waits for the next one
                buffer += decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                at = consumed - pending + exc.start
                raise _decode_error(source, enc, max(at, 0), given=bool(encoding)) from None
            consumed += len(block)
            if "\r" in buffer:
                keep = buffer.endswith("\r") and bool(block)
                buffer = _NEWLINES.sub("\n", buffer[:-1] if keep else buffer) + ("\r" if keep else "")
            while len(buffer) >= size * 2 or (not block and buffer):
                cut = split_point(buffer, size)
                piece, buffer = buffer[:cut], buffer[cut:]
                yield Document(source, piece, offset, line)
                offset += len(piece)
                line += piece.count("\n")
            if not block:
                return
            try:
                block = fh.read(_READ_BYTES)
            except OSError as exc:
                raise _read_error(source, exc) from None
