"""What quotes and posts both read: a document's names in its clean text, the people
credited in its bylines, the words for offices and for unnamed people, and the subject of a
clause (who said it, who holds it).

Everything works on the document's clean text and its one segmentation; the entity step
(:func:`kmytext.entities`) gives the names, and a name it links to a fuller one
(``Entity.canonical``) is used as that name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from kmytext.ner.lexicon import surnames
from kmytext.ner.linking import given_names
from kmytext.text.document import Document
from kmytext.types import Entity

# -- words -------------------------------------------------------------------------------------

# Offices and jobs, longest first where one ends another (副总理 before 总理): posts are made of
# them, and a speaker written as one (该经理, 外经贸部新闻发言人) is a role.
_OFFICES = """
总书记 书记 常委 委员长 委员 代表 主席 总统 总理 首相 国务卿 国务委员 部长 外长 大臣 局长 厅长 处长 科长 司长
署长 省长 市长 县长 区长 州长 乡长 镇长 村长 旗长 盟长 议长 国王 女王 天皇 亲王 王储 总督 大使 公使 领事 参赞
发言人 司令员 司令 参谋长 政委 总检察长 检察长 首席大法官 院长 所长 校长 主任 秘书长 总干事 会长 理事长 董事长
董事 监事长 总经理 经理 总裁 厂长 矿长 场长 行长 社长 台长 站长 馆长 主编 总编辑 总编 组长 团长 队长 主教练 教练
领队 总监 首席经济学家 首席执行官 首席 执行官 ceo CEO 总指挥 指挥长 主管 负责人 合伙人 创始人 讲师 教授 老师 教师
研究员 顾问 工程师 设计师 长官 次官 部长助理 助理 主持人 总工程师 总设计师 主任委员 党组书记 联合主席 第一书记 支书
干事长 党首 行政长官 特首
"""
OFFICES = tuple(sorted(set(_OFFICES.split()), key=len, reverse=True))
# A position's modifiers that stay with it (常务副省长, 名誉会长, 第二政委).
OFFICE_PREFIX = r"(?:常务|名誉|执行|第[一二三四五六七八九十]|首任|代理|代|署理|常驻|驻华|荣誉|终身|联合|总|副|前|原)*"

# Heads of a noun phrase that names unnamed people (roles).
_PEOPLE = """
人士 专家 学者 记者 笔者 群众 居民 市民 村民 农民 牧民 工人 职工 干部 官员 人员 工作者 同志 老人 老汉 大爷 大妈
阿姨 师傅 小伙子 姑娘 学生 同学 老师 医生 护士 网友 读者 观众 球迷 评论 舆论 分析家 分析师 观察家 消费者 知情人
人们 有人 者 员 们 士 长 人 客 商 户 民 兵 官 师 生 手 友 嫂 婆 翁 伯 叔 姐 哥 妹 弟 儿子 女儿 父亲 母亲 先生
女士 小姐 夫人 太太 老板 汉子 专家 作家 画家 科学家 企业家 艺术家 评论家 实干家 大家 学家 智者 人家 玩家
迷 粉丝 客服 消息来源 外媒
编辑 同事 家人 管理层 领导层 领导 首长 政要 妇女 男子 女子 青年 少年 女孩 男孩 店主 摊主 车主 业主 房东 家长 患者 司机 老太太
员工 被告 原告 妈妈 爸爸 母亲 父亲 外婆 外公 奶奶 爷爷 姥姥 姥爷 大娘 大伯 大叔 大嫂 老伴 孩子 妻子 丈夫
会计 出纳 大伙 大伙儿 伙计 保姆 警察 民警 交警 武警 特警 干警 刑警 巡警 歹徒 小偷 嫌犯 罪犯 囚犯 模特 歌星 明星
球星 影星 主帅 门将 前锋 后卫 裁判 冠军 亚军 婴儿 小孩 新娘 新郎 伴侣 情侣 老乡 乡亲 邻居 老总 主妇 学子 嫂子
"""
PEOPLE_HEADS = tuple(sorted(set(_PEOPLE.split()) | set(OFFICES), key=len, reverse=True))
# Heads of a noun phrase that names an organisation, a government, a medium or a document.
_ORG_HEADS = """
委员会 大学 学院 学校 中学 小学 医院 博物馆 图书馆 杂志 报纸 报刊 电视台 电台 组织 联盟 常委会 方面 政府 当局 银行 公司 集团 组织 协会 学会 联合会 基金会 部门 单位 机构 中心 媒体 报告 讲话 公报
声明 通讯社 新华社 法新社 路透社 美联社 共同社 塔斯社 报 社 台 网 刊 党 派 会 委 局 部 厅 院 署 办 处 所 队 军 团
国会 议会 法院 政协 人大 全会 大会 内阁 白宫 五角大楼 外电 舆论界 会议 网站 论坛 基地
警方 校方 院方 厂方 店方 馆方 园方 队方 军方 官方 资方 劳方 检方 控方 辩方 中方 美方 日方 俄方 英方 法方 德方 韩方 朝方 巴方 以方 印方 台方 港方 澳方
"""
ORG_HEADS = tuple(sorted(set(_ORG_HEADS.split()), key=len, reverse=True))

PRONOUNS = frozenset({"他", "她"})
FIRST_PERSON = frozenset({"我", "我们", "他们", "她们", "本人"})
# Titles that follow a surname alone: 李先生, 孔经理, 陈女士, 江总书记.
_TITLE_AFTER_SURNAME = regex.compile(
    "(?:" + "|".join(regex.escape(w) for w in (*OFFICES, "先生", "女士", "小姐", "夫人", "老师", "师傅", "同志",
                                              "大爷", "大妈", "阿姨", "老汉", "奶奶", "爷爷", "大娘", "婆婆", "老太",
                                              "老人")) + ")")


# -- names in clean offsets --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Name:
    """A name the entity step found, in the document's clean text: ``name`` is what it counts
    as (the full name an alias or a linked short name stands for); ``role`` is set for people
    credited in a byline."""

    start: int
    end: int
    type: str
    name: str
    role: str | None = None


def clean_offsets(doc: Document) -> Callable[[int, int], tuple[int, int]]:
    """From the caller's offsets (as records carry them) back to the clean text's."""
    cleaned, base = doc.cleaned, doc.offset
    if cleaned.text is cleaned.source:
        return lambda s, e: (s - base, e - base)
    index = range(len(cleaned.text))

    def span(s: int, e: int) -> tuple[int, int]:
        a = bisect_left(index, s - base, key=cleaned.to_source)
        b = bisect_left(index, e - 1 - base, key=cleaned.to_source) + 1 if e > s else a
        return a, b

    return span


def names(doc: Document, found: Sequence[Entity]) -> list[Name]:
    """The entities of ``doc`` (as :func:`kmytext.entities` gave them) in clean offsets, in
    text order, titles in 《》 left out; a person's name the entity step cut or ran on by a
    character is repaired (:func:`repaired`)."""
    span = clean_offsets(doc)
    out = []
    for e in found:
        if e.type == "WORK":
            continue
        s, t = span(e.start, e.end)
        name = Name(s, t, e.type, e.canonical or e.name.replace("\n", ""), e.role)
        out.append(repaired(doc, name) if e.type == "PER" and e.role is None else name)
    out.sort(key=lambda n: (n.start, n.end))
    return linked(doc, out)


# Verbs of holding a meeting (在伦敦召开的…会议, 座谈会在京举行): where and when, no part of a name.
MEETING_VERBS = "召开|举行|举办"
# A dateline's date and 讯/电 (3月5日讯, 12月31日18时电): where an article's text starts.
DATELINE = regex.compile(r"\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?(?:讯|电)")
# A wire dateline before a clause's subject (据新华社电, 新华社北京5月22日电).
WIRE = regex.compile(r"据?(?:新华社|中新社|本报|路透社|法新社|美联社|共同社|塔斯社)"
                    r"(?:\p{Han}{0,8}?[\d０-９]{1,2}月[\d０-９]{1,2}日)?(?:电(?![讯视台话子])|(?<=报\p{Han}{0,12})讯(?![问息号]))")


_DOT = "·•"


def _whole(doc: Document, name: Name) -> Name:
    """A foreign name taken whole across its middle dots (杰弗里|·加腾 -> 杰弗里·加腾, 李·|汉密尔顿 ->
    李·汉密尔顿): the word on the other side of each dot joins it."""
    text = doc.clean_text
    s, e = name.start, name.end
    while e + 1 < len(text) and text[e] in _DOT and _HAN.match(text, e + 1):
        nxt = doc.tokens.between(e + 1, e + 9)
        if not nxt or nxt[0][0] != e + 1 or nxt[0][1] - nxt[0][0] > 4 or nxt[0][2] in OFFICES:
            break
        e = nxt[0][1]
    while s >= 2 and text[s - 1] in _DOT and _HAN.match(text, s - 2):
        prev = [w for w in doc.tokens.between(s - 6, s - 1) if w[1] == s - 1]
        if not prev or prev[0][1] - prev[0][0] > 4 or prev[0][2] in OFFICES or prev[0][3][:1] in ("v", "p", "u", "d"):
            break
        s = prev[0][0]
    if (s, e) == (name.start, name.end):
        return name
    return Name(s, e, name.type, text[s:e], name.role)


def linked(doc: Document, found: list[Name]) -> list[Name]:
    """In-document links for foreign names: each is taken whole across its middle dots, and a
    short form of one written elsewhere in the document, its first or last part (汉密尔顿, 加腾,
    安瓦尔), counts as the whole name, when only one name of the document has that part."""
    text = doc.clean_text
    found = [_whole(doc, n) if n.type == "PER" and n.role is None else n for n in found]
    parts: dict[str, set[str]] = {}
    for n in found:
        if n.type == "PER" and n.role is None and any(d in n.name for d in _DOT):
            segments = regex.split(f"[{_DOT}]", n.name)
            for part in (segments[0], segments[-1]):
                if len(part) >= 2:
                    parts.setdefault(part, set()).add(n.name)
    if not parts:
        return found
    out = []
    covered = [(n.start, n.end) for n in found]
    for n in found:
        full = parts.get(n.name) if n.type == "PER" and n.role is None else None
        out.append(Name(n.start, n.end, n.type, next(iter(full)), n.role) if full and len(full) == 1 else n)
    for part, full in parts.items():
        if len(full) != 1:
            continue
        for m in regex.finditer(regex.escape(part), text):
            a, b = m.span()
            if any(s < b and a < e for s, e in covered) or (a and text[a - 1] in _DOT) or (b < len(text) and text[b] in _DOT):
                continue
            out.append(Name(a, b, "PER", next(iter(full))))
    out.sort(key=lambda n: (n.start, n.end))
    return out


# What may follow a name directly: punctuation, an honorific, a cue (汪赛进、, 杜侠都先生, 任晓明说).
_AFTER_NAME = regex.compile(r"[、，,。；;：:）)]|先生|女士|同志|等|说|表示|指出|强调|认为|介绍|透露|称")
# What follows a surname (and a given name's first character) in a name news withholds: 王某某, 郑某, 张某某.
_ANONYMISED = regex.compile(r"某某|某(?!些|种|个|项|地|天|年|月|日|次|处|部|单位|公司|人)")
# One character after a name that is a word of its own there (李明都说, 张华也表示), not a name's last.
_NOT_NAME_END = frozenset("的和与及等也都还又就曾将已是为向对被把从到在今昨日时们说称讲道问则却才再并即于")


def repaired(doc: Document, name: Name) -> Name:
    """A person's name with the boundary the entity step got wrong put right: a two-character
    name (a surname and one more) followed by one character that ends a three-character name
    before punctuation, an honorific or a cue (汪赛|进、 -> 汪赛进, 任晓|明说 -> 任晓明, 杜侠|都先生 ->
    杜侠都); a name that took in an adverb or a preposition after it (贝雷塔颇见功力 -> 贝雷塔)."""
    text = doc.clean_text
    s, e = name.start, name.end
    if name.name != text[s:e]:
        return name  # an alias or a linked short form: the entity step's own choice
    words = doc.tokens.between(s, e)
    if len(words) >= 2 and words[-1][1] == e and words[-1][0] - s >= 3 and words[-1][1] - words[-1][0] == 1 \
            and words[-1][3][:1] in ("d", "p", "c") and words[-2][3][:2] == "nr" and words[-1][2] != "夫":  # 苏斯洛夫: a name's end
        cut = words[-1][0]
        return Name(s, cut, name.type, text[s:cut], name.role)
    if e - s <= 2 and text[s] in surnames():
        anon = _ANONYMISED.match(text, e)
        if anon is not None:  # 王某某, 郑某: a name the paper withholds, written so as a whole
            return Name(s, anon.end(), name.type, text[s:anon.end()], name.role)
    end = name_end(text, s, e)
    return Name(s, end, name.type, text[s:end], name.role) if end != e else name


def name_end(text: str, s: int, e: int) -> int:
    """Where a two-character name ``[s, e)`` (a surname and one more) really ends: one character
    further when that character and what follows it (punctuation, an honorific, a cue) make a
    three-character name the more likely reading (汪赛|进、, 任晓|明说)."""
    if e - s == 2 and text[s] in surnames() and e < len(text) and _HAN.match(text, e):
        c = text[e]
        after = _AFTER_NAME.match(text, e + 1)
        if after is not None and (c not in _NOT_NAME_END or after.group() in ("先生", "女士", "同志")):
            return e + 1
    return e


class Names:
    """A document's names, looked up by position."""

    def __init__(self, found: list[Name]) -> None:
        self.all = found
        self._starts = [n.start for n in found]
        self._given: dict[str, str] | None = None

    def full_of(self, given: str) -> str | None:
        """The one full name of the document whose given name ``given`` is (穆玲英 for 玲英,
        as the entity step links them), for a name the entity step did not find."""
        if self._given is None:
            self._given = given_names(n.name for n in self.all if n.type == "PER" and n.role is None)
        return self._given.get(given)

    def within(self, start: int, end: int, types: str = "PER ORG LOC") -> list[Name]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.all) and self.all[i].start < end:
            n = self.all[i]
            if n.end <= end and n.type in types:
                out.append(n)
            i += 1
        return out

    def at(self, start: int) -> Name | None:
        i = bisect_left(self._starts, start)
        return self.all[i] if i < len(self.all) and self.all[i].start == start else None

    def covering(self, at: int) -> Name | None:
        i = bisect_right(self._starts, at) - 1
        return self.all[i] if i >= 0 and self.all[i].start <= at < self.all[i].end else None

    def full_name(self, surname: str, before: int) -> str | None:
        """The full name of a person written as a surname and a title (李先生, 孔经理): the
        person of that surname named in the document, the last before ``before`` if several
        are, else the only one named after it; None when no one is."""
        people = [n for n in self.all if n.type == "PER" and n.role is None and len(n.name) >= 2
                  and n.name[0] == surname and not _TITLE_AFTER_SURNAME.fullmatch(n.name[1:])]
        earlier = [n for n in people if n.start < before]
        if earlier:
            return earlier[-1].name
        later = {n.name for n in people}
        return later.pop() if len(later) == 1 else None


