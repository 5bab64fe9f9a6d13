"""People, places, organisations and works in Chinese news."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from kmytext.text.normalize import clean as _clean
from kmytext.text.normalize import Cleaned, identity
from kmytext.text.segment import default_segmenter
from kmytext.types import Entity

Span = tuple[int, int, str]

ENTITY_TYPES = ("PER", "LOC", "ORG", "WORK")

# Titles of plans, laws, books and songs: 《…》 without nesting or line breaks.
_WORK = regex.compile(r"《([^《》\n]{1,80})》")
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

# A venue named after the place before it (香港|电影资料馆, 北京|人民大会堂): one LOC.
_VENUE = regex.compile(
    r"\p{Han}{0,8}?(?:大会堂|博物馆|博物院|资料馆|展览馆|美术馆|纪念馆|图书馆|科技馆|音乐厅|剧院|"
    r"体育馆|体育场|体育中心|会展中心|会议中心|展览中心|大厦|广场|公园|机场|火车站|码头|大桥|"
    r"寺|古城|故居|陵园|景区|度假村|酒店|宾馆|饭店)"
)
# A list of names (吕明华、詹培忠、霍震霆): items of two or more characters between 、.
_LIST = regex.compile(r"(?:[\p{Han}·]{2,6}、)+[\p{Han}·]{2,6}")
# Province abbreviations that are not surnames: a "name" starting with one is a pair of
# places (沪克 Shanghai-Karamay, 粤港), never a person.
_NOT_A_SURNAME = frozenset("沪渝冀辽皖闽赣豫鄂湘粤蜀黔滇陇港")
# Common nouns that end like an organisation (局, 部, 会, 院) but name none: 新格局, 大局.
_NON_ORG_TAILS = frozenset(
    "格局 布局 大局 结局 开局 时局 政局 僵局 残局 骗局 棋局 饭局 定局 变局 新局 "
    "全部 内部 外部 局部 腹部 机会 社会 宴会 晚会 聚会 约会 体会 误会 庙会 庭院 后院".split()
)
# Verbs that join two organisations ("…社区联合区消防救援大队"): an ORG never spans them.
_JOINING_VERBS = frozenset({"联合", "携手", "会同", "联手"})
# How an organisation name ends (verbs among them: 学会, 组织).
_ORG_END = regex.compile(
    r"(?:局|委|会|办|厅|部|院|校|公司|集团|中心|所|队|处|署|站|厂|社|行|司|组|组织|联|盟|团|军|党|网|报|台|馆|店)$"
)
# A place word that can head an organisation name (白碱滩区 of 白碱滩区市场监督管理局).
_PLACE_WORD = regex.compile(r"\p{Han}{2,}(?:省|市|县|区|州|镇|乡)$")
# One-character country names as People's Daily writes them (中美关系, 美方, 美、英、法):
# each is a LOC of its own.
_COUNTRY1 = "中美日俄英法德意韩朝印巴以伊越泰澳加墨葡荷瑞挪芬丹波捷匈罗保希土埃叙沙阿新菲缅老柬尼蒙哈乌古智秘委斯科"
_PAIR = regex.compile(
    f"[{_COUNTRY1}]{{2}}(?=边境|边界|边防|边贸|关系|两国|两军|双边|双方|之间|合作|贸易|经贸|友好|会谈|谈判|建交|首脑|元首|外长|峰会|联合|利率|战争|对话)"
)
_SIDE = regex.compile(f"[{_COUNTRY1.replace('西', '')}]方")
_ENUM = regex.compile(f"[{_COUNTRY1}](?:、[{_COUNTRY1}])+")
_ENUM_BEFORE = frozenset("之和与及在对向同从把被由")  # Han characters an enumeration may follow
_ENUM_AFTER = ("等", "两", "三", "四", "五", "六", "七", "八", "各", "驻")  # …and may run into
# …and what, after one, makes it countries whatever comes before (教过美、英、法、意、日等国)
_ENUM_COUNTRIES = ("两国", "三国", "四国", "五国", "六国", "七国", "八国", "等国", "各国", "之间", "间", "双方", "三方")
_HAN = regex.compile(r"\p{Han}")
_PREFIX_POS = frozenset({"n", "ns", "nt", "nz", "j"})
# …and what a company's name before （集团）公司 can be tagged (万方数据 is an l, a set phrase)
_NAME_HEAD_POS = _PREFIX_POS | {"nr", "nrt", "l"}


def credited(text: str) -> list[Entity]:
    """People credited in bylines and photo lines, as PER mentions with their role.

    >>> [(e.text, e.role) for e in credited("本报讯（记者 张佳佳 通讯员 申娜）3月28日")]
    [('张佳佳', 'reporter'), ('申娜', 'correspondent')]
    """
    from kmytext.text.articles import credits

    return [Entity(c.name, "PER", c.start, c.end, role=c.role) for c in credits(text, clean=False)]


def works(text: str) -> list[Entity]:
    """Titles in 《》 as WORK entities (the brackets stay outside the span).

    >>> works("学习《克拉玛依之歌》")[0].text
    '克拉玛依之歌'
    """
    return [Entity(m.group(1), "WORK", m.start(1), m.end(1)) for m in _WORK.finditer(text)]


def _alias_type(name: str) -> str:
    if _ORG_SUFFIX.search(name):
        return "ORG"
    return "LOC" if _LOC_SUFFIX.search(name) else "ORG"


def aliases(text: str, found: list[Entity]) -> list[Entity]:
    """Mentions of names introduced with 以下简称: the full name and every later use of the
    alias, each alias mention carrying the full name as ``canonical``.

    >>> [(e.text, e.canonical) for e in aliases("成立上海市对口支援克拉玛依市前方指挥部（以下简称“上海援克前指”）。上海援克前指表示", [])]
    [('上海市对口支援克拉玛依市前方指挥部', None), ('上海援克前指', '上海市对口支援克拉玛依市前方指挥部'), ('上海援克前指', '上海市对口支援克拉玛依市前方指挥部')]
    """
    out: list[Entity] = []
    for m in _ALIAS.finditer(text):
        short, paren = m.group(1), m.start()
        phrase = _phrase_before(text, paren)
        # The model's name ending at the parenthesis, unless it is the tail of a longer noun
        # phrase there (the model can stop short: 方指挥部 of …前方指挥部).
        before = [e for e in found if e.end == paren and e.type != "WORK"]
        if before and not (len(phrase) > len(before[0].name) and phrase.endswith(before[0].name)):
            full, kind = before[0].name, before[0].type
        else:
            full, kind = phrase, before[0].type if before else _alias_type(phrase)
        if len(full) < 2 or len(full) <= len(short):
            continue
        out += [Entity(full, kind, k, k + len(full)) for k in _occurrences(text, full)]
        out += [Entity(short, kind, k, k + len(short), canonical=full) for k in _occurrences(text, short)]
    return out


def _phrase_before(text: str, end: int) -> str:
    """The noun phrase ending at ``end``: from the last punctuation before it, less the
    verbs, prepositions and conjunctions leading into it, and less a clause before it
    (…有限公司在克拉玛依注册成立|克拉玛依碳和网络科技有限公司, cut as :func:`_split_org` cuts)."""
    lo = max(0, end - 40)
    starts = [b.end() for b in _NAME_START.finditer(text, lo, end)]
    start = starts[-1] if starts else lo
    for word, tag in default_segmenter().tagged(text[start:end]):
        if tag.startswith(_NAME_POS):
            break
        start += len(word)
    if end - start >= 4:
        last = _cut_org(text, start, end)[-1]
        if last[1] == end:
            start = last[0]
    return text[start:end]


def _occurrences(text: str, needle: str) -> list[int]:
    found, k = [], text.find(needle)
    while k >= 0:
        found.append(k)
        k = text.find(needle, k + len(needle))
    return found


def _data_words(name: str) -> list[str]:
    """The whitespace-separated words of a list in ``kmytext/data``, comment lines aside."""
    text = (resources.files("kmytext.data") / name).read_text(encoding="utf-8")
    return " ".join(ln for ln in text.splitlines() if not ln.startswith("#")).split()


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Chinese surnames, one character each (``kmytext/data/surnames.txt``: the Hundred
    Family Surnames and common modern surnames it lacks)."""
    return frozenset("".join(_data_words("surnames.txt")))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, continents and world regions, and China's provinces
    (``kmytext/data/places.txt``)."""
    return frozenset(_data_words("places.txt"))


# How an office's name ends and no person's does (史志办, 档案局; in neither corpus does a
# person's name end so).
_OFFICE_END = frozenset("办局厅署部处院")


def _retype(text: str, spans: list[Span]) -> list[Span]:
    """Types the model gets wrong in ways a name shows: a country, region or province is a
    place whatever type it was given (俄罗斯研制的… taken for an organisation, 莫桑比克 for a
    person); a "person" of three or more characters ending like an office is an
    organisation (克拉玛依区委史志办)."""
    known = places()
    out: list[Span] = []
    for s, e, t in spans:
        if t != "LOC" and text[s:e] in known:
            t = "LOC"
        elif t == "PER" and e - s >= 3 and text[e - 1] in _OFFICE_END:
            t = "ORG"
        out.append((s, e, t))
    return out


def _merge_prefixed(text: str, spans: list[Span]) -> list[Span]:
    """A place or name directly followed by an organisation is one organisation
    (北京市|新街口医院, 曹县|计划生育委员会), as both corpora tag it, unless a word crosses
    the seam (陈宇|剑率党政代表团: the model cut the name 陈宇剑)."""
    out: list[Span] = []
    for s, e, t in spans:
        if out and t == "ORG" and out[-1][1] == s and out[-1][2] in ("LOC", "PER"):
            a = out[-1][0]
            k = a
            for w, _ in default_segmenter().tagged_raw(text[a:e]):
                if k < s < k + len(w):
                    break
                k += len(w)
            else:
                out[-1] = (a, e, "ORG")
                continue
        out.append((s, e, t))
    return out


def _fit_credits(text: str, credits: list[Entity], model: list[Entity]) -> list[Entity]:
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


def _plausible(text: str, span: Span) -> bool:
    s, e, t = span
    if t == "PER":
        return text[s] not in _NOT_A_SURNAME
    if t == "ORG" and e - s <= 4:
        name = text[s:e]
        return not (name[-2:] in _NON_ORG_TAILS and (e - s == 2 or name[-3:-2] in "新大全"))
    return True


def _is_place_word(word: str) -> bool:
    return default_segmenter().tagged_raw(word) == [(word, "ns")]


def _is_place(name: str) -> bool:
    """A known place (:func:`places`) or a word the dictionary tags as one."""
    return name in places() or _is_place_word(name)


def _countries(text: str, spans: list[Span]) -> list[Span]:
    """One-character country names: a pair the model took as one name (中尼, 伊科) is two
    places unless it is a place word (南非); pairs before 边境, 关系 etc., 美方 and
    enumerations 美、英、法 are tagged where the model left them."""
    out: list[Span] = []
    for s, e, t in spans:
        if (e - s == 2 and t != "PER" and text[s] in _COUNTRY1 and text[s + 1] in _COUNTRY1
                and text[s:e] not in places()):
            out += [(s, s + 1, "LOC"), (s + 1, e, "LOC")]
        else:
            out.append((s, e, t))
    extra: list[Span] = []
    for m in _PAIR.finditer(text):
        if m.group() not in places():
            extra += [(m.start(), m.start() + 1, "LOC"), (m.start() + 1, m.end(), "LOC")]
    for m in _SIDE.finditer(text):
        words = default_segmenter().tagged_raw(text[max(0, m.start() - 3) : m.end() + 3])
        if any(w == m.group() for w, _ in words):  # 美方 a word of its own, not 比方 or 地方
            extra.append((m.start(), m.start() + 1, "LOC"))
    for m in _ENUM.finditer(text):
        s, e = m.span()
        if (s and _HAN.match(text[s - 1]) and text[s - 1] not in _ENUM_BEFORE
                and not text.startswith(_ENUM_COUNTRIES, e)):
            continue
        if e < len(text) and _HAN.match(text[e]) and not text.startswith(_ENUM_AFTER, e):
            continue
        extra += [(k, k + 1, "LOC") for k in range(s, e, 2)]
    if not extra:
        return out
    taken = bytearray(len(text))
    for s, e, _ in out:
        taken[s:e] = b"\x01" * (e - s)
    for s, e, t in extra:
        if not any(taken[s:e]):
            out.append((s, e, t))
            taken[s:e] = b"\x01" * (e - s)
    return sorted(out)


def _venues(text: str, spans: list[Span]) -> list[Span]:
    """A place followed by the untagged rest of a venue's name takes it in."""
    out: list[Span] = []
    for i, (s, e, t) in enumerate(spans):
        if t == "LOC":
            limit = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            m = _VENUE.match(text, e, limit)
            if m:
                # the venue must end where a word ends, and be nouns (not 广州市|寺右新马路)
                n = m.end() - e
                k = 0
                tags: list[str] = []
                for w, pos in default_segmenter().tagged_raw(text[e : m.end() + 2]):
                    if k >= n:
                        break
                    tags.append(pos)
                    k += len(w)
                if k == n and all(p[0] in "nsj" or p == "vn" for p in tags):
                    e = m.end()
        out.append((s, e, t))
    return out


