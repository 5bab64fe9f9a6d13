"""Names the user lists with their types (``--names FILE``, ``entities(..., names=...)``):
every occurrence of a listed name is that entity, whatever the model says, longest name
first. The file holds ``name TYPE`` per line (PER, LOC, ORG), or jieba user-dictionary lines
``word [freq] [tag]`` whose tags nr, ns, nt give the type (other words are skipped).

>>> names = Names({"字节跳动": "ORG", "斯塔默": "PER"})
>>> apply_names(names, "斯塔默参观了字节跳动。", [(0, 2, "LOC")])
[(0, 3, 'PER'), (6, 10, 'ORG')]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any, Union

import regex

from kmytext.errors import ArgumentError, ArgumentTypeError, InputError

Span = tuple[int, int, str]
TYPES = ("PER", "LOC", "ORG")
# jieba's POS tags for names: people (nr, and nrt/nrfg for transcribed and full names),
# places, organisations.
JIEBA_TAGS = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}


class Names:
    """A list of names with their types (``name -> PER/LOC/ORG``), matched longest first."""

    __slots__ = ("types", "_pattern", "_found")

    def __init__(self, types: Mapping[str, str]) -> None:
        for name in types:
            if not isinstance(name, str):  # None or NaN (a spreadsheet's empty cell) failed on .strip()
                raise ArgumentTypeError(f"names must be str, not {type(name).__name__} ({name!r}); leave out the "
                                        "names that are not text")
        bad = {t for t in types.values() if t not in TYPES}
        if bad:
            raise ArgumentError(f"name types must be PER, LOC or ORG, not {', '.join(sorted(map(repr, bad)))}")
        self.types = {k: v for k, v in types.items() if k.strip()}
        self._pattern: regex.Pattern[str] | None = None
        self._found: dict[str, str] = {}  # what the pattern matches -> the type

    def __len__(self) -> int:
        return len(self.types)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Names) and self.types == other.types

    def __hash__(self) -> int:
        return hash(frozenset(self.types.items()))

    def __repr__(self) -> str:
        return f"Names({len(self.types)} names)"

    def __reduce__(self) -> tuple[Any, ...]:
        return Names, (self.types,)

    def spans(self, text: str) -> list[Span]:
        """``(start, end, type)`` of every occurrence of a listed name in ``text``, leftmost and
        longest first, none overlapping; never a piece of a Latin word or a number. A name is
        found as written and as cleanup writes it (simplified characters, ASCII for full-width
        letters), so a list in either script finds both in a document's clean text.

        >>> Names({"臺積電": "ORG"}).spans("台积电和臺積電")
        [(0, 3, 'ORG'), (4, 7, 'ORG')]
        """
        if not self.types:
            return []
        if self._pattern is None:
            from kmytext.text.normalize import fold_chars

            for name, kind in self.types.items():
                self._found.setdefault(name, kind)
                self._found.setdefault(fold_chars(name), kind)
            # Longest first: an alternation takes the first alternative that matches.
            words = sorted(self._found, key=lambda w: (-len(w), w))
            self._pattern = regex.compile("|".join(regex.escape(w) for w in words))
        out: list[Span] = []
        n = len(text)
        for m in self._pattern.finditer(text):
            s, e = m.span()
            if (s and _alnum(text[s - 1]) and _alnum(text[s])) or (e < n and _alnum(text[e]) and _alnum(text[e - 1])):
                continue
            out.append((s, e, self._found[m.group()]))
        return out


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


NamesLike = Union[Names, Mapping[str, str], str, "os.PathLike[str]"]


def as_names(names: NamesLike | None) -> Names | None:
    """``names`` as :class:`Names`: a mapping ``name -> type``, or a file to read
    (:func:`read_names`)."""
    if names is None or isinstance(names, Names):
        return names
    if isinstance(names, (str, os.PathLike)):
        if not str(names).strip():  # Path("") is the current folder: "'': is a folder"
            raise ArgumentError(f"names={str(names)!r}: empty file name; give the file of names, or a mapping such "
                                "as {'腾讯': 'ORG'}")
        return read_names(names)
    if isinstance(names, Mapping):
        return Names(dict(names))
    raise ArgumentTypeError(f"names must be a file or a mapping of names to PER, LOC or ORG, not {type(names).__name__}")


def read_names(path: str | os.PathLike[str]) -> Names:
    """The names of a file: ``name TYPE`` per line (PER, LOC or ORG; a name may hold
    spaces: ``Keir Starmer PER``), or jieba user-dictionary lines ``word [freq] [tag]``
    whose tag is nr, nrt, nrfg (PER), ns (LOC) or nt (ORG); jieba lines with another tag or
    none are skipped, as are blank lines; ``#`` starts a comment (at the start of a line or
    after white space) that runs to the end of the line. The file is read as
    the corpus is (any encoding it detects); a line that is neither form is an
    :class:`~kmytext.InputError` naming it, and so is a file with no name in it."""
    from kmytext.io.read import read_document

    source = str(path)
    if os.path.isdir(source):  # pathlib's is_dir() raised a name too long: reading it says so
        raise InputError(source, "is a folder; --names takes a file of names, one 'name TYPE' per line")
    types: dict[str, str] = {}
    lines = read_document(source).text.splitlines()
    for n, line in enumerate(lines, 1):
        entry = _entry(line)
        if entry is None:
            continue
        if isinstance(entry, str):
            raise InputError(source, f"line {n}: {entry}")
        types[entry[0]] = entry[1]
    if not types:  # the wrong file given (a plain dictionary, an empty one): it would change nothing
        what = "empty file" if not any(line.strip() for line in lines) else \
            "no names in it (blank lines, comments, jieba words not tagged nr, ns or nt)"
        raise InputError(source, f"{what}; give 'name TYPE' lines such as '斯塔默 PER' (TYPE: PER, LOC or ORG)")
    return Names(types)


# A comment: from a # that starts the line or follows white space to the end of the line.
_COMMENT = regex.compile(r"(?:^|\s)#.*")


def _entry(line: str) -> tuple[str, str] | str | None:
    """``(name, type)`` of a line, None for a line to skip, or what is wrong with it.

    >>> _entry("阿里云 ORG  # 常被当作人名"), _entry("# 公司"), _entry("C#语言 ORG")
    (('阿里云', 'ORG'), None, ('C#语言', 'ORG'))
    """
    parts = _COMMENT.sub("", line).split()
    if not parts:
        return None
    if len(parts) == 1 or parts[-1].isdigit():
        return None  # a jieba word without a tag: no type
    last = parts[-1]
    if last.upper() in TYPES and (last.isupper() or last.lower() not in JIEBA_TAGS):
        return " ".join(parts[:-1]), last.upper()
    if last in JIEBA_TAGS and len(parts) <= 3 and (len(parts) == 2 or parts[1].isdigit()):
        return parts[0], JIEBA_TAGS[last]
    if last.isascii() and last.isalpha() and last.islower() and len(parts) <= 3:
        return None  # a jieba word tagged as no name (n, v, nz)
    return (f"{line.strip()!r} is not 'name TYPE' (TYPE: PER, LOC or ORG) nor a jieba dictionary line "
            "'word [freq] [tag]'")


def apply_names(names: Names | None, text: str, spans: Iterable[Span]) -> list[Span]:
    """``spans`` with every listed name of ``text`` put in: the spans it overlaps give way."""
    spans = list(spans)
    found = names.spans(text) if names else []
    if not found:
        return spans
    taken = bytearray(len(text))
    for s, e, _ in found:
        taken[s:e] = b"\x01" * (e - s)
    return sorted([x for x in spans if not any(taken[x[0]:x[1]])] + found)


__all__ = ["JIEBA_TAGS", "Names", "NamesLike", "apply_names", "as_names", "read_names"]