def surname_title(phrase: str) -> tuple[str, str] | None:
    """``(surname, title)`` when ``phrase`` is a surname and a title (孔经理, 李先生, 姓孔的经理)."""
    m = regex.fullmatch(r"姓(\p{Han})的(\p{Han}{1,5})", phrase)
    if m and _TITLE_AFTER_SURNAME.fullmatch(m.group(2)):
        return m.group(1), m.group(2)
    if 2 <= len(phrase) <= 5 and phrase[0] in surnames() and _TITLE_AFTER_SURNAME.fullmatch(phrase[1:]):
        return phrase[0], phrase[1:]
    return None


_OFFICE_NAME = regex.compile("(?:" + "|".join(regex.escape(w) for w in OFFICES)
                             + r")(\p{Han}{2,4}|\p{Han}{1,6}(?:[·•]\p{Han}{1,8})+)$")


def name_after_office(phrase: str) -> tuple[int, str] | None:
    """``(offset, name)`` of a name right after an office word at the end of ``phrase``
    (美国国务卿基辛格 -> 基辛格), for names the entity step took into an organisation."""
    m = _OFFICE_NAME.search(phrase)
    if m is None or regex.search(r"[他她我们和与及的等]", m.group(1)) or is_org(m.group(1)) or (
            m.group(1)[0] not in surnames() and "·" not in m.group(1) and len(m.group(1)) < 3):
        return None
    return m.start(1), m.group(1)


