"""Reprints: articles, or long passages, that several documents share.

Three steps, each a public function, so that a local run (:func:`reprints`,
:meth:`kmytext.Corpus.reprints`) and a Dask job (``examples/dask_reprints.py``) give the same
clusters:

1. :func:`signature` of each unit (a file, or an article of a page): its length in letters, its
   dateline date and the MinHash of each of its content-defined chunks
   (:mod:`kmytext.news.shingles`): small arrays, not the text. Units are spread over processes.
2. :func:`candidates`: every chunk goes into a ``datasketch.MinHashLSH`` (bands of
   :data:`Params.rows` rows): two units with a chunk in the same bucket are a candidate pair.
   A chunk is compared with the first :data:`Params.max_partners` units it meets only, so
   a passage a thousand articles quote costs at most 20,000 comparisons, not half a million.
3. :func:`compare` of each candidate pair, on the texts read again: the passages they share,
   aligned (:func:`kmytext.news.shingles.align`), and whether they make a reprint: at least
   ``min_length`` letters shared, and at least ``min_containment`` of the shorter text.

:func:`assemble` then makes clusters of the reprint pairs (passages joined through the units
that share them, so an article merging two stories is in two clusters), names the source of
each (the earliest dateline date; units whose date has no year are undated; ties and undated
clusters go to the first in input order), lists each copy's passages with the member it was
found through, and counts per outlet.

>>> body = ("国务院总理李强主持召开国务院常务会议，研究部署进一步稳就业工作。会议指出，要加大政策支持力度，"
...         "帮助企业渡过难关，稳住就业基本盘。各地要落实落细援企稳岗政策，扩大高校毕业生就业渠道，"
...         "做好农民工就业服务，确保就业形势总体稳定。")
>>> found = reprints([f"本报北京2024年5月6日电 {body}", f"新华社北京5月6日电 {body}", "无关的消息。"])
>>> [(c.doc, c.role, c.date, c.containment) for c in found.copies]
[('1', 'source', '2024-05-06', 0.9217), ('2', 'copy', '--05-06', 0.955)]
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kmytext.types import OutletReuse, Records, ReprintCopy, ReprintPassage

if TYPE_CHECKING:
    import numpy as np

    from kmytext.text.document import Document

OutletBy = Literal["folder", "name"]


@dataclass(frozen=True)
class Params:
    """How texts are cut and hashed. ``shingle``: letters per shingle in a chunk's MinHash;
    ``window``: half the anchor window (chunks are ``window``-``4 * window`` letters, about
    ``2 * window`` on average); ``bands`` x ``rows``: the LSH bands (``num_perm`` is their
    product); ``max_partners``: units a chunk is compared with at most; ``lsh_passes``: the bands are
    indexed in this many passes, one ``MinHashLSH`` of ``bands / lsh_passes`` bands (two at
    least) at a time: the same pairs in a fraction of the memory; ``align_k``: letters of
    an exact match when aligning; ``gap``: letters an aligned passage may skip (edits)."""

    shingle: int = 4
    window: int = 50
    bands: int = 6
    rows: int = 3
    max_partners: int = 20
    lsh_passes: int = 3
    align_k: int = 8
    gap: int = 30

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows


DEFAULT = Params()
PREVIEW = 30  # characters of a passage shown in the passages table


@dataclass(frozen=True)
class Signature:
    """What pass one keeps of a unit: its id, where it is in its file (``offset``, ``end``), its
    dateline date, its length in letters and one MinHash row per chunk (``chunks``)."""

    id: str
    offset: int
    end: int
    date: str | None
    length: int
    chunks: np.ndarray = field(repr=False)


@dataclass(frozen=True)
class Pair:
    """Two units that share passages: their indices (``a`` < ``b``), the passages (letter and
    text spans, :class:`Passage`), the letters each has in them and their share of each."""

    a: int
    b: int
    passages: tuple[Passage, ...]
    shared_a: int
    shared_b: int
    containment_a: float
    containment_b: float


@dataclass(frozen=True)
class Passage:
    """One aligned passage: offsets in each unit's file (``a_start``…), the same as letter
    indices in each unit (``a_from``…), letters matched exactly, and the start of its text in
    each unit (``a_preview``, ``b_preview``)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_from: int
    a_to: int
    b_from: int
    b_to: int
    matched: int
    a_preview: str = ""
    b_preview: str = ""


