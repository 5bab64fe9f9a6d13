from __future__ import annotations

import pytest

from kmytext.ner.pipeline import consistent, entities, entities_many, works
from kmytext.ner.rules import extend_right, refine, unbracketed
from kmytext.ner.summary import summarize
from kmytext.text.document import Document
from kmytext.types import Entity, EntityCount


def test_works_in_title_marks() -> None:
    found = works("一首《克拉玛依之歌》，制定《三年行动计划(2023-2025)》")
    assert [e.text for e in found] == ["克拉玛依之歌", "三年行动计划(2023-2025)"]


def test_offsets_into_the_source(seed_texts: list[str]) -> None:
    for text in seed_texts:
        for e in entities(text):
            assert text[e.start:e.end] == e.text
            assert e.type in {"PER", "LOC", "ORG", "WORK"}


def test_summary_merges_aliases_under_the_full_name() -> None:
    full = "上海市对口支援克拉玛依市前方指挥部"
    rows = summarize([
        Entity(full, "ORG", 0, 17, doc="a"),
        Entity("上海援克前指", "ORG", 20, 26, canonical=full, doc="b"),
    ])
    assert rows == [EntityCount(full, "ORG", 2, 2, "上海援克前指")]


@pytest.mark.parametrize(
    "text",
    [
        # a common noun defines no alias: no 军官 is an organisation, before or after
        "人民解放军现役军官（以下简称军官）应当遵守纪律。军官的义务包括。",
        "我们设立了专项资金（以下简称资金），资金用于扶贫。",
        "《全国田径业余锻炼等级标准》（以下简称《标准》）。《标准》规定",
    ],
)
def test_no_alias_without_a_name(text: str) -> None:
    found = entities(text)
    assert not any(e.canonical for e in found)
    assert not any(e.text in ("军官", "资金", "标准") and e.type != "WORK" for e in found)


def test_an_alias_counts_from_its_definition_on() -> None:
    text = ("发改委今天开会。据悉，国家发展和改革委员会（以下简称发改委）发布通知。发改委表示，"
            "发改委将继续推进改革。")
    found = [e for e in entities(text) if e.text == "发改委"]
    definition = text.index("（以下简称") + 5
    assert [e.start for e in found if e.canonical == "国家发展和改革委员会"] == [
        k for k in range(len(text)) if text.startswith("发改委", k) and k >= definition]
    assert all(e.canonical is None for e in found if e.start < definition)


@pytest.mark.parametrize(
    "text, full, alias, kind",
    [
        ("新疆维吾尔自治区（以下简称新疆）位于西北。新疆地域辽阔", "新疆维吾尔自治区", "新疆", "LOC"),
        ("澳门特别行政区筹备委员会（以下简称“筹委会”）负责筹备。筹委会今天开会", "澳门特别行政区筹备委员会", "筹委会", "ORG"),
    ],
)
def test_an_alias_of_a_name_the_model_found(text: str, full: str, alias: str, kind: str) -> None:
    found = entities(text)
    uses = [e for e in found if e.text == alias]
    assert uses and all((e.canonical, e.type) == (full, kind) for e in uses)


