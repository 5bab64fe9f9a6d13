"""Posts: who holds which office where, as Chinese news phrases it.

A post is ``(person, position, org)``: an office or a job held in an organisation by a person
named in the sentence (the conventions of ``tools/data/QUOTES_POSTS.md``). The phrasings read:

- a title before the name: ``国务院总理李强``, ``克拉玛依市委书记张三``, ``外经贸部部长石广生``,
  stacked (``中共中央政治局常委、国务院副总理朱镕基``: one post per title) or shared by several
  names (``国务委员李贵鲜、罗干``);
- a name before the title: ``江泽民主席``, ``江总书记`` (a surname alone), ``袁鹏云中共乌审旗旗委常委``,
  or after a comma (``谢圣明，九届全国人大代表、湖北红桃k集团总裁``);
- a verb: ``哈塔米就任伊朗总统``, ``王志宝当选为…理事会主席``, ``X任Y公司董事长``, ``张钧历任A、B，C等职``,
  ``晏勋甫曾出任…厅长，后升任汉口市市长``, ``出任日兴证券总经理的金子昌资``.

Normalised: the **position** as written with its modifiers (副总理, 常务副省长, 名誉会长, 第二政委),
without the organisation; the **org** as written in the phrase (中共中央政治局, 广州市乐华电子销售有限
公司), its bracketed notes and wrapping quotation marks dropped; a position that carries its
organisation is split (外交部长 -> 外交部 + 部长, 城建局长 -> 城建局 + 局长, 北京市长 -> 北京市 + 市长;
国家主席 -> 国家 + 主席); with no organisation, the country or place written before it (美国总统
克林顿 -> 美国), else None (总统克林顿, 李鹏总理). In a coordination a later title takes the
organisation of the first (董事长兼总经理; 局长A和名誉局长B). **former** when the text marks the
post as past: 前, 原, 前任, 时任 before it; 曾任, 曾出任, 历任, 担任过.

What is **not** a post: ranks and jobs without an organisation (张教授, 金日光教授: 教授, 讲师, 老师,
研究员, 代表 and 委员 need one), titles with no name next to them (外交部发言人说), a post held by a
pronoun (他出任…行长), honorifics (先生, 同志), and bylines and credits (本报记者 X: 记者, 通讯员, 编辑 are
not offices here).

>>> [(p.person, p.position, p.org) for p in posts("国务院总理李强会见了美国总统克林顿。")]
[('李强', '总理', '国务院'), ('克林顿', '总统', '美国')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from bisect import bisect_left
from dataclasses import dataclass, replace

import regex

from kmytext.errors import ArgumentTypeError
from kmytext.news.people import DATELINE, MEETING_VERBS, OFFICES, Name, Names, Unit, article_spans, names, shown, surnames, units
from kmytext.news.people import is_org as _is_org
from kmytext.news.people import is_people
from kmytext.text.document import Document, as_document, as_documents
from kmytext.types import Entity, Post, PostCount

# -- words -------------------------------------------------------------------------------------

# Offices that are not posts by themselves (a speaker may be one, a post needs more).
_NOT_POSTS = frozenset({"负责人", "助理", "主持人", "首席", "执行官", "代表", "老师", "教师"})
POSITIONS = tuple(o for o in OFFICES if o not in _NOT_POSTS) + ("代表", "老师", "教师")
# Ranks and memberships that are posts only with an organisation named.
NEEDS_ORG = frozenset({"教授", "讲师", "老师", "教师", "研究员", "代表", "委员", "董事", "创始人", "合伙人", "主编", "工程师",
                       "设计师"})
_PREFIX = r"(?:常务|名誉|执行|第[一二三四五六七八九十]|代理|署理|常驻|荣誉|终身|联合|专职|首席|助理|副)*(?:总(?=[队团]长|参谋长))?"
# Titles that keep a two-character field before them as part of the position (艺术总监, 截流总指挥,
# 新闻发言人, 专家委员, 中央委员, 外交大臣, 政治顾问), unless it ends a name (伍精华委员).
_FIELD_TITLES = frozenset({"总监", "总指挥", "总设计师", "总工程师", "发言人", "委员", "大臣", "顾问"})
# Of those, titles whose field stays only right after a name, 的, 兼 or the start (英国|外交大臣, 印度总理的
# 政治顾问, 副首相兼外交大臣), not inside a longer field (国家安全事务顾问: not 事务顾问).
_FIELD_AFTER_NAME = frozenset({"大臣", "顾问"})
# A definite organisation before a title (该党主席X): the organisation named before it in the sentence.
_THAT_ORG = regex.compile(r"该(\p{Han}{1,2})$")
# The ends of a place's name that 该 may take (该市, 该省, 该县).
_PLACE_ENDS = frozenset("市省县区州乡镇村")
POSITION = regex.compile(
    f"{_PREFIX}(?:" + "|".join(regex.escape(p) for p in sorted(POSITIONS, key=len, reverse=True)) + ")(?:助理)?")
# Between an organisation and its title: counts, former or present, sex (美国３位前总统, 五角大楼女发言人).
_QUALIFIER = regex.compile(r"(?:[\d０-９一二三四五六七八九十两几]+位)?(?P<when>前任|前|原|现任|时任|新任|首任|下届|本届|上届|"
                           r"新一届|第[\d一二三四五六七八九十]+任)?(?:女|男)?$")
_FORMER = frozenset({"前任", "前", "原", "时任"})
# Titles a place ends: 外交部长 is 外交部 + 部长, 北京市长 北京市 + 市长.
_SHARED_END = frozenset("部局厅省市县区州乡镇村处司署")
_ORG_POS = frozenset({"n", "nr", "nrt", "ns", "nt", "nz", "ng", "nw", "j", "eng", "b", "k", "ORG", "LOC", "an", "vn",
                      "l", "i"})
# What follows a name in news prose (a verb of speech or presence, a rank, punctuation): where a
# name nobody tagged ends.
_FOLLOW = regex.compile(r"说|表示|指出|强调|认为|称|声称|宣布|透露|介绍|在|出席|参加|会见|主持|等|和|与|及|率|也|还|又|已|曾|将|"
                        r"今天|昨天|日前|近日|当天|海军|陆军|空军|少将|中将|上将|将军|先生|女士|博士|教授|同志|一行|夫妇|的|"
                        r"[\d０-９、，,。；;：:”）)\s]|$")
_NAME_BEFORE = regex.compile(r"(\p{Han}{2,4}?)(?=" + _FOLLOW.pattern + ")")
_NAME_AFTER = regex.compile(r"\p{Han}{1,8}(?:[·•]\p{Han}{1,10})+|[A-Za-z][A-Za-z.\-]{1,30}(?![A-Za-z])")
_VERBS = regex.compile(r"(?P<verb>就任|当选为|当选|担任过|担任了|曾担任|担任|曾出任|出任|升任|曾任|历任|兼任|接任|改任|调任|荣任|"
                       r"连任|当上了|当上|被任命为|被选为|被选举为|任命为|现任|时任|任)")
_PAST_VERBS = frozenset({"担任过", "曾担任", "曾出任", "曾任", "历任", "时任"})
_STATE = frozenset({"总统", "总理", "首相", "外长", "国王", "议长", "国务卿", "部长"})
_JOIN = regex.compile(r"[、兼]|和|及|与")
# An honorific or a degree after a name, before the next title of a coordination (校长陈佳洱教授、副校长迟惠生).
_HONORIFIC = regex.compile(r"^(?:教授|博士|先生|女士|同志|院士)")
_BOUNDARY = "，,。；;！？!?：:\n（）()"
# One-character heads of an organisation the segmenter may tag otherwise (学部委员/会).
# Verbs the segmenter may tag as nouns (会见/n), never part of an organisation's name.
_NOT_ORG = frozenset({"会见", "会晤", "接见", "访问", "拜会", "陪同", "出席", "参加", "宣布", "表示", "说", "指出", "强调", "会谈",
                      "致电", "致函", "率领", "率", "任命", "免去", "据", "由", "向", "对", "是", "兼"})
def is_org(word: str) -> bool:
    """An organisation's head, as :func:`kmytext.news.people.is_org`, and shops, works and
    stations (馆, 店, 厂, 场, 矿, 站), which only a title after them makes organisations."""
    return _is_org(word) or word.endswith(("馆", "店", "厂", "场", "矿", "站"))


_GENERIC = frozenset({"项目", "该作", "业务", "技术", "营销", "行政", "销售", "市场", "工程", "专家", "部门", "单位", "本届",
                      "下届", "新任", "现任", "首席"})
_COMMON_ORGS = frozenset({"大学", "学院", "学校", "中学", "小学", "公司", "银行", "中心", "医院", "研究所", "研究院", "书院",
                          "集团", "协会", "学会", "基金会", "委员会", "工厂", "商店", "超市", "俱乐部", "出版社"})
_ORG_CHARS = frozenset("会部局院所处厅委署办室系科馆队团社")
_GOVERNED = regex.compile(r"(?:向|对|给|跟|同|与|和|把|被|让|由|替|为|在|会见|陪同|及|、)$")
# A duty between an organisation and a title (负责经济事务的副总理): a description, dropped.
_DUTY = regex.compile(r"(?:负责|主管|分管)[^，,。；;、的]{1,10}的$")
# A count of people (全县8位镇党委书记): the title is said of a group, no one's post.
_PEOPLE_COUNT = regex.compile(r"(?:[\d０-９]|[一二三四五六七八九十两几数多])+(?:位|名)")
# Envoys and the place they are posted to, which is part of their position (驻意大利大使, 驻华代表).
_ENVOYS = frozenset({"大使", "公使", "领事", "总领事", "参赞", "武官", "代表"})
_POSTED = regex.compile(r"驻\p{Han}{1,6}?$")
_TIME_WORD = regex.compile(r"今天|昨天|明天|前天|上午|下午|晚上|早上|中午|凌晨|当天|当晚|今年|去年|明年")
_DASH = regex.compile(r"[-－—]+")
_LATIN_NOTE = regex.compile(r"[（(][A-Za-z][A-Za-z .\-]*[）)]$")
# Wire marks the segmenter may glue to the organisation after them (本报讯宝洁公司, 又讯广东香江企业集团,
# 五月二十六日电全国人大常委会).
_WIRE = regex.compile(r"(?:本报|本刊|又)讯|(?<=[\d０-９一二三四五六七八九十〇]日)(?:\d{1,2}时)?[讯电]|(?<=社)电")
# Where and when a meeting was held: no part of an organisation's name.
_HELD = regex.compile(MEETING_VERBS)


@dataclass(frozen=True, slots=True)
class Title:
    """A position word in the clean text, with the organisation written before it."""

    start: int  # where the phrase starts: the organisation, else the qualifier, else the title
    org_start: int
    org_end: int
    pos_start: int
    pos_end: int
    former: bool

    @property
    def has_org(self) -> bool:
        return self.org_end > self.org_start


@dataclass(frozen=True, slots=True)
class Held:
    """A post found, in clean offsets."""

    person: tuple[int, int]
    title: Title
    org: str | None
    start: int
    end: int
    former: bool


class Sentence:
    """What the rules read about one document: its clean text, words and names."""

    def __init__(self, doc: Document, found: Sequence[Entity]) -> None:
        self.doc, self.text = doc, doc.clean_text
        self.names = Names(names(doc, found))

    # -- titles and organisations --------------------------------------------------------------

    def titles(self, lo: int, hi: int) -> list[Title]:
        """The titles of ``[lo, hi)``: position words that end a word (so 部长 is not read in
        财政经济部长官, where 长官 is), the longest where they overlap."""
        found: list[tuple[int, int]] = []
        for m in POSITION.finditer(self.text, lo, hi, overlapped=True):
            name = self.names.covering(m.start())
            if (name is not None and name.type == "PER" and name.start < m.start()) or not self.word_end(m.end()):
                continue  # inside a name, or inside a word
            if found and m.start() < found[-1][1]:
                longer = m.end() - m.start() > found[-1][1] - found[-1][0]
                named = self.name_after(m.end(), hi) is not None and self.name_after(found[-1][1], hi) is None
                if not (longer or named):
                    continue  # 财政经济部长官李揆成: 长官, the title a name follows
                found.pop()
            found.append(m.span())
        return [self.title(lo, s, e) for s, e in found]

    def title(self, lo: int, s: int, e: int) -> Title:
        text = self.text
        if text[s:e] in _FIELD_TITLES:
            field = [w for w in self.doc.tokens.between(max(lo, s - 2), s) if w[1] == s]
            if field and field[0][1] - field[0][0] == 2 and field[0][3][:1] in ("n", "v") \
                    and field[0][3] not in ("nr", "ns", "nt") and not is_org(field[0][2]) \
                    and not self.names.within(field[0][0] - 1, s, "PER") \
                    and (text[s:e] not in _FIELD_AFTER_NAME or self.named_before(lo, field[0][0])):
                s = field[0][0]  # 艺术总监, 截流总指挥: the field stays with the title
        posted = _POSTED.search(text, max(lo, s - 8), s) if text[s:e].lstrip("副") in _ENVOYS else None
        if posted is not None:
            s = posted.start()  # 美国驻意大利大使: the post is 驻意大利大使, the organisation 美国
        if s - 1 > lo and text[s - 1] in surnames() and self.names.covering(s - 1) is None and any(
                a == s - 1 and b == s and pos[:2] == "nr" for a, b, _, pos in self.doc.tokens.between(s - 3, s + 2)):
            org_start = self.org_start(lo, s - 1)
            if org_start < s - 1:  # 南京银行建宁路支行缪行长: the organisation before the surname
                return Title(org_start, org_start, s - 1, s, e, False)
        duty = _DUTY.search(text, max(lo, s - 14), s)
        if duty is not None and duty.start() > lo:
            org_start = self.org_start(lo, duty.start())
            if org_start < duty.start():  # 欧盟负责货币事务的委员: the duty is dropped, the body kept
                return Title(org_start, org_start, duty.start(), s, e, False)
        q = _QUALIFIER.search(text, max(lo, s - 8), s)
        former = bool(q and q.group("when") in _FORMER)
        org_end = q.start() if q and (q.start() == lo or self.word_end(q.start())) else s  # not 当|时任
        org_start = self.org_start(lo, org_end)
        before = text[max(lo, org_start - 1):org_start]
        alone = org_start > 0 and self.doc.tokens.word_at(org_start - 1, org_start) is not None
        if before in ("原", "前") and (org_start - 1 == lo or text[org_start - 2] in _BOUNDARY + "、" or alone):
            former = True  # 原宿迁市副市长, 判处原|宿迁市副市长
        if text[max(lo, org_start - 2):org_start] in ("前任", "时任") and (
                org_start - 2 == lo or text[org_start - 3] in _BOUNDARY + "、"
                or self.doc.tokens.word_at(org_start - 2, org_start) is not None):
            former = True  # 时任上海市长, 前任外交部长: before the organisation too (not 当时|任)
        start = org_start if org_start < org_end else org_end
        return Title(start, org_start, org_end, s, e, former)

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts: after the last 。！？ or line break before it."""
        return max(self.text.rfind(c, 0, at) for c in "。！？\n") + 1

    def org_start(self, lo: int, end: int) -> int:
        """Where the organisation before a title starts (``end`` when there is none): names and
        nouns back to a verb, a preposition, punctuation, a person or a dateline."""
        text = self.text
        if text[end - 1:end] in "）)":  # 顺昌煤矿（即原…煤矿）董事长: a note between
            open_at = max(text.rfind("（", lo, end), text.rfind("(", lo, end))
            if open_at > lo:
                start = self.org_start(lo, open_at)
                return start if start < open_at else end
        # a wire mark only as words of its own (本报讯, …日电|全国人大常委会), not inside 电话 or 电视台
        datelines = list(DATELINE.finditer(text, lo, end)) + [
            m for m in _WIRE.finditer(text, lo, end) if self.word_end(m.end())]
        if datelines:
            lo = max(d.end() for d in datelines)
        us = units(self.doc, self.names, lo, end)
        i = len(us)
        if i and not self.word_end(end):
            i -= 1  # the title ends a word the organisation starts (师政委, 内政部长)
        while i > 0 and self._in_org(us, i - 1):
            i -= 1
        while i < len(us) and (us[i][2] in ("”", "》", "的", "原", "前", "前任", "现任")
                               or (us[i][3] in ("b", "c") and not (i and us[i - 1][2] == "的"))
                               or (us[i][3][:1] == "v" and not is_org(us[i][2]))):
            i += 1  # an organisation starts with a name, not with a count, a verb or a closing mark (but …的和利时公司)
        if i + 2 < len(us) and us[i][2] in "（(" and us[i + 2][2] in "）)":
            i += 3  # nor with the bracketed place of a name whose start it left out
        start = us[i][0] if i < len(us) else end
        starts = self.doc.tokens.starts
        for a, b, w, pos in self.doc.tokens.between(start, end):
            if a == start and pos[:1] in ("v", "p") and not is_org(w) and b < end \
                    and starts[bisect_left(starts, a)] == a:  # a word, not the end of one cut there (请|鑫视空间)
                start = b  # the entity step ran a verb into the name (会见芬兰农林部)
        if end - start > 3 and text[start] in "从向在对给据被由把" and self.names.covering(start) is None:
            start += 1  # the segmenter ran a preposition into a name (从沃克|艺术中心)
        if end - start > 1 and text[start] == "兼":
            start += 1  # …副书记兼|县纪委书记: the segmenter ran 兼 into the next organisation (兼县)
        if end - start > 2 and text[start] in "原前" and (text[start + 1] in "市省县区州乡镇村国中全" or any(
                n.start == start + 1 for n in self.names.within(start + 1, end, "ORG LOC"))):
            start += 1  # 原|市公安局局长: the segmenter's 原市; 原 marks the post former
        return start

    def _in_org(self, us: list[Unit], k: int) -> bool:
        """Whether unit ``k`` (the organisation so far is on its right) is part of it."""
        s, e, w, pos = us[k]
        right = us[k + 1] if k + 1 < len(us) else None
        if POSITION.fullmatch(w) and right is not None and right[3] not in ("PER", "nr") \
                and not POSITION.match(right[2]) and _is_org(right[2]) and len(right[2]) > 1:
            return True  # 参谋长|联席会议: an office word that names the body it is part of
        if w in "）)" and right is not None and k > 1 and us[k - 2][2] in "（(" and us[k - 1][3] in ("LOC", "ORG", "ns"):
            return True  # 鑫视空间（北京）装饰艺术有限公司: a place in brackets inside a company's name
        if w in "（(" and right is not None and right[3] in ("LOC", "ORG", "ns") and k > 0:
            return True
        if w == "记" and k > 0 and _DASH.fullmatch(us[k - 1][2]):
            return False  # ——记杭州东宝电器集团公司总经理任尧森: a feature's subtitle, 记 a verb
        if pos == "PER" or w == "、" or _VERBS.fullmatch(w) or w in _NOT_ORG or POSITION.fullmatch(w):
            return False  # …委员会副主任专家组长: a title of its own ends the organisation of the next
        if _outside_org(w, pos, right):
            return False
        if pos in ("nr", "nrt", "nrfg"):
            # a name right before the title holds it (江泽民主席); one further in is a place
            return right is not None and right[3] != "PER"
        if w in "《》“”·" or pos in _ORG_POS or w in _ORG_CHARS:
            return True
        if pos in ("m", "mq"):
            return not regex.search(r"[年月日时号岁位名个下些次种]$", w)  # not a count of people (8位镇党委书记), not 一下
        if w == "的":  # 儿童博物馆的经理, not 住在悉尼的…部长 nor 出席研讨会的中共…市委常委
            return right is None and k > 0 and (us[k - 1][3] == "ORG" or is_org(us[k - 1][2]))
        if right is None:
            return False
        if pos[:1] == "v":  # 国际竹藤组织, 开放大学, 市住保办; not 会见国务院总理
            if len(w) <= 2 and (right[3] == "ORG" or (right[3][:1] == "n" and is_org(right[2]))) and k > 0 \
                    and us[k - 1][3] in ("ORG", "LOC") and w not in _NOT_ORG:
                return True  # 欧盟驻华代表团, 秘鲁武装力量联合指挥部: a verb between two names of one body
            return is_org(w) or (right[3] in ("n", "ng") and right[2] in _COMMON_ORGS) or (
                len(w) == 1 and k > 0 and us[k - 1][2] in ("市", "省", "县", "区", "乡", "镇", "村"))
        if w in ("与", "和", "及"):
            left = [t for t in self.doc.tokens.between(max(0, s - 4), s) if t[1] == s]
            common = bool(left) and left[0][3] in ("n", "vn") and right[3] in ("n", "vn", "ng")
            # 能源和矿业部, 电子与信息工程系: two common nouns joined inside one name
            return k > 0 and (common or us[k - 1][3] not in ("ORG", "LOC", "PER")) and right[3] not in ("ORG", "LOC", "PER")
        return False

    def org(self, t: Title) -> str | None:
        if not t.has_org:
            return self.that_org(t)
        org = self.text[t.org_start:t.org_end]
        org = regex.sub(r"(?:（[^（）]*）|\([^()]*\))$", "", org)  # a note after the name; 鑫视空间（北京）装饰…公司 keeps its own
        if regex.fullmatch(r"“[^“”]+”", org):
            org = org[1:-1]
        org = org.removesuffix("的")
        if org in _GENERIC or org.endswith(("级", "籍")):
            return None  # 项目总经理, 该作首席设计师: a qualifier; 教授级高级工程师: a grade; 英籍主教练: a nationality
        if org in _COMMON_ORGS and (t.org_start == 0 or self.text[t.org_start - 1] in _BOUNDARY):
            org = self.topic_org(t.org_start, org) or org  # …，公司董事长王梓木: the company the sentence is about
        title = self.text[t.pos_start:t.pos_end]
        head = title.lstrip("副")[:1]
        if title.lstrip("副").endswith("长") and len(title.lstrip("副")) == 2 and head in _SHARED_END \
                and not org.endswith(head) and t.org_end == t.pos_start:
            org += head  # 外交部长: 外交部 + 部长
        return org or None

    def topic_org(self, at: int, word: str) -> str | None:
        """The organisation a bare 公司, 学校 opening a clause at ``at`` stands for: the last one
        named before it in the sentence whose name ends with that word, else the one that opens
        the sentence and is of no other kind (华泰财产保险作为…承保者，…，公司董事长王梓木)."""
        text = self.text
        lo = self.sentence_start(at)
        orgs = self.names.within(lo, at, "ORG")
        for n in reversed(orgs):
            if n.name.endswith(word) and n.name != word:
                return n.name
        first = orgs[0] if orgs else None
        if first is not None and not text[lo:first.start].strip() and not first.name.endswith(tuple(_COMMON_ORGS)):
            return first.name  # not one of another kind (北京大学…，公司董事长)
        return None

    def that_org(self, t: Title) -> str | None:
        """The organisation 该党, 该公司 before a title stands for: the last organisation named
        before it in the sentence whose name ends with that word (柬埔寨人民党 …该党主席谢辛);
        for 该市, 该省, the last place so named (在波尔多市与该市市长朱佩)."""
        text = self.text
        m = _THAT_ORG.search(text, max(0, t.pos_start - 3), t.pos_start)
        if m is None:
            return None
        place = m.group(1) in _PLACE_ENDS
        if not (_is_org(m.group(1)) or place):
            return None
        lo = self.sentence_start(m.start())
        for n in reversed(self.names.within(lo, m.start(), "ORG LOC" if place else "ORG")):
            if n.name.endswith(m.group(1)):
                return n.name
        return None

    # -- people ----------------------------------------------------------------------------------

    def name_after(self, at: int, hi: int) -> tuple[int, int] | None:
        """A person's name right after a title (:meth:`_name_after`), without a note in brackets
        after it that spells it in Latin letters (菲尔·布朗（philbrown）): the name is as printed."""
        span = self._name_after(at, hi)
        if span is None:
            return None
        m = _LATIN_NOTE.search(self.text, *span)
        return (span[0], m.start()) if m is not None and m.start() > span[0] else span

    def _name_after(self, at: int, hi: int) -> tuple[int, int] | None:
        """A person's name right after a title: a name of the entity step's (or a longer one
        the words after it end: 巴尔|博扎声称), a name the segmenter tagged, a foreign or Latin
        name, or two to four characters from a surname up to a word names are followed by
        (苏高文说, 巴克海军少将)."""
        text = self.text
        dash = _DASH.match(text, at, hi)
        if dash is not None and dash.end() - at >= 2:
            at = dash.end()  # 孙窑乡农技站站长———袁步兵: a dash before the name
        n = self.names.at(at)
        longer = _NAME_BEFORE.match(text, at, hi)
        first = self.doc.tokens.between(at, min(len(text), at + 8))[:1]  # the first word whole (单位, not 单)
        if longer is not None and (text[at] not in surnames() or (first and first[0][3][:1] in "dpcruvil") or any(
                (b - a > 1 and pos[:1] in "nv" and pos[:2] != "nr" and a == at) or pos[:1] in "dpcuvtmf"
                for a, b, _, pos in self.doc.tokens.between(at, longer.end(1))[1 if first and first[0][1] - at == 1 else 0:])):
            longer = None  # 曾多次表示, 大为光火, 商量过, 时已 are no names: words of their own, adverbs
        if n is not None and n.type in ("LOC", "ORG") and any(
                a == at and b == n.end and pos in ("nr", "nrt", "nrfg")
                for a, b, _, pos in self.doc.tokens.between(at, min(len(text), n.end + 2))) and _FOLLOW.match(text, n.end):
            return n.start, n.end  # 英国副首相普雷斯科特: a name the entity step took for a place, the segmenter for a name
        if n is not None and n.type == "PER" and n.role is None:
            if longer is not None and n.end - n.start <= 2 and longer.end(1) > n.end \
                    and not _FOLLOW.match(text, n.end) and all(
                        pos in ("nr", "nrt", "nrfg", "ns", "nz") for *_, pos in
                        self.doc.tokens.between(n.end, longer.end(1))):
                return at, longer.end(1)  # 巴尔|博扎声称, not 安南|提出
            return n.start, n.end
        if n is None:
            for s, e, w, pos in self.doc.tokens.between(at, min(hi, at + 12)):
                if s == at and pos in ("nr", "nrt", "nrfg") and len(w) >= 2 and _FOLLOW.match(text, e):
                    return s, e
                break
            m = _NAME_AFTER.match(text, at, hi)
            if m and not (_JOIN.match(m.group()) or POSITION.search(m.group())):
                return m.span()  # not 总裁|和首席执行官比尔·盖茨说: another title and its holder
        if longer is not None and not POSITION.search(longer.group(1)):
            return at, longer.end(1)
        return None

    def name_before(self, at: int, lo: int) -> tuple[int, int] | None:
        """A person's name right before ``at`` (江泽民主席, 江总书记, 胡副主席), or before a comma
        there (谢圣明，九届全国人大代表…)."""
        text = self.text
        end = at - 1 if at - 1 >= lo and text[at - 1] in "，," else at
        if not self.word_end(end):
            return None  # 师政委: the title ends a word
        for n in self.names.within(max(lo, end - 12), end, "PER"):
            if n.end == end and n.role is None:
                first = self.doc.tokens.between(n.start, n.end)[:1]
                if first and first[0][1] - first[0][0] == 1 and first[0][3][:1] in ("v", "p") and n.end - n.start > 2 \
                        and not (n.end - n.start == 3 and text[n.start] in surnames()):
                    return n.start + 1, n.end  # 访米亚特: the entity step ran a verb into the name (but 谢圣明)
                return n.start, n.end
        for s, e, w, pos in self.doc.tokens.between(max(lo, end - 8), end):
            if e == end and pos in ("nr", "nrt", "nrfg") and (len(w) >= 2 or (w in surnames() and end == at)) \
                    and not _TIME_WORD.search(w):  # 今天下午, tagged a name
                return s, e
        if end < at:  # an unknown name opening the clause: 谢圣明，
            m = regex.search(r"(?:^|[：:，,\n])(\p{Han}{2,3})$", text[max(lo, end - 4):end])
            if m and m.group(1)[0] in surnames():
                return end - len(m.group(1)), end
        return None

    def names_listed(self, at: int, hi: int) -> list[tuple[int, int]]:
        """More names after one, joined by 、 (国务委员李贵鲜、罗干)."""
        out = []
        while at < hi and self.text[at] == "、":
            n = self.names.at(at + 1)
            if n is None or n.type != "PER" or POSITION.match(self.text, n.end):
                break
            out.append((n.start, n.end))
            at = n.end
        return out

    def subject(self, lo: int, verb: int) -> tuple[int, int] | None:
        """The person a verb of office (出任, 当选为) is said of: the last name before it in its
        clause not governed by a preposition, else a name opening an earlier clause of the
        sentence (晏勋甫曾出任…，后升任…); None when a pronoun is the subject (他出任…)."""
        text = self.text
        clause = max([lo] + [i + 1 for i in range(lo, verb) if text[i] in _BOUNDARY])
        for n in reversed(self.names.within(clause, verb, "PER")):
            if n.role is None and not _GOVERNED.search(text, max(clause, n.start - 2), n.start):
                return n.start, n.end
        for s, e, w, pos in self.doc.tokens.between(max(clause, verb - 5), verb):
            if e == verb and pos in ("nr", "nrt", "nrfg") and len(w) >= 2 and not self.names.covering(s) \
                    and not _GOVERNED.search(text, max(clause, s - 2), s):
                return s, e  # 马来西亚的夏赫连任…: a name only the segmenter knows, right before the verb
        if regex.search(r"[他她我]", text[clause:verb]):
            return None
        for n in self.names.within(lo, clause, "PER"):
            if n.role is None and (n.start == lo or text[n.start - 1] in _BOUNDARY):
                return n.start, n.end
        return None

    def named_before(self, lo: int, at: int) -> bool:
        """Whether ``at`` follows a place or organisation named right before it, a 的, a title's
        joiner (副首相兼|外交大臣), or ``lo``."""
        if at <= lo or self.text[at - 1] in "的兼、":
            return True
        n = self.names.covering(at - 1)
        return n is not None and n.end == at and n.type in ("LOC", "ORG")

    def word_end(self, at: int) -> bool:
        """Whether a word the segmenter made ends at ``at`` (so a title is not read inside
        城市长远), or a name starts there."""
        if at >= len(self.text):
            return True
        n = self.names.at(at)
        ends = self.names.covering(at - 1)
        return (n is not None and n.type == "PER") or (ends is not None and ends.end == at and ends.type == "PER") \
            or any(e == at for _, e, _, _ in self.doc.tokens.between(at - 1, at + 1))


