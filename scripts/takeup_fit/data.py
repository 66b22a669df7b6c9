"""The calibration set as the fit sees it: one Observation per scheme, the order contrasts.

Dutch schemes are the proposals of examples/calibration/ (their determinants and complexity
load come from ``assess`` and the take-up model's own reading of the proposal); foreign
figures come from examples/calibration/international.yaml. Observed values are read as they
are written there (copied unchanged from /work/shared/domain).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

import yaml

from beleidskompas import assess, load_proposal
from beleidskompas.model.results import DoenvermogenResult
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import society as soc
from beleidskompas.scoring.takeup_inputs import Design, Profiles, design, profiles
from beleidskompas.scoring.trace import Recorder, Tracer

from .specs import CALIBRATION

POPULATION = "population"


@dataclass
class Observation:
    """One scheme: its observed non-take-up figure(s), weight and determinants."""

    name: str
    tid: str
    family: str
    values: list[float]
    weight: float
    design: Design
    class_weights: dict[str, float]
    profiles: Profiles
    international: bool = False
    interim: bool = False
    confidence: str = ""
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def observed(self) -> float:
        """The figure the error table compares with (the mean of several)."""
        return sum(self.values) / len(self.values)

    @property
    def route_label(self) -> str:
        routes = [r for _, r in self.design.segments]
        return " + ".join(dict.fromkeys(routes))


@dataclass
class Order:
    """A within-scheme contrast: ``higher`` has the higher non-take-up."""

    tid: str
    family: str
    higher: Observation
    lower: Observation
    weight: float


def grade_weight(confidence: list[str] | str, weights: dict[str, float]) -> float:
    grades = [confidence] if isinstance(confidence, str) else list(confidence)
    return min(weights[g] for g in grades)


def _dutch_design(rules: RuleSet, name: str) -> tuple[Design, dict[str, float]]:
    proposal = load_proposal(CALIBRATION / f"{name}.yaml")
    result = assess(proposal, rules, intervals=False)
    dv = result.doenvermogen
    if not isinstance(dv, DoenvermogenResult):
        raise RuntimeError(f"{name}: no doenvermogen result")
    fig = Tracer(rules).figure("calibration", name)
    d = design(fig, proposal, dv, rules)
    reader = Recorder(rules)
    reach = soc.reach_by_class(reader, proposal, rules)
    shares = soc.shares(reader, rules)
    return d, {k: shares[k] * reach[k] for k in shares}


def dutch(rules: RuleSet, priors: dict[str, Any]) -> tuple[list[Observation], list[Order]]:
    """The Dutch schemes with a rate, and the order contrasts (their states as schemes)."""
    observed = yaml.safe_load((CALIBRATION / "observed.yaml").read_text(encoding="utf-8"))
    weights = priors["weights"]
    prof = profiles(Recorder(rules), rules)
    out: list[Observation] = []
    for name, info in observed["schemes"].items():
        d, class_weights = _dutch_design(rules, name)
        figures = info["non_take_up"]
        values = [float(v) for v in (figures if isinstance(figures, list) else [figures])]
        weight = grade_weight(info["confidence"], weights)
        if info.get("interim"):
            weight *= weights["interim"]
        if info.get("downweight"):
            weight *= weights["downweight"]
        out.append(
            Observation(
                name=name,
                tid=str(info["id"]),
                family=str(info["family"]),
                values=values,
                weight=weight,
                design=d,
                class_weights=class_weights,
                profiles=prof,
                interim=bool(info.get("interim")),
                confidence="/".join(info["confidence"]),
                notes=info,
            )
        )
    states: dict[str, Observation] = {}
    orders: list[Order] = []
    for entry in observed.get("orders", []):
        pair = []
        for key in ("higher", "lower"):
            name = entry[key]
            if name not in states:
                d, class_weights = _dutch_design(rules, name)
                states[name] = Observation(
                    name, str(entry["id"]), str(entry["family"]), [], 0.0, d, class_weights, prof
                )
            pair.append(states[name])
        orders.append(
            Order(
                tid=str(entry["id"]),
                family=str(entry["family"]),
                higher=pair[0],
                lower=pair[1],
                weight=grade_weight(entry["confidence"], weights),
            )
        )
    return out, orders


def typical_load(schemes: list[Observation]) -> float:
    """The median complexity load of the Dutch schemes with an application route."""
    loads = [s.design.load for s in schemes if s.route_label == "application"]
    return float(statistics.median(loads))


def international(
    rules: RuleSet, priors: dict[str, Any], load: float, one_off_months: float
) -> list[Observation]:
    """The foreign figures, each as a population with the Dutch mean attribute shares."""
    data = yaml.safe_load((CALIBRATION / "international.yaml").read_text(encoding="utf-8"))
    weights = priors["weights"]
    prof = profiles(Recorder(rules), rules)
    population = Profiles(
        shares={POPULATION: dict(prof.means)},
        means=dict(prof.means),
        groups=prof.groups,
        missing=prof.missing,
    )
    figures = data["figures"]
    group_sizes: dict[str, int] = {}
    for f in figures:
        key = f.get("scheme_group", f["id"])
        group_sizes[key] = group_sizes.get(key, 0) + 1
    out: list[Observation] = []
    for f in figures:
        monthly = f.get("amount_eur_per_month")
        once = f.get("one_off_amount_eur")
        amount = None
        if monthly is not None or once is not None:
            amount = float(monthly or 0.0) + float(once or 0.0) / one_off_months
        d = Design(
            segments=((1.0, f["route"]),),
            amount=amount,
            awareness=f["awareness"],
            outreach=f["outreach"],
            last_resort=bool(f["last_resort"]),
            advance=bool(f["advance_with_reconciliation"]),
            life_event=str(f["life_event"]),
            load=load,
        )
        weight = grade_weight(str(f["confidence"]), weights) * weights["international"]
        weight /= group_sizes[f.get("scheme_group", f["id"])]
        out.append(
            Observation(
                name=str(f["id"]),
                tid=str(f["id"]),
                family="international",
                values=[1.0 - float(f["take_up"])],
                weight=weight,
                design=d,
                class_weights={POPULATION: 1.0},
                profiles=population,
                international=True,
                confidence=str(f["confidence"]),
                notes=f,
            )
        )
    return out
