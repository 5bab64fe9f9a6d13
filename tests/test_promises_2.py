"""What the README and the API's docstrings promise, checked from outside, second round: the
Python API against the command line (defaults, Corpus methods, batch forms), answers in the
script of the text, the options and files the README documents, CSV as spreadsheets and
pandas read it, and the examples. Each test says the promise it checks."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import kmytext
from conftest import BRIEFS, FEATURE, SEEDS, csv_rows, run



@pytest.fixture(scope="module")
def pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in (BRIEFS, FEATURE)]


# --- the Python API is the command line's library: the same defaults, the same rows -----------------

def test_keyness_in_python_skips_the_words_the_command_skips(pages: list[str]) -> None:
    """README: keyness's '--min-count (default 3) skips rare words', and 'each command of the CLI
    is one call' of Corpus, whose functions are the module's: kmytext.keyness(texts) gave the
    words seen twice too (its own default was 2), so it disagreed with Corpus.keyness() and
    the command on the same text."""
    function = kmytext.keyness(pages[1])
    assert function == kmytext.Corpus.from_texts([pages[1]]).keyness()
    assert function and min(k.count for k in function) == 3
    command = csv_rows("keyness", str(FEATURE), "--top", "0")
    assert [(r["word"], int(r["count"])) for r in command] == [(k.word, k.count) for k in function]


# What README's 'Each command of the CLI is one call here' (Corpus) gives, and the function of
# the same name: (Corpus method, module function), each a function of the texts.
SAME = {
    "keywords": (lambda c: c.keywords(top=30), lambda t: kmytext.keywords(t, top=30)),
    "keywords_each": (lambda c: list(c.keywords_each(top=5, idf="corpus")),
                      lambda t: kmytext.keywords_by_doc(t, top=5, idf="corpus")),
    "keyness": (lambda c: c.keyness(), lambda t: kmytext.keyness(t)),
    "kwic": (lambda c: c.kwic("援克", sort="right"), lambda t: kmytext.concordance(t, "援克", sort="right")),
    "collocates": (lambda c: c.collocates("援克"), lambda t: kmytext.collocates(t, "援克")),
    "mentions": (lambda c: list(c.mentions()), lambda t: kmytext.entities(t)),
    "numbers": (lambda c: list(c.numbers()), lambda t: kmytext.numbers(t)),
    "quotes": (lambda c: list(c.quotes()), lambda t: kmytext.quotes(t)),
    "post_counts": (lambda c: c.post_counts(), lambda t: kmytext.post_counts(kmytext.posts(t))),
    "articles": (lambda c: list(c.articles()), lambda t: kmytext.articles(t)),
    "tokens": (lambda c: list(c.tokens(pos=True)), lambda t: kmytext.segment(t, pos=True)),
    "counts": (lambda c: kmytext.frequencies(c.counts()), lambda t: kmytext.frequencies(t)),
    "network": (lambda c: c.network(within="article"), lambda t: kmytext.network(t, within="article")),
    "timeline": (lambda c: c.timeline(types=["PER", "ORG", "LOC"], year=2025),
                 lambda t: kmytext.timeline(t, types=["PER", "ORG", "LOC"], year=2025)),
    "reprints": (lambda c: c.reprints(min_length=20, min_containment=0),
                 lambda t: kmytext.reprints(t, min_length=20, min_containment=0)),
}


@pytest.mark.parametrize("name", list(SAME))
def test_a_corpus_method_gives_what_the_function_gives(name: str, pages: list[str]) -> None:
    """README, Python API: Corpus 'runs the same analyses' as the functions, each command one
    call; on the same texts (ids 1, 2, as a list gives them) the same records."""
    method, function = SAME[name]
    texts = [*pages, pages[1][:3000]] if name == "reprints" else pages  # a copy of part of a page
    expected = function(texts)
    assert method(kmytext.Corpus.from_texts(texts)) == expected
    assert expected.edges if name == "network" else expected.copies if name == "reprints" else expected


def test_credits_takes_a_list_of_texts_as_every_function_that_reads_text() -> None:
    """README, Python API: 'Every function that reads text takes a str, a kmytext.Document, or
    a list of them (texts in a list are documents 1, 2, …)'. kmytext.credits refuses a list."""
    pages = ["本报讯（记者 张佳佳）会议召开。", "会议结束。\n马海军 摄\n"]
    found = kmytext.credits(pages)
    assert [(c.name, c.doc) for c in found] == [("张佳佳", "1"), ("马海军", "2")]


