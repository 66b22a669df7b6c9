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

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from beleidskompas.graph import (
    CapitalGraph,
    accumulate,
    deficits,
    stapeling_count,
    total_capital,
)
from beleidskompas.model.base import Lang
from beleidskompas.model.proposal import CAPITALS, Proposal
from beleidskompas.model.results import ClassImpact, ClassImpactResult, ImpactSummary, Interval
from beleidskompas.model.society import ClassModel
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.inequality import atkinson, gap


def reach_by_class(proposal: Proposal, classes: ClassModel) -> dict[str, float]:
    """Eligible share per class: explicit ``reach`` or the product of criteria shares."""
    explicit = proposal.target_group.reach
    if explicit is not None:
        return {cls.id: float(explicit.get(cls.id, 0.0)) for cls in classes.classes}
    out: dict[str, float] = {}
    for cls in classes.classes:
        value = 1.0
        for attribute in proposal.target_group.criteria:
            value *= cls.attributes[attribute].value
        out[cls.id] = value
    return out


def bottom_reach_share(reach: Mapping[str, float], classes: ClassModel) -> float | None:
    """Share of the people reached who belong to the bottom classes."""
    shares = {c.id: c.share.value for c in classes.classes}
    total = sum(shares[k] * reach[k] for k in reach)
    if total <= 0:
        return None
    return sum(shares[k] * reach[k] for k in classes.bottom_classes) / total


@dataclass(frozen=True)
class _Core:
    """Everything that depends on the effect sizes, in plain numbers."""

    direct: dict[str, dict[str, float]]
    total: dict[str, dict[str, float]]
    positions_after: dict[str, dict[str, float]]
    deficit_after: dict[str, float]
    stapeling_after: dict[str, int]
    benefit_share: dict[str, float] | None
    summary: dict[str, float | None]


@dataclass(frozen=True)
class _Context:
    """Everything that does not depend on the effect sizes."""

    classes: ClassModel
    graph: CapitalGraph
    reach: dict[str, float]
    take_up: dict[str, float]
    shares: dict[str, float]
    positions: dict[str, dict[str, float]]
    means: dict[str, float]
    deficit_before: dict[str, float]
    stapeling_before: dict[str, int]
    threshold: float
    epsilon: float
    budget: float | None
    persons: dict[str, float] | None

    def totals_before(self) -> dict[str, float]:
        return {k: total_capital(p) for k, p in self.positions.items()}


def _core(ctx: _Context, effects: Sequence[tuple[str, float]]) -> _Core:
    per_capital: dict[str, float] = dict.fromkeys(CAPITALS, 0.0)
    for capital, size in effects:
        per_capital[capital] += size
    direct: dict[str, dict[str, float]] = {}
    total: dict[str, dict[str, float]] = {}
    after: dict[str, dict[str, float]] = {}
    deficit_after: dict[str, float] = {}
    stapeling_after: dict[str, int] = {}
    for k in ctx.positions:
        factor = ctx.reach[k] * ctx.take_up[k]
        direct[k] = {c: factor * per_capital[c] for c in CAPITALS}
        total[k] = ctx.graph.spread_vector(direct[k])
        after[k] = {c: min(1.0, max(0.0, ctx.positions[k][c] + total[k][c])) for c in CAPITALS}
        own = deficits(after[k], ctx.means)
        deficit_after[k] = sum(accumulate(ctx.graph, own).values())
        stapeling_after[k] = stapeling_count(own, ctx.threshold)
    weights = {k: ctx.shares[k] * sum(abs(v) for v in total[k].values()) for k in total}
    weight_sum = sum(weights.values())
    benefit = {k: w / weight_sum for k, w in weights.items()} if weight_sum > 0 else None
    totals_after = {k: total_capital(p) for k, p in after.items()}
    removed = sum(ctx.shares[k] * (ctx.deficit_before[k] - deficit_after[k]) for k in total)
    cost: float | None = None
    if ctx.budget is not None and ctx.persons is not None:
        person_points = sum(
            ctx.persons[k] * (ctx.deficit_before[k] - deficit_after[k]) * 100 for k in total
        )
        if person_points > 1e-9:
            cost = ctx.budget / person_points
    summary: dict[str, float | None] = {
        "gap_after": gap(totals_after, ctx.classes.gap_classes.top, ctx.classes.gap_classes.bottom),
        "atkinson_after": atkinson(totals_after, ctx.shares, ctx.epsilon),
        "benefit_share_bottom": (
            sum(benefit[k] for k in ctx.classes.bottom_classes) if benefit is not None else None
        ),
        "deficit_removed": removed,
        "cost_per_deficit_point": cost,
    }
    return _Core(direct, total, after, deficit_after, stapeling_after, benefit, summary)


