"""What a rule set says about society before any measure: computed once per rule set."""

from __future__ import annotations

from dataclasses import dataclass

from beleidskompas.graph import (
    CapitalGraph,
    accumulate,
    deficits,
    population_means,
    stapeling_count,
    total_capital,
)
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.model.rules import TakeupParameters
from beleidskompas.model.society import ClassModel
from beleidskompas.scoring import takeup


@dataclass(frozen=True)
class Baseline:
    """Positions, deficits, totals and doenvermogen capacities of every class."""

    shares: dict[str, float]
    positions: dict[str, dict[str, float]]
    means: dict[str, float]
    deficit_before: dict[str, float]
    stapeling_before: dict[str, int]
    totals_before: dict[str, float]
    persons: dict[str, float] | None
    capacities: dict[str, float]
    mean_capacity: float


def compute_baseline(
    classes: ClassModel, graph: CapitalGraph, params: TakeupParameters, threshold: float
) -> Baseline:
    """The baseline of a class model, capital graph and take-up parameters."""
    positions: dict[str, dict[str, float]] = {
        cls.id: {c: cls.positions[c].value for c in CAPITALS} for cls in classes.classes
    }
    means = population_means(classes)
    own = {k: deficits(p, means) for k, p in positions.items()}
    persons: dict[str, float] | None = None
    if all(cls.persons is not None for cls in classes.classes):
        persons = {cls.id: cls.persons.value for cls in classes.classes if cls.persons}
    return Baseline(
        shares={cls.id: cls.share.value for cls in classes.classes},
        positions=positions,
        means=means,
        deficit_before={k: sum(accumulate(graph, d).values()) for k, d in own.items()},
        stapeling_before={k: stapeling_count(d, threshold) for k, d in own.items()},
        totals_before={k: total_capital(p) for k, p in positions.items()},
        persons=persons,
        capacities=takeup.capacities(classes, params),
        mean_capacity=takeup.mean_capacity(classes, params),
    )
