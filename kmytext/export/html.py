"""A report as one HTML page of charts that a journalist opens in a browser: top entities by
type, numbers by kind, keywords, keyness, mentions over time (the ``timeline`` table) and who
appears with whom (the ``network`` tables: a heatmap of the pairs and a drawing of the network),
each with a heading and its key figures. One self-contained file: plotly.js is embedded once, so it
works offline (no CDN, nothing fetched)."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kmytext.types import EntityCount, Keyness, Keyword, NetworkEdge, NetworkNode, Number, TimelineCount

# Chinese renders with the first of these the reader's system has.
FONTS = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
         '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif')
TOP = 15  # bars in a chart of entities
TOP_WORDS = 20  # bars in a chart of keywords or keyness
LINES = 8  # entities in the chart of mentions over time
DAYS = 120  # more dates than this: the chart of mentions over time counts by month
NODES = 30  # people and organisations in the drawing of the network
GRAVITY = 3.0  # the pull to the middle that keeps the parts of a network in one drawing
TYPES = (("PER", "People"), ("LOC", "Places"), ("ORG", "Organisations"))
KINDS = {"money": "money", "percent": "percentages", "date": "dates", "time": "times", "duration": "durations",
         "quantity": "quantities", "ordinal": "ordinals", "number": "plain numbers"}
_CSS = """
body { font-family: %s; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2933; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .2rem; border-top: 1px solid #d9dee3; padding-top: 1rem; }
p { margin: .3rem 0; line-height: 1.5; }
.figures { color: #52606d; }
.chart { width: 100%%; }
""" % FONTS


def write_html(tables: dict[str, list[Any]], path: Path) -> None:
    """The report's tables (:meth:`kmytext.Corpus.report`) as one HTML page of charts, written
    atomically."""
    from kmytext.io.write import atomic_path, check_output

    page = render(tables)
    check_output(path)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")


def render(tables: dict[str, list[Any]], *, title: str = "kmytext report") -> str:
    """The page as a string: a summary, then a section per chart."""
    import plotly.offline

    sections = [
        *(_entities(tables.get("entities", []), kind, name) for kind, name in TYPES),
        _numbers(tables.get("numbers", [])),
        _keywords(tables.get("keywords", [])),
        _keyness(tables.get("keyness", [])),
        _timeline(tables.get("timeline", [])),
        _cooccurrence(tables.get("network", [])),
        _network(tables.get("network_nodes", []), tables.get("network", [])),
    ]
    body = []
    for i, (heading, figures, figure) in enumerate(sections):
        body.append(f"<section><h2>{_e(heading)}</h2><p class=\"figures\">{_e(figures)}</p>")
        if figure is not None:
            body.append(figure.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{i + 1}",
                                       config={"displaylogo": False, "responsive": True}))
        body.append("</section>")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style>",
        f'<script type="text/javascript">{plotly.offline.get_plotlyjs()}</script>',
        f"</head><body><h1>{_e(title)}</h1><p>{_e(_summary(tables))}</p>",
        *body, "</body></html>", ""])


Section = tuple[str, str, Any]  # heading, key figures, plotly figure (None: nothing to draw)


def _summary(tables: dict[str, list[Any]]) -> str:
    articles = tables.get("articles", [])
    files = {r.doc for name in ("articles", "numbers") for r in tables.get(name, [])}
    entities = tables.get("entities", [])
    dated = sum(1 for a in articles if a.date)
    return (f"{_n(len(files))} files, {_n(len(articles))} articles ({_n(dated)} with a dateline date), "
            f"{_n(sum(e.count for e in entities))} mentions of {_n(len(entities))} people, places, organisations "
            f"and works, {_n(len(tables.get('numbers', [])))} numbers, {_n(len(tables.get('freq', [])))} "
            "distinct words.")


def _entities(rows: Sequence[EntityCount], kind: str, name: str) -> Section:
    of_kind = [e for e in rows if e.type == kind]
    heading = f"{name} ({kind}): the most mentioned"
    if not of_kind:
        return heading, f"No {name.lower()} found.", None
    top = of_kind[:TOP]
    figures = (f"{_n(len(of_kind))} {name.lower()}, {_n(sum(e.count for e in of_kind))} mentions. Most mentioned: "
               + ", ".join(f"{e.entity} ({e.count})" for e in top[:3]) + ".")
    hover = [f"{e.entity}: {e.count} mentions in {e.documents} documents"
             + (f"; also called {e.aliases}" if e.aliases else "") for e in top]
    return heading, figures, _bars([e.entity for e in top], [e.count for e in top], "mentions", hover)


def _numbers(rows: Sequence[Number]) -> Section:
    heading = "Numbers by kind"
    if not rows:
        return heading, "No numbers found.", None
    kinds = Counter(n.kind for n in rows)
    order = [k for k in KINDS if k in kinds]
    figures = f"{_n(len(rows))} numbers: " + ", ".join(f"{kinds[k]} {KINDS[k]}" for k in order) + "."
    money = [n for n in rows if n.kind == "money" and n.unit == "元" and isinstance(n.value, (int, float))]
    if money:
        top = max(money, key=lambda n: n.value)  # type: ignore[arg-type, return-value]
        figures += f" The largest sum in 元: {' '.join(top.text.split())} ({top.doc}, line {top.line})."
    return heading, figures, _bars([KINDS[k] for k in order], [kinds[k] for k in order], "numbers",
                                   [f"{kinds[k]} {KINDS[k]}" for k in order])


def _keywords(rows: Sequence[Keyword]) -> Section:
    heading = "Keywords: what the texts are about"
    if not rows:
        return heading, "No keywords found.", None
    top = rows[:TOP_WORDS]
    figures = f"Top {len(top)} of {_n(len(rows))} by tf-idf: " + ", ".join(k.keyword for k in top[:5]) + "."
    return heading, figures, _bars([k.keyword for k in top], [k.score for k in top], "score",
                                   [f"{k.keyword}: score {k.score:.4g}, {k.count} times" for k in top])


def _keyness(rows: Sequence[Keyness]) -> Section:
    heading = "Keyness: words used far more than in general news"
    key = [k for k in rows if k.g2 > 0][:TOP_WORDS]
    if not key:
        return heading, "No word stands out against the reference.", None
    figures = ("Log-likelihood (G2) against the reference corpus; the top: "
               + ", ".join(f"{k.word} ({k.count} times, {k.per_10k:g} per 10,000 words)" for k in key[:3]) + ".")
    return heading, figures, _bars([k.word for k in key], [k.g2 for k in key], "G2",
                                   [f"{k.word}: G2 {k.g2:.1f}, {k.per_10k:g} per 10,000 words against "
                                    f"{k.ref_per_10k:g} in the reference" for k in key])


def _timeline(rows: Sequence[TimelineCount]) -> Section:
    import plotly.graph_objects as go

    heading = "Mentions over time, by dateline date"
    if not rows:
        return heading, ("No article carries a dateline date with a year, so there is no timeline (kmytext "
                         "report --year YEAR dates the datelines that print none)."), None
    if len({m.period for m in rows}) > DAYS:  # a day a point is too many: a month a point
        rows = _by_month(rows)
    totals: Counter[tuple[str, str]] = Counter()
    for m in rows:
        totals[(m.item, m.kind)] += m.count
    top = [k for k, _ in totals.most_common(LINES)]
    dates = sorted({m.period for m in rows})
    fig = go.Figure()
    for entity, kind in top:
        per_date = {m.period: m.count for m in rows if (m.item, m.kind) == (entity, kind)}
        fig.add_trace(go.Scatter(x=dates, y=[per_date.get(d, 0) for d in dates], mode="lines+markers",
                                 name=f"{entity} ({kind})"))
    _layout(fig, height=420, xaxis={"type": "date"}, yaxis={"title": "mentions"}, showlegend=True)
    figures = (f"{len(dates)} {'months' if len(dates[0]) == 7 else 'dates'} from {dates[0]} to {dates[-1]}; "
               f"the {len(top)} most mentioned: " + ", ".join(f"{e} ({totals[(e, k)]})" for e, k in top[:3]) + ".")
    return heading, figures, fig


def _by_month(rows: Sequence[TimelineCount]) -> list[TimelineCount]:
    """Rows of days as rows of months (a unit has one date, so the units of the days add up)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    units: Counter[tuple[str, str, str]] = Counter()
    for m in rows:
        counts[(m.period[:7], m.item, m.kind)] += m.count
        units[(m.period[:7], m.item, m.kind)] += m.articles
    return [TimelineCount(month, item, kind, n, units[(month, item, kind)])
            for (month, item, kind), n in counts.items()]


def _top_nodes(edges: Sequence[NetworkEdge], n: int) -> list[tuple[str, str]]:
    """The ``n`` entities with the heaviest edges."""
    seen: Counter[tuple[str, str]] = Counter()
    for e in edges:
        seen[(e.source, e.source_type)] += e.weight
        seen[(e.target, e.target_type)] += e.weight
    return [k for k, _ in seen.most_common(n)]


def _cooccurrence(rows: Sequence[NetworkEdge]) -> Section:
    import plotly.graph_objects as go

    heading = "Who appears with whom: people and organisations in the same article"
    if not rows:
        return heading, "No two of the most mentioned people and organisations share an article.", None
    names = [name for name, _ in _top_nodes(rows, TOP)]
    index = {n: i for i, n in enumerate(names)}
    z: list[list[int | None]] = [[None] * len(names) for _ in names]
    for c in rows:
        if c.source in index and c.target in index:
            i, j = index[c.source], index[c.target]
            z[i][j] = z[j][i] = c.weight
    fig = go.Figure(go.Heatmap(z=z, x=names, y=names, colorscale="Blues", zmin=0, hoverongaps=False,
                               hovertemplate="%{y} and %{x}: %{z} articles<extra></extra>",
                               colorbar={"title": "articles"}))
    _layout(fig, height=160 + 28 * len(names), yaxis={"autorange": "reversed"})
    best = rows[0]
    figures = (f"{_n(len(rows))} pairs; most often together: {best.source} and {best.target} "
               f"({best.weight} {'article' if best.weight == 1 else 'articles'}).")
    return heading, figures, fig


def _network(nodes: Sequence[NetworkNode], edges: Sequence[NetworkEdge]) -> Section:
    """The network of the entities with the heaviest edges, drawn: a dot per entity (its size:
    mentions), a line per pair (its width: articles)."""
    import plotly.graph_objects as go

    heading = "The network: who is linked to whom"
    linked = {k for e in edges for k in ((e.source, e.source_type), (e.target, e.target_type))}
    top = [(n.entity, n.type) for n in nodes if (n.entity, n.type) in linked][:NODES]
    if len(top) < 3:
        return heading, "Too few people and organisations share an article to draw a network.", None
    index = {k: i for i, k in enumerate(top)}
    links = [(index[(e.source, e.source_type)], index[(e.target, e.target_type)], e.weight) for e in edges
             if (e.source, e.source_type) in index and (e.target, e.target_type) in index]
    xy = _spring(len(top), links)
    mentions = {(n.entity, n.type): n.mentions for n in nodes}
    fig = go.Figure()
    heaviest = max(w for _, _, w in links)
    for i, j, w in sorted(links, key=lambda link: link[2]):
        fig.add_trace(go.Scatter(x=[xy[i][0], xy[j][0]], y=[xy[i][1], xy[j][1]], mode="lines", hoverinfo="skip",
                                 line={"width": 0.5 + 4 * w / heaviest, "color": "rgba(62,124,177,0.35)"}))
    size = [mentions.get(k, 1) for k in top]
    fig.add_trace(go.Scatter(
        x=[p[0] for p in xy], y=[p[1] for p in xy], mode="markers+text", text=[name for name, _ in top],
        textposition="top center", hoverinfo="text",
        hovertext=[f"{name} ({kind}): {mentions.get((name, kind), 0)} mentions" for name, kind in top],
        marker={"size": [8 + 22 * (s / max(size)) ** 0.5 for s in size],
                "color": ["#d9822b" if kind == "PER" else "#3e7cb1" for _, kind in top]}))
    _layout(fig, height=600, xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"})
    figures = (f"The {len(top)} most mentioned people (orange) and organisations (blue) that share an article with "
               f"another, and the {len(links)} links between them; a dot's size is its mentions, a line's width the "
               "articles that name both.")
    return heading, figures, fig


def _spring(n: int, links: Sequence[tuple[int, int, int]], *, steps: int = 300) -> list[tuple[float, float]]:
    """Positions of ``n`` nodes by a force-directed layout (Fruchterman and Reingold): linked
    nodes pull together (a link's pull is its weight over the geometric mean of its ends' links,
    so an article that names twenty organisations is no knot), all push apart, and all are
    pulled to the middle so that the parts of a network stay in one drawing. Starts from a
    circle, so the same network is always drawn the same."""
    import numpy as np

    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)])
    weight = np.zeros((n, n))
    for i, j, w in links:
        weight[i, j] = weight[j, i] = w
    degree = np.maximum((weight > 0).sum(axis=1), 1)
    weight = 2 * weight / max(weight.max(), 1) / np.sqrt(np.outer(degree, degree))
    k = 1 / np.sqrt(n)
    for step in range(steps):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        force = k * k / dist - weight * dist * dist / k  # pushed apart, pulled along the links
        np.fill_diagonal(force, 0)
        move = (delta / dist[..., None] * force[..., None]).sum(axis=1) - GRAVITY * pos
        length = np.maximum(np.linalg.norm(move, axis=-1), 1e-9)
        pos += move / length[:, None] * np.minimum(length, 0.1 * (1 - step / steps))[:, None]
    return [(float(x), float(y)) for x, y in pos]


def _bars(labels: list[str], values: list[float], axis: str, hover: list[str]) -> Any:
    import plotly.graph_objects as go

    fig = go.Figure(go.Bar(x=values, y=labels, orientation="h", hovertext=hover, hoverinfo="text",
                           marker={"color": "#3e7cb1"}))
    _layout(fig, height=120 + 26 * len(labels), xaxis={"title": axis}, yaxis={"autorange": "reversed"})
    return fig


def _layout(fig: Any, *, height: int, **layout: Any) -> None:
    fig.update_layout(template="simple_white", height=height, margin={"l": 10, "r": 10, "t": 10, "b": 40},
                      font={"family": FONTS, "size": 13}, showlegend=layout.pop("showlegend", False), **layout)
    fig.update_yaxes(automargin=True)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _n(n: int) -> str:
    return f"{n:,}"


__all__ = ["render", "write_html"]
