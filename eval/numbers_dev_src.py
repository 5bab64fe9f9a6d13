"""Source of eval/numbers_dev.jsonl: hand annotations, written by reading each sentence.

Run ``python eval/numbers_dev_src.py`` to rebuild the JSONL. Each mention is
(substring, kind, value, value_max, unit, approx); the substring is searched after the
previous mention, which gives the offsets. Conventions: relative dates (今年, 今天) are dates, valued only with a base date
(None here); approximation words (约, 余,
以上) are inside the span; 一 + measure word used as an article (一个, 一批) is not a
number; list labels, quoted plan names and ratios are not annotated. Sentences whose
position is 2 mod 3 form the held-out ``test`` split.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
D, M, P, T, U, Q, O, N = "date", "money", "percent", "time", "duration", "quantity", "ordinal", "number"


def msr_sample() -> list[str]:
    import regex

    lines = [ln.strip() for ln in open(SHARED / "data/seg/msr_test.utf8", encoding="utf-8") if ln.strip()]
    cand = [
        ln for ln in lines
        if regex.search(r"[0-9０-９]|[一二两三四五六七八九十百千万亿零〇○]{1,}[个年月日名家项元米%％岁天]|百分之|第[一二三四五六七八九十]", ln)
        and len(ln) <= 90
    ]
    random.seed(3)
    return random.sample(cand, 90)


MSR = {
    0: [("２１世纪", D, "20", None, None, None)],
    1: [],
    2: [],
    3: [("５７家", Q, 57, None, "家", None), ("４５家", Q, 45, None, "家", None), ("４４家", Q, 44, None, "家", None),
        ("３５家", Q, 35, None, "家", None), ("４０家", Q, 40, None, "家", None)],
    4: [("１９９４年", D, "1994", None, None, None), ("６个", Q, 6, None, "个", None), ("四个", Q, 4, None, "个", None)],
    5: [("两种", Q, 2, None, "种", None), ("两个", Q, 2, None, "个", None)],
    6: [("１张", Q, 1, None, "张", None)],
    7: [],
    8: [("十五年", U, 15, None, "年", None)],
    9: [],
    10: [("１９９６年", D, "1996", None, None, None), ("２０８１万元", M, 20810000, None, "元", None),
         ("１０８１万元", M, 10810000, None, "元", None)],
    11: [("３３年", U, 33, None, "年", None)],
    12: [("第一年", O, 1, None, "年", None), ("超过２０万元", M, 200000, None, "元", "over")],
    13: [],
    14: [("第四", O, 4, None, None, None)],
    15: [("２０００年", D, "2000", None, None, None)],
    16: [("去年５月１５日", D, "--05-15", None, None, None)],
    17: [("两个", Q, 2, None, "个", None)],
    18: [],
    19: [("１９３１年１月", D, "1931-01", None, None, None), ("４月", D, "--04", None, None, None), ("９月", D, "--09", None, None, None)],
    20: [("２０多个", Q, 20, None, "个", "over")],
    21: [("１９９６年６月", D, "1996-06", None, None, None), ("３８６０万元", M, 38600000, None, "元", None),
         ("２７５６万元", M, 27560000, None, "元", None), ("７４％", P, 74, None, "%", None),
         ("１７５６万元", M, 17560000, None, "元", None), ("６２％", P, 62, None, "%", None)],
    22: [("四个", Q, 4, None, "个", None), ("十七八岁", Q, 17, 18, "岁", None)],
    23: [("２０多个", Q, 20, None, "个", "over"), ("２.３亿吨", Q, 230000000, None, "吨", None)],
    24: [("３６岁", Q, 36, None, "岁", None)],
    25: [("２４个", Q, 24, None, "个", None), ("８年", U, 8, None, "年", None)],
    26: [("去年", D, None, None, None, None), ("２０５５元", M, 2055, None, "元", None)],
    27: [("１９２５年４月１３日", D, "1925-04-13", None, None, None)],
    28: [("６０年代", D, "1960", "1969", None, None), ("１００次", Q, 100, None, "次", None)],
    29: [("不到一个月", U, 1, None, "月", "under")],
    30: [],
    31: [("第二十条", O, 20, None, "条", None)],
    32: [("十年", U, 10, None, "年", None), ("６０００余笔", Q, 6000, None, "笔", "over")],
    33: [("第一", O, 1, None, None, None)],
    34: [("１９３６处", Q, 1936, None, "处", None), ("６０％", P, 60, None, "%", None), ("５８０万元", M, 5800000, None, "元", None)],
    35: [("９８户", Q, 98, None, "户", None), ("６７％", P, 67, None, "%", None)],
    36: [("百万", N, 1000000, None, None, None)],
    37: [("１９９７年", D, "1997", None, None, None)],
    38: [("５００亿元人民币", M, 50000000000, None, "元", None), ("４００亿元人民币", M, 40000000000, None, "元", None)],
    39: [("今年七八月", D, "--07", "--08", None, None)],
    40: [("七度以上", Q, 7, None, "度", "over"), ("２４２公里", Q, 242, None, "公里", None),
         ("３７５公里", Q, 375, None, "公里", None), ("１４６公里", Q, 146, None, "公里", None)],
    41: [("近３年", U, 3, None, "年", "about"), ("７.１万亩", Q, 71000, None, "亩", None),
         ("３２９万亩", Q, 3290000, None, "亩", None), ("３亿多元", M, 300000000, None, "元", "over")],
    42: [],
    43: [("第八条", O, 8, None, "条", None)],
    44: [("３名", Q, 3, None, "名", None), ("３名", Q, 3, None, "名", None)],
    45: [("５月２２日", D, "--05-22", None, None, None), ("今天", D, None, None, None, None)],
    46: [],
    47: [],
    48: [("５０万元以上", M, 500000, None, "元", "over"), ("１２％", P, 12, None, "%", None)],
    49: [("７月１０日", D, "--07-10", None, None, None)],
    50: [],
    51: [("１６种", Q, 16, None, "种", None)],
    52: [],
    53: [("６４.５３亿元", M, 6453000000, None, "元", None), ("１０％", P, 10, None, "%", None)],
    54: [("近３万", N, 30000, None, None, "about")],
    55: [("３０公里", Q, 30, None, "公里", None), ("５月１日", D, "--05-01", None, None, None)],
    56: [],
    57: [("２００块钱", M, 200, None, "元", None)],
    58: [],
    59: [("２１世纪", D, "20", None, None, None)],
    60: [("一二分", Q, 1, 2, "分", None)],
    61: [],
    62: [("一九八五年", D, "1985", None, None, None), ("百分之六点九", P, 6.9, None, "%", None),
         ("百分之八点八", P, 8.8, None, "%", None), ("一九八八年", D, "1988", None, None, None),
         ("百分之二点二", P, 2.2, None, "%", None), ("百分之十八点五", P, 18.5, None, "%", None),
         ("一九九四年", D, "1994", None, None, None), ("百分之二点五", P, 2.5, None, "%", None),
         ("百分之二十一点七", P, 21.7, None, "%", None)],
    63: [("４月２６日", D, "--04-26", None, None, None), ("四个", Q, 4, None, "个", None)],
    64: [("１９９５年１１月", D, "1995-11", None, None, None)],
    65: [("１９９６年", D, "1996", None, None, None), ("２４个", Q, 24, None, "个", None),
         ("１.５７亿吨", Q, 157000000, None, "吨", None), ("第五位", O, 5, None, "位", None)],
    66: [("约１０００多个", Q, 1000, None, "个", "about")],
    67: [("第一个", O, 1, None, "个", None)],
    68: [("今年８月", D, "--08", None, None, None)],
    69: [("近千家", Q, 1000, None, "家", "about")],
    70: [("１５天", U, 15, None, "天", None)],
    71: [],
    72: [],
    73: [("一年", U, 1, None, "年", None), ("两小时", U, 2, None, "小时", None), ("１５００名", Q, 1500, None, "名", None),
         ("一年", U, 1, None, "年", None)],
    74: [("１９８７年５月１２日", D, "1987-05-12", None, None, None), ("１９９７年１２月３日", D, "1997-12-03", None, None, None)],
    75: [("第一", O, 1, None, None, None), ("第一", O, 1, None, None, None), ("第一位", O, 1, None, "位", None)],
    76: [("２４０吨", Q, 240, None, "吨", None), ("３００吨", Q, 300, None, "吨", None), ("２.６吨", Q, 2.6, None, "吨", None)],
    77: [("两次", Q, 2, None, "次", None), ("四天", U, 4, None, "天", None)],
    78: [("１９９３年", D, "1993", None, None, None), ("五年", U, 5, None, "年", None), ("今年", D, None, None, None, None)],
    79: [("三四天", U, 3, 4, "天", None), ("１小时", U, 1, None, "小时", None), ("１０个钟头", U, 10, None, "小时", None)],
    80: [("５月１９日", D, "--05-19", None, None, None)],
    81: [],
    82: [("１４０个", Q, 140, None, "个", None), ("６０多个", Q, 60, None, "个", "over")],
    83: [],
    84: [("十七年", U, 17, None, "年", None)],
    85: [],
    86: [("３月２８日", D, "--03-28", None, None, None), ("１９９７年", D, "1997", None, None, None),
         ("３月２４日至２８日", D, "--03-24", "--03-28", None, None)],
    87: [("２０多个", Q, 20, None, "个", "over")],
    88: [("１９３８年１０月２４日", D, "1938-10-24", None, None, None)],
    89: [("４０天", U, 40, None, "天", None), ("３月１９日", D, "--03-19", None, None, None), ("４月３０日", D, "--04-30", None, None, None)],
}

# Passages from the two seed pages, line breaks as printed.
SEEDS = [
    ("3月26日，白碱滩区市场监督管理局联合该区委社工部、“小\n\n个专”综合党委，授予辖区32家爱心商户“暖新商铺”标识牌。",
     [("3月26日", D, "--03-26", None, None, None), ("32家", Q, 32, None, "家", None)]),
    ("3月26日，独山子区新北区街道第十七社区联合区消防救援",
     [("3月26日", D, "--03-26", None, None, None), ("第十七", O, 17, None, None, None)]),
    ("绘·意向、拓·新境、数·未来5个单元，汇聚了\n中央美术学院版画系及新疆艺术学院美术学\n院师生的300余幅作品。",
     [("5个", Q, 5, None, "个", None), ("300余幅", Q, 300, None, "幅", "over")]),
    ("组织开展5次专题培训，增强档案管理人员\n的思想意识和业务能力",
     [("5次", Q, 5, None, "次", None)]),
    ("来自卫生健康系统的12名参赛选手立足\n岗位实际，描绘了卫生健康事业70年发展画\n卷，比赛现场气氛\n热烈，一个个真实的故事引发观众共鸣。",
     [("12名", Q, 12, None, "名", None), ("70年", U, 70, None, "年", None)]),
    ("吸引了辖区 11 所幼儿园及 3 所中学的 35 名\n学生参赛。",
     [("11 所", Q, 11, None, "所", None), ("3 所", Q, 3, None, "所", None), ("35 名", Q, 35, None, "名", None)]),
    ("本报讯（通讯员 再依努尔）4 月 2 日，白",
     [("4 月 2 日", D, "--04-02", None, None, None)]),
    ("局开展心肺复苏专项取证培训。该局100余\n名民辅警参加了此次培训。",
     [("100余\n名", Q, 100, None, "名", "over")]),
    ("4月3日，白\n\n碱滩区三平路街道上游社区院内，10余位社\n区志愿者共同装扮“聚邻花园”。",
     [("4月3日", D, "--04-03", None, None, None), ("10余位", Q, 10, None, "位", "over")]),
    ("2023年5月，克拉玛依市暨新疆油服产业基地招商推介会在西安举行",
     [("2023年5月", D, "2023-05", None, None, None)]),
    ("制《产 业 领 域 三 年 行 动 计 划\n（2023—2025年）》，积极布局氢能",
     [("三 年", U, 3, None, "年", None), ("2023—2025年", D, "2023", "2025", None, None)]),
    ("克拉玛依炼化企\n业每年用氢量超10万吨，存在巨\n大的用新能源制“绿氢”替代传统\n化石能源制“灰氢”的需求。当前，\n20万吨重油加氢项目落户",
     [("超10万吨", Q, 100000, None, "吨", "over"), ("20万吨", Q, 200000, None, "吨", None)]),
    ("新疆油田公\n司克拉玛依白碱滩40万千瓦光伏\n制氢源网荷储一体化项目正稳步\n推进",
     [("40万千瓦", Q, 400000, None, "千瓦", None)]),
    ("2024 年 11 月，蔚来汽车在新\n疆的首座第四代充换电一体站示\n范项目在克拉玛依落成。",
     [("2024 年 11 月", D, "2024-11", None, None, None), ("第四代", O, 4, None, "代", None)]),
    ("目前已上线3600P的智能推\n理算力。",
     [("3600P", Q, 3600, None, "P", None)]),
    ("今 年 3 月 ，在 上 海 举 办 的\n2025 年全球开发者先锋大会上",
     [("今 年 3 月", D, "--03", None, None, None), ("2025 年", D, "2025", None, None, None)]),
    ("截至目前，克拉玛依已建成6\n座大型数据中心，6.5万个标准机\n\n柜，存力达6200PB，智能算力规模\n达 1.7 万 P，位居全疆第一。",
     [("6\n座", Q, 6, None, "座", None), ("6.5万个", Q, 65000, None, "个", None), ("6200PB", Q, 6200, None, "PB", None),
      ("1.7 万 P", Q, 17000, None, "P", None), ("第一", O, 1, None, None, None)]),
    ("此次推介会吸引了 400 余家\n企业代表参会，签约46个项目，签\n约金额达 633 亿元，取得圆满成\n功。",
     [("400 余家", Q, 400, None, "家", "over"), ("46个", Q, 46, None, "个", None), ("633 亿元", M, 63300000000, None, "元", None)]),
    ("动63家企业签订投资协议518亿\n元，引导援疆省市企业不局限于\n结对关系在全疆投资兴业",
     [("63家", Q, 63, None, "家", None), ("518亿\n元", M, 51800000000, None, "元", None)]),
    ("与相关\n国家 50 余家机构、组织、企业建\n立联系与纽带",
     [("50 余家", Q, 50, None, "家", "over")]),
    ("坐落于新疆维吾尔自治区准噶尔盆地西北缘、距离上海4200公里的克拉玛依市，天气转暖",
     [("4200公里", Q, 4200, None, "公里", None)]),
    ("自2015年中组部确定上海对口支援克拉玛依市以来，先后有4批109名上海干部人才来到西北的广袤土地",
     [("2015年", D, "2015", None, None, None), ("4批", Q, 4, None, "批", None), ("109名", Q, 109, None, "名", None)]),
    ("包括1个总体行动规划和全面覆盖产业发展、科技创新、教育培训、卫生健康、文旅交通的5个专项行动计划，全力“围绕四大任务、聚焦八大目标、推进十二项工程”",
     [("1个", Q, 1, None, "个", None), ("5个", Q, 5, None, "个", None), ("十二项", Q, 12, None, "项", None)]),
    ("目前，已签约落地上海及东部地区氢能领军企业20余家。",
     [("20余家", Q, 20, None, "家", "over")]),
    ("双方就“疆电入沪”电力合作达成共识，并就2025年及未来3年电力援疆形成初步意向。",
     [("2025年", D, "2025", None, None, None), ("3年", U, 3, None, "年", None)]),
    ("一体化调研指导，听课评课960余节，参加教研活动90余次，开设专题讲座30余次，覆盖当地教师5800余人次，有效提升当地教研水平。",
     [("960余节", Q, 960, None, "节", "over"), ("90余次", Q, 90, None, "次", "over"), ("30余次", Q, 30, None, "次", "over"),
      ("5800余人次", Q, 5800, None, "人次", "over")]),
    ("来自同济大学附属同济医院等医院的9名上海援疆医疗专家，先后前往克拉玛依市中心医院、克拉玛依市第三人民医院开展义诊",
     [("9名", Q, 9, None, "名", None), ("第三", O, 3, None, None, None)]),
    ("2023年4月，克拉玛依市中心医院成立“上海援疆名医工作室”，累计接诊患者6000多人次，完成各类疑难复杂手术310多例。耳鼻喉、乳腺等手术团队，先后开展9项新技术新项目",
     [("2023年4月", D, "2023-04", None, None, None), ("6000多人次", Q, 6000, None, "人次", "over"),
      ("310多例", Q, 310, None, "例", "over"), ("9项", Q, 9, None, "项", None)]),
    ("助力申报的第二批自治区“2+5”重点人才计划项目共16个，助力当地19名人才、1个团队获自治区“天山英才”培养计划科技人才专项支持，立项情况在全疆各地州市中排名第二；推荐7人申报",
     [("第二批", O, 2, None, "批", None), ("16个", Q, 16, None, "个", None), ("19名", Q, 19, None, "名", None),
      ("1个", Q, 1, None, "个", None), ("第二", O, 2, None, None, None), ("7人", Q, 7, None, "人", None)]),
    ("协助克拉玛依市赴上海交大、复旦、同济、华东理工等6所高校开展宣讲会。博士团赴克拉玛依进行为期40天的暑期实践",
     [("6所", Q, 6, None, "所", None), ("40天", U, 40, None, "天", None)]),
    ("教育援克开展“油城名校名师跟岗培训”等7个培训项目，组织240余名教育工作者赴上海参加专项培训。",
     [("7个", Q, 7, None, "个", None), ("240余名", Q, 240, None, "名", "over")]),
    ("带教徒弟650人次；加强培训研修，组织沪克两地学术交流活动6次，160余名专家、骨干积极参与。协调上海市10余家三甲医院与当地医院建立长效机制；累计培训医护人员1200余人次",
     [("650人次", Q, 650, None, "人次", None), ("6次", Q, 6, None, "次", None), ("160余名", Q, 160, None, "名", "over"),
      ("10余家", Q, 10, None, "家", "over"), ("1200余人次", Q, 1200, None, "人次", "over")]),
    ("2023年7月，上海—西安—克拉玛依经停直飞航班首航，航程缩短至8小时以内",
     [("2023年7月", D, "2023-07", None, None, None), ("8小时以内", U, 8, None, "小时", "under")]),
    ("牵头组团赴上海参加2023年上海市对口支援百架旅游包机、第六届上海市对口地区特色商品展销会、第四届长三角文博会",
     [("2023年", D, "2023", None, None, None), ("百架", Q, 100, None, "架", None), ("第六届", O, 6, None, "届", None),
      ("第四届", O, 4, None, "届", None)]),
    ("组织近30个班次赴上海复旦、交大、同济等高校；共选派110余名当地干部赴上海党政机关开展1—6个月的跟岗锻炼，“零距离”跟进",
     [("近30个", Q, 30, None, "个", "about"), ("110余名", Q, 110, None, "名", "over"), ("1—6个月", U, 1, 6, "月", None)]),
    ("两地共对接政府、企业、教育、交通、智库、文旅等各类考察团70余批次，沪克双方共签订各类合作协议9份",
     [("70余批次", Q, 70, None, "批次", "over"), ("9份", Q, 9, None, "份", None)]),
]

# Sentences written for forms the corpora lack (news register).
WRITTEN = [
    ("全年实现营业收入5000万美元，同比增长２５％，利润率提高3.5个百分点。",
     [("5000万美元", M, 50000000, None, "美元", None), ("２５％", P, 25, None, "%", None), ("3.5个百分点", P, 3.5, None, "个百分点", None)]),
    ("该市约三成居民参与，门票一律九折，外地游客占三分之一。",
     [("约三成", P, 30, None, "%", "about"), ("九折", P, 90, None, "%", None), ("三分之一", P, 100 / 3, None, "%", None)]),
    ("二○○一年十月一日上午9时30分，大会在人民大会堂开幕，下午3点闭幕。",
     [("二○○一年十月一日", D, "2001-10-01", None, None, None), ("上午9时30分", T, "09:30", None, None, None),
      ("下午3点", T, "15:00", None, None, None)]),
    ("当晚零时，气温降至零下二十三摄氏度，一个多月来最低。",
     [("零时", T, "00:00", None, None, None), ("零下二十三摄氏度", Q, -23, None, "摄氏度", None), ("一个多月", U, 1, None, "月", "over")]),
    ("珠峰高程为八千八百四十八米，攀登用时十年，山脚海拔四千三百一十三米。",
     [("八千八百四十八米", Q, 8848, None, "米", None), ("十年", U, 10, None, "年", None), ("四千三百一十三米", Q, 4313, None, "米", None)]),
    ("该行发放600亿贷款，其中两千三百万元用于扶贫，不良率不足1／5。",
     [("600亿", N, 60000000000, None, None, None), ("两千三百万元", M, 23000000, None, "元", None), ("不足1／5", P, 20, None, "%", "under")]),
    ("票价￥30，约合$5，另有150％—300％的溢价。",
     [("￥30", M, 30, None, "元", None), ("约合$5", M, 5, None, "美元", "about"), ("150％—300％", P, 150, 300, "%", None)]),
    ("工期三至五年，总投资1.4万至1.9万元，涉及2023—2025年。",
     [("三至五年", U, 3, 5, "年", None), ("1.4万至1.9万元", M, 14000, 19000, "元", None), ("2023—2025年", D, "2023", "2025", None, None)]),
    ("房间长3米、宽4米，面积12平方米，距离市中心1.5公里，共有1,234户居民。",
     [("3米", Q, 3, None, "米", None), ("4米", Q, 4, None, "米", None), ("12平方米", Q, 12, None, "平方米", None),
      ("1.5公里", Q, 1.5, None, "公里", None), ("1,234户", Q, 1234, None, "户", None)]),
    ("我们千万不要三心二意，要统一思想，一定一起在五一广场集合，唯一的要求是步调一致。",
     []),
    ("落实“十四五”规划，（四）加强监管；十三、完善制度。一般来说万一出事要一直坚持。",
     []),
    ("该企业欠款达负四十五亿零四百零四万，另有3千万港元和200欧元、50英镑存款。",
     [("负四十五亿零四百零四万", N, -4504040000, None, None, None), ("3千万港元", M, 30000000, None, "港元", None),
      ("200欧元", M, 200, None, "欧元", None), ("50英镑", M, 50, None, "英镑", None)]),
    ("第三季度出口增长百分之三十，廿年来首次超过一百零五亿日元。",
     [("第三季度", O, 3, None, "季度", None), ("百分之三十", P, 30, None, "%", None), ("廿年", U, 20, None, "年", None),
      ("超过一百零五亿日元", M, 10500000000, None, "日元", "over")]),
    ("会议于上午九时至十一时举行，持续两个半小时左右，逾千名代表出席。",
     [("上午九时至十一时", T, "09:00", "11:00", None, None), ("两个半小时左右", U, 2.5, None, "小时", "about"),
      ("逾千名", Q, 1000, None, "名", "over")]),
    ("她每周工作40小时，月薪大约8000元，三点五倍于当地平均水平。",
     [("40小时", U, 40, None, "小时", None), ("大约8000元", M, 8000, None, "元", "about"), ("三点五倍", Q, 3.5, None, "倍", None)]),
    ("截至10月，已有3.5万人次参观，比上年同期增加2000人以上，增幅为12.5%左右。",
     [("10月", D, "--10", None, None, None), ("3.5万人次", Q, 35000, None, "人次", None), ("2000人以上", Q, 2000, None, "人", "over"),
      ("12.5%左右", P, 12.5, None, "%", "about")]),
    ("项目用地200公顷，年产钢材50万吨，投资7.8亿卢布，另贷款三十多万元。",
     [("200公顷", Q, 200, None, "公顷", None), ("50万吨", Q, 500000, None, "吨", None), ("7.8亿卢布", M, 780000000, None, "卢布", None),
      ("三十多万元", M, 300000, None, "元", "over")]),
    ("本月9日起，每晚8点至10点开放，每次限30分钟，每年365天无休。",
     [("本月9日", D, "---09", None, None, None), ("8点至10点", T, "20:00", "22:00", None, None), ("30分钟", U, 30, None, "分钟", None),
      ("365天", U, 365, None, "天", None)]),
]


def locate(text: str, mentions: list[tuple]) -> list[dict]:
    out = []
    pos = 0
    for sub, kind, value, vmax, unit, approx in mentions:
        i = text.find(sub, pos)
        if i < 0:
            raise SystemExit(f"not found: {sub!r} in {text!r}")
        out.append({"start": i, "end": i + len(sub), "text": sub, "kind": kind, "value": value,
                    "value_max": vmax, "unit": unit, "approx": approx})
        pos = i + len(sub)
    return out


def main() -> None:
    sample = msr_sample()
    rows = [("msr", sample[i], m) for i, m in sorted(MSR.items())]
    rows += [("seeds", t, m) for t, m in SEEDS] + [("written", t, m) for t, m in WRITTEN]
    dest = Path(__file__).with_name("numbers_dev.jsonl")
    with open(dest, "w", encoding="utf-8") as f:
        for k, (src, text, mentions) in enumerate(rows):
            split = "test" if k % 3 == 2 else "dev"
            rec = {"text": text, "source": src, "split": split, "mentions": locate(text, mentions)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(m) for _, _, m in rows)
    print(f"{dest}: {len(rows)} sentences, {n} mentions")


if __name__ == "__main__":
    main()
