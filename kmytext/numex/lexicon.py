"""The tables of the numbers extractor: numeral characters, units, currencies, measure
words, prefixes, date and clock words, and the words that contain numerals but are not
numbers. Data only (and the patterns compiled from it, once, at import); the readers
in the sibling modules decide what to do with it.

Character sets the readers test with a slice (``t[i:i + 1] in SET``) are frozensets, not
strings: the empty slice at the end of a text is in every string but in no frozenset.

The readers refer to the tables as ``lexicon.NAME``. Besides saying where a table lives, it
is faster on CPython 3.11, which compiles ``NAME.match(...)`` on a name bound by ``from
lexicon import NAME`` as a call of a module's function and builds a bound method each time.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

import regex


def _alt(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first, so 平方公里 wins over 公里."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# ---------------- compaction
# Same-length translation, so offsets survive it.
# Traditional numerals and clock words read as their simplified forms (萬 億 兩 倆 貳 參 陸 點
# 時 幾 數); measure words keep their written form (三個 is 3 個).
FULLWIDTH = str.maketrans(
    "０１２３４５６７８９％．：／－～＄﹪ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ" "萬億兩倆貳參陸點時幾數",
    "0123456789%.:/-~$%ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" "万亿两俩贰叁陆点时几数",
)
# ∶ (U+2236 RATIO) stays itself: news sets scores and ratios with it (以１５∶１２获胜, １∶１４０),
# clock times with ： or : (15:30), and with ∶ only after a part of the day (晚７∶００).
# ４，５６５: a full-width comma between full-width digits groups thousands (folded to ",").
FULLWIDTH_THOUSANDS = regex.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
# The same comma after cleanup, which folds the digits (4，565) and keeps the comma: a
# thousands comma where the source's digits were full width (numbers_of asks the source).
FOLDED_THOUSANDS = regex.compile(r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))")
# 參, the financial 3 in traditional script (貳仟參佰), is 参 after cleanup, as in 参加: a
# financial 叁 beside 拾, 佰 or 仟.
FINANCIAL_THREE = regex.compile(r"参(?=[拾佰仟])|(?<=[拾佰仟])参")
WHITESPACE = regex.compile(r"\s++")
# 19·8％, 1·2亿元, 1·5米: a middle dot printed for the decimal point, when a unit follows
# (never the names 9·11事件, 5·12地震, “3·15”)
MIDDOT = regex.compile(r"(?<=[0-9])[·・](?=[0-9])")
MIDDOT_DIGITS = regex.compile(r"[0-9]++")  # the digits after the middot, then the unit
# 2024-11-05, 2024.11.05, 2024/11/05
ISO_SEPARATOR = regex.compile(r"[-./]")


# ---------------- numerals
# Characters and patterns of a numeral core, and the values of Chinese numeral characters.

CN_DIGITS = "零〇○一二两俩三四五六七八九廿卅壹贰叁肆伍陆柒捌玖"
CN_CHARS = CN_DIGITS + "十百千万亿拾佰仟"
ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])|[0-9]++)(?:\.[0-9]++)?+"
# 千 before 瓦/克/米 belongs to the unit (40万千瓦), not to the numeral.
QIAN = r"千(?![瓦克米伏卡帕焦兆])"
# 兆 is 10^12 (五兆六十二亿), except in a unit (兆赫兹, 兆字节, 兆瓦): not in CN_CHARS, so it
# never starts a numeral.
ZHAO = r"兆(?![赫字比瓦帕欧焦伏位])"
# 百 before 分点 is the percentage point (3百分点, 几个百分点), never a hundred.
BAI = r"百(?!分点)"
MULTIPLIERS = rf"(?:[十万亿]|{QIAN}|{ZHAO}|{BAI})*+"
# Digits mixed with multipliers (5万4千6百, 2亿3千万) read as one numeral; 40k is 40000.
ARABIC_NUMERAL = rf"{ARABIC}(?:[kK](?![A-Za-z0-9\p{{Han}}])|{MULTIPLIERS}(?:[0-9]++(?:[十万亿]|{QIAN}|{ZHAO}|{BAI})++)*+)"
ARABIC_GROUP = regex.compile(r"([0-9.,]++)([^0-9.,]*+)")
# 点 is a decimal point unless a clock reading follows (三点五十分).
CN_NUMERAL = rf"(?:[{CN_CHARS.replace('千', '').replace('百', '')}]|{QIAN}|{ZHAO}|{BAI})++(?:点[零〇○一二三四五六七八九壹贰叁肆伍陆柒捌玖]++(?![十分刻]))?+"
NUMERAL = regex.compile(rf"{ARABIC_NUMERAL}|{CN_NUMERAL}")
DIGIT_VALUE = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "俩": 2, "贰": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNIT = {"万": 10_000, "亿": 100_000_000, "兆": 10 ** 12}
# 他们俩, 兄弟俩: 俩 after a pronoun or a kinship word is the two of them.
LIANG_BEFORE = frozenset("们們他她咱你我娘哥姐爷弟妹妻子女儿")
# Financial numerals (壹贰叁肆伍陆柒捌玖拾佰仟) are written in runs (壹佰贰拾叁, 伍万元); one on its own
# is a character of a word (大陆, 队伍, 拾级): 陆家嘴 is no 6 家.
FINANCIAL = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
# 廿 and 卅 are read as the numerals they contract.
CONTRACTED_TENS = {"廿": "二十", "卅": "三十"}
# Longer digit runs are identifiers (card or phone numbers), not amounts.
MAX_DIGITS = 16


# ---------------- where a number can start
# The anchors of the scan and the cheap one-character checks around them.

# Dates written relative to the day of writing; resolved against a base date.
RELATIVE_WORDS = "今年|去年|前年|明年|来年|后年|本月|上月|下月|上个月|下个月|今天|昨天|明天|前天|今日|昨日|明日|今晨|今晚"
# A text without any of these has no number: one search decides it before compaction.
MAY_HOLD_NUMBER = regex.compile(rf"[0-9０-９{CN_CHARS}萬億兩倆貳參陸￥¥$＄€£]|半|今年|去年|前年|明年|来年|后年|[本上下]个?月|[今昨明前][天日]|今[晨晚]")
# Where a numeric expression can start: the cheap scan that keeps extraction linear and
# fast; the full pattern is only tried from a few characters before each anchor.
ANCHOR = regex.compile(rf"[0-9{CN_CHARS}]++|(?P<rel>{RELATIVE_WORDS})|(?P<half>(?<![上下前后多大过])半(?=个?(?:年|月|天|小时|钟头|百分点)|打|斤|公斤|吨|公里|米|亩|升))"
                       r"|(?P<period>[上下]半年)")
# After a lone 一, only these begin something worth reading (一年, 一米, 一个多月, 一成).
ONE_NEXT = frozenset("块年月天周小分秒米公千厘毫吨斤克亩升瓦度倍成折点时日号半万亿百个星昼至到兆打季")
# Before a lone 一, these make it a count or an ordinal (第一, 约一成, 不足一年, 负一).
ONE_BEFORE = frozenset("第约近超逾足到过至合负")
# A minus sign glued to a letter or digit is a hyphen (F-15, 2-3).
ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # [A-Za-z], without a regex call
# Characters before a numeral that may make it a code or no amount: letters and the dot
# or hyphen of an identifier (G219, v1.2, F-15), 几 and 数 (几十, 数十万).
CODE_MARKS = LATIN_LETTERS | frozenset(".-几数")
HAN = regex.compile(r"\p{Han}")
HAN_OR_ALNUM = regex.compile(r"[\p{Han}0-9A-Za-z]")


# ---------------- digit forms read whole

# Digit forms read as a whole before the numeral rules: ISO-like dates, clock times,
# ratios (skipped) and slash fractions.
DIGIT_FORMS = regex.compile(
    r"""
    (?P<iso>(?:1[89]|20)[0-9]{2}(?P<sep>[-./])(?:0?[1-9]|1[0-2])(?P=sep)(?:0?[1-9]|[12][0-9]|3[01])(?![0-9]))
    |(?P<hm>(?:[01]?[0-9]|2[0-4])[:∶][0-5][0-9](?:[:∶][0-5][0-9])?(?![0-9:∶]))
    |(?P<ratio>[0-9]++(?:\.[0-9]++)?[:∶][0-9]++(?:\.[0-9]++)?+)
    |(?P<frac>[0-9]{1,3}/[1-9][0-9]{0,2}(?![0-9/]))
    """,
    regex.VERBOSE,
)


# A score written like a clock time (以15:12获胜, 以21∶19拿下首局, 比分为25:23): 以 (not of 所以,
# 可以 ...) or 比分 before it, or a verb of winning or losing after it; a clock time has neither
# (会议于15:12开始).
SCORE_BEFORE = regex.compile(r"(?:(?<![所可难得予加用足借据赖藉是何])以|比分[为是]?|比数)$")
TIME_AFTER = frozenset("为前后起之至到开左")  # 以15:30为准, 以8:00前: a time after all
SCORE_AFTER = regex.compile(r"(?:获胜|击败|战胜|取胜|胜出|力克|险胜|大胜|完胜|逆转|拿下|告负|落败|负于|赢|输)")


# ---------------- prefixes
# What may stand before a numeral: approximation, currency, sign.

# Approximations written before the numeral, two characters and one.
APPROX_PREFIX_2 = frozenset(["大约", "约合", "将近", "接近", "超过", "至少", "突破", "多达", "不到", "不足"])
APPROX_PREFIX_1 = frozenset("约近超逾")
# The last characters of those and of 上 (上百, 上万): most numerals have none before them.
APPROX_PREFIX_LAST = frozenset([w[-1] for w in APPROX_PREFIX_2] + [*APPROX_PREFIX_1, "上"])
# Characters that make a one-character prefix the end of a word: 签约, 最近, 赶超.
WORD_BEFORE_PREFIX = {
    "约": "签预节条合违履邀特制相公契誓毁践赴失租守解简隐立婚纽",
    "上": "加马早晚楼路身手向桌墙网线",
    "近": "最附靠亲临邻就贴走挨拉",
    "超": "赶高",
    "超过": "不",  # 不超过: at most, not over
}
# Words that end with such a character and so leave the prefix free (损失约20亿元: 损失, not 失约).
WORD_ENDING_BEFORE_PREFIX = ("损失", "丧失", "流失", "遗失", "缺失", "消失", "散失")
# What each prefix says of the number.
APPROX_BEFORE = {
    "大约": "about", "约合": "about", "约": "about", "将近": "about", "接近": "about", "近": "about",
    "超过": "over", "超": "over", "上": "over", "逾": "over", "至少": "over", "突破": "over", "多达": "over",
    "不到": "under", "不足": "under",
}
# 约有70万, 至少有25人, 约占六成, 大约在2013年: one of these between the approximation and the number.
APPROX_LINKS = frozenset("有为合占达在")
CURRENCY_SIGNS = frozenset("￥¥$€£")
# After an amount with a currency sign, an English scale word: $5 million, €3.2 billion, US$1.2bn.
ENGLISH_SCALES = {"thousand": 1000, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9,
                  "trillion": 10**12, "tn": 10**12}
ENGLISH_SCALE = regex.compile(r"(?: ?(thousand|million|mn|billion|bn|trillion|tn)|(m))(?![A-Za-z])", regex.IGNORECASE)
PREFIX_CURRENCY = {"￥": "元", "¥": "元", "$": "美元", "US$": "美元", "HK$": "港元", "€": "欧元", "£": "英镑",
                   "港币": "港元", "美金": "美元", "新台币": "新台币", "台币": "新台币"}
# 人民币5000元, 港币50元, 新台币100亿元: the currency named before the numeral, when 元 follows it
# (人民币 is the 元 itself; the others give their currency, as a sign does).
YUAN_AFTER = regex.compile(r"(?:[百千万亿兆]*+)元")
NAMED_BEFORE = tuple(sorted(["人民币", *(w for w in PREFIX_CURRENCY if len(w) > 1 and not w.isascii())],
                            key=len, reverse=True))  # longest first: 新台币 before 台币
# A dash before a temperature is a minus sign (-5℃); elsewhere it is a dash.
TEMPERATURE_AFTER = regex.compile(r"摄氏度|华氏度|度|℃|°")


# ---------------- approximations, ranges, products
# What may follow a numeral before its unit.

# 三十多万, 100余, 1.7万: an approximation and a multiplier between numeral and unit.
INNER_APPROX = regex.compile(rf"(多|余|来|几[十百千]?|把)?((?:{QIAN}|[百万亿])++)?")
# The characters that can start a non-empty match of INNER_APPROX and RANGE: 97% of numbers
# have neither, and a regex call costs more than a look at one character.
INNER_START = frozenset("多余来几把千百万亿")
# 十几, 二十几万, 一百零几万: 几 after a numeral that ends in a unit or 零 (the lower bound, over).
JI_AFTER = frozenset("十百千万零")
# 几十年, 数十万元, 数亿: 几/数 before a leading multiplier; 数 not when it ends a word (人数十万).
JI_BEFORE = frozenset("几数")
SHU_WORD_BEFORE = frozenset("人总次岁多少无半倍分指系函参基变常读点步件户票个字名台位套张页股帧码序路项条回辈")
# 左右, 以上, 以内 ... after the unit; 上下 only when it does not start a word (上下班).
POST_APPROX = regex.compile(r"左右|以上|以下|以内|之内|之上|上下(?![班游午车楼级文])|之多|开外|出头")
POST_START = frozenset("左以上之开出")  # the first characters of POST_APPROX
# What each approximation after the numeral or its unit says of the number.
APPROX_AFTER = {
    "左右": "about", "上下": "about", "来": "about", "把": "about", "以上": "over", "之上": "over", "之多": "over",
    "开外": "over", "出头": "over", "之内": "under",
    "多": "over", "余": "over", "几": "over", "以下": "under", "以内": "under",
}
# 多/余 that begin a word rather than mean "more than" (多种, 多样, 多少, 多数).
LEXICAL_AFTER = regex.compile(r"[样少数么亏]")
# 1—6个月, 三至五年: a range separator, only when another numeral follows.
RANGE = regex.compile(rf"(?:—{{1,2}}|–|-|~|至|到)(?=[0-9{CN_CHARS}]|百分之|第)")
RANGE_START = frozenset("—–-~至到")
# -12~-5℃, 零下5至零下3度: after a negative lower end, an upper end with its own sign.
SIGNED_RANGE = regex.compile(rf"(?:—{{1,2}}|–|-|~|至|到)(?:-|−|零下|负)(?=[0-9{CN_CHARS}])")
# Between two mentions of a kind, what makes the second the upper bound (150%—300%).
RANGE_SEPARATORS = frozenset(["—", "——", "–", "-", "~", "至", "到"])
# The kinds whose unit the upper end of a range takes when it has none: 3000多元至2万 (元).
RANGE_LENDS_UNIT = frozenset(["money", "quantity"])
# 三又二分之一, 2又1/2: a whole number and a fraction
MIXED_FRACTION = regex.compile(rf"又(?:([0-9]++)/([1-9][0-9]*+)|({ARABIC}|[{CN_CHARS}]++)分之({ARABIC}|[{CN_CHARS}]++))")
# 3×4米, 1920x1080: the factors of a product share the last one's unit.
TIMES_SIGNS = frozenset("×xX*")
# What may stand between a numeral and its unit starts with one of these: 又 (a fraction),
# 多/余/来/万 (INNER_START) or a range separator (RANGE_START).
BETWEEN_START = frozenset("又") | INNER_START | RANGE_START
TIMES_LETTER = regex.compile(r"[0-9][xX][0-9]")  # 2x3米: x is a times sign, not a letter


# ---------------- percentages

# 百分之, 千分之, 万分之 before a numeral, as the factor that makes it a percentage.
PER_SCALE = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "万分之": Decimal("0.01")}
# 25%, 3‰ (in percent: 0.3), 2个百分点, 两个半百分点 (2.5 points)
PERCENT_RE = regex.compile(r"%|‰|个百分点|百分点|个半百分点|个多百分点")
# A change in percentage points is a percent with this unit, never "%": 0.5个百分点 on a rate
# of 3% makes 3.5%, where 0.5% of it would make 3.015%.
POINTS = "个百分点"
# 成 (tenths) and 折 (a price as tenths) unless the character starts a word (成为, 折腾). A noun
# after the tenths is what they are of: 六成家庭, 七成员工, 八成品牌, 七成人口, 五成年轻人 (but
# 两成人 are two adults, 三成年人 three grown-ups).
CHENG_RE = regex.compile(r"成(?![为功立绩本果熟长交都效就型分色千百万亿套批片群行形才全语]|人(?![口员])|年(?!轻))")
# 二成五 (25 %): one more digit after 成, the hundredths, when no numeral or unit goes on
# (三成五家企业 is 30 % and five firms; see amounts.read_percent).
CHENG_DIGIT = regex.compile(r"[一二三四五六七八九半](?![零〇一二两三四五六七八九十百千万亿0-9年月天价数])")
# 本报 after the digit opens the paper's next dateline (增二成五\n本报北京), not a count of 本.
CHENG_DIGIT_NOT_COUNT = ("本报",)
ZHE_RE = regex.compile(r"折(?![腾叠射服断损旧算合返戟])")
# 三分之一 after the denominator: the numerator, in percent (33.33).
FRACTION_RE = regex.compile(rf"分之({ARABIC}|[{CN_CHARS}]++(?:点[零〇○一二三四五六七八九]++)?+)")


# ---------------- money

# Currencies as written, with the currency the value is given in (美分: 美元, in cents).
MONEY_UNITS = {
    "元人民币": "元", "元钱": "元", "块钱": "元", "人民币": "元", "元": "元",
    "元港币": "港元", "元美金": "美元", "元新台币": "新台币", "元台币": "新台币",
    "美元": "美元", "美金": "美元", "港元": "港元", "港币": "港元", "澳门元": "澳门元",
    "欧元": "欧元", "日元": "日元", "英镑": "英镑", "卢布": "卢布", "韩元": "韩元",
    "澳元": "澳元", "加元": "加元", "新台币": "新台币", "台币": "新台币", "瑞士法郎": "瑞士法郎",
    "法郎": "法郎", "马克": "马克", "新加坡元": "新加坡元", "卢比": "卢比", "泰铢": "泰铢",
    "美分": "美元", "欧分": "欧元", "便士": "英镑",
    "$": "美元", "￥": "元", "¥": "元", "€": "欧元", "£": "英镑",
    "比索": "比索", "里拉": "里拉", "林吉特": "林吉特", "越南盾": "越南盾", "雷亚尔": "雷亚尔",
    "铢": "铢", "玻利瓦尔": "玻利瓦尔", "克朗": "克朗", "挪威克朗": "挪威克朗", "瑞典克朗": "瑞典克朗",
    "丹麦克朗": "丹麦克朗", "兰特": "兰特", "里亚尔": "里亚尔", "第纳尔": "第纳尔", "谢克尔": "谢克尔",
}
MONEY_RE = regex.compile(_alt(MONEY_UNITS))
# Coins worth a hundredth of their currency: 9美分 is 0.09 美元.
CENTS = frozenset(["美分", "欧分", "便士"])
# 三元五角, 一块二毛五, 三块五: jiao and fen after the yuan.
SUBUNIT_RE = regex.compile(
    r"([0-9一二两三四五六七八九])(?:(角|毛)(?:([0-9一二两三四五六七八九])分?)?)?(?![0-9十百千万亿一二三四五六七八九点.个])"
)


# ---------------- durations

# Units of time as written, with the unit recorded (个小时: 小时).
DURATION_UNITS = {
    "个小时": "小时", "小时": "小时", "钟头": "小时", "个钟头": "小时", "分钟": "分钟", "秒钟": "秒",
    "秒": "秒", "天": "天", "日": "天", "个星期": "周", "星期": "周", "周": "周", "个月": "月", "月": "月", "年": "年",
    "个工作日": "工作日", "工作日": "工作日", "昼夜": "昼夜", "周年": "年", "个年头": "年", "载": "年",
    "季度": "季度",  # 两个季度; 一季度 alone is the first quarter, a date
}
# Compound durations, one mention: 三年零六个月 (3.5 年), 1小时30分 (1.5 小时) and race and clock
# times that end in seconds, in seconds: 15分46秒23 (946.23), 1小时43分18秒345, 10秒79, 2分27秒.
_SUB = r"[0-9]{1,2}|[零一二两三四五六七八九十]{1,3}"
COMPOUND_DURATION = regex.compile(
    rf"年零?(?P<months>{_SUB})个月"
    rf"|(?:个)?小时(?P<hm>{_SUB})分(?:钟)?(?:(?P<hs>{_SUB})秒(?P<hf>[0-9]{{1,3}})?)?"
    rf"|分(?:钟)?(?P<ms>{_SUB})秒(?:钟)?(?P<mf>[0-9]{{1,3}})?"
    r"|秒(?P<sf>[0-9]{1,3})(?![0-9])"
)
COMPOUND_START = frozenset("年个小分秒")
DURATION_RE = regex.compile(rf"(个)?(多|半)?({_alt(DURATION_UNITS)})(?!代|级|龄|纪|岁)")


# ---------------- measures and measure words

# Units of measure and measure words, as written and recorded.
MEASURE_UNITS = (
    "平方公里 平方千米 平方米 平米 平方厘米 公尺 公分 码 立方米 立方厘米 立方 公里 千米 厘米 毫米 微米 纳米 米 公顷 亩 "
    "万吨 吨 千克 公斤 斤 毫克 克 毫升 升 千瓦时 千瓦 兆瓦 吉瓦 瓦 度电 摄氏度 华氏度 千伏 伏 "
    "赫兹 分贝 海里 英里 英尺 英寸 马力 标准箱 标箱 光年 千卡 卡路里 兆帕 帕 级 倍 周岁 岁 "
    "批次 人次 户次 车次 架次 辆次 班次 航次 台次 个 名 人 家 件 项 条 次 位 座 所 台 辆 架 艘 只 头 "
    "匹 张 本 部 篇 首 幅 份 批 户 套 间 栋 幢 层 片 棵 株 朵 根 支 枝 颗 粒 滴 杯 瓶 箱 包 袋 盒 "
    "床 笔 宗 起 例 票 枚 扇 盏 把 列 趟 轮 场 圈 步 种 类 门 对 双 副 节 课 章 句 页 组 局 任 县 省 国 市 乡 镇 村 個 "
    "队 团 班 处 届 期 块 届 点 分 集 卷 册 档 股 道 餐 顿 桌 尾 羽 罐 桶 盘 碗 串 束 捆 季 代 "
    "幕 具 尊 遍 封 口 顶 帧 像素 盎司 加仑 磅 英亩 省区 "
    "字节 千字节 兆字节 吉字节 千兆字节 比特 千比特 兆比特 兆赫兹 兆赫 千赫 吉赫 微克 纳克 兆焦 千焦 焦耳 瓦特 伏特 安培 毫安 欧姆 "
    "两 尺 寸 丈 里 钱 "
    "连胜 连败 连平 胜 球 战 败 积分 "
    "公里/小时 千米/小时 米/秒 公里每小时 千米每小时 米每秒 度 ℃ °C ° ㎡ ㎞ ㎏"
).split()
# Case-sensitive units written in Latin letters; never followed by another letter.
LATIN_UNITS = ("km/h m/s PB TB GB MB KB EB kWh kW MW GW km kg cm mm m² m³ Mbps Gbps ml mL t m P W "
               "CM MM KM KG GHz MHz kHz Hz mg μg mAh bit").split()
MEASURE_RE = regex.compile(rf"(?:{_alt(MEASURE_UNITS)})|(?:{_alt(LATIN_UNITS)})(?![A-Za-z0-9])")
# Measure words, which count things (32家商户) and may name what they count.
CLASSIFIERS = frozenset(
    "个 名 人 家 件 项 条 次 位 座 所 台 辆 架 艘 只 头 匹 张 本 部 篇 首 幅 份 批 户 套 间 栋 幢 层 片 "
    "棵 株 朵 根 支 枝 颗 粒 滴 杯 瓶 箱 包 袋 盒 床 笔 宗 起 例 票 枚 扇 盏 把 列 趟 轮 场 圈 步 种 类 "
    "门 对 双 副 节 课 章 句 页 组 队 团 班 处 届 期 块 点 集 卷 册 档 股 道 餐 顿 桌 尾 羽 罐 桶 盘 局 任 "
    "碗 串 束 捆 季 代 级 幕 具 尊 遍 封 口 顶 帧 個 省区 连胜 连败 连平 胜 球 战 败 批次 人次 户次 车次 架次 辆次 班次 航次 台次".split()
)
# What may follow 第 + numeral besides a measure word (第三季度, 第二产业, 第一棒).
ORDINAL_UNITS = ["分钟", "小时", "个月", "季度", "年", "天", "周", "世纪", "年级", "批次", "阶段", "号", "版", "名次",
                 "回合", "局", "单元", "排", "站", "棒", "任", "幕", "声", "手", "线", "产业", "部分", "弹", "重", "轮"]
ORDINAL_UNIT_RE = regex.compile(_alt(list(CLASSIFIERS) + ORDINAL_UNITS))
# A measure word that is really the first character of a word (两部分, 三条件).
NOT_UNIT = frozenset(
    "部分 部门 部长 部署 条件 条款 条例 名单 名字 名称 名义 家庭 家长 家乡 家属 位置 场所 人民 人员 人口 "
    "人物 人类 人才 人士 层次 层面 期间 期待 类型 种类 种植 道路 道理 门户 门槛 对象 对手 节目 节约 节能 "
    "级别 台阶 本身 本地 本人 本届 批准 批评 代表 代价 代替 班子 组织 组成 团结 团体 座谈 所有 所以 所在 "
    "所得 起来 起点 步伐 轮流 处理 处于 口号 口岸 户口 份额 片区 头条 只有 只是 张贴 支持 支付 支出 "
    "项目 次序 次要 首先 首都 首次 首脑 首长 首位 点名 分别 分析 分配 分子 分工 分享 分布 分开 分钟 "
    "岁月 倍增 届时 期望 集团 集体 集中 集合 笔者 宗旨 例如 票价 股份 股东 股票 段落 圈子 档案 道德 "
    "对于 对外 双方 双边 双向 副食 课题 课程 章程 页面 床位 杯赛 包括 包装 盒饭 头脑 头发 列车 趟车 "
    "间歇 间隔 间接 间谍 支行 支队 支部 支撑 支援 球队 球迷 球员 球场 球赛 胜利 胜地 胜任 "
    "具有 具体 具备 尊重 尊敬 尊严 遍及 遍布 遍地 封锁 封闭 封建 封面 封存 封顶 封杀 顶级 顶尖 顶峰 "
    "顶端 顶住 口岸 口号 口径 口味 口碑 口头 口语 口气 口罩 口腔 口子 口袋 幕后 "
    "战斗 战机 战略 战士 战争 战场 战术 战役 战线 战友 战舰 战车 战区 次方 "
    "克拉 市场 市民 县城 国家 国际 国内 国外 省份 乡村 镇长 村民 村庄 县委 市委 省委 国务 "
    "位数 本报".split()  # 两位数增长, 一位数: a number of digits, a figure of speech; 本报讯, 本报记者: this paper
)
# Where a word of NOT_UNIT is the measure word and the count after all (最后两位数字, 三万本报纸).
STILL_UNIT = ("位数字", "本报纸", "本报刊")
# 半 after a measure adds a half (两米半), unless it starts a word (半年, 半岛, 半价, 半数).
HALF_WORD = regex.compile(r"半(?:[年月天小岛导价场决数径球山夜点个边截身成])")
# 半 before these is half of it: 半斤, 半吨 (半年, 半天 are durations, 半打 six).
HALF_MEASURES = frozenset(["斤", "公斤", "吨", "公里", "米", "亩", "升"])
# 打 after a numeral is a dozen unless a verb's object or aspect follows (打了, 打球, 打工).
NOT_DOZEN_AFTER = regex.compile(r"[了着过得成开进出起下上败破击造响通工球架仗电算折扮扫听动印法分赢平和中死伤]")
# Numbered villages and groups of a township (大营镇四村, 城关乡三组) and phases of a works
# (二期工程, 二期围堰) are names, not counts.
NUMBERED_PLACE = frozenset("村组队社")
NUMBERED_PLACE_BEFORE = frozenset("镇乡村")
PHASE_NAME = regex.compile(r"期(?:工程|围堰|项目)")
# A count of countries that names a body (七国集团, 15国集团, 11国委员会, 八国联军) is its name.
NUMBERED_BODY = regex.compile(r"集团|委员会|联盟|联军|峰会")
# Index families whose indexes are named by a number (标准普尔500, 罗素2000指数, 道琼斯30种工业
# 股票, 沪深300, 日经225): a number right after one is the index's name, unless it is a level
# (上证3000点) or a year (沪深2024年).
INDEX_FAMILIES = ("标准普尔 标普 罗素 道琼斯 道·琼斯 道—琼斯 道-琼斯 富时 日经 沪深 上证 深证 中证 国证 "
                  "纳斯达克 纳指 斯托克 恒生 创业板 MSCI msci").split()
INDEX_FAMILY_LAST = frozenset(w[-1] for w in INDEX_FAMILIES)
# Old units of length after a bare 百/千/万 are a figure of speech (百里油田, 万丈深渊).
IDIOM_UNITS = frozenset("里丈")
# 18米74: two digits of centimetres after metres.
CENTIMETRES = regex.compile(r"[0-9]{2}(?![0-9.%])")
CN_CENTIMETRES = regex.compile(r"[一二三四五六七八九][零一二三四五六七八九]?(?![零〇一二两三四五六七八九十百千万亿])")
# 12幢7单元, 5栋302室: an address, not a count of buildings
ADDRESS_UNITS = frozenset(["幢", "栋", "座", "号楼"])
ADDRESS_NEXT = regex.compile(r"[0-9]++(?:单元|室|号|层|楼)")
# 3胜2平1负: a season's record, with 平 and 负 as its units.
DRAW_THEN_LOSS = regex.compile(r"平[0-9一二两三四五六七八九十]{1,3}负")
# What a count counts: a short run of Han characters after a measure word (32家爱心商户),
# cut at the first function word or numeral (OBJECT_STOP).
OBJECT_RE = regex.compile(r"\p{Han}{1,6}")
# Degree and negation adverbs stop it too: 两根电缆非常罕有 counts 电缆, not 电缆非常罕.
OBJECT_STOP = frozenset(
    "的和与及或等了在是将为到来从由对被把向给并也都又已就还共达至个名位中里内外上下左右前后约近超逾多余"
    "分每各其该这那此均仅只以于参进开获受有用让使赴申"
    "非很太没未"
)


# ---------------- first characters of the units

# First characters of every unit the readers know; after anything else a numeral is bare.
UNIT_START = frozenset(
    "世年月日号时点个多半角毛打"
    + "".join(w[0] for w in DURATION_UNITS)
    + "".join(w[0] for w in MONEY_UNITS)
    + "".join(w[0] for w in MEASURE_UNITS)
    + "".join(w[0] for w in LATIN_UNITS)
)
# Each reader is tried only when the next character can start what it reads: most numbers
# have a measure word, and a failed regex match per reader adds up over a corpus.
PERCENT_START = frozenset("%‰个百分成折")
DATE_START = frozenset("世年月日号季")
CLOCK_START = frozenset("时点")
DURATION_START = frozenset("个多半" + "".join(w[0] for w in DURATION_UNITS))
MONEY_START = frozenset(w[0] for w in MONEY_UNITS)
COIN_START = MONEY_START | frozenset("毛角分")  # 3毛钱, 五角, 一分钱
# A numbered unit's name after 第 + numeral: 第二营业部, 第二党小组, 第三人民医院, 第二炮兵, 第三师 (no
# ordinal: a name, as the annotation guide counts them).
NAMED_UNIT_AFTER = regex.compile(
    r"营业部|党小组|党支部|支部|分队|中队|大队|车间|分厂|中学|小学|人民医院|医院|研究所|研究院|设计院"
    r"|炮兵|野战军|集团军|方面军|舰队|[师旅军团营连](?![长级])"
)
# After these 日 is no day: 日本, 日军, 日方, 日元, 日资, 日企, 日美, 日中, 日韩, 日产 (Japan, Japanese),
# 日报 (a daily), 日日夜夜, 日夜.
NOT_DAY_AFTER = frozenset("本军方元圆资企美中韩产报日夜")


# ---------------- dates and times

# 年 after a year, unless it starts a word (年代, 年级, 年龄, 年终 ...).
YEAR_RE = regex.compile(r"年(?!代|级|龄|纪|薪|轻|华|货|画|会|头|鉴|检|糕|味|夜|终)")
# 20世纪80年代: the decade after a century.
DECADE_AFTER = regex.compile(rf"({ARABIC}|[{CN_CHARS}]++)年代")
# A month and a day after a year or a relative word (2024年11月5日, 去年5月, 本月9日).
MONTH_RE = regex.compile(rf"({ARABIC}|[{CN_CHARS}]++)(?:(?:至|到|—{{1,2}}|-|~)({ARABIC}|[{CN_CHARS}]++))?月(份)?")
# 月 and 日 after a numeral, unless they start a word (月饼, 月球, 日本, 日报).
MONTH_AFTER_NUMERAL = regex.compile(r"月(份)?(?!饼|球|亮|光|色|季|刊|台|薪|嫂|子|票|经|牙)")
DAY_RE = regex.compile(rf"({ARABIC}|[{CN_CHARS}]++)[日号]")
DAY_AFTER_NUMERAL = regex.compile(r"日(?!元|本|报|语|用|常|益|趋|后|夜|历|程|期|子|晒|照|前|志|记|文|韩|军)")
# 号 is a day only with a month just before (3月5号, 5月的12号).
MONTH_BEFORE = regex.compile(r"月")
# A month or day listed before the one with the unit (4、5月), matched backwards.
LISTED_NUMBER = regex.compile(r"(?r)(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})")
# 时/点 and what may follow on a clock: 十分, 半, 整, 钟, 一刻.
CLOCK_RE = regex.compile(
    rf"(时|点)(?:({ARABIC}|[{CN_CHARS}]++)分(?!钟|之)(?:({ARABIC}|[{CN_CHARS}]++)秒)?|(半)|(整)|(钟)|([一三])刻)?")
# 时 that starts a word, not an hour (十年时间, 三个时期).
NOT_CLOCK = ("时期", "时代", "时间", "时候", "时任", "时节", "时刻", "时光", "时段")
# Parts of the day before a clock time, with the hours they add (下午3点 is 15:00).
TIME_PREFIXES = {
    "上午": 0, "早上": 0, "早晨": 0, "清晨": 0, "凌晨": 0, "中午": 12, "午后": 12,
    "下午": 12, "傍晚": 12, "晚上": 12, "晚间": 12, "夜间": 12, "夜里": 12, "深夜": 12,
    "早": 0, "晚": 12,
}
# Day words before a one-character part of the day (今晚, 当晚): kept out of the span.
DAY_WORDS = frozenset("当今昨明前每傍夜")
# A quarter or a half of a year: 第一季度, 一季度, 1季度 (Q1), 前三季度 (Q1..Q3), 上半年 (H1), after
# a year (2025年第一季度), a relative year (今年上半年) or alone.
PERIOD_RE = regex.compile(r"(?P<first>前)?第?(?P<q>[一二三四1-4])季度|(?P<h>[上下])半年")
PER_QUARTER = ("一次", "一回", "一期")  # 一季度一次: a quarter counted, not named
QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# A year written in two digits, when a month or a part of the year follows: 08年下半年, 98年3月.
SHORT_YEAR_AFTER = regex.compile(r"年(?:[上下]半年|第?[一二三四1-4]季度|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月)")
# A season or fiscal year over two years: 71-72赛季, 2024-25赛季, 2003/04赛季, 08-09财年.
SEASON = regex.compile(r"([0-9]{2}|[0-9]{4})(?:[-–/~]|—{1,2})([0-9]{2}|[0-9]{4})(?=赛季|球季|雪季|年度|财年|财政年度|学年)")
SEASON_SEPARATORS = frozenset("-–/~—")
# The lunar calendar (out of scope): a year of the sexagenary cycle, a lunar day after a month.
CYCLE_YEAR = regex.compile(r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年")
LUNAR_DAY = regex.compile(r"初[一二三四五六七八九十]|廿[一二三四五六七八九]")
# 晚上12点 is midnight: 24:00.
NIGHT_PREFIXES = frozenset(["晚上", "晚间", "夜间", "夜里", "深夜", "晚"])
RELATIVE_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1, "来年": 1, "后年": 2}
RELATIVE_MONTH = {"本月": 0, "上月": -1, "下月": 1, "上个月": -1, "下个月": 1}
RELATIVE_DAY = {"今天": 0, "昨天": -1, "明天": 1, "前天": -2, "后天": 2, "今日": 0, "昨日": -1, "明日": 1, "今晨": 0,
                "今晚": 0}


# ---------------- signs and changes
# A number after a word of change is the size of the change: 下降1.5% (down), 增长12% (up).
# The printed value keeps its sign (下降1.5% is 1.5); a negative number after a word of rise
# (增长-2%, 增速为-2.1%) is a fall. Levels (降至4%, 增加到250公里, 从/由 5%) have no direction:
# 至 and 到 are no fillers, so the words of change do not reach across them.
CHANGE_DOWN = ("下降 减少 降低 下跌 回落 下滑 锐减 缩减 减产 减收 亏损 净亏损 跌幅 降幅 赤字 下调 萎缩 骤降 暴跌 大跌 "
               "降价 减价 减 降 跌").split()
CHANGE_UP = ("增长 上升 增加 提高 上涨 增产 增收 增效 涨幅 增幅 增速 增长率 增长速度 增长年率 上调 攀升 猛增 暴涨 大涨 "
             "涨价 提价 涨上 增 涨 升").split()
# Words between the word of change and the number: 下降了, 增幅达, 增长率预期为, 赤字高达.
CHANGE_FILLERS = "了 为 达 高达 达到 分别 是 却是 预期为 预计为 约为 都 均 也 又 就 仅 共 已 在 实际 幅度".split()
CHANGE_BEFORE = regex.compile(
    rf"(?:(?P<none>涨跌幅?|升降)|(?P<neg>负增长)|(?P<yoy>同比|环比)|(?P<down>{_alt(CHANGE_DOWN)})|(?P<up>{_alt(CHANGE_UP)}))"
    rf"(?:{_alt(CHANGE_FILLERS)})*+$"
)
# The last characters of those: most numbers have none of them just before.
CHANGE_LAST = frozenset(w[-1] for w in [*CHANGE_DOWN, *CHANGE_UP, *CHANGE_FILLERS, "负增长", "同比", "环比"])
# 4%的负增长: the contraction written after the number.
NEGATIVE_GROWTH_AFTER = ("的负增长", "负增长")
# 增加新股56.7万个, 减少保险财产损失1.5亿元: a verb of change that takes an object (not 增长,
# 下降), the object, then the amount; 的, 到, 为 ... end the object (降低成本的措施有3项 says no
# change), and 增加值 is value added, a level.
CHANGE_OBJECT_BEFORE = regex.compile(
    r"(?:(?P<down>减少|降低|减产|减收|下调|缩减)|(?P<up>增加|提高|增产|增收|上调))(?!值)"
    r"(?:(?![到至为是有在和与及的比从由])[\p{Han}、]){1,10}$"
)
# 实现了5.32%的增长, 出现30%的下滑: the change named after the number (a word of two
# characters or more: 30%的降水 is rain, 30%的增加值 value added).
CHANGE_AFTER = regex.compile(rf"的(?:(?P<down>{_alt(w for w in CHANGE_DOWN if len(w) > 1)})"
                             rf"|(?P<up>{_alt(w for w in CHANGE_UP if len(w) > 1)}))(?!值)")
# The kinds a change can have.
CHANGE_KINDS = frozenset(["money", "percent", "quantity", "number", "duration"])
# Between two numbers, what makes the second share the first one's direction: a coordinated
# second change (分别下降13.4%和23.5%) or a conversion in brackets (减少1.2万亿玻利瓦尔（合22亿美元）,
# （约7.5亿美元）: 约 is in the span; but not （1美元约兑换38比索）, a rate).
SHARED_CHANGE = frozenset(["和", "、", "及", "与", "（合", "(合", "（约合", "(约合"])
SHARED_CHANGE_ABOUT = frozenset(["（", "("])
# A dash after a Han character is a minus sign (净利润为-3.2亿元, 同比－1.5%, 价格-3.2亿元), except
# after the name of a model: 歼-10, 苏-27, 图-154 (one-character designations), 米格-29, 东风-41,
# 长征-2 (names, whole: 格 alone would take the sign off 价格-3.2亿元); nor after a numeral or a
# date or clock unit that closes the first number of a range (三-5).
NOT_BEFORE_MINUS = frozenset("歼轰运直强教侦苏图安卡") | frozenset(CN_CHARS) | frozenset("年月日号时点分秒")
MODELS_BEFORE_DASH = ("米格", "东风", "红旗", "长征", "神舟", "伊尔", "雅克", "枭龙", "天宫", "嫦娥", "风云")


# ---------------- what is not a number
# Words, labels and list marks that veto a reading.

# Words and idioms that contain numeral characters but are not numbers. A match that
# overlaps one of these (on a Chinese numeral) is dropped.
LEXICAL = regex.compile(
    "|".join(
        sorted(
            """
