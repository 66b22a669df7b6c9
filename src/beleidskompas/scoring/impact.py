"""Class impact: reach × take-up × effect, spread over the capital graph.

Per class *k* and capital *c* (definitions and a worked example in docs/methodology.md):

* reach ``r_k``: the explicit ``reach`` (classes left out: 0), else the product of the
  class's shares for the target-group criteria (independence assumption);
* direct effect ``d_kc = Σ_effects r_k · (t_k if claimed else 1) · size_kc``, plus for an
  obligation the expected harm of its sanctions (:mod:`beleidskompas.scoring.sanctions`);
  with a baseline, the proposal's direct effect minus the baseline's;
* total effect ``T_k = S d_k`` with the graph's spread operator ``S``;
* positions after: ``clip(p_kc + T_kc, 0, 1)``;
* gains and losses apart: ``g_k = Σ_c max(0, T_kc)``, ``l_k = Σ_c max(0, −T_kc)``;
* deficits are measured against the population-weighted mean positions *before* the
  measure, and accumulated with ``S``; ``deficit_*`` sums them over the four capitals;
* population figures use the scope's class shares and adults (default: the Netherlands).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import findings as F
from beleidskompas.model.proposal import CAPITALS, Proposal, Reaches
from beleidskompas.model.results import (
    ClassImpact,
    ClassImpactResult,
    Flow,
    ImpactSummary,
    Interval,
    ScopeOut,
)
from beleidskompas.model.society import ClassModel
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import society as soc
from beleidskompas.scoring.effects import (
    Direct,
    Term,
    direct_effects,
    measure_reaches,
    subtract,
    terms,
)
from beleidskompas.scoring.sanctions import capacities, is_obligation, sanction_harm
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
NETHERLANDS = "Nederland"
"""The name of the default scope."""


@dataclass(frozen=True)
class BaselineScheme:
    """Today's scheme, as the impact model needs it: its proposal and take-up per class."""

    proposal: Proposal
    take_up: Mapping[str, float]


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
    shares: dict[str, float]
    adults: float
    scope_name: str
    extra: dict[str, dict[str, float]]
    baseline_direct: Direct | None
    sanction_probability: dict[str, float] | None
    reaches: Reaches


@dataclass(frozen=True)
class Core:
    """Everything that depends on the effect sizes, in plain numbers."""

    direct: dict[str, dict[str, float]]
    total: dict[str, dict[str, float]]
    positions_after: dict[str, dict[str, float]]
    deficit_after: dict[str, float]
    stapeling_after: dict[str, int]
    gains: dict[str, float]
    losses: dict[str, float]
    gain_flow: Flow
    loss_flow: Flow
    benefit_share: dict[str, float] | None
    loss_share: dict[str, float] | None
    gap_after: float
    atkinson_after: float
    benefit_share_bottom: float | None
    deficit_removed: float
    cost_per_deficit_point: float | None


def _flow(
    values: Mapping[str, float], shares: Mapping[str, float], adults: float, bottom: Sequence[str]
) -> tuple[Flow, dict[str, float] | None]:
    """A flow (total per adult, person-points, bottom share) and its share per class."""
    weighted = {k: shares[k] * v for k, v in values.items()}
    total = sum(weighted.values())
    if total <= 0:
        return Flow(total=0.0, person_points=0.0), None
    per_class = {k: w / total for k, w in weighted.items()}
    bottom_share = sum(per_class[k] for k in bottom)
    return Flow(
        total=total, person_points=total * adults * POINT, share_bottom=bottom_share
    ), per_class


def core(ctx: Context, terms_: Sequence[Term]) -> Core:
    """The effect-dependent figures for one resolution of the effects."""
    direct = direct_effects(terms_, ctx.reach, ctx.take_up, ctx.extra)
    if ctx.baseline_direct is not None:
        direct = subtract(direct, ctx.baseline_direct)
    base = ctx.base
    total: dict[str, dict[str, float]] = {}
    after: dict[str, dict[str, float]] = {}
    deficit_after: dict[str, float] = {}
    stapeling_after: dict[str, int] = {}
    for k, pos in base.positions.items():
        total[k] = ctx.graph.spread_vector(direct[k])
        after[k] = {c: min(1.0, max(0.0, pos[c] + total[k][c])) for c in CAPITALS}
        own = deficits(after[k], base.means)
        deficit_after[k] = sum(accumulate(ctx.graph, own).values())
        stapeling_after[k] = stapeling_count(own, ctx.threshold)
    gains = {k: sum(max(0.0, v) for v in t.values()) for k, t in total.items()}
    losses = {k: sum(max(0.0, -v) for v in t.values()) for k, t in total.items()}
    bottom = ctx.classes.bottom_classes
    gain_flow, gain_shares = _flow(gains, ctx.shares, ctx.adults, bottom)
    loss_flow, loss_shares = _flow(losses, ctx.shares, ctx.adults, bottom)
    totals_after = {k: total_capital(p) for k, p in after.items()}
    removed = sum(ctx.shares[k] * (base.deficit_before[k] - deficit_after[k]) for k in total)
    cost: float | None = None
    if ctx.budget is not None:
        person_points = removed * ctx.adults * POINT
        if person_points > 0:
            cost = ctx.budget / person_points
    model = ctx.classes
    return Core(
        direct=direct,
        total=total,
        positions_after=after,
        deficit_after=deficit_after,
        stapeling_after=stapeling_after,
        gains=gains,
        losses=losses,
        gain_flow=gain_flow,
        loss_flow=loss_flow,
        benefit_share=gain_shares,
        loss_share=loss_shares,
        gap_after=gap(totals_after, model.gap_classes.top, model.gap_classes.bottom),
        atkinson_after=atkinson(totals_after, ctx.shares, ctx.epsilon),
        benefit_share_bottom=gain_flow.share_bottom,
        deficit_removed=removed,
        cost_per_deficit_point=cost,
    )