@pytest.mark.parametrize(
    "text, full, alias",
    [
        ("成立上海市对口支援克拉玛依市前方指挥部（以下简称“上海援克前指”）。上海援克前指表示",
         "上海市对口支援克拉玛依市前方指挥部", "上海援克前指"),
        ("据悉，国家发展和改革委员会（以下简称国家发改委）发布通知。国家发改委表示", "国家发展和改革委员会", "国家发改委"),
        ("由中国石油天然气集团有限公司(简称:中石油)牵头", "中国石油天然气集团有限公司", "中石油"),
        # the clause before the name is not part of it
        ("上海艾特海浦网络科技有限公司在克拉玛依注册成立克拉玛依碳和网络科技有限公司（以下简称“碳和科技”），"
         "碳和科技参加", "克拉玛依碳和网络科技有限公司", "碳和科技"),
    ],
)
def test_aliases_count_under_the_full_name(text: str, full: str, alias: str) -> None:
    found = entities(text)
    alias_mentions = [e for e in found if e.text == alias]
    assert alias_mentions and all(e.canonical == full and e.type == "ORG" for e in alias_mentions)
    assert any(e.text == full and e.canonical is None for e in found)
    row = next(r for r in summarize(found) if r.entity == full)
    assert row.count == 1 + len(alias_mentions) and row.aliases == alias


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # a place heading an organisation is part of it
        ("北京市新街口医院日前开", [(0, 3, "LOC"), (3, 8, "ORG")], [(0, 8, "ORG")]),
        # the model's seam inside a word (自|治区) moves to the word's end, then the same
        ("新疆维吾尔自治区卫生健康委员会派出", [(0, 6, "LOC"), (6, 15, "ORG")], [(0, 15, "ORG")]),
        # …unless the organisation starts with a place of its own (the province stays apart)
        ("河南省郑州市司法学校", [(0, 3, "LOC"), (3, 10, "ORG")], [(0, 3, "LOC"), (3, 10, "ORG")]),
        # a person before an organisation stays a person
        ("推荐人张路足彩推荐", [(3, 5, "PER"), (5, 7, "ORG")], [(3, 5, "PER"), (5, 7, "ORG")]),
        # 联合 inside a name is part of it; it cuts only after a whole unit
        ("西南联合大学的学生", [(0, 6, "ORG")], [(0, 6, "ORG")]),
        # a verb before a two-character unit is part of the name; two verbs after two nouns too
        ("湘潭钢铁公司建安公司安装二队的", [(0, 14, "ORG")], [(0, 14, "ORG")]),
        ("全国儿童铁缺乏防治指导中心成立", [(0, 13, "ORG")], [(0, 13, "ORG")]),
        # a province abbreviation starts no person's name; 新格局 is no organisation
        ("沪克携手构建新格局", [(0, 2, "PER"), (6, 9, "ORG")], []),
        ("组建沪克“小组团”", [(2, 4, "ORG")], []),
        # two organisations run together across 联合
        ("第十七社区联合区消防救援大队", [(0, 14, "ORG")], [(0, 5, "ORG"), (7, 14, "ORG")]),
        # …or across a verb or conjunction after an organisation's suffix
        ("对于中国银行收购信托公司，", [(2, 12, "ORG")], [(2, 6, "ORG"), (8, 12, "ORG")]),
        ("香港金管局和财政司", [(0, 9, "ORG")], [(0, 5, "ORG"), (6, 9, "ORG")]),
        # …or a preposition, and again after the cut; two verbs in a row are a clause
        ("艾特海浦网络科技有限公司在克拉玛依注册成立克拉玛依碳和网络科技有限公司", [(0, 35, "ORG")],
         [(0, 12, "ORG"), (21, 35, "ORG")]),
        # a name starts where its word starts (前|方指挥部)
        ("援克工作前方指挥部总指挥", [(5, 12, "ORG")], [(4, 12, "ORG")]),
        # a place word an organisation's name starts with
        ("3月26日，白碱滩区市场监督管理局联合", [(12, 17, "ORG")], [(6, 17, "ORG")]),
        # one-character country names, each its own place
        ("中美两国", [], [(0, 1, "LOC"), (1, 2, "LOC")]),
        ("位于中缅边境", [(2, 4, "LOC")], [(2, 3, "LOC"), (3, 4, "LOC")]),
        ("南非总统", [(0, 2, "LOC")], [(0, 2, "LOC")]),
        # …even where rjieba makes the pair one place word (中尼) or the model an ORG (伊科)
        ("远征中尼边境", [(2, 4, "LOC")], [(2, 3, "LOC"), (3, 4, "LOC")]),
        ("伊科边界", [(0, 2, "ORG")], [(0, 1, "LOC"), (1, 2, "LOC")]),
        ("中国和南非两国", [(0, 2, "LOC"), (3, 5, "LOC")], [(0, 2, "LOC"), (3, 5, "LOC")]),
        ("古巴和蒙古两国", [(0, 2, "LOC"), (3, 5, "LOC")], [(0, 2, "LOC"), (3, 5, "LOC")]),
        ("他说，美方正加紧", [], [(3, 4, "LOC")]),
        ("美、英、法等国", [], [(0, 1, "LOC"), (2, 3, "LOC"), (4, 5, "LOC")]),
        ("呼吁印、巴两国", [], [(2, 3, "LOC"), (4, 5, "LOC")]),  # after any word, before 两国
        ("英、法驻华使馆", [], [(0, 1, "LOC"), (2, 3, "LOC")]),
        ("照顾新、老员工", [], []),
        ("打了个比方", [], []),
        # a list of people: the names the model missed
        ("吕明华、詹培忠、霍震霆。", [(0, 3, "PER"), (4, 7, "PER")],
         [(0, 3, "PER"), (4, 7, "PER"), (8, 11, "PER")]),
        # a venue named after its place
        ("香港电影资料馆举办", [(0, 2, "LOC")], [(0, 7, "LOC")]),
        # a country or province is a place whatever the model took it for; a city may be a club
        ("俄罗斯研制的", [(0, 3, "ORG")], [(0, 3, "LOC")]),
        ("莫桑比克总统", [(0, 4, "PER")], [(0, 4, "LOC")]),
        ("罗马队击败了米兰", [(6, 8, "ORG")], [(6, 8, "ORG")]),
        # no person's name ends like an office
        ("区委史志办通过专题授课", [(2, 5, "PER")], [(2, 5, "ORG")]),
        # a "person" the document also names with an administrative suffix is that place…
        ("克拉玛依市发布规划。克拉玛依牵头承办", [(0, 5, "LOC"), (10, 14, "PER")],
         [(0, 5, "LOC"), (10, 14, "LOC")]),
        # …but a title after a name is no suffix
        ("王刚市长说，王刚牵头", [(0, 2, "PER"), (6, 8, "PER")], [(0, 2, "PER"), (6, 8, "PER")]),
        # a clause number is no part of an organisation
        ("根据条例第七条人民解放军总政治部负责", [(2, 16, "ORG")], [(7, 16, "ORG")]),
        ("第二十一条对外贸易经济合作部可以", [(0, 14, "ORG")], [(5, 14, "ORG")]),
        # a place does not hold the count closing an enumeration
        ("与上海长宁、青浦、普陀、嘉定四区开展", [(12, 16, "LOC")], [(12, 14, "LOC")]),
        ("在北京、上海、南京、郑州4市的商厦", [(10, 14, "LOC")], [(10, 12, "LOC")]),
        # a person's name never starts with a country's; the rest is what the segmenter reads
        ("他演奏了意大利帕格尼尼的作品", [(4, 11, "PER")], [(4, 7, "LOC"), (7, 11, "PER")]),
        ("作为避险货币的瑞士法郎也大幅上升", [(7, 11, "PER")], [(7, 9, "LOC")]),
        ("福建南平是此次灾害受损最严重的地区", [(0, 4, "PER")], [(0, 2, "LOC"), (2, 4, "LOC")]),
        ("意大利小提琴家萨尔瓦多·阿卡多的独奏", [(7, 15, "PER")], [(7, 15, "PER")]),
        # …nor takes in the adverb after it
        ("萨利姆真诚地感谢中国人民", [(0, 5, "PER")], [(0, 3, "PER")]),
        # …nor the verb before 着
        ("“我们会继续努力。”张伟笑着说。", [(10, 13, "PER")], [(10, 12, "PER")]),
        # …nor the 副 of the title after it (no person in MSRA ends with 副; 44 stand before one)
        ("执法局颜鲲副局长介绍说", [(3, 6, "PER")], [(3, 5, "PER")]),
        ("执法局颜鲲副食品店", [(3, 6, "PER")], [(3, 6, "PER")]),
        # …and takes in the 夫 that ends a Russian name, not the 夫 of 夫人
        ("时，苏斯洛夫只说了一句话", [(2, 5, "PER")], [(2, 6, "PER")]),
        ("苏斯洛夫人说", [(0, 3, "PER")], [(0, 3, "PER")]),
        # …and the 和 that ends a given name before a verb of speech, there and elsewhere in the document,
        # not the conjunction
        ("李长和说，中国支持", [(0, 2, "PER"), (5, 7, "LOC")], [(0, 3, "PER"), (5, 7, "LOC")]),
        ("大使李长和９日指出，李长和说", [(2, 4, "PER"), (10, 13, "PER")], [(2, 5, "PER"), (10, 13, "PER")]),
        ("张伟和李明说", [(0, 2, "PER"), (3, 5, "PER")], [(0, 2, "PER"), (3, 5, "PER")]),
        # a surname after 姓 is no one's name
        ("商场一位姓孔的经理告诉笔者", [(5, 6, "PER")], []),
        # a province's or city's 人民政府 is one organisation with its name
        ("湖南省人民政府召开会议", [(0, 3, "LOC")], [(0, 7, "ORG")]),
        # …nor the 率 of 率团
        ("上海市副市长陈宇剑率党政代表团到克拉玛依", [(6, 10, "PER")], [(6, 9, "PER")]),
        ("王刚率队出征", [(0, 3, "PER")], [(0, 3, "PER")]),
        # a disease named after its finder mentions no person
        ("防治口蹄疫、布鲁氏菌病等疫病", [(6, 8, "PER")], []),
        # the only "person" in a list of non-names is none; a list of people stays
        ("分为刻·留痕、印·传承、绘·意向、拓·新境、数·未来5个单元", [(17, 21, "PER")], []),
        ("出席的有张伟、李娜、王刚", [(4, 6, "PER"), (7, 9, "PER"), (10, 12, "PER")],
         [(4, 6, "PER"), (7, 9, "PER"), (10, 12, "PER")]),
        ("党委书记张晨欣喜地说", [(4, 8, "PER")], [(4, 6, "PER")]),
        # an organisation ending in a verb, not like an organisation, is a clause
        ("组建沪克“小组团”服务新模式", [(0, 11, "ORG")], []),
        ("支持清华大学建设", [(2, 8, "ORG")], []),
        ("解放巴勒斯坦运动组织", [(0, 10, "ORG")], [(0, 10, "ORG")]),
    ],
)
def test_refine(text: str, spans: list[tuple[int, int, str]], expected: list[tuple[int, int, str]]) -> None:
    assert refine(Document("", text), spans) == expected


