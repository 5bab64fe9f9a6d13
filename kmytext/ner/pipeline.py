"""People, places, organisations and works in Chinese news: the entity step.

For each document: the model's names (:mod:`kmytext.ner.tagger`), the news rules on them
(:mod:`kmytext.ner.rules`), document consistency (:mod:`kmytext.ner.consistency`), people
credited in bylines and photo lines, aliases introduced with 以下简称
(:mod:`kmytext.ner.aliases`) and titles in 《》. Everything reads the document's one
cleanup and one segmentation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from kmytext.ner.aliases import aliases
from kmytext.ner.linking import link
from kmytext.ner.names import Names, NamesLike, apply_names, as_names
from kmytext.ner.rules import Span, refine
from kmytext.text.articles import credit_spans
from kmytext.text.document import Document, as_document, as_documents
from kmytext.types import Entity

ENTITY_TYPES = ("PER", "LOC", "ORG", "WORK")

# Titles of plans, laws, books and songs: 《…》 without nesting or line breaks.
_WORK = regex.compile(r"《([^《》\n]{1,80})》")
SPREAD = 3  # a name spreads if the model found it at least once in every SPREAD occurrences


def credited(doc: Document) -> list[Entity]:
    """People credited in bylines and photo lines, as PER mentions with their role (clean
    offsets).

    >>> [(e.text, e.role) for e in credited(Document("", "本报讯（记者 张佳佳 通讯员 申娜）3月28日"))]
    [('张佳佳', 'reporter'), ('申娜', 'correspondent')]
    """
    return [Entity(name, "PER", s, e, role=role) for name, role, s, e in credit_spans(doc)]


def works(text: str) -> list[Entity]:
    """Titles in 《》 as WORK entities (the brackets stay outside the span).

    >>> works("学习《克拉玛依之歌》")[0].text
    '克拉玛依之歌'
    """
    return [Entity(m.group(1), "WORK", m.start(1), m.end(1)) for m in _WORK.finditer(text)]


def _fit_credits(credits: list[Entity], model: list[Entity]) -> list[Entity]:
    """A credit holding two of the model's people (康淼沈汝发, names run together) gives way
    to them, keeping its role. A credit the model only cuts shorter (非尔代|维斯·热夏提)
    stands."""
    out: list[Entity] = []
    model = sorted(model, key=lambda m: m.start)  # already in text order: linear
    starts = [m.start for m in model]
    for c in credits:
        near = model[bisect_left(starts, c.start):bisect_left(starts, c.end)]
        inside = [m for m in near if m.end <= c.end and m.end - m.start < c.end - c.start]
        people = [m for m in inside if m.type == "PER"]
        if len(people) > 1:
            out += [Entity(m.text, "PER", m.start, m.end, role=c.role) for m in people]
        else:
            out.append(c)
    return out


def consistent(text: str, spans: list[Span]) -> list[Span]:
    """Document consistency (:func:`kmytext.ner.consistency.propagate`) for the names the
    model found often enough: one it tagged once in seventeen occurrences (沪克) is more
    likely a slip than a name the model missed sixteen times."""
    from kmytext.ner.consistency import occurrences, propagate

    if not spans:
        return spans
    found = Counter(text[s:e] for s, e, _ in spans)
    seen = occurrences(text, found)
    if seen == found and len({(text[s:e], t) for s, e, t in spans}) == len(found):
        # Each name found wherever it occurs, with one type: nothing to spread or retype (an
        # untagged occurrence would be one more non-overlapping occurrence than found).
        return spans
    inside = _inside_others(found)
    dubious = {n for n, c in found.items() if c * SPREAD < seen[n] - inside[n]}
    if not dubious:
        return propagate(text, spans)
    sure = [x for x in spans if text[x[0]:x[1]] not in dubious]
    rest = [x for x in spans if text[x[0]:x[1]] in dubious]
    spread = propagate(text, sure)
    taken = bytearray(len(text))
    for s, e, _ in spread:
        taken[s:e] = b"\x01" * (e - s)
    return sorted(spread + [x for x in rest if not any(taken[x[0]:x[1]])])


def _inside_others(found: Counter[str]) -> Counter[str]:
    """How many of each name's occurrences lie inside the other names found (克拉玛依 in
    克拉玛依市, 克拉玛依科技馆): those are not occurrences the model left untagged."""
    inside: Counter[str] = Counter()
    for name, count in found.items():
        n = len(name)
        for i in range(n - 1):
            for j in range(i + 2, min(n, i + 12) + 1):
                if j - i < n and name[i:j] in found:
                    inside[name[i:j]] += count
    return inside


def _resolve_overlaps(found: list[Entity]) -> list[Entity]:
    """Keep the longest of overlapping mentions; earlier wins a tie."""
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    for e in found:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def entities(text: str | Document | Iterable[str | Document], *, clean: bool = True,
             consistent: bool = True, names: NamesLike | None = None, simplified: bool = False) -> list[Entity]:
    """People, places, organisations (the CRF model in ``kmytext.ner``), titles in 《》,
    people credited in bylines (with ``role``), aliases introduced with 以下简称 and names
    linked to a full name (李总理 to 李强; both with ``canonical``), after newspaper cleanup;
    offsets into ``text``. Overlapping mentions keep the longest (titles aside: names inside
    a title count too); with ``consistent`` a name found once counts everywhere in its
    document. ``names``: names of your own with their types, a mapping (``{"字节跳动":
    "ORG"}``) or a file (``name TYPE`` per line, or jieba dictionary lines tagged nr, ns,
    nt): every occurrence of one is that entity, whatever the model says. ``name`` and
    ``canonical`` are in the text's script (a text in traditional script gives 李強) unless
    ``simplified``. A list of texts or documents gives their mentions one after another.

    >>> [(e.text, e.type) for e in entities("董爱华在克拉玛依市调研")]
    [('董爱华', 'PER'), ('克拉玛依市', 'LOC')]
    >>> [(e.text, e.type) for e in entities("腾讯和字节跳动", names={"腾讯": "ORG", "字节跳动": "ORG"})]
    [('腾讯', 'ORG'), ('字节跳动', 'ORG')]
    >>> [(e.name, e.canonical) for e in entities("國務院總理李強會見外賓。李總理說，歡迎。") if e.type == "PER"]
    [('李強', None), ('李', '李強')]
    """
    if isinstance(text, (str, Document)):
        return entities_many([as_document(text, clean=clean)], consistent=consistent, names=names,
                             simplified=simplified)[0]
    return [e for found in entities_many(as_documents(text, clean=clean), consistent=consistent, names=names,
                                         simplified=simplified)
            for e in found]


def entities_many(texts: Sequence[str | Document], *, clean: bool = True,
                  consistent: bool = True, names: NamesLike | None = None,
                  simplified: bool = False) -> list[list[Entity]]:
    """:func:`entities` of each text or document, with the model run once over all of them:
    for many short articles, much faster than one call each. With ``simplified`` (what the
    analyses that count names across scripts read) every ``name`` is in simplified characters.
    Texts are documents ``1``, ``2``, … (``doc``), as in a list given to :func:`entities`.

    >>> [[(e.text, e.doc) for e in found] for found in entities_many(["董爱华在克拉玛依调研", "上海"])]
    [[('董爱华', '1'), ('克拉玛依', '1')], [('上海', '2')]]
    """
    from kmytext.ner.tagger import tag_spans_many

    listed = as_names(names)
    docs = [as_document(t, clean=clean, id=str(i)) for i, t in enumerate(texts, 1)]
    found = tag_spans_many(docs)
    each = [_entities(d, spans, consistent, listed) for d, spans in zip(docs, found, strict=True)]
    if simplified:
        return each
    from kmytext.text.script import is_traditional_document, mentions_in_source_script

    return [mentions_in_source_script(e) if e and is_traditional_document(d) else e
            for d, e in zip(docs, each, strict=True)]


# Spaces between Chinese characters inside a name are print layout (张 三, 组织 部): the name
# is counted without them.
_SPACED = regex.compile(r"(?<=\p{Han})\s+(?=\p{Han})")


def _entities(doc: Document, spans: list[Span], consistent_names: bool, listed: Names | None = None
              ) -> list[Entity]:
    """The entities of one document, given the model's spans in its clean text."""
    ctext = doc.clean_text
    spans = refine(doc, spans)
    if consistent_names:
        spans = consistent(ctext, spans)
    if listed:
        spans = apply_names(listed, ctext, spans)
    model = [Entity(ctext[s:e], t, s, e, _SPACED.sub("", ctext[s:e])) for s, e, t in spans if ctext[s:e].strip()]
    # Credits are surer than the model (马海军 摄 is a photographer whatever the model says):
    # a name of the model's across one (李舸摄 over the credit 李舸) goes; earlier in the list
    # wins a tie for the same span, so aliases beat the model too.
    credits = _fit_credits(credited(doc), model)
    if credits:
        credited_at = bytearray(len(ctext))
        for c in credits:
            credited_at[c.start:c.end] = b"\x01" * (c.end - c.start)
        model = [m for m in model if not any(credited_at[m.start:m.end])]
    names = link(doc, _resolve_overlaps(credits + aliases(doc, credits + model) + model))
    # Titles are a layer of their own: a name inside 《…》 still counts as that name; a title
    # that is exactly a name (《人民日报》, a newspaper) stays the name.
    named = {(e.start, e.end) for e in names}
    titles = [w for w in works(ctext) if (w.start, w.end) not in named]
    found = sorted(names + titles, key=lambda e: (e.start, e.end))
    return [_placed(doc, e) for e in found]


def _placed(doc: Document, e: Entity) -> Entity:
    """A mention found in the clean text, as the caller sees it (see :meth:`Document.place`)."""
    start, end, text, line, context = doc.place(e.start, e.end)
    return Entity(text, e.type, start, end, e.name, e.canonical, e.role, doc.id, line, context)
