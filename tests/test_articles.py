from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS, check_golden
from kmytext.text.articles import articles, credits, dateline
from kmytext.cli import app

BRIEFS = SEEDS / "karamay_2025_community_briefs.txt"
FEATURE = SEEDS / "karamay_2025_shanghai_aid_feature.txt"
runner = CliRunner()


def _squeeze(s: str) -> str:
    return "".join(s.split())


def _golden_lines(text: str) -> str:
    rows = []
    for n, a in enumerate(articles(text), 1):
        row = {k: v for k, v in a.as_dict().items() if k != "text"}
        row["credits"] = [c.as_dict() for c in a.credits]
        rows.append(json.dumps({"n": n, **row, "length": a.length}, ensure_ascii=False))
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("page", [BRIEFS, FEATURE], ids=lambda p: p.stem)
def test_golden_articles(page: Path) -> None:
    check_golden(f"articles_{page.stem}.jsonl", _golden_lines(page.read_text(encoding="utf-8")))


def test_briefs_page_lists_fourteen_items_and_the_feature() -> None:
    found = articles(BRIEFS.read_text(encoding="utf-8"))
    assert [a.title for a in found] == [
        "“暖新商铺”挂牌", "护航安全生产", "共享非遗之美", "书法课进社区", "展出生肖版画", "领略科技魅力",
        "提升专业水平", "开展宣讲比赛", "赋能春牧生产", "传承红色基因", "理解节日内涵", "训练急救技能",
        "宣传优育政策", "装扮“聚邻花园”", "双城携手又迎春",
    ]
    assert all(a.credits for a in found)  # every item credits someone
    assert [(c.name, c.role) for c in found[0].credits] == [("马海军", "photographer")]
    assert [(c.name, c.role) for c in found[4].credits] == [("张佳佳", "reporter"), ("申娜", "correspondent")]
    assert found[-1].subtitle == "援克工作综述"
    assert [(c.name, c.role) for c in found[-1].credits] == [("非尔代维斯·热夏提", "photographer")]
    assert "培育增长新动能" in found[-1].text  # a section head stays inside the feature
    assert found[0].date == "--03-26" and found[6].date is None  # 近期以来: no dateline


def test_feature_page_is_one_article_with_its_section_heads() -> None:
    text = FEATURE.read_text(encoding="utf-8")
    (a,) = articles(text)
    assert a.title == "玉兰飘香天山畔 沪克携手构建多元化对口支援新格局"
    for head in ("多元产业强引擎", "民生保障补短板", "育才扶智打基础", "合作交流筑平台"):
        assert head in a.text