def test_a_name_the_model_rarely_finds_does_not_spread() -> None:
    text = "沪克合作。沪克两地。沪克交流。沪克携手。王小明说。王小明来了。"
    spans = [(0, 2, "PER"), (20, 23, "PER")]
    got = consistent(text, spans)
    assert (0, 2, "PER") in got and not any(s == 5 for s, _, _ in got)  # 沪克 kept once, not spread
    assert (25, 28, "PER") in got  # 王小明 spreads


@pytest.mark.parametrize(
    "text, name",
    [("◆每经记者胡俊华发自上海", "胡俊华"), ("本组撰文见习记者苑冰", "苑冰"), ("本报记者朱宝广州报道", "朱宝")],
)
def test_credits_stop_at_the_name(text: str, name: str) -> None:
    people = [e for e in entities(text) if e.type == "PER"]
    assert [(e.text, e.role) for e in people] == [(name, "reporter")]


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("朱克】说", [(0, 3, "PER")], [("朱克", "PER")]),
        ("Orion(吕俊贤)", [(0, 9, "PER")], [("Orion", "PER"), ("吕俊贤", "PER")]),
        ("中国国际金融（香港）公司", [(0, 12, "ORG")], [("中国国际金融（香港）公司", "ORG")]),
        ("加入了“朝阳宣讲团”。", [(4, 10, "ORG")], [("朝阳宣讲团", "ORG")]),
        ("·张三·", [(0, 4, "PER")], [("张三", "PER")]),
        # nor an emoji or symbol at an edge (王五😀 came out as a person)
        ("王五😀和赵六", [(0, 3, "PER")], [("王五", "PER")]),
        ("★李强👍🏻在", [(0, 5, "PER")], [("李强", "PER")]),
        ("❤️王五来", [(0, 4, "PER")], [("王五", "PER")]),
        # a company name the model began at its bracket starts with the words before it
        ("为万方数据（集团）公司提供", [(5, 11, "ORG")], [("万方数据（集团）公司", "ORG")]),
        ("石油输出国组织（opec）乐见", [(7, 13, "ORG")], [("opec", "ORG")]),
        # a quoted name inside a name: the mark the model left out is taken in
        ("由“美洲风暴”篮球队主办", [(2, 10, "ORG")], [("“美洲风暴”篮球队", "ORG")]),
        ("英国《星期日泰晤士报》说", [(0, 10, "ORG")], [("英国《星期日泰晤士报》", "ORG")]),
        ("广东食品厂（集团）公司", [(0, 8, "ORG")], [("广东食品厂（集团）", "ORG")]),
        # …not where the rest is no organisation's or named thing's
        ("双方就“疆电入沪”电力合作", [(4, 11, "ORG")], [("疆电入沪", "ORG"), ("电力", "ORG")]),
    ],
)
def test_names_hold_no_stray_brackets(text: str, spans: list, expected: list) -> None:
    assert [(text[s:e], t) for s, e, t in unbracketed(Document("", text), spans)] == expected