def _head(phrase: str, heads: tuple[str, ...]) -> int:
    """The length of the longest of ``heads`` that ends ``phrase`` (0 for none)."""
    return next((len(h) for h in heads if phrase.endswith(h)), 0)


# Words ending in 手 that are a hand, not a hand at something (选手, 歌手): 用手摸摸机器.
_HANDS = frozenset("用手 动手 拍手 握手 挥手 招手 伸手 举手 摆手 洗手 放手 插手 出手 下手 上手 接手 联手 携手 牵手 亲手 随手 "
                   "顺手 双手 两手 一手 左手 右手 小手 大手".split())


def is_people(phrase: str) -> bool:
    """Whether a noun phrase names people (专家, 该市蔬菜局的同志, 外经贸部新闻发言人, 当地干部):
    its head is a word for people, longer than any word for an organisation it also ends
    with (干部 is people, though 部 ends organisations)."""
    if phrase[-2:] in _HANDS:
        return False
    people = _head(phrase, PEOPLE_HEADS)
    return people > 0 and people >= _head(phrase, ORG_HEADS)


def is_org(phrase: str) -> bool:
    """Whether a noun phrase names an organisation, a government, a medium or a document."""
    org = _head(phrase, ORG_HEADS)
    return org > 0 and org > _head(phrase, PEOPLE_HEADS)


