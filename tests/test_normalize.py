from __future__ import annotations

import time
from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import kmytext
from conftest import SEEDS
from kmytext.text.normalize import (
    _FULLWIDTH, _LEDE, _LINE, Cleaned, _lede_at, _t2s, _t2s_wide, clean, fold_width, identity, is_traditional,
    join_lines, squeeze_spaces, to_simplified, translate,
)

WRAPPED = (
    "本报讯（克拉玛依融媒记者 张佳佳 通讯\n\n员 申娜）3月28日，“祥瑞年年——蛇年生肖\n"
    "小幅版画展”在白碱滩美术馆展出。此次展\n览以弘扬中华优秀传统文化为宗旨，让观展\n"
    "市民领略生肖文化的独特魅力。\n\n本次画展由自治区文化和旅游厅主办。\n"
)
# A narrow column, as in a feature: first lines indented (shorter), blank lines from the PDF.
COLUMN = (
    "双城携手又迎春\n援克工作综述\n\n"
    "截至目前，克拉玛依已建成6\n座大型数据中心，6.5万个标准机\n\n柜，存力达6200PB，智能算力规模\n"
    "达 1.7 万 P，位居全疆第一。加大\n智能算力集群规模建设，跻身全国\n\n算力行业“第一方阵”。\n\n"
    "上海产业援克工作不断深入\n的十年，同样是克拉玛依对内对外\n开放能力水平不断提升的十年。\n"
)


def assert_maps_back(c: Cleaned, fold: Callable[[str], str] = lambda s: s) -> None:
    """Every clean character comes from the source character its offset maps to."""
    for i, ch in enumerate(c.text):
        assert fold(c.source[c.to_source(i)]) == ch


def _fold(s: str) -> str:
    return clean(s).text or s


@pytest.mark.parametrize(
    "text, expected",
    [
        ("克拉\n\n玛依区委史志办", "克拉玛依区委史志办"),  # mid-word, even in a short text
        ("近期以来，克拉\n玛依区委史志办", "近期以来，克拉玛依区委史志办"),  # mid-sentence
        ("标题\n正文第一句。", "标题\n正文第一句。"),  # a headline stays on its line
        ("授予辖区爱心商户“\n\n暖新商铺”标识牌", "授予辖区爱心商户“暖新商铺”标识牌"),  # no line ends with “
        ("休憩等服务，让\n新就业群体", "休憩等服务，让新就业群体"),
        ("开展活动\n，吸引居民", "开展活动，吸引居民"),  # no line starts with a comma
        ("已建成6\n座大型数据中心", "已建成6座大型数据中心"),  # a number and its counter
        ("关怀。\n\n马海军 摄\n\n护航安全生产", "关怀。\n\n马海军 摄\n\n护航安全生产"),
        ("护航安全生产\n本报讯（通讯员 于欢）3月31日", "护航安全生产\n本报讯（通讯员 于欢）3月31日"),
        ("臺北市舉辦國際書展\n本報訊（記者 陳美玲）2月4日", "臺北市舉辦國際書展\n本報訊（記者 陳美玲）2月4日"),
        ("乡村振兴的“塔城样本”\n本报记者 马丽 通讯员 陈强\n春天的塔城，", "乡村振兴的“塔城样本”\n本报记者 马丽 通讯员 陈强\n春天的塔城，"),
        ("人民日报 2025年3月5日 星期三 第4版 要闻\n十四届全国人大三次会议在京开幕",
         "人民日报 2025年3月5日 星期三 第4版 要闻\n十四届全国人大三次会议在京开幕"),
    ],
)
def test_join_lines(text: str, expected: str) -> None:
    c = join_lines(text)
    assert c.text == expected
    assert_maps_back(c)