def _outside_org(w: str, pos: str, right: Unit | None) -> bool:
    """Words that end an organisation on its left, whatever their tag: 原 or 前 as a word of its
    own (判处原|宿迁市副市长: the post is former, the organisation after it), where and when a
    meeting was held (座谈会在京举行|九三学社中央), and a word for people before an organisation
    the entity step found (报告团部分成员|技术物理所研究员: who they are, not the body)."""
    if w in ("原", "前", "前任") or _HELD.search(w):
        return True
    return right is not None and right[3] == "ORG" and pos[:1] == "n" and is_people(w) and not is_org(w)


# -- the rules -----------------------------------------------------------------------------------

def _chains(sent: Sentence, titles: list[Title], verbs: dict[int, regex.Match[str]]) -> list[list[Title]]:
    """Titles that go together: stacked (常委、副总理), joined with 兼, or listed after a verb of
    office (历任A、B，C), up to a title a name follows."""
    text = sent.text
    chains: list[list[Title]] = []
    for t in titles:
        if chains:
            prev = chains[-1]
            gap = text[prev[-1].pos_end:t.start]
            listing = any(v.group("verb") in _PAST_VERBS for k, v in verbs.items() if k == prev[0].start)
            joined = regex.fullmatch(r"[、兼和及与](?:原|前)?|" + (r"[，,](?:后升任|后任|后)?" if listing else "(?!)"), gap)
            if joined and sent.name_after(prev[-1].pos_end, len(text)) is None:
                prev.append(t)
                continue
        chains.append([t])
    return chains


