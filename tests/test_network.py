"""kmytext network: sentences and articles, weights and documents, GEXF, the CLI."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kmytext
from kmytext.cli import app
from kmytext.run.corpus import whole_units
from kmytext.stats.mentions import by_sentence
from kmytext.stats.network import Graph, Links
from kmytext.tables import TABLES
from kmytext.text.document import Document


def _wrap(text: str, width: int = 18) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


# A page from print, hard-wrapped at 18 characters: sentences run across line breaks (and one
# name, 新疆油田公司, is broken by one), which cleanup joins.
PAGE = ("市领导调研企业\n\n"
        + _wrap("本报讯 3月26日，克拉玛依市委书记张三在新疆油田公司调研。市长李四和新疆油田公司总经理王五陪同调研。"
                "张三强调，要加快氢能产业发展，李四表示全力支持。")
        + "\n\n援疆工作座谈会召开\n\n"
        + _wrap("本报讯 3月27日，王五在克拉玛依市政府会见了赵六。双方就合作进行了交流。") + "\n")
SENTENCE_EDGES = {
    ("克拉玛依市委", "张三"): 1, ("克拉玛依市委", "新疆油田公司"): 1, ("张三", "新疆油田公司"): 1,  # across a break
    ("新疆油田公司", "李四"): 1, ("新疆油田公司", "王五"): 1, ("李四", "王五"): 1,  # a name across a break
    ("张三", "李四"): 1, ("王五", "赵六"): 1,
}


def edges(net: kmytext.Network) -> dict[tuple[str, str], int]:
    return {(e.source, e.target): e.weight for e in net.edges}


def test_the_page_has_line_breaks_inside_sentences() -> None:
    doc = Document("p.txt", PAGE)
    assert "书记\n张三" in PAGE and "新\n疆油田公司" in PAGE
    groups = [[e.text for e in g] for g in by_sentence(doc, kmytext.entities(doc))]
    assert groups[:2] == [["克拉玛依市委", "张三", "新疆油田公司"], ["李四", "新\n疆油田公司", "王五"]]


def test_sentence_and_article_cooccurrence() -> None:
    doc = Document("p.txt", PAGE)
    assert edges(kmytext.network(doc, within="sentence")) == SENTENCE_EDGES
    by_article = edges(kmytext.network(doc, within="article"))
    # in one article, every pair of its people and organisations; 王五 is in both articles
    first = ["克拉玛依市委", "张三", "新疆油田公司", "李四", "王五"]
    assert set(by_article) == {tuple(sorted((a, b))) for i, a in enumerate(first) for b in first[i + 1:]} | {("王五", "赵六")}
    assert set(by_article.values()) == {1}


def test_weights_count_sentences_and_documents_count_units() -> None:
    texts = ["王刚在北京大学讲课。李华和王刚在北京大学。王刚离开。", "李华到北京大学。", "李华到北京大学。"]
    net = kmytext.network(texts)
    assert [(e.source, e.target, e.weight, e.documents) for e in net.edges] == [
        ("北京大学", "李华", 3, 3), ("北京大学", "王刚", 2, 1), ("李华", "王刚", 1, 1)]
    assert [(n.entity, n.type, n.mentions, n.documents) for n in net.nodes] == [
        ("北京大学", "ORG", 4, 3), ("李华", "PER", 3, 3), ("王刚", "PER", 3, 1)]
    assert [(e.source_type, e.target_type) for e in net.edges] == [("ORG", "PER"), ("ORG", "PER"), ("PER", "PER")]


def test_types_top_and_min_weight() -> None:
    texts = ["王刚在北京大学讲课。李华和王刚在北京大学。", "李华到北京大学。"]
    assert {n.type for n in kmytext.network(texts, types=["PER"]).nodes} == {"PER"}
    assert edges(kmytext.network(texts, types=["PER"])) == {("李华", "王刚"): 1}
    assert edges(kmytext.network(texts, min_weight=2)) == {("北京大学", "李华"): 2, ("北京大学", "王刚"): 2}
    assert [n.entity for n in kmytext.network(texts + ["赵六来了。"], types=["PER"]).nodes] == ["李华", "王刚"]  # 赵六: no link
    top = kmytext.network(texts, top=2)
    assert [n.entity for n in top.nodes] == ["北京大学", "李华"] and edges(top) == {("北京大学", "李华"): 2}


def test_units_by_article_are_each_one_article() -> None:
    corpus = kmytext.Corpus([Document("p.txt", PAGE)], by="article")
    net = corpus.network(within="article")
    assert edges(net)[("王五", "赵六")] == 1 and ("克拉玛依市委", "赵六") not in edges(net)
    assert {n.entity: n.documents for n in net.nodes}["王五"] == 2  # in two articles, each a unit


def test_the_pieces_of_a_file_are_one_document() -> None:
    a, b = ("李华", "PER"), ("王刚", "PER")
    graph = Graph()
    pieces = [(Document("big.txt", "…"), Links("big.txt", Counter({a: 1, b: 1}), Counter({(a, b): 1}))),
              (Document("big.txt", "…", offset=300_000), Links("big.txt", Counter({a: 2, b: 1}), Counter({(a, b): 2}))),
              (Document("other.txt", "…"), Links("other.txt", Counter({a: 1})))]
    for _, unit in whole_units(pieces):
        graph.add(unit)
    net = graph.network()
    assert [(e.weight, e.documents) for e in net.edges] == [(3, 1)]
    assert [(n.entity, n.mentions, n.documents) for n in net.nodes] == [("李华", 4, 2), ("王刚", 2, 1)]


# --- GEXF ------------------------------------------------------------------------------------

NS = {"g": "http://gexf.net/1.3"}


def test_gexf_is_well_formed_with_the_nodes_edges_and_weights(tmp_path: Path) -> None:
    net = kmytext.network(Document("p.txt", PAGE))
    path = tmp_path / "network.gexf"
    net.write_gexf(path)
    root = ET.parse(path).getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph = root.find("g:graph", NS)
    assert graph is not None and graph.get("defaultedgetype") == "undirected"
    declared = {(a.get("class"), x.get("id"), x.get("type")) for a in graph.findall("g:attributes", NS)
                for x in a.findall("g:attribute", NS)}
    assert declared == {("node", "type", "string"), ("node", "mentions", "integer"), ("node", "documents", "integer"),
                        ("edge", "documents", "integer")}
    nodes = graph.findall("g:nodes/g:node", NS)
    assert len(nodes) == len(net.nodes) == 6
    label = {n.get("id"): n.get("label") for n in nodes}
    values = {n.get("label"): {v.get("for"): v.get("value") for v in n.findall("g:attvalues/g:attvalue", NS)}
              for n in nodes}
    assert values["张三"] == {"type": "PER", "mentions": "2", "documents": "1"}
    found = {tuple(sorted((label[e.get("source")], label[e.get("target")]))): int(e.get("weight"))  # type: ignore[arg-type]
             for e in graph.findall("g:edges/g:edge", NS)}
    assert found == {tuple(sorted(k)): w for k, w in SENTENCE_EDGES.items()}
    assert len({e.get("id") for e in graph.findall("g:edges/g:edge", NS)}) == len(SENTENCE_EDGES)


def test_gexf_reads_in_networkx(tmp_path: Path) -> None:
    nx = pytest.importorskip("networkx", reason="networkx is not installed (not a kmytext dependency)")
    net = kmytext.network(["王刚在北京大学讲课。李华和王刚在北京大学。", "李华到北京大学。"])
    net.write_gexf(tmp_path / "n.gexf")
    graph = nx.read_gexf(tmp_path / "n.gexf")
    assert not graph.is_directed()
    assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 3
    by_label = {d["label"]: n for n, d in graph.nodes(data=True)}
    assert graph.nodes[by_label["北京大学"]]["mentions"] == 3 and graph.nodes[by_label["王刚"]]["type"] == "PER"
    assert graph.edges[by_label["北京大学"], by_label["李华"]]["weight"] == 2


def test_gexf_escapes_what_xml_must() -> None:
    from kmytext.types import NetworkEdge, NetworkNode

    net = kmytext.Network([NetworkNode('A&B "<公司>"', "ORG", 1, 1), NetworkNode("王刚", "PER", 1, 1)],
                          [NetworkEdge('A&B "<公司>"', "王刚", 1, 1, "ORG", "PER")])
    root = ET.fromstring(net.gexf())
    assert [n.get("label") for n in root.iter("{http://gexf.net/1.3}node")] == ['A&B "<公司>"', "王刚"]


# --- the command line ------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "p.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.mark.parametrize("table, name", [("edges", "network"), ("nodes", "network_nodes")])
def test_cli_csv_columns_come_from_the_table(page: Path, table: str, name: str) -> None:
    result = runner.invoke(app, ["network", str(page), "--table", table, "-f", "csv"])
    assert result.exit_code == 0 and result.stderr == ""
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(TABLES[name].columns)
    if table == "edges":
        assert {(r["source"], r["target"]): int(r["weight"]) for r in rows} == SENTENCE_EDGES


def test_cli_default_output_is_the_edges_and_o_csv_has_a_bom(page: Path, tmp_path: Path) -> None:
    out = tmp_path / "edges.csv"
    result = runner.invoke(app, ["network", str(page), "--within", "article", "--min-weight", "1", "-o", str(out)])
    assert result.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ",".join(TABLES["network"].columns).encode())
    assert len(raw.decode("utf-8-sig").splitlines()) == 1 + 11


def test_cli_gexf(page: Path, tmp_path: Path) -> None:
    out = tmp_path / "network.gexf"
    result = runner.invoke(app, ["network", str(page), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"wrote {out}: 6 nodes, 8 edges\n"
    assert len(ET.parse(out).getroot().findall("g:graph/g:edges/g:edge", NS)) == 8
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".gexf"] == ["network.gexf"]  # no temporary left


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "table"])
def test_cli_formats(page: Path, fmt: str) -> None:
    result = runner.invoke(app, ["network", str(page), "--type", "PER", "--table", "nodes", "-f", fmt])
    assert result.exit_code == 0 and "张三" in result.stdout and "克拉玛依市委" not in result.stdout


@pytest.mark.parametrize("kwargs, error", [
    ({"within": "paragraph"}, ValueError), ({"types": "PER"}, TypeError), ({"types": ["per"]}, ValueError),
    ({"top": -1}, ValueError), ({"min_weight": 0}, ValueError),
])
def test_the_library_refuses_what_the_command_refuses(kwargs: dict, error: type) -> None:
    """A wrong argument is an error, not a quietly wrong network (types="PER" was the letters
    P, E and R, within="paragraph" the articles)."""
    with pytest.raises(error):
        kmytext.network(["王刚在北京大学讲课。"], **kwargs)