@dataclass(frozen=True)
class Reprints:
    """What :func:`reprints` finds: ``copies`` (one row per unit in a cluster, the source first),
    ``passages`` (each copy aligned with the member it was found through) and ``outlets``
    (reuse rates per outlet)."""

    copies: list[ReprintCopy]
    passages: list[ReprintPassage]
    outlets: list[OutletReuse]

    def __post_init__(self) -> None:  # Records: an empty table keeps its columns (to_frame)
        for name, kind in (("copies", ReprintCopy), ("passages", ReprintPassage), ("outlets", OutletReuse)):
            object.__setattr__(self, name, Records(getattr(self, name), kind))

    def tables(self) -> dict[str, list[Any]]:
        """The three tables by name (:data:`kmytext.tables.TABLES`)."""
        return {"reprints": self.copies, "reprint_passages": self.passages, "reprint_outlets": self.outlets}


# --- step 1: signatures ------------------------------------------------------------------------

def unit_date(doc: Document | str) -> str | None:
    """The unit's dateline date, read as :func:`kmytext.articles` reads it
    (:func:`kmytext.text.articles.dateline`) from the lines above and at its first paragraph:
    ISO 8601, ``--MM-DD`` when the year is not printed.

    >>> unit_date("标题\\n\\n本报北京2021年3月5日电（记者 王明）\\n会议召开。"), unit_date("标题\\n3月26日，会议召开。")
    ('2021-03-05', '--03-26')
    """
    from kmytext.text.articles import dateline

    text = doc if isinstance(doc, str) else doc.text
    for n, line in enumerate(text[:2000].splitlines()):
        line = line.strip()
        if not line:
            continue
        date = dateline(line)
        if date or n > 12 or len(line) > _HEADING or line[-1] in "。！？":
            return date  # the first paragraph: a dateline is there or nowhere
    return None


_HEADING = 40  # characters: a longer line is a paragraph, not a headline


def signature(doc: Document, *, params: Params = DEFAULT) -> Signature:
    """A unit's :class:`Signature` (its letters folded unless the document skips cleanup).

    >>> from kmytext.text.document import Document
    >>> sig = signature(Document("a.txt", "标题\\n本报北京2021年3月5日电 " + "国务院召开常务会议，部署稳就业工作。" * 20))
    >>> sig.date, sig.length, sig.chunks.shape
    ('2021-03-05', 336, (5, 18))
    """
    from kmytext.news.shingles import chunk_signatures, letters

    found = letters(doc.text, fold=doc.clean)
    chunks = chunk_signatures(found.codes, k=params.shingle, w=params.window, num_perm=params.num_perm)
    return Signature(doc.id, doc.offset, doc.offset + len(doc.text), unit_date(doc), len(found), chunks)


# --- step 2: candidate pairs ---------------------------------------------------------------------