def article_spans(doc: Document, unit: str = "file") -> tuple[list[tuple[int, int]], list[str], list[str | None]]:
    """The articles of a document in clean offsets, with their ids (``FILE#N``) and dateline
    dates; ``unit="article"``: the document is one article (its id, its dateline)."""
    if unit == "article":
        from kmytext.news.reprints import unit_date

        return [(0, len(doc.clean_text))], [doc.id], [unit_date(doc)]
    from kmytext.text.articles import articles

    span = clean_offsets(doc)
    found = articles(doc)
    return [span(a.start, a.end) for a in found], [f"{doc.id}#{a.n}" for a in found], [a.date for a in found]


def shown(doc: Document) -> Callable[[str | None], str | None]:
    """How a name or phrase found in the clean text is written in the document: for a text in
    traditional script, its source characters (the clean text is simplified); else the source
    text of its first place in the clean text, line breaks left out, where that is as long as it
    (１９５４年出生的男同志, whose digits the clean text writes half-width); else as it is."""
    from kmytext.text.script import source_script, written_form

    source = source_script(doc)
    clean_text = doc.clean_text
    if source is None and doc.cleaned.text is doc.text:
        return lambda s: s

    def show(s: str | None) -> str | None:
        i = clean_text.find(s) if s else -1
        if not s or i < 0:
            return s
        if source is not None:
            return source[i:i + len(s)]
        return written_form(doc.place(i, i + len(s))[2], s) or s

    return show


