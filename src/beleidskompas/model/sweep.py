"""The result of a design sweep (``beleidskompas sweep``): one row per variant of a proposal.

A sweep varies fields of one proposal (``delivery.granting``, ``effects[0].size``, …),
assesses every combination of their values (or a Latin-hypercube sample of them), and
marks the designs no other design beats on the trade-off: cost (minimised), gains to the
lowest classes and doenbaarheid (maximised).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from beleidskompas.model.base import Frozen
from beleidskompas.model.results import ProposalRef, ProvenanceInfo

SweepValue = bool | int | float | str
"""A value a varied field takes (yes/no, a whole number, a number or an enumerated value)."""

Design = Literal["grid", "latin_hypercube"]
DesignReason = Literal["complete", "asked", "above_limit", "samples_cover_grid"]
"""Why the design is what it is: ``complete`` the full grid (within the limit); ``asked``
a sample of the size asked for; ``above_limit`` a sample because the grid exceeds the
limit and no sample size was given; ``samples_cover_grid`` the full grid because the
sample asked for is not smaller than the grid."""

ObjectiveFigure = Literal[
    "budget_eur_per_year", "cost_per_deficit_point", "gains_bottom", "doenbaarheid"
]
VerdictName = Literal["doenvermogen", "uitvoerbaarheid"]


class SweptField(Frozen):
    """One varied field and the values it takes, in order."""

    path: str = Field(description="The field's path in the proposal, e.g. delivery.granting.")
    kind: Literal["float", "int", "bool", "enum"]
    values: list[SweepValue]


class Objective(Frozen):
    """One objective of the trade-off."""

    figure: ObjectiveFigure
    direction: Literal["min", "max"]


class Figures(Frozen):
    """The headline figures of one assessed design (None where a section was not assessed)."""

    doenbaarheid: float | None = Field(description="Doenvermogen score, 0–100.")
    doenvermogen: str | None = Field(description="Doenvermogen verdict.")
    take_up: float | None = None
    gains_bottom: float | None = Field(
        description="Gains landing in the lowest classes (capital scale: total × share_bottom)."
    )
    losses_bottom: float | None = None
    benefit_share_bottom: float | None = None
    gap_change: float | None = Field(description="Gap after minus gap before (negative: narrows).")
    uitvoerbaarheid: float | None = Field(description="Uitvoerbaarheid score, 0–100.")
    uitvoerbaarheid_verdict: str | None = None
    cost_per_deficit_point: float | None = None
    budget_eur_per_year: float | None = None
    persons_reached: float | None = None


class SweepRow(Frozen):
    """One design: the values of the varied fields, its figures, and how it fares."""

    index: int = Field(ge=1, description="Row number, from 1, in the order of the design.")
    assignment: dict[str, SweepValue] = Field(description="Varied field path → value.")
    figures: Figures
    non_dominated: bool = Field(
        description="No other design is at least as good on every objective and better on one."
    )
    changed_verdicts: list[VerdictName] = Field(
        default_factory=list,
        description="Verdicts that differ from the proposal's own (as written).",
    )


class Sweep(Frozen):
    """A design sweep of one proposal."""

    proposal: ProposalRef
    provenance: ProvenanceInfo = Field(
        description="Of the proposal as written; inferred_parameters over every design."
    )
    relative_to: Literal["nothing", "baseline"] = Field(
        description="baseline: every design is assessed as the change from the proposal's "
        "baseline (today's scheme)."
    )
    variations: list[SweptField]
    design: Design
    design_reason: DesignReason
    grid_size: int = Field(ge=1, description="Combinations of all values.")
    max_grid: int = Field(ge=1, description="Largest grid assessed in full.")
    samples: int | None = Field(description="Latin-hypercube points drawn (None for a full grid).")
    seed: int | None = Field(description="Seed of the Latin hypercube (None for a full grid).")
    duplicates_dropped: int = Field(
        ge=0, description="Sampled combinations that repeated an earlier one (assessed once)."
    )
    objectives: list[Objective] = Field(
        description="The trade-off the non-dominated designs are marked on; an objective "
        "some design lacks (no budget, no class impact) is left out."
    )
    cost_basis: Literal["budget_eur_per_year", "cost_per_deficit_point", "none"] = Field(
        description="Which cost is minimised: the structural budget, or the cost per "
        "deficit point when a design has no budget, or none when neither is known."
    )
    base: Figures = Field(description="The proposal as written.")
    rows: list[SweepRow]
