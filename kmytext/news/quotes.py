"""Quotes: who said what in Chinese news.

Two kinds, as the evaluation set's conventions have them (``tools/data/QUOTES_POSTS.md``):

- **direct**: the words inside quotation marks (“…”, 「…」, 『…』, and ‘…’ or “…” inside them),
  when they are someone's words: introduced by a speech verb or a colon (``说：“…”``,
  ``强调“…”``, ``厂长王义芳并不轻松：“…”``), followed by one to the end of the sentence
  (``“…”李先生指着人群，幽默地说。``), or standing at the start of a sentence as a sentence
  of their own (``“…。”在…讲座中，校长张蔚蔚…``). The span is the inside of the marks, final
  punctuation included; a quotation runs across sentences to its closing mark.
- **indirect**: the clause a speech cue governs (``X表示，…``, ``X说：…`` without marks,
  ``据X介绍，…``, ``X认为…``), from after the cue and its comma or colon to the end of the
  sentence, final punctuation left out. Only that sentence: what follows without a new cue
  is not annotated as speech.

What is **not** a quote, on purpose (each is a rule below, so it can be argued with):

- quotation marks around a name, a term, a title or a slogan (“九小”场所, “十四五”, 被称为“民心
  工程”): a quotation counts only when a cue or a colon introduces it, a cue follows it, or it
  stands alone as a sentence; a quotation that a cue introduces but the sentence runs on from
  (表示，“非强制性”的全民公决…) is part of indirect speech, not a quote of its own;
- speech verbs in idioms and frames (可以说, 应当说, 对…来说, 据说, 所说, 说明, 小说), 据悉, 据了解,
  据统计, bylines (记者X报道：), and 表示 with only an attitude (表示欢迎, 对…表示怀疑, 表示亲切的
  问候); 提出, 介绍, 宣布, 强调 and 指出 need a comma or colon after them (提出了…的建议 is no quote);
- cues inside a direct quote (the speaker's own 我认为, 可以说) are left alone.

The speaker is resolved in this order: a person named in the subject of the cue's clause (the
entity step's name, or the full name it links a short form to, ``Entity.canonical``); a
surname and title (李先生, 孔经理, 姓孔的经理) as the person of that surname the document names,
else as written; ``他``/``她`` as an unnamed person of its sex mentioned since the last name, in its
sentence (问一位姓郑的书商，他…), else the last person named before it, preferring the
subject of that sentence, empty when that sentence names several people and none as its subject,
and, opening an article before any name, the one person the next two sentences name as a subject;
``他们`` as a group mentioned so (同几位选民进行了交谈，他们…), else empty;
an organisation (an ORG name, or a phrase ending like one: 方面, 委员会, 报告); a role as written
without a leading count (一位当地干部 -> 当地干部); the clauses before, in the same sentence, when
the cue's own clause has no subject (…郭达初引记者来到红杉前，介绍说：). People credited in a
byline are never speakers; 我 and 我们 are left empty.

>>> [(q.kind, q.speaker, q.cue, q.text) for q in quotes("外交部发言人朱邦造说：“中方欢迎。”他表示，将继续合作。")]
[('direct', '朱邦造', '说', '中方欢迎。'), ('indirect', '朱邦造', '表示', '将继续合作')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import regex

from kmytext.news.people import (
    DATELINE, FIRST_PERSON, MEETING_VERBS, OFFICES, ORG_HEADS, PEOPLE_HEADS, PRONOUNS, Names, article_spans, is_org, is_people, name_after_office, name_end, names,
    WIRE, Name, led, role_phrase, shown, subject, surname_title, surnames, units,
)
from kmytext.text.document import Document, as_document, as_documents
from kmytext.types import Entity, Quote

# -- cues --------------------------------------------------------------------------------------

# Speech verbs, longest first (强调指出 before 强调; 介绍说 is one cue).
_CUES = ("强调指出", "告诉本报记者", "告诉记者", "告诉笔者", "告诉我们", "解释称", "介绍说", "分析说", "撰文说", "诉苦说", "强调说",
         "评述说", "警告说", "警告称", "警告道", "如是说", "称赞说", "解释说", "补充说", "回忆说", "回答说", "总结说", "透露说", "说道", "笑道", "问道", "答道",
         "介绍道", "解释道", "补充道", "回忆道", "追问", "问到", "坚称", "言称", "扬言",
         "写道", "表示相信", "表示坚信", "表示", "指出", "强调", "重申", "诉称", "辩称", "证实", "诉说", "警示", "阐明", "认为", "介绍", "声称", "宣称", "宣布", "透露", "披露", "回忆", "坦言", "承认", "表态", "谈到",
         "提出", "询问", "发问", "报道", "说", "讲", "称", "问", "道")
CUE = regex.compile("|".join(_CUES))
_SPEECH_CUES = frozenset(_CUES)
# What may sit in one word with a one-character cue before it (又说, 笑说, 如是说).
_BEFORE_CUE = frozenset({"又", "也", "还", "再", "就", "便", "则", "却", "都", "曾", "常", "笑", "如是", "接着", "随后",
                         "继续", "补充", "介绍", "分析", "解释", "强调", "回答", "总结", "坦言", "透露", "中", "时", "里",
                         "对我", "对他", "对她", "向我", "向他", "向她", "跟我", "对记者", "向记者"})
# Verbs that introduce quoted words only (大吼一声：“…”), never indirect speech.
_DIRECT_ONLY = ("大吼一声", "长叹", "叹道", "感叹", "喊道", "高呼", "高喊", "惊呼", "批示", "开口", "称赞", "赞叹", "要求", "题词", "威胁",
                "预言", "断言", "呼吁", "喊")
# Verbs that take the person addressed before the quoted words (呼吁双方“…”, 称赞他们“…”).
_ADDRESSED = frozenset({"他", "她", "他们", "她们", "双方", "各方", "大家", "人们", "全党", "全国", "群众", "干部", "各国"})
_APPEALS = r"呼吁|要求|敦促|称赞|赞扬|勉励|鼓励|告诫|嘱咐|提醒|号召|告诉"
# The last appeal before the quoted words governs them (称赞并勉励他们“…”): whom holds no other.
_VERB_OBJECT = regex.compile(
    rf"({_APPEALS})(?P<whom>(?:(?!{_APPEALS})[^，,。；;：:“”‘’「」《》！？!?\s]){{1,14}})$")
_LEAD_CUE = regex.compile("(?:" + "|".join(_CUES[:-1] + _DIRECT_ONLY) + r"|(?<=[地声])道)(?:过|了|着)?$")
# A cue needs a comma or colon after it, or one of these may take its content directly.
_BARE_OK = frozenset({"说", "表示相信", "表示坚信", "表示", "认为", "承认", "透露", "询问", "追问", "问到", "问", "坦言", "声称", "宣称",
                      "坚称", "言称", "扬言", "解释称"})
_ASKING = frozenset({"询问", "追问", "问到", "问"})  # cues whose reported speech is a question
_NOT_PRONOUN = frozenset({"他人", "他乡", "他国", "他俩", "她俩", "他日", "他处", "他方", "他物", "他用", "他杀"})
_ASKED = frozenset({"他", "她", "我", "你", "您", "他们", "她们", "我们", "你们", "大家"})  # whom, before the question
_NEEDS_PUNCT = frozenset({"讲", "称", "道", "问", "发问", "报道", "披露", "回忆", "提出", "介绍", "宣布", "强调", "指出", "谈到", "证实", "诉说",
                          "警示", "阐明"})
# Speech verbs in idioms, frames and other words, by what comes just before or just after
# them: not cues (可以说, 对…来说, 说明, 称为, 访问, 问题, 知道, 被认为, 介绍了).
_NOT_CUE = {
    "说": (r"(?<![过起出进回])来|所|可以|可|应当|应该|就是|句话|不用|怎么|俗话|据|听|虽|难|再|比如|譬如|老实|坦白|小|演|游|传|解|劝|胡|"
          r"瞎|乱|邪|叙|述|评|细|数|不好|或|诉|若|之|(?<![会式礼典宴坛台])上|实|多",
          r"明|法|服|话|成|起|出|清|不|的|笑|唱|辞|教|谎|情|书|客|理|是|来|到|得|着"),
    "称": (r"简|号|堪|俗|史|世|又|统|自|职|据|名|并|通|可|被|爱|昵|著|尊|谦|戏|美|总|合|对|相|匀|宣|声|之|所",
          r"为|号|之|呼|职|赞|颂|道|霸|作|得|心|谓|病|重|雄|帝|臣|兄|王|量|谢"),
    "问": (r"访|顾|疑|请|慰|提|追|学|反|过|审|拷|盘|讯|责|质|考|叩|查|发|询",
          r"题|候|世|路|责|答|及|卷|号|津|鼎|罪|安|好|诊|计|策|心|询"),
    "讲": (r"演|宣|主|开|听|讲|宣讲|选",
          r"话|座|究|解|述|课|学|台|师|义|稿|评|演|理|道|明|清|求|和|情|授|故事|座"),
    "道": (r"(?<![地声])", r"(?![：:，,])"),
    "表示": (r"所", r"(?!)"),
    "认为": (r"被|公|误|自|所", r"(?!)"),
    "介绍": (r"所|作|做|和|及|的", r"了|的|信|人|所|给|到|过|会"),
    "提出": (r"所|被", r"了|的|过|来"),
    "谈到": (r"所|被", r"了|的|过"),
    "宣布": (r"所|被", r"了|的"),
    "追问": (r"的|所|被", r"则|的|下|中|之"),  # 道德的追问则…: the noun
}
# 称 with what it calls and 为 or 是 before quoted words (称之为“…”, 称他是“…”, 称该计划为“…”); not what
# one can or cannot call something (不能称其为“产业”), nor 称得上.
_CALLED_AS = regex.compile(r"(?<!能|可|可以|应|应该|不)称(?!得)(?:之|[^，,。；;：:“”‘’]{1,10}?)(?:为|是)$")
_NOT_CUE_RE = {k: (regex.compile(f"(?:{b})$"), regex.compile(f"(?:{a})")) for k, (b, a) in _NOT_CUE.items()}
_ATTITUDE = regex.compile(
    r"(?:[^，。；]{0,12}?)(?:欢迎|祝贺|感谢|谢意|谢忱|敬意|问候|慰问|不满|怀疑|关注|关切|赞赏|赞同|赞扬|遗憾|同情|支持|反对|乐观|"
    r"悲观|高兴|满意|理解|担忧|担心|哀悼|谴责|抗议|肯定|歉意|祝愿|感激|钦佩|愤慨|震惊|失望|同意|认可|愿意)[。，；！]?$")
_HEARSAY = regex.compile(r"据(?:悉|了解|统计|说|称|报(?!道)|传|查)")  # 据报道，… is a quote, its source unnamed
_QUESTION = regex.compile(r"什么|何|怎|如何|哪|吗|是否|有没有|多少|为什么|能否|可否")
_FIRST_CLAUSE = regex.compile(r"[^，,。；;！？!?：:\n]*")
# What 宣布 takes with no comma: a plan (宣布将…, 宣布以…收购) or a clause with a pronoun subject (宣布他放弃竞选).
_ANNOUNCED = regex.compile(r"将|以|(?:他们|她们|我们|他|她|自己)(?!的)")
# A preposition holding up what follows as a standard (用, 按照, 根据…).
_STANDARD = regex.compile(r"(?:用|按照|依照|遵照|根据|按)$")
# A newspaper or magazine referred to as such right before the cue (该报说, 这家报纸还说), and
# what names one.
_THE_PAPER = regex.compile(r"(该报纸?|这(?:家|份)报纸|该刊|这家杂志|该杂志)(?:还|也|又|则|进一步)?$")
_PAPER = regex.compile(r"(?:报|刊|杂志|周刊)》?$")
# What labels a quotation before it as someone's words: ，这是支队长田维志的口头禅.
_LABEL_AFTER = regex.compile(r"[，,]?这(?:是|就是|正是)([^，。；“”]{2,20}?)的(?:口头禅|心声|座右铭|名言|格言|心里话|肺腑之言)")
# Someone's words named before a colon (巴尔扎克的话：, 鲁迅的一句名言：).
_WORDS_OF = regex.compile(r"的(?:一句|一段|这句|那句)?(?:话|名言|名句|诗句|格言)$")
# In someone's words (用《法兰克福汇报》的话说, 用公司的话来说, 用他自己的话说): theirs.
_IN_WORDS_OF = regex.compile(r"用(?P<src>[^，。；：]{1,24}?)(?:自己)?的话来?$")
_STOP_CLAUSE = regex.compile(r"[，,；;](?=但|但是|而|然而|可是|不过)")
# Verbs and nouns before a colon that introduce no one's words (决定：…, 写着：“…”).
_NOT_SPEECH_COLON = regex.compile(r"(?:想|感到|认识到|决定|规定|写着|印着|标语|口号|横幅|快报|通知|题为|如下|内容|名单|包括|"
                                  r"分别是|分别为|是|为|有|即|如|例如|比如|原则|目标|主题|要点|特点|理念)$")

_HAN = regex.compile(r"\p{Han}")
# A definite description: 这位教授, 该委员会 (not 此间, not 该市蔬菜局的同志: the head is one word).
_DEFINITE = regex.compile("(?:这位|那位|这名|该|这家|这个)(?P<head>" + "|".join(
    regex.escape(w) for w in sorted(set(PEOPLE_HEADS) | set(ORG_HEADS), key=len, reverse=True) if len(w) > 1) + ")")
# A demonstrative inside a longer description (建行的这位负责人, 这名高官, 上述…的人士).
_POINTED = regex.compile(r"这位|那位|这名|那名|上述|前述")
# After a name: a doctrine named after someone (马克思主义, 马列主义, 邓小平理论), a leadership named by
# its head (以江泽民同志为核心的党中央).
_DOCTRINE = regex.compile(r"(?:(?!的)\p{Han})?(?:主义|思想|理论)|(?:同志)?为(?:核心|首)")
# A name given in the phrase that describes its bearer (一位名叫王平刚的老大爷, 一个叫彼得的球迷): the person.
_CALLED = regex.compile(r"(?:名叫|叫做|叫作|名为|叫)$")
# What a source passed on, after its name (荷兰国防部方面的消息, 国际文传电讯社的报道, 《赫尔辛基新闻》报的评论).
_PASSED_ON = regex.compile(r"(.+?)的(?:消息|报道|说法|评论|社论|文章)")
# A named body's report or material, after its name (劳工部的一份材料, 交银国际…的研究报告, 美国海军发展报告,
# 国泰君安报告): the body's, as the guide decides; a bare 报告 (这份报告说) is _DOCUMENT's, and a meeting's
# (党的十五大报告, 全会的报告) is the document; a named body's statement or forecast is the body's too (泰国外交部声明,
# 英国气象台预报).
_ITS_REPORT = regex.compile(r"的?(?:一份|这份|最新)?\p{Han}{0,4}?(?:报告|材料|白皮书|声明|预报)")
_MEETING = regex.compile(r"(?:[一二三四五六七八九十]+大|大会|全会|会议)$")
# A person called by 小 or 老 and the surname (小朱, 老王), at the end of a noun phrase.
_FAMILIAR = regex.compile(r"(?:^|(?<=的))[小老]\p{Han}$")
# A document named by a bare noun (报告认为, 信中说, 该文章指出): its author, if the text says, is the speaker.
_DOCUMENT = regex.compile(r"(?:该|这份|这篇|此|这封|这条|这项)?(?P<head>报告|文章|声明|(?:新闻)?公报|(?:新闻)?公告|通告|贺信|来信|公开信|信|"
                          r"来函|文件|社论|报道|消息|白皮书|蓝皮书|宣言)(?:中|里)?")
# The speaker's next act after what was said: 并 and a verb of speech or appeal.
_SECOND_ACT = regex.compile(r"[，,；;]并(?:且|同时)?(?:呼吁|要求|表示|强调|指出|敦促|号召|宣布|希望|扬言|声称|宣称|认为)"
                             r"|[，,；;](?:声称|宣称)")
# Where and when a meeting was held, before it (在伦敦召开的…会议): no part of its name.
_HELD = regex.compile(f"(?:{MEETING_VERBS})的")
# Verbs that issue a document (X发布的报告, X14日公布的最新研究报告): X is its source.
_ISSUES = regex.compile(r"发布|公布|发表|提交|推出|撰写|出具|出版")
_ISSUED = regex.compile(f"(?:{_ISSUES.pattern})(?=的|$)")
# Where a sentence names who gave a document of each kind: 发来了贺信, 发表声明, 据X报道, X援引…的话说.
_DOCUMENT_SOURCE = {"报道": regex.compile(r"报道|援引|消息|媒体|报|社|台"), "消息": regex.compile(r"消息|报道|援引|媒体|报|社|台")}
# What a clause before a quotation may be without being speech of its own: a time (在最后一局时，“…”).
_ADVERBIAL = regex.compile(r"(?:在|当)?[^，,。；;]{1,10}(?:时|时候|之时|后|以后|之后|前|之前|期间)")
_TITLE = regex.compile(r"《([^《》]{2,40})》")
# A document under its title as the subject (大会《政治宣言》, 《政治宣言》草案): an organisation speaker, as written.
_TITLED_DOCUMENT = regex.compile(r"[^《》的，,。；;：:]{0,8}《[^《》]{1,40}(?:宣言|公报|声明|决议|纲要|白皮书|报告|宪章|纪要)》(?:草案)?")
_LOOK_BACK = 2_000  # characters before a pronoun where the people it may stand for are looked for first
_T = TypeVar("_T")
_PARAGRAPH_END = regex.compile(r"\n[^\S\n]*\n")
_PERSONAL = regex.compile(r"[他她我你]")
# Words for women and for men at the end of a role: 他 and 她 agree with them.
_FEMALE = regex.compile(r"(?:母亲|妈妈|妻子|女儿|姐姐|妹妹|奶奶|外婆|姥姥|大妈|大娘|大嫂|阿姨|姑娘|女士|小姐|夫人|太太|妇女|女子|女孩|老太太|"
                        r"婆|嫂|姐|妹)$")
_MALE = regex.compile(r"(?:父亲|爸爸|丈夫|儿子|哥哥|弟弟|爷爷|外公|姥爷|大爷|大伯|大叔|老汉|先生|男子|男孩|小伙子|汉子|翁|伯|叔|哥|弟)$")
_THEY = frozenset({"他们", "她们"})
_WIFE = ("夫人", "太太")  # after a name: the wife of who is named (科尔维夫人), another person
# A person or group introduced with a count (问一位姓郑的书商, 同几位选民进行了交谈).
_ONE_OF = regex.compile(r"(?:一|几|两|三|数|这|那)(?:位|名)|一(?:对|群|伙|批)")
_MANY = regex.compile(r"^(?:有些|一些|许多|不少|多位|多名|众多)|(?:几|两|三|四|五|数|多)(?:位|名)|一(?:对|群|伙|批)")
_WITH_PRONOUN = regex.compile(r"[和与及、][他她我](?:们)?$")
# Verbs that make what has a noun at its end a clause (美中关系是最重要的问题).
_CLAUSE_VERBS = frozenset({"是", "有", "为", "会", "将", "要", "能", "可以", "应该", "应", "必须", "已", "已经", "没有",
                           "不是", "就是", "正是", "也是", "才是", "并非", "不会", "不能"})  # 不是 a word of its own to jieba
_FRAMED = regex.compile(r"(?:要|是|就是|应|应该|必须)?[“「]")
# Where a clause names its source before the cue: 据X介绍, 援引X的话说.
# 据X介绍, 援引X的消息说: X is the speaker, less the words for what was passed on (的话, 的消息), a
# date (据《纽约时报》16日报道) and whom it was told to (据…消息人士向俄新社透露).
_SOURCE = regex.compile(r"(?:据|援引|引述)(?P<src>[^，。；：]{0,24}?)(?:(?<!据|援引|引述)(?:向|对)[^，。；：]{1,12}?)?"
                        r"(?:的(?:话|消息|说法|报道))?" + r"(?:[0-9０-９]{1,2}日|今天|昨天|今日|昨日|日前|近日)?$")
_TIME_ADVERBS = (r"(?:[0-9０-９]{1,2}日|今天|昨天|前天|今日|昨日|前日|当日|日前|近日|最近|当天|当晚|今晨|今晚|昨晚|"
                 r"上午|下午|晚间|也|还|又|则|曾|都|就|再|更|便|却|随即|当即|"
                 r"\p{Han}{1,4}地|着)*")
# What may stand between a speaker's name and the cue: adverbs, and one phrase of place or time
# (在发言中, 在开幕式上讲话时, 最近在湖南考察时, 在接受记者采访时).
_ADJACENT = regex.compile(
    "(?:" + "|".join(OFFICES) + ")?" + _TIME_ADVERBS
    + r"(?:(?:在|于)[^，,。；;：:“”、]{1,20}?(?:上|中|时|期间|之际|之后|后)" + _TIME_ADVERBS + ")?")
_GOVERNED = regex.compile(r"(?:向|对|给|跟|同|与|和|把|被|让|由|替|为|陪同|在|及|、|见|访|问|请|是|"
                          r"嘱咐|叮嘱|吩咐|告诉|提醒|告诫|劝|安慰|鼓励|命令)$")  # 嘱咐他说: whom it was said to
# …and across the addressee's title (柳继增教练对领队李元伟说, 向总理李鹏表示): the name is whom it was said to.
_GOVERNED_TITLED = regex.compile(r"(?:向|对|给|跟|同|陪同)[^，,。；;：:“”]{0,16}?(?:" + "|".join(PEOPLE_HEADS) + ")$")
# What joins two names into a group, and a name to its colleagues or to a plural pronoun.
_JOINED = regex.compile(r"[和与及、]")
# …also across the second one's place and title (麦克德莫特和华盛顿州州长骆家辉).
_JOINED_TITLED = regex.compile(r"[和与及、]\p{Han}{0,10}?(?:" + "|".join(OFFICES) + ")")
_GROUP_WITH = regex.compile(r"(?:及其|和其|与其|[和与及])(?:同事|同伴|助手|团队|家人|[我他她]们)")
# One-character words that mark a noun phrase after them as the source of what is said (经, 由, 据).
_SOURCE_WORDS = frozenset("经由据")
# An office word, as a subject's head (…署长在记者招待会上表示).
_OFFICE_WORD = regex.compile("|".join(regex.escape(w) for w in OFFICES))
# Parts of speech a role's noun phrase is made of besides nouns: names, abbreviations, Latin words, attributes.
_ROLE_POS = frozenset({"ORG", "LOC", "j", "eng", "b", "an", "vn"})
_OPEN = "“「『‘"
_CLOSE = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_NAME_OPEN = {**_CLOSE, "《": "》"}  # marks a name may open with
_CLOSING = frozenset(_CLOSE.values())
_FINAL = "。！？!?…"
# What a proposal's quoted words are called after them: 提出“把按劳分配和按生产要素分配结合起来”的理论
# is a quote (a clause; not a name such as 提出“科教兴国”的战略).
_PROPOSED = regex.compile(r"的(?:理论|思想|要求|口号|方针|原则|(?:工作)?思路|目标|观点|主张|论断|命题|战略|号召|设想|构想|倡议|建议)")
_TRAILING = regex.compile(r"[\s，,；;：:。！？!?、]+$")
# A photo's caption in brackets after what was said (…的证据（上图为…的探测情形）): the page's, not the speaker's.
_CAPTION = regex.compile(r"[（(](?:[上下左右]图|图为|图片)[^（）()]*[）)][\s。，,]*$")
_BOUNDARY = regex.compile(r"[，,；;：:（）()【】\n]|……")
_SENTENCE_END = "。！？!?\n"


# -- quotation marks ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Quotation:
    """A pair of quotation marks in the clean text: ``start``/``end`` bound the inside."""

    start: int
    end: int
    depth: int


_STRAIGHT = regex.compile(r'["＂]')
_HAN = regex.compile(r"\p{Han}")


def curled(text: str) -> str:
    """``text`` with straight double quotation marks (``"``, ``＂``), as typed on a keyboard,
    curled where they pair up: in a line with Chinese and an even number of them, the first of
    each two opens (“) and the second closes (”). The length stays, so offsets hold.

    >>> curled('李四说："你好。"')
    '李四说：“你好。”'
    """
    if not _STRAIGHT.search(text):
        return text
    chars = list(text)
    at = 0
    for line in text.split("\n"):
        marks = [at + m.start() for m in _STRAIGHT.finditer(line)]
        if marks and len(marks) % 2 == 0 and _HAN.search(line):
            for k, i in enumerate(marks):
                chars[i] = "”" if k % 2 else "“"
        at += len(line) + 1
    return "".join(chars)


def quotations(text: str) -> list[Quotation]:
    """Balanced pairs of quotation marks, nested ones too; a mark left open at the end of a
    paragraph (a blank line; a single line break is a line of print wrapped) opens nothing (a closing mark of the wrong kind closes the nearest that fits).

    >>> [(q.start, q.end, q.depth) for q in quotations("他说：“我读了‘书’。”")]
    [(4, 11, 0), (8, 9, 1)]
    """
    stack: list[tuple[str, int]] = []
    out: list[Quotation] = []
    opened = False
    for i, ch in enumerate(text):
        if ch == "\n" and _PARAGRAPH_END.match(text, i):
            stack.clear()
            opened = True
        elif ch in _OPEN and not (ch == "‘" and not stack):
            stack.append((ch, i))
            opened = True
        elif ch in _CLOSING:
            for k in range(len(stack) - 1, -1, -1):
                if _CLOSE[stack[k][0]] == ch:
                    out.append(Quotation(stack[k][1] + 1, i, k))
                    del stack[k:]
                    break
            else:
                if not opened and ch != "’" and i > 1 and text[i - 1] in _FINAL and "\n" not in text[:i]:
                    out.append(Quotation(0, i, 0))  # a text cut inside a quotation: 手段。”华伟指出
                opened = True
    if len(stack) == 1 and stack[0][0] != "‘" and "\n" not in text[stack[0][1]:] \
            and not regex.search(r"[。！？!?”」』]", text[stack[0][1]:]):
        end = len(_TRAILING.sub("", text))
        if end - stack[0][1] > 2:
            out.append(Quotation(stack[0][1] + 1, end, 0))  # a text cut inside one: 指出，“除此之外，
    out.sort(key=lambda q: q.start)
    return out


# -- finding -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Who:
    """A speaker: who (None when the text does not say), what kind, and the mention."""

    speaker: str | None
    type: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Found:
    """A quote in the clean text, before it is placed in the caller's."""

    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None
    who: Who | None


class Page:
    """One document's clean text with what the rules read: names, quotation marks and how
    deep in them each character is, articles."""

    def __init__(self, doc: Document, found: Sequence[Entity], articles: Sequence[tuple[int, int]] = ()) -> None:
        self.doc, self.text = doc, curled(doc.clean_text)
        self.names = Names(names(doc, found))
        self.marks = quotations(self.text)
        self._by_start = {q.start: q for q in self.marks}
        inside = [0] * (len(self.text) + 2)
        for q in self.marks:
            inside[max(q.start - 1, 0)] += 1  # the marks count as inside; a text cut in a quotation has none before
            inside[min(q.end + 1, len(self.text) + 1)] -= 1
        depth = 0
        for i, d in enumerate(inside):
            depth += d
            inside[i] = depth
        self.inside = inside
        self.articles = list(articles)
        self.show = shown(doc)
        # sentence edges and clauses found so far: every position a scan passed on its way to an
        # edge has that edge, so each is scanned once however many cues a long sentence holds
        self._starts: dict[int, int] = {}
        self._ends: dict[int, int] = {}
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._titles: list[regex.Match[str]] | None = None  # every 《…》, found when first asked
        self._title_ends: list[int] = []

    # -- sentences and clauses -------------------------------------------------------------------

    def sentence_start(self, p: int) -> int:
        text, inside, known = self.text, self.inside, self._starts
        i, passed, start = p - 1, [p], 0
        while i >= 0:
            if i + 1 in known:
                start = known[i + 1]
                break
            ch = text[i]
            if (ch in _SENTENCE_END and inside[i] == 0) or (ch in _CLOSING and inside[i + 1] == 0 and i
                                                            and text[i - 1] in _FINAL):
                start = i + 1
                break
            passed.append(i)
            i -= 1
        known.update(dict.fromkeys(passed, start))
        return start

    def sentence_end(self, p: int) -> int:
        """Where the sentence holding ``p`` ends: at its 。！？ (left out), or after the closing
        mark of a quotation that ends it (…要求：“…负担。”)."""
        text, n, known = self.text, len(self.text), self._ends
        i, passed, end = p, [], n
        while i < n:
            if i in known:
                end = known[i]
                break
            passed.append(i)
            ch = text[i]
            if ch in _SENTENCE_END and self.inside[i] == 0 and not (ch in "?!" and _HAN.match(text, i + 1)):
                end = i
                break
            q = self._by_start.get(i + 1) if ch in _OPEN else None
            if q is not None:
                after = q.end + 1
                if q.end > q.start and text[q.end - 1] in _FINAL and (after >= n or text[after] not in "，,、；;"):
                    end = after
                    break
                i = after
                continue
            i += 1
        known.update(dict.fromkeys(passed, end))
        return end

    def clauses(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The clauses of ``[lo, hi)``, split at commas, colons, brackets and datelines
        (新华社曼谷５月１８日电) outside quotation marks; a quotation that is a clause of its own
        (after a colon or comma, or before one) is left out."""
        got = self._clauses.get((lo, hi))
        if got is None:
            got = self._clauses[(lo, hi)] = self._find_clauses(lo, hi)
        return got

    def _find_clauses(self, lo: int, hi: int) -> list[tuple[int, int]]:
        out, a = [], lo
        for m in _BOUNDARY.finditer(self.text, lo, hi):
            if self.inside[m.start()] == 0:
                out.append((a, m.start()))
                a = m.end()
        out.append((a, hi))
        text = self.text
        clauses = []
        for s, e in out:
            d = DATELINE.search(text, s, e)
            if d is not None:
                s = d.end()
            if e > s and not (text[s] in _OPEN and self._by_start.get(s + 1) is not None
                              and self._by_start[s + 1].end + 1 >= e
                              and not (e == hi < len(text) and CUE.match(text, e))):  # but “出版道德委员会”分析说
                clauses.append((s, e))
        return clauses

    def cue_ok(self, s: int, e: int) -> bool:
        """Whether the speech verb at ``[s, e)`` is a cue: not in an idiom (:data:`_NOT_CUE`) and,
        for a one-character verb, a word of its own to the segmenter (or 地说, 又说, 如是说), not
        part of another word (实说实干, 学说)."""
        name = self.names.covering(s - 1) if s else None
        named = name is not None and name.end == s and name.type == "PER" and name.role is None
        if not _cue_ok(self.text, s, e, after_name=named):  # 林宝来说: a name's 来, not 对…来说
            return False
        if e - s > 1:
            return True
        tokens = self.doc.tokens
        i = bisect_right(tokens.starts, s) - 1
        if i < 0:
            return True
        word, ws = tokens.pairs[i][0], tokens.starts[i]
        end = ws + len(word)
        if end > e:  # the verb opens a longer word: 说明, 说法, but 说过
            return ws == s and end == e + 1 and self.text[e] in "过了着道"
        if ws == s:
            return True
        prefix = word[:s - ws]
        name = self.names.covering(s - 1)
        if name is not None and name.end == s and name.type == "PER":
            return True  # the segmenter ran the verb into the name before it (张华说)
        if word[-1] == "说" and len(prefix) == 1 and prefix in surnames() and prefix not in _BEFORE_CUE and (ws == 0 or _BOUNDARY.match(self.text, ws - 1)):
            return True  # 袁再次提出…，黄说：: a surname alone as the subject, glued to the verb
        return word in _CUES or prefix in _BEFORE_CUE or prefix[-1] in "地着声"

    def article_start(self, p: int) -> int:
        starts = [s for s, e in self.articles if s <= p]
        return starts[-1] if starts else 0

    # -- speakers --------------------------------------------------------------------------------

    def speaker_before(self, cue: int, lo: int) -> Who | None:
        """The speaker of a cue at ``cue``: the subject of its clause, else of a clause before
        it in the sentence (from ``lo``); ``据X介绍`` names X."""
        clauses = self.clauses(lo, cue)
        if not clauses:
            return None
        a, b = clauses[-1]
        if b == cue and _DOCUMENT.fullmatch(self.text, a, cue):
            return self.author(a, cue)  # 报道说, 信中说: the segmenter may take 报道 for a verb
        wire = WIRE.match(self.text, a, cue)  # 据新华社电…: a dateline, not 据X (介绍) naming the source
        m = _SOURCE.search(self.text, wire.end() if wire else a, cue) or _IN_WORDS_OF.search(self.text, a, cue)
        if m:
            s, e = m.span("src")
            return self.classify(s, e) if e > s else Who(None, None, cue, cue)
        if b == cue:
            who = self.name_at_cue(a, cue)
            if who is not None:
                return who
            if cue - a == 1 and self.text[a] in surnames() and self.text[a] not in _BEFORE_CUE and self.text[cue] == "说":  # 黄说: a person the passage calls by surname
                return Who(self.person(a, cue), "person", a, cue)
        for k, (s, e) in enumerate(reversed(clauses)):
            if s and self.text[s - 1] in "（(" and self.text[e:e + 1] in ("）", ")"):
                continue  # 作家石悦（《明朝那些事儿》作者）…说: a note in brackets is no subject
            said = self._by_start.get(s + 1) if self.text[s] in _OPEN else None
            if said is not None and said.end < e and self.text[said.end - 1] in "，,。！？!?…":
                s = said.end + 1  # “国家银行…顺利，”瓦西列斯库先生说，“…”: the words said are no subject
            sp = subject(self.doc, self.names, s, e)
            if sp is not None and k == 0:
                sp = self.with_office(sp, cue)
            who = self.classify(*sp) if sp is not None else None
            if who is None and k == 0:
                who = self.loose_subject(s, e) or (self.role_at_cue(s, cue) if e == cue else None)
            if who is not None:
                return who
        return None

    def with_office(self, sp: tuple[int, int], cue: int) -> tuple[int, int]:
        """A subject that an office word with no name after it goes on (联合国禁毒署|署长在…表示,
        where the segmenter takes 署长 for a verb): the office is its head, so the speaker is the
        holder, a role, not the organisation."""
        m = _OFFICE_WORD.match(self.text, sp[1], cue)
        if m is None or self.names.at(m.end()) is not None or not _ADJACENT.fullmatch(self.text, m.end(), cue):
            return sp
        return sp[0], m.end()

    def role_at_cue(self, a: int, cue: int) -> Who | None:
        """A word for people right before the cue, with the nouns before it, when the clause's
        subject reader found none (有位智者说, 做过预约登记的一位张姓市民说, 令军事观察家惊呼):
        the noun phrase back to a count, a verb, a preposition or a pronoun, unless a preposition
        governs it (对哥哥说: the person addressed)."""
        us = units(self.doc, self.names, a, cue)
        i = len(us)
        while i > 0 and (us[i - 1][3][:1] == "n" or us[i - 1][3] in _ROLE_POS) and us[i - 1][3] != "PER":
            i -= 1
        if i == len(us) or _GOVERNED.search(self.text, max(a, us[i][0] - 2), us[i][0]):
            return None  # 对哥哥说: whom it was said to
        phrase = self.text[us[i][0]:cue]
        return Who(self.role(us[i][0], cue), "role", us[i][0], cue) if is_people(phrase) else None

    def loose_subject(self, a: int, b: int) -> Who | None:
        """A person or pronoun in a clause that opens with something else (而因捧杯喜极而泣的
        …主教练李玲蔚则哽咽着说, 停了一会他又说): the last one not governed by a preposition."""
        text = self.text
        best = None
        for n in self.names.within(a, b, "PER"):
            if not _GOVERNED.search(text, max(a, n.start - 2), n.start) and n.role is None:
                best = (n.start, n.end)
        for m in regex.finditer(r"[他她]", text[a:b]):
            s = a + m.start()
            if (best is None or s > best[0]) and not _GOVERNED.search(text, max(a, s - 2), s) \
                    and not self.names.covering(s) and text[s + 1:s + 2] not in ("们", "的") \
                    and self.pronoun_word(s):
                best = (s, s + 1)
        return self.classify(*best) if best is not None else None

    def pronoun_word(self, p: int) -> bool:
        """Whether the 他 or 她 at ``p`` is the pronoun (他常说, where the segmenter joins it to the
        adverb), not part of another word (其他, 他人, 她俩)."""
        tokens = self.doc.tokens
        i = bisect_right(tokens.starts, p) - 1
        if i < 0:
            return True
        start, word = tokens.starts[i], tokens.pairs[i][0]
        return start + len(word) <= p or (start == p and word not in _NOT_PRONOUN)

    def name_at_cue(self, a: int, cue: int) -> Who | None:
        """A person named in the clause ``[a, cue)`` right before the cue, across adverbs and one
        phrase of place or time, not governed by a preposition: …特别代表雷布金说,
        …执行干事彼得·皮奥在开幕式上讲话时指出."""
        people = self.names.within(a, cue, "PER")
        for k in range(len(people) - 1, -1, -1):
            n = people[k]
            if n.role is None and _ADJACENT.fullmatch(self.text, n.end, cue) \
                    and not _GOVERNED.search(self.text, max(a, n.start - 2), n.start) \
                    and not _GOVERNED_TITLED.search(self.text, max(a, n.start - 24), n.start):
                if self.group_of_named(people[:k + 1], n.end):
                    return Who(None, None, n.start, n.end)  # 王芳与张伟表示: several people, no one speaker
                return Who(self.person(n.start, n.end, cue), "person", n.start, n.end)
        return None

    def group_of_named(self, people: Sequence[Name], b: int) -> bool:
        """Whether the last of ``people`` (ending by ``b``) is one of a group: joined to the name
        before it (王芳与张伟), or to colleagues or a plural pronoun after it (托马肖及其同事,
        阿南史代和我们). A group of several named people is no one speaker."""
        text, n = self.text, people[-1]
        if len(people) >= 2 and people[-2].role is None and (_JOINED.fullmatch(text, people[-2].end, n.start)
                                                            or _JOINED_TITLED.fullmatch(text, people[-2].end, n.start)):
            return True
        return _GROUP_WITH.match(text, n.end, max(b, n.end + 5)) is not None  # the subject reader may stop at the name

    def speaker_after(self, lo: int, cue: int) -> Who | None:
        """The speaker of a cue after a quotation: a name right before the cue (…合作交流科科长
        林宝来说), else the first subject between them."""
        clauses = self.clauses(lo, cue)
        if clauses and clauses[-1][1] == cue:
            who = self.name_at_cue(clauses[-1][0], cue)
            if who is not None:
                return who
        for s, e in clauses:
            sp = subject(self.doc, self.names, s, e)
            if sp is not None:
                who = self.classify(*sp)
                if who is not None:
                    return who
        return None

    def classify(self, a: int, b: int) -> Who | None:
        """Who the noun phrase ``[a, b)`` is, or None when it names no one."""
        text = self.text
        if a > 0 and text[a - 1] in _NAME_OPEN and text.count(_NAME_OPEN[text[a - 1]], a, b) > text.count(text[a - 1], a, b):
            a -= 1  # “维基解密”网站, 《内脏》杂志的编辑: the opening mark the noun phrase reader left out
        a = self.after_source_word(a, b)
        end = b + 1 if text[b:b + 1] == "》" and text.count("《", a, b) > text.count("》", a, b) else b
        if _TITLED_DOCUMENT.fullmatch(text, a, end):
            return Who(text[a:end], "org", a, end)  # 大会《政治宣言》中有这样一句话: the document, as written
        # a title in 《》, its marks in the phrase or just outside it (the subject reader leaves them out)
        marked = (a, b) if a > 0 and text[a - 1] == "《" and text[b:b + 1] == "》" else \
            (a + 1, b - 1) if b - a > 2 and text[a] == "《" and text[b - 1] == "》" else None
        if marked is not None and "《" not in text[marked[0]:marked[1]]:
            s, e = marked
            inner = self.names.within(s, e, "ORG")
            if (len(inner) == 1 and (inner[0].start, inner[0].end) == marked) or is_org(text[s:e]):
                return Who(text[s - 1:e + 1], "org", s - 1, e + 1)  # 据《纽约时报》报道: the paper, as written
            a, b = marked  # a book, a law, a game: no publication, read without its marks
        phrase = text[a:b]
        whole = self.names.within(a, b, "ORG")
        if len(whole) == 1 and whole[0].start == a and whole[0].end == b:
            return Who(self.role(a, b), "org", a, b)  # 国家防汛抗旱总指挥部办公室: one organisation, no name in it
        people = self.names.within(a, b, "PER")
        if people:
            n = people[-1]
            first = people[0]
            if len(people) > 1 and first.start == a and first.role is None and text[first.end:first.end + 1] == "在":
                # 阿拉法特在会见来访的埃及外长穆萨之后举行记者招待会说: the one who met, not the one met
                return Who(self.person(first.start, first.end, b), "person", first.start, first.end)
            if n.role is not None:
                return None  # a journalist credited in the byline reports, and is no speaker
            if self.group_of_named(people, b):
                return Who(None, None, a, b)
            if "的" in text[n.end:b] and is_people(phrase) and not _CALLED.search(text, a, n.start):
                return Who(self.role(a, b), "role", a, b)  # 博宝艺术网的业内专家, 李先生的助手: not the name
            end = n.end + 2 if text.startswith(_WIFE, n.end) and n.end + 2 <= b else n.end
            return Who(self.person(n.start, n.end, b), "person", n.start, end)
        held = _HELD.search(phrase)
        if held is not None and held.end() < len(phrase):  # 在伦敦召开的西方七国财长和央行行长会议: the meeting
            return self.classify(a + held.end(), b)
        issued = _ISSUED.search(phrase)
        if issued is not None and issued.start() > 0:  # 首创期货25日发布的报告: who issued it
            sp = subject(self.doc, self.names, a, a + issued.start())
            who = self.classify(*sp) if sp is not None and sp[1] < b else None
            if who is not None and who.type in ("person", "org"):
                return who
        if _DOCUMENT.fullmatch(phrase):
            return self.author(a, b)
        title = self.titled(a, b)
        if title is not None:
            return Who(title, "org", a, b)
        starts = self.word_starts(a, b)
        for k in range(min(len(phrase), 6), 1, -1):
            st = surname_title(phrase[-k:])
            if st is not None and (b - k) in starts:  # 孔经理, but not 联合国发言人
                return Who(self.named(st, b - k), "person", b - k, b)
        familiar = _FAMILIAR.search(phrase)
        if familiar is not None and phrase[familiar.start() + 1] in surnames():
            return Who(familiar.group(), "person", a + familiar.start(), b)  # 今年24岁的小朱, 老王
        tagged = self.tagged_name(a, b)
        if tagged is not None:
            return tagged
        full = self.names.full_of(phrase)
        if full is not None:  # 玲英, the given name of the document's 穆玲英
            return Who(full, "person", a, b)
        after_office = name_after_office(phrase)
        if after_office is not None and self.plain(a + after_office[0], b):
            at, name = after_office
            return Who(name, "person", a + at, b)
        if phrase in PRONOUNS or phrase in _THEY:
            return self.pronoun(a, b)
        if phrase == "其" and text[a - 1:a] == "据":  # 吴敏告诉记者。据其介绍: 其 is 他 or 她
            return self.pronoun(a, b)
        passed = _PASSED_ON.fullmatch(phrase)
        if passed is not None:  # 荷兰国防部方面的消息说: the source, not its message
            who = self.classify(a, a + passed.end(1))
            if who is not None and who.type in ("org", "person"):
                return who
        names = self.names.within(a, b, "PER ORG")
        if names and _ITS_REPORT.fullmatch(text, names[-1].end, b) and not _MEETING.search(names[-1].name):
            who = self.classify(a, names[-1].end)
            if who is not None and who.type in ("org", "person"):
                return who
        definite = _DEFINITE.fullmatch(phrase)
        if definite is not None:
            # 这位人士说, 该客户经理表示 with no one before it they could be: like an unresolved 他
            return self.described(a, b, definite.group("head")) or Who(None, None, a, b)
        pointed = _POINTED.search(phrase)
        if pointed is not None and (is_people(phrase) or is_org(phrase)):
            # 建行的这位负责人, 这名高官, 上述曾参与…的人士: the same, the description longer
            rest = phrase[pointed.end():]
            who = self.described(a, b, rest) if rest in PEOPLE_HEADS or is_org(rest) else None
            if who is None and is_people(rest) and text.rfind(rest, self.article_start(a), a) >= 0:
                who = Who(self.role(a + pointed.end(), b), "role", a, b)  # 举报人 …这位举报人: as introduced
            return who or Who(None, None, a, b)
        if phrase in FIRST_PERSON:
            return Who(None, None, a, b)
        orgs = self.names.within(a, b, "ORG LOC")
        if orgs and orgs[-1].end == b and self.describes(a, orgs[-1].start):
            return Who(_side_dropped(orgs[-1].name), "org", orgs[-1].start, b)  # 总部设在纽约的美国经贸科技总会
        if (orgs and orgs[-1].end == b) or is_org(phrase):
            return Who(_side_dropped(self.role(a, b)), "org", a, b)
        if is_people(phrase) or (_WITH_PRONOUN.search(phrase) and is_people(_WITH_PRONOUN.sub("", phrase))):
            return Who(self.role(a, b), "role", a, b)  # 外经贸部新闻发言人; 可口可乐公司总裁和他
        words = self.doc.tokens.between(a, b)
        cut = words[-1][0] if len(words) >= 2 else a
        if cut > a and words[-1][2] not in ("等", "等等") and is_people(text[a:cut]):  # 家人小心|地递来, 他的妻子插话|说: one word too far
            return Who(self.role(a, cut), "role", a, cut)
        return None

    def role(self, a: int, b: int) -> str:
        """The role or organisation phrase ``[a, b)`` as an index lists it (:func:`role_phrase`),
        a leading 有 the segmenter cut as a word of its own dropped too (有|专家认为, 有人说; not
        有钱人, 有色金属, 有研集团)."""
        you = any(self.text.startswith(w, a) and self.doc.tokens.word_at(a, a + len(w)) is not None for w in ("有", "有人"))
        return role_phrase(self.text[a:b], you=you)

    def describes(self, a: int, b: int) -> bool:
        """Whether ``[a, b)``, before a name, is a relative clause that describes it (总部设在纽约的,
        由70多个社团组成的): it ends with 的 and holds a verb. An index lists the organisation by
        its name alone; a possessive of affiliation (该市蔬菜局的同志) is no such clause."""
        return b - a > 2 and self.text[b - 1] == "的" and any(
            pos[:1] == "v" for _, _, _, pos in self.doc.tokens.between(a, b - 1))

    def titled(self, a: int, b: int) -> str | None:
        """The work a short name in quotation marks at ``[a, b)`` refers to: a title in 《》 earlier
        in its article that ends with it (《全国环境宣传教育行动纲要》 …“行动纲要”说). A document
        quoted as the source is an organisation speaker under its full title."""
        text = self.text
        if not (0 < a and b < len(text) and text[a - 1] in _CLOSE and text[b] == _CLOSE[text[a - 1]]):
            return None
        phrase = text[a:b]
        if self._titles is None:  # once per page: a long page may quote many short names
            self._titles = list(_TITLE.finditer(text))
            self._title_ends = [m.end() for m in self._titles]
        lo = self.article_start(a)
        for m in reversed(self._titles[:bisect_right(self._title_ends, a)]):
            if m.start() < lo:
                break
            if m.group(1).endswith(phrase):
                return m.group(1)
        return None

    def addressee(self, a: int, b: int) -> bool:
        """Whether ``[a, b)``, between an appeal (呼吁, 要求) and quoted words, is whom it is made
        to: people or an organisation (双方, 克林顿, 美国国会中的一些保守议员) with no preposition,
        adverb or conjunction in the phrase, not the start of what is asked (要求把…“…”)."""
        words = self.doc.tokens.between(a, b)
        if not words or words[0][0] != a or any(
                pos[:1] in ("p", "d", "c") for s, _, _, pos in words if not self.names.covering(s)):
            return False
        phrase = self.text[a:b]
        named = self.names.within(a, b, "PER ORG LOC")
        return phrase in _ADDRESSED or (bool(named) and named[-1].end == b) or is_people(phrase) or is_org(phrase)

    def after_source_word(self, a: int, b: int) -> int:
        """Where a speaker's noun phrase starts after a one-character word that marks it as the
        source (经知情人士透露, 由该局负责人介绍), which the noun phrase reader may take in."""
        one = self.doc.tokens.word_at(a, a + 1) is not None  # a word of its own: 经|知情人士, not 经济学家
        return a + 1 if one and b - a > 2 and self.text[a] in _SOURCE_WORDS else a

    def described(self, a: int, b: int, head: str) -> Who | None:
        """Who a definite description at ``[a, b)`` (这位教授, 该委员会) refers to, earlier in its
        article: for a word for people, the last person named before it with that word next to
        the name (金日光教授 …这位教授); for an organisation, the last organisation before it
        whose name ends with that word (出版道德委员会 …该委员会). None when there is none."""
        lo = self.article_start(a)
        text = self.text
        if head in PEOPLE_HEADS and head not in ORG_HEADS:
            role = self.mentioned_role(a, False, lo, head)  # 一位熟悉程砚秋的先生，那位先生说
            for n in reversed(self.names.within(lo, a, "PER")):
                if n.role is None and (text.startswith(head, n.end) or text[max(lo, n.start - len(head)):n.start] == head):
                    if role is not None and role[0] > n.end:
                        break
                    return Who(self.person(n.start, n.end), "person", a, b)
            if role is not None:
                return Who(role[1], "role", a, b)
            at = text.rfind(head, lo, a)
            while at > lo:  # a name the entity step does not know, right before the word (金日光教授)
                for k in (3, 2):
                    x = at - k
                    words = self.doc.tokens.between(max(lo, x), at)
                    if x >= lo and text[x] in surnames() and words and words[0][0] == x and all(
                            _HAN.fullmatch(w) or len(w) > 1 for _, _, w, _ in words) and not any(
                            pos[:1] in ("v", "p", "u", "d", "r", "m") for *_, pos in words):
                        return Who(text[x:at], "person", a, b)
                at = text.rfind(head, lo, at)
            return None
        if not is_org(head):
            return None
        for n in reversed(self.names.within(lo, a, "ORG")):
            if n.name.endswith(head) and len(n.name) > len(head):
                return Who(n.name, "org", a, b)
        at = text.rfind(head, lo, a)
        while at > lo:
            if text[at - 1] not in "该这此":
                words = self.doc.tokens.between(max(lo, at - 12), at)
                k = len(words)
                while k > 0 and words[k - 1][3][:1] in ("n", "j", "v") and not self.names.within(words[k - 1][0], words[k - 1][1], "PER"):
                    k -= 1
                if k < len(words) and words[k][0] < at:
                    return Who(text[words[k][0]:at + len(head)], "org", a, b)
                return None
            at = text.rfind(head, lo, at)
        return None

    def author(self, a: int, b: int) -> Who:
        """Who wrote the document a bare 报告, 信中, 该文章 at ``[a, b)`` refers to: the subject of
        the last sentence before it in its article that mentions such a document (国务院总理李鹏
        发来了贺信。信中说：…), or who issued it there (联合国４日发表调查报告), when that names
        someone; a sentence that names the document but not whose it is (这份…报告是由…编写的) is
        passed over; else no one."""
        head = _DOCUMENT.fullmatch(self.text, a, b).group("head")
        text, lo = self.text, self.article_start(a)
        s = self.sentence_start(a)
        while s > lo:
            prev = self.sentence_start(s - 1)
            source = _DOCUMENT_SOURCE.get(head)
            if (source.search(text, prev, s) if source is not None else head[-1] in text[prev:s]):
                owners = [n for n in self.names.within(prev, s, "PER ORG")
                          if regex.match(rf"的\p{{Han}}{{0,2}}{head[-1]}", text[n.end:s])
                          and text[n.start - 1:n.start] not in ("给", "致")]  # 写给克林顿的公开信: to him
                if owners and owners[-1].role is None:  # 阿布·阿拉宣读了阿拉法特的信。信中说: its writer, not its reader
                    n = owners[-1]
                    return Who(self.person(n.start, n.end) if n.type == "PER" else n.name,
                               "person" if n.type == "PER" else "org", a, b)
                clauses = self.clauses(prev, s)
                for sp in [self.issuer(*c, head) for c in clauses] + [subject(self.doc, self.names, *c) for c in clauses[:1]]:
                    who = self.classify(*sp) if sp is not None else None
                    if who is not None and who.speaker is not None and who.type in ("person", "org"):
                        return Who(who.speaker, who.type, a, b)
                if head not in text[prev:s]:
                    break
                # the document itself, or someone unresolved (这份…报告是由…编写的, 他们在白皮书中说): who
                # issued it may be named in a sentence before
            s = prev
        return Who(None, None, a, b)

    def issuer(self, a: int, b: int, head: str) -> tuple[int, int] | None:
        """Who issues a document in the clause ``[a, b)`` (联合国４日发表调查报告, 就来自该委员会近日
        发表的首份年度报告): the subject of the verb that issues it, else the noun phrase before
        that verb after any other verb or preposition (not one in a relative clause: 主管…的内阁人事院)."""
        at = self.text.find(head, a, b)
        verb = _ISSUES.search(self.text, a, at) if at >= 0 else None
        if verb is None:
            return None
        sp = subject(self.doc, self.names, a, verb.start())
        if sp is not None:
            return sp
        us = units(self.doc, self.names, a, verb.start())
        start = a
        for k, u in enumerate(us):
            if u[3][:1] in ("v", "p") and not any(w[2] == "的" for w in us[k + 1:]):
                start = u[1]
        return subject(self.doc, self.names, start, verb.start()) if start > a else None

    def word_starts(self, a: int, b: int) -> set[int]:
        return {s for s, _, _, _ in self.doc.tokens.between(a, b)} | {n.start for n in self.names.within(a, b)}

    def tagged_name(self, a: int, b: int) -> Who | None:
        """A name the segmenter tagged (nr) that the entity step missed, at the end of a noun
        phrase or before an office word there (卡马拉外长)."""
        words = [w for w in self.doc.tokens.between(a, b) if not self.names.covering(w[0])]
        text = self.text
        for s, e, w, pos in reversed(words):
            if text.rfind("《", a, s) > text.rfind("》", a, s):
                continue  # 《政治宣言》: a title, not a name (宣言, 白皮书 are nr to the segmenter)
            if pos in ("nr", "nrt", "nrfg") and len(w) >= 2 and not surname_title(w) and not led(w):  # not 今天下午/nr
                before = self.doc.tokens.between(max(0, s - 4), s)
                if before and before[-1][1] == s and before[-1][3][:1] == "d":
                    return None  # 连声|道谢 (nr to the segmenter): a verb after an adverb
                end = name_end(text, s, e)
                if end > e and CUE.match(text, end):  # 任晓|明说: the name's last character run into the cue
                    return Who(text[s:end], "person", s, end)
                if text[e:b] in ("", *OFFICES):
                    return Who(self.names.full_of(w) or w, "person", s, e)
                return None
        return None

    def plain(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` holds only words a name may be made of (no verb, place or organisation)."""
        return not any(pos[:1] in ("v", "p", "d", "j") or pos in ("ns", "nt")
                       for _, _, _, pos in self.doc.tokens.between(a, b)) and not self.names.within(a, b, "ORG LOC")

    def named(self, st: tuple[str, str], at: int) -> str:
        surname, title = st
        return self.names.full_name(surname, at) or surname + title

    def person(self, start: int, end: int, limit: int | None = None) -> str:
        """The full name of the person mentioned at ``[start, end)``: a surname with a title
        after it (李先生, where the entity step may see only 李) is the person of that surname."""
        text = self.text
        name = self.names.at(start)
        written = name.name if name is not None else text[start:end]
        stop = min(limit if limit is not None else start + 6, start + 6)
        for k in range(stop - start, 1, -1):
            st = surname_title(text[start:start + k])
            if st is not None and len(written) <= 1 + len(st[1]) and written[0] == st[0]:
                return self.named(st, start)
        if len(written) == 1 and written in surnames():
            return self.names.full_name(written, start) or written  # 金玉顺…只见金快步上台: the 金 named before
        if text.startswith(_WIFE, start + len(written)):
            return written + text[start + len(written):start + len(written) + 2]  # 科尔维夫人: his wife, not 科尔维
        return self.names.full_of(written) or written

    def pronoun(self, a: int, b: int) -> Who:
        """Who 他, 她 (a person) or 他们, 她们 (a group) at ``[a, b)`` is: an unnamed person or group
        mentioned after the last name before it, in its sentence (问一位姓郑的书商，他…;
        同几位选民进行了交谈，他们…), is that role; else 他/她 is the last person named
        (:meth:`antecedent`), or, opening an article that names no one before it, the person the
        next sentences name as a subject; 他们 for named people is no one."""
        plural = self.text[a:b] in _THEY
        lo = self.article_start(a)
        _, named = self.looking_back(lo, a, lambda start: sorted(
            [n.end for n in self.names.within(start, a, "PER") if n.role is None]
            + [e for _, e in self.after_office(start, a)]))
        role = self.mentioned_role(a, plural, named[-1] if named else lo)
        if role is not None and (not named or role[0] >= named[-1]):
            return Who(role[1], "role", a, b)
        if plural:
            return Who(None, None, a, b)
        if not named:
            return Who(self.cataphor(a), "person", a, b)
        return Who(self.antecedent(a), "person", a, b)

    def mentioned_role(self, p: int, plural: bool, after: int, head: str = "") -> tuple[int, str] | None:
        """The last unnamed person (or, ``plural``, group) mentioned before ``p``, after ``after``
        (the last name), in its sentence: a clause's subject or a phrase with a count (一位, 几位),
        ``(start, role)``, agreeing with 他 or 她 at ``p``; with ``head``, a longer phrase ending with
        that word, in its sentence or the one before (for 这位先生: 一位熟悉程砚秋的先生)."""
        s0 = self.sentence_start(p)
        # 他们 may be a group the sentence before named (…明星们…折服了。他们表示), and a 他 opening its
        # sentence someone it described (另一位１９５４年出生的男同志，…下岗。他…表示; not a bare 美国出版商)
        back = (head or plural or p == s0) and s0 > 0
        lo = max(self.article_start(p), self.sentence_start(s0 - 1) if back else s0)
        text = self.text
        sex = text[p] if text[p] in "他她" and not head else ""
        best: tuple[int, str] | None = None
        for cs, ce in self.clauses(lo, p):
            if ce <= after or _ADVERBIAL.fullmatch(text, cs, ce):
                continue  # 一名外国记者提问后，她说: a time clause, not who the sentence is about
            spans = [subject(self.doc, self.names, cs, ce)]
            spans += [subject(self.doc, self.names, m.start(), ce) for m in _ONE_OF.finditer(text, cs, ce)]
            for sp in spans:
                if sp is None or sp[0] < after or _PERSONAL.search(text, *sp):
                    continue
                named = self.names.within(*sp, "PER")
                if named and named[-1].end > text.rfind("的", *sp):
                    continue  # a name, not a role (but 熟悉程砚秋的先生 is one)
                phrase = text[sp[0]:sp[1]]
                if sp[0] < s0 and not (head or plural) and "的" not in phrase and not _ONE_OF.search(text, max(lo, sp[0] - 3), sp[1]):
                    continue  # the sentence before, for 他: only someone described there
                if not is_people(phrase) or phrase.endswith(("记者", "笔者")) or (head and (
                        not phrase.endswith(head) or _DEFINITE.fullmatch(phrase) or len(role_phrase(phrase)) <= len(head))):
                    continue
                definite = _DEFINITE.fullmatch(phrase)
                if definite is not None:  # 问这位中队长，他…: who the description is
                    who = self.described(sp[0], sp[1], definite.group("head"))
                    if who is not None and who.type == "role" and who.speaker:
                        phrase = who.speaker
                many = phrase.endswith("们") or _MANY.search(phrase) is not None
                if sex and (_FEMALE if sex == "他" else _MALE).search(phrase):
                    continue  # 他 is no 母亲, 她 no 老汉
                if many == plural and (best is None or sp[0] > best[0]):
                    best = (sp[0], self.role(*sp) if phrase == text[sp[0]:sp[1]] else role_phrase(phrase))
        return best

    def cataphor(self, p: int) -> str | None:
        """The person a 他/她 that opens its article before any name refers to: the one person
        named as the subject of a clause in the next two sentences, if only one is."""
        n, start, subjects = len(self.text), self.sentence_end(p) + 1, set()
        for _ in range(2):
            if start >= n:
                break
            end = self.sentence_end(start)
            for s, e in self.clauses(start, end):
                sp = subject(self.doc, self.names, s, e)
                people = [x for x in self.names.within(*sp, "PER") if x.role is None] if sp is not None else []
                if sp is not None and people and people[-1].end == sp[1]:
                    subjects.add(self.person(people[-1].start, people[-1].end))
            start = end + 1
        return subjects.pop() if len(subjects) == 1 else None

    def sentence_before(self, p: int, lo: int) -> int:
        """Where the sentence before the one holding ``p`` starts; that one's start if it begins
        at ``lo`` or before."""
        here = self.sentence_start(p)
        return self.sentence_start(here - 1) if here > lo else here

    def looking_back(self, lo: int, p: int, find: Callable[[int], list[_T]]) -> tuple[int, list[_T]]:
        """``(start, find(start))`` for the latest window start from which ``find`` (what is named
        in ``[start, p)``) finds anything: a sentence start about :data:`_LOOK_BACK` characters
        before ``p`` (and never after the sentence before ``p``), then four times as far, at
        most back to ``lo``. What it finds from there on is what ``find(lo)`` finds, without
        reading the whole article again for every pronoun of a long one."""
        previous = self.sentence_before(p, lo)
        back = _LOOK_BACK
        while True:
            start = lo if p - back <= lo else max(lo, min(self.sentence_start(p - back), previous))
            found = find(start)
            if found or start == lo:
                return start, found
            back *= 4

    def after_office(self, lo: int, p: int) -> list[tuple[int, int]]:
        """Names the entity step missed that end a clause after an office word (葛洲坝集团三峡副指挥长李名章。他…),
        in the sentence before ``p`` and in its own, after ``lo``."""
        out = []
        for a, b in self.clauses(max(lo, self.sentence_before(p, lo)), p):
            found = name_after_office(self.text[a:b].rstrip("。！？；"))
            if found is not None and not self.names.within(a + found[0], b, "PER ORG"):
                out.append((a + found[0], a + found[0] + len(found[1])))
        return out

    def antecedent(self, p: int) -> str | None:
        """The person 他/她 at ``p`` refers to: the last named before it in its article; if that
        sentence names several people, the one that is its subject; else no one."""
        lo = self.article_start(p)

        def named(start: int) -> list[tuple[int, int]]:
            # not a name held up as a standard (用江总书记…的要求来衡量, 按照邓小平的指示): no actor
            # nor a name in quotation marks or a title (“大禹塑像”, 《离开雷锋的日子》), nor one a doctrine
            # is named after or a leadership is named by (马克思主义, 马列主义, 以江泽民同志为核心): no one in the story
            people = [(n.start, n.end) for n in self.names.within(start, p, "PER")
                      if n.role is None and not _STANDARD.search(self.text, max(start, n.start - 2), n.start)
                      and not self.quoted(n.start, lo) and not _DOCTRINE.match(self.text, n.end)]
            seen = {s for s, _ in people}
            people += [(s, e) for s, e, w, pos in self.doc.tokens.between(start, p)
                       if pos.startswith("nr") and s not in seen and surname_title(w)]
            return people + self.after_office(start, p)

        start, people = self.looking_back(lo, p, named)
        if not people:
            return None
        people.sort()
        s0 = self.sentence_start(people[-1][0])
        if s0 < start:  # the sentence that names the last of them begins before the window: all of it
            people = sorted(named(max(lo, s0)))
        here = [n for n in people if n[0] >= s0]
        who = {self.person(*n) for n in here}
        if len(who) == 1:
            return who.pop()
        subjects = {self.person(*n) for n in here if self.is_subject(*n)}
        return subjects.pop() if len(subjects) == 1 else None

    def quoted(self, p: int, lo: int) -> bool:
        """Whether ``p`` is inside quotation marks or a title in 《》 (looked for from ``lo``)."""
        return self.inside[p] > 0 or self.text.rfind("《", lo, p) > self.text.rfind("》", lo, p)

    def is_subject(self, start: int, end: int) -> bool:
        lo = self.sentence_start(start)
        for a, b in self.clauses(lo, self.sentence_end(start)):
            if a <= start < b:
                sp = subject(self.doc, self.names, a, b)
                return sp is not None and sp[0] <= start and end <= sp[1]
        return False


def _side_dropped(org: str) -> str:
    """An organisation written with 方面 after it as the organisation itself (国防部新闻事务局方面
    -> 国防部新闻事务局); a country or a place keeps it (巴勒斯坦方面: the side, as written)."""
    side = org.removesuffix("方面")
    return side if side != org and is_org(side) else org


# -- direct quotes -----------------------------------------------------------------------------

def _cue_ok(text: str, s: int, e: int, *, after_name: bool = False) -> bool:
    """Whether the speech verb at ``[s, e)`` is a cue, not part of an idiom or another word;
    ``after_name``: a person's name ends right before it, so what precedes is no idiom's."""
    rule = _NOT_CUE_RE.get(text[s:e])
    if rule is None:
        return True
    before, after = rule
    return (after_name or not before.search(text, max(0, s - 3), s)) and not after.match(text, e)


def _lead_in(page: Page, q: Quotation) -> tuple[tuple[int, int], Who | None] | None:
    """The cue (or colon) that introduces quotation ``q``, and its speaker."""
    text = page.text
    j = q.start - 1
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and text[k - 1] in " \u3000\n":
        k -= 1
    if k < j and text[k - 1:k] in ("：", ":"):
        j = k  # 李强说：⏎“…”: the colon ends the line before, the quotation opens a paragraph
    colon = j > 0 and text[j - 1] in "：:"
    if j > 0 and text[j - 1] in "：:，,":
        j -= 1
    lo = page.sentence_start(j)
    m = _LEAD_CUE.search(text, max(lo, j - 8), j)
    if m is not None:
        word = regex.sub(r"(?:过|了|着)$", "", m.group())
        cue = (m.start(), m.start() + len(word))
        if page.cue_ok(*cue):
            return cue, page.speaker_before(cue[0], lo)
    m = _VERB_OBJECT.search(text, max(lo, j - 16), j)
    if m is not None and page.cue_ok(*m.span(1)) and page.addressee(*m.span("whom")):
        # 呼吁双方“…”, 要求克林顿“…”, 呼吁美国国会中的一些保守议员“…”: the words quoted after whom
        cue = m.span(1)
        return cue, page.speaker_before(cue[0], lo)
    m = _CALLED_AS.search(text, max(lo, j - 16), j)
    if m is not None and not _NOT_CUE_RE["称"][0].search(text, max(lo, m.start() - 3), m.start()):
        # 黄宗江称之为“终生遗憾”, 毛泽东称他是“…”, 华盛顿称该计划为“…”: the words are the speaker's (not 被称为);
        # what people at large call something (当地人称之为“古董滩”) is its name
        cue = (m.start(), m.start() + 1)
        who = page.speaker_before(cue[0], lo)
        if who is not None and who.speaker is not None and who.type in ("person", "org"):
            return cue, who
    if not colon:
        return None
    clause = page.clauses(lo, j)[-1:] or [(j, j)]
    a = clause[0][0]
    inner = [c for c in CUE.finditer(text, a, j) if page.cue_ok(c.start(), c.end())]
    if inner:
        cue = inner[-1].span()
        return cue, page.speaker_before(cue[0], lo)
    if _NOT_SPEECH_COLON.search(text, a, j):
        return None
    words = _WORDS_OF.search(text, a, j)
    people = page.names.within(a, words.start(), "PER") if words is not None else []
    if people and people[-1].end == words.start() and people[-1].role is None:
        n = people[-1]  # 引用的巴尔扎克的话：“…”: the words are his
        return (j, j + 1), Who(page.person(n.start, n.end), "person", n.start, n.end)
    return (j, j + 1), page.speaker_before(j, lo)


def _trailing(page: Page, q: Quotation) -> tuple[tuple[int, int], Who | None] | None:
    """A cue after quotation ``q`` that ends its sentence or comes before the next quotation
    (“…”李先生指着人群，幽默地说。 / “A，”他说，“B。”), with its speaker."""
    text, n = page.text, len(page.text)
    a = q.end + 1
    inside = text[q.start:q.end]
    if not (inside[-1] in _FINAL or regex.search(r"[，,。！？；]", inside)
            or (text[a:a + 1] in ("，", ",") and len(inside) > 5) or page.sentence_start(q.start - 1) == q.start - 1):
        return None  # a name or term in quotation marks (“沪克访问学者”出发动员会, 该公司“张经理”，他表示)
    b = a
    while b < n and b - a < 60:
        ch = text[b]
        if ch in _SENTENCE_END and page.inside[b] == 0:
            break
        if ch in _OPEN:
            inner = page._by_start.get(b + 1)
            if inner is None or inner.end - inner.start > 10 or regex.search(r"[，。！？]", text[inner.start:inner.end]):
                break
            b = inner.end + 1
            continue
        b += 1
    segment = text[a:b]
    m = None
    for c in CUE.finditer(segment):
        if regex.fullmatch(r"[道]?[，,。！!：:]?\s*", segment[c.end():]) and page.cue_ok(a + c.start(), a + c.end()):
            m = c
    if m is None and inside[-1] in _FINAL:
        # “但这样做也有风险。”招行…相关人士指出，…: the speaker of what follows said the sentence
        # quoted just before (a cue after a noun phrase only, with what it reports after a comma)
        c = CUE.search(segment)
        if c is not None and 0 < c.start() <= 25 and segment[c.end():c.end() + 1] in ("，", ",") \
                and not regex.search(r"[，,。！？；：:“”]", segment[:c.start()]) and page.cue_ok(a + c.start(), a + c.end()):
            m = c
    if m is None:
        return None
    lo = a + 1 if segment[:1] in "，," else a
    cue = (a + m.start(), a + m.end())
    return cue, page.speaker_after(lo, cue[0])


def _opens_sentence(page: Page, o: int) -> bool:
    """Whether the opening mark at ``o`` opens a sentence, or follows a quotation that ends one
    (“…。”“…”)."""
    text = page.text
    return o <= 0 or page.sentence_start(o) == o or (o > 1 and text[o - 1] in _CLOSING and text[o - 2] in _FINAL)


def _alone(page: Page, q: Quotation) -> Who | None | bool:
    """Whether quotation ``q`` stands alone as a sentence of its own (False if not); if it
    does, who said it: the speaker of a cue ending the sentence before (…发问。“…？”), else
    the subject of the rest of its sentence, else no one (None)."""
    text = page.text
    o = q.start - 1
    # the sentence's end inside the marks (“…。”) or right after them (“…”。)
    if q.depth or q.end == q.start or text[q.end - 1] not in _FINAL and text[q.end + 1:q.end + 2] not in ("。", "！", "？"):
        return False
    if not _opens_sentence(page, o):
        return False
    if o > 0:
        prev = page.sentence_start(o - 1)
        m = regex.search(f"(?:{CUE.pattern}|(?<=[的句番段])话|回答|答复|发言)[。！]$", text[prev:o])
        if m is not None:
            return page.speaker_before(prev + m.start(), prev)
    end = page.sentence_end(q.end + 1)
    for s, e in page.clauses(q.end + 1, end):
        sp = subject(page.doc, page.names, s, e)
        if sp is not None:
            who = page.classify(*sp)
            if who is not None and who.type == "person":
                return who
    return None


def direct(page: Page) -> list[Found]:
    """The direct quotes of a page (and the reported speech a quotation runs on into:
    克拉克说：“…”，北约不能容忍…)."""
    out: list[Found] = []
    text = page.text
    for q in page.marks:
        if q.end <= q.start:
            continue
        lead = _lead_in(page, q)
        after = q.end + 1
        if lead is not None:
            ends = after >= len(text) or text[after] in "，,。！？!?；;：:\n…—）)" or text[q.end - 1] in _FINAL
            proposed = text[slice(*lead[0])] == "提出" and q.end - q.start >= 8 and _PROPOSED.match(text, after)
            if not ends and not proposed:
                continue  # a quoted fragment inside reported speech (表示，“非强制性”的全民公决…)
            out.append(Found("direct", q.start, q.end, *lead))
            out.extend(_runs_on(page, q, *lead))
            continue
        trail = _trailing(page, q)
        if trail is not None:
            out.append(Found("direct", q.start, q.end, *trail))
            continue
        alone = _alone(page, q)
        if alone is not False:
            out.append(Found("direct", q.start, q.end, None, alone if isinstance(alone, Who) else None))
            continue
        owner = _owner(page, q) or _labelled(page, q)
        if owner is not None:
            out.append(Found("direct", q.start, q.end, None, owner))
    return out


def _owner(page: Page, q: Quotation) -> Who | None:
    """The person whose words a quotation right after their name is (江泽民主席“管理要天天抓，
    质量要天天讲，一刻也不能放松”的要求): a quotation of a clause or more (a comma in it, ten
    characters at least) after a person's name and title."""
    inside = page.text[q.start:q.end]
    if q.depth or len(inside) < 10 or not regex.search(r"[，,；;]", inside):
        return None
    o = q.start - 1
    for n in page.names.within(max(0, o - 12), o, "PER"):
        rest = page.text[n.end:o]
        if n.role is None and (rest == "" or rest in OFFICES):
            return Who(page.person(n.start, n.end), "person", n.start, n.end)
    return None


def _labelled(page: Page, q: Quotation) -> Who | None:
    """The person a quotation opening a sentence is then said to be the words of (“形象重于生命，
    窗口代表公安”，这是支队长田维志的口头禅), as the twelfth set decides."""
    text = page.text
    o = q.start - 1
    m = _LABEL_AFTER.match(text, q.end + 1)
    if q.depth or m is None or not _opens_sentence(page, o):
        return None
    people = page.names.within(m.start(1), m.end(1), "PER")
    if people and people[-1].end == m.end(1) and people[-1].role is None:
        n = people[-1]
        return Who(page.person(n.start, n.end), "person", n.start, n.end)
    return None


def _runs_on(page: Page, q: Quotation, cue: tuple[int, int], who: Who | None) -> list[Found]:
    """Reported speech after a quotation, in the same sentence, with no cue of its own:
    ``克拉克说：“…”，北约不能容忍这种情况持续下去，“有必要采取行动”。``"""
    text = page.text
    a = q.end + 1
    if a >= len(text) or text[a] not in "，," or text[cue[0]:cue[1]] not in _SPEECH_CUES \
            or _CALLED_AS.fullmatch(text, cue[0], q.start - 1):
        return []  # a colon, or a verb that takes only quoted words (高喊, 呼吁双方“…”，从…出发, 称之为“…”，并…)
    a += 1
    end = page.sentence_end(a)
    rest = text[a:end]
    if not rest or rest[0] in _OPEN or CUE.search(rest) or len(regex.findall(r"\p{Han}", rest)) < 4:
        return []
    end = a + len(_TRAILING.sub("", rest))
    return [Found("indirect", a, end, cue, who)]


# -- indirect speech ---------------------------------------------------------------------------

def indirect(page: Page, taken: Sequence[Found]) -> list[Found]:
    """Reported speech: each cue outside quotation marks with a clause after it."""
    text = page.text
    direct_at = {f.start for f in taken if f.kind == "direct"}
    out: list[Found] = []
    for m in CUE.finditer(text):
        s, e = m.span()
        if page.inside[s] or not page.cue_ok(s, e):
            continue
        span = _content(page, m.group(), s, e, direct_at)
        if span is None:
            continue
        a, b, quoted = span
        lo = page.sentence_start(s)
        if m.group() in ("报道", "披露", "回忆") and not regex.search(r"据[^，。；：]{0,24}$", text[lo:s]):
            continue  # a byline (记者X报道：), not a source; 披露, 回忆 only as 据X披露 (a firm's figures disclosed
            # are no speech), 据X回忆 (这段回忆，…: a noun)
        if _HEARSAY.search(text, max(0, s - 3), e):
            continue
        who = page.speaker_before(s, lo)
        if m.group() == "承认" and a == e and who is not None and who.type == "org":
            continue  # 欧盟承认中国是“市场经济”国家: a state's or body's recognition, not its speech
        if b > a:
            out.append(Found("indirect", a, b, (s, e), who))
        if quoted is not None:  # …挣钱，“我是有信心，可出不了力。”: the speaker's words, quoted
            out.append(Found("direct", quoted.start, quoted.end, (s, e), who))
    return out


def _content(page: Page, word: str, s: int, e: int, direct_at: set[int]
             ) -> tuple[int, int, Quotation | None] | None:
    """The clause a cue at ``[s, e)`` governs: ``(start, end, quotation)``, where a quotation of
    the speaker's own words may close the sentence; None when the cue reports nothing."""
    text, n = page.text, len(page.text)
    a = e
    if word in ("说", "问") and (text[a:a + 2] in ("过：", "过:", "过，", "过,", "了：", "了:")):
        a += 1  # 说过：, 问过，: the aspect mark is no part of what was said
    if word in _ASKING and a < n and text[a] not in "，,：:":
        # 询问中国领导人，什么礼物…？: the person asked, then the question
        comma = regex.match(r"[^，。：“！？]{1,10}[，,]", text[a:])
        if comma and is_people(text[a:a + comma.end() - 1]) and not _QUESTION.search(comma.group()) \
                and _QUESTION.search(text, a + comma.end(), page.sentence_end(a)):
            a += comma.end() - 1
        else:  # 问他作何计划, 我问老人身上有多少伤疤: the one asked, a word of its own, then the question
            words = page.doc.tokens.between(a, a + 6)
            whom = words[0][2] if words and words[0][0] == a else ""
            if (whom in _ASKED or is_people(whom)) and not _QUESTION.match(whom) \
                    and _QUESTION.search(_FIRST_CLAUSE.match(text, a + len(whom)).group()):
                a += len(whom)
    punct = a < n and text[a] in "，,：:"
    if punct:
        a += 1
    elif (word in _NEEDS_PUNCT or word not in _BARE_OK) and not (word == "宣布" and _ANNOUNCED.match(text, a)) \
            and not (word == "问" and _QUESTION.search(_FIRST_CLAUSE.match(text, a).group())):
        return None  # 宣布将推出…, 宣布他放弃竞选: what is announced, with no comma; 问 and a question
    if a >= n or text[a] in _SENTENCE_END:
        return None
    if text[a] in _OPEN and (a + 1) in direct_at:
        return None  # the quotation after the cue is a direct quote
    end = page.sentence_end(a)
    framed = _FRAMED.match(text, a, end)
    if framed is not None:  # 提出，要“加快国民经济信息化进程”。: the words are quoted
        q = page._by_start.get(framed.end())
        if q is not None and q.start not in direct_at and _TRAILING.sub("", text[q.end + 1:end]) == "":
            return a, a, q
    bare = _bare_end(page, word, a, end) if not punct else end
    stop = _next_speaker(page, a, bare) if bare is not None else None
    if stop is None:
        return None
    end = _new_actor(page, a, stop)
    quoted = None
    for q in page.marks:
        if a < q.start and q.end < end + 1 and q.depth == 0 and text[q.start - 2] in "，," \
                and text[q.end - 1] in _FINAL and q.start not in direct_at:
            quoted, end = q, q.start - 2
            if _ADVERBIAL.fullmatch(text, a, end):
                return a, a, q  # 说，在最后一局时，“我已经无力再战。”: only the words quoted
            break
    b = a + len(_TRAILING.sub("", _CAPTION.sub("", text[a:end])))
    if b - a < 2:
        return None
    return a, b, quoted


def _next_speaker(page: Page, a: int, end: int) -> int | None:
    """Where reported speech ends because a clause with a speaker and a cue of its own begins
    (…坠毁，海军发言人称，…; …集装箱，他强调“…”); None when its first clause is one (据外电报道，
    …官员6日说：“…”: the report gives only the inner quote)."""
    text = page.text
    for k, (s, e) in enumerate(page.clauses(a, end)):
        sp = subject(page.doc, page.names, s, e)
        if sp is None:
            continue
        cue = CUE.search(text, sp[1], min(e + 1, sp[1] + 10))
        if cue is None or not page.cue_ok(*cue.span()) or page.classify(*sp) is None:
            continue
        if text[cue.end():cue.end() + 1] not in ("，", ",", "：", ":", "“", "") and not (
                cue.group() in _BARE_OK and _verb_phrase(page, cue.end())):
            continue  # …网站曾宣称掌握了…: a cue that takes a verb phrase with no comma is one too
        if regex.search(r"[，,。]|[\p{Han}]{2,}[了过]", text[sp[1]:cue.start()]):
            continue
        if k == 0:
            return None
        return s
    return end


def _new_actor(page: Page, a: int, end: int) -> int:
    """Where reported speech ends because someone acts again: the speaker, with 并 and a verb of
    speech or appeal (…局势，并呼吁市民…), or a person named as a subject after a semicolon
    (…体制；就连金融投机家索罗斯也建议…; …运作”；近来，美国财长鲁宾…); the report goes on across a
    semicolon only with what the speaker lists (…实质阶段；筹委会将…)."""
    text = page.text
    for m in _SECOND_ACT.finditer(text, a, end):
        if not page.inside[m.start()]:
            end = m.start()  # …已控制住了局势，并呼吁市民…: the speaker's next act, not what was said
            break
    for m in regex.finditer("[；;]", text[a:end]):
        p = a + m.start()
        if page.inside[p]:
            continue
        for s, e in page.clauses(p + 1, end)[:2]:
            sp = subject(page.doc, page.names, s, e)
            if sp is not None and any(n.role is None for n in page.names.within(*sp, "PER")):
                return p
    return end


def _verb_phrase(page: Page, a: int) -> bool:
    """Whether what starts at ``a`` is a verb with an aspect mark (掌握了…, 发现过…): a clause
    with its subject left out, not a noun phrase."""
    words = page.doc.tokens.between(a, a + 8)
    return len(words) >= 2 and words[0][0] == a and words[0][3][:1] == "v" and words[1][2] in ("了", "过")


def _bare_end(page: Page, word: str, a: int, end: int) -> int | None:
    """Where speech a cue takes with no comma ends (孔经理说商场正进入调整转型阶段), or None
    when what follows is no speech (说这番话的, 表示欢迎, 询问了进展情况)."""
    text = page.text
    first = _FIRST_CLAUSE.match(text, a, end).group()
    if word in _ASKING:  # 问他为什么, 问我是哪个部门的: a question, however short
        if len(first) < 2 or first[0] in "了过着的得地“”" or not _QUESTION.search(first) \
                or (_QUESTION.fullmatch(first) and text.endswith(word, 0, a)):
            return None  # 问什么，说什么: what is asked, no question reported
        return a + len(regex.sub(r"(?:的?时|后)$", "", first))
    if len(first) < 4 or first[0] in "了过着的得地“”" or first.endswith(("话", "的")):
        return None
    words = page.doc.tokens.between(a, a + len(first))
    last_de = max((k for k, w in enumerate(words) if w[2] == "的"), default=-1)
    if last_de >= 0 and not any(pos[:1] == "v" for *_, pos in words[last_de + 1:]) \
            and not any(w in _CLAUSE_VERBS for _, _, w, _ in words[:last_de]) and not _verb_phrase(page, a):
        return None  # a noun phrase, not a clause: 不承认美军单方面设定的“北方界线” (but …是最重要的问题)
    if word == "表示" and _ATTITUDE.fullmatch(first) and "感到" not in first:
        return None
    stop = _STOP_CLAUSE.search(text, a, end)
    end = stop.start() if stop else end
    for s, e in page.clauses(a, end)[1:]:  # …说他“傻得可爱”，我只觉得…: a new subject ends it
        sp = subject(page.doc, page.names, s, e)
        if sp is not None and sp[0] == s and page.classify(*sp) is not None:
            return s
    return end


# -- speakers of colon transcripts (郑：…) ------------------------------------------------------

_LABEL = regex.compile(r"(?m)(?:^|(?<=[。！？]))(\p{Han}{1,4})[：:](?![“「])(?=\S)")
# The speaker's title in brackets after the label (李红：（《中国家庭》总制片人）…): not what was said.
_LABEL_TITLE = regex.compile(r"[（(][^（）()\n]{1,30}[）)]")


def transcript(page: Page) -> list[Found]:
    """Turns of a transcript: a speaker's name or surname, a colon and what they said, to the
    end of the line where the label opens one (``郑：…``, ``李强：我们要…``), else its first
    sentence (a forum in one paragraph: …研讨。李红：（总制片人）《中国家庭》不仅…。)."""
    out = []
    text = page.text
    for m in _LABEL.finditer(text):
        s, e = m.span(1)
        people = page.names.within(s, e, "PER")
        if not (people and people[0].start == s and people[-1].end == e) and not (e - s == 1 and text[s] in
                                                                                 surnames()):
            continue
        a = m.end()
        title = _LABEL_TITLE.match(text, a)
        if title is not None:
            a = title.end()
        if s == 0 or text[s - 1] == "\n":
            end = text.find("\n", a)
            end = len(text) if end < 0 else end
        else:
            end = page.sentence_end(a)
        body = text[a:end].rstrip()
        if len(body) < 4:
            continue
        who = Who(page.person(s, e), "person", s, e)
        out.append(Found("direct", a, a + len(body), (e, e + 1), who))
    return out


# -- the API -----------------------------------------------------------------------------------

def find(page: Page) -> list[Found]:
    """Every quote of a page, in text order (a quote found twice is kept once)."""
    found = direct(page)
    found += indirect(page, found)
    found += transcript(page)
    found = _in_full(page, _continuity(page, _standing(page, found)))
    seen: set[tuple[int, int]] = set()
    out = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            out.append(f)
    return out


def _in_full(page: Page, found: list[Found]) -> list[Found]:
    """An organisation speaker written short (欧委会, 美海关) is the one organisation the entity
    step named in full earlier in its article that it abbreviates: the same first and last
    characters, the rest of the short form in order in the long (欧盟委员会, 美国海关); a word
    for a role or an organisation written bare (发言人, 国会; not 许多人) is the speaker quoted last
    before it in its article whose phrase ends with that word (朝鲜外交部发言人, 菲律宾国会)."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.cue or (f.start, f.end))[0]):
        w = f.who
        short = w.speaker if w is not None and w.type in ("org", "role") else None
        if w is not None and short is not None:
            lo = page.article_start(w.start)
            full = {n.name for n in page.names.within(lo, w.start, "ORG")
                    if w.type == "org" and len(short) >= 2 and len(n.name) > len(short)
                    and n.name[0] == short[0] and n.name[-1] == short[-1] and _in_order(short, n.name)}
            if not full and (short in PEOPLE_HEADS or short in ORG_HEADS) and page.text[w.start:w.end] == short:
                before = next((g.who.speaker for g in reversed(out) if g.who is not None and g.who.type == w.type
                               and g.who.speaker and g.who.speaker != short and g.who.speaker.endswith(short)
                               and lo <= g.start), None)
                full = {before} if before else set()
            if len(full) == 1:
                f = Found(f.kind, f.start, f.end, f.cue, Who(full.pop(), w.type, w.start, w.end))
        out.append(f)
    return out


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(ch in rest for ch in short)


def _standing(page: Page, found: list[Found]) -> list[Found]:
    """A quotation standing as a sentence of its own, with no speaker of its own, right after a
    sentence that quotes someone is that someone's (莫勒姆…发表谈话认为，…。“这是…的又一重要步骤”。):
    the passage has just named the speaker. Not an organisation's: after a paper's report
    (据《曼谷邮报》报道，…), a quotation is as a rule the words of someone it reports."""
    spoken = sorted((g for g in found if g.who is not None and g.who.speaker is not None and g.who.type != "org"),
                    key=lambda g: g.start)
    starts = [g.start for g in spoken]
    out = []
    for f in found:
        if f.kind == "direct" and f.cue is None and f.who is None:
            lo = max(page.sentence_start(f.start - 2), page.article_start(f.start)) if f.start >= 2 else f.start
            k = bisect_left(starts, f.start - 1) - 1  # the last quote with a speaker that starts before it
            if k >= 0 and starts[k] >= lo:
                f = Found(f.kind, f.start, f.end, None, spoken[k].who)
            elif page.text[f.end - 1] not in _FINAL:
                continue  # “…”。 with no one who said it: as a rule a saying or a slogan (“云厚者，雨必猛”。)
        out.append(f)
    return out


def _continuity(page: Page, found: list[Found]) -> list[Found]:
    """他说 after someone's quote, with no other person named in between (outside what was
    quoted), is that someone again: X说，…。他说，…; 该报说 after a paper's is that paper again,
    and 这份报告说 after a body's report the body again."""
    text = page.text
    quoted = [(f.start, f.end) for f in found]
    out: list[Found] = []
    last: Found | None = None
    for f in sorted(found, key=lambda f: (f.cue or (f.start, f.end))[0]):
        who = f.who
        if who is not None and last is not None and last.who is not None and last.who.speaker is not None \
                and text[who.start:who.end] in PRONOUNS and page.article_start(who.start) <= last.start:
            lo = max(last.end, last.cue[1] if last.cue else 0)
            between = [n for n in page.names.within(lo, who.start, "PER") if n.role is None
                       and not any(s <= n.start < e for s, e in quoted)]
            mention = text[last.who.start:last.who.end]
            many = _MANY.search(mention) is not None or mention.endswith("们")  # 许多专家认为…。他说: not them
            # 记者问她…，她说: the one asked (but 他问：“…？”…他说 may be the asker)
            asked = last.kind == "indirect" and last.cue is not None and "问" in text[last.cue[0]:last.cue[1]]
            if not between and not many and not asked and not (mention in PRONOUNS and mention != text[who.start:who.end]):
                f = Found(f.kind, f.start, f.end, f.cue, Who(last.who.speaker, last.who.type, who.start, who.end))
        at = _THE_PAPER.search(text, max(0, f.cue[0] - 8), f.cue[0]) if f.cue and (who is None or who.speaker is None) else None
        if at is not None:
            # 据英国《星期日泰晤士报》披露：…。该报说，…: the paper quoted last in the article
            paper = next((g.who for g in reversed(out) if g.who is not None and g.who.type == "org"
                          and g.who.speaker is not None and _PAPER.search(g.who.speaker)
                          and page.article_start(at.start()) <= g.start), None)
            if paper is not None:
                f = Found(f.kind, f.start, f.end, f.cue, Who(paper.speaker, "org", *at.span(1)))
        bare = f.who
        document = _DOCUMENT.fullmatch(text, bare.start, bare.end) if bare is not None and bare.speaker is None else None
        if bare is not None and document is not None:
            # 内阁人事院今天发表的报告说，…。这份报告说: the one whose report was quoted last in the article
            head = document.group("head")
            issuer = next((g.who for g in reversed(out) if g.who is not None and g.who.speaker is not None
                           and g.who.type in ("org", "person") and page.article_start(bare.start) <= g.start
                           and head in text[g.who.start:max(g.who.end, g.cue[1] if g.cue else 0)]), None)
            if issuer is not None:
                f = Found(f.kind, f.start, f.end, f.cue, Who(issuer.speaker, issuer.type, bare.start, bare.end))
        if f.who is not None and f.who.speaker is not None:
            last = f
        out.append(f)
    return out


def quotes_of(doc: Document, found: Sequence[Entity], *, unit: str = "file") -> list[Quote]:
    """The quotes of one document, given its entities (:func:`kmytext.entities`). ``unit``:
    ``"file"`` (a page: each quote in the article it is in, ``FILE#N``) or ``"article"`` (the
    document is one article)."""
    spans, ids, dates = article_spans(doc, unit)
    page = Page(doc, found, spans)
    return [_placed(page, f, ids, dates) for f in find(page)]


def _placed(page: Page, f: Found, ids: list[str], dates: list[str | None]) -> Quote:
    doc = page.doc
    start, end, text, line, context = doc.place(f.start, f.end)
    i = max((k for k, (s, _) in enumerate(page.articles) if s <= f.start), default=-1)
    article, date = (ids[i], dates[i]) if i >= 0 else (doc.id, None)
    cue = cue_start = cue_end = None
    if f.cue is not None:
        cue_start, cue_end, cue, _, _ = doc.place(*f.cue)
    who = f.who or Who(None, None, -1, -1)
    mention = mention_start = mention_end = None
    if who.start >= 0:
        mention_start, mention_end, mention, _, _ = doc.place(who.start, who.end)
    return Quote(text, f.kind, page.show(who.speaker), who.type if who.speaker else None, cue, start, end, mention,
                 mention_start, mention_end, cue_start, cue_end, article, date, doc.id, line, context)


def quotes_many(docs: Sequence[str | Document], *, clean: bool = True, unit: str = "file") -> list[list[Quote]]:
    """:func:`quotes` of each text or document, the entity model run once over all of them."""
    from kmytext.ner.pipeline import entities_many

    documents = [as_document(d, clean=clean) for d in docs]
    found = entities_many(documents, simplified=True)
    return [quotes_of(d, mentions, unit=unit) for d, mentions in zip(documents, found, strict=True)]


def quotes(text: str | Document | Iterable[str | Document], *, clean: bool = True,
           simplified: bool = False) -> list[Quote]:
    """Direct quotes and reported speech with their speakers, cues and offsets, and the
    article and dateline date each is in (see the module's rules). A list of texts or
    documents gives their quotes one after another (documents ``1``, ``2``, …). With
    ``simplified``, the speaker in simplified characters (the quote, the speaker's mention
    and the cue stay as written).

    >>> q = quotes("李先生说：“我们有信心。”")[0]
    >>> (q.speaker, q.speaker_type, q.cue, q.text, q.start, q.end)
    ('李先生', 'person', '说', '我们有信心。', 6, 12)
    """
    docs = [as_document(text, clean=clean)] if isinstance(text, (str, Document)) else as_documents(text, clean=clean)
    found = [q for each in quotes_many(docs) for q in each]
    return [simplified_speaker(q) for q in found] if simplified else found


def simplified_speaker(q: Quote) -> Quote:
    """The quote with its speaker in simplified characters (``simplified``)."""
    from dataclasses import replace

    from kmytext.text.normalize import to_simplified

    return replace(q, speaker=to_simplified(q.speaker).text) if q.speaker else q


__all__ = ["CUE", "Found", "Page", "Quotation", "Who", "direct", "find", "indirect", "quotations", "quotes",
           "quotes_many", "quotes_of", "simplified_speaker", "transcript"]