def _listed_people(text: str, spans: list[Span]) -> list[Span]:
    """In a list whose items the model took for people at least twice (and for a third of
    them), the untagged items that read like Chinese names are people too."""
    extra: list[Span] = []
    by_span = {(s, e): t for s, e, t in spans}
    for m in _LIST.finditer(text):
        items: list[tuple[int, int]] = []
        k = m.start()
        for item in m.group().split("、"):
            items.append((k, k + len(item)))
            k += len(item) + 1
        people = sum(by_span.get(x) == "PER" for x in items)
        if people >= 2 and 3 * people >= len(items):
            extra += [(a, b, "PER") for a, b in items
                      if (a, b) not in by_span and b - a <= 3 and text[a] in surnames()]
    if not extra:
        return spans
    taken = bytearray(len(text))
    for s, e, _ in spans:
        taken[s:e] = b"\x01" * (e - s)
    return sorted(spans + [x for x in extra if not any(taken[x[0]:x[1]])])


def _split_org(text: str, spans: list[Span]) -> list[Span]:
    """Organisations the model ran together: cut at a joining verb
    (…社区联合区消防救援大队), at a verb, conjunction or preposition after an organisation's
    suffix (中国银行收购信托公司, 香港金管局和财政司, …有限公司在克拉玛依注册成立…), or at two
    verbs in a row (…注册成立克拉玛依碳和网络科技有限公司: a clause, never part of a name)."""
    out: list[Span] = []
    for s, e, t in spans:
        out += _cut_org(text, s, e) if t == "ORG" and e - s >= 4 else [(s, e, t)]
    return out


