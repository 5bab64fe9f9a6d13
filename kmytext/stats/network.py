"""Who appears with whom: a co-occurrence network of entities (``kmytext network``,
:meth:`kmytext.Corpus.network`, and the co-occurrence charts of ``kmytext report``).

Two entities co-occur when one sentence names both (``within="sentence"``: the document's
sentences, :func:`kmytext.stats.mentions.by_sentence`) or one article does
(``within="article"``: the articles of a page as :func:`kmytext.articles` finds them; a unit
that is an article, ``by="article"``, is one; mentions outside every article, one more). An
edge's ``weight`` counts those sentences or articles, its ``documents`` the units (files, or
articles) where the two are found together; a node's ``mentions`` counts its mentions (an alias
for the full name it stands for), its ``documents`` the units that mention it. The nodes are the
entities the edges kept link: one found with no other (or only below ``min_weight``) is left out.

Each unit is linked on its own (:func:`links`, in a worker); :class:`Graph` adds the units up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Literal

from kmytext.stats.mentions import Key, by_article, by_sentence, key
from kmytext.text.document import Document, as_documents
from kmytext.types import Entity, NetworkEdge, NetworkNode, Records

Within = Literal["sentence", "article"]
WITHIN: tuple[Within, ...] = ("sentence", "article")
DEFAULT_TYPES = frozenset({"PER", "ORG"})


@dataclass
class Links:
    """What one unit adds to a network: each entity's mentions, and for each pair of entities
    the sentences (or articles) that name both; ``forms``: the source forms of the names in a
    document in traditional script."""

    doc: str
    mentions: Counter[Key] = field(default_factory=Counter)
    pairs: Counter[tuple[Key, Key]] = field(default_factory=Counter)
    forms: Counter[tuple[str, str]] = field(default_factory=Counter)

    def extend(self, other: Links) -> None:
        """Another piece of the same file."""
        self.mentions.update(other.mentions)
        self.pairs.update(other.pairs)
        self.forms.update(other.forms)


def groups(doc: Document, mentions: Sequence[Entity], *, within: Within = "sentence",
           split: bool = True) -> list[list[Entity]]:
    """The mentions of ``doc`` grouped by sentence or by article; ``split=False``: the unit is
    one article (it is an article of a page already)."""
    if within == "sentence":
        return by_sentence(doc, mentions)
    if not split:
        return [list(mentions)] if mentions else []
    from kmytext.text.articles import articles

    return [group for _, group in by_article(mentions, articles(doc))]


def links(doc: Document, mentions: Sequence[Entity], *, within: Within = "sentence",
          types: frozenset[str] = DEFAULT_TYPES, split: bool = True) -> Links:
    """A unit's :class:`Links`: its mentions of entities of ``types``, paired within each
    sentence (or article).

    >>> from kmytext import entities
    >>> doc = Document("a", "王刚在北京大学讲课。李华和王刚在北京大学。")
    >>> sorted(links(doc, entities(doc)).pairs.items())
    [((('北京大学', 'ORG'), ('李华', 'PER')), 1), ((('北京大学', 'ORG'), ('王刚', 'PER')), 2), ((('李华', 'PER'), ('王刚', 'PER')), 1)]
    """
    wanted = [e for e in mentions if e.type in types]
    return link_groups(doc.id, groups(doc, wanted, within=within, split=split), mentions=wanted)


def link_groups(doc_id: str, grouped: Iterable[Sequence[Entity]], *, mentions: Iterable[Entity] | None = None,
                types: frozenset[str] | None = None) -> Links:
    """A unit's :class:`Links` from its mentions already grouped (by sentence or article):
    every pair of entities in a group once; ``mentions``: all the unit's mentions (default:
    those in the groups); ``types``: only entities of these types."""
    grouped = [[e for e in g if types is None or e.type in types] for g in grouped]
    found = [e for g in grouped for e in g] if mentions is None else mentions
    out = Links(doc_id, Counter(key(e) for e in found if types is None or e.type in types))
    for group in grouped:
        out.pairs.update(combinations(sorted(set(map(key, group))), 2))
    return out


def links_batch(docs: Sequence[Document], *, within: Within = "sentence", types: frozenset[str] = DEFAULT_TYPES,
                split: bool = True) -> list[Links]:
    """The :class:`Links` of each unit of a batch (a worker's task): the entity model runs over
    the batch in one pass."""
    from kmytext.ner.pipeline import entities_many
    from kmytext.text.script import is_traditional_document, mention_forms

    out = []
    for doc, mentions in zip(docs, entities_many(list(docs), simplified=True), strict=True):
        found = links(doc, mentions, within=within, types=types, split=split)
        if found.mentions and is_traditional_document(doc):
            found.forms = mention_forms(e for e in mentions if e.type in types)
        out.append(found)
    return out


@dataclass
class Network:
    """A co-occurrence network: ``nodes`` (most mentioned first) and ``edges`` (heaviest first),
    as the tables ``network_nodes`` and ``network`` (:meth:`tables`), or GEXF for Gephi
    (:meth:`gexf`, :meth:`write_gexf`)."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]

    def __post_init__(self) -> None:  # Records: an empty table keeps its columns (to_frame)
        self.nodes, self.edges = Records(self.nodes, NetworkNode), Records(self.edges, NetworkEdge)

    def tables(self) -> dict[str, list[Any]]:
        """The two tables by name (:data:`kmytext.tables.TABLES`)."""
        return {"network": self.edges, "network_nodes": self.nodes}

    def gexf(self) -> str:
        """The network as a GEXF 1.3 document (:mod:`kmytext.export.gexf`)."""
        from kmytext.export.gexf import gexf

        return gexf(self)

    def write_gexf(self, path: str | Path) -> None:
        """The network as a GEXF 1.3 file, written atomically."""
        from kmytext.export.gexf import write_gexf

        write_gexf(self, Path(path))


class Graph:
    """Links added up, unit by unit."""

    def __init__(self) -> None:
        self.mentions: Counter[Key] = Counter()
        self.documents: Counter[Key] = Counter()
        self.weights: Counter[tuple[Key, Key]] = Counter()
        self.pair_documents: Counter[tuple[Key, Key]] = Counter()
        self.forms: Counter[tuple[str, str]] = Counter()

    def add(self, unit: Links) -> None:
        """One unit's links (a large file's pieces joined: :func:`kmytext.run.corpus.whole_units`)."""
        self.mentions.update(unit.mentions)
        self.documents.update(unit.mentions.keys())
        self.weights.update(unit.pairs)
        self.pair_documents.update(unit.pairs.keys())
        self.forms.update(unit.forms)

    def network(self, *, top: int = 0, min_weight: int = 1, simplified: bool = True) -> Network:
        """The edges that weigh ``min_weight`` or more between the ``top`` most mentioned entities
        (0: all), and the entities they link (an entity linked to none is no node: ``kmytext
        entities`` lists them all); names in the texts' script unless ``simplified``."""
        from kmytext.text.script import Forms

        ranked = sorted(self.mentions, key=lambda k: (-self.mentions[k], k[1], k[0]))
        keep = set(ranked[:top] if top else ranked)
        pairs = [(a, b) for (a, b), w in self.weights.items() if w >= min_weight and a in keep and b in keep]
        linked = {k for pair in pairs for k in pair}
        shown = Forms(self.forms) if self.forms and not simplified else str
        nodes = [NetworkNode(shown(k[0]), k[1], self.mentions[k], self.documents[k]) for k in ranked if k in linked]
        edges = [NetworkEdge(shown(a[0]), shown(b[0]), self.weights[(a, b)], self.pair_documents[(a, b)], a[1], b[1])
                 for a, b in pairs]
        edges.sort(key=lambda e: (-e.weight, -e.documents, e.source, e.target, e.source_type, e.target_type))
        return Network(nodes, edges)


def network(docs: str | Document | Iterable[str | Document], *, within: Within = "sentence",
            types: Iterable[str] = DEFAULT_TYPES, min_weight: int = 1, top: int = 0, clean: bool = True,
            jobs: int = 1, simplified: bool = False) -> Network:
    """The co-occurrence network of the entities of ``types`` (people and organisations) in
    documents (or texts: ids ``1``, ``2``, …): nodes and edges, weighted by the sentences (or
    articles, ``within="article"``) that name both ends; names in the texts' script unless
    ``simplified``.

    >>> net = network(["王刚在北京大学讲课。李华和王刚在北京大学。", "李华到北京大学。"])
    >>> [(e.source, e.target, e.weight, e.documents) for e in net.edges]
    [('北京大学', '李华', 2, 2), ('北京大学', '王刚', 2, 1), ('李华', '王刚', 1, 1)]
    >>> [(n.entity, n.mentions, n.documents) for n in net.nodes]
    [('北京大学', 3, 2), ('李华', 2, 2), ('王刚', 2, 1)]
    """
    from kmytext.run.corpus import Corpus

    return Corpus(as_documents(docs, clean=clean), clean=clean, jobs=jobs, simplified=simplified).network(
        within=within, types=types, min_weight=min_weight, top=top)


__all__ = ["WITHIN", "Graph", "Links", "Network", "Within", "groups", "link_groups", "links", "links_batch", "network"]
