"""News rules on the model's entities: each a function ``(doc, spans) -> spans``.

The model tags characters; these rules fix what it gets wrong in ways news text shows: a
place heading an organisation joins it, organisations run together are cut apart, countries
and provinces are places, names that are no names go. :data:`RULES` lists them in the order
:func:`refine` applies them; a new rule is one more function in that list. Spans are
``(start, end, type)`` in the document's clean text; the rules read the document's own
words (:attr:`kmytext.text.document.Document.tokens`), never a segmentation of their own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import regex

from kmytext.ner.lexicon import cities, places, surnames
from kmytext.ner.linking import TITLE
from kmytext.text.articles import dateline_places
from kmytext.text.document import Document, TokenSpan

Span = tuple[int, int, str]
Rule = Callable[[Document, list[Span]], list[Span]]

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
NON_ORG_TAILS = frozenset(
    "格局 布局 大局 结局 开局 时局 政局 僵局 残局 骗局 棋局 饭局 定局 变局 新局 "
    "全部 内部 外部 局部 腹部 机会 社会 宴会 晚会 聚会 约会 体会 误会 庙会 庭院 后院".split()
)
# Verbs that join two organisations ("…社区联合区消防救援大队"): an ORG never spans them.
_JOINING_VERBS = frozenset({"联合", "携手", "会同", "联手"})
# How an organisation name ends (verbs among them: 学会, 组织).
_ORG_ENDS = "局|委|会|办|厅|部|院|校|公司|集团|中心|所|队|处|署|站|厂|社|行|司|组|组织|联|盟|团|军|党|网|报|台|馆|店"
ORG_END = regex.compile(f"(?:{_ORG_ENDS})$")
# How a name with a quoted name inside it ends (“美洲风暴”篮球队, 《阳光》杂志, “鑫诺１号”卫星).
_NAMED_THING_END = regex.compile(f"(?:{_ORG_ENDS}|杂志|刊|室|卫星|飞船|号|船|舰|艇)$")
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
# How an office's name ends and no person's does (史志办, 档案局; in neither corpus does a
# person's name end so).
_OFFICE_END = frozenset("办局厅署部处院")
# 率 (leads) run into the name before it: 陈宇剑|率党政代表团, 王刚|率队
_LEADS = regex.compile(r"率(?:领|队|团|部|众|\p{Han}{0,4}代表团|\p{Han}{0,4}考察团)")
# A list of headings of one character, a dot and a word: 刻·留痕、印·传承、绘·意向
_HEADINGS = regex.compile(r"(?<![\p{Han}·])(?:\p{Han}·\p{Han}{2,3}、){2,}\p{Han}·\p{Han}{2,3}(?![\p{Han}·])")
# The government of a province, city or county, after its name (湖南省|人民政府)
_ADMIN_END = frozenset("省市县区州旗盟")
_GOVERNMENT = regex.compile(r"人民政府|人民代表大会常务委员会|人大常委会")
# A disease or germ named after its finder: 布鲁|氏菌病, 帕金森|氏症 (no person mentioned)
_EPONYM = regex.compile(r"氏(?:杆菌|菌|病|症|综合征)")
# How the name of a unit inside an organisation ends (清华大学|心理学系, 福州市公安局|经侦支队).
_UNIT_END = regex.compile(
    r"(?:系|科|处|室|局|部|所|院|组|队|中心|分行|支行|总行|分局|分院|分公司|分社|学会|研究会|"
    r"委员会|工作组|课题组|领导小组|办公室|党支部|党委|支部)$"
)
_UNIT_POS = frozenset({"n", "nz", "nt", "j", "vn", "ng"})
# A clause number of a law, and the law's name run into it: 条例第七条
_CLAUSE = regex.compile(r"\p{Han}{0,6}?第[一二三四五六七八九十百零\d]+[条款章节]")
# A count of places closing an enumeration: 四区, 三省, 4市, 五国
_COUNTED = regex.compile(r"[一二三四五六七八九十两\d]+[区县市省州镇乡村国]")
OPEN, CLOSE = "（(【[《「『“‘〈{", "）)】]》」』”’〉}"
# What no name starts or ends with: punctuation, spaces, and symbols (emoji 🎉, ★, ™: So, Sk,
# Sm, Sc), with the joiner, variation selector and keycap that build emoji.
_EDGE = regex.compile(r"^[\p{P}\p{Z}\p{S}\u200d\ufe0f\u20e3]+|[\p{P}\p{Z}\p{S}\u200d\ufe0f\u20e3]+$")
_NAME_CHAR = regex.compile(r"[\p{Han}\p{L}\p{N}]")


def _add_free(text: str, spans: list[Span], extra: list[Span]) -> list[Span]:
    """``spans`` with the ``extra`` spans that overlap none of them (nor an earlier extra)."""
    taken = bytearray(len(text))
    for s, e, _ in spans:
        taken[s:e] = b"\x01" * (e - s)
    out = list(spans)
    for s, e, t in extra:
        if not any(taken[s:e]):
            out.append((s, e, t))
            taken[s:e] = b"\x01" * (e - s)
    return sorted(out)


def unbracketed(doc: Document, spans: list[Span]) -> list[Span]:
    """No name holds a bracket or quote it does not close (朱克】, Orion(吕俊贤: two names)
    or starts or ends in punctuation: cut there. A name that starts with a bracket it closes
    (（集团）公司) starts with the nouns before it (万方数据（集团）公司)."""
    text = doc.clean_text
    out: list[Span] = []
    for s, e, t in spans:
        name = text[s:e]
        if not _EDGE.search(name) and not any(ch in OPEN or ch in CLOSE for ch in name):
            out.append((s, e, t))
            continue
        if t != "PER":
            s, e = _closed(text, s, e)
        if t == "ORG" and name[0] in "（(" and 1 < name.find(CLOSE[OPEN.index(name[0])]) < len(name) - 1:
            # （集团）公司, not a bracketed name: （opec）
            run = noun_run(doc, s, max(0, s - 12), _NAME_HEAD_POS)
            if run:
                s = run[-1][0]
        out += _bracket_parts(text, s, e, t)
    return out


def _unmatched(name: str) -> list[int]:
    """Where ``name`` has a bracket or quote it does not close, or a close it did not open."""
    stack: list[int] = []
    cuts: list[int] = []
    for i, ch in enumerate(name):
        if ch in OPEN:
            stack.append(i)
        elif ch in CLOSE:
            if stack and OPEN.index(name[stack[-1]]) == CLOSE.index(ch):
                stack.pop()
            else:
                cuts.append(i)
    return sorted(cuts + stack)


def _closed(text: str, s: int, e: int) -> tuple[int, int]:
    """A name the model cut inside a pair of brackets or quotes takes the other one in when
    it sits right outside: “美洲风暴”篮球队, 《中国妇女》杂志, 广东儿童营养食品厂（集团） (the
    model left the first or last mark out), when what follows the quoted name ends like an
    organisation or a named thing (队, 杂志, 卫星), or what precedes the bracket like an
    organisation (厂), or a paper's title (英国《星期日泰晤士报》): “疆电入沪”电力 and
    沪克“小组团” are none. A close at the name's end is left to trimming: 《新华日报》 is
    the name 新华日报."""
    bad = _unmatched(text[s:e])
    if len(bad) == 1:
        k = s + bad[0]
        ch = text[k]
        if (ch in CLOSE and k < e - 1 and s > 0 and text[s - 1] == OPEN[CLOSE.index(ch)]
                and _NAMED_THING_END.search(text, k + 1, e)):
            return s - 1, e
        if (ch in OPEN and k > s and text[e : e + 1] == CLOSE[OPEN.index(ch)]
                and (ORG_END.search(text, s, k) or ch == "《" and ORG_END.search(text, k + 1, e))):
            return s, e + 1
    return s, e


def _bracket_parts(text: str, s: int, e: int, t: str) -> list[Span]:
    """The parts of ``text[s:e]`` between its unmatched brackets, edge punctuation trimmed."""
    name = text[s:e]
    cuts = _unmatched(name)
    out: list[Span] = []
    for a, b in zip([-1, *cuts], [*cuts, len(name)]):
        i, j = _trimmed(name[a + 1 : b])
        x, y = s + a + 1 + i, s + a + 1 + j
        if y > x and _NAME_CHAR.search(text, x, y):
            out.append((x, y, t))
    return out


def _trimmed(part: str) -> tuple[int, int]:
    """``part`` without the punctuation and spaces at its ends, as ``(start, end)``; a
    bracket or quote closed inside the part stays (“和平号”太空站, 英国《星期日泰晤士报》,
    names as MSRA tags them), brackets round the whole part do not (（opec）, 《新华日报》)."""
    i, j = 0, len(part)
    while i < j and _EDGE.fullmatch(part[i]) and not (
            part[i] in OPEN and CLOSE[OPEN.index(part[i])] in part[i + 1 : j - 1]):
        i += 1
    while j > i and _EDGE.fullmatch(part[j - 1]) and not (
            part[j - 1] in CLOSE and OPEN[CLOSE.index(part[j - 1])] in part[i : j - 1]):
        j -= 1
    return i, j


def clauses(doc: Document, spans: list[Span]) -> list[Span]:
    """A clause number is no part of a name: 第七条|人民解放军总政治部 (the text of a law,
    where each article starts with its number) is the organisation after it."""
    text = doc.clean_text
    if "第" not in text:
        return spans
    out: list[Span] = []
    for s, e, t in spans:
        m = _CLAUSE.match(text, s, e)
        if m and e - m.end() >= 2:
            s = m.end()
        out.append((s, e, t))
    return out


def counted_places(doc: Document, spans: list[Span]) -> list[Span]:
    """A place does not hold the count of places it closes: 长宁、青浦、普陀、嘉定|四区 (four
    districts), 山西|四省, 郑州|4市."""
    text = doc.clean_text
    out: list[Span] = []
    for s, e, t in spans:
        if t == "LOC" and e - s >= 4:
            m = _COUNTED.search(text, s + 2, e)
            if m and m.end() == e:
                e = m.start()
        out.append((s, e, t))
    return out


def country_first(doc: Document, spans: list[Span]) -> list[Span]:
    """A person's name never starts with a country's: 意大利|帕格尼尼 is a place, then a
    person if the segmenter reads the rest as a name, a place if as a place (福建|南平), else
    nothing (瑞士|法郎); 萨尔瓦多·阿卡多 stays whole."""
    text = doc.clean_text
    known = places()
    out: list[Span] = []
    for s, e, t in spans:
        if t == "PER" and e - s >= 4:
            k = next((k for k in range(e - 2, s + 1, -1) if text[s:k] in known and text[k] not in "·•"), None)
            if k is not None:
                out.append((s, k, "LOC"))
                rest = doc.word_tags(text[k:e]) if e - k <= 4 else ()
                kind = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC"}.get(rest[0][1]) if len(rest) == 1 else None
                if kind:
                    out.append((k, e, kind))
                continue
        out.append((s, e, t))
    return out


# Verbs of speech after a name: 和 before one is no conjunction (李长和说).
_SAYS = regex.compile(r"说|表示|指出|认为|介绍|告诉|强调|称|透露|宣布")


def person_ends(doc: Document, spans: list[Span]) -> list[Span]:
    """A person's name does not take in the adverb or adjective after it: 萨利姆|真诚地,
    张晨|欣喜地说 (a transcribed name with its dot is left alone), nor the 率 of 率团
    (陈宇剑|率党政代表团), nor the verb before 着 (张伟|笑着说: no person's name in MSRA
    train is followed by 着), nor the 副 of a title after it; and it takes in a 夫 after it that is
    not 夫人 (苏斯洛|夫), and the 和 of a two-character name before a verb of speech (李长和|说)."""
    text = doc.clean_text
    out: list[Span] = []
    for s, e, t in spans:
        if t == "PER" and e - s >= 4 and "·" not in text[s:e]:
            # the last word that starts in the name (真诚, or 真诚地 running past its end)
            words = [w for w in doc.tokens.between(s, e + 2) if w[0] < e]
            a, b, w, pos = words[-1] if words else (s, s, "", "")
            if len(words) > 1 and e - a == 2 and b - a <= 3 and pos in ("a", "ad", "d", "i") and a - s >= 2:
                e = a
        if t == "PER" and e - s >= 4 and _LEADS.match(text, e - 1):
            e -= 1
        elif t == "PER" and e - s >= 3 and text[e : e + 1] == "着" and "·" not in text[s:e]:
            e -= 1  # 张伟|笑着说 (the segmenter reads 张伟笑 as one name)
        elif t == "PER" and e - s >= 3 and text[e - 1] == "副" and TITLE.match(text, e):
            e -= 1  # 颜鲲|副局长: the 副 of the title after the name
        elif t == "PER" and e - s >= 3 and text[e:e + 1] == "夫" and text[e:e + 2] not in ("夫人", "夫妇", "夫妻"):
            e += 1  # 苏斯洛|夫: a Russian name's last character (229 MSRA names end so, none stands before one)
        elif t == "PER" and e - s == 2 and text[e:e + 1] == "和" and _SAYS.match(text, e + 1):
            e += 1  # 李长|和说: a given name's 和, not the conjunction (和 joins no one to a verb of speech)
        out.append((s, e, t))
    # the same name elsewhere in the document, before anything but a verb of speech (李长|和９日在…)
    with_he = {text[s:e] for s, e, t in out if t == "PER" and e - s == 3 and text[e - 1] == "和"}
    if with_he:
        out = [(s, e + 1, t) if t == "PER" and e - s == 2 and text[s:e + 1] in with_he else (s, e, t) for s, e, t in out]
    return out


def retype(doc: Document, spans: list[Span]) -> list[Span]:
    """Types the model gets wrong in ways a name shows: a country, region or province is a
    place whatever type it was given (俄罗斯研制的… taken for an organisation, 莫桑比克 for a
    person); so is a "person" named as a city or county of three or more characters
    (克拉玛依是…的桥头堡: jieba's dictionary calls 克拉玛依 a person's name; a city of two,
    乌兰, 江津, is also a given name, and a city's name may be a club's, so only people
    change); a "person" of three or more characters ending like an office is an
    organisation (克拉玛依区委史志办)."""
    text = doc.clean_text
    known, towns = places(), cities()
    out: list[Span] = []
    for s, e, t in spans:
        if (t != "LOC" and text[s:e] in known) or (t == "PER" and text[s:e] in towns):
            t = "LOC"
        elif t == "PER" and e - s >= 3 and text[e - 1] in _OFFICE_END:
            t = "ORG"
        out.append((s, e, t))
    return out


# An administrative suffix after a place's name (克拉玛依市, 独山子区), not a title (市长, 区委).
_ADMIN_SUFFIX = regex.compile(r"[市县区州省镇乡旗盟](?![长委])")


def suffixed_places(doc: Document, spans: list[Span]) -> list[Span]:
    """A "person" the document also names with an administrative suffix is that place
    (克拉玛依 beside 克拉玛依市, 独山子 beside 独山子区): the segmenter tags such a city a
    person's name (nr), and a city that acts in a sentence (克拉玛依牵头承办…) reads like one."""
    if not any(t == "PER" for *_, t in spans):
        return spans
    text = doc.clean_text
    stems: set[str] = set()
    for m in _ADMIN_SUFFIX.finditer(text):
        p = m.start()
        stems.update(text[p - n : p] for n in (2, 3, 4, 5) if p >= n)
    return [(s, e, "LOC") if t == "PER" and text[s:e] in stems else (s, e, t) for s, e, t in spans]


def merge_prefixed(doc: Document, spans: list[Span]) -> list[Span]:
    """A place directly followed by an organisation is one organisation
    (北京市|新街口医院, 曹县|计划生育委员会), as both corpora tag it, unless a word crosses
    the seam or the organisation starts with a place of its own, a city or county, or any
    place after a province or country: then the first place is the one above it, a name
    apart (河南省|郑州市二七司法培训学校, 湖南省|湘潭钢铁公司, as MSRA tags 17 of 19 such pairs
    on dev), where 北京市|新街口医院 and 邯郸市|朝阳肝病专科医院 are one name. A person
    before an organisation stays a person (张路|足彩, 宫磊|西甲). A province, city or county
    followed by its 人民政府 or 人大常委会 is one organisation with it, which MSRA mostly
    leaves untagged after the place (湖南省|人民政府: 25 of its 31 人民政府)."""
    text = doc.clean_text
    out: list[Span] = []
    for i, (s, e, t) in enumerate(spans):
        if out and t == "ORG" and out[-1][1] == s and out[-1][2] == "LOC":
            a = out[-1][0]
            words = doc.tokens.between(a, e, spaces=True)
            across = next((te for ts, te, _, _ in words if ts < s < te), None)
            if across is not None and across < e and not _PLACE_WORD.fullmatch(text, across, e):
                # the model's seam inside a word (新疆维吾尔自|治区卫生健康委员会): at the word's end
                out[-1], s = (a, across, "LOC"), across
                across = None
            head, head_pos = next(((w, pos) for ts, _, w, pos in words if ts >= s), ("", ""))
            # its own place: a county or city word, or any place after a province or country
            own_place = _PLACE_WORD.fullmatch(head) is not None or head in places() or (
                head_pos.startswith("ns") and text[s - 1] not in "市县区镇乡")
            if not own_place and across is None:
                out[-1] = (a, e, "ORG")
                continue
        if t == "LOC" and text[e - 1 : e] in _ADMIN_END:
            m = _GOVERNMENT.match(text, e)
            if m and (i + 1 == len(spans) or spans[i + 1][0] >= m.end()):
                t, e = "ORG", m.end()
        out.append((s, e, t))
    return out


def plausible(doc: Document, spans: list[Span]) -> list[Span]:
    """Names no person or organisation has go: a "person", or an "organisation" of two
    characters, starting with a province's abbreviation (沪克, Shanghai-Karamay), an
    "organisation" that is a common noun ending like one (新格局, 大局), display type with each
    character twice (沪沪 克克)."""
    return [x for x in spans if _plausible(doc.clean_text, x)]


def _plausible(text: str, span: Span) -> bool:
    s, e, t = span
    if _doubled(text[s:e]):
        return False
    if t == "PER" or (t == "ORG" and e - s == 2):
        return text[s] not in _NOT_A_SURNAME
    if t == "ORG" and e - s <= 4:
        name = text[s:e]
        return not (name[-2:] in NON_ORG_TAILS and (e - s == 2 or name[-3:-2] in "新大全"))
    return True


def _doubled(name: str) -> bool:
    """Display type extracted from print, each character twice (情情 沪沪 克克 深深 for a
    headline 情深沪克): no name."""
    chars = "".join(name.split())
    return len(chars) >= 4 and len(chars) % 2 == 0 and all(a == b for a, b in zip(chars[::2], chars[1::2]))


def _is_place(doc: Document, s: int, e: int) -> bool:
    """A known place (:func:`places`), or a word the segmenter tagged as one."""
    return doc.clean_text[s:e] in places() or doc.tokens.word_at(s, e) == "ns"


def countries(doc: Document, spans: list[Span]) -> list[Span]:
    """One-character country names: a pair the model took as one name (中尼, 伊科) is two
    places unless it is a place word (南非); pairs before 边境, 关系 etc., 美方 and
    enumerations 美、英、法 are tagged where the model left them."""
    text = doc.clean_text
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
    if "方" in text:
        for m in _SIDE.finditer(text):
            if doc.tokens.word_at(m.start(), m.end()) is not None:  # 美方 a word of its own, not 比方 or 地方
                extra.append((m.start(), m.start() + 1, "LOC"))
    if "、" in text:
        extra += _enumerated(text)
    return _add_free(text, out, extra) if extra else out


def _enumerated(text: str) -> list[Span]:
    """Each country of an enumeration of one-character names (美、英、法等国)."""
    extra: list[Span] = []
    for m in _ENUM.finditer(text):
        s, e = m.span()
        if (s and _HAN.match(text[s - 1]) and text[s - 1] not in _ENUM_BEFORE
                and not text.startswith(_ENUM_COUNTRIES, e)):
            continue
        if e < len(text) and _HAN.match(text[e]) and not text.startswith(_ENUM_AFTER, e):
            continue
        extra += [(k, k + 1, "LOC") for k in range(s, e, 2)]
    return extra


def listed_people(doc: Document, spans: list[Span]) -> list[Span]:
    """In a list whose items the model took for people at least twice (and for a third of
    them), the untagged items that read like Chinese names are people too."""
    text = doc.clean_text
    if "、" not in text:
        return spans
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
    return _add_free(text, spans, extra) if extra else spans


def not_people(doc: Document, spans: list[Span]) -> list[Span]:
    """"People" that are not: the name a disease or germ is called after (布鲁|氏菌病), a
    surname on its own after 姓 (姓孔的经理: a title, not a name; MSRA tags it PER), and
    the only "person" in a list of three or more headings of one character, a dot and a
    word whose other items are no names (刻·留痕、印·传承、绘·意向、拓·新境、数·未来: the
    units of an exhibition; 乔·拜登 stays a person where his list is not all of that shape)."""
    if not any(t == "PER" for *_, t in spans):
        return spans
    text = doc.clean_text
    drop = {(s, e) for s, e, t in spans
            if t == "PER" and (_EPONYM.match(text, e) or (e - s == 1 and text[s - 1 : s] == "姓"))}
    if "、" in text:
        ordered = sorted(spans)
        starts = [x[0] for x in ordered]
        for m in _HEADINGS.finditer(text):
            # the names that start before the list's end and end after its start
            k = bisect_left(starts, m.end())
            near = [x for x in ordered[max(0, bisect_left(starts, m.start()) - 1) : k] if x[1] > m.start()]
            if len(near) == 1 and near[0][2] == "PER":
                s, e, _ = near[0]
                if (s == m.start() or text[s - 1] == "、") and (e == m.end() or text[e] == "、"):
                    drop.add((s, e))
    return [x for x in spans if (x[0], x[1]) not in drop] if drop else spans


def venues(doc: Document, spans: list[Span]) -> list[Span]:
    """A place followed by the untagged rest of a venue's name takes it in, if that ends
    where a word ends and is nouns (not 广州市|寺右新马路)."""
    text = doc.clean_text
    out: list[Span] = []
    for i, (s, e, t) in enumerate(spans):
        if t == "LOC":
            limit = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            m = _VENUE.match(text, e, limit)
            if m:
                words = [w for w in doc.tokens.between(e, m.end() + 2, spaces=True) if w[0] < m.end()]
                if words and words[-1][1] == m.end() and all(p[:1] in ("n", "s", "j") or p == "vn" for *_, p in words):
                    e = m.end()
        out.append((s, e, t))
    return out


def split_orgs(doc: Document, spans: list[Span]) -> list[Span]:
    """Organisations the model ran together: cut at a joining verb
    (…社区联合区消防救援大队), at a verb, conjunction or preposition after an organisation's
    suffix (中国银行收购信托公司, 香港金管局和财政司, …有限公司在克拉玛依注册成立…), or at two
    verbs in a row (…注册成立克拉玛依碳和网络科技有限公司: a clause, never part of a name)."""
    out: list[Span] = []
    for s, e, t in spans:
        out += cut_org(doc, s, e) if t == "ORG" and e - s >= 4 else [(s, e, t)]
    return out


def cut_org(doc: Document, s: int, e: int) -> list[Span]:
    """The organisations in ``text[s:e]``, cut as :func:`split_orgs` says; what follows a cut
    is cut again."""
    text = doc.clean_text
    words = doc.tokens.between(s, e, spaces=True)
    for i, (a, b, w, pos) in enumerate(words[1:-1], 1):
        joining = w in _JOINING_VERBS and pos.startswith("v")
        verb = pos == "v" and len(w) > 1
        after_unit = a - s >= 2 and ORG_END.search(text[s:a]) is not None
        # 联合 joins two units only after a whole one, an organisation or a community
        # (…社区|联合|区消防救援大队); inside a name it is a word of it (西南联合大学,
        # 联合国艾滋病联合计划署, 联合出版社). A verb before a unit of two characters is part of
        # its name (建安公司安装二队).
        if joining:
            cut = after_unit or (a - s >= 2 and text[a - 1] in "区村")
        else:
            cut = after_unit and (pos in ("c", "p") or (verb and e - b >= 3))
        if cut:
            rest = cut_org(doc, b, e) if joining or ORG_END.search(text[b:e]) else []
            return [(s, a, "ORG"), *rest]
        nxt = words[i + 1]
        if (verb and nxt[3] == "v" and len(nxt[2]) > 1 and e - nxt[1] >= 4 and ORG_END.search(text[nxt[1]:e])
                and (i == 1 or _is_place(doc, s, a))):
            # two verbs in a row after one word or a place: a clause (克拉玛依|注册成立|…有限公司),
            # not a name (全国儿童铁缺乏防治指导中心)
            head = [(s, a, "LOC")] if _is_place(doc, s, a) else []
            return head + cut_org(doc, nxt[1], e)
    return [(s, e, "ORG")]


def _word_start(doc: Document, s: int, lo: int) -> int:
    """Where the word ``s`` falls inside starts (not before ``lo``), if the characters before
    ``s`` in it read as part of a name (省|公安厅, 白|俄罗斯外交部), not a preposition or
    conjunction (以|桑普, 和|永嘉县政府)."""
    for a, b, _, pos in doc.tokens.between(max(lo, s - 4), s + 4, spaces=True):
        if a < s < b:
            head = doc.word_tags(doc.clean_text[a:s])
            return a if pos[:1] not in ("", *"vpcurmx") and all(p[:1] in tuple("nabjf") for _, p in head) else s
    return s


def extend_left(doc: Document, spans: list[Span]) -> list[Span]:
    """An organisation preceded by untagged nouns that start with a place word takes them
    in: 白碱滩区市场|监督管理局 is one name. Only words since the previous name count."""
    out: list[Span] = []
    prev = 0
    for s, e, t in spans:
        if t == "ORG":
            s = _word_start(doc, s, prev)
            s = min([k for k, w in noun_run(doc, s, max(prev, s - 12)) if _PLACE_WORD.fullmatch(w)], default=s)
        out.append((s, e, t))
        prev = e
    return out


def noun_run(doc: Document, s: int, lo: int, tags: frozenset[str] = _PREFIX_POS) -> list[tuple[int, str]]:
    """The words of two or more characters tagged ``tags`` (nouns) right before ``s`` (not
    before ``lo``), nearest first, each with where it starts."""
    run = []
    for a, _, w, pos in reversed(doc.tokens.between(lo, s, spaces=True)):
        if pos not in tags or len(w) < 2:
            break
        run.append((a, w))
    return run


def extend_right(doc: Document, spans: list[Span]) -> list[Span]:
    """An organisation directly followed by the name of one of its units takes it in:
    清华大学心理学系 and 江西省委老干部局 are one name each (the longest of nested names).
    The unit is nouns only, up to the next name, and ends like a unit."""
    text = doc.clean_text
    out: list[Span] = []
    for k, (s, e, t) in enumerate(spans):
        if t == "ORG":
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            end = e
            for _, b, w, pos in doc.tokens.between(e, min(nxt, e + 12), spaces=True):
                if pos not in _UNIT_POS:
                    break
                if _UNIT_END.search(w):
                    end = b
            e = end
        out.append((s, e, t))
    return out


def datelines(doc: Document, spans: list[Span]) -> list[Span]:
    """The place of a dateline is one place (加沙 of 新华社加沙12月31日电, not 加 and 沙), or a
    country or province and a place in it (德国|罗滕堡), whatever the model made of it; or the
    organisation it names (本报联合国6月8日电)."""
    text = doc.clean_text
    found = dateline_places(text)
    if not found:
        return spans
    for ps, pe in found:
        inside = [x for x in spans if x[0] < pe and x[1] > ps]
        if (inside and all(t == "LOC" and ps <= s and e <= pe and e - s >= 2 for s, e, t in inside)
                and sum(e - s for s, e, _ in inside) == pe - ps):
            continue  # the model's places already tile it: 德国|罗滕堡
        head = next((k for k in range(pe - 2, ps + 1, -1) if text[ps:k] in places()), None)
        if head:
            new = [(ps, head, "LOC"), (head, pe, "LOC")]
        else:  # 本报联合国6月8日电: an organisation, as the segmenter reads it
            new = [(ps, pe, "ORG" if pe - ps <= 4 and doc.word_tags(text[ps:pe]) == ((text[ps:pe], "nt"),) else "LOC")]
        spans = sorted([x for x in spans if x not in inside] + new)
    return spans


def verb_ended(doc: Document, spans: list[Span]) -> list[Span]:
    """An "organisation" that ends in a verb and not like an organisation's name is a
    clause, not a name: 组建沪克“小组团”服务, 清华大学建设, 微软威胁."""
    text = doc.clean_text
    out: list[Span] = []
    for s, e, t in spans:
        if t == "ORG" and not ORG_END.search(text, s, e):
            words = doc.tokens.between(s, e)
            if len(words) > 1 and words[-1][1] == e and len(words[-1][2]) >= 2 and words[-1][3] in ("v", "vn"):
                continue
        out.append((s, e, t))
    return out


def _orgs_only(rule: Rule) -> Rule:
    """``rule``, run only when there is an organisation to work on."""
    def run(doc: Document, spans: list[Span]) -> list[Span]:
        return rule(doc, spans) if any(t == "ORG" for *_, t in spans) else spans

    run.__name__, run.__doc__ = rule.__name__, rule.__doc__
    return run


# In order: each rule sees what the rules before it made.
RULES: tuple[Rule, ...] = (
    unbracketed, clauses, retype, suffixed_places, counted_places, country_first, person_ends, merge_prefixed,
    plausible, countries, datelines, listed_people, not_people, venues,
    _orgs_only(split_orgs), _orgs_only(extend_left), _orgs_only(extend_right), _orgs_only(verb_ended),
)


def refine(doc: Document, spans: list[Span]) -> list[Span]:
    """The model's ``(start, end, type)`` spans after every rule of :data:`RULES`."""
    for rule in RULES:
        spans = rule(doc, spans)
    return spans


__all__ = ["NON_ORG_TAILS", "RULES", "Rule", "Span", "TokenSpan", "cut_org", "noun_run", "refine"]
