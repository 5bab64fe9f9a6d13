"""kmytext posts: person-position-organisation triples from news phrasing, normalised and counted.

Accuracy is measured by ``python -m tools.eval posts`` on the annotated sentences; these tests
pin the phrasings and the normalisation, one row each."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import kmytext
from kmytext.cli import app

runner = CliRunner()


def _triples(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.person, p.position, p.org) for p in kmytext.posts(text)]


PHRASINGS = [
    ("国务院总理李强主持会议。", [("李强", "总理", "国务院")]),
    ("克拉玛依市委书记张三调研。", [("张三", "书记", "克拉玛依市委")]),
    ("外交部长钱其琛出席。", [("钱其琛", "部长", "外交部")]),                  # 外交部长: 外交部 + 部长
    ("城建局长周欣光讲话。", [("周欣光", "局长", "城建局")]),
    ("国家主席江泽民会见了他。", [("江泽民", "主席", "国家")]),                 # 国家主席: 国家 + 主席
    ("美国总统克林顿抵达北京。", [("克林顿", "总统", "美国")]),
    ("江泽民主席访问美国。", [("江泽民", "主席", None)]),
    ("同学们谈到江总书记的要求。", [("江", "总书记", None)]),                   # a surname alone
    ("广州市乐华电子销售有限公司总经理褚秀菊介绍说。", [("褚秀菊", "总经理", "广州市乐华电子销售有限公司")]),
    ("省委常委、常务副省长李大强带队。", [("李大强", "常委", "省委"), ("李大强", "常务副省长", None)]),
    ("国务委员李贵鲜、罗干出席。", [("李贵鲜", "国务委员", None), ("罗干", "国务委员", None)]),
    ("哈塔米就任伊朗总统后访问欧洲。", [("哈塔米", "总统", "伊朗")]),
    ("王志宝当选为国际竹藤组织理事会主席。", [("王志宝", "主席", "国际竹藤组织理事会")]),
    ("中国气象局局长温克刚和名誉局长邹竞蒙陪同。", [("温克刚", "局长", "中国气象局"),
                                                   ("邹竞蒙", "名誉局长", "中国气象局")]),   # shared
    ("北京城建集团董事长兼总经理王民岗讲话。", [("王民岗", "董事长", "北京城建集团"),
                                                ("王民岗", "总经理", "北京城建集团")]),
    ("五角大楼女发言人苏珊·汉森说。", [("苏珊·汉森", "发言人", "五角大楼")]),
    ("华东师范大学教授胡焕庸的研究。", [("胡焕庸", "教授", "华东师范大学")]),
]


@pytest.mark.parametrize("text, expected", PHRASINGS)
def test_a_phrasing_gives_its_posts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = kmytext.posts(text)
    assert [(p.person, p.position, p.org) for p in found] == expected
    for p in found:
        assert text[p.start:p.end] == p.text
        assert text[p.person_start:p.person_end] == p.person
        assert p.start <= p.person_start and p.person_end <= p.end


NOT_POSTS = [
    "如情况属实，由有关主管单位的纪检监察部门处理。",                  # 主管单位: a supervising unit, 单位 no name
    "张教授在会上发言。",                      # a rank with no organisation
    "本报记者王明报道。",                      # a byline
    "外交部发言人说，中方欢迎。",              # a title with no name
    "他于１９８２年出任荷兰中央银行行长。",    # a post held by a pronoun
    "李先生和王女士出席。",                    # honorifics
    "城市长远发展需要规划。",                  # 市长 inside other words
]


@pytest.mark.parametrize("text", NOT_POSTS)
def test_ranks_bylines_pronouns_and_honorifics_are_no_posts(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize("text, former", [
    ("原航天工业部部长张钧逝世。", True),
    ("巴前总理贝·布托抵达。", True),
    ("晏勋甫曾出任汉口市市长。", True),
    ("汉口市市长晏勋甫到任。", False),
])
def test_former_posts(text: str, former: bool) -> None:
    found = kmytext.posts(text)
    assert found and all(p.former is former for p in found)


def test_a_surname_alone_counts_under_the_full_name_the_document_gives() -> None:
    text = "江泽民主席会见了代表。同学们谈到江总书记的要求。"
    assert [(p.person, p.name) for p in kmytext.posts(text)] == [("江泽民", "江泽民"), ("江", "江泽民")]


PAGES = ["国务院\n\n本报北京2021年3月5日电 国务院总理李强主持召开常务会议。\n",
         "会见\n\n本报北京2022年4月6日电 国务院总理李强会见外宾。国务院总理李强强调合作。\n"]


def test_post_counts_count_mentions_documents_and_dates() -> None:
    rows = kmytext.post_counts(kmytext.posts(PAGES))
    assert [r.as_dict() for r in rows] == [
        {"person": "李强", "position": "总理", "org": "国务院", "count": 3, "documents": 2,
         "first_date": "2021-03-05", "last_date": "2022-04-06", "former": 0}]


def test_corpus_posts_and_counts() -> None:
    corpus = kmytext.Corpus.from_texts(PAGES, by="article")
    assert [p.doc for p in corpus.posts()] == ["1#1", "2#1", "2#1"]
    assert [(c.person, c.count) for c in corpus.post_counts(min_count=2)] == [("李强", 3)]


def test_traditional_text_keeps_its_script() -> None:
    assert _triples("國務院總理李強會見了美國總統克林頓。") == [("李強", "總理", "國務院"), ("克林頓", "總統", "美國")]


def test_simplified_gives_the_posts_of_traditional_text_in_simplified_characters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "hk.txt"
    page.write_text("國務院總理李強會見了香港特別行政區行政長官李家超。", encoding="utf-8")
    rows = lambda *more: [(r["person"], r["position"], r["org"]) for r in csv.DictReader(io.StringIO(  # noqa: E731
        runner.invoke(app, ["posts", str(page), "-f", "csv", "--no-bom", *more]).stdout))]
    assert rows() == [("李家超", "行政長官", "香港特別行政區"), ("李強", "總理", "國務院")]
    assert rows("--simplified") == [("李家超", "行政长官", "香港特别行政区"), ("李强", "总理", "国务院")]
    mention = list(csv.DictReader(io.StringIO(runner.invoke(
        app, ["posts", str(page), "--simplified", "--mentions", "-f", "csv", "--no-bom"]).stdout)))[0]
    assert (mention["person"], mention["phrase"]) == ("李强", "國務院總理李強")  # the phrase as written


def test_the_command_counts_posts_and_lists_mentions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for i, text in enumerate(PAGES):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["posts", str(tmp_path), "-f", "csv", "--no-bom"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["person"], r["position"], r["org"], r["count"], r["documents"]) for r in rows] == [
        ("李强", "总理", "国务院", "3", "2")]
    result = runner.invoke(app, ["posts", str(tmp_path), "--mentions", "-f", "csv", "--no-bom"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["phrase"], r["date"]) for r in rows] == [("国务院总理李强", "2021-03-05"), ("国务院总理李强", "2022-04-06"),
                                                       ("国务院总理李强", "2022-04-06")]


def test_former_is_a_count_in_both_tables(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The mentions' former was True/False where the posts table counts mentions: it is each
    mention's own count, 1 or 0, so the mentions of a post add up to the posts' column."""
    page = tmp_path / "p.txt"
    page.write_text("前国务院总理李强会见外宾。国务院总理李强强调合作。\n", encoding="utf-8")
    for fmt in ("csv", "json"):
        posts = runner.invoke(app, ["posts", str(page), "-f", fmt, "--no-bom"]).stdout
        mentions = runner.invoke(app, ["posts", str(page), "--mentions", "-f", fmt, "--no-bom"]).stdout
        if fmt == "csv":
            total = [r["former"] for r in csv.DictReader(io.StringIO(posts))]
            each = [r["former"] for r in csv.DictReader(io.StringIO(mentions))]
            assert (total, each) == (["1"], ["1", "0"])
        else:
            assert [r["former"] for r in json.loads(posts)] == [1]
            assert [r["former"] for r in json.loads(mentions)] == [1, 0]
    assert [p.former for p in kmytext.posts(page.read_text(encoding="utf-8"))] == [True, False]  # in Python a bool


