"""Entity mentions placed in their articles: mentions per dateline date, and which people and
organisations are mentioned in the same article."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations

from kmytext.types import Article, Cooccurrence, Entity, Mentions

Key = tuple[str, str]  # (entity, type), as kmytext.ner.summary counts them


def key(e: Entity) -> Key:
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


def timeline(mentions: Iterable[Entity], articles: Sequence[Article], *, top: int = 50) -> list[Mentions]:
    """Mentions of the ``top`` most mentioned entities per dateline date of their articles,
    by date then most mentioned first; mentions in undated articles are left out.

    >>> from kmytext import Document, articles, entities
    >>> page = Document("p", "王刚到北京\\n\\n本报北京2000年12月31日电 王刚在北京调研。")
    >>> [(m.date, m.entity) for m in timeline(entities(page), articles(page))][:1]
    [('2000-12-31', '北京')]
    """
    mentions = list(mentions)
    keep = {k for k, _ in Counter(map(key, mentions)).most_common(top)}
    counts: Counter[tuple[str, Key]] = Counter()
    in_articles: Counter[tuple[str, Key]] = Counter()
    for article, group in by_article(mentions, articles):
        if article is None or not article.date:
            continue
        here = Counter(k for k in map(key, group) if k in keep)
        counts.update({(article.date, k): c for k, c in here.items()})
        in_articles.update((article.date, k) for k in here)
    rows = [Mentions(date, name, kind, c, in_articles[(date, (name, kind))])
            for (date, (name, kind)), c in counts.items()]
    rows.sort(key=lambda m: (m.date, -m.mentions, m.type, m.entity))
    return rows


def cooccurrence(mentions: Iterable[Entity], articles: Sequence[Article], *, top: int = 20,
                 types: frozenset[str] = frozenset({"PER", "ORG"})) -> list[Cooccurrence]:
    """Pairs of the ``top`` most mentioned people and organisations (``types``) with the
    number of articles (files, where a file has no articles) that mention both, most first.

    >>> from kmytext import Document, entities
    >>> doc = Document("a", "王刚在北京大学讲课，李华和王刚去了北京大学。")
    >>> [(c.entity, c.other, c.articles) for c in cooccurrence(entities(doc), [])]
    [('北京大学', '李华', 1), ('北京大学', '王刚', 1), ('李华', '王刚', 1)]
    """
    mentions = [e for e in mentions if e.type in types]
    keep = {k for k, _ in Counter(map(key, mentions)).most_common(top)}
    pairs: Counter[tuple[Key, Key]] = Counter()
    for _, group in by_article(mentions, articles):
        present = sorted({k for k in map(key, group) if k in keep})
        pairs.update(combinations(present, 2))
    rows = [Cooccurrence(a[0], a[1], b[0], b[1], n) for (a, b), n in pairs.items()]
    rows.sort(key=lambda c: (-c.articles, c.entity, c.other))
    return rows


__all__ = ["cooccurrence", "timeline"]