def _context(
    proposal: Proposal, ruleset: RuleSet, take_up: Mapping[str, float], epsilon: float
) -> _Context:
    base = ruleset.baseline
    return _Context(
        classes=ruleset.classes,
        graph=ruleset.graph,
        reach=reach_by_class(proposal, ruleset.classes),
        take_up=dict(take_up),
        shares=base.shares,
        positions=base.positions,
        means=base.means,
        deficit_before=base.deficit_before,
        stapeling_before=base.stapeling_before,
        threshold=ruleset.scoring_threshold(),
        epsilon=epsilon,
        budget=proposal.budget.structural_eur_per_year,
        persons=base.persons,
    )


def _interval(values: Sequence[float]) -> Interval:
    return (min(values), max(values))


def score_impact(
    proposal: Proposal,
    ruleset: RuleSet,
    take_up: Mapping[str, float],
    epsilon: float = 1.0,
    lang: Lang = "nl",
    *,
    intervals: bool = True,
) -> ClassImpactResult:
    """The class-impact section of an assessment (``intervals=False``: no uncertainty)."""
    ctx = _context(proposal, ruleset, take_up, epsilon)
    point = [(e.capital, e.size) for e in proposal.effects]
    core = _core(ctx, point)
    ranged = intervals and any(e.range is not None for e in proposal.effects)
    low_core = high_core = core
    samples: list[dict[str, float | None]] = []
    if ranged:
        lows = [(e.capital, e.range[0] if e.range else e.size) for e in proposal.effects]
        highs = [(e.capital, e.range[1] if e.range else e.size) for e in proposal.effects]
        low_core, high_core = _core(ctx, lows), _core(ctx, highs)
        samples = [_light(ctx, lows), _light(ctx, highs), *_monte_carlo(ctx, proposal, ruleset)]

    totals_before = ctx.totals_before()
    shares = ctx.shares
    impacts: list[ClassImpact] = []
    for cls in ctx.classes.classes:
        k = cls.id
        bounds: dict[str, Interval] = {}
        if ranged:
            for c in CAPITALS:
                bounds[f"total.{c}"] = (low_core.total[k][c], high_core.total[k][c])
            # monotone: more effect never raises a deficit
            bounds["deficit_after"] = (high_core.deficit_after[k], low_core.deficit_after[k])
            shares_k = [v for s in samples if (v := s[f"benefit_share.{k}"]) is not None]
            if core.benefit_share is not None and shares_k:
                bounds["benefit_share"] = _interval(shares_k)
        impacts.append(
            ClassImpact(
                id=k,
                label=cls.label.get(lang),
                share=shares[k],
                reach=_r(ctx.reach[k]),
                take_up=_r(ctx.take_up[k]),
                direct={c: _r(v) for c, v in core.direct[k].items()},
                total={c: _r(v) for c, v in core.total[k].items()},
                positions_before={c: _r(v) for c, v in ctx.positions[k].items()},
                positions_after={c: _r(v) for c, v in core.positions_after[k].items()},
                deficit_before=_r(ctx.deficit_before[k]),
                deficit_after=_r(core.deficit_after[k]),
                stapeling_before=ctx.stapeling_before[k],
                stapeling_after=core.stapeling_after[k],
                benefit_share=_r(core.benefit_share[k]) if core.benefit_share else None,
                intervals={name: (_r(a), _r(b)) for name, (a, b) in bounds.items()},
            )
        )

    eligible = sum(shares[k] * ctx.reach[k] for k in shares)
    take_up_all = (
        sum(shares[k] * ctx.reach[k] * ctx.take_up[k] for k in shares) / eligible
        if eligible > 0
        else 0.0
    )
    top, bottom = ctx.classes.gap_classes.top, ctx.classes.gap_classes.bottom
    summary_intervals: dict[str, Interval] = {}
    if ranged:
        for name in ("gap_after", "atkinson_after", "benefit_share_bottom"):
            values = [s[name] for s in samples]
            clean = [v for v in values if v is not None]
            if clean:
                summary_intervals[name] = _interval(clean)
        removed = (low_core.summary["deficit_removed"], high_core.summary["deficit_removed"])
        summary_intervals["deficit_removed"] = (float(removed[0] or 0), float(removed[1] or 0))
        costs = [
            high_core.summary["cost_per_deficit_point"],
            low_core.summary["cost_per_deficit_point"],
        ]
        if all(c is not None for c in costs):
            summary_intervals["cost_per_deficit_point"] = (
                float(costs[0] or 0),
                float(costs[1] or 0),
            )
    summary = ImpactSummary(
        reach=_r(eligible),
        take_up=_r(take_up_all),
        benefit_share_bottom=_opt(core.summary["benefit_share_bottom"]),
        population_share_bottom=_r(sum(shares[k] for k in ctx.classes.bottom_classes)),
        gap_before=_r(gap(totals_before, top, bottom)),
        gap_after=_r(float(core.summary["gap_after"] or 0.0)),
        atkinson_before=_r(atkinson(totals_before, shares, epsilon)),
        atkinson_after=_r(float(core.summary["atkinson_after"] or 0.0)),
        epsilon=epsilon,
        deficit_removed=_r(float(core.summary["deficit_removed"] or 0.0)),
        cost_per_deficit_point=_opt(core.summary["cost_per_deficit_point"], 2),
        intervals={name: (_r(a), _r(b)) for name, (a, b) in summary_intervals.items()},
    )
    return ClassImpactResult(
        class_model=ctx.classes.id,
        classes=impacts,
        summary=summary,
        assumptions=assumptions(proposal, lang),
    )