# Organisations and names taken whole (issue 18, read on the dev and dev2 splits).
WHOLE = [
    ("阿尔及利亚能源和矿业部长沙基卜·哈利勒表示，", [("沙基卜·哈利勒", "部长", "阿尔及利亚能源和矿业部")]),
    ("华中理工大学电子与信息工程系研究室主任张肇群完成了课题。",
     [("张肇群", "主任", "华中理工大学电子与信息工程系研究室")]),
    ("美国前参谋长联席会议主席托马斯·穆勒。", [("托马斯·穆勒", "主席", "参谋长联席会议")]),
    ("柬埔寨人民党在金边举行集会，该党主席谢辛和副主席洪森出席。",
     [("谢辛", "主席", "柬埔寨人民党"), ("洪森", "副主席", "柬埔寨人民党")]),      # 该党
    ("南京银行建宁路支行缪行长表示，", [("缪", "行长", "南京银行建宁路支行")]),
    ("中国足协专职副主席张吉龙当选亚足联副主席。", [("张吉龙", "专职副主席", "中国足协"), ("张吉龙", "副主席", "亚足联")]),
    ("香港国际电影节艺术总监李焯桃表示，", [("李焯桃", "艺术总监", "香港国际电影节")]),
    ("国家统计局新闻发言人付凌晖表示，", [("付凌晖", "新闻发言人", "国家统计局")]),  # not the organisation 国家统计局新闻
    ("外交部发言人朱邦造说，", [("朱邦造", "发言人", "外交部")]),
    ("安徽省护理学会荣誉理事长汪赛进、上海市第六人民医院护理部主任陆冰获奖。",
     [("汪赛进", "荣誉理事长", "安徽省护理学会"), ("陆冰", "主任", "上海市第六人民医院护理部")]),  # 汪赛|进
    ("马来西亚的夏赫连任亚足联主席。", [("夏赫", "主席", "亚足联")]),
    ("罗干会晤了英国副首相普雷斯科特。", [("普雷斯科特", "副首相", "英国")]),
    ("交给支书张国华一万元。", [("张国华", "支书", None)]),
    ("埃雷拉从沃克艺术中心主任手中接受了奖。", []),                                 # 从 is no part of it
]