def candidates(signatures: Sequence[Signature], *, params: Params = DEFAULT) -> list[tuple[int, int]]:
    """Pairs of units (indices into ``signatures``, ``a < b``, sorted) with a chunk in the same
    bucket of a ``datasketch.MinHashLSH`` band. Each chunk is looked up before it goes in, so it
    meets the chunks of the units before its own; of those it keeps the first
    ``params.max_partners`` in each pass (:class:`Params`).

    >>> from kmytext.text.document import Document
    >>> story = "国务院总理李强主持召开国务院常务会议，研究部署进一步稳就业工作，加大政策支持力度。" * 4
    >>> texts = ["本报讯 " + story, "无关的消息，今天天气晴朗，气温回升，市民外出踏青赏花。" * 4, story + "（完）"]
    >>> candidates([signature(Document(str(i), t)) for i, t in enumerate(texts)])
    [(0, 2)]
    """
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    from kmytext.news.shingles import SEED

    pairs: set[tuple[int, int]] = set()
    passes = max(1, min(params.lsh_passes, params.bands // 2))  # datasketch wants two bands or more
    for n in range(passes):
        # bands first:last of the signature, in an index of their own
        first, last = params.bands * n // passes, params.bands * (n + 1) // passes
        cols = slice(first * params.rows, last * params.rows)
        lsh = MinHashLSH(num_perm=(last - first) * params.rows, params=(last - first, params.rows))
        owner: list[int] = []  # the unit of each chunk in the index
        for i, sig in enumerate(signatures):
            for row in _distinct_rows(np.ascontiguousarray(sig.chunks[:, cols])):
                m = LeanMinHash(seed=SEED, hashvalues=row, scheme="affine32")
                met = sorted({owner[k] for k in lsh.query(m)} - {i})
                pairs.update((j, i) for j in met[:params.max_partners])
                lsh.insert(len(owner), m, check_duplication=False)
                owner.append(i)
        del lsh, owner
    return sorted(pairs)


def _distinct_rows(rows: np.ndarray) -> np.ndarray:
    """A unit's chunk rows, each once, in order: an identical chunk finds the same units, and
    a text that repeats itself (a boilerplate page, a line pasted over and over) made every
    lookup return every chunk before it, pairs of lookups to the square of its chunks (a
    5 MB file of one phrase: 20,000 chunks, three minutes)."""
    import numpy as np

    if len(rows) < 2:
        return rows
    _, first = np.unique(rows, axis=0, return_index=True)
    return rows if len(first) == len(rows) else rows[np.sort(first)]


# --- step 3: alignment -------------------------------------------------------------------------------

def compare(a: Document | str, b: Document | str, *, ids: tuple[int, int] = (0, 1),
            min_length: int = 100, min_containment: float = 0.2, params: Params = DEFAULT) -> Pair | None:
    """The passages two units share, if they make a reprint: ``min_length`` letters or more shared
    in each, and at least ``min_containment`` of the shorter one shared; else None. Offsets are
    those of the units' files (a document's ``offset`` added).

    >>> text = ("研究部署进一步稳就业工作，会议指出，要加大政策支持力度，帮助企业渡过难关，稳住就业基本盘。"
    ...         "各地要落实落细援企稳岗政策，扩大高校毕业生就业渠道，做好农民工就业服务。")
    >>> p = compare("本报讯 " + text, text + "（责任编辑：王明）", min_length=50)
    >>> p.passages[0].a_start, p.passages[0].b_start, p.containment_a, p.containment_b
    (4, 0, 0.9605, 0.9241)
    """
    from kmytext.news.shingles import align, covered, letters

    da, db = _doc(a), _doc(b)
    la, lb = letters(da.text, fold=da.clean), letters(db.text, fold=db.clean)
    if min(len(la), len(lb)) == 0:
        return None
    spans = align(la.codes, lb.codes, k=params.align_k, gap=params.gap)
    if not spans:
        return None
    shared_a = covered(((s.a, s.a_end) for s in spans), len(la))
    shared_b = covered(((s.b, s.b_end) for s in spans), len(lb))
    ca, cb = shared_a / len(la), shared_b / len(lb)
    if min(shared_a, shared_b) < min_length or max(ca, cb) < min_containment:
        return None
    wa, wb = la.where, lb.where
    passages = tuple(Passage(da.offset + int(wa[s.a]), da.offset + int(wa[s.a_end - 1]) + 1,
                             db.offset + int(wb[s.b]), db.offset + int(wb[s.b_end - 1]) + 1,
                             s.a, s.a_end, s.b, s.b_end, s.matched,
                             _preview(da.text[int(wa[s.a]):int(wa[s.a_end - 1]) + 1]),
                             _preview(db.text[int(wb[s.b]):int(wb[s.b_end - 1]) + 1])) for s in spans)
    return Pair(ids[0], ids[1], passages, shared_a, shared_b, round(ca, 4), round(cb, 4))


def _preview(text: str, width: int = PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width] + "…"


def _doc(x: Document | str) -> Document:
    from kmytext.text.document import Document

    return x if isinstance(x, Document) else Document("", x)


@dataclass(frozen=True)
class PairTask:
    """Two units to :func:`compare` in a worker (its ``len`` sizes the batches)."""

    a: int
    b: int
    doc_a: Document
    doc_b: Document

    def __len__(self) -> int:
        return len(self.doc_a.text) + len(self.doc_b.text)


def compare_task(task: PairTask, *, min_length: int, min_containment: float, params: Params) -> Pair | None:
    """:func:`compare` of a :class:`PairTask`."""
    return compare(task.doc_a, task.doc_b, ids=(task.a, task.b), min_length=min_length,
                   min_containment=min_containment, params=params)


def pair_tasks(pairs: Sequence[tuple[int, int]], units: Iterable[tuple[int, Document]]) -> Iterator[PairTask]:
    """The candidate pairs as units arrive (``(index, document)``, in any order): a pair is ready when
    its second unit comes, and a unit's text is let go once all its pairs have gone out."""
    partners: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:
        partners[a].add(b)
        partners[b].add(a)
    held: dict[int, Document] = {}
    for i, doc in units:
        waiting = partners.pop(i, set())
        ready = sorted(waiting & held.keys())
        for j in ready:
            a, b = (i, j) if i < j else (j, i)
            yield PairTask(a, b, doc if a == i else held[a], doc if b == i else held[b])
            partners[j].discard(i)
            if not partners[j]:  # j's last pair: let its text go
                del held[j], partners[j]
        if waiting.difference(ready):
            partners[i] = waiting.difference(ready)
            held[i] = doc


# --- clusters, sources, outlets --------------------------------------------------------------------

def outlet_of(unit_id: str, roots: Sequence[str] = (), *, by: OutletBy = "folder") -> str:
    """The outlet of a unit: the first folder under the input folder its file was found in
    (the input folder's own name for a file directly in it, else the folder the file is in;
    ``-`` for standard input);
    ``by="name"``: the file name up to its first ``_`` (``renmin_20000105.txt`` -> ``renmin``).

    >>> outlet_of("corpus/renmin/2000/a.txt#2", ["corpus"]), outlet_of("x/renmin_1.txt", by="name")
    ('renmin', 'renmin')
    >>> outlet_of("-#3"), outlet_of("/data/xinhua/a.txt")
    ('-', 'xinhua')
    """
    path = Path(unit_id.rsplit("#", 1)[0] if "#" in unit_id else unit_id)
    if by == "name":
        return path.stem.split("_", 1)[0]
    for root in sorted(roots, key=len, reverse=True):
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            continue
        if parts:
            return parts[0] if len(parts) > 1 else (Path(root).name or root)
    if str(path) == "-":
        return "-"  # standard input: an outlet of its own, named as its unit is
    return path.parent.name or path.resolve().parent.name or "."  # a file here: this folder's name


def _known(date: str | None) -> bool:
    return bool(date) and not date.startswith("-")  # type: ignore[union-attr]


def assemble(signatures: Sequence[Signature], pairs: Iterable[Pair], *, outlets: Sequence[str]) -> Reprints:
    """Clusters of the reprint ``pairs``, each with its source and its copies, their passages,
    and each outlet's reuse (``outlets[i]`` is unit ``i``'s).

    A cluster joins *passages*, not whole units: the stretches of a unit that its pairs share
    are merged where they overlap into regions, a pair joins the regions it touches in its two
    units, and a cluster is a set of joined regions. An article that merges two stories (or a
    page that carries several) is in the cluster of each, and the two stories stay apart."""
    from kmytext.news.shingles import covered

    pairs = sorted(pairs, key=lambda p: (p.a, p.b))
    # the regions of each unit: its shared letter spans, overlapping ones merged
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for p in pairs:
        for s in p.passages:
            spans[p.a].append((s.a_from, s.a_to))
            spans[p.b].append((s.b_from, s.b_to))
    regions: dict[int, list[list[int]]] = {}
    for unit, found in spans.items():
        merged: list[list[int]] = []
        for a, b in sorted(found):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        regions[unit] = merged
    node: dict[tuple[int, int], int] = {}
    for unit in sorted(regions):
        for k in range(len(regions[unit])):
            node[unit, k] = len(node)
    parent = list(range(len(node)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def region(unit: int, at: int) -> int:
        starts = [r[0] for r in regions[unit]]
        return node[unit, bisect_right(starts, at) - 1]

    touched: list[list[int]] = []
    for p in pairs:
        nodes = sorted({region(p.a, s.a_from) for s in p.passages} | {region(p.b, s.b_from) for s in p.passages})
        for x in nodes[1:]:
            rx, r0 = root(x), root(nodes[0])
            parent[max(rx, r0)] = min(rx, r0)
        touched.append(nodes)
    # a cluster: its units, the letters of each in its regions, its pairs
    units_of: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for (unit, k), x in node.items():
        units_of[root(x)][unit].append((regions[unit][k][0], regions[unit][k][1]))
    edges_of: dict[int, dict[int, dict[int, Pair]]] = defaultdict(lambda: defaultdict(dict))
    for p, nodes in zip(pairs, touched):
        edges = edges_of[root(nodes[0])]
        edges[p.a][p.b] = edges[p.b][p.a] = p

    def order(i: int) -> tuple[int, str, int]:
        date = signatures[i].date
        return (0, date, i) if _known(date) else (1, "", i)  # type: ignore[return-value]

    clusters = sorted(((key, sorted(units_of[key], key=order)) for key in units_of), key=lambda c: order(c[1][0]))
    copies: list[ReprintCopy] = []
    passages: list[ReprintPassage] = []
    roles: list[tuple[int, int]] = []  # (unit, its cluster's source)
    for n, (key, group) in enumerate(clusters, 1):
        source = group[0]
        by = "date" if _known(signatures[source].date) else "order"
        tree = _tree(source, edges_of[key])
        for i in group:
            sig = signatures[i]
            shared = covered(units_of[key][i], sig.length)
            up = tree.get(i)
            copies.append(ReprintCopy(
                cluster=n, role="source" if i == source else "copy", doc=sig.id, outlet=outlets[i], date=sig.date,
                length=sig.length, shared=shared, containment=round(shared / sig.length, 4) if sig.length else 0.0,
                source=signatures[source].id, aligned_with=signatures[up].id if up is not None else "",
                source_by=by, start=sig.offset, end=sig.end))
            roles.append((i, source))
            if up is not None:
                passages.extend(_passages(n, i, up, edges_of[key][i][up], signatures))
    return Reprints(copies, passages, _outlets(outlets, roles))


def _tree(source: int, edges: dict[int, dict[int, Pair]]) -> dict[int, int]:
    """Each member's parent on the shortest path from the source (breadth first, lower indices first)."""
    up: dict[int, int] = {}
    seen = {source}
    queue = deque([source])
    while queue:
        i = queue.popleft()
        for j in sorted(edges[i]):
            if j not in seen:
                seen.add(j)
                up[j] = i
                queue.append(j)
    return up


def _passages(cluster: int, i: int, j: int, pair: Pair, signatures: Sequence[Signature]) -> Iterator[ReprintPassage]:
    for s in pair.passages:
        mine = (s.a_start, s.a_end, s.a_to - s.a_from) if pair.a == i else (s.b_start, s.b_end, s.b_to - s.b_from)
        other = (s.b_start, s.b_end) if pair.a == i else (s.a_start, s.a_end)
        yield ReprintPassage(cluster=cluster, doc=signatures[i].id, start=mine[0], end=mine[1],
                             other=signatures[j].id, other_start=other[0], other_end=other[1], length=mine[2],
                             matched=s.matched, preview=s.a_preview if pair.a == i else s.b_preview)


def _outlets(outlets: Sequence[str], roles: list[tuple[int, int]]) -> list[OutletReuse]:
    """Per outlet: its units, those a copy of another outlet's source (in any cluster), those the
    source of a cluster another outlet copied."""
    articles: dict[str, int] = defaultdict(int)
    for o in outlets:
        articles[o] += 1
    taken: dict[str, set[int]] = defaultdict(set)
    given: dict[str, set[int]] = defaultdict(set)
    for i, source in roles:
        if i != source and outlets[i] != outlets[source]:
            taken[outlets[i]].add(i)
            given[outlets[source]].add(source)
    return [OutletReuse(o, n, len(taken[o]), len(given[o]), round(len(taken[o]) / n, 4), round(len(given[o]) / n, 4))
            for o, n in sorted(articles.items())]


# --- the whole run -------------------------------------------------------------------------------------

def reprints(docs: str | Document | Iterable[str | Document], *, min_length: int = 100,
             min_containment: float = 0.2, outlet: OutletBy | Callable[[str], str] = "folder", clean: bool = True,
             jobs: int = 1, params: Params = DEFAULT) -> Reprints:
    """Reprints among documents (or texts: ids ``1``, ``2``, …): clusters of units that share at
    least ``min_length`` letters (Chinese characters, letters, digits) making at least
    ``min_containment`` of the shorter, with each cluster's earliest source by dateline date,
    the aligned passages and per-outlet reuse (``outlet``: ``"folder"`` or ``"name"``, see
    :func:`outlet_of`, or a function of the unit's id). See :meth:`kmytext.Corpus.reprints` for files and folders."""
    from kmytext.run.corpus import Corpus
    from kmytext.text.document import as_documents

    return Corpus(as_documents(docs, clean=clean), clean=clean, jobs=jobs).reprints(
        min_length=min_length, min_containment=min_containment, outlet=outlet, params=params)


__all__ = ["DEFAULT", "OutletBy", "Pair", "PairTask", "Params", "Passage", "Reprints", "Signature", "assemble",
           "candidates", "compare", "compare_task", "outlet_of", "pair_tasks", "reprints", "signature",
           "unit_date"]