def held(sent: Sentence, lo: int, hi: int) -> list[Held]:
    """The posts of one sentence ``[lo, hi)`` of the clean text."""
    text = sent.text
    titles = [t for t in sent.titles(lo, hi) if sent.word_end(t.pos_end)]
    verbs = {}
    for m in _VERBS.finditer(text, lo, hi):
        end = m.end() + (1 if text[m.end():m.end() + 1] in ("为", "了") and m.group() != "当选为" else 0)
        verbs[end] = m
    out: list[Held] = []
    past: set[tuple[int, int]] = set()
    for chain in _chains(sent, titles, verbs):
        last = chain[-1]
        person = sent.name_after(last.pos_end, hi)
        verb = verbs.get(chain[0].start)
        if person is not None:
            found = [_held(sent, t, person, t.start, person[1], chain, k) for k, t in enumerate(chain)]
            found += [_held(sent, last, p, last.start, p[1], chain, len(chain) - 1)
                      for p in sent.names_listed(person[1], hi)]
        elif verb is not None and (verb.group("verb") != "任" or _alone_ren(sent, verb)):
            rel = sent.name_after(last.pos_end + 1, hi) if text[last.pos_end:last.pos_end + 1] == "的" else None
            who = rel or sent.subject(lo, verb.start())
            if who is None:
                continue
            was = verb.group("verb") in _PAST_VERBS or (who in past and text[verb.start() - 1] == "后")
            if was:
                past.add(who)
            start = verb.start() if rel else who[0]
            found = [_held(sent, t, who, start, who[1] if rel else t.pos_end, chain, k, former=was)
                     for k, t in enumerate(chain)]
        elif (subjects := _copula(sent, chain, lo, hi)):
            found = [_held(sent, t, p, p[0], t.pos_end, chain, k) for p in subjects for k, t in enumerate(chain)]
        else:
            t0 = chain[0]
            before = (t0.org_end, t0.pos_start) if t0.has_org and t0.pos_start - t0.org_end == 1 \
                and text[t0.org_end] in surnames() else sent.name_before(chain[0].start, lo)
            if before is None:
                continue
            found = [_held(sent, t, before, min(before[0], t.start), t.pos_end, chain, k) for k, t in enumerate(chain)]
        out += [h for h in found if (h.org is not None or text[h.title.pos_start:h.title.pos_end].lstrip("副")
                                     not in NEEDS_ORG) and not (h.org and _PEOPLE_COUNT.search(h.org))]
    return _elided(sent, out)