def test_no_emoji_at_the_edge_of_a_name() -> None:
    import kmytext

    assert [e.text for e in kmytext.entities("王五😀和赵六到上海市🎉。")] == ["王五", "赵六", "上海市"]


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("福州市公安局经侦支队民警", [(0, 6, "ORG")], [("福州市公安局经侦支队", "ORG")]),
        ("江西省委老干部局局长", [(0, 4, "ORG")], [("江西省委老干部局", "ORG")]),
        ("中国银行行长说", [(0, 4, "ORG")], [("中国银行", "ORG")]),  # 行长 is a post, not a unit
        ("北京大学建校百年", [(0, 4, "ORG")], [("北京大学", "ORG")]),  # a verb ends it
    ],
)
def test_organisation_takes_in_its_unit(text: str, spans: list, expected: list) -> None:
    assert [(text[s:e], t) for s, e, t in extend_right(Document("", text), spans)] == expected


def test_entities_many_is_entities_of_each(seed_texts: list[str]) -> None:
    """Tagging many texts in one batch gives what tagging each alone gives."""
    texts = [p for t in seed_texts for p in t.split("\n\n") if p.strip()][:60] + ["", "上海"]
    assert entities_many(texts) == [entities(Document(str(i), t)) for i, t in enumerate(texts, 1)]
    assert [e for found in entities_many(texts) for e in found] == entities(texts)  # documents 1, 2, … both


