"""Output in the input's own script.

Cleanup converts traditional characters to simplified ones, one for one, so that the
segmenter, the entity model and the word lists read one script. A document written in
traditional script gets its words back in its own: the source form of a clean span is the
source text at the mapped span less line-break debris, which is the same span of the text
cleaned without that conversion (:func:`source_script`). Counted names (keywords, frequency
words, entities) take the source form they were seen in most often in traditional
documents (:class:`Forms`); documents in simplified script cost one short search.

>>> from kmytext.text.document import Document
>>> doc = Document("hk", "李鄭屋村的「氫能」大會，李鄭屋。")
>>> doc.clean_text
'李郑屋村的“氢能”大会，李郑屋。'
>>> source_script(doc)
'李鄭屋村的「氫能」大會，李鄭屋。'
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from kmytext.text.normalize import clean, is_traditional, to_simplified

if TYPE_CHECKING:
    from kmytext.text.document import Document
    from kmytext.types import Entity

R = TypeVar("R")
Form = tuple[str, str]  # (clean word, its source form)
_HEAD = 2000  # characters a document's script is judged on: a page is in one script

# The name fields of the records whose names are counted, in the source's script on output.
_NAMES = {"Keyword": ("keyword",), "DocKeyword": ("keyword",), "Frequency": ("word",), "Keyness": ("word",),
          "Collocate": ("word",), "EntityCount": ("entity", "aliases")}


def is_traditional_document(doc: Document) -> bool:
    """Whether cleanup turned this document from traditional script into simplified: a
    search for a traditional character (all a simplified document costs), then
    :func:`kmytext.text.normalize.is_traditional` on the document's head."""
    if not doc.clean or doc.presegmented or doc.clean_text is doc.text:
        return False  # cleanup changed nothing, so it turned no character simplified
    head = doc.text[:_HEAD]
    return to_simplified(head).text != head and is_traditional(head)


def source_script(doc: Document) -> str | None:
    """For a document in traditional script, its clean text in the source's characters (the
    same length, so ``source_script(doc)[s:e]`` is the source form of the clean span
    ``[s, e)``); None for a document in simplified script, or left raw."""
    if not is_traditional_document(doc):
        return None
    kept = clean(doc.text, simplified=False).text
    return kept if len(kept) == len(doc.clean_text) else None


def word_forms(doc: Document) -> Counter[Form]:
    """(clean word, source form) of every word of a document in traditional script, counted;
    nothing for a document in simplified script."""
    script = source_script(doc)
    if script is None:
        return Counter()
    return Counter((w, script[s:e]) for s, e, w, _ in doc.tokens.spans())


def written_form(source: str, clean: str) -> str | None:
    """How a clean word or name is written in the source: the source text of its span less
    line-break debris (white space), if that is as long as the clean form (one character for
    one: 吳坤勝 for 吴坤胜, １９５４ for 1954); else None.

    >>> written_form("吳坤\\n勝", "吴坤胜"), written_form("克拉玛依 市", "克拉玛依")
    ('吳坤勝', None)
    """
    form = "".join(source.split())
    return form if len(form) == len(clean) else None


def mention_forms(mentions: Iterable[Entity]) -> Counter[Form]:
    """(name, source form) of entity mentions found in a document in traditional script: the
    mention's source text less line-break debris."""
    forms: Counter[Form] = Counter()
    for e in mentions:
        form = written_form(e.text, e.name)
        if form is not None:
            forms[(e.name, form)] += 1
    return forms


def mentions_in_source_script(mentions: list[Entity]) -> list[Entity]:
    """The mentions of one document in traditional script with ``name`` and ``canonical`` in
    that script: each name as the document writes it (:func:`mention_forms`).

    >>> from kmytext.types import Entity
    >>> [(e.name, e.canonical) for e in mentions_in_source_script([Entity("李鄭屋", "PER", 0, 3, "李郑屋"),
    ...                                                              Entity("李生", "PER", 9, 11, "李生", "李郑屋")])]
    [('李鄭屋', None), ('李生', '李鄭屋')]
    """
    forms = Forms(mention_forms(mentions))
    return [dataclasses.replace(e, name=forms(e.name), canonical=e.canonical and forms(e.canonical)) for e in mentions]


class Forms:
    """The source form of clean words: the one seen most often (in traditional documents);
    a word never seen alone (a multi-word term) is read as the longest words seen, from the
    left; a word never seen at all stays as it is.

    >>> forms = Forms(Counter({("李郑屋", "李鄭屋"): 2, ("大会", "大會"): 1}))
    >>> forms("李郑屋"), forms("李郑屋大会"), forms("李郑屋 大会"), forms("氢能")
    ('李鄭屋', '李鄭屋大會', '李鄭屋 大會', '氢能')
    """

    def __init__(self, seen: Mapping[Form, int]) -> None:
        best: dict[str, tuple[int, str]] = {}
        for (word, form), n in seen.items():
            if word not in best or (n, form) > best[word]:
                best[word] = (n, form)
        self.best = {w: f for w, (_, f) in best.items()}
        self.longest = max(map(len, self.best), default=0)

    def __bool__(self) -> bool:
        return bool(self.best)

    def __call__(self, word: str) -> str:
        found = self.best.get(word)
        if found is not None:
            return found
        if " " in word or ";" in word:  # n-grams, lists of aliases
            sep = " " if " " in word else ";"
            return sep.join(map(self, word.split(sep)))
        out, i = [], 0
        while i < len(word):
            for j in range(min(len(word), i + self.longest), i, -1):
                found = self.best.get(word[i:j])
                if found is not None:
                    out.append(found)
                    i = j
                    break
            else:
                out.append(word[i])
                i += 1
        return "".join(out)


def in_source_script(records: list[R], forms: Forms | Mapping[Form, int]) -> list[R]:
    """Records (keywords, frequencies, keyness, collocates, entity counts) with their names
    in the source's script; the records themselves when no traditional document was seen."""
    if not isinstance(forms, Forms):
        forms = Forms(forms)
    if not forms or not records:
        return records
    names = _NAMES.get(type(records[0]).__name__, ())
    return [dataclasses.replace(r, **{f: forms(v) for f in names if (v := getattr(r, f))})  # type: ignore[type-var]
            for r in records]


def restore_each(records: Iterable[Any], forms: Forms | None) -> Iterable[Any]:
    """:func:`in_source_script` for a stream of records."""
    if not forms:
        return records
    return (in_source_script([r], forms)[0] for r in records)


__all__ = ["Forms", "in_source_script", "is_traditional_document", "mention_forms", "mentions_in_source_script",
           "source_script", "word_forms"]