# Between the subject of 是 and 是: an honorific, adverbs (安德烈亚博士是, 王明和博古都是, 他现在是).
_BEFORE_COPULA = regex.compile(r"(?:博士|先生|女士|教授|同志)?(?:都|也|就|仍|仍然|便|现在|目前|如今|还|即|正)*是$")
_COORDINATED = regex.compile(r"[、和与及]|以及")


def _copula(sent: Sentence, chain: list[Title], lo: int, hi: int) -> list[tuple[int, int]]:
    """The people a ``X是Y的Z`` sentence gives the titles of ``chain`` (安德烈亚博士是波利格拉菲奇集团的
    副董事长; 王明和博古都是支部局的委员): the names right before 是, and those coordinated with it,
    when the titles close the clause (not 这是总理的决定)."""
    text = sent.text
    start, end = chain[0].start, chain[-1].pos_end
    if end < hi and text[end] not in _BOUNDARY:
        return []
    clause = max([lo] + [i + 1 for i in range(lo, start) if text[i] in _BOUNDARY])
    m = _BEFORE_COPULA.search(text, clause, start)
    if m is None or not any(a == start - 1 and b == start for a, b, _, _ in sent.doc.tokens.between(start - 1, start)):
        return []
    people = [n for n in sent.names.within(clause, m.start(), "PER") if n.role is None]
    if not people or people[-1].end != m.start():
        return []
    out = [(people[-1].start, people[-1].end)]
    for n in reversed(people[:-1]):
        if not _COORDINATED.fullmatch(text, n.end, out[0][0]):
            break
        out.insert(0, (n.start, n.end))
    return out


