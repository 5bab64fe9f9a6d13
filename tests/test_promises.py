"""What the README, docs/ and the API's docstrings promise, checked from outside: records that
point into the caller's text, the documented columns of every table in every format, the
options doing what they say, the same rows however the input arrives (a file, a pipe, a folder,
one process or two) and README examples no other test holds. Each test says the promise it checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kmytext
from conftest import BRIEFS, FEATURE, csv_rows, run



# --- kwic: a query as the page prints it; a bad one is the caller's error ------------------------

FULL_WIDTH = "中央电视台ＣＣＴＶ１报道，华为Ｍａｔｅ６０手机销量１２万台。华为Ｍａｔｅ６０手机很受欢迎。"


@pytest.mark.parametrize("query", ["ＣＣＴＶ１", "CCTV1", "Ｍａｔｅ６０", "Mate60"])
def test_a_query_typed_as_the_page_prints_it_is_found(query: str) -> None:
    """Cleanup folds full-width letters and digits (README, Newspaper pages); a query typed as the
    page prints them, or in ASCII, finds them (as a query in either script finds both)."""
    for chars in (False, True):
        found = kmytext.kwic(FULL_WIDTH, query, chars=chars)
        assert found, (query, chars)
        assert all(re.sub(r"\s", "", FULL_WIDTH[k.start:k.end]) in ("ＣＣＴＶ１", "Ｍａｔｅ６０") for k in found)
    if "ａ" in query or "a" in query:
        assert [c.word for c in kmytext.collocates([FULL_WIDTH], query, min_count=2)] == ["华为", "手机"]


@pytest.mark.parametrize("call", [lambda: kmytext.kwic("氢能大会", "(", regex=True),
                                  lambda: kmytext.concordance([], "[", regex=True),
                                  lambda: kmytext.Corpus.from_texts(["氢能大会"]).kwic("氢能 (", regex=True),
                                  lambda: kmytext.kwic("氢能大会", " ")])
def test_a_bad_query_is_an_argument_error(call) -> None:  # type: ignore[no-untyped-def]
    """Bad arguments raise kmytext.ArgumentError, a ValueError (STYLE.md 5; kmytext.errors)."""
    with pytest.raises(kmytext.ArgumentError):
        call()


def test_a_bad_regex_is_a_usage_error_on_the_command_line() -> None:
    """Exit codes: 2 for a usage error (bad option or value), not 1 and 'a bug in kmytext'."""
    result = run("kwic", "援克 (", str(BRIEFS), "--regex")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "bad regular expression" in result.stderr and "bug" not in result.stderr


# --- freq: numbers, dates and their units are not words ----------------------------------------

@pytest.mark.parametrize("text", ["工作6个月。", "工作1—6个月的人。", "12个月后到期。", "每天工作8个小时。",
                                  "提高0.5个百分点。", "连续5个季度增长。", "三个月后到期。"])
def test_a_unit_after_a_number_and_its_measure_word_is_no_word(text: str) -> None:
    """freq: 'a unit right after a number is part of it' (3月26日 adds no 月): 6个月 no more
    than 三个月, which jieba cuts 三个 + 月 where it cuts 6 + 个 + 月."""
    words = {f.word for f in kmytext.frequencies(text, stop=frozenset())}
    assert not words & {"月", "个", "小时", "百分点", "季度", "个月"}, words


@pytest.mark.parametrize("text, word", [("访问了10个国家。", "国家"), ("来了6个人。", "人")])
def test_a_noun_counted_with_a_measure_word_is_still_a_word(text: str, word: str) -> None:
    assert word in {f.word for f in kmytext.frequencies(text, stop=frozenset())}


# --- the shared options: --dict on every command that segments -----------------------------------

def test_report_takes_a_user_dictionary_as_its_tables_commands_do(tmp_path: Path) -> None:
    """-d/--dict is 'for every command that segments', and each report sheet is the table of the
    command of its name: report segments, so it takes --dict (and --engine) and gives their tables."""
    words = tmp_path / "words.txt"
    words.write_text("沪克合作 100 n\n援克前指 100 nt\n", encoding="utf-8")
    out = tmp_path / "tables"
    result = run("report", str(FEATURE), "-o", str(out), "--dict", str(words), "--engine", "rjieba", "-j", "1")
    assert result.exit_code == 0, result.stderr
    freq = run("freq", str(FEATURE), "--dict", str(words), "-f", "csv", "--no-bom")
    assert (out / "freq.csv").read_text(encoding="utf-8-sig") == freq.stdout
    assert "\n援克前指," in freq.stdout


SHARED_OPTIONS = ["--format", "--output", "--bom", "--encoding", "--errors", "--raw", "--strict", "--dict", "--engine",
                  "--simplified", "--sample", "--jobs"]
# The README's exceptions to 'every command shares these options' (under the options table).
WITHOUT = {"numbers": {"--dict", "--engine", "--simplified"}, "articles": {"--dict", "--engine", "--simplified", "--jobs"},
           "reprints": {"--dict", "--engine", "--simplified"}, "collocates": {"--jobs"}, "report": {"--format", "--bom"}}
COMMANDS = ["segment", "entities", "numbers", "keywords", "freq", "keyness", "kwic", "collocates", "report", "quotes",
            "posts", "reprints", "timeline", "network", "articles"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_the_shared_options_the_readme_gives_it(command: str) -> None:
    result = run(command, "--help", env={"COLUMNS": "200"})
    has = {o for o in SHARED_OPTIONS if re.search(rf"(?<![\w-]){o}\b", result.stdout)}
    assert has == set(SHARED_OPTIONS) - WITHOUT.get(command, set())


def test_quotes_simplified_gives_the_speaker_in_simplified_characters() -> None:
    page = "香港特別行政區政府發言人表示，「我們會繼續努力。」\n"
    plain, simple = csv_rows("quotes", input=page), csv_rows("quotes", "--simplified", input=page)
    assert [r["speaker"] for r in plain] == ["香港特別行政區政府發言人"]  # answered in its own script
    assert [r["speaker"] for r in simple] == ["香港特别行政区政府发言人"]
    assert [(r["quote"], r["speaker_text"]) for r in simple] == [("我們會繼續努力。", "香港特別行政區政府發言人")]


# --- Windows line ends, given to the API as a str -------------------------------------------------

SOURCE_FIELDS = {"start", "end", "text", "context", "speaker_text", "speaker_start", "speaker_end", "cue_start",
                 "cue_end", "person", "person_start", "person_end", "credits"}


@pytest.mark.parametrize("func", ["entities", "numbers", "quotes", "posts", "articles", "segment", "credits"])
def test_windows_line_ends_give_what_newlines_give(func: str) -> None:
    """Files are read with \\r\\n as \\n; a str with \\r\\n given to the API gives the same records
    (the photo credits 马海军 摄 of the sample page were lost, and 马海军 became an ORG), with
    offsets into the str as given."""
    page = BRIEFS.read_text(encoding="utf-8")
    crlf = page.replace("\n", "\r\n")
    plain, windows = getattr(kmytext, func)(page), getattr(kmytext, func)(crlf)
    assert [{k: v for k, v in r.as_dict().items() if k not in SOURCE_FIELDS} for r in windows] == \
           [{k: v for k, v in r.as_dict().items() if k not in SOURCE_FIELDS} for r in plain]
    assert all(crlf[r.start:r.end] == (r.name if func == "credits" else r.text) for r in windows)
    if func == "entities":
        assert ("马海军", "PER", "photographer") in {(e.text, e.type, e.role) for e in windows}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["克拉", "玛依", "市", "633", " ", "亿元", "\n", "\n\n", "。", "马海军 摄", "本报讯",
                                 "（一）", "，", "“", "”"]), max_size=40).map("".join))
def test_cleanup_reads_windows_line_ends_as_newlines(text: str) -> None:
    windows = text.replace("\n", "\r\n")
    assert kmytext.clean(windows).text == kmytext.clean(text).text


# --- every record points into the text it was found in -------------------------------------------

TEXTS = {
    "briefs": BRIEFS.read_text(encoding="utf-8"),
    "feature": FEATURE.read_text(encoding="utf-8"),
    "words broken across lines": "克拉\n\n玛依市举办中国西部氢\n能大会，签约项目总投资633 亿\n元。\n董爱华说：“我们要把氢能产业做大"
                                 "做强。”\n国务院总理李\n强会见外宾。\n（记者 张佳\n佳）",
    "full-width digits": "克拉玛依市今年投资１２３４５万元，增长１５．６％。记者张佳佳报道。ＣＣＴＶ１播出。",
    "traditional": "香港特別行政區政府發言人表示，「我們會繼續努力。」行政長官李家超出席會議，撥款三億元。",
    "emoji": "😀克拉玛依市🚀举办氢能大会👍🏽，投资3亿元🇨🇳。董爱华表示，将继续推进。",
    "windows line ends": "本报讯（记者 张佳佳）\r\n3月26日，白碱滩区市场监督管理局\r\n授予辖区32家爱心商户“暖新商铺”称号。"
                         "\r\n王涛说：“这是好事。”\r\n国务院总理李强会见外宾。\r\n马海军 摄\r\n",
}


def _spans_hold(text: str, records: list, *spans: tuple[str, str, str]) -> None:  # type: ignore[type-arg]
    for r in records:
        for start, end, field in spans or (("start", "end", "text"),):
            s, e = getattr(r, start), getattr(r, end)
            if s is None and e is None:
                continue
            assert 0 <= s <= e <= len(text) and text[s:e] == getattr(r, field), (field, r)
        if hasattr(r, "line") and "\r" not in text.replace("\r\n", ""):
            assert r.line == text[:r.start].count("\n") + 1, r


@pytest.mark.parametrize("name", list(TEXTS))
def test_every_function_gives_records_whose_offsets_point_into_the_text(name: str) -> None:
    """README, Input and errors: 'All extractors accept any str and return records whose
    text[r.start:r.end] == r.text'; quotes and posts place their speaker, cue and person too."""
    text = TEXTS[name]
    found = 0
    for records in (kmytext.segment(text), kmytext.segment(text, pos=True), kmytext.segment(text, mode="search"),
                    kmytext.entities(text), kmytext.numbers(text), kmytext.articles(text)):
        _spans_hold(text, records)
        found += len(records)
    _spans_hold(text, kmytext.quotes(text), ("start", "end", "text"), ("speaker_start", "speaker_end", "speaker_text"),
                ("cue_start", "cue_end", "cue"))
    _spans_hold(text, kmytext.posts(text), ("start", "end", "text"), ("person_start", "person_end", "person"))
    credits = [*kmytext.credits(text), *(c for a in kmytext.articles(text) for c in a.credits)]
    _spans_hold(text, credits, ("start", "end", "name"))
    assert found


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_token_word_and_a_concordance_keyword_are_the_source_text_less_line_breaks(name: str) -> None:
    """Token.word is its text without line-break debris (types.py); kwic's keyword is the match,
    its start and end point into the source, across line breaks."""
    from kmytext.text.normalize import fold_width, to_simplified

    text = TEXTS[name]
    doc = kmytext.Document("page", text)  # cleaned and segmented once for all the queries

    def plain(s: str) -> str:  # what cleanup does to a word besides dropping line breaks
        return to_simplified(fold_width(re.sub(r"\s", "", s)).text).text

    if name == "words broken across lines":
        assert [k.keyword for k in kmytext.kwic(doc, "氢能")] == ["氢能", "氢能"]
    tokens = [t for t in kmytext.segment(doc) if t.word.strip()]
    assert all(plain(t.text) == plain(t.word) for t in tokens)
    for query in {t.word for t in tokens if len(t.word) > 1 and "\n" in t.text} | {"克拉玛依", "氢能", "李强"}:
        for chars in (False, True):
            for k in kmytext.kwic(doc, query, chars=chars):
                assert plain(text[k.start:k.end]) == plain(k.keyword) == plain(query), (query, k)


