"""A newspaper page into articles: headline, kicker and subtitle, credits, dateline, body.

The page is cleaned first (hard-wrapped lines joined), so each line is a paragraph, a
heading, a credit line or page furniture. Rules of Chinese newspaper layout decide:

- a heading is a short line without sentence-final punctuation; a run of headings before
  body text is one headline: its longest line is the title, lines above it the kicker
  (引题), lines below it the subtitle (副题);
- headings start a new article when the body under them opens with a lede (本报讯,
  本报北京…电, 新华社…电), a dateline date (3月26日，…) or a byline, or when the article
  before was closed by a photo credit or page furniture; otherwise they are section heads
  inside the current article (features have them);
- a photo credit (马海军 摄) closes the article above it, unless furniture stands between
  them: then it belongs to the article below (a photo printed above its headline);
- page furniture (page headers, display type debris such as 情情 / 沪沪 克克) is no article.

All offsets point into the text passed in.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import regex

from kmytext.text.document import Document, as_document
from kmytext.types import Article, Credit

# The words and POS of ``text[start:end]`` of the text credits are read in: the document's.
Tagger = Callable[[int, int], list[tuple[str, str]]]

# --- credits --------------------------------------------------------------------------------

_ROLES = (
    ("摄影记者", "photographer"), ("摄影", "photographer"), ("摄", "photographer"), ("图", "photographer"),
    ("特约通讯员", "correspondent"), ("通讯员", "correspondent"),
    ("实习生", "intern"), ("见习记者", "reporter"), ("特约记者", "reporter"), ("记者", "reporter"),
    ("撰文", "reporter"), ("文", "reporter"),
    ("责任编辑", "editor"), ("责编", "editor"), ("编辑", "editor"),
)
_ROLE_WORDS = "|".join(regex.escape(w) for w, _ in _ROLES)
_ROLE_OF = dict(_ROLES)
# A name: Chinese characters, with the middle dot of transcribed names (非尔代维斯·热夏提).
_NAME = r"(?:\p{Han}{1,8}[·•])*\p{Han}{2,8}"
# A name run into its role word, or into 摄 or 报道, with no space to end it: two to four
# characters (a transcribed name with its middle dot may be longer).
_RUN_NAME = r"(?:\p{Han}{1,8}[·•])*\p{Han}{2,4}"
_OUTLET = r"(?:本报|新华社|中新社|人民日报)"
_RUN_ROLE = r"(?:特约记者|见习记者|摄影记者|记者|特约通讯员|通讯员|实习生)"
# Names after a role: 王明、李华, or 王明 通讯员李华 (a space only before another role, since
# 记者王明 北京报道 puts the place there).
_RUN_NAMES = rf"{_RUN_NAME}(?:[、，,]{_OUTLET}?{_RUN_ROLE}?{_RUN_NAME}|[ \t]+{_OUTLET}?{_RUN_ROLE}[ \t]*{_RUN_NAME})*"
# The dateline's date: 12月31日, 2000年12月31日, 五月二十五日 (Xinhua in the 1990s).
_DATE = (r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月"
         r"(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")
# 本报讯（…）, 本报北京3月4日电（…）, 新华社北京3月4日电（…）, 据新华社…电（…）, 本报北京12月31日讯,
# 本报3月5日讯, 克拉玛依融媒讯（…）
_LEDE_HEADS = (r"本报讯", r"本报[^\s，。（(]{0,16}?电", r"(?:据)?新华社[^\s，。（(]{0,16}?电",
               rf"本报(?:(?![讯电])\p{{Han}}){{0,8}}?{_DATE}讯", r"[^\s，。（(]{2,10}?讯(?=[（(：: \t])")
# After the head: the byline in brackets, or run on up to 报道 (…讯 记者吴坤胜报道：, …电记者李新烽、
# 新华社记者尚绪谦报道：); 报道 stays inside, where the reading of names takes a place off it
# (记者王明北京报道).
_LEDE_TAIL = (r"[ \t]*(?:[（(](?P<inner>[^（）()\n]{2,80})[）)]"
              rf"|(?P<inner>{_OUTLET}?{_RUN_ROLE}[ \t]*{_RUN_NAMES}\p{{Han}}{{0,4}}?[ \t]*报道)[：:]?)?")
_LEDE = regex.compile(f"(?:{'|'.join(_LEDE_HEADS)}){_LEDE_TAIL}")
# Searching a text, one pattern per head: each keeps regex's fast scan for its literal
# characters, which the alternation loses (0.1 s against 0.001 s on 333,000 characters).
_LEDE_SCANS = tuple(regex.compile(head + _LEDE_TAIL) for head in _LEDE_HEADS)
_PHOTO_LINE = regex.compile(
    rf"^[ \t]*(?P<inner>(?:\S{{0,12}}记者[ \t]*)?(?:{_NAME})(?:[ \t、，,]+(?:{_NAME})){{0,5}}[ \t]*摄(?:影)?)[ \t]*$",
    regex.M,
)
_BYLINE_LINE = regex.compile(
    rf"^[ \t]*[■●▲◆□]?[ \t]*(?P<inner>(?:本报|新华社|[\p{{Han}}]{{0,8}})?(?:{_ROLE_WORDS})[ \t]*[/／:：]?[ \t]*"
    rf"(?:{_NAME})(?:[ \t、，,/／:：]+(?:\S{{0,8}}(?:{_ROLE_WORDS})[/／:：]?[ \t]*)?(?:{_NAME}))*)[ \t]*$",
    regex.M,
)
# A bare bracketed byline: （克拉玛依融媒记者 张佳佳 通讯员 申娜）, （记者李华 通讯员王明）, or a photo
# caption's credit: （本报记者李舸摄）, （本报记者陶源明、陈杰摄）, （徐烨摄）, （见图于宏建摄）; and the
# editor of a web page: （责任编辑：王明）. Names run into their role (``run``) must read as names
# (:func:`_looks_like_name`): （记者节期间） credits nobody.
_PAREN_BYLINE = regex.compile(
    r"[（(](?P<inner>[^（）()\n]{0,12}(?:记者|通讯员|实习生)[ \t\u3000][^（）()\n]{1,60})[）)]"
)
_PAREN_RUN = regex.compile(
    rf"[（(](?:见图|图为|图)?(?P<inner>[^（）()\n，。；]{{0,12}}?{_RUN_ROLE}{_RUN_NAMES}摄?"
    rf"|(?:{_RUN_NAME}[、，,])*{_RUN_NAME}[ \t]*摄|(?:责任编辑|责编|编辑)[:：][ \t]*{_RUN_NAMES})[）)]"
)
# Every credit pattern holds one of these (a role word, 摄, or a lede's 讯 or 电): a text
# without any has no credit to look for.
_MAY_CREDIT = regex.compile(r"[讯电记通实摄图文编]")
_TOKEN = regex.compile(r"[^\s、，,/／:：]+")
_ROLE_SUFFIX = regex.compile(rf"(?:{_ROLE_WORDS})$")
_NOT_NAMES = frozenset({"报道", "综合报道", "整理", "发自", "报道组", "联合报道", "特稿"})
_NAME_FULL = regex.compile(rf"(?:{_NAME})")
# Roles run into the names with no space (roles of two or more characters): 记者张选杰,
# 本报记者李明, 记者郑军实习生李雪琴.
_ROLE_IN = regex.compile("|".join(regex.escape(w) for w, _ in sorted(_ROLES, key=lambda r: -len(r[0]))
                                  if len(w) > 1))
# What a byline puts after the name, run together with it: 胡俊华发自上海, 朱宝广州报道.
_AFTER_NAME = regex.compile(r"(?:发自\p{Han}{1,8}|报道)$")


def _parse_credits(text: str, start: int, end: int, tag: Tagger) -> list[tuple[str, str, int, int]]:
    """(name, role, start, end) for a byline's inner text ``text[start:end]``: roles are
    words before the names they apply to; a final 摄 makes the names before it photographers."""
    out: list[tuple[str, str, int, int]] = []
    role = "reporter"
    since_role: list[int] = []
    for m in _TOKEN.finditer(text, start, end):
        tok, s = m.group(), m.start()
        if tok in _NOT_NAMES:
            continue
        if tok in ("摄", "摄影", "摄影报道", "供图"):
            for i in since_role:
                out[i] = (out[i][0], "photographer", out[i][2], out[i][3])
            since_role = []
            continue
        # A role word, alone or after its outlet (克拉玛依融媒记者, 本报记者); one-character
        # roles (文, 图) only alone, since names end in them too (石智文).
        suffix = _ROLE_SUFFIX.search(tok)
        if suffix is not None and (suffix.start() == 0 or len(suffix.group()) > 1):
            role = _ROLE_OF[suffix.group()]
            since_role = []
            continue
        for role_word, name, at in _split_roles(tok, s):
            if role_word is not None:
                role, since_role = _ROLE_OF[role_word], []
            name_role = None
            if name.endswith("摄") and len(name) > 2:  # 王霞摄; 陶源明、陈杰摄: both took the picture
                name, name_role = name[:-1], "photographer"
                for i in since_role:
                    out[i] = (out[i][0], "photographer", out[i][2], out[i][3])
                since_role = []
            name = _without_tail(name, at, tag, named=role_word is not None)
            if _NAME_FULL.fullmatch(name):
                if name_role is None:
                    since_role.append(len(out))
                out.append((name, name_role or role, at, at + len(name)))
    return out


def _split_roles(tok: str, start: int) -> list[tuple[str | None, str, int]]:
    """``(role word, name, offset)`` for each name in a token with roles run into it
    (本报记者李明, 记者郑军实习生李雪琴; the outlet before the first role goes), or the token
    itself with no role word."""
    roles = list(_ROLE_IN.finditer(tok))
    if not roles:
        return [(None, tok, start)]
    ends = [m.start() for m in roles[1:]] + [len(tok)]
    return [(m.group(), tok[m.end():e], start + m.end()) for m, e in zip(roles, ends, strict=True) if e > m.end()]


def _without_tail(name: str, at: int, tag: Tagger, *, named: bool = False) -> str:
    """A name (at ``at``) without the dateline run into it: 胡俊华发自上海 -> 胡俊华,
    朱宝广州报道 -> 朱宝 (the place before 报道 is what the segmenter tags a place name);
    上海报道 -> no name, unless a role word runs into it (``named``: 记者吴坤胜报道 names
    吴坤胜, which the segmenter tags a place)."""
    tail = _AFTER_NAME.search(name)
    if tail is None or tail.start() < 2:
        return name
    name = name[: tail.start()]
    if tail.group() == "报道":
        words = tag(at, at + len(name))
        if [t for _, t in words] == ["ns"] and not named:
            return ""  # 上海报道: a dateline, no name
        # a place of two or more characters: 青 of 徐步青 is tagged a place too (Qinghai)
        while len(words) > 1 and words[-1][1] == "ns" and len(words[-1][0]) > 1 and len(name) - len(words[-1][0]) >= 2:
            name = name[: -len(words.pop()[0])]
    return name


def _credits_in(text: str, tag: Tagger) -> list[tuple[str, str, int, int]]:
    if not _MAY_CREDIT.search(text):
        return []
    found: list[tuple[str, str, int, int]] = []
    # Each pattern only where the characters it needs are: a lede's 讯 or 电, a bracket, 摄.
    ledes = _LEDE_SCANS if "讯" in text or "电" in text else ()
    brackets = "（" in text or "(" in text
    patterns = (_PAREN_BYLINE,) * brackets + (_PHOTO_LINE,) * ("摄" in text) + (_BYLINE_LINE,)
    for lede in ledes:
        for m in lede.finditer(text):
            if m.group("inner"):
                found += _parse_credits(text, m.start("inner"), m.end("inner"), tag)
    for pattern in patterns:
        for m in pattern.finditer(text):
            found += _parse_credits(text, m.start("inner"), m.end("inner"), tag)
    for m in _PAREN_RUN.finditer(text) if brackets else ():
        found += [c for c in _parse_credits(text, m.start("inner"), m.end("inner"), tag) if _looks_like_name(c[0])]
    by_span: dict[tuple[int, int], tuple[str, str, int, int]] = {}
    for c in found:  # the first reading of a name wins (a lede's before a bracket's)
        by_span.setdefault((c[2], c[3]), c)
    return sorted(by_span.values(), key=lambda c: c[2])


def _looks_like_name(name: str) -> bool:
    """A name run into a role word or 摄 with nothing else to mark it: a Chinese surname
    first, or a transcribed name (with its middle dot)."""
    from kmytext.ner.lexicon import surnames

    return name[0] in surnames() or "·" in name or "•" in name


def _tagger(doc: Document, at: int = 0) -> Tagger:
    """The document's words in a part of its clean text that starts at ``at``."""
    def tag(start: int, end: int) -> list[tuple[str, str]]:
        return [(w, p) for _, _, w, p in doc.tokens.between(at + start, at + end, spaces=True)]

    return tag