def _alone_ren(sent: Sentence, verb: regex.Match[str]) -> bool:
    """任 as a word of its own (X任Y公司董事长, …调到研究所任外国科普室主任), not in 主任, 任何, 责任."""
    s = verb.start()
    return any(a == s and b == s + 1 for a, b, _, _ in sent.doc.tokens.between(s, s + 1))


def _held(sent: Sentence, t: Title, person: tuple[int, int], start: int, end: int, chain: list[Title], k: int,
          former: bool = False) -> Held:
    org = sent.org(t)
    if org is None and k > 0:
        text, prev = sent.text, chain[k - 1]
        gap = text[prev.pos_end:t.start]
        board = _on_board(text, prev) and _on_board(text, t)
        if gap == "兼" or (gap in ("和", "及") and board) or (gap == "、" and (board or _office(text, t) in NEEDS_ORG)):
            # 董事长兼总经理; 中远香港集团常务副董事长、总裁张大春, 西门子公司总裁和首席执行官: one company's board; …研究处处长、研究员赵路兴:
            # a rank is a post only in the body of the post before it
            org = sent.org(prev)
    return Held(person, t, org, min(start, end), max(start, end), former or t.former)


# The offices of a company's board and management: stacked after one another they are one company's.
_COMPANY = frozenset({"董事长", "董事", "总裁", "总经理", "监事长", "首席执行官", "执行官", "ceo", "CEO", "行长"})
_OFFICE_PREFIX = regex.compile("^" + _PREFIX)