# -- the subject of a clause -------------------------------------------------------------------

# Words a clause may open with before its subject: connectives, time and sequence adverbs.
_LEAD = frozenset("""
而 但 但是 并 并且 还 也 则 又 再 就 便 却 更 同时 此外 另外 其中 于是 因此 所以 不过 然而 可是 而且 最后 首先 其次
例如 比如 譬如 正如 诚如 恰如 接着 然后 后来 随后 这时 此时 当时 那时 今天 昨天 明天 前天 昨日 日前 近日 近来 最近 目前 当前 此前 此后 现在 如今 当天 当晚
当日 上午 下午 中午 晚上 晚间 早上 凌晨 今年 去年 明年 本月 上月 当月 会上 席间 期间 事后 会后 赛后 随即 对此 有 年 月 日 号
""".split())
_TIME = regex.compile(r"^(?:[\d０-９.]+|[一二三四五六七八九十两〇零]+)(?:年|月|日|号|时|点|分|世纪|年代|周)"
                      r"|^星期\p{Han}|^[\d０-９]+$")
_NP_POS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "nw", "j", "eng", "b", "s", "f", "q", "an",
                     "vn", "a", "m", "mq", "PER", "ORG", "LOC", "k", "h"})
_NP_PRONOUNS = frozenset({"他", "她", "我", "我们", "他们", "她们", "该", "这位", "那位", "此间", "这些", "一些", "有的", "有些",
                          "本人", "其", "有人"})