def credit_spans(doc: Document) -> list[tuple[str, str, int, int]]:
    """``(name, role, start, end)`` of the people credited in the document, clean offsets."""
    return _credits_in(doc.clean_text, _tagger(doc))


def credits(text: str | Document, *, clean: bool = True) -> list[Credit]:
    """People credited in bylines and photo lines, with their roles.

    >>> [(c.name, c.role) for c in credits("本报讯（记者 张佳佳 通讯员 申娜）3月28日，…")]
    [('张佳佳', 'reporter'), ('申娜', 'correspondent')]
    """
    doc = as_document(text, clean=clean)
    return [_credit(doc, c) for c in credit_spans(doc)]


def _credit(doc: Document, c: tuple[str, str, int, int]) -> Credit:
    """The credit as the source writes it: its offsets, and its name in the source's script
    (吳坤勝, where cleanup read 吴坤胜), as the entity step names people."""
    from kmytext.text.script import written_form

    s, e = doc.source_span(c[2], c[3])
    return Credit(written_form(doc.text[s:e], c[0]) or c[0], c[1], doc.offset + s, doc.offset + e, doc.id)


# --- dateline ------------------------------------------------------------------------------

_NUM = r"\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_YEAR = r"\d{4}|[〇零一二三四五六七八九]{4}"
# The dateline: who (本报, 新华社, 中新社), where, when, and 电 or 讯. A place comes before a
# date (新华社加沙12月31日电) or alone before 讯 (本报北京讯).
_DATELINE = regex.compile(
    rf"(?:据)?(?:本报|新华社|中新社)(?P<place>(?:(?![讯电记者社])\p{{Han}}){{2,10}}?)?"
    rf"(?:(?:(?P<y>{_YEAR})年)?(?P<m>{_NUM})月(?P<d>{_NUM})日)(?:电|讯)"
    rf"|本报(?P<place>(?:(?![讯电记者社])\p{{Han}}){{2,8}}?)讯(?!员)"
)
_DATE_OPENING = regex.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[，,、 ]|电|上午|下午|晚|凌晨)")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}


