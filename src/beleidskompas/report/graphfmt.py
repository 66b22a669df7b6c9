"""The capital graph as DOT, Mermaid, JSON, GraphML or a picture (``plot`` extra)."""

from __future__ import annotations

import io
from typing import Literal

from beleidskompas.graph import CapitalGraph
from beleidskompas.model.base import Lang
from beleidskompas.report.jsonout import dumps

GraphFormat = Literal["dot", "mermaid", "json", "graphml"]
GRAPH_FORMATS: tuple[GraphFormat, ...] = ("dot", "mermaid", "json", "graphml")


def _label(graph: CapitalGraph, capital: str, lang: Lang) -> str:
    for node in graph.spec.capitals:
        if node.id == capital:
            return node.label.get(lang)
    return capital  # pragma: no cover - validated at load


def to_dot(graph: CapitalGraph, lang: Lang = "nl") -> str:
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


def to_mermaid(graph: CapitalGraph, lang: Lang = "nl") -> str:
    """A Mermaid flowchart."""
    lines = ["flowchart LR"]
    for node in graph.spec.capitals:
        lines.append(f'  {node.id}["{node.label.get(lang)}"]')
    for edge in graph.spec.edges:
        lines.append(f"  {edge.source} -->|{edge.weight.value:.2f}| {edge.target}")
    return "\n".join(lines) + "\n"


def to_json(graph: CapitalGraph, lang: Lang = "nl") -> str:
    """Nodes, edges (with provenance) and the spread operator."""
    data = {
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
        "spectral_radius": round(graph.spectral_radius, 6),
        "spread_operator": {
            "order": list(graph.capitals),
            "matrix": [[round(v, 6) for v in row] for row in graph.spread],
        },
    }
    return dumps(data)


def to_graphml(graph: CapitalGraph, lang: Lang = "nl") -> str:
    """GraphML through networkx."""
    import networkx as nx

    g = graph.to_networkx()
    for node in graph.spec.capitals:
        g.nodes[node.id]["label"] = node.label.get(lang)
    return "\n".join(nx.generate_graphml(g)) + "\n"


def render_graph(graph: CapitalGraph, fmt: GraphFormat, lang: Lang = "nl") -> str:
    """The graph in a text format."""
    return {"dot": to_dot, "mermaid": to_mermaid, "json": to_json, "graphml": to_graphml}[fmt](
        graph, lang
    )


def graph_picture(graph: CapitalGraph, kind: Literal["png", "svg"], lang: Lang = "nl") -> bytes:
    """A picture of the graph (needs the ``plot`` extra: matplotlib)."""
    from beleidskompas.report.plots import require_matplotlib

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