# A clause that opens with one of these opens with a prepositional phrase (与国务卿X…讨论), not its subject.
_NOT_SUBJECT = frozenset({"与", "和", "及", "以及", "同", "跟"})
# What makes a verb before it a time clause (审理后, 研究之后, 采访时).
_AFTER = frozenset({"后", "之后", "以后", "时"})
_JOINERS = frozenset({"的", "和", "与", "及", "以及", "、", "·", "“", "”", "《", "》", "之"})
# Verbs that modify a noun for people directly (与会学者, 相关负责人, 随行记者).
_ATTRIBUTIVE = frozenset({"相关", "有关", "主管", "分管", "与会", "参会", "在场", "随行", "知情", "获奖", "参赛"})
# Times of life, which the segmenter tags as times (中年/t): they modify a noun for people (一位中年汉子).
_AGES = frozenset({"中年", "老年", "青年", "少年", "壮年", "幼年"})
# Speech verbs: a clause with one is a predicate, never inside a subject's relative clause.
_SPEECH = frozenset({"说", "表示", "指出", "强调", "认为", "称", "坦言", "声称", "宣称", "承认", "表态"})
# What a role may open with that an index leaves out: a count, a share, a demonstrative with a
# classifier (多位, 44%的, 这位), 有的, 上述; and, where the segmenter cut it as a word of its own, 有
# (有|专家认为, 有人说; not 有钱人, 有色金属, 有研集团).
_LEADS = (r"有的|有些|有一?(?:位|个)|上述|许多|不少|少数|一?部分|多位|多名|众多|另一位|另一名|其中一位|[这那](?:位|名)|"
          r"(?:(?:但|而|结果)?(?:近|约|将近|大约|超过|逾|有)?(?:[\d０-９.．]+[%％]|百分之[一二三四五六七八九十百零点]+)的)")
_ROLE_LEAD = regex.compile(rf"^(?:{_LEADS})+")
_ROLE_LEAD_YOU = regex.compile(rf"^(?:{_LEADS}|有)+")
_COUNT = regex.compile(r"^(?:[一两二三四五六七八九十几数]+)(?:位|名|个|些|批|群|伙|对|家)")
_TRIM = regex.compile(r"(?:[的和与及、·]|以及)+$")
_HAN = regex.compile(r"\p{Han}")

Unit = tuple[int, int, str, str]  # start, end, word, POS (a name's type for a name)


