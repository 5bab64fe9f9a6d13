"""Names introduced with 以下简称: ``…前方指挥部（以下简称“上海援克前指”）``."""

from __future__ import annotations

import regex

from kmytext.ner.rules import NON_ORG_TAILS, cut_org
from kmytext.text.document import Document
from kmytext.types import Entity

# "…（以下简称“上海援克前指”）", "(简称: 市委)": the alias and where its parenthesis opens.
_ALIAS = regex.compile(
    r"[（(]\s*(?:以下|下文)?(?:简称|称)[:：为]?\s*[“\"「『]?([^\s“”\"「」『』（）()，。；,;]{2,20})[”\"」』]?\s*[)）]"
)
# A full name before an alias parenthesis starts after punctuation, less the verbs,
# prepositions and conjunctions that lead into it ("由…", "成立…").
_NAME_START = regex.compile(r"[，。；：、！？,;:!?\s“”\"（）()]")
_NAME_POS = ("n", "j", "s")
_ORG_SUFFIX = regex.compile(r"(?:部|局|委|会|院|办|厅|署|处|所|站|队|中心|公司|集团|协会|学会|联盟|指挥部|小组|银行|大学|学校)$")
_LOC_SUFFIX = regex.compile(r"(?:省|市|县|区|镇|乡|村|州|旗|盟|街道|社区|新区|开发区|园区)$")


def _alias_type(name: str) -> str | None:
    """The type of a full name the model did not find, if it reads as one: an organisation's
    or a place's ending (…前方指挥部, …开发区), not a common noun's (新格局, 人民解放军现役军官)."""
    if name[-2:] in NON_ORG_TAILS:
        return None
    if _ORG_SUFFIX.search(name):
        return "ORG"
    return "LOC" if _LOC_SUFFIX.search(name) else None


def aliases(doc: Document, found: list[Entity]) -> list[Entity]:
    """Mentions of names introduced with 以下简称 in the document's clean text: the full name
    and every use of the alias from its definition on, each alias mention carrying the full
    name as ``canonical``. The full name must be a name: one of ``found`` (the model's and
    the rules'), or a phrase ending like an organisation or a place; a common noun defines
    no alias (人民解放军现役军官（以下简称军官）: 军官 stays a word).

    >>> doc = Document("", "成立上海市对口支援克拉玛依市前方指挥部（以下简称“上海援克前指”）。上海援克前指表示")
    >>> [(e.text, e.canonical) for e in aliases(doc, [])]
    [('上海市对口支援克拉玛依市前方指挥部', None), ('上海援克前指', '上海市对口支援克拉玛依市前方指挥部'), ('上海援克前指', '上海市对口支援克拉玛依市前方指挥部')]
    >>> aliases(Document("", "人民解放军现役军官（以下简称军官）应当遵守纪律。"), [])
    []
    """
    text = doc.clean_text
    if "称" not in text:
        return []
    out: list[Entity] = []
    for m in _ALIAS.finditer(text):
        short, paren = m.group(1), m.start()
        phrase = _phrase_before(doc, paren)
        # The model's name ending at the parenthesis, unless it is the tail of a longer noun
        # phrase there (the model can stop short: 方指挥部 of …前方指挥部).
        before = [e for e in found if e.end == paren and e.type != "WORK"]
        kind: str | None
        if before and not (len(phrase) > len(before[0].name) and phrase.endswith(before[0].name)):
            full, kind = before[0].name, before[0].type
        else:
            full, kind = phrase, before[0].type if before else _alias_type(phrase)
        if kind is None or len(full) < 2 or len(full) <= len(short):
            continue
        out += [Entity(full, kind, k, k + len(full)) for k in _occurrences(text, full)]
        out += [Entity(short, kind, k, k + len(short), canonical=full) for k in _occurrences(text, short, m.start(1))]
    return out


def _phrase_before(doc: Document, end: int) -> str:
    """The noun phrase ending at ``end``: from the last punctuation before it, less the
    verbs, prepositions and conjunctions leading into it, and less a clause before it
    (…有限公司在克拉玛依注册成立|克拉玛依碳和网络科技有限公司, cut as
    :func:`kmytext.ner.rules.split_orgs` cuts)."""
    text = doc.clean_text
    lo = max(0, end - 40)
    starts = [b.end() for b in _NAME_START.finditer(text, lo, end)]
    start = starts[-1] if starts else lo
    for a, b, _, tag in doc.tokens.between(start, end):
        if tag.startswith(_NAME_POS):
            start = a
            break
        start = b
    if end - start >= 4:
        last = cut_org(doc, start, end)[-1]
        if last[1] == end:
            start = last[0]
    return text[start:end]


def _occurrences(text: str, needle: str, start: int = 0) -> list[int]:
    found, k = [], text.find(needle, start)
    while k >= 0:
        found.append(k)
        k = text.find(needle, k + len(needle))
    return found
