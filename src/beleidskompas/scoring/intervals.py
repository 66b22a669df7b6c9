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
from beleidskompas.scoring.impact import Context, Core, core
from beleidskompas.society.graph import total_capital
from beleidskompas.society.inequality import atkinson, gap


def _span(values: Sequence[float]) -> Interval:
    return (min(values), max(values))


def light(ctx: Context, effects: Sequence[tuple[str, float]]) -> dict[str, float | None]:
    """Only the non-monotone figures (gap, Atkinson, shares) for one draw."""
    sizes: dict[str, float] = {}
    for capital, size in effects:
        sizes[capital] = sizes.get(capital, 0.0) + size
    spread = ctx.graph.spread_vector(sizes)
    base = ctx.base
    totals_after: dict[str, float] = {}
    weights: dict[str, float] = {}
    for k, pos in base.positions.items():
        factor = ctx.reach[k] * ctx.take_up[k]
        totals_after[k] = total_capital(
            {c: min(1.0, max(0.0, pos[c] + factor * spread[c])) for c in pos}
        )
        weights[k] = base.shares[k] * factor * sum(abs(v) for v in spread.values())
    weight_sum = sum(weights.values())
    model = ctx.classes
    out: dict[str, float | None] = {
        "gap_after": gap(totals_after, model.gap_classes.top, model.gap_classes.bottom),
        "atkinson_after": atkinson(totals_after, base.shares, ctx.epsilon),
        "benefit_share_bottom": (
            sum(weights[k] for k in model.bottom_classes) / weight_sum if weight_sum > 0 else None
        ),
    }
    for k, w in weights.items():
        out[f"benefit_share.{k}"] = w / weight_sum if weight_sum > 0 else None
    return out


def impact_intervals(
    ctx: Context, proposal: Proposal, rules: RuleSet, point: Core
) -> tuple[dict[str, dict[str, Interval]], dict[str, Interval]]:
    """Bounds per class (``total.<capital>``, ``deficit_after``, ``benefit_share``) and for
    the summary figures."""
    lows = [(e.capital, e.range[0] if e.range else e.size) for e in proposal.effects]
    highs = [(e.capital, e.range[1] if e.range else e.size) for e in proposal.effects]
    low, high = core(ctx, lows), core(ctx, highs)
    settings = rules.scoring.impact
    rng = random.Random(settings.seed)
    samples = [light(ctx, lows), light(ctx, highs)]
    for _ in range(settings.monte_carlo_draws):
        sizes = [
            (e.capital, rng.uniform(*e.range) if e.range else e.size) for e in proposal.effects
        ]
        samples.append(light(ctx, sizes))

    per_class: dict[str, dict[str, Interval]] = {}
    for k in ctx.base.positions:
        bounds: dict[str, Interval] = {
            f"total.{c}": (low.total[k][c], high.total[k][c]) for c in low.total[k]
        }
        # monotone: more effect never raises a deficit
        bounds["deficit_after"] = (high.deficit_after[k], low.deficit_after[k])
        values = [v for s in samples if (v := s[f"benefit_share.{k}"]) is not None]
        if point.benefit_share is not None and values:
            bounds["benefit_share"] = _span(values)
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
