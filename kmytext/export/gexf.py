"""A co-occurrence network as GEXF 1.3 (https://gexf.net), the format Gephi opens: an undirected
graph, one node per entity (label: the name; attributes: type, mentions, documents), one
weighted edge per pair (attribute: documents)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kmytext.stats.network import Network

NS = "http://gexf.net/1.3"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
NODE_ATTRIBUTES = (("type", "string"), ("mentions", "integer"), ("documents", "integer"))
EDGE_ATTRIBUTES = (("documents", "integer"),)


def gexf(net: Network) -> str:
    """The network as a GEXF 1.3 document (a string, UTF-8 declared).

    >>> from kmytext.types import NetworkEdge, NetworkNode
    >>> from kmytext.stats.network import Network
    >>> page = gexf(Network([NetworkNode("王刚", "PER", 2, 1), NetworkNode("北京大学", "ORG", 3, 2)],
    ...                     [NetworkEdge("北京大学", "王刚", 2, 1, "ORG", "PER")]))
    >>> '<edge id="0" source="1" target="0" weight="2">' in page
    True
    """
    from kmytext import __version__

    root = ET.Element("gexf", {"xmlns": NS, "xmlns:xsi": _XSI, "xsi:schemaLocation": f"{NS} {NS}/gexf.xsd",
                               "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = f"kmytext {__version__}"
    ET.SubElement(meta, "description").text = "co-occurrence network of entities"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "undirected", "mode": "static"})
    for cls, attributes in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
        declared = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for name, kind in attributes:
            ET.SubElement(declared, "attribute", {"id": name, "title": name, "type": kind})
    ids: dict[tuple[str, str], str] = {}
    nodes = ET.SubElement(graph, "nodes")
    for n in net.nodes:
        ids[(n.entity, n.type)] = str(len(ids))
        node = ET.SubElement(nodes, "node", {"id": ids[(n.entity, n.type)], "label": n.entity})
        _values(node, {"type": n.type, "mentions": n.mentions, "documents": n.documents})
    edges = ET.SubElement(graph, "edges")
    for i, e in enumerate(net.edges):
        edge = ET.SubElement(edges, "edge", {"id": str(i), "source": ids[(e.source, e.source_type)],
                                             "target": ids[(e.target, e.target_type)], "weight": str(e.weight)})
        _values(edge, {"documents": e.documents})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _values(element: ET.Element, values: dict[str, object]) -> None:
    holder = ET.SubElement(element, "attvalues")
    for name, value in values.items():
        ET.SubElement(holder, "attvalue", {"for": name, "value": str(value)})


def write_gexf(net: Network, path: Path) -> None:
    """The network as a GEXF file, written atomically (nothing is left half-written)."""
    from kmytext.io.write import atomic_path, check_output

    page = gexf(net)
    check_output(path)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")


__all__ = ["gexf", "write_gexf"]