def test_a_credit_beats_the_model_name_across_it() -> None:
    """The model reads 李舸摄 as a name; the caption's credit says 李舸, photographer."""
    found = [(e.text, e.type, e.role) for e in entities("三峡工地上一片繁忙。（本报记者李舸摄）")]
    assert ("李舸", "PER", "photographer") in found and not any(t.endswith("摄") for t, _, _ in found)


def test_short_and_long_texts_find_names_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """A short text is searched with str.find, a long one with NumPy: the same positions
    and counts either way."""
    import random

    from kmytext.ner import consistency

    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice("克拉玛依市") for _ in range(rng.randint(0, 40)))
        names = {"".join(rng.choice("克拉玛依市") for _ in range(rng.randint(1, 4))) for _ in range(4)}
        heads = {n[:2] for n in names if len(n) >= 2}
        spans = [(m, m + 2, "LOC") for m in range(0, len(text) - 1, 7)]
        short = (consistency._starts(text, heads), consistency.occurrences(text, names),
                 consistency.propagate(text, spans))
        monkeypatch.setattr(consistency, "_SHORT", 0)
        assert (consistency._starts(text, heads), consistency.occurrences(text, names),
                consistency.propagate(text, spans)) == short
        monkeypatch.undo()


@pytest.mark.parametrize(
    "text, people, places",
    [
        # People's Daily: the dateline, then the byline run on up to 报道
        ("本报北京12月31日讯 记者吴坤胜报道：国务院今天召开常务会议。", [("吴坤胜", "reporter")], ["北京"]),
        ("本报北京12月31日讯 记者夏珺报道：首都各界举行集会。", [("夏珺", "reporter")], ["北京"]),
        # Xinhua: the place of the dateline is one place
        ("新华社加沙12月31日电（记者李华）巴勒斯坦民族权力机构今天宣布。", [("李华", "reporter")], ["加沙"]),
        # photo credits: the name never holds 摄
        ("工人们在工地上忙碌。（徐烨摄）", [("徐烨", "photographer")], []),
        ("市民在公园里赏花。（本报记者陶源明、陈杰摄）", [("陶源明", "photographer"), ("陈杰", "photographer")], []),
        ("本报讯（记者李华 通讯员王明）3月28日，社区举办活动。", [("李华", "reporter"), ("王明", "correspondent")], []),
        ("社区举办活动。\n责任编辑：王明\n", [("王明", "editor")], []),
    ],
)
def test_bylines_and_datelines(text: str, people: list[tuple[str, str]], places: list[str]) -> None:
    found = entities(text)
    assert [(e.text, e.role) for e in found if e.type == "PER"] == people
    assert [e.text for e in found if e.type == "LOC"] == places
    assert not any(e.text.endswith(("摄", "报道")) for e in found)