def _on_board(text: str, t: Title) -> bool:
    """Whether a title is an office of a company's board or management (常务副董事长, 首席执行官)."""
    return text[t.pos_start:t.pos_end] in _COMPANY or _office(text, t) in _COMPANY


def _office(text: str, t: Title) -> str:
    """A title's office without its modifiers (常务副董事长 -> 董事长)."""
    return _OFFICE_PREFIX.sub("", text[t.pos_start:t.pos_end])


def _elided(sent: Sentence, found: list[Held]) -> list[Held]:
    """A title with no organisation after another post and 和, 、 or 与 takes its organisation
    (中国气象局局长温克刚和名誉局长邹竞蒙; 几内亚总统孔戴、总理杜尔)."""
    text = sent.text
    out: list[Held] = []
    source: dict[int, Held] = {}  # a post that took its organisation -> the post that wrote it
    for h in found:
        if h.org is None and not h.title.has_org:
            prev = [k for k, p in enumerate(out) if p.person[1] <= h.title.start and p.org is not None
                    and _JOIN.fullmatch(_HONORIFIC.sub("", text[p.person[1]:h.title.start]))]
            first = source.get(prev[-1], out[prev[-1]]) if prev else None
            if first is not None and _related(sent, first, h):  # 几内亚总统孔戴、总理杜尔、议长迪亚洛: down the list
                source[len(out)] = first
                h = replace(h, org=first.org)
        out.append(h)
    return out