def _light(ctx: _Context, effects: Sequence[tuple[str, float]]) -> dict[str, float | None]:
    """Only the non-monotone summary figures, for Monte Carlo draws (no deficits)."""
    per_capital: dict[str, float] = dict.fromkeys(CAPITALS, 0.0)
    for capital, size in effects:
        per_capital[capital] += size
    spread = ctx.graph.spread_vector(per_capital)
    totals_after: dict[str, float] = {}
    weights: dict[str, float] = {}
    for k, pos in ctx.positions.items():
        factor = ctx.reach[k] * ctx.take_up[k]
        totals_after[k] = sum(
            min(1.0, max(0.0, pos[c] + factor * spread[c])) for c in CAPITALS
        ) / len(CAPITALS)
        weights[k] = ctx.shares[k] * factor * sum(abs(v) for v in spread.values())
    weight_sum = sum(weights.values())
    bottom = ctx.classes.bottom_classes
    return {
        "gap_after": gap(totals_after, ctx.classes.gap_classes.top, ctx.classes.gap_classes.bottom),
        "atkinson_after": atkinson(totals_after, ctx.shares, ctx.epsilon),
        "benefit_share_bottom": (
            sum(weights[k] for k in bottom) / weight_sum if weight_sum > 0 else None
        ),
        **{
            f"benefit_share.{k}": (w / weight_sum if weight_sum > 0 else None)
            for k, w in weights.items()
        },
    }


def _monte_carlo(
    ctx: _Context, proposal: Proposal, ruleset: RuleSet
) -> list[dict[str, float | None]]:
    import random

    settings = ruleset.scoring.impact
    rng = random.Random(settings.seed)
    draws: list[dict[str, float | None]] = []
    for _ in range(settings.monte_carlo_draws):
        sizes = [
            (e.capital, rng.uniform(*e.range) if e.range else e.size) for e in proposal.effects
        ]
        draws.append(_light(ctx, sizes))
    return draws


def _r(value: float, digits: int = 6) -> float:
    """Round for stable output; -0.0 becomes 0.0."""
    out = round(value, digits)
    return 0.0 if out == 0 else out


def _opt(value: float | None, digits: int = 6) -> float | None:
    if value is None or math.isnan(value):
        return None
    return _r(value, digits)


def assumptions(proposal: Proposal, lang: Lang) -> list[str]:
    """The model assumptions a reader must know, for this proposal."""
    nl = lang == "nl"
    out: list[str] = []
    if proposal.target_group.reach is None and proposal.target_group.criteria:
        out.append(
            "Bereik per klasse = product van de aandelen voor de criteria "
            f"({', '.join(proposal.target_group.criteria)}): aangenomen is dat die kenmerken "
            "binnen een klasse onafhankelijk voorkomen."
            if nl
            else "Reach per class = product of the shares for the criteria "
            f"({', '.join(proposal.target_group.criteria)}): the attributes are assumed to "
            "occur independently within a class."
        )
    out.append(
        "Achterstanden zijn gemeten ten opzichte van het bevolkingsgemiddelde vóór de "
        "maatregel en opgeteld over de kapitaalgraaf."
        if nl
        else "Deficits are measured against the population mean before the measure and "
        "accumulated over the capital graph."
    )
    if any(e.range is not None for e in proposal.effects):
        out.append(
            "Bandbreedtes: exact voor effecten en achterstanden (monotoon in de effectgrootte); "
            "kloof, Atkinson-index en aandelen met een vaste-seed Monte-Carlo-trekking."
            if nl
            else "Intervals: exact for effects and deficits (monotone in effect size); gap, "
            "Atkinson index and shares from a fixed-seed Monte Carlo draw."
        )
    return out
