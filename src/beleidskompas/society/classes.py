"""The class table: positions, deficits, accumulated deficits and stapeling per class."""

from __future__ import annotations

from pydantic import Field

from beleidskompas.i18n import Text
from beleidskompas.model import display
from beleidskompas.model.base import Frozen
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.model.society import ClassModel
from beleidskompas.society.graph import (
    CapitalGraph,
    accumulate,
    deficits,
    population_means,
    stapeling_count,
    top_edges,
    total_capital,
)
from beleidskompas.society.inequality import atkinson, gap


class EdgeFlow(Frozen):
    """Part of an accumulated deficit that travelled along one edge."""

    source: str
    target: str
    amount: float


class ClassStanding(Frozen):
    """One class's standing on the four capitals."""

    id: str
    label: Text
    share: float
    persons: float | None
    positions: dict[str, float]
    total_capital: float
    deficits: dict[str, float]
    accumulated: dict[str, float]
    accumulated_total: float = Field(description="Accumulated deficit summed over the capitals.")
    stapeling: int = Field(description="Capitals on which the class lags beyond the threshold.")
    top_edges: list[EdgeFlow]


class ClassTable(Frozen):
    """A class model with derived deficits."""

    class_model: str
    means: dict[str, float]
    stapeling_threshold: float
    gap: float
    published_gap: float | None
    atkinson: float
    classes: list[ClassStanding]
    inferred_parameters: list[str]

    def _repr_html_(self) -> str:
        return display.html(self)


def class_table(
    model: ClassModel,
    graph: CapitalGraph,
    threshold: float,
    inferred_parameters: list[str] | None = None,
) -> ClassTable:
    """Positions, deficits below the population mean, accumulated deficits and stapeling."""
    means = population_means(model)
    standings: list[ClassStanding] = []
    totals: dict[str, float] = {}
    for cls in model.classes:
        positions: dict[str, float] = {c: cls.positions[c].value for c in CAPITALS}
        own = deficits(positions, means)
        acc = accumulate(graph, own)
        totals[cls.id] = total_capital(positions)
        standings.append(
            ClassStanding(
                id=cls.id,
                label=cls.label,
                share=cls.share.value,
                persons=cls.persons.value if cls.persons else None,
                positions=positions,
                total_capital=totals[cls.id],
                deficits=own,
                accumulated=acc,
                accumulated_total=sum(acc.values()),
                stapeling=stapeling_count(own, threshold),
                top_edges=[
                    EdgeFlow(source=s, target=t, amount=f) for s, t, f in top_edges(graph, acc)
                ],
            )
        )
    shares = {c.id: c.share.value for c in model.classes}
    return ClassTable(
        class_model=model.id,
        means=means,
        stapeling_threshold=threshold,
        gap=gap(totals, model.gap_classes.top, model.gap_classes.bottom),
        published_gap=model.published_gap.value if model.published_gap else None,
        atkinson=atkinson(totals, shares, 1.0),
        classes=standings,
        inferred_parameters=sorted(inferred_parameters or []),
    )