def _related(sent: Sentence, first: Held, later: Held) -> bool:
    """Whether a later title in a coordination belongs to the first one's organisation: the
    same kind of office (局长 and 名誉局长, 董事长 and 矿长, 书记 and 副书记), or two offices of
    a country (几内亚总统孔戴、总理杜尔)."""
    text = sent.text
    a = text[first.title.pos_start:first.title.pos_end]
    b = text[later.title.pos_start:later.title.pos_end]
    if a[-1] == b[-1]:
        return True
    country = any(n.type == "LOC" for n in sent.names.within(first.title.org_start, first.title.org_end))
    return country and b.lstrip("副") in _STATE


# -- the API ---------------------------------------------------------------------------------------

_SENTENCE = regex.compile(r"[^。！？!?\n]+[。！？!?]*")


def find(sent: Sentence) -> list[Held]:
    """Every post of a document, sentence by sentence, in text order."""
    out: list[Held] = []
    for m in _SENTENCE.finditer(sent.text):
        out += held(sent, m.start(), m.end())
    return out


def posts_of(doc: Document, found: Sequence[Entity], *, unit: str = "file") -> list[Post]:
    """The posts of one document, given its entities (:func:`kmytext.entities`); ``unit`` as
    for :func:`kmytext.news.quotes.quotes_of`."""
    sent = Sentence(doc, found)
    spans, ids, dates = article_spans(doc, unit)
    show = shown(doc)
    out = []
    for h in find(sent):
        i = max((k for k, (s, _) in enumerate(spans) if s <= h.start), default=-1)
        article, date = (ids[i], dates[i]) if i >= 0 else (doc.id, None)
        start, end, text, line, context = doc.place(h.start, h.end)
        p_start, p_end, person, _, _ = doc.place(*h.person)
        position = sent.text[h.title.pos_start:h.title.pos_end]
        out.append(Post(person, show(position) or position, show(h.org), text, start, end, p_start, p_end,
                        show(_full_name(sent, h)) or person, h.former, article, date, doc.id, line, context))
    return out


