"""People, places, organisations and works in Chinese news."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import regex

from kmytext.normalize import clean as _clean
from kmytext.normalize import identity
from kmytext.segment import default_segmenter
from kmytext.types import Entity

ENTITY_TYPES = ("PER", "LOC", "ORG", "WORK")

# Titles of plans, laws, books and songs: 《…》 without nesting or line breaks.
_WORK = regex.compile(r"《([^《》\n]{1,80})》")
_POS_TYPES = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}


def _tagged_entities(text: str) -> list[Entity]:
    """PER/LOC/ORG from the segmenter's POS tags (the baseline the model replaces)."""
    return [
        Entity(w, _POS_TYPES[t], s, e)
        for w, s, e, t in default_segmenter().cut(text, pos=True)
        if t in _POS_TYPES and len(w) > 1
    ]


def works(text: str) -> list[Entity]:
    """Titles in 《》 as WORK entities (the brackets stay outside the span).

    >>> works("学习《克拉玛依之歌》")[0].text
    '克拉玛依之歌'
    """
    return [Entity(m.group(1), "WORK", m.start(1), m.end(1)) for m in _WORK.finditer(text)]


def _resolve_overlaps(found: list[Entity]) -> list[Entity]:
    """Keep the longest of overlapping mentions; earlier wins a tie."""
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    for e in found:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def entities(text: str, *, clean: bool = True) -> list[Entity]:
    """Entity mentions in ``text``, offsets into ``text``.

    >>> [(e.text, e.type) for e in entities("董爱华在克拉玛依市调研")]
    [('董爱华', 'PER'), ('克拉玛依市', 'LOC')]
    """
    cleaned = _clean(text) if clean else identity(text)
    ctext = cleaned.text
    found = works(ctext)
    found += _tagged_entities(ctext)
    return [cleaned.remap(e) for e in _resolve_overlaps(found)]


def summarize(mentions: Iterable[tuple[str, Entity]]) -> list[dict[str, Any]]:
    """One row per entity from (doc id, mention) pairs: count, documents and aliases, with
    aliases counted under the full name they stand for; most frequent first."""
    counts: Counter[tuple[str, str]] = Counter()
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc, e in mentions:
        key = (e.canonical or e.name, e.type)
        counts[key] += 1
        docs[key].add(doc)
        if e.name != key[0]:
            aliases[key].add(e.name)
    ranked = sorted(counts.items(), key=lambda kc: (-kc[1], kc[0][1], kc[0][0]))
    return [
        {"entity": name, "type": kind, "count": c, "documents": len(docs[(name, kind)]),
         "aliases": ";".join(sorted(aliases[(name, kind)]))}
        for (name, kind), c in ranked
    ]
