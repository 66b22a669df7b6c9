"""Uncertainty intervals of the class impact: the effects' ranges and the take-up fit.

Two sources of uncertainty are carried through. The effects' ranges (stated by the
analyst), and the take-up model's parameter uncertainty (its posterior draws from the
calibration, widened when a design lies outside what the calibration covers), summarised
per class as an interval.

Figures that are monotone in the effect sizes and the take-up (total effects, deficits
after, deficit removed, cost per point) take their bounds from the corners: every range at
its low and at its high end, with the take-up at its point, low and high values. That is
exact for effects of one sign; with effects of both signs the deficits need not be monotone
in take-up and the corners are an approximation. The others (gap, Atkinson index, shares
of the impact) come from a fixed-seed Monte Carlo draw of effect sizes within their ranges,
each paired with one central take-up draw, plus the corners.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from operator import mul

from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Interval
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.effects import Term, direct_effects, subtract, terms
from beleidskompas.scoring.impact import Context, Core, core
from beleidskompas.scoring.takeup import TakeUp, quantile
from beleidskompas.scoring.trace import Reader
from beleidskompas.society.inequality import atkinson, gap


def _span(values: Sequence[float]) -> Interval:
    return (min(values), max(values))


def light(ctx: Context, terms_: Sequence[Term]) -> dict[str, float | None]:
    """Only the non-monotone figures (gap, Atkinson, shares of the gains) for one draw."""
    direct = direct_effects(terms_, ctx.reach, ctx.take_up, ctx.extra)
    if ctx.baseline_direct is not None:
        direct = subtract(direct, ctx.baseline_direct)
    base = ctx.base
    totals_after: dict[str, float] = {}
    weights: dict[str, float] = {}
    capitals = ctx.graph.capitals
    rows = ctx.graph.spread
    n = len(capitals)
    for k, pos in base.positions.items():
        x = direct[k]
        vector = [x.get(c, 0.0) for c in capitals]
        spread = [sum(map(mul, row, vector)) for row in rows]  # the graph's S x, inlined
        after = [pos[c] + s for c, s in zip(capitals, spread, strict=True)]
        totals_after[k] = sum(1.0 if v > 1.0 else (v if v > 0.0 else 0.0) for v in after) / n
        weights[k] = ctx.shares[k] * sum(v for v in spread if v > 0.0)
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


def overall_take_up(ctx: Context, take_up: dict[str, float]) -> float:
    """The reach-weighted take-up of the eligible population."""
    shares = ctx.shares
    eligible = sum(shares[k] * ctx.reach[k] for k in shares)
    reached = sum(shares[k] * ctx.reach[k] * take_up[k] for k in shares)
    return reached / eligible if eligible > 0 else 0.0


def take_up_vectors(
    ctx: Context, take_up: TakeUp | None, coverage: float
) -> tuple[list[dict[str, float]], list[dict[str, float]], Interval | None]:
    """The corner take-up vectors (point, all low, all high), the central draws (whose overall
    take-up lies in its interval) and that interval."""
    corners = [ctx.take_up]
    if take_up is None or not take_up.draws or not take_up.bounds:
        return corners, [ctx.take_up], None
    corners.append({k: take_up.bounds[k][0] for k in ctx.take_up})
    corners.append({k: take_up.bounds[k][1] for k in ctx.take_up})
    overall = [overall_take_up(ctx, d) for d in take_up.draws]
    tail = (1.0 - coverage) / 2
    point = overall_take_up(ctx, ctx.take_up)
    low = min(quantile(overall, tail), point)
    high = max(quantile(overall, 1.0 - tail), point)
    central = [d for d, t in zip(take_up.draws, overall, strict=True) if low <= t <= high]
    return corners, central or [ctx.take_up], (low, high)


def impact_intervals(
    ctx: Context,
    proposal: Proposal,
    rules: RuleSet,
    point: Core,
    reader: Reader,
    take_up: TakeUp | None = None,
) -> tuple[dict[str, dict[str, Interval]], dict[str, Interval]]:
    """Bounds per class (``total.<capital>``, ``deficit_after``, ``benefit_share``,
    ``take_up``) and for the summary figures. Ranges are in each effect's own unit; an
    applied measure has no take-up to vary."""
    if ctx.reaches == "applied":
        take_up = None
    effects = proposal.effects
    lows = terms(reader, proposal, rules, [e.range[0] if e.range else None for e in effects])
    highs = terms(reader, proposal, rules, [e.range[1] if e.range else None for e in effects])
    coverage = rules.takeup.uncertainty.interval if rules.takeup.uncertainty else 0.0
    vectors, central, overall_take = take_up_vectors(ctx, take_up, coverage)
    contexts = [replace(ctx, take_up=t) for t in vectors]
    corners = [core(c, sizes) for c in contexts for sizes in (lows, highs)]
    settings = rules.scoring.impact
    rng = random.Random(settings.seed)
    samples = [light(c, sizes) for c in contexts for sizes in (lows, highs)]
    ranged = any(e.range is not None for e in proposal.effects)
    # without ranged effects only the take-up varies: one sample per central draw suffices
    fixed = None if ranged else terms(reader, proposal, rules, [None] * len(effects))
    for i in range(settings.monte_carlo_draws if ranged else len(central)):
        if fixed is None:
            drawn = [rng.uniform(*e.range) if e.range else None for e in effects]
            sizes = terms(reader, proposal, rules, drawn)
        else:  # nothing ranged: the point sizes, computed once
            sizes = fixed
        sample_ctx = replace(ctx, take_up=central[i % len(central)]) if take_up else ctx
        samples.append(light(sample_ctx, sizes))

    per_class: dict[str, dict[str, Interval]] = {}
    for k in ctx.base.positions:
        bounds: dict[str, Interval] = {
            f"total.{c}": _span([r.total[k][c] for r in corners]) for c in point.total[k]
        }
        bounds["deficit_after"] = _span([r.deficit_after[k] for r in corners])
        values = [v for s in samples if (v := s[f"benefit_share.{k}"]) is not None]
        if point.benefit_share is not None and values:
            bounds["benefit_share"] = _span(values)
        if take_up is not None and k in take_up.bounds:
            bounds["take_up"] = take_up.bounds[k]
        per_class[k] = bounds

    overall: dict[str, Interval] = {}
    for name in ("gap_after", "atkinson_after", "benefit_share_bottom"):
        clean = [v for s in samples if (v := s[name]) is not None]
        if clean:
            overall[name] = _span(clean)
    overall["deficit_removed"] = _span([r.deficit_removed for r in corners])
    costs = [r.cost_per_deficit_point for r in corners]
    if all(c is not None for c in costs):
        overall["cost_per_deficit_point"] = _span([c for c in costs if c is not None])
    if overall_take is not None:
        overall["take_up"] = overall_take
    return per_class, overall