# --- the tables: documented columns, in every format, the same rows ------------------------------

# The columns as the README lists them, command by command.
COLUMNS = {
    ("segment", "-f", "csv"): "doc,line,start,end,token,pos",
    ("entities",): "entity,type,count,documents,aliases",
    ("entities", "--mentions"): "doc,line,start,end,entity,type,name,role,context",
    ("numbers",): "text,kind,value,value_max,unit,approx,direction,object,doc,line,start,end,context",
    ("keywords",): "keyword,score,count,pos",
    ("keywords", "--by", "doc"): "doc,keyword,score,count,pos",
    ("freq",): "word,pos,count,per_10k,docs",
    ("keyness",): "word,count,ref_count,per_10k,ref_per_10k,g2,log_ratio,p",
    ("kwic", "援克"): "left,keyword,right,doc,line,start,end",
    ("collocates", "援克"): "word,count,freq,mi,g2",
    ("quotes",): "doc,article,date,line,kind,speaker,speaker_type,cue,quote,start,end,speaker_text,speaker_start,"
                 "speaker_end,cue_start,cue_end",
    ("posts",): "person,position,org,count,documents,first_date,last_date,former",
    ("posts", "--mentions"): "doc,article,date,line,person,position,org,name,former,phrase,start,end,person_start,"
                             "person_end,context",
    ("articles",): "doc,n,title,subtitle,kicker,date,place,credits,start,end,length,first_sentence",
    ("timeline", "--year", "2025"): "period,item,kind,count,articles,sum",
    ("network",): "source,target,weight,documents,source_type,target_type",
    ("network", "--table", "nodes"): "entity,type,mentions,documents",
    ("reprints",): "cluster,role,doc,outlet,date,length,shared,containment,source,aligned_with,source_by,start,end",
    ("reprints", "--table", "passages"): "cluster,doc,start,end,other,other_start,other_end,length,matched,preview",
    ("reprints", "--table", "outlets"): "outlet,articles,reprinted_from_others,reprinted_by_others,from_rate,by_rate",
}


@pytest.mark.parametrize("args", list(COLUMNS), ids=[" ".join(a) for a in COLUMNS])
def test_every_table_has_the_documented_columns_in_order(args: tuple[str, ...]) -> None:
    result = run(*args, str(BRIEFS), *([] if "-f" in args else ["-f", "csv"]))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.partition("\n")[0] == COLUMNS[args]


def _tsv_cell(cell: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m[1], m[1]), cell)


def _as_csv(value: object) -> str:
    """A JSON value as the CSV writes it."""
    return "" if value is None else str(value)


@pytest.mark.parametrize("args", [("numbers",), ("entities", "--mentions"), ("quotes",), ("posts", "--mentions"),
                                  ("articles",), ("kwic", "援克")], ids=" ".join)
def test_the_formats_of_a_table_hold_the_same_rows_and_read_back_with_pandas(args: tuple[str, ...],
                                                                            tmp_path: Path) -> None:
    """-o FILE: format from the extension; CSV and TSV files with a BOM (JSON never); the same
    columns in the same order; CSV reads back with pandas (utf-8-sig), TSV line by line with its
    escapes undone, JSON and JSONL as lists of objects: the same rows in every format."""
    import pandas as pd

    paths = {}
    for ext in ("csv", "tsv", "json", "jsonl"):
        paths[ext] = tmp_path / f"out.{ext}"
        result = run(*args, str(BRIEFS), "-o", str(paths[ext]))
        assert (result.exit_code, result.stdout) == (0, "")
        assert paths[ext].read_bytes().startswith(b"\xef\xbb\xbf") == (ext in ("csv", "tsv"))
    frame = pd.read_csv(paths["csv"], encoding="utf-8-sig", dtype=str, keep_default_na=False)
    columns = COLUMNS[args].split(",")
    assert list(frame.columns) == columns and len(frame)
    rows = frame.values.tolist()
    tsv = [line.split("\t") for line in paths["tsv"].read_text(encoding="utf-8-sig").split("\n")[:-1]]
    assert tsv[0] == columns and [[_tsv_cell(c) for c in r] for r in tsv[1:]] == rows
    objects = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert [json.loads(line) for line in paths["jsonl"].read_text(encoding="utf-8").splitlines()] == objects
    assert all(list(o) == columns for o in objects)
    assert [[_as_csv(o[c]) for c in columns] for o in objects] == rows
    assert pd.read_json(paths["jsonl"], lines=True).shape == frame.shape


def test_the_report_workbook_holds_the_report_folder_s_tables(tmp_path: Path) -> None:
    """report: a .xlsx has a sheet per table with the columns of the command of its name; any
    other name is a folder of CSV files: both read back with pandas to the same tables."""
    import pandas as pd

    from kmytext.tables import TABLES

    for out in (tmp_path / "r.xlsx", tmp_path / "r"):
        assert run("report", str(FEATURE), "-o", str(out), "-j", "1").exit_code == 0
    sheets = pd.read_excel(tmp_path / "r.xlsx", sheet_name=None)
    assert list(sheets) == ["articles", "entities", "numbers", "keywords", "keyness", "freq", "timeline", "network",
                            "network_nodes"]
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == sorted(f"{name}.csv" for name in sheets)
    for name, sheet in sheets.items():
        folder = pd.read_csv(tmp_path / "r" / f"{name}.csv", encoding="utf-8-sig")
        assert list(sheet.columns) == list(folder.columns) == list(TABLES[name].columns), name
        assert sheet.shape == folder.shape, name
        for column in sheet.columns:
            if column != "p":  # CSV writes p to 4 significant digits, the workbook the number
                assert sheet[column].astype(str).tolist() == folder[column].astype(str).tolist(), (name, column)


# --- the same rows however the input arrives -------------------------------------------------------

_LINES = BRIEFS.read_text(encoding="utf-8").splitlines(keepends=True)
EXCERPTS = {"a.txt": "".join(_LINES[139:210]),  # four items: credits, datelines, a post, two quotes
            "sub/b.txt": "".join(_LINES[285:320])}  # a feature's quote and post, 1.7 万 P, 633 亿元


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for name, text in EXCERPTS.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("不是文本文件，不读。", encoding="utf-8")  # only *.txt is read
    return folder


PER_DOCUMENT = [("segment",), ("segment", "-f", "csv", "--pos"), ("entities", "--mentions"), ("numbers",),
                ("quotes",), ("posts", "--mentions"), ("articles",), ("kwic", "活动")]
WHOLE_CORPUS = [("entities",), ("keywords",), ("freq",), ("keyness", "--min-count", "1"), ("collocates", "活动"),
                ("posts",), ("network", "--table", "nodes"), ("network", "-t", "PER,ORG,LOC")]


def _table_args(args: tuple[str, ...]) -> list[str]:
    return [*args] if "-f" in args or args == ("segment",) else [*args, "-f", "csv"]


@pytest.mark.parametrize("args", PER_DOCUMENT + WHOLE_CORPUS[:3], ids=" ".join)
def test_a_pipe_and_dash_give_the_rows_of_the_named_file(args: tuple[str, ...], pages: Path) -> None:
    """'cat page.txt | kmytext X' and 'kmytext X - < page.txt' give what 'kmytext X page.txt'
    gives; the doc column has '-', as it was given."""
    path = pages / "a.txt"
    named = run(*_table_args(args)[:len(args)], str(path), *_table_args(args)[len(args):])
    piped = run(*_table_args(args), input=EXCERPTS["a.txt"])
    dash = run(*_table_args(args)[:len(args)], "-", *_table_args(args)[len(args):], input=EXCERPTS["a.txt"])
    assert named.exit_code == piped.exit_code == dash.exit_code == 0, named.stderr + piped.stderr + dash.stderr
    assert named.stdout.strip() and named.stdout.replace(str(path), "-") == piped.stdout == dash.stdout


@pytest.mark.parametrize("args", PER_DOCUMENT + WHOLE_CORPUS, ids=" ".join)
def test_a_folder_gives_the_rows_of_its_txt_files(args: tuple[str, ...], pages: Path) -> None:
    """A folder is its *.txt files, recursively, in sorted order: the rows of each file in turn
    for tables of mentions, and the table of both files named for a corpus's counts."""
    files = [str(pages / name) for name in sorted(EXCERPTS)]
    folder = run(*_table_args(args)[:len(args)], str(pages), *_table_args(args)[len(args):])
    assert folder.exit_code == 0 and folder.stdout.strip(), folder.stderr
    if args in WHOLE_CORPUS:
        both = run(*_table_args(args)[:len(args)], *files, *_table_args(args)[len(args):])
        assert folder.stdout == both.stdout
        return
    each = [run(*_table_args(args)[:len(args)], f, *_table_args(args)[len(args):]).stdout for f in files]
    if args == ("segment",):
        assert folder.stdout == "".join(each)
    else:
        header = each[0].partition("\n")[0]
        assert folder.stdout == header + "\n" + "".join(e.partition("\n")[2] for e in each)


@pytest.mark.parametrize("args", [("quotes",), ("posts", "--mentions"), ("kwic", "活动"), ("keyness", "--min-count", "1"),
                                  ("timeline", "--unit", "article", "--year", "2025", "--by", "day"),
                                  ("network", "--within", "article"), ("entities", "--by", "article", "--mentions"),
                                  ("reprints", "--by", "article", "--min-length", "20", "--min-containment", "0")],
                         ids=" ".join)
def test_two_jobs_give_the_output_of_one(args: tuple[str, ...], pages: Path, monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    """--jobs N writes the results in input order, so the output is the same for any N (the
    commands tests/test_parallel.py does not run), with the pool started on small pieces."""
    inputs = [str(pages)]
    if args[0] == "reprints":  # another outlet's copy of a page
        (tmp_path / "other").mkdir()
        (tmp_path / "other" / "a.txt").write_text(EXCERPTS["a.txt"], encoding="utf-8")
        inputs.append(str(tmp_path / "other"))
    from kmytext.io import read
    from kmytext.run import parallel

    monkeypatch.setattr(read, "CHUNK_BYTES", 1500)
    monkeypatch.setattr(read, "CHUNK_CHARS", 600)
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    monkeypatch.setattr(parallel, "BATCH_CHARS", 400)
    one = run(*args, *inputs, "-f", "csv", "--jobs", "1")
    two = run(*args, *inputs, "-f", "csv", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout and one.stdout.count("\n") > 1


# --- the options do what the README says ----------------------------------------------------------

@pytest.fixture(scope="module")
def table():  # type: ignore[no-untyped-def]
    """The rows of a command on the first sample page, each command run once."""
    cache: dict[tuple[str, ...], list[dict[str, str]]] = {}

    def rows(*args: str) -> list[dict[str, str]]:
        if args not in cache:
            cache[args] = csv_rows(*args, str(BRIEFS))
        return cache[args]
    return rows


def _ints(rows: list[dict[str, str]], column: str) -> list[float]:
    return [float(r[column]) for r in rows]


def _descending(values: list[float]) -> bool:
    return values == sorted(values, reverse=True)


def test_entities_options(table) -> None:  # type: ignore[no-untyped-def]
    """count: mentions (aliases under the full name), documents: units; most frequent first;
    --top N, --min-count N and --type filter that table, and --type the mentions too."""
    from collections import Counter

    counts, mentions = table("entities"), table("entities", "--mentions")
    assert Counter((m["name"], m["type"]) for m in mentions) == {(r["entity"], r["type"]): int(r["count"])
                                                                  for r in counts}
    assert _descending(_ints(counts, "count"))
    assert table("entities", "--top", "5") == counts[:5]
    assert table("entities", "--min-count", "3") == [r for r in counts if int(r["count"]) >= 3]
    assert table("entities", "--type", "PER,ORG") == [r for r in counts if r["type"] in ("PER", "ORG")]
    assert table("entities", "--mentions", "--type", "PER") == [m for m in mentions if m["type"] == "PER"]


def test_freq_options(table) -> None:  # type: ignore[no-untyped-def]
    """per_10k is a rate against every word, stopwords too, so a word's rate is the same with
    or without --keep-stopwords; most counted first; --top, --min-count; --ngram 2 gives word
    pairs, none with a function word in it."""
    from importlib import resources

    rows, every = table("freq"), table("freq", "--keep-stopwords")
    rate = {r["word"]: r["per_10k"] for r in every}
    assert all(rate[r["word"]] == r["per_10k"] for r in rows) and len(every) > len(rows)
    assert _descending(_ints(rows, "count"))
    assert table("freq", "--top", "7") == rows[:7]
    assert table("freq", "--min-count", "5") == [r for r in rows if int(r["count"]) >= 5]
    function_words = set(resources.files("kmytext.data").joinpath("function_words.txt").read_text(
        encoding="utf-8").split())
    pairs = table("freq", "--ngram", "2", "--min-count", "3")
    assert pairs and all(len(r["word"].split()) == 2 and not set(r["word"].split()) & function_words for r in pairs)


def test_keyness_is_sorted_by_g2_with_its_p_value(table) -> None:  # type: ignore[no-untyped-def]
    """Rows sorted by g2; p is G2's p-value (chi-squared, one degree of freedom); --min-count."""
    import math

    rows = table("keyness", "--top", "0", "--min-count", "4")
    assert rows and _descending(_ints(rows, "g2")) and min(_ints(rows, "count")) >= 4
    for r in rows:
        assert float(r["p"]) == pytest.approx(math.erfc(math.sqrt(abs(float(r["g2"])) / 2)), rel=1e-3, abs=1e-12)


def test_kwic_and_collocates_options(table) -> None:  # type: ignore[no-untyped-def]
    """kwic: text order by default, --sort right by the right context, --sort left by the left
    context read leftwards; --width characters either side. collocates: --sort g2, mi, count;
    --min-count."""
    lines = table("kwic", "援克")
    assert [int(r["start"]) for r in lines] == sorted(int(r["start"]) for r in lines) and len(lines) > 3
    assert [r["right"] for r in table("kwic", "援克", "--sort", "right")] == sorted(r["right"] for r in lines)
    assert [r["left"][::-1] for r in table("kwic", "援克", "--sort", "left")] == sorted(r["left"][::-1] for r in lines)
    narrow = table("kwic", "援克", "--width", "4")
    assert max(len(r["left"]) for r in narrow) == max(len(r["right"]) for r in narrow) == 4
    for by in ("g2", "mi", "count"):
        assert _descending(_ints(table("collocates", "援克", "--sort", by, "--min-count", "1"), by))
    assert min(_ints(table("collocates", "援克", "--min-count", "3"), "count")) >= 3


def test_network_options(table) -> None:  # type: ignore[no-untyped-def]
    """Edges heaviest first; --min-weight N keeps links found N times or more; the nodes are the
    entities the edges link, most mentioned first; --top N the links between the N most
    mentioned."""
    edges = table("network", "-t", "PER,ORG,LOC")
    nodes = table("network", "-t", "PER,ORG,LOC", "--table", "nodes")
    assert edges and _descending(_ints(edges, "weight")) and _descending(_ints(nodes, "mentions"))
    assert table("network", "-t", "PER,ORG,LOC", "--min-weight", "2") == [e for e in edges if int(e["weight"]) >= 2]
    assert {n["entity"] for n in nodes} == {e["source"] for e in edges} | {e["target"] for e in edges}
    top = {n["entity"] for n in nodes[:5]}
    linked = table("network", "-t", "PER,ORG,LOC", "--top", "5")
    assert linked and all(e["source"] in top and e["target"] in top for e in linked)
    assert {e["source_type"] for e in table("network")} <= {"PER", "ORG"}  # the default types


def test_posts_count_their_mentions_and_filters_keep_their_kind(table) -> None:  # type: ignore[no-untyped-def]
    from collections import Counter

    counts, mentions = table("posts"), table("posts", "--mentions")
    assert Counter((m["name"], m["position"], m["org"]) for m in mentions) == \
        {(r["person"], r["position"], r["org"]): int(r["count"]) for r in counts}
    assert _descending(_ints(counts, "count"))
    assert {r["kind"] for r in table("numbers", "--kind", "money,date")} == {"money", "date"}
    assert {r["kind"] for r in table("quotes", "--kind", "direct")} == {"direct"}
    quotes = table("quotes")
    assert table("quotes", "--speaker-type", "org,role") == [q for q in quotes if q["speaker_type"] in ("org", "role")]


def test_timeline_rows_go_by_period_then_most_counted(table) -> None:  # type: ignore[no-untyped-def]
    rows = table("timeline", "--unit", "article", "--year", "2025", "--by", "day", "--type", "PER,ORG,LOC")
    assert rows and all(r["period"].startswith("2025-") for r in rows)
    keys = [(r["period"], -int(r["count"])) for r in rows]
    assert keys == sorted(keys)


def test_on_a_terminal_with_nothing_piped_in_it_runs_on_the_sample_pages() -> None:
    """With no FILE, on a terminal with nothing piped in, a command runs on the sample pages
    and says so on stderr (README, Commands)."""
    import os
    import pty
    import subprocess
    import sys

    from conftest import ROOT

    controller, terminal = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "kmytext", "articles", "-f", "csv"], stdin=terminal,
                              capture_output=True, cwd=ROOT, timeout=120,
                              env=dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8"))
    finally:
        os.close(terminal)
        os.close(controller)
    assert proc.returncode == 0 and "sample pages" in proc.stderr.decode()
    assert proc.stdout.decode() == run("articles", "--sample", "-f", "csv").stdout


# --- the README's worked examples of numbers that tests/test_numbers.py does not hold ---------------

@pytest.mark.parametrize("text, expected", [
    ("气温零下二三十度。", [("零下二三十度", "quantity", -30, -20, "度", None, None)]),  # a negative range in numeric order
    ("两项指标分别下降13.4%和23.5%。", [("两项", "quantity", 2, None, "项", None, None),
                                    ("13.4%", "percent", 13.4, None, "%", None, "down"),
                                    ("23.5%", "percent", 23.5, None, "%", None, "down")]),  # a second change shares
    ("今年减少3万人。", [("3万人", "quantity", 30000, None, "人", None, "down")]),
    ("买了一打鸡蛋。", [("一打", "number", 12, None, None, None, None)]),
    ("过几天再说。", []),  # a bare 几天 gives nothing
    ("晚上12点关门。", [("晚上12点", "time", "24:00", None, None, None, None)]),
    ("他爱看二人转。", []),  # folk forms
    ("提高了17个多百分点。", [("17个多百分点", "percent", 17, None, "个百分点", "over", "up")]),
    ("他以15分46秒23夺冠。", [("15分46秒23", "duration", 946.23, None, "秒", None, None)]),
])
def test_readme_number_examples(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(n.text, n.kind, n.value, n.value_max, n.unit, n.approx, n.direction) for n in kmytext.numbers(text)
             if n.kind != "date"]
    assert found == expected


# --- defects the peer tests found in the numbers extractor and the mentions table --------------------

def test_a_headline_ending_in_a_numeral_is_no_count_of_the_lede_below() -> None:
    """本报 (this paper) after a numeral is no count of books (纪行之二\\n本报记者, in the MSR text
    too); 三万本报纸 counts newspapers."""
    page = "会议召开。\n\n全市新增就业岗位三万\n本报讯（记者 王明）今天，会议召开。\n"
    assert [(n.text, n.unit) for n in kmytext.numbers(page) if n.text.startswith("三万")] == [("三万", None)]
    assert [(n.text, n.unit) for n in kmytext.numbers("印了三万本报纸")] == [("三万本", "本")]


def test_a_mention_s_name_is_in_the_script_of_its_text() -> None:
    """The mentions table's name (and the full name an alias stands for) in the text's script,
    as the entities table's names are; in simplified characters with --simplified."""
    page = "香港特別行政區政府發言人表示，財政司司長陳茂波出席。國務院總理李強出席會議。李總理表示，會議成功。\n"
    rows = csv_rows("entities", "--mentions", input=page)
    assert ("香港特別行政區", "香港特別行政區") in {(r["entity"], r["name"]) for r in rows}
    assert {r["name"] for r in rows if r["type"] == "PER"} == {"陳茂波", "李強"}  # 李(總理) stands for 李強
    simplified = csv_rows("entities", "--mentions", "--simplified", input=page)
    assert ("香港特別行政區", "香港特别行政区") in {(r["entity"], r["name"]) for r in simplified}
    assert {r["entity"] for r in csv_rows("entities", input=page)} >= {"香港特別行政區", "李強"}
