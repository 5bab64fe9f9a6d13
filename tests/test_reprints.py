"""kmytext reprints: planted copies found, boilerplate ignored, passages placed, sources dated."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import numpy as np
import pytest
from conftest import SEEDS
from typer.testing import CliRunner

import kmytext
from kmytext.cli import app
from kmytext.news.reprints import compare, outlet_of, unit_date
from kmytext.news.shingles import align, letters, minhash_values, shingle_hashes

runner = CliRunner()


def _sentences() -> list[str]:
    """The sample pages' sentences, once each (about 120, 20-120 characters)."""
    text = re.sub(r"\s+", "", "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))))
    return list(dict.fromkeys(s + "。" for s in re.split(r"[。！？]", text) if 20 <= len(s) <= 120))


S = _sentences()
O_BODY = S[0:8]          # the story reprinted in four places
P_BODY = S[8:16]         # a second story, reprinted once with a new first paragraph
BYLINE = "本报讯（记者 张佳佳 通讯员 申娜）"
SLOGAN = "“坚持以人民为中心的发展思想，推动经济社会高质量发展。”"
CLOSING = "（责任编辑：王明）"


def _page(title: str, dateline: str, paragraphs: list[str]) -> str:
    return f"{title}\n\n{dateline}" + "\n".join(paragraphs) + "\n"


FILES = {
    "daily/a01.txt": _page("油城社区开展活动", "本报克拉玛依2025年3月2日电（记者 王明）\n", O_BODY),
    "evening/b01.txt": _page("油城社区开展活动", "本报克拉玛依2025年3月3日电（记者 李华）\n", O_BODY),
    "weekly/c01.txt": _page("油城社区开展活动", "", O_BODY[:4]),
    "evening/b02.txt": _page("一周要闻", "本报克拉玛依2025年3月5日电\n", S[40:46] + O_BODY + S[46:52]),
    "daily/a02.txt": _page("援疆工作纪实", "本报克拉玛依2025年3月4日电\n", P_BODY),
    "weekly/c02.txt": _page("援疆工作纪实", "3月4日，", S[16:18] + P_BODY),
    # near misses: the same byline, slogan and closing line, nothing else
    "daily/a03.txt": _page("春耕", BYLINE, S[20:27] + [SLOGAN, CLOSING]),
    "evening/b03.txt": _page("夏收", BYLINE, S[28:35] + [SLOGAN, CLOSING]),
    "daily/a04.txt": _page("简讯", "", S[36:40]),
}


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reprints") / "papers"
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def found(papers: Path) -> kmytext.Reprints:
    return kmytext.Corpus([str(papers)]).reprints()


def _name(doc: str, root: Path) -> str:
    return Path(doc).relative_to(root).as_posix()


def test_planted_copies_cluster_and_boilerplate_does_not(found: kmytext.Reprints, papers: Path) -> None:
    clusters: dict[int, list[str]] = {}
    for c in found.copies:
        clusters.setdefault(c.cluster, []).append(_name(c.doc, papers))
    assert list(clusters.values()) == [
        ["daily/a01.txt", "evening/b01.txt", "evening/b02.txt", "weekly/c01.txt"],
        ["daily/a02.txt", "weekly/c02.txt"],
    ]


def test_source_is_the_earliest_dated_copy(found: kmytext.Reprints, papers: Path) -> None:
    rows = {_name(c.doc, papers): c for c in found.copies}
    assert rows["daily/a01.txt"].role == "source" and rows["daily/a01.txt"].source_by == "date"
    assert {rows[n].source for n in ("evening/b01.txt", "weekly/c01.txt", "evening/b02.txt")} == {
        str(papers / "daily/a01.txt")}
    assert rows["weekly/c01.txt"].date is None
    # a date without a year does not order: 3月4日 (c02) is not before 2025-03-04
    assert rows["weekly/c02.txt"].date == "--03-04" and rows["daily/a02.txt"].role == "source"


def test_partial_copies_have_their_share_and_placed_passages(found: kmytext.Reprints, papers: Path) -> None:
    rows = {_name(c.doc, papers): c for c in found.copies}
    assert rows["weekly/c01.txt"].containment == 1.0  # the first half, nothing else
    merged = rows["evening/b02.txt"]
    whole = len(letters(FILES["evening/b02.txt"]))
    story = len(letters("油城社区开展活动" + "".join(O_BODY)))
    assert merged.length == whole
    assert merged.containment == pytest.approx(story / whole, abs=0.02)
    assert rows["weekly/c02.txt"].containment == pytest.approx(
        len(letters("援疆工作纪实" + "".join(P_BODY))) / rows["weekly/c02.txt"].length, abs=0.02)
    for p in found.passages:
        mine = (papers / _name(p.doc, papers)).read_text(encoding="utf-8")[p.start:p.end]
        other = (papers / _name(p.other, papers)).read_text(encoding="utf-8")[p.other_start:p.other_end]
        assert len(letters(mine)) == p.length
        if p.matched == p.length == len(letters(other)):  # no edits: the same letters on both sides
            assert letters(mine).codes.tolist() == letters(other).codes.tolist()
        assert " ".join(mine.split()).startswith(p.preview.rstrip("…"))
    half = [p for p in found.passages if p.doc.endswith("c01.txt")]
    assert len(half) == 1 and half[0].other.endswith("a01.txt")


def test_outlet_rates(found: kmytext.Reprints) -> None:
    assert [o.as_dict() for o in found.outlets] == [
        {"outlet": "daily", "articles": 4, "reprinted_from_others": 0, "reprinted_by_others": 2,
         "from_rate": 0.0, "by_rate": 0.5},
        {"outlet": "evening", "articles": 3, "reprinted_from_others": 2, "reprinted_by_others": 0,
         "from_rate": 0.6667, "by_rate": 0.0},
        {"outlet": "weekly", "articles": 2, "reprinted_from_others": 2, "reprinted_by_others": 0,
         "from_rate": 1.0, "by_rate": 0.0},
    ]


@pytest.mark.parametrize("dates, source, by", [
    (("2024-05-07", "2024-05-06", "2024-05-08"), "2", "date"),
    (("2024-05-06", "2024-05-06", None), "1", "date"),      # a tie: input order
    ((None, "--05-01", None), "1", "order"),                # no year anywhere: input order
    (("--05-01", None, "2023-12-30"), "3", "date"),
])
def test_earliest_source(dates: tuple[str | None, ...], source: str, by: str) -> None:
    body = "\n".join(O_BODY)
    texts = []
    for d in dates:
        if d is None:
            lead = ""
        elif d.startswith("--"):
            lead = f"{int(d[2:4])}月{int(d[5:])}日，"
        else:
            lead = f"本报北京{d[:4]}年{int(d[5:7])}月{int(d[8:])}日电\n"
        texts.append(f"标题\n\n{lead}{body}")
    rows = kmytext.reprints(texts).copies
    assert [(r.doc, r.role) for r in rows][0] == (source, "source")
    assert {r.source_by for r in rows} == {by} and {r.source for r in rows} == {source}
    assert [r.date for r in sorted(rows, key=lambda r: r.doc)] == list(dates)


def test_thresholds_are_shared_length_and_containment() -> None:
    story = "".join(O_BODY)
    a, b = "开头一段不相干的话。" + story[:150], story[:150] + "结尾另外一段话。"
    assert compare(a, b) is not None
    assert compare(a, b, min_length=200) is None
    long_a, long_b = a + "".join(S[60:80]), b + "".join(S[80:100])
    assert compare(long_a, long_b) is None  # 150 shared letters are under a fifth of either
    assert compare(long_a, long_b, min_containment=0.05) is not None
    assert compare(BYLINE + SLOGAN + "".join(S[20:27]), BYLINE + SLOGAN + "".join(S[28:35]), min_length=1,
                   min_containment=0.0) is not None  # they do share something...
    assert compare(BYLINE + SLOGAN + "".join(S[20:27]), BYLINE + SLOGAN + "".join(S[28:35])) is None  # ...too little


def test_alignment_bridges_light_edits() -> None:
    story = "".join(O_BODY)
    edited = "".join("某" if i % 40 == 20 and "\u4e00" <= ch <= "\u9fff" else ch for i, ch in enumerate(story))
    spans = align(letters(story).codes, letters(edited).codes)
    assert len(spans) == 1
    assert spans[0].matched < spans[0].a_end - spans[0].a <= len(letters(story))
    assert spans[0].a_end - spans[0].a > 0.95 * len(letters(story))


def test_numpy_minhash_is_datasketchs() -> None:
    from datasketch import MinHash

    h = shingle_hashes(letters("".join(O_BODY)).codes, 4)
    h32 = (h & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    m = MinHash(num_perm=18, hashfunc=int)
    m.update_batch(h32.tolist())
    assert minhash_values(h32, np.array([0, len(h32)]), 18)[0].tolist() == m.hashvalues.tolist()


def test_dates_and_outlets() -> None:
    assert unit_date("标题\n\n本报北京2021年3月5日电（记者 王明）\n会议召开。") == "2021-03-05"
    assert unit_date("会议今天召开，3月5日，代表们报到。") is None
    assert outlet_of("papers/daily/2025/a.txt", ["papers"]) == "daily"
    assert outlet_of("papers/a.txt", ["papers"]) == "papers"
    assert outlet_of("elsewhere/a.txt", ["papers"]) == "elsewhere"
    assert outlet_of("x/renmin_20000105_3.txt", by="name") == "renmin"


def test_the_outlet_of_standard_input_and_of_a_file_here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert outlet_of("-") == outlet_of("-#2") == "-"  # was ".", which names no source
    (tmp_path / "renmin").mkdir()
    monkeypatch.chdir(tmp_path / "renmin")
    assert outlet_of("a.txt") == outlet_of("a.txt#1") == "renmin"  # the folder it is in, by its name


def test_pages_by_article(tmp_path: Path) -> None:
    """Two pages of several articles each, one story on both: --by article finds the two articles."""
    page1 = _page("油城社区开展活动", "本报克拉玛依2025年3月2日电\n", O_BODY) + "\n" + _page(
        "援疆工作纪实", "本报克拉玛依2025年3月2日电\n", P_BODY)
    page2 = _page("春耕", "本报克拉玛依2025年3月3日电\n", S[20:27]) + "\n" + _page(
        "油城社区开展活动", "本报克拉玛依2025年3月3日电\n", O_BODY)
    (tmp_path / "p1.txt").write_text(page1, encoding="utf-8")
    (tmp_path / "p2.txt").write_text(page2, encoding="utf-8")
    found = kmytext.Corpus([str(tmp_path)], by="article").reprints()
    source, copy = found.copies
    assert (source.role, copy.role) == ("source", "copy")
    assert source.doc.startswith(str(tmp_path / "p1.txt#")) and copy.doc.startswith(str(tmp_path / "p2.txt#"))
    assert page2.index("油城社区") <= copy.start < copy.end <= len(page2)  # an article of the second story
    assert copy.containment > 0.95


# --- the command line ---------------------------------------------------------------------------

def test_cli_tables_and_formats(papers: Path, found: kmytext.Reprints) -> None:
    result = runner.invoke(app, ["reprints", str(papers), "-f", "csv", "--no-bom", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["doc"] for r in rows] == [c.doc for c in found.copies]
    result = runner.invoke(app, ["reprints", str(papers), "--table", "outlets", "-f", "json", "-j", "1"])
    assert json.loads(result.stdout)[1]["reprinted_from_others"] == 2
    result = runner.invoke(app, ["reprints", str(papers), "-t", "passages", "-f", "jsonl", "-j", "1"])
    assert len(result.stdout.splitlines()) == len(found.passages)


def test_cli_help_and_bad_input(papers: Path) -> None:
    result = runner.invoke(app, ["reprints", "--help"])
    assert result.exit_code == 0 and "Example: kmytext reprints" in result.stdout
    result = runner.invoke(app, ["reprints", str(papers), str(papers / "missing.txt"), "-f", "csv", "-j", "1"])
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert len(result.stdout.splitlines()) == 7  # the others are still read and written
    result = runner.invoke(app, ["reprints", str(papers), "--table", "pairs"])
    assert result.exit_code == 2


def test_cli_reads_stdin_once() -> None:
    text = "\n\n".join([_page("油城社区开展活动", "本报克拉玛依2025年3月2日电\n", O_BODY)] * 2)
    result = runner.invoke(app, ["reprints", "-", "-f", "csv", "--no-bom"], input=text)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("cluster,role,doc")  # one unit: no pair, but no error


def test_sample_pages_share_little() -> None:
    found = kmytext.Corpus.sample().reprints()
    assert found.copies == []
    assert found.outlets[0].articles == 2


def test_pair_tasks_hold_a_text_only_until_its_last_pair() -> None:
    from kmytext.news.reprints import pair_tasks
    from kmytext.text.document import Document

    docs = [(i, Document(str(i), "x" * (i + 1))) for i in range(5)]
    seen: list[tuple[int, int]] = []
    gen = pair_tasks([(0, 1), (0, 4), (2, 3)], iter(docs))
    for task in gen:
        seen.append((task.a, task.b))
        assert (task.doc_a.id, task.doc_b.id) == (str(task.a), str(task.b))
    assert seen == [(0, 1), (2, 3), (0, 4)]


def test_an_article_merging_two_stories_is_in_both_clusters_which_stay_apart() -> None:
    o = _page("油城社区开展活动", "本报克拉玛依2025年3月2日电\n", O_BODY)
    p = _page("援疆工作纪实", "本报克拉玛依2025年3月3日电\n", P_BODY)
    roundup = _page("一周要闻", "本报克拉玛依2025年3月9日电\n", O_BODY + S[40:44] + P_BODY)
    rows = kmytext.reprints([o, p, roundup]).copies
    assert [(r.cluster, r.doc, r.role) for r in rows] == [
        (1, "1", "source"), (1, "3", "copy"), (2, "2", "source"), (2, "3", "copy")]
    merged = [r for r in rows if r.doc == "3"]
    assert merged[0].shared + merged[1].shared < merged[0].length  # each cluster counts its own story
    assert merged[0].containment == pytest.approx(len(letters("".join(O_BODY))) / merged[0].length, abs=0.03)


def test_to_frame_has_the_columns_of_the_tables(found: kmytext.Reprints) -> None:
    from kmytext.tables import TABLES

    for name, records in found.tables().items():
        assert kmytext.to_frame(records).columns.tolist() == list(TABLES[name].columns)


def test_a_text_that_repeats_itself_is_looked_up_once_per_chunk_it_has(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every chunk of a page of one phrase over and over (a 5 MB line, boilerplate) was looked
    up and found all the identical chunks before it: 191 s for 5 MB. A unit's identical chunks
    find the same units: each distinct chunk is looked up once, and the pairs are the same."""
    from datasketch import MinHashLSH

    from kmytext.news.reprints import DEFAULT, candidates, signature
    from kmytext.text.document import Document

    looked: list[int] = []
    real = MinHashLSH.query
    monkeypatch.setattr(MinHashLSH, "query", lambda self, m: looked.append(1) or real(self, m))
    story = "国务院总理李强主持召开国务院常务会议，研究部署进一步稳就业工作，加大政策支持力度。" * 4
    sigs = [signature(Document("a", "中文测试数据" * 20000)), signature(Document("b", "本报讯 " + story)),
            signature(Document("c", story + "（完）" + "中文测试数据" * 20000))]
    assert len(sigs[0].chunks) > 1000
    assert candidates(sigs) == [(0, 2), (1, 2)]
    passes = max(1, min(DEFAULT.lsh_passes, DEFAULT.bands // 2))
    assert len(looked) < 20 * passes
