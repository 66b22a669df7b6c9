"""Society inputs of an assessment, read through the tracer: reach, shares, the baseline.

The baseline (positions, means, accumulated deficits before the measure) depends only on
the rule set, so it is derived once per rule set; every figure that uses it records the
class and graph parameters it rests on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from beleidskompas.model.proposal import CAPITALS, Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.trace import Figure, Reader
from beleidskompas.society.baseline import Baseline, compute_baseline
from beleidskompas.society.graph import CapitalGraph


def shares(reader: Reader, rules: RuleSet) -> dict[str, float]:
    """Each class's share of the adult population."""
    return {c.id: reader.param(f"classes.{c.id}.share") for c in rules.classes.classes}


def positions(reader: Reader, rules: RuleSet) -> dict[str, dict[str, float]]:
    """Each class's position on each capital."""
    return {
        c.id: {cap: reader.param(f"classes.{c.id}.positions.{cap}") for cap in CAPITALS}
        for c in rules.classes.classes
    }


def graph(reader: Reader, rules: RuleSet) -> CapitalGraph:
    """The capital graph, recording its edge weights as read (the spread uses them all)."""
    for edge in rules.graph.spec.edges:
        reader.param(f"graph.{edge.source}->{edge.target}")
    return rules.graph


def baseline(fig: Figure, rules: RuleSet) -> Baseline:
    """Positions, means, deficits and stapeling before any measure (derived once)."""

    def compute(reader: Reader) -> Baseline:
        return compute_baseline(
            shares(reader, rules),
            positions(reader, rules),
            graph(reader, rules),
            reader.param("scoring.society.stapeling_threshold"),
        )

    return fig.derived("society.baseline", compute)


def persons(reader: Reader, rules: RuleSet) -> dict[str, float] | None:
    """Adults per class, when the class model gives them for every class."""
    if any(c.persons is None for c in rules.classes.classes):
        return None
    return {c.id: reader.param(f"classes.{c.id}.persons") for c in rules.classes.classes}


def class_reach(reader: Reader, proposal: Proposal, class_id: str) -> float:
    """Eligible share of one class: explicit ``reach``, else the product of criteria shares."""
    explicit = proposal.target_group.reach
    if explicit is not None:
        return float(explicit.get(class_id, 0.0))
    value = 1.0
    for attribute in proposal.target_group.criteria:
        value *= reader.param(f"classes.{class_id}.attributes.{attribute}")
    return value


def reach_by_class(reader: Reader, proposal: Proposal, rules: RuleSet) -> dict[str, float]:
    """Eligible share per class (:func:`class_reach` of every class)."""
    return {cls.id: class_reach(reader, proposal, cls.id) for cls in rules.classes.classes}


def bottom_reach_share(
    reach: Mapping[str, float], class_shares: Mapping[str, float], bottom: Sequence[str]
) -> float | None:
    """Share of the people reached who belong to the bottom classes."""
    total = sum(class_shares[k] * reach[k] for k in reach)
    if total <= 0:
        return None
    return sum(class_shares[k] * reach[k] for k in bottom) / total