@pytest.mark.parametrize("text, expected", WHOLE)
def test_organisations_and_names_are_taken_whole(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


def test_post_counts_of_text_says_what_it_takes() -> None:
    with pytest.raises(TypeError, match=r"post_counts\(kmytext.posts"):
        kmytext.post_counts("国务院总理李强说。")  # type: ignore[arg-type]


# X是Y的Z: a copula with the title closing its clause (sentences written for these tests)
COPULA = [
    ("李明是华东理工大学的教授。", [("李明", "教授", "华东理工大学")]),
    ("赵丽现在是省人民医院的副院长，她说。", [("赵丽", "副院长", "省人民医院")]),
    ("王刚和李强都是华东理工大学的教授。", [("王刚", "教授", "华东理工大学"), ("李强", "教授", "华东理工大学")]),
    ("张华说这是总理的决定。", []),                                  # the title does not close the clause
]


@pytest.mark.parametrize("text, expected", COPULA)
def test_a_copula_gives_the_subject_its_title(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = kmytext.posts(text)
    assert [(p.person, p.position, p.org) for p in found] == expected
    for p in found:
        assert text[p.start:p.end] == p.text


# Organisations the segmenter splits (sentences written for these tests)
SPLIT_ORGS = [
    ("联合国驻华代表处主任张明出席了会议。", [("张明", "主任", "联合国驻华代表处")]),          # a verb between two names
    ("会见了来访的巴西国家联合调查局局长席尔瓦。", [("席尔瓦", "局长", "巴西国家联合调查局")]),
    ("记者采访了创办不久的和平饭店总经理李强。", [("李强", "总经理", "和平饭店")]),              # 和 after 的 starts a name
    ("——记北京燕京啤酒集团公司董事长李福成", [("李福成", "董事长", "北京燕京啤酒集团公司")]),    # a feature's subtitle
    ("华为技术（深圳）有限公司总裁王强说。", [("王强", "总裁", "华为技术（深圳）有限公司")]),    # a place in brackets inside
    ("非洲开发银行（非行）行长卡巴杰说。", [("卡巴杰", "行长", "非洲开发银行")]),              # a note after the name
]


@pytest.mark.parametrize("text, expected", SPLIT_ORGS)
def test_organisations_the_segmenter_splits_are_taken_whole(text: str, expected: list[tuple[str, str, str | None]]
                                                            ) -> None:
    assert _triples(text) == expected


# Organisations shared down a list, and titles joined by 和 before 的 and a name (sentences written for these tests)
SHARED = [
    ("法国总统马克龙、总理巴尔尼耶、议长布朗会见了代表团。",
     [("马克龙", "总统", "法国"), ("巴尔尼耶", "总理", "法国"), ("布朗", "议长", "法国")]),
    ("大家都认识现任市交通局副局长和市公交公司总经理的刘洋。",
     [("刘洋", "副局长", "市交通局"), ("刘洋", "总经理", "市公交公司")]),
]


@pytest.mark.parametrize("text, expected", SHARED)
def test_organisations_shared_down_a_list_and_titles_joined_by_he(text: str,
                                                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


# The order of a tenure is no part of the position (首任, like 第十任), also opening a sentence
TENURE = [
    ("哈萨克斯坦首任总统纳扎尔巴耶夫出席了仪式。", [("纳扎尔巴耶夫", "总统", "哈萨克斯坦")]),
    ("首任校长李明在会上讲话。", [("李明", "校长", None)]),
]


@pytest.mark.parametrize("text, expected", TENURE)
def test_the_order_of_a_tenure_is_dropped(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


# 首席 and 助理 stay with the office (首席顾问, 助理教练, 行长助理); 工程师 and 设计师 count with an organisation
WHOLE_TITLES = [
    ("国家气候中心首席预报员不算，国家信息中心首席顾问王刚表示。", [("王刚", "首席顾问", "国家信息中心")]),
    ("中国建设银行行长助理张伟讲话。", [("张伟", "行长助理", "中国建设银行")]),
    ("北京国安队助理教练李明说。", [("李明", "助理教练", "北京国安队")]),
    ("比亚迪公司工程师刘强介绍。", [("刘强", "工程师", "比亚迪公司")]),
    ("高级工程师王强说。", []),                                          # a rank with no organisation
]


@pytest.mark.parametrize("text, expected", WHOLE_TITLES)
def test_chief_and_assistant_stay_with_the_office(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


# 委员 keeps a two-character field before it (专家委员, 中央委员), not the end of a name
FIELDS = [
    ("省环保厅专家咨询委员会专家委员刘伟说。", [("刘伟", "专家委员", "省环保厅专家咨询委员会")]),
    ("张华当选为该党的中央委员。", []),                                  # 该党 with no party named before
    ("李红当选为共产党的中央委员。", [("李红", "中央委员", "共产党")]),
    ("全国政协委员李明说。", [("李明", "委员", "全国政协")]),
]


@pytest.mark.parametrize("text, expected", FIELDS)
def test_a_member_keeps_its_field(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


# 兼 between two posts of one person with their own organisations (the segmenter glues it to the next: 兼县)
CONCURRENT = [
    ("县委副书记兼县纪委书记李强讲话。", [("李强", "副书记", "县委"), ("李强", "书记", "县纪委")]),
    ("市人大常委会副主任兼市总工会主席王刚出席。", [("王刚", "副主任", "市人大常委会"), ("王刚", "主席", "市总工会")]),
]


@pytest.mark.parametrize("text, expected", CONCURRENT)
def test_concurrent_posts_keep_their_own_organisations(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


def test_the_head_of_a_corps_is_its_zongduizhang() -> None:
    assert _triples("武警新疆总队总队长王刚说。") == [("王刚", "总队长", "武警新疆总队")]


def test_stacked_company_offices_share_the_company() -> None:
    assert _triples("华为公司董事长、总裁任正非出席。") == [("任正非", "董事长", "华为公司"), ("任正非", "总裁", "华为公司")]
    # a state office after a party office keeps no organisation (省委常委、常务副省长)
    assert _triples("省委常委、常务副省长李大强带队。") == [("李大强", "常委", "省委"), ("李大强", "常务副省长", None)]


# A bare 公司 opening a clause stands for the company the sentence is about (the conventions' anaphoric 公司)
TOPIC = [
    ("北京燕京啤酒集团公司今年扭亏为盈，公司总经理李明介绍说。", [("李明", "总经理", "北京燕京啤酒集团公司")]),
    ("人保财险作为承保者，公司董事长王刚赶到现场。", [("王刚", "董事长", "人保财险")]),
    ("北京大学举办了讲座，公司董事长李明出席。", [("李明", "董事长", "公司")]),      # a university is no company
]


@pytest.mark.parametrize("text, expected", TOPIC)
def test_a_bare_company_is_the_one_the_sentence_is_about(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


# Words and times the segmenter or the name pattern would take for names next to a title
NOT_NAMES = [
    ("昨天上午，市红十字会代表市政府慰问了灾民。", []),            # 昨天上午 tagged a name; 代表 a verb
    ("他们同居委会主任商量过，决定修路。", []),                    # 商量过 is no name
    ("李鹏同志任总理时已年过六十。", [("李鹏", "总理", None)]),     # 时已 is no name
]


@pytest.mark.parametrize("text, expected", NOT_NAMES)
def test_words_and_times_are_no_names(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


# Counts are no part of an organisation: 一下 (等一下), a count of people before a title said of a group
COUNTS = [
    ("等一下欧美留学中心总监王红将为大家解答。", [("王红", "总监", "欧美留学中心")]),
    ("县委书记李明将全县12位乡镇党委书记召集到县里开会。", [("李明", "书记", "县委")]),
]


@pytest.mark.parametrize("text, expected", COUNTS)
def test_counts_are_no_part_of_an_organisation(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


def test_a_withheld_name_is_whole() -> None:
    assert _triples("市教育局局长李某某表示，将严肃处理。") == [("李某某", "局长", "市教育局")]


# An envoy's post carries the place it is posted to (the conventions' 驻意大利大使 of 美国)
ENVOYS = [
    ("中国驻法国大使卢沙野说。", [("卢沙野", "驻法国大使", "中国")]),
    ("新任驻美大使谢锋抵达华盛顿。", [("谢锋", "驻美大使", None)]),               # not org '新任驻美'
    ("联合国驻华代表处主任张明出席了会议。", [("张明", "主任", "联合国驻华代表处")]),  # 驻华 inside a body's name
]


@pytest.mark.parametrize("text, expected", ENVOYS)
def test_an_envoy_keeps_the_place_posted_to(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


def test_a_rank_stacked_after_a_post_is_held_in_its_body() -> None:
    assert _triples("北京大学化学系主任、教授李明说。") == [("李明", "主任", "北京大学化学系"), ("李明", "教授", "北京大学化学系")]


def test_stacked_titles_across_a_former_mark_and_a_dash_before_the_name() -> None:
    found = kmytext.posts("市人大代表、原市公安局局长王刚的妻子李红说。")
    assert [(p.person, p.position, p.org, p.former) for p in found] == [("王刚", "代表", "市人大", False),
                                                                        ("王刚", "局长", "市公安局", True)]
    assert _triples("他就是全县闻名的致富能手、红星村党支部书记——李建国。") == [("李建国", "书记", "红星村党支部")]


def test_a_three_character_name_opening_with_a_verb_like_surname_is_whole() -> None:
    # 谢 is also a verb: the rule that cuts a verb the entity step ran into a name (访|米亚特) left 圣明
    assert _triples("人物简介：谢建华，市人大代表、宏达集团董事长。") == [("谢建华", "代表", "市人大"),
                                                                      ("谢建华", "董事长", "宏达集团")]


def test_a_grade_is_no_organisation() -> None:
    assert ("王强", "工程师", "教授级高级") not in _triples("教授级高级工程师王强说。")


DUTIES = [
    ("市政府分管教育的副市长王刚出席。", [("王刚", "副市长", "市政府")]),
    ("欧盟负责贸易事务的委员萨菲说。", [("萨菲", "委员", "欧盟")]),
]


@pytest.mark.parametrize("text, expected", DUTIES)
def test_a_duty_between_body_and_title_is_dropped(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


LEFT_EDGES = [
    # a wire mark the segmenter glued to the organisation (本报讯, 五月二十六日电)
    ("本报讯宝洁公司首席执行官白波今天在北京宣布。", [("白波", "首席执行官", "宝洁公司")]),
    ("据新华社北京五月二十六日电全国人大常委会副委员长成思危今天会见了客人。", [("成思危", "副委员长", "全国人大常委会")]),
    # 原 as a word of its own ends the organisation, and makes the post former
    ("法院以受贿罪判处原宿迁市副市长黄登仁有期徒刑15年。", [("黄登仁", "副市长", "宿迁市")]),
    # where a meeting was held, and a word for people before an organisation, are no part of it
    ("《铁的新四军》座谈会在京举行九三学社中央副主席安振东出席了会议。", [("安振东", "副主席", "九三学社中央")]),
    ("报告团部分成员技术物理所研究员陈桂林作了报告。", [("陈桂林", "研究员", "技术物理所")]),
]


@pytest.mark.parametrize("text, expected", LEFT_EDGES)
def test_an_organisation_starts_after_wire_marks_former_marks_meetings_and_people(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


def test_a_former_mark_the_segmenter_keeps_apart_makes_the_post_former() -> None:
    found = kmytext.posts("法院以受贿罪判处原宿迁市副市长黄登仁有期徒刑15年。")
    assert [p.former for p in found] == [True]


COMPOUND_TITLES = [
    # a field before 大臣 and 顾问 stays with the title; 总参谋长 keeps its 总
    ("首相会见了来访的西班牙外交大臣马图特斯。", [("马图特斯", "外交大臣", "西班牙")]),
    ("中国人民解放军总参谋长傅全有今天会见了客人。", [("傅全有", "总参谋长", "中国人民解放军")]),
    ("约旦副首相兼外交大臣阿纳尼发表声明。", [("阿纳尼", "副首相", "约旦"), ("阿纳尼", "外交大臣", "约旦")]),
    # only right after a name, 的 or 兼: inside a longer field the field stays with the organisation
    ("美国总统国家安全事务顾问伯杰说，会谈有成果。", [("伯杰", "顾问", "国家安全事务")]),
    # offices of parties abroad
    ("他会见了日本自民党干事长加藤一、社民党党首土井多贺子。", [("加藤一", "干事长", "日本自民党"), ("土井多贺子", "党首", "社民党")]),
    # Hong Kong's chief executive is 行政长官 whole, not 长官, in either script
    ("香港特区行政长官李家超说，会全力支持。", [("李家超", "行政长官", "香港特区")]),
    ("行政長官李家超今日表示，會全力支持。", [("李家超", "行政長官", None)]),
]


@pytest.mark.parametrize("text, expected", COMPOUND_TITLES)
def test_compound_titles_stay_whole(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


SHARED_ORGANISATIONS = [
    # 该市 is the city named before it in the sentence
    ("李瑞环今天中午在波尔多市与该市市长朱佩亲切会见。", [("朱佩", "市长", "波尔多市")]),
    # a company's board offices joined by 和 are one company's (首席执行官 whole, not 执行|官)
    ("冯·皮勒1992年起担任西门子公司总裁和首席执行官。", [("冯·皮勒", "总裁", "西门子公司"), ("冯·皮勒", "首席执行官", "西门子公司")]),
    ("微软公司总裁和首席执行官比尔·盖茨说，软件很重要。", [("比尔·盖茨", "总裁", "微软公司"), ("比尔·盖茨", "首席执行官", "微软公司")]),
    # a coordination goes on across an honorific after the name
    ("北京大学校长陈佳洱教授、副校长迟惠生教授参加了座谈。", [("陈佳洱", "校长", "北京大学"), ("迟惠生", "副校长", "北京大学")]),
    # a nationality is no organisation
    ("由英籍主教练霍顿执教的国家队将于下周集训。", [("霍顿", "主教练", None)]),
]


@pytest.mark.parametrize("text, expected", SHARED_ORGANISATIONS)
def test_shared_organisations_and_nationalities(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


NAMES_AND_WIRE_MARKS = [
    # a name spelt again in Latin letters in brackets is the name as printed
    ("主教练菲尔·布朗（philbrown）正在积极求购切尔西的秘鲁前锋皮萨罗，", [("菲尔·布朗", "主教练", None)]),
    # 又讯 is a wire mark, no part of the organisation after it
    ("又讯广东香江企业集团总经理翟美卿女士向基金会捐赠了100万元人民币。", [("翟美卿", "总经理", "广东香江企业集团")]),
    # a wire mark only as words of its own, not inside 电话 or 电视台
    ("北京市旅行社电话销售部经理刘某说，订单很多。", [("刘某", "经理", "北京市旅行社电话销售部")]),
    ("5日电视台台长王某表示，节目将改版。", [("王某", "台长", "电视台")]),
]


@pytest.mark.parametrize("text, expected", NAMES_AND_WIRE_MARKS)
def test_latin_notes_and_wire_marks(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected
