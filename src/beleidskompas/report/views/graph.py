"""The capital graph as DOT, Mermaid, JSON, GraphML or a picture (``plot`` extra)."""

from __future__ import annotations

import io
from typing import Any, Literal

from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.report.document import Block, Document, Heading, Para, Table
from beleidskompas.society.graph import CapitalGraph


def _label(graph: CapitalGraph, capital: str, lang: Lang) -> str:
    for node in graph.spec.capitals:
        if node.id == capital:
            return node.label.get(lang)
    return capital  # pragma: no cover - validated at load


def to_dot(graph: CapitalGraph, lang: Lang = "nl", /, **_: Any) -> str:
    """Graphviz DOT."""
    lines = [f'digraph "{graph.spec.id}" {{', "  rankdir=LR;", "  node [shape=box];"]
    for node in graph.spec.capitals:
        lines.append(f'  {node.id} [label="{node.label.get(lang)}"];')
    for edge in graph.spec.edges:
        lines.append(
            f'  {edge.source} -> {edge.target} [label="{edge.weight.value:.2f}", '
            f"penwidth={1 + 6 * edge.weight.value:.2f}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_mermaid(graph: CapitalGraph, lang: Lang = "nl", /, **_: Any) -> str:
    """A Mermaid flowchart."""
    lines = ["flowchart LR"]
    for node in graph.spec.capitals:
        lines.append(f'  {node.id}["{node.label.get(lang)}"]')
    for edge in graph.spec.edges:
        lines.append(f"  {edge.source} -->|{edge.weight.value:.2f}| {edge.target}")
    return "\n".join(lines) + "\n"


def graph_data(graph: CapitalGraph, lang: Lang = "nl") -> dict[str, Any]:
    """Nodes, edges (with provenance) and the spread operator."""
    return {
        "id": graph.spec.id,
        "capitals": [
            {"id": n.id, "label": n.label.get(lang), "description": n.description.get(lang)}
            for n in graph.spec.capitals
        ],
        "edges": [
            {
                "from": e.source,
                "to": e.target,
                "weight": e.weight.value,
                "provenance": e.weight.provenance,
                "note": e.weight.note,
            }
            for e in graph.spec.edges
        ],
        "spectral_radius": graph.spectral_radius,
        "spread_operator": {
            "order": list(graph.capitals),
            "matrix": [list(row) for row in graph.spread],
        },
    }


def build_graph_document(graph: CapitalGraph, lang: Lang = "nl", /, **_: Any) -> Document:
    """The capital graph as a document: its edges with weights and provenance."""
    labels = {n.id: n.label.get(lang) for n in graph.spec.capitals}
    blocks: list[Block] = [
        Heading(1, R.GRAPH_TITLE.get(lang, id=graph.spec.id)),
        Table(
            headers=[
                R.EDGE_FROM.get(lang),
                R.EDGE_TO.get(lang),
                R.WEIGHT.get(lang),
                R.PROVENANCE.get(lang),
            ],
            rows=[
                [
                    labels[e.source],
                    labels[e.target],
                    num(e.weight.value, lang, 2),
                    e.weight.provenance,
                ]
                for e in graph.spec.edges
            ],
            numeric=[False, False, True, False],
        ),
        Para(R.SPECTRAL_RADIUS.get(lang, radius=graph.spectral_radius)),
    ]
    data = graph_data(graph, lang)
    return Document(
        title=R.GRAPH_TITLE.get(lang, id=graph.spec.id),
        lang=lang,
        blocks=blocks,
        data=data,
        tables={"edges": data["edges"]},
    )


def to_graphml(graph: CapitalGraph, lang: Lang = "nl", /, **_: Any) -> str:
    """GraphML through networkx."""
    import networkx as nx

    g = graph.to_networkx()
    for node in graph.spec.capitals:
        g.nodes[node.id]["label"] = node.label.get(lang)
    return "\n".join(nx.generate_graphml(g)) + "\n"


def graph_picture(graph: CapitalGraph, kind: Literal["png", "svg"], lang: Lang = "nl") -> bytes:
    """A picture of the graph (needs the ``plot`` extra: matplotlib)."""
    from beleidskompas.report.charts.plots import require_matplotlib

    plt = require_matplotlib()
    import math

    fig, ax = plt.subplots(figsize=(6, 5))
    nodes = [n.id for n in graph.spec.capitals]
    pos = {
        n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
        for i, n in enumerate(nodes)
    }
    for edge in graph.spec.edges:
        (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
        ax.annotate(
            "",
            xy=(x2 * 0.8 + x1 * 0.2, y2 * 0.8 + y1 * 0.2),
            xytext=(x1 * 0.8 + x2 * 0.2, y1 * 0.8 + y2 * 0.2),
            arrowprops={
                "arrowstyle": "->",
                "lw": 1 + 8 * edge.weight.value,
                "color": "#1f5fa8",
                "connectionstyle": "arc3,rad=0.15",
            },
        )
        ax.text(
            (x1 + x2) / 2 + 0.08 * (y2 - y1),
            (y1 + y2) / 2 - 0.08 * (x2 - x1),
            f"{edge.weight.value:.2f}",
            fontsize=8,
            ha="center",
        )
    for node in graph.spec.capitals:
        x, y = pos[node.id]
        ax.text(
            x,
            y,
            node.label.get(lang),
            ha="center",
            va="center",
            bbox={"boxstyle": "round", "fc": "#eef3f8", "ec": "#154273"},
        )
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.4, 1.4)
    ax.axis("off")
    buffer = io.BytesIO()
    fig.savefig(
        buffer, format=kind, bbox_inches="tight", metadata={"Date": None} if kind == "svg" else None
    )
    plt.close(fig)
    return buffer.getvalue()