def test_join_lines_in_a_narrow_column() -> None:
    out = join_lines(COLUMN).text.split("\n")
    assert out[:2] == ["双城携手又迎春", "援克工作综述"]  # headline lines stay apart
    assert "截至目前，克拉玛依已建成6座大型数据中心，6.5万个标准机柜，存力达6200PB，智能算力规模达 1.7 万 P，" \
           "位居全疆第一。加大智能算力集群规模建设，跻身全国算力行业“第一方阵”。" in out
    assert "上海产业援克工作不断深入的十年，同样是克拉玛依对内对外开放能力水平不断提升的十年。" in out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("投资633 亿元", "投资633亿元"),
        ("2024 年 11 月", "2024年11月"),
        ("吸引了辖区 11 所幼儿园", "吸引了辖区11所幼儿园"),
        ("达 1.7 万 P，", "达1.7万P，"),
        ("1 234 567元", "1234567元"),
        ("2024 2025年", "2024 2025年"),  # two numbers, not one
        ("今 年 3 月 ，在 上 海 举 办 的", "今年3月，在上海举办的"),  # letter-spaced type
        ("《产 业 领 域 三 年 行 动 计 划", "《产业领域三年行动计划"),
        ("2 0 2 5 年 工 作 报 告", "2025年工作报告"),  # letter-spaced digits: one number
        ("市 1 0 0 0 万元", "市1000万元"),
        ("比分 3 1", "比分3 1"), ("1 2 3", "1 2 3"),  # two numbers, or no Han beside them: apart
        ("本报讯（通讯员 杨丹丹） 4月3日", "本报讯（通讯员 杨丹丹）4月3日"),
        ("张佳佳 通讯员", "张佳佳 通讯员"),  # spaces between names are separators
        ("Python 3 is", "Python 3 is"),
    ],
)
def test_squeeze_spaces(text: str, expected: str) -> None:
    c = squeeze_spaces(text)
    assert c.text == expected
    assert_maps_back(c)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("增长２５％，达１．５亿元", "增长25%，达1.5亿元"),
        ("ＡＢＣ公司", "ABC公司"),
        ("中国－上合组织，（集团）", "中国-上合组织，（集团）"),  # Chinese punctuation stays
    ],
)
def test_fold_width(text: str, expected: str) -> None:
    c = fold_width(text)
    assert c.text == expected and len(c.text) == len(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("克拉瑪依市舉辦「氫能大會」", "克拉玛依市举办“氢能大会”"),
        ("臺灣的經濟發展", "台湾的经济发展"),
        ("克拉玛依市举办氢能大会", "克拉玛依市举办氢能大会"),  # simplified text is left alone
        ("乾隆著名", "乾隆著名"),  # characters used in simplified text too keep their form
        ("香港特區政府衞生署、敍述、櫃枱", "香港特区政府卫生署、叙述、柜台"),  # Hong Kong and Taiwan variant forms
    ],
)
def test_to_simplified(text: str, expected: str) -> None:
    c = to_simplified(text)
    assert c.text == expected and len(c.text) == len(text)


@pytest.mark.parametrize(
    "text, expected",
    [("臺灣的經濟發展", True), ("台湾的经济发展", False), ("", False), ("abc", False)],
)
def test_is_traditional(text: str, expected: bool) -> None:
    assert is_traditional(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("克拉\n\n玛依市有633 亿元", "克拉玛依市有633亿元"),
        ("增長２５％，達 633 億元", "增长25%，达633亿元"),
        ("标题\n正文第一句。", "标题\n正文第一句。"),
        # invisible format characters split names: a direction mark, a zero-width space, a BOM
        ("克拉玛依\u200f市\u200b调研\ufeff", "克拉玛依市调研"),
    ],
)
def test_clean(text: str, expected: str) -> None:
    c = clean(text)
    assert c.text == expected
    assert_maps_back(c, _fold)


def test_clean_joins_hard_wrapped_lines() -> None:
    out = clean(WRAPPED).text
    assert "通讯员 申娜" in out
    assert "此次展览以弘扬" in out
    assert "魅力。\n\n本次画展" in out  # the paragraph break stays


