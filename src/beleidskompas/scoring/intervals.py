"""Uncertainty intervals of the class impact, from the effects' ranges.

Figures that are monotone in the effect sizes (total effects, deficits after, deficit
removed, cost per point) take their bounds from the low and high ends of every range at
once, which is exact. The others (gap, Atkinson index, shares of the impact) come from a
fixed-seed Monte Carlo draw of effect sizes within their ranges, plus both ends.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Interval
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.effects import Term, direct_effects, subtract, terms
from beleidskompas.scoring.impact import Context, Core, core
from beleidskompas.scoring.trace import Reader
from beleidskompas.society.graph import total_capital
from beleidskompas.society.inequality import atkinson, gap


def _span(values: Sequence[float]) -> Interval:
    return (min(values), max(values))


def light(ctx: Context, terms_: Sequence[Term]) -> dict[str, float | None]:
    """Only the non-monotone figures (gap, Atkinson, shares of gains) for one draw."""
    direct = direct_effects(terms_, ctx.reach, ctx.take_up, ctx.extra)
    if ctx.baseline_direct is not None:
        direct = subtract(direct, ctx.baseline_direct)
    base = ctx.base
    totals_after: dict[str, float] = {}
    weights: dict[str, float] = {}
    for k, pos in base.positions.items():
        spread = ctx.graph.spread_vector(direct[k])
        totals_after[k] = total_capital({c: min(1.0, max(0.0, pos[c] + spread[c])) for c in pos})
        weights[k] = ctx.shares[k] * sum(max(0.0, v) for v in spread.values())
    weight_sum = sum(weights.values())
    model = ctx.classes
    out: dict[str, float | None] = {
        "gap_after": gap(totals_after, model.gap_classes.top, model.gap_classes.bottom),
        "atkinson_after": atkinson(totals_after, ctx.shares, ctx.epsilon),
        "benefit_share_bottom": (
            sum(weights[k] for k in model.bottom_classes) / weight_sum if weight_sum > 0 else None
        ),
    }
    for k, w in weights.items():
        out[f"benefit_share.{k}"] = w / weight_sum if weight_sum > 0 else None
    return out


def impact_intervals(
    ctx: Context, proposal: Proposal, rules: RuleSet, point: Core, reader: Reader
) -> tuple[dict[str, dict[str, Interval]], dict[str, Interval]]:
    """Bounds per class (``total.<capital>``, ``deficit_after``, ``benefit_share``) and for
    the summary figures. Ranges are in each effect's own unit (capital scale or euros)."""
    effects = proposal.effects
    lows = [e.range[0] if e.range else None for e in effects]
    highs = [e.range[1] if e.range else None for e in effects]
    low_terms = terms(reader, proposal, rules, lows)
    high_terms = terms(reader, proposal, rules, highs)
    low, high = core(ctx, low_terms), core(ctx, high_terms)
    settings = rules.scoring.impact
    rng = random.Random(settings.seed)
    samples = [light(ctx, low_terms), light(ctx, high_terms)]
    for _ in range(settings.monte_carlo_draws):
        values = [rng.uniform(*e.range) if e.range else None for e in effects]
        samples.append(light(ctx, terms(reader, proposal, rules, values)))

    per_class: dict[str, dict[str, Interval]] = {}
    for k in ctx.base.positions:
        bounds: dict[str, Interval] = {
            f"total.{c}": (low.total[k][c], high.total[k][c]) for c in low.total[k]
        }
        # monotone: more effect never raises a deficit
        bounds["deficit_after"] = (high.deficit_after[k], low.deficit_after[k])
        values_k = [v for s in samples if (v := s[f"benefit_share.{k}"]) is not None]
        if point.benefit_share is not None and values_k:
            bounds["benefit_share"] = _span(values_k)
        per_class[k] = bounds

    overall: dict[str, Interval] = {}
    for name in ("gap_after", "atkinson_after", "benefit_share_bottom"):
        clean = [v for s in samples if (v := s[name]) is not None]
        if clean:
            overall[name] = _span(clean)
    overall["deficit_removed"] = (low.deficit_removed, high.deficit_removed)
    if high.cost_per_deficit_point is not None and low.cost_per_deficit_point is not None:
        overall["cost_per_deficit_point"] = (
            high.cost_per_deficit_point,
            low.cost_per_deficit_point,
        )
    return per_class, overall