# --- traditional Chinese: answered in its own script ------------------------------------------------

HONG_KONG = ("香港特別行政區政府發言人表示，「我們會繼續努力。」國務院總理李強會見外賓。李總理說，歡迎各位。"
             "財政司司長陳茂波出席會議。")


def test_entity_names_from_python_are_in_the_script_of_the_text() -> None:
    """README, Traditional Chinese: 'answered in its own script ... in entity names', and
    simplified=True gives simplified output. kmytext.entities() gave name and canonical in
    simplified characters (李强) where Corpus.mentions() and the command give 李強."""
    found = kmytext.entities(HONG_KONG)
    people = {(e.text, e.name, e.canonical) for e in found if e.type == "PER"}
    assert {("李強", "李強", None), ("李", "李", "李強"), ("陳茂波", "陳茂波", None)} <= people
    assert all(HONG_KONG[e.start:e.end] == e.text for e in found)
    assert kmytext.entities([HONG_KONG]) == list(kmytext.Corpus.from_texts([HONG_KONG]).mentions())
    assert kmytext.entities_many([HONG_KONG, "国务院总理李强会见外宾。"]) == \
        [kmytext.entities(kmytext.Document("1", HONG_KONG)), kmytext.entities(kmytext.Document("2", "国务院总理李强会见外宾。"))]
    simple = kmytext.entities(HONG_KONG, simplified=True)
    assert {(e.text, e.name, e.canonical) for e in simple if e.type == "PER"} >= {("李強", "李强", None),
                                                                                ("李", "李", "李强")}
    assert [(e.start, e.end, e.type) for e in simple] == [(e.start, e.end, e.type) for e in found]
    rows = csv_rows("entities", "--mentions", input=HONG_KONG + "\n")
    assert [(r["entity"], r["name"]) for r in rows] == [(e.text, e.canonical or e.name) for e in found]


# --- the files the README documents -----------------------------------------------------------------

def test_a_names_file_takes_comments_after_a_name(tmp_path: Path) -> None:
    """README, --names FILE: 'one name TYPE a line ...; # starts a comment'. A comment after a
    name (阿里云 ORG  # 常被当作人名) stopped the run with 'is not name TYPE'; a # inside a name
    (no space before it) is part of the name."""
    names = tmp_path / "names.txt"
    names.write_text("# 公司\n阿里云 ORG  # 常被当作人名\n  # 人\n字节跳动\tORG\t# 公司\nC#语言 ORG\n", encoding="utf-8")
    text = "阿里云和字节跳动都用C#语言。\n"
    result = run("entities", "--names", str(names), "--mentions", "-f", "csv", input=text)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["entity"], r["type"]) for r in rows} >= {("阿里云", "ORG"), ("字节跳动", "ORG"), ("C#语言", "ORG")}
    assert [(e.text, e.type) for e in kmytext.entities(text, names=names)] == [(r["entity"], r["type"]) for r in rows]


# --- numbers: the README's written forms, through the cleanup every command runs ---------------------