def test_a_dateline_naming_an_organisation() -> None:
    """本报联合国…电: People's Daily and MSRA tag 联合国 an organisation there too."""
    found = entities("本报联合国6月8日电记者符福渊、周德武报道：联合国大会今天开幕。")
    assert ("联合国", "ORG") in [(e.text, e.type) for e in found][:1]
    assert [(e.text, e.role) for e in found if e.type == "PER"] == [("符福渊", "reporter"), ("周德武", "reporter")]


@pytest.mark.parametrize(
    "text, spans, linked",
    [
        # a given name the model found, under the one full name it fits
        ("穆玲英今年五十岁。玲英说，她很高兴。", [(0, 3, "PER"), (9, 11, "PER")], [("玲英", "穆玲英")]),
        # the family name of a four-character (Japanese) name, as news calls the person after
        ("防卫厅长官久间章生会见客人。久间说，交流有进展。", [(5, 9, "PER"), (14, 16, "PER")], [("久间", "久间章生")]),
        ("小渊惠三和小渊优子都来了。小渊说。", [(0, 4, "PER"), (5, 9, "PER"), (13, 15, "PER")], []),
        # the last parts of a transcribed name, where only one full name ends so
        ("外长古哈尔·阿尤布·汗说。阿尤布·汗又说。", [(2, 11, "PER"), (13, 18, "PER")], [("阿尤布·汗", "古哈尔·阿尤布·汗")]),
        ("比尔·克林顿和希拉里·克林顿来了。克林顿说。", [(0, 6, "PER"), (7, 14, "PER"), (17, 20, "PER")], []),
        # a surname with a title, found or not: the surname alone is PER (People's Daily's way)
        ("国务院总理李强会见外宾。李总理说，张局长也来了。", [(5, 7, "PER")], [("李", "李强")]),
        ("李强会见外宾。李总理说。", [(0, 2, "PER"), (7, 8, "PER")], [("李", "李强")]),
        # …not inside a word (主张), nor where the full name is unknown (张局长)
        ("李强主张局长负责。", [(0, 2, "PER")], []),
        # ambiguous: two full names fit, nothing is linked
        ("穆玲英和张玲英都来了。玲英说。", [(0, 3, "PER"), (4, 7, "PER"), (11, 13, "PER")], []),
        ("李强和李明会见外宾。李总理说。", [(0, 2, "PER"), (3, 5, "PER")], []),
        # a full name that is a surname and a title has no given name to link
        ("朱师傅说，师傅们都来了。", [(0, 3, "PER"), (5, 7, "PER")], []),
    ],
)
def test_names_link_to_the_one_full_name(text: str, spans: list, linked: list) -> None:
    from kmytext.ner.linking import link

    names = [Entity(text[s:e], t, s, e) for s, e, t in spans]
    found = link(Document("", text), names)
    assert [(e.text, e.canonical) for e in found if e.canonical] == linked
    assert all(text[e.start:e.end] == e.text for e in found)