@pytest.mark.parametrize("page", [BRIEFS, FEATURE], ids=lambda p: p.stem)
def test_offsets_point_into_the_page(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for a in articles(text):
        assert a.text == text[a.start:a.end]
        assert a.text == a.text.strip()
        for c in a.credits:
            assert a.start <= c.start < c.end <= a.end
            assert _squeeze(text[c.start:c.end]) == c.name


# Pages laid out like other papers: page furniture, Xinhua items, bylines under the headline,
# a photo story whose credit stands above its headline, traditional script.
SYNTHETIC = [
    (
        (
        "人民日报 2025年3月5日 星期三 第4版 要闻\n\n"
        "十四届全国人大三次会议在京开幕\n"
        "本报北京3月5日电（记者 王明、李华）十四届全国人大三次会议5日上午在人民大会堂开\n"
        "幕。近3000名全国人大代表出席会议。\n\n"
        "会议听取了政府工作报告。代表们认为，报告实事求是、\n目标明确。\n\n"
        "今年发展主要预期目标\n"
        "新华社北京3月5日电 今年发展主要预期目标是：国内生产总值增长5%左右。\n\n"
        "责任编辑：赵刚\n"
        ),
        [("十四届全国人大三次会议在京开幕", "--03-05", [("王明", "reporter"), ("李华", "reporter")]),
         ("今年发展主要预期目标", "--03-05", [])],
    ),
    (
        (
        "走进新时代\n乡村振兴的“塔城样本”\n——记塔城地区乡村振兴工作\n本报记者 马丽 通讯员 陈强\n\n"
        "春天的塔城，麦苗返青。在额敏县，\n一片片农田里，农民们正忙着春耕。\n\n"
        "产业兴旺\n2024年，全县农业总产值达到52.3亿元，比上年增长\n6.1%。\n\n"
        "生活富裕\n农民人均可支配收入增长7%。\n"
        ),
        [("乡村振兴的“塔城样本”", None, [("马丽", "reporter"), ("陈强", "correspondent")])],
    ),
    (
        (
        "本报乌鲁木齐2024年12月31日电（记者 阿依古丽 摄影记者 刘洋）31日，新年音乐会在新疆大剧院举行。\n\n"
        "音乐会持续两个小时。\n\n"
        "沪沪 克克\n\n"
        "刘洋 摄\n天山脚下的雪景。\n\n"
        "冬日天山\n"
        "1月2日，游客在天池景区赏雪。\n"
        ),
        [("", "2024-12-31", [("阿依古丽", "reporter"), ("刘洋", "photographer")]),
         ("冬日天山", "--01-02", [("刘洋", "photographer")])],
    ),
    (
        (
        "臺北市舉辦國際書展\n本報訊（記者 陳美玲）2月4日，臺北國際書展在世貿中心開幕，吸引來自\n"
        "三十多個國家的出版社參展。\n\n書展期間共舉辦講座一千餘場。\n"
        ),
        [("臺北市舉辦國際書展", "--02-04", [("陳美玲", "reporter")])],  # the title and the name as printed
    ),
]


ECONOMIC = (
    "2025年3月6日 星期四                    经济日报                          第3版 综合\n\n"
    "    聚焦全国两会\n一季度外贸开局平稳\n——进出口总值同比增长2.4%\n本报记者 李明\n\n"
    "海关总署3月5日发布数据显示，今年前两个\n月，我国货物贸易进出口总值6.54万亿元，同比\n"
    "增长2.4%。其中，出口3.88万亿元，增长\n3.4%；进口2.66万亿元，下降0.9%。\n\n"
    "海关总署统计分析司司长吕大良表示，前两\n个月外贸运行总体平稳。\n\n"
    "民营企业活力增强\n前两个月，民营企业进出口3.68万亿元，增\n长4.6%，占我国外贸总值的56.3%。\n\n"
    "编者按：春耕时节，记者走进田间地头，记录\n新农人的故事。\n\n"
    "田野里的“新农人”\n新华社记者 王强 张丽\n\n"
    "清晨六点，湖北省潜江市的稻田里，29岁的\n陈刚已经开始检查无人机。“今年我们合作社种\n"
    "了三千亩。”他说。\n\n（本报记者 赵六）\n\n责任编辑：孙七　版式设计：周八\n"
)


def test_headline_parts_editors_note_and_closing_byline() -> None:
    first, second = articles(ECONOMIC)
    assert (first.kicker, first.title, first.subtitle) == ("聚焦全国两会", "一季度外贸开局平稳", "进出口总值同比增长2.4%")
    assert [(c.name, c.role) for c in first.credits] == [("李明", "reporter")]
    assert "民营企业活力增强" in first.text and "编者按" not in first.text  # a section head; a note for the next
    assert second.title == "田野里的“新农人”" and second.text.startswith("编者按")
    assert [c.name for c in second.credits] == ["王强", "张丽", "赵六"]
    assert not any("责任编辑" in a.text for a in (first, second))  # page furniture


@pytest.mark.parametrize("text, expected", SYNTHETIC, ids=["renmin", "feature", "photo", "traditional"])
def test_synthetic_pages(text: str, expected: list[tuple[str, str | None, list[tuple[str, str]]]]) -> None:
    found = articles(text)
    assert [(a.title, a.date, [(c.name, c.role) for c in a.credits]) for a in found] == expected
    for a in found:
        assert a.text == text[a.start:a.end]
        for c in a.credits:
            assert _squeeze(text[c.start:c.end]) in (c.name, text[c.start:c.end])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("本报讯（记者 张佳佳 通讯员 申娜）3月28日", [("张佳佳", "reporter"), ("申娜", "correspondent")]),
        ("本报讯（克拉玛依融媒记者 张佳佳 通讯\n\n员 申娜）", [("张佳佳", "reporter"), ("申娜", "correspondent")]),
        ("本报北京2000年12月31日电（记者 王明、李华）", [("王明", "reporter"), ("李华", "reporter")]),
        ("新华社北京3月4日电（记者 张三 摄）", [("张三", "photographer")]),
        ("马海军 摄", [("马海军", "photographer")]),
        ("克拉玛依融媒记者 非尔代维斯·热夏提 摄", [("非尔代维斯·热夏提", "photographer")]),
        ("文/张三 图/李四", [("张三", "reporter"), ("李四", "photographer")]),
        ("■ 本报记者 王五 实习生 赵六", [("王五", "reporter"), ("赵六", "intern")]),
        ("本报讯（通讯员 石智文）3月27日", [("石智文", "correspondent")]),  # a name ending in 文
        ("本报记者 张三 李四 摄影报道", [("张三", "photographer"), ("李四", "photographer")]),
        ("他说，记者 们都来了。", []),
        # the dateline run into the name stays out; the last role counts
        ("本报记者朱宝广州报道", [("朱宝", "reporter")]),
        ("◆每经记者胡俊华发自上海", [("胡俊华", "reporter")]),
        ("本组撰文见习记者苑冰", [("苑冰", "reporter")]),
        ("记者 王小明 上海报道", [("王小明", "reporter")]),
        ("记者郑军实习生李雪琴", [("郑军", "reporter"), ("李雪琴", "intern")]),
        # People's Daily, Xinhua and local papers: the byline run on after the dateline up to 报道
        ("本报北京12月31日讯 记者吴坤胜报道：国务院今天", [("吴坤胜", "reporter")]),
        ("本报北京6月13日讯记者吴坤胜报道：让城郊农民", [("吴坤胜", "reporter")]),
        ("本报约翰内斯堡5月25日电记者李新烽、新华社记者尚绪谦报道：在23日", [("李新烽", "reporter"), ("尚绪谦", "reporter")]),
        ("本报上海4月27日电记者徐步青报道：为期一周", [("徐步青", "reporter")]),  # 青 is no place here
        ("本报北京12月31日讯 记者夏珺报道：首都各界", [("夏珺", "reporter")]),
        ("新华社北京3月4日电（记者王明）国务院", [("王明", "reporter")]),
        # photo credits in brackets and lines
        ("工人们在工地上忙碌。（徐烨摄）", [("徐烨", "photographer")]),
        ("市民在公园里赏花。（本报记者陶源明、陈杰摄）", [("陶源明", "photographer"), ("陈杰", "photographer")]),
        ("“石棺”（见图于宏建摄）仍然", [("于宏建", "photographer")]),
        ("市民在公园里赏花。\n王明 李华摄\n", [("王明", "photographer"), ("李华", "photographer")]),
        # a bracketed byline with the names run into their roles; an editor
        ("（记者李华 通讯员王明）", [("李华", "reporter"), ("王明", "correspondent")]),
        ("重要形式。（记者刘诗平、白洁纯）", [("刘诗平", "reporter"), ("白洁纯", "reporter")]),
        ("活动结束。\n责任编辑：王明\n", [("王明", "editor")]),
        ("活动结束。（责任编辑：王明）", [("王明", "editor")]),
        # in traditional script, the names as written (they were given simplified: 吴坤胜)
        ("本報北京12月31日訊 記者吳坤勝報道：會議召開。（徐燁攝）", [("吳坤勝", "reporter"), ("徐燁", "photographer")]),
        # what only looks like one
        ("（航拍摄）", []),
        ("新华社北京3月4日电 记者了解到，今年", []),
    ],
)
def test_credits(text: str, expected: list[tuple[str, str]]) -> None:
    found = credits(text)
    assert [(c.name, c.role) for c in found] == expected
    for c in found:
        assert _squeeze(text[c.start:c.end]) == c.name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("本报北京2000年12月31日电（记者 王明）", "2000-12-31"),
        ("新华社北京3月4日电 今年", "--03-04"),
        ("3月26日，白碱滩区", "--03-26"),
        ("本报讯（通讯员 于欢）3月31日，在市儿", "--03-31"),
        ("本报讯（通讯员 邵卫）近日，独山子区", None),
        ("会议于3月26日举行。", None),  # a date inside the text is no dateline
        ("13月40日，", None),
        ("本报北京12月31日讯 记者吴坤胜报道：", "--12-31"),
        ("本报3月5日讯 今天上午", "--03-05"),
        ("新华社北京五月二十五日电 法国", "--05-25"),
        ("新华社北京一九九八年十二月三十一日电 今天", "1998-12-31"),
        ("本报通讯员张三报道", None),
        # a day no calendar has (an OCR slip) is no date: --by article stopped on it (ValueError)
        ("本报克拉玛依2025年2月30日讯 明天", None), ("本报克拉玛依0000年1月1日讯 明天", None),
        ("本报4月31日讯 今天", None), ("本报2月29日讯 今天", "--02-29"), ("本报2024年2月29日讯 今天", "2024-02-29"),
    ],
)
def test_dateline(text: str, expected: str | None) -> None:
    assert dateline(text) == expected


