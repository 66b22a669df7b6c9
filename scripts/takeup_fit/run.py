"""The whole calibration: build the problem, fit, draw, cross-validate, summarise."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from beleidskompas.rules.loader import load_rules
from beleidskompas.rules.ruleset import RuleSet

from . import data
from .fit import Fit, covariance, cross_validate, draws, fit, mae, spearman
from .model import Problem, predict
from .specs import PREFIX, Spec, load_priors, prior_centre, specs

DUTCH_FAMILIES = ("toeslagen", "municipal", "svb", "energietoeslag")


@dataclass
class Calibration:
    rules: RuleSet
    priors: dict[str, Any]
    specs: list[Spec]
    problem: Problem
    support: dict[str, Any]
    result: Fit | None = None
    draws: list[dict[str, float]] = field(default_factory=list)
    loo: dict[str, float] = field(default_factory=dict)
    grouped: dict[str, float] = field(default_factory=dict)

    @property
    def dutch(self) -> list[data.Observation]:
        return [o for o in self.problem.observations if not o.international]

    def values(self) -> tuple[dict[str, float], dict[str, float], float]:
        assert self.result is not None
        return self.problem.values(self.result.theta)


def support_of(
    dutch: list[data.Observation], states: list[data.Observation], foreign: list[data.Observation]
) -> dict[str, Any]:
    """What the calibration set covers: the load cap, the amount range, routes, life events."""
    loads = [o.design.load for o in dutch + states]
    digital = [o.design.digital_load for o in dutch + states]
    amounts = [o.design.amount for o in dutch + states + foreign if o.design.amount is not None]
    routes = {r for o in dutch for _, r in o.design.segments}
    events = {o.design.life_event for o in dutch}
    from typing import get_args

    from beleidskompas.model.proposal import ROUTES, LifeEvent

    return {
        "complexity.cap": max(loads),
        "complexity.digital_cap": max(digital),
        "amount.lowest_eur_per_month": min(amounts),
        "amount.highest_eur_per_month": max(amounts),
        "routes": [r for r in ROUTES if r in routes],
        "life_events": [e for e in get_args(LifeEvent) if e in events],
    }


def build(rules: RuleSet | None = None, priors: dict[str, Any] | None = None) -> Calibration:
    """The fit problem of the calibration set (nothing fitted yet)."""
    rules = rules or load_rules()
    priors = priors or load_priors()
    all_specs = specs(priors)
    dutch, orders = data.dutch(rules, priors)
    states = list({id(s): s for o in orders for s in (o.higher, o.lower)}.values())
    fixed = {PREFIX + k: float(v["value"]) for k, v in priors["fixed"].items()}
    load = data.typical_load(dutch)
    foreign = data.international(rules, priors, load, fixed[PREFIX + "amount.one_off_months"])
    support = support_of(dutch, states, foreign)
    support["typical_load"] = load
    for name in (
        "complexity.cap",
        "complexity.digital_cap",
        "amount.lowest_eur_per_month",
        "amount.highest_eur_per_month",
    ):
        fixed[PREFIX + name] = float(support[name])
    problem = Problem(dutch + foreign, orders, all_specs, fixed, float(priors["order_softness"]))
    return Calibration(rules, priors, all_specs, problem, support)


def folds(cal: Calibration, grouped: bool) -> dict[str, list[str]]:
    """Leave one Dutch scheme out, or one family (with its order states)."""
    if not grouped:
        return {o.tid: [o.name] for o in cal.dutch}
    out: dict[str, list[str]] = {}
    for family in DUTCH_FAMILIES:
        names = [o.name for o in cal.dutch if o.family == family]
        names += [
            s.name
            for order in cal.problem.orders
            if order.family == family
            for s in (order.higher, order.lower)
        ]
        out[family] = list(dict.fromkeys(names))
    return out


def run(cal: Calibration, *, cross: bool = True, progress: bool = True) -> Calibration:
    """Fit, draw and (with ``cross``) cross-validate."""
    cal.result = fit(cal.problem, prior_centre(cal.specs))
    if progress:
        print(
            f"MAP: converged {cal.result.success}, {cal.result.iterations} iterations", flush=True
        )
    cov = covariance(cal.problem, cal.result.theta)
    cal.draws = draws(
        cal.problem, cal.result.theta, cov, int(cal.priors["draws"]), int(cal.priors["seed"])
    )
    if cross:
        if progress:
            print("leave one out:", flush=True)
        cal.loo = cross_validate(cal.problem, cal.result.theta, folds(cal, False), progress)
        if progress:
            print("grouped by family:", flush=True)
        cal.grouped = cross_validate(cal.problem, cal.result.theta, folds(cal, True), progress)
    return cal


def rows(cal: Calibration) -> list[dict[str, Any]]:
    """One row per Dutch scheme: observed, fitted, held out."""
    values, offsets, _ = cal.values()
    out = []
    for o in cal.dutch:
        row: dict[str, Any] = {
            "scheme": o.name,
            "id": o.tid,
            "family": o.family,
            "route": o.route_label,
            "load": o.design.load,
            "weight": round(o.weight, 4),
            "observed": round(o.observed, 4),
            "fitted": round(predict(values, o, offsets), 4),
        }
        if o.name in cal.loo:
            row["leave_one_out"] = round(cal.loo[o.name], 4)
        if o.name in cal.grouped:
            row["grouped"] = round(cal.grouped[o.name], 4)
        out.append(row)
    return out


def summary(table: list[dict[str, Any]]) -> dict[str, Any]:
    """MAE and Spearman ρ for the fit and both cross-validations, overall and per route."""
    out: dict[str, Any] = {"schemes": len(table)}
    for key in ("fitted", "leave_one_out", "grouped"):
        pairs = [(r[key], r["observed"]) for r in table if key in r]
        if not pairs:
            continue
        out[key] = {"mae": round(mae(pairs), 4), "spearman": round(spearman(pairs), 4)}
        weighted = [(r[key], r["observed"], r["weight"]) for r in table if key in r]
        total = sum(w for _, _, w in weighted)
        out[key]["weighted_mae"] = round(sum(abs(a - b) * w for a, b, w in weighted) / total, 4)
        per_route: dict[str, float] = {}
        for route in dict.fromkeys(r["route"] for r in table):
            subset = [(r[key], r["observed"]) for r in table if r["route"] == route and key in r]
            per_route[route] = round(mae(subset), 4)
        out[key]["per_route"] = per_route
    return out
