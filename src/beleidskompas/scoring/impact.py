"""Class impact: reach × take-up × effect, spread over the capital graph.

Per class *k* and capital *c* (definitions and a worked example in docs/methodology.md):

* reach ``r_k``: the explicit ``reach`` (classes left out: 0), else the product of the
  class's shares for the target-group criteria (independence assumption);
* direct effect ``d_kc = r_k · t_k · Σ size(effects on c)`` with ``t_k`` the take-up;
* total effect ``T_k = S d_k`` with the graph's spread operator ``S``;
* positions after: ``clip(p_kc + T_kc, 0, 1)``;
* deficits are measured against the population-weighted mean positions *before* the
  measure, and accumulated with ``S``; ``deficit_*`` sums them over the four capitals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import findings as F
from beleidskompas.model.proposal import CAPITALS, Proposal
from beleidskompas.model.results import ClassImpact, ClassImpactResult, ImpactSummary, Interval
from beleidskompas.model.society import ClassModel
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import society as soc
from beleidskompas.scoring.trace import Tracer
from beleidskompas.society.baseline import Baseline
from beleidskompas.society.graph import (
    CapitalGraph,
    accumulate,
    deficits,
    stapeling_count,
    total_capital,
)
from beleidskompas.society.inequality import atkinson, gap

if TYPE_CHECKING:
    from beleidskompas.scoring.takeup import TakeUp

SECTION = "class_impact"
POINT = 100.0
"""Person-points per unit of the 0–1 capital scale (one point is 0.01)."""

Effects = Sequence[tuple[str, float]]


@dataclass(frozen=True)
class Context:
    """Everything that does not depend on the effect sizes."""

    classes: ClassModel
    graph: CapitalGraph
    reach: dict[str, float]
    take_up: dict[str, float]
    base: Baseline
    threshold: float
    epsilon: float
    budget: float | None
    persons: dict[str, float] | None


@dataclass(frozen=True)
class Core:
    """Everything that depends on the effect sizes, in plain numbers."""

    direct: dict[str, dict[str, float]]
    total: dict[str, dict[str, float]]
    positions_after: dict[str, dict[str, float]]
    deficit_after: dict[str, float]
    stapeling_after: dict[str, int]
    benefit_share: dict[str, float] | None
    gap_after: float
    atkinson_after: float
    benefit_share_bottom: float | None
    deficit_removed: float
    cost_per_deficit_point: float | None


def per_capital(effects: Effects) -> dict[str, float]:
    """Effect sizes summed per capital."""
    out: dict[str, float] = dict.fromkeys(CAPITALS, 0.0)
    for capital, size in effects:
        out[capital] += size
    return out


def core(ctx: Context, effects: Effects) -> Core:
    """The effect-dependent figures for one set of effect sizes."""
    sizes = per_capital(effects)
    base = ctx.base
    direct: dict[str, dict[str, float]] = {}
    total: dict[str, dict[str, float]] = {}
    after: dict[str, dict[str, float]] = {}
    deficit_after: dict[str, float] = {}
    stapeling_after: dict[str, int] = {}
    for k, pos in base.positions.items():
        factor = ctx.reach[k] * ctx.take_up[k]
        direct[k] = {c: factor * sizes[c] for c in CAPITALS}
        total[k] = ctx.graph.spread_vector(direct[k])
        after[k] = {c: min(1.0, max(0.0, pos[c] + total[k][c])) for c in CAPITALS}
        own = deficits(after[k], base.means)
        deficit_after[k] = sum(accumulate(ctx.graph, own).values())
        stapeling_after[k] = stapeling_count(own, ctx.threshold)
    weights = {k: base.shares[k] * sum(abs(v) for v in total[k].values()) for k in total}
    weight_sum = sum(weights.values())
    benefit = {k: w / weight_sum for k, w in weights.items()} if weight_sum > 0 else None
    totals_after = {k: total_capital(p) for k, p in after.items()}
    removed = sum(base.shares[k] * (base.deficit_before[k] - deficit_after[k]) for k in total)
    cost: float | None = None
    if ctx.budget is not None and ctx.persons is not None:
        person_points = sum(
            ctx.persons[k] * (base.deficit_before[k] - deficit_after[k]) * POINT for k in total
        )
        if person_points > 0:
            cost = ctx.budget / person_points
    model = ctx.classes
    return Core(
        direct=direct,
        total=total,
        positions_after=after,
        deficit_after=deficit_after,
        stapeling_after=stapeling_after,
        benefit_share=benefit,
        gap_after=gap(totals_after, model.gap_classes.top, model.gap_classes.bottom),
        atkinson_after=atkinson(totals_after, base.shares, ctx.epsilon),
        benefit_share_bottom=(
            sum(benefit[k] for k in model.bottom_classes) if benefit is not None else None
        ),
        deficit_removed=removed,
        cost_per_deficit_point=cost,
    )


def context(
    tracer: Tracer,
    proposal: Proposal,
    rules: RuleSet,
    take_up: Mapping[str, float],
    epsilon: float,
) -> Context:
    """Reach, baseline and settings, each read through a traced figure."""
    reach: dict[str, float] = {}
    for cls in rules.classes.classes:
        fig = tracer.figure(SECTION, f"classes.{cls.id}.reach")
        reach[cls.id] = soc.reach_by_class(fig, proposal, rules)[cls.id]
        explicit = proposal.target_group.reach is not None
        fig.done(
            reach[cls.id],
            "explicit reach" if explicit else "Π_a share(k, a) over the criteria",
            criteria=", ".join(proposal.target_group.criteria) or "—",
        )
    fig = tracer.figure(SECTION, "baseline")
    base = soc.baseline(fig, rules)
    threshold = fig.param("scoring.society.stapeling_threshold")
    fig.done(
        sum(base.shares[k] * base.deficit_before[k] for k in base.shares),
        "Σ_k share_k · S·max(0, mean − p_k) before the measure",
    )
    persons: dict[str, float] | None = None
    budget = proposal.budget.structural_eur_per_year
    if budget is not None:
        fig = tracer.figure(SECTION, "persons")
        persons = soc.persons(fig, rules)
        fig.done(sum(persons.values()) if persons else None, "adults per class")
    return Context(
        classes=rules.classes,
        graph=rules.graph,
        reach=reach,
        take_up=dict(take_up),
        base=base,
        threshold=threshold,
        epsilon=epsilon,
        budget=budget,
        persons=persons,
    )


def assumptions(proposal: Proposal, rules: RuleSet) -> list[Text]:
    """The model assumptions a reader must know, for this proposal and rule set."""
    out: list[Text] = list(rules.warnings)
    if proposal.target_group.reach is None and proposal.target_group.criteria:
        out.append(F.ASSUME_INDEPENDENT.text(criteria=", ".join(proposal.target_group.criteria)))
    out.append(F.ASSUME_DEFICITS.text())
    if any(e.range is not None for e in proposal.effects):
        out.append(F.ASSUME_INTERVALS.text())
    return out


def _summary_figures(tracer: Tracer, rules: RuleSet, ctx: Context, result: ImpactSummary) -> None:
    """Record how the summary figures were computed (tracing only)."""
    if not tracer.enabled:
        return
    figures = {
        "reach": "Σ_k share_k · reach_k",
        "take_up": "Σ_k share_k · reach_k · take_up_k / Σ_k share_k · reach_k",
        "benefit_share_bottom": "Σ_bottom share_k · Σ_c |T_kc| / Σ_k share_k · Σ_c |T_kc|",
        "gap_after": "total_capital(top) − total_capital(bottom), after",
        "atkinson_after": "1 − EDE / mean of total capital per class, ε",
        "deficit_removed": "Σ_k share_k · (deficit_before_k − deficit_after_k)",
    }
    for name, formula in figures.items():
        fig = tracer.figure(SECTION, f"summary.{name}")
        soc.baseline(fig, rules)
        fig.done(getattr(result, name), formula, epsilon=ctx.epsilon)
    if result.cost_per_deficit_point is not None:
        fig = tracer.figure(SECTION, "summary.cost_per_deficit_point")
        soc.baseline(fig, rules)
        soc.persons(fig, rules)
        fig.done(
            result.cost_per_deficit_point,
            "budget / Σ_k persons_k · (deficit_before_k − deficit_after_k) · 100",
            budget=ctx.budget,
        )


def class_rows(
    ctx: Context, result: Core, bounds: Mapping[str, dict[str, Interval]]
) -> list[ClassImpact]:
    """One result row per class."""
    base = ctx.base
    rows: list[ClassImpact] = []
    for cls in ctx.classes.classes:
        k = cls.id
        rows.append(
            ClassImpact(
                id=k,
                label=cls.label,
                share=base.shares[k],
                reach=ctx.reach[k],
                take_up=ctx.take_up[k],
                direct=result.direct[k],
                total=result.total[k],
                positions_before=base.positions[k],
                positions_after=result.positions_after[k],
                deficit_before=base.deficit_before[k],
                deficit_after=result.deficit_after[k],
                stapeling_before=base.stapeling_before[k],
                stapeling_after=result.stapeling_after[k],
                benefit_share=result.benefit_share[k] if result.benefit_share else None,
                intervals=bounds.get(k, {}),
            )
        )
    return rows


def summary(ctx: Context, result: Core, intervals: dict[str, Interval]) -> ImpactSummary:
    """The summary figures across classes."""
    base = ctx.base
    shares = base.shares
    eligible = sum(shares[k] * ctx.reach[k] for k in shares)
    reached = sum(shares[k] * ctx.reach[k] * ctx.take_up[k] for k in shares)
    model = ctx.classes
    return ImpactSummary(
        reach=eligible,
        take_up=reached / eligible if eligible > 0 else 0.0,
        benefit_share_bottom=result.benefit_share_bottom,
        population_share_bottom=sum(shares[k] for k in model.bottom_classes),
        gap_before=gap(base.totals_before, model.gap_classes.top, model.gap_classes.bottom),
        gap_after=result.gap_after,
        atkinson_before=atkinson(base.totals_before, shares, ctx.epsilon),
        atkinson_after=result.atkinson_after,
        epsilon=ctx.epsilon,
        deficit_removed=result.deficit_removed,
        cost_per_deficit_point=result.cost_per_deficit_point,
        intervals=intervals,
    )


def score_impact(
    tracer: Tracer,
    proposal: Proposal,
    rules: RuleSet,
    take_up: Mapping[str, float],
    epsilon: float = 1.0,
    *,
    intervals: bool = True,
    take_up_uncertainty: TakeUp | None = None,
) -> ClassImpactResult:
    """The class-impact section of an assessment (``intervals=False``: no uncertainty).

    ``take_up_uncertainty`` (the take-up model's draws, bounds and notes) adds the fit's
    parameter uncertainty to the intervals and its notes to the assumptions.
    """
    from beleidskompas.scoring.intervals import impact_intervals

    ctx = context(tracer, proposal, rules, take_up, epsilon)
    result = core(ctx, [(e.capital, e.size) for e in proposal.effects])
    per_class: dict[str, dict[str, Interval]] = {}
    overall: dict[str, Interval] = {}
    uncertain = take_up_uncertainty is not None and bool(take_up_uncertainty.draws)
    if intervals and (uncertain or any(e.range is not None for e in proposal.effects)):
        per_class, overall = impact_intervals(ctx, proposal, rules, result, take_up_uncertainty)
    totals = summary(ctx, result, overall)
    _summary_figures(tracer, rules, ctx, totals)
    notes = list(take_up_uncertainty.notes) if take_up_uncertainty is not None else []
    return ClassImpactResult(
        class_model=ctx.classes.id,
        classes=class_rows(ctx, result, per_class),
        summary=totals,
        assumptions=assumptions(proposal, rules) + notes,
    )