def _reach(tracer: Tracer, proposal: Proposal, rules: RuleSet) -> dict[str, float]:
    reach: dict[str, float] = {}
    for cls in rules.classes.classes:
        fig = tracer.figure(SECTION, f"classes.{cls.id}.reach")
        reach[cls.id] = soc.class_reach(fig, proposal, cls.id)
        explicit = proposal.target_group.reach is not None
        fig.done(
            reach[cls.id],
            "explicit reach" if explicit else "Π_a share(k, a) over the criteria",
            criteria=", ".join(proposal.target_group.criteria) or "—",
        )
    return reach


def _scope(
    tracer: Tracer, proposal: Proposal, national: Mapping[str, float]
) -> tuple[str, float, dict[str, float]]:
    """Name, adults and class shares of the population in scope."""
    scope = proposal.scope
    if scope is not None:
        shares = dict(national)
        if scope.class_shares is not None:
            shares = {k: float(scope.class_shares.get(k, 0.0)) for k in national}
        return scope.name, float(scope.adults), shares
    fig = tracer.figure(SECTION, "scope.adults")
    adults = fig.param("scoring.society.adults_nl")
    fig.done(adults, "adults in the Netherlands")
    return NETHERLANDS, adults, dict(national)


def _sanctions(
    tracer: Tracer, proposal: Proposal, rules: RuleSet, reach: Mapping[str, float]
) -> tuple[dict[str, dict[str, float]], dict[str, float] | None]:
    """The expected harm of an obligation's sanctions, as direct effects, and its chances."""
    if not has_incomes(rules) or not is_obligation(proposal):
        return {}, None
    fig = tracer.figure(SECTION, "sanctions.harm")
    caps, mean = fig.derived("sanctions.capacities", lambda r: capacities(r, rules))
    found = sanction_harm(fig, proposal, rules, caps, mean)
    if found is None:
        fig.done(0.0, "no obligation with sanctions")
        return {}, None
    extra = {k: {"economisch": reach[k] * h} for k, h in found.harm.items()}
    fig.done(
        sum(v["economisch"] for v in extra.values()),
        "Σ_k r_k · P_k · (−w·β·A/Y_k), P_k = 1 − exp(−h0·(L/L_ref)^α·exp(γ_s(c̄ − c_k))·D)",
    )
    return extra, found.probability


def has_incomes(rules: RuleSet) -> bool:
    """Whether the class model gives every class a reference income (money → capital)."""
    return all(c.reference_income_eur is not None for c in rules.classes.classes)


def baseline_direct(
    tracer: Tracer, scheme: BaselineScheme, rules: RuleSet
) -> tuple[Direct, float | None]:
    """The direct effects and the structural budget of today's scheme."""
    reach = soc.reach_by_class(tracer.figure(SECTION, "baseline.reach"), scheme.proposal, rules)
    extra, _ = _sanctions(tracer, scheme.proposal, rules, reach)
    fig = tracer.figure(SECTION, "baseline.direct")
    resolved = terms(fig, scheme.proposal, rules)
    direct = direct_effects(resolved, reach, scheme.take_up, extra)
    fig.done(
        sum(sum(v.values()) for v in direct.values()),
        "the baseline's own d_kc (subtracted from the proposal's)",
    )
    return direct, scheme.proposal.budget.structural_eur_per_year