def units(doc: Document, found: Names, start: int, end: int) -> list[Unit]:
    """The words of ``[start, end)`` with each name the entity step found as one unit."""
    out: list[Unit] = []
    skip_to = start
    for s, e, w, pos in doc.tokens.between(start, end):
        if e <= skip_to:
            continue
        if s < skip_to:  # a word running past a name (李先生 over the name 李): its rest
            s, w = skip_to, doc.clean_text[skip_to:e]
        name = found.covering(s)
        inner = found.covering(e - 1) if name is None and e - s > 1 else None
        if inner is not None and s < inner.start and inner.type in ("PER", "ORG", "LOC") and inner.end <= end:
            # a word running into a name (兼县|县粮食局): its start, then the name
            out.append((s, inner.start, doc.clean_text[s:inner.start], pos))
            name = inner
        if name is not None and name.type in ("PER", "ORG", "LOC") and name.end <= end:
            out.append((name.start, name.end, doc.clean_text[name.start:name.end], name.type))
            skip_to = name.end
            if e > skip_to:
                out.append((skip_to, e, doc.clean_text[skip_to:e], pos))
                skip_to = e
            continue
        out.append((s, e, w, pos))
    return out


def led(word: str) -> bool:
    """Whether a word longer than two characters opens with a word a clause may open with before
    its subject (今天下午, which the segmenter may tag as a name or a noun): a time, not a name."""
    return len(word) > 2 and word[:2] in _LEAD


def _np_unit(us: Sequence[Unit], i: int) -> bool:
    """Whether unit ``i`` belongs to a noun phrase that goes on from the units before it."""
    w, pos = us[i][2], us[i][3]
    if w in _SPEECH or (len(w) > 2 and w.endswith("给")):
        return False  # 他坦言, 用户写信给海尔, where the segmenter takes the verb for a noun: the predicate starts
    nxt = i + 1 < len(us)
    if w in _JOINERS:
        return nxt and (us[i + 1][2] in _JOINERS or _np_unit(us, i + 1))
    if w in _NP_PRONOUNS or w in ("等", "等等"):
        return True
    if pos in ("a", "b", "m", "mq"):
        return nxt and _np_unit(us, i + 1)  # only before a noun: 老住户, 一位干部, not 他高兴地
    if pos in _NP_POS or pos.startswith("n"):
        return (not _TIME.match(w) and not led(w)) or pos in ("PER", "ORG", "LOC")
    if pos == "l" and len(w) > 1 and w.endswith(PEOPLE_HEADS):
        return True  # 发言人/l
    if pos.startswith("v") and nxt and us[i + 1][2] == "的":
        return True  # a relative clause: 就诊的维吾尔族居民
    if (w in _ATTRIBUTIVE or w in _AGES) and nxt and _np_unit(us, i + 1):
        return True  # 市国土房管局相关负责人, 与会学者, 一位中年|汉子
    if pos == "r" and len(w) == 2 and w[0] == "该":
        return nxt and _np_unit(us, i + 1)  # 该市蔬菜局的同志: a demonstrative with its classifier
    if w in ("某", "另一家", "另一位", "另一名", "另一个"):
        return nxt and _np_unit(us, i + 1)  # 武汉市某房产中介店长刘先生, 南京另一家银行…负责人
    if w == "驻" and nxt and us[i + 1][3] in ("LOC", "ORG", "ns", "nt"):
        return True  # 驻阿富汗美军, 驻华使馆: stationed in a place, a modifier
    return False


def _relative(us: Sequence[Unit], i: int) -> int:
    """Where a noun phrase that opens with a relative clause ends (熟知内情的房产经纪人, 一位不愿透露
    姓名的业内人士, 位于玉双路的一家民间放贷机构): from ``i``, words up to a 的, then a noun phrase
    whose head names people or an organisation; ``i`` when there is none. The clause may not
    hold a pronoun, a name of a person or a speech verb: those are a subject and its predicate."""
    k = i
    while k < len(us) and us[k][3] in ("m", "mq"):
        k += 1
    if k < len(us) and us[k][2] in ("是", "为", "成为", "作为", "就是"):
        return i  # 是一个勇挑重担的人: a predicate, not a noun phrase
    de = next((d for d in range(k, min(len(us), k + 10)) if us[d][2] == "的"), None)
    if de is None or de == k or not any(
            us[x][3][:1] == "v" for x in range(k, de)):
        return i
    for x in range(k, de):
        w, pos = us[x][2], us[x][3]
        if pos == "PER" and any(us[y][3][:1] == "v" for y in range(k, x)):
            continue  # 熟悉程砚秋的先生: a name as the verb's object
        if pos in ("ul", "ug") and k > i:
            continue  # 一位在此工作了三十年的老工人: after a count, a noun phrase however long
        if pos in ("PER", "r", "x", "ul", "uz", "ug", "c") or w in _NP_PRONOUNS or w in _SPEECH:
            return i
    j = de + 1
    while j < len(us) and _np_unit(us, j):
        j += 1
    if j > de + 1 and j + 1 < len(us) and us[j][3] == "v" and us[j + 1][3][:1] == "n" and (
            us[j + 1][2].endswith(PEOPLE_HEADS) or us[j + 1][2].endswith(ORG_HEADS)):
        j += 2  # …的民间放贷机构: a verb and its noun as one modifier
    head = us[j - 1][2] if j > de + 1 else ""
    if head and _TIME.match(head) is None and (head.endswith(PEOPLE_HEADS) or head.endswith(ORG_HEADS)):
        return j
    return i