def _cut_org(text: str, s: int, e: int) -> list[Span]:
    """The organisations in ``text[s:e]``, cut as :func:`_split_org` says; what follows a cut
    is cut again."""
    words: list[tuple[int, int, str, str]] = []
    k = s
    for w, pos in default_segmenter().tagged_raw(text[s:e]):
        words.append((k, k + len(w), w, pos))
        k += len(w)
    for i, (a, b, w, pos) in enumerate(words[1:-1], 1):
        joining = w in _JOINING_VERBS and pos.startswith("v")
        verb = pos == "v" and len(w) > 1
        if joining or ((pos in ("c", "p") or verb) and a - s >= 2 and _ORG_END.search(text[s:a])):
            rest = _cut_org(text, b, e) if joining or _ORG_END.search(text[b:e]) else []
            return [(s, a, "ORG"), *rest]
        nxt = words[i + 1]
        if verb and nxt[3] == "v" and len(nxt[2]) > 1 and e - nxt[1] >= 4 and _ORG_END.search(text[nxt[1]:e]):
            head = [(s, a, "LOC")] if _is_place(text[s:a]) else []
            return head + _cut_org(text, nxt[1], e)
    return [(s, e, "ORG")]


def _word_start(text: str, s: int, lo: int) -> int:
    """Where the word ``s`` falls inside starts, if the characters before ``s`` in it read
    as part of a name (省|公安厅, 白|俄罗斯外交部), not a preposition (以|桑普)."""
    lo = max(lo, s - 4)
    k = lo
    for w, pos in default_segmenter().tagged_raw(text[lo : s + 4]):
        if k < s < k + len(w):
            head = default_segmenter().tagged_raw(text[k:s])
            if pos[0] not in "vpcurmx" and all(p[0] in "nabjf" for _, p in head):
                return k
            return s
        k += len(w)
        if k >= s:
            break
    return s