@pytest.mark.parametrize(
    "text, date, place",
    [
        ("本报北京12月31日讯 记者吴坤胜报道：国务院今天召开常务会议。", "--12-31", "北京"),
        ("新华社加沙12月31日电 巴勒斯坦民族权力机构今天宣布。", "--12-31", "加沙"),
        ("本报3月5日讯 今天上午，首都各界举行集会。", "--03-05", None),
        ("本报北京讯 今天上午，首都各界举行集会。", None, "北京"),
        ("据新华社北京5月27日电 一位美国人今天登上珠峰。", "--05-27", "北京"),
        ("3月26日，白碱滩区开展安全大排查。", "--03-26", None),
    ],
)
def test_dateline_date_and_place_on_the_article(text: str, date: str | None, place: str | None) -> None:
    (a,) = articles(text)
    assert (a.date, a.place) == (date, place)
    assert a.first_sentence and not a.first_sentence.startswith(("报道", "讯", "记者"))


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_articles_command() -> None:
    result = run("articles", str(BRIEFS), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert len(rows) == 15
    assert list(rows[0]) == ["doc", "n", "title", "subtitle", "kicker", "date", "place", "credits", "start",
                             "end", "length", "first_sentence"]
    assert rows[4]["credits"] == "张佳佳 (reporter); 申娜 (correspondent)"
    assert result.stderr == ""


@pytest.mark.parametrize("command", ["entities", "numbers"])
def test_by_article_keeps_offsets_into_the_file(command: str) -> None:
    text = BRIEFS.read_text(encoding="utf-8")
    extra = ["--mentions"] if command == "entities" else []
    result = run(command, str(BRIEFS), "--by", "article", "--format", "jsonl", *extra)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    ids = {r["doc"] for r in rows}
    assert ids <= {f"{BRIEFS}#{n}" for n in range(1, 16)} and len(ids) > 10
    key = "entity" if command == "entities" else "text"
    for r in rows:
        assert text[r["start"]:r["end"]] == r[key]


@pytest.mark.parametrize("command", ["keywords", "freq"])
def test_by_article_on_word_counts(command: str) -> None:
    result = run(command, str(BRIEFS), "--by", "article", "--format", "jsonl", "--top", "3")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    if command == "keywords":
        assert {r["doc"] for r in rows} == {f"{BRIEFS}#{n}" for n in range(1, 16)}
    else:
        assert max(r["docs"] for r in rows) > 2  # document frequency now counts articles


def test_by_article_passes_the_dateline_as_base_date(tmp_path: Path) -> None:
    import datetime

    from kmytext.run.corpus import Corpus
    from kmytext.text.document import Document

    page = SYNTHETIC[2][0]
    units = list(Corpus([Document("p.txt", page)], by="article").documents())
    assert [u.id for u in units] == ["p.txt#1", "p.txt#2"]
    assert units[0].base_date == datetime.date(2024, 12, 31) and units[1].base_date is None


def test_by_article_on_a_dateline_no_calendar_has() -> None:
    """The whole run stopped: 'Error: unexpected ValueError: day is out of range for month'."""
    result = runner.invoke(app, ["numbers", "--by", "article", "-f", "csv", "-"],
                           input="本报克拉玛依2025年2月30日讯 明天召开大会。\n")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "-#1" in result.stdout


def test_by_rejects_other_units() -> None:
    result = run("numbers", str(BRIEFS), "--by", "page")
    assert result.exit_code == 2


def test_news_in_brief_without_headlines_split_at_each_lede() -> None:
    page = (
        "本报讯（记者 王明）3月1日，市图书馆新馆开放。\n新馆面积两万平方米。\n\n"
        "本报讯（通讯员 李华）3月2日，市体育中心举办马拉松赛，\n五千人参赛。\n\n"
        "新华社北京3月3日电 全国政协会议开幕。\n\n"
        "中新网讯（记者 赵四）4日，某会议召开。\n"
    )
    found = articles(page)
    assert [(a.date, [c.name for c in a.credits]) for a in found] == [
        ("--03-01", ["王明"]), ("--03-02", ["李华"]), ("--03-03", []), (None, ["赵四"])]
    assert found[1].first_sentence == "3月2日，市体育中心举办马拉松赛，五千人参赛。"


def test_a_headline_may_end_with_a_question_mark() -> None:
    page = ("谁来守护孩子们的安全？\n本报讯（记者 王明）3月1日，市里开会。\n\n"
            "春天在哪里\n本报讯（记者 李华）3月2日，春天来了。\n")
    assert [a.title for a in articles(page)] == ["谁来守护孩子们的安全？", "春天在哪里"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("据新华社北京12月31日电（记者张选杰）今天", [("张选杰", "reporter")]),
        ("本报北京3月4日电（记者李明、王芳）", [("李明", "reporter"), ("王芳", "reporter")]),
        ("本报讯（通讯员于欢）3月31日", [("于欢", "correspondent")]),
        ("工地上一片繁忙。（本报记者李舸摄）", [("李舸", "photographer")]),
        ("（记者节期间）", []),
    ],
)
def test_role_run_into_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    found = credits(text)
    assert [(c.name, c.role) for c in found] == expected
    assert all(text[c.start:c.end] == c.name for c in found)