一些 一起 一定 统一 唯一 一致 万一 一般 一直 千万不 千万别 千万要 千万莫 千万注意 千万小心 三心二意
五一广场 一带一路 一体 一样 一切 一旦 一边 一方面 一同 一道 一律 一再 一向 一味 一举 一流 一线
一手 一生 一时 一下 一点(?![〇零一二三四五六七八九]) 一番 一阵 一心 一早 一齐 一共 一连 一贯 一览 一等 如一日 一鼓作气 四乡八镇
二话 一家老小 三番五次 七上八下 乱七八糟 十全十美 一五一十 一模一样 独一无二 举一反三 不三不四
九死一生 千方百计 百花齐放 万众一心 一心一意 千军万马 成千上万 千千万万 万物 万事 百姓 百货
一石二鸟 一年一度 第一时间 第一眼 第一印象 第一把手 第一人称 第二人称 第三人称 第一桶金 第一现场
第一生产力 第一要务 第一要义 第一责任人 第三方 一是 二是 三是 四是 五是 六是 其[一二三](?!季度) 一度 一再
一体化 一并 一如既往 一系列 一揽子 一把手 一线 一流 一次性 一站式 一号文件 十字 三角 四方 八方
五湖四海 千里 万里 一日千里 一马当先 一目了然 一帆风顺 一丝不苟 两会 两岸 两手 三农 三峡 九州
一国两制 十全 百年大计 千秋 万古 万紫千红 万象 七嘴八舌 四面八方 三言两语 三句半 三五成群 一路 一行
一番 一贯 一分为二 一刀切 一把 一手抓 两手抓 二维码 三维 一号 十分(?!钟) 万分 百分百 千分尺 一口气
一部分 一大批 一大早 一口 一面 一方 一头 一身 一片 一些 一天天 一年年 一步步 一个个 一次次
百般 千般 万般 一门心思 数以千万计 数以万计 数以亿计 数以百计 数以千计 三盘两胜 三局两胜 五局三胜 七局四胜 六枝 满载 下载 千载难逢 一载 四处 四周 (?<![午晨晚上里间日天])四时(?![许整半]|左右|[0-9零〇一二三四五六七八九十]{1,3}分) 三国 一战 二战 两败俱伤 千篇一律 约法三章 零部件 零件 零售 零星 零碎 零食 零钱 零用 零距离 零容忍 零排放 零增长 千家万户 万家灯火 百家争鸣 一揽 一蹴而就 一往无前 一席之地 一臂之力 一触即发 一以贯之 百尺竿头
""".split(),
            key=len,
            reverse=True,
        )
    )
)
# A bare number inside these is a label (“十四五”, （四）); so is one followed by a list mark.
QUOTES = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’", "《": "》", "【": "】"}
BRACKETS = {"（": "）", "(": ")", "[": "]", "〔": "〕"}
LIST_DOT = frozenset(".．、")
# A bare number takes the unit of the next one across these: 8和15.4个百分点, 3.14万降到1.77万公里.
LEND_UNIT_ACROSS = frozenset(["和", "或", "与", "及", "降到", "降至", "减至", "减到", "增至", "增到", "升至", "升到",
                              "下降到", "上升到", "增加到", "减少到", "提高到", "扩大到", "缩小到", "跌至", "涨至"])
LENT_KINDS = frozenset(["quantity", "percent", "duration"])
# Before a number listed ahead of the one with the unit (三、四级), none of these: a digit, a
# sign of a code or date, 第 (an ordinal), 期 or 周 (星期五、六).
NOT_BEFORE_LISTED = frozenset("0123456789一二三四五六七八九十-/.:第期周拜")
# 一 before a measure word counts when coordinated with another count (一级和二级, 一至三级).
COORDINATORS = frozenset("和或至到与及")
# A quoted name that starts with a number is a slogan (“两个转变”), up to its closing quote.
SLOGAN_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"', "《": "》"}
SLOGAN_CLOSERS = {"”": "“", "」": "「", "』": "『"}
# The kinds a slogan or a title can start with (“两个转变”, 《三国演义》, “一年扭亏”).
SLOGAN_KINDS = frozenset(["quantity", "number", "ordinal", "duration", "date"])
# Before a lone 一: a determiner makes it "one" in 那一年, 同一天, not a count.
DETERMINERS = frozenset("那这同某哪该每")
# 的一年 before one of these is "a year" (重要的一年。), not a duration.
CLAUSE_END = frozenset("。，、；！？”）:\n")
# After 一个, what makes a duration or an amount of time (一个多月, 一个小时, 一个星期).
ONE_GE_NEXT = frozenset("多半月小钟星工年")