def _extend_left(text: str, spans: list[Span]) -> list[Span]:
    """An organisation preceded by untagged nouns that start with a place word takes them
    in: 白碱滩区市场|监督管理局 is one name. Only words since the previous name count."""
    out: list[Span] = []
    prev = 0
    for s, e, t in spans:
        if t == "ORG":
            s = _word_start(text, s, prev)
            s = min([k for k, w in _noun_run(text, s, max(prev, s - 12)) if _PLACE_WORD.fullmatch(w)], default=s)
        out.append((s, e, t))
        prev = e
    return out


def _noun_run(text: str, s: int, lo: int, tags: frozenset[str] = _PREFIX_POS) -> list[tuple[int, str]]:
    """The words of two or more characters tagged ``tags`` (nouns) right before ``s`` (not
    before ``lo``), nearest first, each with where it starts."""
    run = []
    k = s
    for w, pos in reversed(default_segmenter().tagged_raw(text[lo:s])):
        if pos not in tags or len(w) < 2:
            break
        k -= len(w)
        run.append((k, w))
    return run


# How the name of a unit inside an organisation ends (清华大学|心理学系, 福州市公安局|经侦支队).
_UNIT_END = regex.compile(
    r"(?:系|科|处|室|局|部|所|院|组|队|中心|分行|支行|总行|分局|分院|分公司|分社|学会|研究会|"
    r"委员会|工作组|课题组|领导小组|办公室|党支部|党委|支部)$"
)
_UNIT_POS = frozenset({"n", "nz", "nt", "j", "vn", "ng"})