def test_offsets_map_back_to_source() -> None:
    c = clean(WRAPPED)
    i = c.text.index("通讯员")
    s, e = c.span(i, i + 3)
    assert WRAPPED[s:e] == "通讯\n\n员"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_sample_pages_map_back_exactly(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    assert_maps_back(clean(text), _fold)


def test_entity_across_a_broken_line_is_found_whole_with_source_offsets() -> None:
    # (the MSRA-trained model reads 克拉玛依区委史志办 as 史志办 alone: a city it finds instead)
    text = "本报讯（通讯员 赵国香）近期以来，克拉\n\n玛依市发布了《规划》，区档案馆通过专题授课"
    found = [e for e in kmytext.entities(text) if e.name.startswith("克拉玛依")]
    assert found
    e = found[0]
    assert text[e.start:e.end] == e.text == "克拉\n\n玛依" + e.name[4:]


def test_identity() -> None:
    c = identity("abc")
    assert c.text == "abc" and c.span(1, 2) == (1, 2)


def test_cleanup_is_fast_and_linear() -> None:
    page = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    small, big = page * 10, page * 80
    clean(page)
    t0 = time.perf_counter()
    clean(small)
    t1 = time.perf_counter()
    clean(big)
    t2 = time.perf_counter()
    # Generous bounds, for slow and busy machines: about 2-3 M chars/s on a laptop.
    assert len(big) / (t2 - t1) > 300_000
    assert (t2 - t1) < 8 * (t1 - t0) * 3  # eight times the text, not sixty-four times the time


@given(st.text(alphabet="克拉玛依 \n\t亿元0123456789２５％。，“”臺灣", max_size=200))
def test_every_clean_char_comes_from_the_source(text: str) -> None:
    c = clean(text)
    for i, ch in enumerate(c.text):
        src = text[c.to_source(i)]
        assert src == ch or clean(src).text == ch


_TRANSLATED = "克拉玛依臺灣經濟 ２５％ＡＢ1😀𠀀\n『」Ｚ"


@pytest.mark.parametrize("table", [_FULLWIDTH, _t2s(), _t2s_wide(), {ord("😀"): "x", ord("a"): None, 0x20000: 0x41}])
@given(st.text(alphabet=_TRANSLATED, max_size=300))
def test_translate_is_str_translate(table: dict[int, int], text: str) -> None:
    assert translate(text, table) == text.translate(table)


def test_translate_of_a_long_text_with_many_changes() -> None:
    # Past the budget of changes it hands over to str.translate: the same result either way.
    # (there, a table over the BMP is looked up as a list: deletions and astral characters alike)
    text = "臺灣經濟２５％😀一a" * 2000
    for table in (_FULLWIDTH, _t2s(), _t2s_wide(), {ord("２"): ord("2"), ord("a"): None, ord("經"): "经济"}):
        assert translate(text, table) == text.translate(table)
    assert translate("一二三", _t2s()) == "一二三"


_LEDE_AT_LINE = regex.compile(r"(?m)^[ \t\u3000\u00a0]*\K(?:" + _LEDE.pattern + ")")


@given(st.lists(st.sampled_from(["本报讯", "记者 ", "新华社北京电", "文/", " ", "\u3000", "\t", "\n", "\r", "\x0b",
                                 "\u2028", "。", "克拉"]), max_size=12).map("".join))
def test_lede_at_is_a_lede_at_a_line_start(text: str) -> None:
    ledes = {m.start() for m in _LEDE_AT_LINE.finditer(text)}
    for m in _LINE.finditer(text):
        assert _lede_at(text, m.start()) == (m.start() in ledes)


def test_a_line_of_separator_controls_is_no_line() -> None:
    # \x1c-\x1f are whitespace to str.strip and line breaks to str.splitlines, not to regex's \s
    assert clean("\x1f\n0").text == "\x1f\n0"


# --- layout: hard-wrapped columns or whole paragraphs (issue 16) ----------------------------

DATA = SEEDS.parent / "tests" / "data"
MSR = SEEDS.parent.parent / "shared" / "data" / "seg" / "msr_test.utf8"


def test_one_paragraph_a_line_keeps_every_break() -> None:
    """News scraped from the web, one sentence or paragraph a line: cleanup joins nothing."""
    from kmytext.text.normalize import layout

    text = (DATA / "msr_sample.txt").read_text(encoding="utf-8")
    assert layout(text).kind == "paragraphs"
    assert clean(text).text.count("\n") == text.count("\n")


@pytest.mark.skipif(not MSR.exists(), reason="needs ../shared/data/seg/msr_test.utf8")
def test_the_msr_test_text_keeps_every_break() -> None:
    text = MSR.read_text(encoding="utf-8")
    assert clean(text).text.count("\n") == text.count("\n") == 3985


def test_layout_of_print_columns_and_short_texts() -> None:
    from kmytext.text.normalize import layout

    page = (SEEDS / "karamay_2025_community_briefs.txt").read_text(encoding="utf-8")
    assert (layout(page).kind, layout(page).sure) == ("columns", True)
    assert layout(COLUMN).kind == "columns"
    assert layout("克拉\n\n玛依市").kind == "short"
    assert join_lines("克拉\n\n玛依市").text == "克拉玛依市"  # a short text goes by the words across the break


def test_people_s_daily_style_text_keeps_lines_and_titles() -> None:
    """One paragraph a line with headlines, list items and a weather report
    (tests/data/pd_articles.txt, made by tools/build/pd_articles.py): cleanup keeps every
    line, and articles finds every title, as printed (『王』 stays 『王』), as in the raw text: one
    under a dateline in brackets (本报济州（韩国）4月29日电) and one after the weather lines
    among them."""
    text = (DATA / "pd_articles.txt").read_text(encoding="utf-8")
    cleaned = clean(text).text
    assert cleaned.count("\n") == text.count("\n")
    lines = cleaned.splitlines()
    assert "（一）加强领导，明确责任；" in lines and "北京 多云18℃/8℃" in lines  # (the space before a number goes)
    titles = [line for i, line in enumerate(text.splitlines()) if i == 0 or not text.splitlines()[i - 1]]
    found = [(a.start, a.title) for a in kmytext.articles(text)]
    assert found == [(a.start, a.title) for a in kmytext.articles(text, clean=False)]
    assert len(titles) == 12 and [t for _, t in found] == titles


def test_list_items_and_weather_lines_stay_on_their_lines_in_a_column() -> None:
    column = COLUMN + "采取以下措施：\n（一）加强领导，明确\n责任；\n（二）广泛宣传。\n今日天气\n北京 多云 18℃/8℃\n"
    out = join_lines(column).text
    assert "\n（一）加强领导，明确责任；\n（二）广泛宣传。" in out
    assert "\n北京 多云 18℃/8℃\n" in out


def test_a_layout_in_between_is_said_on_notice(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """When the lines could be either, Corpus says which layout it read and suggests --raw."""
    path = tmp_path / "half.txt"
    path.write_text("".join("这是一个比较短的句子。\n" if i % 2 else "这是没有句号的一行文字\n" for i in range(12)),
                    encoding="utf-8")
    notes: list[str] = []
    list(kmytext.Corpus([path], on_notice=notes.append).documents())
    assert len(notes) == 1 and "line layout not clear" in notes[0] and "--raw" in notes[0]
    notes.clear()
    list(kmytext.Corpus([SEEDS / "karamay_2025_community_briefs.txt"], on_notice=notes.append).documents())
    assert notes == []


def test_a_folder_of_unclear_layouts_gets_three_notices_and_a_count(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A folder of short articles whose layouts are all unclear: the first three files are
    named, the rest counted in one line (a notice per file flooded stderr on a large folder)."""
    text = "".join("这是一个比较短的句子。\n" if i % 2 else "这是没有句号的一行文字\n" for i in range(12))
    for n in range(10):
        (tmp_path / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    notes: list[str] = []
    corpus = kmytext.Corpus([tmp_path], on_notice=notes.append)
    assert len(list(corpus.documents())) == 10
    assert [n.split(":")[1].strip().endswith(".txt") for n in notes[:3]] == [True] * 3
    assert len(notes) == 4 and "in 7 more files" in notes[3] and "03.txt" in notes[3]
    notes.clear()
    list(corpus.documents())  # read again: counted afresh
    assert len(notes) == 4