def test_linked_names_count_under_the_full_name() -> None:
    rows = {r.entity: r for r in summarize(entities("国务院总理李强今天会见外宾。李总理说，中国愿意合作。"))}
    assert (rows["李强"].count, rows["李强"].aliases) == (2, "李")
    assert "李" not in rows


def test_names_found_wherever_they_occur_need_no_spreading() -> None:
    """consistent() returns the spans as they are when each name was found as often as it
    occurs, with one type: propagate() would add and retype nothing."""
    import random
    from collections import Counter

    from kmytext.ner.consistency import occurrences, propagate

    rng = random.Random(11)
    checked = 0
    for _ in range(3000):
        text = "".join(rng.choice("上海克拉玛依") for _ in range(rng.randint(2, 30)))
        spans, k = [], 0
        while k < len(text) - 1:
            k += rng.randint(0, 4)
            n = rng.randint(1, 4)
            if k + n <= len(text):
                spans.append((k, k + n, rng.choice(("PER", "LOC"))))
            k += n
        found = Counter(text[s:e] for s, e, _ in spans)
        if occurrences(text, found) == found and len({(text[s:e], t) for s, e, t in spans}) == len(found):
            checked += 1
            assert propagate(text, spans) == spans
            assert consistent(text, spans) == spans
    assert checked > 100


def test_a_name_inside_longer_names_still_spreads() -> None:
    """Occurrences inside other names found (克拉玛依 in 克拉玛依市) are not ones the model
    left untagged: 克拉玛依 found once in its three bare occurrences spreads."""
    from kmytext.ner.pipeline import consistent

    text = "克拉玛依市发布规划。克拉玛依市开会。克拉玛依很美。克拉玛依很大。克拉玛依很远。"
    spans = [(0, 5, "LOC"), (10, 15, "LOC"), (18, 22, "LOC")]
    got = consistent(text, spans)
    assert [text[s:e] for s, e, _ in got] == ["克拉玛依市", "克拉玛依市", "克拉玛依", "克拉玛依", "克拉玛依"]


def test_a_name_spaced_out_in_print_counts_as_the_name() -> None:
    """Print layout puts spaces between the characters of a name (张 三): the name, which the
    entities table counts by, has none."""
    found = entities("张 三在北京大学讲课。")
    assert [(e.text, e.name) for e in found if e.type == "PER"] == [("张 三", "张三")]


def test_display_type_with_each_character_twice_is_no_name() -> None:
    """A headline in display type comes out of print with each character twice (情情 沪沪 克克 深深)."""
    text = "情情 沪沪 克克 深深\n克拉玛依融媒记者 非尔代维斯 报道。"
    assert not any("沪沪" in e.text for e in entities(text))