def _extend_right(text: str, spans: list[Span]) -> list[Span]:
    """An organisation directly followed by the name of one of its units takes it in:
    清华大学心理学系 and 江西省委老干部局 are one name each (the longest of nested names).
    The unit is nouns only, up to the next name, and ends like a unit."""
    out: list[Span] = []
    for k, (s, e, t) in enumerate(spans):
        if t == "ORG":
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            words = default_segmenter().tagged_raw(text[e : min(nxt, e + 12)])
            end = at = e
            for w, pos in words:
                if pos not in _UNIT_POS:
                    break
                at += len(w)
                if _UNIT_END.search(w):
                    end = at
            e = end
        out.append((s, e, t))
    return out


def refine(text: str, spans: list[Span]) -> list[Span]:
    """News rules on the model's ``(start, end, type)`` spans: countries and provinces are
    places, merge a place with the organisation it heads, drop names no person or
    organisation has (沪克, 新格局), cut organisations run together (across 联合, or a
    clause), and take in a place word an organisation name starts with."""
    spans = _merge_prefixed(text, _retype(text, _unbracketed(text, spans)))
    spans = _countries(text, [x for x in spans if _plausible(text, x)])
    if "、" in text:
        spans = _listed_people(text, spans)
    spans = _venues(text, spans)
    if any(t == "ORG" for *_, t in spans):
        spans = _extend_right(text, _extend_left(text, _split_org(text, spans)))
    return spans


_OPEN, _CLOSE = "（(【[《「『“‘〈{", "）)】]》」』”’〉}"
_EDGE = regex.compile(r"^[\p{P}\p{Z}]+|[\p{P}\p{Z}]+$")
_NAME_CHAR = regex.compile(r"[\p{Han}\p{L}\p{N}]")


def _unbracketed(text: str, spans: list[Span]) -> list[Span]:
    """No name holds a bracket or quote it does not close (朱克】, Orion(吕俊贤: two names)
    or starts or ends in punctuation: cut there. A name that starts with a bracket it closes
    (（集团）公司) starts with the nouns before it (万方数据（集团）公司)."""
    out: list[Span] = []
    for s, e, t in spans:
        name = text[s:e]
        if not _EDGE.search(name) and not any(ch in _OPEN or ch in _CLOSE for ch in name):
            out.append((s, e, t))
            continue
        if t == "ORG" and name[0] in "（(" and 1 < name.find(_CLOSE[_OPEN.index(name[0])]) < len(name) - 1:
            # （集团）公司, not a bracketed name: （opec）
            run = _noun_run(text, s, max(0, s - 12), _NAME_HEAD_POS)
            if run:
                s = run[-1][0]
                name = text[s:e]
        stack: list[int] = []
        cuts: list[int] = []
        for i, ch in enumerate(name):
            if ch in _OPEN:
                stack.append(i)
            elif ch in _CLOSE:
                if stack and _OPEN.index(name[stack[-1]]) == _CLOSE.index(ch):
                    stack.pop()
                else:
                    cuts.append(i)
        cuts = sorted(cuts + stack)
        for a, b in zip([-1, *cuts], [*cuts, len(name)]):
            part = name[a + 1 : b]
            lead = _EDGE.match(part)
            trail = _EDGE.search(part, lead.end() if lead else 0)
            x = s + a + 1 + (lead.end() if lead else 0)
            y = s + b - (len(part) - trail.start() if trail and trail.end() == len(part) else 0)
            if y > x and _NAME_CHAR.search(text, x, y):
                out.append((x, y, t))
    return out


