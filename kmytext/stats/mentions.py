"""Entity mentions placed where they occur: in the articles of a page, in the sentences of a
document. Timelines (:mod:`kmytext.stats.timeline`) and co-occurrence networks
(:mod:`kmytext.stats.network`) count what these groups hold."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from kmytext.types import Article, Entity

if TYPE_CHECKING:
    from kmytext.text.document import Document

Key = tuple[str, str]  # (entity, type), as kmytext.ner.summary counts them


def key(e: Entity) -> Key:
    """An entity as it is counted: the full name an alias stands for, and the type."""
    return (e.canonical or e.name, e.type)


def by_article(mentions: Iterable[Entity], articles: Sequence[Article]
               ) -> Iterator[tuple[Article | None, list[Entity]]]:
    """The mentions of each article (by offsets in the same file); mentions outside every
    article (a file without articles, page furniture) come per file with ``None``."""
    starts: dict[str, list[int]] = defaultdict(list)
    found: dict[str, list[Article]] = defaultdict(list)
    for a in sorted(articles, key=lambda a: (a.doc, a.start)):
        starts[a.doc].append(a.start)
        found[a.doc].append(a)
    groups: dict[tuple[str, int], list[Entity]] = defaultdict(list)
    for e in mentions:
        i = bisect_right(starts.get(e.doc, []), e.start) - 1
        inside = i >= 0 and e.start < found[e.doc][i].end
        groups[(e.doc, i if inside else -1)].append(e)
    for (doc, i), group in groups.items():
        yield (found[doc][i] if i >= 0 else None), group


def by_sentence(doc: Document, mentions: Iterable[Entity]) -> list[list[Entity]]:
    """The mentions of each sentence of ``doc`` (:attr:`~kmytext.Document.sentences`), in order.
    Sentences are spans of the clean text and mentions carry the caller's offsets, so each
    sentence is mapped back (:meth:`~kmytext.Document.source_span`): a sentence that cleanup
    joined across a line break holds the names on both lines. A mention belongs to the
    sentence it starts in.

    >>> from kmytext import Document, entities
    >>> doc = Document("a", "王刚在北京\\n大学讲课。李华在上海。")
    >>> [[e.name for e in group] for group in by_sentence(doc, entities(doc))]
    [['王刚', '北京大学'], ['李华', '上海']]
    """
    starts, ends = [], []
    for s, e in doc.sentences:
        s0, e0 = doc.source_span(s, e)
        starts.append(doc.offset + s0)
        ends.append(doc.offset + e0)
    groups: dict[int, list[Entity]] = defaultdict(list)
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < ends[i]:
            groups[i].append(m)
    return [groups[i] for i in sorted(groups)]


__all__ = ["Key", "by_article", "by_sentence", "key"]