def subject(doc: Document, found: Names, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase a clause ``[start, end)`` opens with, after connectives and time words
    (``１０月３０日上午，``, ``随后``): the subject of its verb in news prose. None when the clause
    does not open with one."""
    us = units(doc, found, start, end)
    i, close = 0, None
    wire = WIRE.match(doc.clean_text, start, end)
    if wire is not None:  # 据新华社电新加坡金融管理局昨日说: the news agency is the channel, not the subject
        while i < len(us) and us[i][1] <= wire.end():
            i += 1
    while i < len(us) and us[i][2] not in _NP_PRONOUNS and us[i][2] not in _AGES and (
            us[i][2] in _LEAD or _TIME.match(us[i][2]) or us[i][3] in ("c", "t", "x", "d", "uj") or us[i][2].isspace()):
        if us[i][2] in ("“", "《"):
            mark = "”" if us[i][2] == "“" else "》"
            close = next((k for k in range(i + 2, min(len(us), i + 9)) if us[k][2] == mark), None)
            if close is not None:
                i += 1
                break
        i += 1
    if i < len(us) and us[i][2] in _NOT_SUBJECT:
        return None
    j = i
    if close is not None:  # a name in quotation marks: “聚邻花园”负责人, “出版道德委员会”
        j = close + 1
        if j == len(us) or not _np_unit(us, j):
            return us[i][0], us[close - 1][1]
    while j < len(us) and _np_unit(us, j):
        j += 1
    while j - i > 2 and us[j - 1][2] in _AFTER and us[j - 2][3] in ("v", "vn"):
        j -= 2  # 法院审理后认为: a time clause (a verb and 后) after the subject
    j = max(j, _relative(us, i), _relative(us, j) if j > i else j)
    if j == i:
        return None
    a, b = us[i][0], us[j - 1][1]
    text = doc.clean_text
    b = a + len(_TRIM.sub("", text[a:b]))
    return (a, b) if b > a else None


def role_phrase(phrase: str, *, you: bool = False) -> str:
    """A role as an index would list it: without a leading count, share, demonstrative or
    上述 (一位当地干部 -> 当地干部, 上述中储粮人士 -> 中储粮人士, 这位举报人 -> 举报人, 44%的孩子 -> 孩子,
    多位有色金属分析师 -> 有色金属分析师); with ``you`` (the phrase opens with 有 as a word of its
    own, which only its words can tell), without that 有 either (有专家 -> 专家, 有人 -> 人)."""
    return _COUNT.sub("", (_ROLE_LEAD_YOU if you else _ROLE_LEAD).sub("", phrase)) or phrase


__all__ = ["FIRST_PERSON", "MEETING_VERBS", "article_spans", "Name", "Names", "OFFICES", "OFFICE_PREFIX", "ORG_HEADS", "PEOPLE_HEADS", "PRONOUNS",
           "Unit", "WIRE", "clean_offsets", "is_org", "is_people", "name_after_office", "name_end", "names", "role_phrase", "shown", "subject", "surname_title", "surnames", "units"]
