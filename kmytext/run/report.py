"""Every table of a corpus in one pass (``kmytext report``, :meth:`kmytext.Corpus.report`).

Each unit is read, cleaned and segmented once: entities, numbers, articles and the counts
for keywords, keyness and freq all read that one document; the entity mentions placed in
their articles give the timeline (mentions per dateline date of each article,
:mod:`kmytext.stats.timeline`) and the network of people and organisations named in the same
article (:mod:`kmytext.stats.network`). Units go out in batches over
the corpus's ``jobs`` processes (:func:`analyse`); the results come back in input order,
so every ``jobs`` gives the same tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kmytext.ner.names import Names, NamesLike
from kmytext.stats.counting import Counts, PieceTotal, count, merge_batch
from kmytext.text.document import Document, as_documents
from kmytext.text.script import in_source_script, mention_forms
from kmytext.types import Article, Entity, Number, TimelineCount

if TYPE_CHECKING:
    from kmytext.stats.network import Network

# The tables of a report, in the order of its sheets.
REPORT_TABLES = ("articles", "entities", "numbers", "keywords", "keyness", "freq", "timeline", "network",
                 "network_nodes")
TIMELINE_TOP = 20  # entities of each type in the timeline
NETWORK_TOP = 50  # people and organisations in the network


@dataclass
class DocResult:
    """What one unit (or a piece of a large file) adds to a report: its articles, numbers and
    entity mentions, and its counts (``None`` where they went into another unit's, see
    :func:`kmytext.stats.keywords.merge_batch`)."""

    doc: str
    continues: bool  # a later piece of the file before it
    articles: list[Article]
    numbers: list[Number]
    mentions: list[Entity]
    counts: Counts | None
    traditional: bool = False  # in traditional script: its names' source forms are collected


def analyse(docs: Sequence[Document], *, names: Names | None = None) -> list[DocResult]:
    """The per-unit part of a report for a batch of units; the entity model runs over the
    whole batch in one pass (``names``: the user's, see :func:`kmytext.entities`)."""
    from kmytext.ner.pipeline import entities_many
    from kmytext.numex import numbers_of
    from kmytext.text.articles import articles

    from kmytext.text.script import is_traditional_document

    found = entities_many(docs, names=names, simplified=True)
    counts = merge_batch(docs, [count([d]) for d in docs])  # as keywords and freq count
    return [DocResult(d.id, d.offset > 0, articles(d), numbers_of(d, entities=names), names, n,
                      is_traditional_document(d))
            for d, names, n in zip(docs, found, counts, strict=True)]


class Builder:
    """Collects :class:`DocResult` in input order (a file's pieces as one document) and
    builds the tables."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.numbers: list[Number] = []
        self.mentions: list[Entity] = []
        self.counts = PieceTotal()
        self.forms: Counter[tuple[str, str]] = Counter()  # entity names of traditional documents
        self._n: Counter[str] = Counter()  # articles so far in each file

    def add(self, result: DocResult) -> None:
        for a in result.articles:  # numbered through the file, across its pieces
            self._n[a.doc] += 1
            self.articles.append(a if a.n == self._n[a.doc] else replace(a, n=self._n[a.doc]))
        self.numbers += result.numbers
        self.mentions += result.mentions
        if result.traditional:
            self.forms.update(mention_forms(result.mentions))
        self.counts.add(result.doc, result.continues, result.counts)

    def tables(self, *, top: int = 100, simplified: bool = False, year: int | None = None) -> dict[str, list[Any]]:
        """The tables, names in the texts' script unless ``simplified``; ``year`` dates the
        datelines that print none."""
        from kmytext.ner.summary import summarize
        from kmytext.stats.keyness import compare, frequency_list, reference
        from kmytext.stats.freq import frequencies
        from kmytext.stats.keywords import rank
        from kmytext.tables import as_tables

        counts = self.counts.total()
        names = (lambda rows, forms: rows) if simplified else in_source_script
        network = self.network(simplified=simplified)
        return as_tables({
            "articles": self.articles,
            "entities": names(summarize(self.mentions), self.forms),
            "numbers": self.numbers,
            "keywords": rank(counts, top=top, simplified=simplified),
            "keyness": names(compare(frequency_list(counts), reference(), min_count=3)[:top], counts.forms),
            "freq": frequencies(counts, simplified=simplified),
            "timeline": self.timeline(simplified=simplified, year=year),
            "network": network.edges,
            "network_nodes": network.nodes,
        })

    def timeline(self, *, simplified: bool = False, year: int | None = None) -> list[TimelineCount]:
        """Mentions of the most mentioned entities per dateline date, each article of a page a
        unit dated by its own dateline (as ``kmytext timeline --unit article --by day`` counts
        them); mentions outside every article (page furniture) are left out."""
        from kmytext.ner.pipeline import ENTITY_TYPES
        from kmytext.stats.mentions import by_article
        from kmytext.stats.timeline import Query, Timeline, count_items
        from kmytext.text.script import Forms

        query = Query(types=frozenset(ENTITY_TYPES))
        line = Timeline(query, by="day", top=TIMELINE_TOP, year=year)
        for article, group in by_article(self.mentions, self.articles):
            if article is not None:
                line.add(count_items(f"{article.doc}#{article.n}", article.date, query, mentions=group))
        rows = line.rows()
        if self.forms and not simplified:
            shown = Forms(self.forms)
            rows = [replace(r, item=shown(r.item)) for r in rows]
        return rows

    def network(self, *, simplified: bool = False) -> Network:
        """People and organisations named in the same article (as ``kmytext network --within
        article --top 50`` links them): the files are the documents."""
        from collections import defaultdict

        from kmytext.stats.mentions import by_article
        from kmytext.stats.network import DEFAULT_TYPES, Graph, link_groups

        grouped: dict[str, list[list[Entity]]] = defaultdict(list)
        for _, group in by_article(self.mentions, self.articles):
            grouped[group[0].doc].append(group)
        graph = Graph()
        for doc, groups in grouped.items():
            graph.add(link_groups(doc, groups, types=DEFAULT_TYPES))
        graph.forms = self.forms
        return graph.network(top=NETWORK_TOP, simplified=simplified)


def report(docs: str | Document | Iterable[str | Document], *, top: int = 100, clean: bool = True,
           jobs: int = 1, simplified: bool = False, names: NamesLike | None = None,
           year: int | None = None) -> dict[str, list[Any]]:
    """Every table of a corpus (documents, or texts: ids ``1``, ``2``, …) in one pass, over
    ``jobs`` processes: name -> records, in :data:`REPORT_TABLES` order; names in the texts'
    script unless ``simplified``; ``names``: the user's (see :func:`kmytext.entities`);
    ``year`` dates the datelines that print none.

    >>> list(report([Document("a", "克拉玛依举办氢能大会，投资633亿元。")])) == list(REPORT_TABLES)
    True
    """
    from kmytext.run.corpus import Corpus

    return Corpus(as_documents(docs, clean=clean), clean=clean, jobs=jobs, simplified=simplified,
                  names=names).report(top=top, year=year)