def _full_name(sent: Sentence, h: Held) -> str:
    """The name a post is counted under: the entity step's (or the name it links to), a
    surname alone as the person of that surname the document names."""
    s, e = h.person
    n: Name | None = sent.names.at(s)
    if n is not None and n.end == e:
        written = n.name
    else:
        written = sent.text[s:e]
    if len(written) == 1:
        return sent.names.full_name(written, s) or written
    return written


def posts_many(docs: Sequence[str | Document], *, clean: bool = True, unit: str = "file") -> list[list[Post]]:
    """:func:`posts` of each text or document, the entity model run once over all of them."""
    from kmytext.ner.pipeline import entities_many

    documents = [as_document(d, clean=clean) for d in docs]
    found = entities_many(documents, simplified=True)
    return [posts_of(d, mentions, unit=unit) for d, mentions in zip(documents, found, strict=True)]


def posts(text: str | Document | Iterable[str | Document], *, clean: bool = True,
          simplified: bool = False) -> list[Post]:
    """Person-position-organisation triples with offsets, the article and its dateline date
    (see the module's rules). A list of texts or documents gives their posts one after
    another (documents ``1``, ``2``, …). With ``simplified``, the person, position,
    organisation and full name in simplified characters (the phrase and its context stay as
    written).

    >>> p = posts("外交部长钱其琛和国务委员李贵鲜、罗干出席。")
    >>> [(x.person, x.position, x.org, x.start, x.end) for x in p]
    [('钱其琛', '部长', '外交部', 0, 7), ('李贵鲜', '国务委员', None, 8, 15), ('罗干', '国务委员', None, 8, 18)]
    """
    docs = [as_document(text, clean=clean)] if isinstance(text, (str, Document)) else as_documents(text, clean=clean)
    found = [p for each in posts_many(docs) for p in each]
    return [simplified_post(p) for p in found] if simplified else found


def simplified_post(p: Post) -> Post:
    """The post with its person, position, organisation and full name in simplified
    characters (``simplified``)."""
    from dataclasses import replace

    from kmytext.text.normalize import to_simplified

    def simple(x: str) -> str:
        return to_simplified(x).text

    return replace(p, person=simple(p.person), position=simple(p.position), name=simple(p.name),
                   org=None if p.org is None else simple(p.org))


def post_counts(found: Iterable[Post]) -> list[PostCount]:
    """One row per post (person by full name, position, organisation): mentions, documents
    (units) it is in, first and last dateline date (dates without a year do not order),
    mentions that call it past; most mentioned first.

    >>> found = posts("国务院总理李强说。李强总理强调。国务院总理李强指出。")
    >>> [(c.person, c.position, c.org, c.count) for c in post_counts(found)]
    [('李强', '总理', '国务院', 2), ('李强', '总理', None, 1)]
    """
    count: dict[tuple[str, str, str | None], list[Post]] = defaultdict(list)
    for p in found:
        if not isinstance(p, Post):
            raise ArgumentTypeError(f"post_counts takes the records posts() returns, not {type(p).__name__}: "
                                "post_counts(kmytext.posts(texts))")
        count[(p.name, p.position, p.org)].append(p)
    rows = []
    for (person, position, org), group in count.items():
        dates = sorted(p.date for p in group if p.date and p.date[0].isdigit())
        rows.append(PostCount(person, position, org, len(group), len({p.doc for p in group}),
                              dates[0] if dates else None, dates[-1] if dates else None, sum(p.former for p in group)))
    rows.sort(key=lambda r: (-r.count, r.person, r.position, r.org or ""))
    return rows


__all__ = ["NEEDS_ORG", "POSITION", "POSITIONS", "Held", "Sentence", "Title", "find", "held", "post_counts", "posts",
           "posts_many", "posts_of"]