@pytest.mark.parametrize("text, expected", [
    ("捐款貳仟參佰元。", [("貳仟參佰元", "money", 2300, "元")]),  # 參 became 参 (as in 參加), not 叁
    ("壹萬貳仟參佰肆拾伍元", [("壹萬貳仟參佰肆拾伍元", "money", 12345, "元")]),
    ("參加會議的有三萬人。", [("三萬人", "quantity", 30000, "人")]),  # 參加 is no 3
    ("投资４，５６５万元", [("４，５６５万元", "money", 45650000, "元")]),  # cleanup folded the digits, kept the comma
    ("１２，３４５．６元", [("１２，３４５．６元", "money", 12345.6, "元")]),
])
def test_written_numerals_read_whole_after_cleanup(text: str, expected: list[tuple[object, ...]]) -> None:
    """README, numbers: 'Written numerals of every kind read whole: ... full-width ４，５６５,
    traditional and financial forms (萬, 億, 貳仟參佰, ...)'. The reader held them on raw text
    (tests/test_numbers.py reads with find()), but numbers() and every command read the clean
    text, where 參 is 参 and ４，５６５ is 4，565: 貳仟參佰 gave 2000 and ４，５６５ gave 565."""
    assert [(n.text, n.kind, n.value, n.unit) for n in kmytext.numbers(text)] == expected
    rows = csv_rows("numbers", input=text + "\n")
    assert [(r["text"], r["value"]) for r in rows] == [(t, str(v)) for t, _, v, _ in expected]


# --- the statistics are the ones the README names ----------------------------------------------------

def test_keyness_is_dunning_s_g2_and_the_binary_log_ratio(pages: list[str]) -> None:
    """README, keyness: g2 is the log-likelihood (Dunning 1993; Rayson & Garside 2000), negative
    when the target uses the word less than the reference; log_ratio the binary log of the
    ratio of relative frequencies, a zero count taken as 0.5 (Hardie 2014); the bundled
    reference holds 398,485 words. Recomputed from count and ref_count for every row."""
    import math

    rows = kmytext.keyness(pages[1], min_count=1)
    n, m = round(rows[0].count * 10000 / rows[0].per_10k), 398_485  # the target's words, from a rate

    def g2(a: int, b: int) -> float:
        e1, e2 = n * (a + b) / (n + m), m * (a + b) / (n + m)
        g = 2 * ((a * math.log(a / e1) if a else 0) + (b * math.log(b / e2) if b else 0))
        return g if a / n >= b / m else -g

    assert any(r.ref_count == 0 for r in rows) and any(r.g2 < 0 for r in rows)
    for r in rows:
        assert r.g2 == pytest.approx(g2(r.count, r.ref_count), rel=1e-4, abs=1e-3), r
        assert r.log_ratio == pytest.approx(math.log2(r.count / n / (max(r.ref_count, 0.5) / m)), abs=1e-3), r
        assert r.per_10k == pytest.approx(r.count * 10000 / n, abs=1e-3)
        assert r.ref_per_10k == pytest.approx(r.ref_count * 10000 / m, abs=1e-3)


_TABLES = """
import sys, kmytext
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for rows in (kmytext.keywords(texts, top=60), kmytext.keywords(texts, method="textrank", top=60),
             kmytext.frequencies(texts, ngram=2), kmytext.collocates(texts, "上海", min_count=1),
             kmytext.network(texts, types={"PER", "ORG", "LOC"}).edges, kmytext.post_counts(kmytext.posts(texts)),
             kmytext.Corpus.from_texts(texts).entities(), kmytext.keyness(texts, min_count=1)):
    print([tuple(r.as_dict().values()) for r in rows])
"""