def _number(s: str) -> int:
    """A year, month or day in digits or Chinese numerals (一九九八, 十二, 二十五, 三十)."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return int("".join(str(_DIGIT[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)


def _iso(m: regex.Match[str]) -> str | None:
    """The date of a dateline match, or None for a day no calendar has (2月30日, an OCR slip),
    which the timeline and the articles' relative dates could not place."""
    if m.group("m") is None:
        return None
    month, day = _number(m.group("m")), _number(m.group("d"))
    year = _number(m.group("y")) if m.group("y") else None
    try:  # without a year, a leap one: 2月29日 may be
        datetime.date(2000 if year is None else year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def _read_dateline(paragraph: str) -> tuple[str | None, str | None]:
    """(date, place) of an article's first paragraph (see :func:`dateline`)."""
    lede = _LEDE.match(paragraph)
    if lede:
        m = _DATELINE.match(lede.group())
        if m:
            return _iso(m), m.group("place")
        paragraph = paragraph[lede.end():].lstrip()
    m = _DATE_OPENING.match(paragraph)
    return (_iso(m) if m else None), None


def dateline(paragraph: str) -> str | None:
    """The dateline date of an article's first paragraph, ISO 8601 (``--MM-DD`` without a year).

    >>> dateline("本报北京2000年12月31日电（记者 王明）…"), dateline("本报北京12月31日讯 记者吴坤胜报道：…")
    ('2000-12-31', '--12-31')
    >>> dateline("3月26日，白碱滩区…"), dateline("新华社北京五月二十五日电 …")
    ('--03-26', '--05-25')
    """
    return _read_dateline(paragraph)[0]


def dateline_places(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the place of every dateline in ``text``: 加沙 of 新华社加沙12月31日电,
    北京 of 本报北京12月31日讯.

    >>> text = "新华社加沙12月31日电 巴勒斯坦民族权力机构今天宣布"
    >>> [text[s:e] for s, e in dateline_places(text)]
    ['加沙']
    """
    if "电" not in text and "讯" not in text:
        return []
    return [m.span("place") for m in _DATELINE.finditer(text) if m.group("place")]


# --- lines ---------------------------------------------------------------------------------

_FURNITURE = regex.compile(
    r"第\s*[\d一二三四五六七八九十]+\s*版|星期[一二三四五六日天]|责任编辑|责编|美编|校对|版式|邮发代号|"
    r"国内统一连续出版物号|^[\d\s/／\-]+$|^\s*(?:(\p{Han})\1\s*)+$"  # page numbers, display debris
)
_PHOTO_NOTE = regex.compile(r"^[（(][^（）()]{0,16}(?:照片|图片|图|摄)[）)]$")
_SENTENCE_END = regex.compile(r"[。！？!?…][”’」』）)]?$")
_CLAUSE = regex.compile(r"[，。“”\"]")
_PREFACE = ("编者按", "【编者按】", "编者的话", "【编者的话】")  # an editor's note above the headline
_HEADING_MAX = 40  # characters: longer lines are text even without a full stop
_FIRST_SENTENCE = regex.compile(r"^.*?(?:[。！？!?…]+[”’」』）)]?|$)")


@dataclass
class _Line:
    kind: str  # heading, body, lede, credit, byline, furniture, note, preface
    text: str
    start: int  # clean offsets
    end: int


def _kind(line: str) -> str:
    s = line.strip()
    if _FURNITURE.search(s) or len(regex.sub(r"[^\p{Han}\p{L}\d]", "", s)) <= 1:
        return "furniture"
    if _PHOTO_NOTE.match(s):
        return "note"
    if _PHOTO_LINE.match(s):
        return "credit"
    if _BYLINE_LINE.match(s) or _PAREN_BYLINE.fullmatch(s) or _PAREN_RUN.fullmatch(s):  # （本报记者 赵六）
        return "byline"
    if s.startswith(_PREFACE):
        return "preface"
    if _LEDE.match(s):
        return "lede"
    if len(s) <= _HEADING_MAX and not _SENTENCE_END.search(s) and "。" not in s:
        return "heading"
    if len(s) <= 20 and s[-1] in "？！?!" and not _CLAUSE.search(s):  # 谁来守护孩子们的安全？
        return "heading"
    return "body"


def _lines(text: str) -> Iterator[_Line]:
    for m in regex.finditer(r"[^\n]+", text):
        raw = m.group()
        s = raw.strip()
        if s:
            lead = len(raw) - len(raw.lstrip())
            yield _Line(_kind(s), s, m.start() + lead, m.start() + lead + len(s))


@dataclass
class _Draft:
    heads: list[_Line] = field(default_factory=list)
    lines: list[_Line] = field(default_factory=list)  # everything in the article, in order
    body: list[_Line] = field(default_factory=list)
    credit_lines: list[_Line] = field(default_factory=list)


def _split_headline(heads: list[_Line]) -> tuple[str, str | None, str | None]:
    """(title, subtitle, kicker): the longest heading line is the title."""
    if not heads:
        return "", None, None
    texts = [h.text for h in heads]
    candidates = [i for i, t in enumerate(texts) if not t.startswith(("——", "—", "--"))] or [0]
    main = max(candidates, key=lambda i: (len(texts[i]), -i))
    kicker = " ".join(texts[:main]) or None
    subtitle = " ".join(t.lstrip("—- ") for t in texts[main + 1:]) or None
    return texts[main], subtitle, kicker


def _opens_article(line: _Line) -> bool:
    return line.kind in ("lede", "byline") or dateline(line.text) is not None


def _drafts(text: str) -> list[_Draft]:
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    closed = hard = True  # no article is open yet
    heads: list[_Line] = []  # headings not yet placed
    ahead: list[_Line] = []  # credits and captions printed above the next headline
    after_furniture = True
    for line in _lines(text):
        kind = line.kind
        if kind == "furniture":
            if heads and cur is not None and not closed:
                cur.lines += heads  # headings before furniture: section heads at a column foot
                heads = []
            closed = hard = True
            after_furniture = True
            continue
        if kind == "heading":
            heads.append(line)
            continue
        if kind == "preface":
            ahead.append(line)
            continue
        if kind == "note":
            (cur.lines if cur is not None and not hard else ahead).append(line)
            continue
        if kind == "credit" and not heads:
            if cur is not None and not hard and not after_furniture:
                cur.lines.append(line)
                cur.credit_lines.append(line)
                closed = True  # a photo credit ends a picture story: a headline next starts anew
            else:
                ahead.append(line)
            continue
        # body, lede, byline, or a credit right under a headline
        after_furniture = False
        if heads:
            new = cur is None or closed or bool(ahead) or _opens_article(line) or kind == "credit"
            if new:
                cur = _Draft(heads=heads, lines=ahead + heads,
                         credit_lines=[x for x in ahead if x.kind == "credit"])
                drafts.append(cur)
                ahead = []
            else:
                assert cur is not None
                cur.lines += heads
            heads = []
        elif cur is None or hard or (kind == "lede" and cur.body):
            # a lede (本报讯…) always opens an article: news in brief run on without headlines
            if not _opens_article(line):
                ahead.append(line)  # a caption waiting for its headline (or text with none)
                continue
            cur = _Draft(lines=ahead)  # an article without a headline
            drafts.append(cur)
            ahead = []
        assert cur is not None
        cur.lines.append(line)
        if kind in ("credit", "byline"):
            cur.credit_lines.append(line)
        else:
            cur.body.append(line)
        closed = hard = False
    if any(x.kind == "body" for x in ahead):  # text with no headline after it: an untitled article
        drafts.append(_Draft(lines=ahead, body=[x for x in ahead if x.kind == "body"],
                             credit_lines=[x for x in ahead if x.kind == "credit"]))
    elif ahead and cur is not None:
        cur.lines += ahead
        cur.credit_lines += [x for x in ahead if x.kind == "credit"]
    if heads and cur is not None:
        cur.lines += heads
    return [d for d in drafts if d.body or d.heads]


def _lead(d: _Draft) -> _Line | None:
    """The article's first paragraph: the first text under the headline that is not a photo
    caption (a paragraph followed by a photo note or credit), unless it has nothing else."""
    after = d.heads[-1].start if d.heads else -1
    text = [(i, x) for i, x in enumerate(d.lines) if x.kind in ("body", "lede") and x.start > after]
    for i, x in text:
        nxt = d.lines[i + 1].kind if i + 1 < len(d.lines) else None
        if nxt not in ("note", "credit"):
            return x
    return text[0][1] if text else (d.body[0] if d.body else None)


def articles(text: str | Document, *, clean: bool = True) -> list[Article]:
    """The articles of a newspaper page (a text or a document), in page order, with offsets
    into the text (file offsets, for a piece of a large file).

    >>> page = "护航安全生产\\n3月26日，独山子区开展安全大排查。\\n\\n韩亚东 摄\\n"
    >>> [(a.title, a.date, [c.name for c in a.credits]) for a in articles(page)]
    [('护航安全生产', '--03-26', ['韩亚东'])]
    """
    doc = as_document(text, clean=clean)
    cleaned, ctext, text = doc.cleaned, doc.clean_text, doc.text
    out: list[Article] = []
    for n, d in enumerate(_drafts(ctext), 1):
        # the headline as printed: in the source's script and characters
        heads = [replace(h, text=cleaned.source_chars(h.start, h.end)) for h in d.heads]
        title, subtitle, kicker = _split_headline(heads)
        start, _ = cleaned.span(d.lines[0].start, d.lines[0].end)
        _, end = cleaned.span(d.lines[-1].start, d.lines[-1].end)
        lead = _lead(d)
        seen: set[tuple[str, str]] = set()
        creds: list[Credit] = []
        for line in d.credit_lines + ([lead] if lead else []):
            for name, role, s, e in _credits_in(ctext[line.start:line.end], _tagger(doc, line.start)):
                if (name, role) not in seen:
                    seen.add((name, role))
                    creds.append(_credit(doc, (name, role, line.start + s, line.start + e)))
        creds.sort(key=lambda c: c.start)
        date, place = _read_dateline(lead.text) if lead else (None, None)
        first = ""
        if lead is not None:
            m = _LEDE.match(lead.text)
            body = lead.text[m.end():].lstrip() if m else lead.text
            at = lead.end - len(body)
            first = cleaned.source_chars(at, at + len(_FIRST_SENTENCE.match(body).group()))  # type: ignore[union-attr]
        out.append(Article(title=title, start=doc.offset + start, end=doc.offset + end, text=text[start:end],
                           subtitle=subtitle, kicker=kicker, credits=tuple(creds), date=date, place=place,
                           first_sentence=first, doc=doc.id, n=n))
    return out