def context(
    tracer: Tracer,
    proposal: Proposal,
    rules: RuleSet,
    take_up: Mapping[str, float],
    epsilon: float,
    baseline: BaselineScheme | None = None,
) -> Context:
    """Reach, baseline, scope and settings, each read through a traced figure."""
    reach = _reach(tracer, proposal, rules)
    fig = tracer.figure(SECTION, "baseline")
    base = soc.baseline(fig, rules)
    threshold = fig.param("scoring.society.stapeling_threshold")
    fig.done(
        sum(base.shares[k] * base.deficit_before[k] for k in base.shares),
        "Σ_k share_k · S·max(0, mean − p_k) before the measure",
    )
    name, adults, shares = _scope(tracer, proposal, base.shares)
    extra, chances = _sanctions(tracer, proposal, rules, reach)
    reaches = measure_reaches(proposal)
    applied_take_up = dict(take_up) if reaches == "claimed" else dict.fromkeys(take_up, 1.0)
    budget = proposal.budget.structural_eur_per_year
    before: Direct | None = None
    if baseline is not None:
        before, old_budget = baseline_direct(tracer, baseline, rules)
        budget = budget - old_budget if budget is not None and old_budget is not None else None
    return Context(
        classes=rules.classes,
        graph=rules.graph,
        reach=reach,
        take_up=applied_take_up,
        base=base,
        threshold=threshold,
        epsilon=epsilon,
        budget=budget,
        shares=shares,
        adults=adults,
        scope_name=name,
        extra=extra,
        baseline_direct=before,
        sanction_probability=chances,
        reaches=reaches,
    )


def assumptions(proposal: Proposal, rules: RuleSet) -> list[Text]:
    """The model assumptions a reader must know, for this proposal and rule set."""
    out: list[Text] = list(rules.warnings)
    if proposal.target_group.reach is None and proposal.target_group.criteria:
        out.append(F.ASSUME_INDEPENDENT.text(criteria=", ".join(proposal.target_group.criteria)))
    out.append(F.ASSUME_DEFICITS.text())
    if is_obligation(proposal):
        entry = F.ASSUME_SANCTIONS if has_incomes(rules) else F.NO_SANCTION_HARM
        out.append(entry.text())
    if measure_reaches(proposal) == "applied":
        out.append(F.ASSUME_APPLIED.text())
    if proposal.scope is not None:
        out.append(F.ASSUME_SCOPE.text(name=proposal.scope.name, adults=proposal.scope.adults))
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
        fig.done(
            result.cost_per_deficit_point,
            "budget / (adults · Σ_k share_k · (deficit_before_k − deficit_after_k) · 100)",
            budget=ctx.budget,
            adults=ctx.adults,
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
                share=ctx.shares[k],
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
                gain=result.gains[k],
                loss=result.losses[k],
                loss_share=result.loss_share[k] if result.loss_share else None,
                sanction_probability=(
                    ctx.sanction_probability[k] if ctx.sanction_probability else None
                ),
                intervals=bounds.get(k, {}),
            )
        )
    return rows


def summary(ctx: Context, result: Core, intervals: dict[str, Interval]) -> ImpactSummary:
    """The summary figures across classes, for the population in scope."""
    base = ctx.base
    shares = ctx.shares
    eligible = sum(shares[k] * ctx.reach[k] for k in shares)
    reached = sum(shares[k] * ctx.reach[k] * ctx.take_up[k] for k in shares)
    model = ctx.classes
    return ImpactSummary(
        reach=eligible,
        take_up=reached / eligible if eligible > 0 else 0.0,
        benefit_share_bottom=result.benefit_share_bottom,
        gains=result.gain_flow,
        losses=result.loss_flow,
        scope=ScopeOut(name=ctx.scope_name, adults=ctx.adults),
        persons_reached=reached * ctx.adults,
        reaches=ctx.reaches,
        relative_to="baseline" if ctx.baseline_direct is not None else "nothing",
        budget_eur_per_year=ctx.budget,
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
    baseline: BaselineScheme | None = None,
    take_up_uncertainty: TakeUp | None = None,
) -> ClassImpactResult:
    """The class-impact section of an assessment (``intervals=False``: no uncertainty;
    with ``baseline``, every figure is the change from today's scheme).

    ``take_up_uncertainty`` (the take-up model's draws, bounds and notes) adds the fit's
    parameter uncertainty to the intervals and its notes to the assumptions.
    """
    from beleidskompas.scoring.intervals import impact_intervals

    ctx = context(tracer, proposal, rules, take_up, epsilon, baseline)
    fig = tracer.figure(SECTION, "effects")
    resolved = terms(fig, proposal, rules)
    fig.done(len(resolved), "each effect per class: size, per_class, or w·β·A/Y_k for money")
    result = core(ctx, resolved)
    per_class: dict[str, dict[str, Interval]] = {}
    overall: dict[str, Interval] = {}
    uncertain = take_up_uncertainty is not None and bool(take_up_uncertainty.draws)
    if intervals and (uncertain or any(e.range is not None for e in proposal.effects)):
        fig = tracer.figure(SECTION, "intervals")
        per_class, overall = impact_intervals(
            ctx, proposal, rules, result, fig, take_up_uncertainty
        )
        fig.done(len(overall), "corners of every range and the take-up bounds, plus draws")
    totals = summary(ctx, result, overall)
    _summary_figures(tracer, rules, ctx, totals)
    notes = list(take_up_uncertainty.notes) if take_up_uncertainty is not None else []
    return ClassImpactResult(
        class_model=ctx.classes.id,
        classes=class_rows(ctx, result, per_class),
        summary=totals,
        assumptions=assumptions(proposal, rules) + notes,
    )