def test_results_are_the_same_in_every_process() -> None:
    """Rankings break their ties the same way in every run: the same tables whatever Python's
    string hashing (PYTHONHASHSEED) of the process, as --jobs and the report need."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, "-c", _TABLES, str(SEEDS)], capture_output=True, text=True, env=env,
                              timeout=300, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1] and outs[0].count("\n") == 8


HK_PAGE = ("標題新聞\n\n本報北京2021年3月5日電 " + HONG_KONG + "國務院總理李強出席。創新科技是香港經濟的重要動力。"
           "創新科技發展迅速。\n")
# Each Python function with the names it gives (what the command's --simplified changes).
NAMED = {
    "entities": lambda **kw: [e.name for e in kmytext.entities(HK_PAGE, **kw)],
    "segment": lambda **kw: [t.word for t in kmytext.segment(HK_PAGE, **kw)],
    "keywords": lambda **kw: [k.keyword for k in kmytext.keywords(HK_PAGE, **kw)],
    "frequencies": lambda **kw: [f.word for f in kmytext.frequencies(HK_PAGE, **kw)],
    "keyness": lambda **kw: [k.word for k in kmytext.keyness(HK_PAGE, min_count=1, **kw)],
    "kwic": lambda **kw: [k.left + k.keyword + k.right for k in kmytext.kwic(HK_PAGE, "李强", **kw)],
    "collocates": lambda **kw: [c.word for c in kmytext.collocates(HK_PAGE, "李强", min_count=1, **kw)],
    "quotes": lambda **kw: [q.speaker for q in kmytext.quotes(HK_PAGE, **kw)],
    "posts": lambda **kw: [p.person + p.position + (p.org or "") for p in kmytext.posts(HK_PAGE, **kw)],
    "network": lambda **kw: [e.source + e.target for e in kmytext.network(HK_PAGE, **kw).edges],
    "timeline": lambda **kw: [r.item for r in kmytext.timeline(HK_PAGE, types=["PER", "ORG"], **kw)],
    "report": lambda **kw: [r.entity for r in kmytext.report(HK_PAGE, **kw)["entities"]],
}


@pytest.mark.parametrize("name", list(NAMED))
def test_every_function_that_gives_names_takes_simplified(name: str) -> None:
    """README, Traditional Chinese: output comes in the text's own script, and '--simplified
    gives simplified output instead (simplified=True in Python)'. kmytext.quotes, posts,
    network and timeline, whose commands take --simplified, refused simplified=True."""
    from kmytext.text.normalize import to_simplified

    own, simple = NAMED[name](), NAMED[name](simplified=True)
    assert own and simple == [to_simplified(x).text for x in own]
    assert any(to_simplified(x).text != x for x in own), own  # in the text's script, traditional


@pytest.mark.parametrize("word", ["一百多", "十余个", "几十", "三分之一", "百分之五", "五成", "九折", "二点五", "第一季度"])
def test_a_number_jieba_keeps_whole_is_no_word_nor_keyword(word: str) -> None:
    """README, freq: 'Punctuation, numbers and dates are not counted as words'; keywords:
    'Numbers, years and dates are never keywords'. jieba keeps these numbers (each one that
    kmytext numbers reads) as single tokens, and freq counted them, keywords ranked them."""
    text = f"克拉玛依去年投资项目{word}。" * 3
    assert word in {t.word for t in kmytext.segment(text)}  # one token: the case in question
    assert [n.text for n in kmytext.numbers(f"投资{word}。")]
    assert word not in {f.word for f in kmytext.frequencies(text, stop=frozenset())}
    assert word not in {k.keyword for k in kmytext.keywords(text, top=50)}
    assert not any(word in f.word.split() for f in kmytext.frequencies(text, ngram=2, stop=frozenset()))


@pytest.mark.parametrize("word", ["第一线", "两国", "一来", "百度", "三峡"])
def test_a_word_that_holds_a_numeral_is_still_a_word(word: str) -> None:
    assert word in {f.word for f in kmytext.frequencies(f"他们{word}，{word}。", stop=frozenset())}


# --- records to pandas ---------------------------------------------------------------------------------

def test_an_empty_result_goes_to_pandas_with_its_columns(tmp_path: Path) -> None:
    """README, Python API: 'Records go to pandas and back with the columns the command line
    writes', and the example writes to_frame(kmytext.numbers(doc)) to CSV and reads it back
    with pd.read_csv. The command line writes the header of an empty table; to_frame of no
    numbers is a frame without columns, whose CSV is an empty file that pd.read_csv refuses."""
    import pandas as pd

    frame = kmytext.to_frame(kmytext.numbers("没有数字的一句话。"))
    header = run("numbers", "-f", "csv", input="没有数字的一句话。\n").stdout.strip().split(",")
    assert list(frame.columns) == header
    frame.to_csv(tmp_path / "numbers.csv", index=False, encoding="utf-8-sig")
    assert list(pd.read_csv(tmp_path / "numbers.csv", encoding="utf-8-sig").columns) == list(frame.columns)


# --- the bundled word lists are what the README's Stopwords table says -------------------------------

def test_the_stopword_lists_hold_what_the_readme_says() -> None:
    """README, Stopwords: function_words.txt (N words) for freq; stopwords.txt (M words) for
    keywords and collocates holds 'those function words and also generic verbs ...'. It
    lacked 16 of them (关于, 按照, 着, 过, 吗, 呢, ...), so collocates and keywords could list
    words freq leaves out."""
    import re
    from importlib import resources

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("function_words", "stopwords"):
        words = [w for w in resources.files("kmytext.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
                 .splitlines() if w.strip() and not w.startswith("#")]
        stated = re.search(rf"`kmytext/data/{name}\.txt` \((\d+) words\)", readme)
        assert stated and int(stated[1]) == len(words) == len(set(words)), name
    from kmytext.stats.lexicon import function_words, stopwords

    assert function_words() <= stopwords()
    text = "关于氢能的报告。关于氢能的会议。大家按照氢能规划走过去。氢能按照规划。" * 3
    assert not {c.word for c in kmytext.collocates(text, "氢能", min_count=1)} & function_words()
    assert not {k.keyword for k in kmytext.keywords(text, top=50, pos=frozenset({"p", "y", "c"}))} & function_words()


# --- the options the README and --help give each command ---------------------------------------------

def test_freq_pos_keeps_only_those_tags_for_ngrams_too() -> None:
    """freq --help: '--pos: Only these POS tags' (README: kmytext freq seeds/ --ngram 2). With
    --ngram 2 the option was ignored: --pos v listed 上海 援克 (ns n) first."""
    bigrams = csv_rows("freq", str(FEATURE), "--ngram", "2")
    for tags in ("v", "n,ns"):
        wanted = set(tags.split(","))
        rows = csv_rows("freq", str(FEATURE), "--ngram", "2", "--pos", tags)
        assert rows and rows == [r for r in bigrams if set(r["pos"].split()) <= wanted]
    words = csv_rows("freq", str(FEATURE), "--pos", "v")
    assert words and {r["pos"] for r in words} == {"v"}


@pytest.mark.parametrize("listed", ["臺積電 ORG\n鴻海 ORG\n", "台积电 ORG\n鸿海 ORG\n"], ids=["traditional", "simplified"])
@pytest.mark.parametrize("page", ["臺積電公布財報，鴻海也公布。\n", "台积电公布财报，鸿海也公布。\n"],
                         ids=["traditional page", "simplified page"])
def test_a_names_list_finds_its_names_in_either_script(listed: str, page: str, tmp_path: Path) -> None:
    """README: with --names 'every occurrence of a listed name is that entity, whatever the
    model says', and a text in traditional script is read in either script (a kwic query may
    be typed in either). A list in traditional characters found nothing, not even on a page in
    traditional characters: names were looked for in the clean (simplified) text as written."""
    names = tmp_path / "names.txt"
    names.write_text(listed, encoding="utf-8")
    rows = csv_rows("entities", "--names", str(names), "--mentions", input=page)
    assert [(r["entity"], r["type"]) for r in rows] == [(page[0:3], "ORG"), (page[8:10], "ORG")]
    assert [e.text for e in kmytext.entities(page, names=names)] == [page[0:3], page[8:10]]


@pytest.mark.parametrize("words", ["臺積電董事長 100 n\n", "台积电董事长 100 n\n"], ids=["traditional", "simplified"])
def test_a_user_dictionary_in_either_script_makes_its_words_words(words: str, tmp_path: Path) -> None:
    """README: --dict FILE, 'its words are words everywhere'. A dictionary written in
    traditional characters changed nothing: the segmenter reads the clean, simplified text."""
    user = tmp_path / "words.txt"
    user.write_text(words, encoding="utf-8")
    for page in ("臺積電董事長出席會議。", "台积电董事长出席会议。"):
        result = run("segment", "--dict", str(user), input=page + "\n")
        assert result.exit_code == 0 and result.stdout.split()[0] == page[:6], result.stdout
        assert kmytext.segment(page, segmenter=kmytext.Segmenter(dicts=user))[0].text == page[:6]


@pytest.mark.parametrize("listed", ["創新\n", "创新\n"], ids=["traditional", "simplified"])
def test_a_stopword_in_either_script_stops_the_word(listed: str, tmp_path: Path) -> None:
    """README, Stopwords: '--stopwords FILE ... adds your words to a command's list' (stop=
    in Python). A stopword written in traditional characters (創新) stopped nothing: counted
    words are clean, simplified words."""
    stop = tmp_path / "stop.txt"
    stop.write_text(listed, encoding="utf-8")
    page = HK_PAGE + "創新科技，創新發展，創新。\n"
    for command in (("freq",), ("collocates", "科技", "--min-count", "1")):
        plain, stopped = csv_rows(*command, input=page), csv_rows(*command, "--stopwords", str(stop), input=page)
        assert "創新" in {r["word"] for r in plain} and "創新" not in {r["word"] for r in stopped}, command
    word = listed.strip()
    assert "創新" not in {f.word for f in kmytext.frequencies(page, stop=frozenset({word}))}
    assert "創新" not in {c.word for c in kmytext.collocates(page, "科技", min_count=1, stop=frozenset({word}))}


def test_a_reference_list_in_traditional_characters_counts_for_the_words(tmp_path: Path) -> None:
    """README, keyness: '--reference counts.tsv # or a word<TAB>count list'. The target's words
    are counted in simplified characters, so a list written in traditional ones gave every word
    a reference count of 0 (創新 'key' against a list that counts it 500 times)."""
    lists = {}
    for script, words in (("traditional", "創新\t500\n李強\t10\n科技\t300\n"), ("simplified", "创新\t500\n李强\t10\n科技\t300\n")):
        lists[script] = tmp_path / f"{script}.tsv"
        lists[script].write_text(words, encoding="utf-8")
    rows = {s: csv_rows("keyness", "--reference", str(p), "--min-count", "1", input=HK_PAGE) for s, p in lists.items()}
    assert rows["traditional"] == rows["simplified"]
    assert {(r["word"], r["ref_count"]) for r in rows["traditional"]} >= {("創新", "500"), ("李強", "10")}
    assert kmytext.keyness(HK_PAGE, lists["traditional"], min_count=1) == kmytext.keyness(HK_PAGE, lists["simplified"],
                                                                                         min_count=1)


# --- what runs when -----------------------------------------------------------------------------------

def test_numbers_and_articles_neither_segment_nor_load_a_model() -> None:
    """README: --dict and --engine go with 'the commands that segment (all but numbers, articles
    and reprints)', 'the numbers command itself never runs the entity model', and pandas is
    imported only to build a DataFrame (STYLE.md 2): importing kmytext, making records and
    running numbers, articles, credits and clean loads no segmenter, NumPy or pandas."""
    import subprocess
    import sys

    from conftest import ROOT

    code = ("import sys, kmytext\n"
            "page = '标题\\n\\n本报北京2021年3月5日电（记者 张佳佳）投资633 亿元，增长5%。\\n马海军 摄\\n'\n"
            "found = [kmytext.numbers(page), kmytext.articles(page), kmytext.credits(page), kmytext.clean(page).text,\n"
            "         kmytext.Document('a', page).clean_text, kmytext.Token('氢能', 0, 2)]\n"
            "assert all(found), found\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'jieba', 'rjieba', 'numpy', 'pandas'}))")
    import os

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (proc.returncode, proc.stdout.strip()) == (0, "[]"), proc.stderr


@pytest.mark.parametrize("text, former", [
    ("时任上海市长徐匡迪出席。", True), ("时任国务院总理朱镕基视察。", True), ("前任外交部长钱其琛出席。", True),
    ("会上，时任外交部长钱其琛发言。", True), ("前国务院总理朱镕基出席。", True), ("钱其琛曾任外交部长。", True),
    ("外交部长钱其琛出席。", False), ("此前任外交部长的钱其琛出席。", False),
])
def test_a_post_called_past_before_its_organisation_is_former(text: str, former: bool) -> None:
    """README, posts: 'former for 前, 原, 前任, 时任 and 曾任, ...'. 前 and 原 before the
    organisation made a post former, 前任 and 时任 only right before the title: 时任上海市长徐匡迪
    was a present post."""
    assert [p.former for p in kmytext.posts(text)] == [former]
    assert [r["former"] for r in csv_rows("posts", input=text + "\n")] == [str(int(former))]


def test_a_reference_list_and_a_reference_folder_add_up(tmp_path: Path) -> None:
    """keyness --help: '--reference: files or folders, or a word<TAB>count list (.tsv/.tsv.gz)
    ... Repeatable.' Given a list and a folder together, the list was read as text: its
    lines counted as words of the reference (创新 once, not 500 times)."""
    counts = tmp_path / "counts.tsv"
    counts.write_text("创新\t500\n科技\t300\n", encoding="utf-8")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("科技创新是发展的动力。国务院总理出席会议。\n", encoding="utf-8")
    both = {r["word"]: r for r in csv_rows("keyness", "--reference", str(counts), "--reference", str(folder),
                                          "--min-count", "1", input=HK_PAGE)}
    assert both["創新"]["ref_count"] == "501" and both["總理"]["ref_count"] == "1"
    alone = {r["word"]: r for r in csv_rows("keyness", "--reference", str(counts), "--min-count", "1", input=HK_PAGE)}
    assert alone["創新"]["ref_count"] == "500"



POSTS_PAGE = ("第一条新闻\n\n本报北京2021年3月5日电 国务院总理李强会见外宾。外交部长王毅陪同。\n\n第二条新闻\n\n"
              "本报上海2022年7月9日电 国务院总理李强出席会议。上海市市长龚正、外交部长王毅出席。国务院总理李强讲话。\n")


@pytest.mark.parametrize("options", [("--top", "2"), ("--min-count", "2"), ("--top", "1", "--min-count", "2")],
                         ids=" ".join)
def test_top_and_min_count_choose_the_mentions_too(options: tuple[str, ...], tmp_path: Path) -> None:
    """entities and posts --help: '--top: Only the N most frequent entities (posts)', '--min-count:
    Only entities seen this often'; the README lists them beside --mentions. With --mentions
    both were ignored: every mention came out. Now the mentions are those of the rows the
    table keeps."""
    from collections import Counter

    page = tmp_path / "page.txt"
    page.write_text(POSTS_PAGE, encoding="utf-8")
    for command, key, columns in (("entities", ("name", "type"), ("entity", "type")),
                                  ("posts", ("name", "position", "org"), ("person", "position", "org"))):
        table = csv_rows(command, str(page), *options)
        mentions = csv_rows(command, str(page), "--mentions", *options)
        every = csv_rows(command, str(page), "--mentions")
        assert table and len(mentions) < len(every), command
        counted = Counter(tuple(m[k] for k in key) for m in mentions)
        assert counted == {tuple(r[c] for c in columns): int(r["count"]) for r in table}, command
        assert mentions == [m for m in every if tuple(m[k] for k in key) in counted]
