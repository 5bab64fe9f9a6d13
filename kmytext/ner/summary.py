"""One record per entity: how often it is mentioned, in how many documents, under which aliases."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from kmytext.types import Entity, EntityCount


def summarize(mentions: Iterable[Entity]) -> list[EntityCount]:
    """One record per entity from its mentions: count, documents (by the mentions' ``doc``)
    and aliases, with aliases counted under the full name they stand for; most frequent first.

    >>> from kmytext import entities
    >>> [(e.entity, e.count) for e in summarize(entities("上海援克。上海。"))][:1]
    [('上海', 2)]
    """
    counts: Counter[tuple[str, str]] = Counter()
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in mentions:
        key = (e.canonical or e.name, e.type)
        counts[key] += 1
        docs[key].add(e.doc)
        if e.name != key[0]:
            aliases[key].add(e.name)
    ranked = sorted(counts.items(), key=lambda kc: (-kc[1], kc[0][1], kc[0][0]))
    return [EntityCount(name, kind, c, len(docs[(name, kind)]), ";".join(sorted(aliases[(name, kind)])))
            for (name, kind), c in ranked]
