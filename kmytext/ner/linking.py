"""Name linking inside a document: a given name without its surname (穆玲英 … 玲英) or a
surname with a title (李强 … 李总理, 张局长) counts under the one full name in the document it
can stand for, through :attr:`kmytext.types.Entity.canonical`. Where two full names fit
(穆玲英 and 张玲英; 李强 and 李明), nothing is linked."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import regex

from kmytext.ner.lexicon import surnames
from kmytext.text.document import Document
from kmytext.types import Entity

# What follows a surname standing for a person: posts, ranks and forms of address
# (李总理, 张局长, 陈先生, 王大娘). People's Daily and MSRA tag the surname alone PER there.
TITLES = (
    "总书记 副主席 主席 副总理 总理 委员长 书记 省长 市长 县长 区长 镇长 乡长 村长 局长 部长 厅长 处长 科长 "
    "院长 校长 所长 主任 总经理 经理 董事长 总裁 行长 社长 会长 团长 队长 厂长 站长 教授 博士 老师 先生 女士 "
    "小姐 太太 大使 总统 首相 将军 司令 政委 医生 大夫 师傅 老板 大娘 大妈 大爷 阿姨 同志"
).split()
TITLE = regex.compile("|".join(sorted(TITLES, key=len, reverse=True)))


def _given(full: str) -> str | None:
    """The given name of a Chinese full name of three characters (穆|玲英), if it has one
    of two characters (朱师傅 has a title)."""
    if len(full) == 3 and full[0] in surnames() and "·" not in full and not TITLE.fullmatch(full, 1):
        return full[1:]
    return None


def link(doc: Document, names: list[Entity]) -> list[Entity]:
    """``names`` (mentions in the document's clean text, in order, none overlapping) with the
    given names and surnames-with-titles that stand for exactly one full name of the
    document linked to it (``canonical``). A given name counts where the model found it (an
    untagged 玉兰 may be a flower; document consistency has spread the ones it found); a
    surname with a title wherever it stands (李总理: PER 李, as People's Daily tags it).

    >>> doc = Document("", "穆玲英今年五十岁。玲英说，李总理也来了。李强说。")
    >>> names = [Entity("穆玲英", "PER", 0, 3), Entity("玲英", "PER", 9, 11), Entity("李强", "PER", 21, 23)]
    >>> [(e.text, e.canonical) for e in link(doc, names)]
    [('穆玲英', None), ('玲英', '穆玲英'), ('李', '李强'), ('李强', None)]
    """
    people = {e.name for e in names if e.type == "PER" and e.canonical is None and len(e.name) >= 2}
    if not people:
        return names
    text = doc.clean_text
    # a given name (玲英 of 穆玲英); the two-character family name of a four-character name, as
    # news calls a Japanese person after the first mention (久间 of 久间章生, 小渊 of 小渊惠三); the
    # last parts of a transcribed name, of two characters or more (阿尤布·汗 of 古哈尔·阿尤布·汗, 克林顿 of 比尔·克林顿)
    by_given = given_names(people) | _unique([(f[:2], f) for f in people if len(f) == 4 and "·" not in f]) \
        | _unique([(short, f) for f in people for short in _last_parts(f)])
    by_surname = _unique([(f[0], f) for f in people if f[0] in surnames() and "·" not in f])
    if not by_given and not by_surname:
        return names
    taken = bytearray(len(text))
    for e in names:
        taken[e.start:e.end] = b"\x01" * (e.end - e.start)
    out: list[Entity] = []
    for e in names:  # the model's mentions of a given name or a surname
        full = by_given.get(e.name) if e.type == "PER" and e.canonical is None else None
        if full is None and e.type == "PER" and len(e.name) == 1 and _titled(text, e.end):
            full = by_surname.get(e.name)
        out.append(Entity(e.text, "PER", e.start, e.end, e.name, full, e.role) if full and full != e.name else e)
    extra = _titled_surnames(doc, by_surname, taken)
    return sorted(out + extra, key=lambda e: e.start) if extra else out


def _last_parts(full: str) -> list[str]:
    """The shorter names a transcribed full name goes by: its parts from the second on, as far as
    the last, of two characters or more (比尔·克林顿: 克林顿; 古哈尔·阿尤布·汗: 阿尤布·汗)."""
    parts = full.split("·")
    return [short for i in range(1, len(parts)) if len(short := "·".join(parts[i:])) >= 2]


def given_names(people: Iterable[str]) -> dict[str, str]:
    """``given name -> full name`` for the given names (玲英) of exactly one of ``people``
    (full names: 穆玲英)."""
    return _unique([(g, f) for f in people if (g := _given(f))])


def _unique(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``short -> full`` for the short forms (given names, surnames) of exactly one full name."""
    fulls: dict[str, set[str]] = {}
    for short, full in pairs:
        fulls.setdefault(short, set()).add(full)
    return {short: next(iter(f)) for short, f in fulls.items() if len(f) == 1}


def _titled(text: str, at: int) -> bool:
    return TITLE.match(text, at) is not None


def _word_starts_at(doc: Document, at: int) -> bool:
    """Whether one of the document's words starts at ``at`` (张 of 张局长, not of 主张)."""
    starts = doc.tokens.starts
    i = bisect_right(starts, at) - 1
    return i >= 0 and starts[i] == at


def _titled_surnames(doc: Document, by_surname: dict[str, str], taken: bytearray) -> list[Entity]:
    """A surname before a title (李总理) standing for one full name: PER, the surname alone,
    as People's Daily tags it."""
    text = doc.clean_text
    out: list[Entity] = []
    for m in TITLE.finditer(text, 1):
        s = m.start() - 1
        full = by_surname.get(text[s])
        if full and not taken[s] and _word_starts_at(doc, s):
            out.append(Entity(text[s], "PER", s, s + 1, canonical=full))
            taken[s] = 1
    return out


__all__ = ["TITLE", "TITLES", "given_names", "link"]
