"""The class table: positions, deficits, accumulated deficits and stapeling per class."""

from __future__ import annotations

from pydantic import Field

from beleidskompas.graph import (
    accumulate,
    deficits,
    population_means,
    stapeling_count,
    top_edges,
    total_capital,
)
from beleidskompas.model.base import Frozen, Lang
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.inequality import atkinson, gap


class EdgeFlow(Frozen):
    """Part of an accumulated deficit that travelled along one edge."""

    source: str
    target: str
    amount: float


class ClassStanding(Frozen):
    """One class's standing on the four capitals."""

    id: str
    label: str
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
    """The class model of a rule set with derived deficits."""

    class_model: str
    means: dict[str, float]
    stapeling_threshold: float
    gap: float
    published_gap: float | None
    atkinson: float
    classes: list[ClassStanding]
    inferred_parameters: list[str]

    def _repr_html_(self) -> str:
        head = "".join(
            f"<th>{h}</th>"
            for h in ["class", "share", *CAPITALS, "total", "accumulated", "stapeling"]
        )
        body = "".join(
            f"<tr><td>{c.label}</td><td>{c.share:.3f}</td>"
            + "".join(f"<td>{c.positions[k]:.3f}</td>" for k in CAPITALS)
            + f"<td>{c.total_capital:.3f}</td><td>{c.accumulated_total:.3f}</td>"
            f"<td>{c.stapeling}</td></tr>"
            for c in self.classes
        )
        return f"<table><tr>{head}</tr>{body}</table>"


def class_table(rules: RuleSet, lang: Lang = "nl") -> ClassTable:
    """Positions, deficits below the population mean, accumulated deficits and stapeling."""
    model = rules.classes
    means = population_means(model)
    threshold = rules.scoring_threshold()
    standings: list[ClassStanding] = []
    totals: dict[str, float] = {}
    for cls in model.classes:
        positions: dict[str, float] = {c: cls.positions[c].value for c in CAPITALS}
        own = deficits(positions, means)
        acc = accumulate(rules.graph, own)
        totals[cls.id] = total_capital(positions)
        standings.append(
            ClassStanding(
                id=cls.id,
                label=cls.label.get(lang),
                share=cls.share.value,
                persons=cls.persons.value if cls.persons else None,
                positions=positions,
                total_capital=round(totals[cls.id], 6),
                deficits={c: round(v, 6) for c, v in own.items()},
                accumulated={c: round(v, 6) for c, v in acc.items()},
                accumulated_total=round(sum(acc.values()), 6),
                stapeling=stapeling_count(own, threshold),
                top_edges=[
                    EdgeFlow(source=s, target=t, amount=round(f, 6))
                    for s, t, f in top_edges(rules.graph, acc)
                ],
            )
        )
    shares = {c.id: c.share.value for c in model.classes}
    inferred = sorted(
        name
        for name, param in rules.parameters.items()
        if param.provenance == "inferred" and name.startswith(("classes.", "graph."))
    )
    return ClassTable(
        class_model=model.id,
        means={c: round(v, 6) for c, v in means.items()},
        stapeling_threshold=threshold,
        gap=round(gap(totals, model.gap_classes.top, model.gap_classes.bottom), 6),
        published_gap=model.published_gap.value if model.published_gap else None,
        atkinson=round(atkinson(totals, shares, 1.0), 6),
        classes=standings,
        inferred_parameters=inferred,
    )