SPREAD = 3  # a name spreads if the model found it at least once in every SPREAD occurrences


def _consistent(text: str, spans: list[Span]) -> list[Span]:
    """Document consistency (:func:`kmytext.ner.propagate`) for the names the model found
    often enough: one it tagged once in seventeen occurrences (沪克) is more likely a slip
    than a name the model missed sixteen times."""
    from kmytext.ner.tagger import occurrences, propagate

    found = Counter(text[s:e] for s, e, _ in spans)
    seen = occurrences(text, found)
    dubious = {n for n, c in found.items() if c * SPREAD < seen[n]}
    if not dubious:
        return propagate(text, spans)
    sure = [x for x in spans if text[x[0]:x[1]] not in dubious]
    rest = [x for x in spans if text[x[0]:x[1]] in dubious]
    spread = propagate(text, sure)
    taken = bytearray(len(text))
    for s, e, _ in spread:
        taken[s:e] = b"\x01" * (e - s)
    return sorted(spread + [x for x in rest if not any(taken[x[0]:x[1]])])


def _resolve_overlaps(found: list[Entity]) -> list[Entity]:
    """Keep the longest of overlapping mentions; earlier wins a tie."""
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    for e in found:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def entities(text: str, *, clean: bool = True, consistent: bool = True) -> list[Entity]:
    """People, places, organisations (the CRF model in ``kmytext.ner``), titles in 《》,
    people credited in bylines (with ``role``) and aliases introduced with 以下简称 (with
    ``canonical``), after newspaper cleanup; offsets into ``text``. Overlapping mentions
    keep the longest (titles aside: names inside a title count too); with ``consistent`` a
    name found once counts everywhere in ``text``.

    >>> [(e.text, e.type) for e in entities("董爱华在克拉玛依市调研")]
    [('董爱华', 'PER'), ('克拉玛依市', 'LOC')]
    """
    return entities_many([text], clean=clean, consistent=consistent)[0]


def entities_many(texts: Sequence[str], *, clean: bool = True,
                  consistent: bool = True) -> list[list[Entity]]:
    """:func:`entities` of each text (each its own document), with the model run once over
    all of them: for many short articles, much faster than one call each.

    >>> [[e.text for e in found] for found in entities_many(["董爱华在克拉玛依调研", "上海"])]
    [['董爱华', '克拉玛依'], ['上海']]
    """
    from kmytext.ner.tagger import tag_spans_many

    cleaned = [_clean(t) if clean else identity(t) for t in texts]
    found = tag_spans_many([c.text for c in cleaned])
    return [_entities(c, spans, consistent) for c, spans in zip(cleaned, found, strict=True)]


def _entities(cleaned: Cleaned, spans: list[Span], consistent: bool) -> list[Entity]:
    """The entities of one cleaned text, given the model's spans in it."""
    ctext = cleaned.text
    spans = refine(ctext, spans)
    if consistent:
        spans = _consistent(ctext, spans)
    model = [Entity(ctext[s:e], t, s, e) for s, e, t in spans if ctext[s:e].strip()]
    # Credits are surer than the model (马海军 摄 is a photographer whatever the model says):
    # a name of the model's across one (李舸摄 over the credit 李舸) goes; earlier in the list
    # wins a tie for the same span, so aliases beat the model too.
    credits = _fit_credits(ctext, credited(ctext), model)
    if credits:
        credited_at = bytearray(len(ctext))
        for c in credits:
            credited_at[c.start:c.end] = b"\x01" * (c.end - c.start)
        model = [m for m in model if not any(credited_at[m.start:m.end])]
    names = _resolve_overlaps(credits + aliases(ctext, credits + model) + model)
    # Titles are a layer of their own: a name inside 《…》 still counts as that name; a title
    # that is exactly a name (《人民日报》, a newspaper) stays the name.
    named = {(e.start, e.end) for e in names}
    titles = [w for w in works(ctext) if (w.start, w.end) not in named]
    found = sorted(names + titles, key=lambda e: (e.start, e.end))
    return [cleaned.remap(e) for e in found]


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
