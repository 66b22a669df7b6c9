"""What a class model and a capital graph say about society before any measure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from beleidskompas.model.proposal import CAPITALS
from beleidskompas.society.graph import (
    CapitalGraph,
    accumulate,
    deficits,
    stapeling_count,
    total_capital,
)


@dataclass(frozen=True)
class Baseline:
    """Positions, means, accumulated deficits, stapeling and totals of every class."""

    shares: dict[str, float]
    positions: dict[str, dict[str, float]]
    means: dict[str, float]
    deficit_before: dict[str, float]
    stapeling_before: dict[str, int]
    totals_before: dict[str, float]


def weighted_means(
    shares: Mapping[str, float], positions: Mapping[str, Mapping[str, float]]
) -> dict[str, float]:
    """Population-weighted mean position per capital."""
    total = sum(shares.values())
    return {cap: sum(shares[k] * positions[k][cap] for k in positions) / total for cap in CAPITALS}


def compute_baseline(
    shares: Mapping[str, float],
    positions: Mapping[str, Mapping[str, float]],
    graph: CapitalGraph,
    threshold: float,
) -> Baseline:
    """The baseline of classes with these shares and positions, over this graph."""
    means = weighted_means(shares, positions)
    own = {k: deficits(p, means) for k, p in positions.items()}
    return Baseline(
        shares=dict(shares),
        positions={k: dict(p) for k, p in positions.items()},
        means=means,
        deficit_before={k: sum(accumulate(graph, d).values()) for k, d in own.items()},
        stapeling_before={k: stapeling_count(d, threshold) for k, d in own.items()},
        totals_before={k: total_capital(p) for k, p in positions.items()},
    )
