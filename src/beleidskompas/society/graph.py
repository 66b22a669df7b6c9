"""The capital graph: spill-over between capitals, deficits and their accumulation.

Convention: ``W[i][j]`` is the weight of the edge *i → j*: a change of 1 in capital *i*
passes on a change of ``W[i][j]`` to capital *j*. A vector ``x`` of changes (or deficits)
spreads to ``S x`` with the spread operator ``S = (I − Wᵀ)⁻¹ = I + Wᵀ + (Wᵀ)² + …``,
which converges exactly when the spectral radius of ``W`` is below 1. ``S`` is computed
once per rule set.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import mul
from typing import Any

from beleidskompas.model import display
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.model.society import CapitalGraphSpec, ClassModel
from beleidskompas.society import linalg


class GraphError(ValueError):
    """The capital graph does not converge."""

    def __init__(self, message: str, cycle: Sequence[str], gain: float, radius: float) -> None:
        super().__init__(message)
        self.cycle = tuple(cycle)
        self.gain = gain
        self.radius = radius


@dataclass(frozen=True)
class CapitalGraph:
    """A validated capital graph with its spread operator."""

    capitals: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]
    spread: tuple[tuple[float, ...], ...]
    spec: CapitalGraphSpec

    @cached_property
    def spectral_radius(self) -> float:
        """The spectral radius of the weights (below 1: the spread converges), computed
        when first asked for: assessments only need the spread operator."""
        return linalg.spectral_radius_nonnegative([list(row) for row in self.weights])

    def index(self, capital: str) -> int:
        """Position of a capital in the matrices."""
        return self.capitals.index(capital)

    def spread_vector(self, change: Mapping[str, float]) -> dict[str, float]:
        """The total effect ``S x`` of a direct change ``x`` (missing capitals are 0)."""
        x = [float(change.get(c, 0.0)) for c in self.capitals]
        # the hot path of the intervals: rows and x have the graph's length by construction
        return {c: sum(map(mul, row, x)) for c, row in zip(self.capitals, self.spread, strict=True)}

    def edge_flows(self, accumulated: Mapping[str, float]) -> dict[tuple[str, str], float]:
        """How much of an accumulated vector travelled along each edge.

        From ``a = d + Wᵀ a`` each capital *j* receives ``W[i][j] · a_i`` over edge i → j,
        so ``sum(a) = sum(d) + sum(flows)`` exactly.
        """
        flows: dict[tuple[str, str], float] = {}
        for i, source in enumerate(self.capitals):
            for j, target in enumerate(self.capitals):
                weight = self.weights[i][j]
                if weight:
                    flows[(source, target)] = weight * accumulated.get(source, 0.0)
        return flows

    def to_networkx(self) -> Any:
        """The graph as a ``networkx.DiGraph`` with weights and labels."""
        import networkx as nx

        g = nx.DiGraph(id=self.spec.id)
        for node in self.spec.capitals:
            g.add_node(node.id, label_nl=node.label.nl, label_en=node.label.en)
        for edge in self.spec.edges:
            g.add_edge(
                edge.source,
                edge.target,
                weight=edge.weight.value,
                provenance=edge.weight.provenance,
            )
        return g

    def _repr_html_(self) -> str:
        return display.html(self)


def build_graph(spec: CapitalGraphSpec) -> CapitalGraph:
    """Validate a graph spec and compute its spread operator.

    Raises GraphError naming the cycle with the largest gain when the spectral radius
    is 1 or more (the spread would not converge).
    """
    capitals = tuple(CAPITALS)
    n = len(capitals)
    w = [[0.0] * n for _ in range(n)]
    for edge in spec.edges:
        w[capitals.index(edge.source)][capitals.index(edge.target)] = edge.weight.value
    inv = linalg.inverse([[(1.0 if i == j else 0.0) - w[j][i] for j in range(n)] for i in range(n)])
    # For W >= 0, rho(W) < 1 exactly when (I - W^T)^-1 exists and is non-negative.
    converges = inv is not None and all(v >= -1e-12 for row in inv for v in row)
    if not converges or inv is None:
        radius = linalg.spectral_radius_nonnegative(w)
        cycle, gain = strongest_cycle(spec)
        shown = " → ".join([*cycle, cycle[0]]) if cycle else "?"
        raise GraphError(
            f"capital graph does not converge: spectral radius {radius:.3f} >= 1; "
            f"the cycle with the largest gain is {shown} (gain {gain:.3f})",
            cycle,
            gain,
            radius,
        )
    return CapitalGraph(
        capitals=capitals,
        weights=tuple(tuple(row) for row in w),
        spread=tuple(tuple(max(0.0, v) for v in row) for row in inv),
        spec=spec,
    )


def strongest_cycle(spec: CapitalGraphSpec) -> tuple[list[str], float]:
    """The simple cycle with the largest product of edge weights."""
    import networkx as nx

    g = nx.DiGraph()
    for edge in spec.edges:
        g.add_edge(edge.source, edge.target, weight=edge.weight.value)
    best: list[str] = []
    best_gain = 0.0
    for cycle in nx.simple_cycles(g):
        gain = 1.0
        for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
            gain *= g[a][b]["weight"]
        if gain > best_gain or (gain == best_gain and sorted(cycle) < sorted(best)):
            best, best_gain = list(cycle), gain
    return best, best_gain


# --------------------------------------------------------------------------- classes


def population_means(classes: ClassModel) -> dict[str, float]:
    """Population-weighted mean position per capital."""
    total = sum(c.share.value for c in classes.classes)
    return {
        cap: sum(c.share.value * c.positions[cap].value for c in classes.classes) / total
        for cap in CAPITALS
    }


def deficits(positions: Mapping[str, float], reference: Mapping[str, float]) -> dict[str, float]:
    """How far each position lies below the reference (0 where it is at or above it)."""
    return {cap: max(0.0, reference[cap] - positions[cap]) for cap in CAPITALS}


def accumulate(graph: CapitalGraph, deficit: Mapping[str, float]) -> dict[str, float]:
    """Accumulated deficits ``S d``: deficits plus what they cause on other capitals."""
    return graph.spread_vector(deficit)


def stapeling_count(deficit: Mapping[str, float], threshold: float) -> int:
    """On how many capitals a class lags by more than ``threshold``."""
    return sum(1 for cap in CAPITALS if deficit.get(cap, 0.0) > threshold)


def total_capital(positions: Mapping[str, float]) -> float:
    """Total capital: the mean of the four positions (the SCP's 0–1 total-capital scale)."""
    return sum(positions[cap] for cap in CAPITALS) / len(CAPITALS)


def top_edges(
    graph: CapitalGraph, accumulated: Mapping[str, float], n: int = 3
) -> list[tuple[str, str, float]]:
    """The edges that carry most of an accumulated deficit, largest first."""
    flows = graph.edge_flows(accumulated)
    ranked = sorted(flows.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(s, t, f) for (s, t), f in ranked[:n] if f > 0]
