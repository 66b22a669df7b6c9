"""The fitted parameters: their transforms and priors (examples/calibration/priors.yaml).

The fit works on an unconstrained vector θ. Each parameter maps from its own coordinate:
``logit`` and ``excess`` through the logistic function, ``positive`` through exp,
``above_one`` as 1 + exp, ``normal`` as itself. The route bases form a chain: confirm is an
excess over automatic, each next route adds a positive step on the logit scale of its excess,
so the routes are strictly ordered for every θ.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from beleidskompas.model.proposal import ROUTES

REPO = Path(__file__).resolve().parents[2]
CALIBRATION = REPO / "examples" / "calibration"
PREFIX = "takeup."
OFFSET = "international_offset"
INTERIM = "interim_offset"
NOISE = "noise"
NUISANCE = (OFFSET, INTERIM, NOISE)
"""Coordinates of θ that are not run-time parameters."""


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


@dataclass(frozen=True)
class Spec:
    """One coordinate of θ with its prior."""

    name: str
    """Parameter id without the ``takeup.`` prefix, or OFFSET / NOISE."""
    kind: str
    centre: float
    """The prior mean of the coordinate (already on the coordinate's scale)."""
    sd: float
    sources: tuple[str, ...] = ()
    note: str = ""

    def log_prior(self, theta: float) -> float:
        return -0.5 * ((theta - self.centre) / self.sd) ** 2


def _centre(kind: str, prior: dict[str, Any]) -> float:
    if kind in ("logit", "excess"):
        return logit(float(prior["median"]))
    if kind in ("step", "positive"):
        return math.log(float(prior["median"]))
    if kind == "above_one":
        return math.log(float(prior["median"]) - 1.0)
    if kind == "normal":
        return float(prior["mean"])
    raise ValueError(f"unknown prior kind {kind!r}")


def load_priors() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CALIBRATION / "priors.yaml").read_text(encoding="utf-8"))
    return data


def specs(priors: dict[str, Any]) -> list[Spec]:
    """Every coordinate of θ, in a fixed order: the fitted parameters, the offset, σ."""
    out: list[Spec] = []
    for name, entry in priors["fitted"].items():
        prior = entry["prior"]
        kind = str(prior["kind"])
        out.append(
            Spec(
                name=name,
                kind=kind,
                centre=_centre(kind, prior),
                sd=float(prior["sd"]),
                sources=tuple(entry["sources"]),
                note=" ".join(str(entry["note"]).split()),
            )
        )
    for name in (OFFSET, INTERIM):
        prior = priors[name]["prior"]
        out.append(Spec(name, "normal", _centre("normal", prior), float(prior["sd"])))
    noise = priors["noise"]
    out.append(Spec(NOISE, "positive", math.log(float(noise["median"])), float(noise["sd"])))
    return out


def transform(spec: Spec, theta: float) -> float:
    """The parameter value of one non-route coordinate."""
    if spec.kind == "positive":
        return math.exp(theta)
    if spec.kind == "above_one":
        return 1.0 + math.exp(theta)
    if spec.kind == "normal":
        return theta
    if spec.kind == "logit":
        return sigmoid(theta)
    raise ValueError(spec.kind)


def to_values(
    theta: list[float], all_specs: list[Spec], fixed: dict[str, float]
) -> tuple[dict[str, float], dict[str, float], float]:
    """θ → (parameter id → value for the run-time model, the offsets by name, σ)."""
    values = dict(fixed)
    by_name = dict(zip((s.name for s in all_specs), theta, strict=True))
    floor = sigmoid(by_name["base_non_take_up.automatic"])
    values[PREFIX + "base_non_take_up.automatic"] = floor
    excess = by_name["base_non_take_up.confirm"]
    for route in ROUTES[1:]:
        name = f"base_non_take_up.{route}"
        if route != "confirm":
            excess += math.exp(by_name[name])
        values[PREFIX + name] = floor + (1.0 - floor) * sigmoid(excess)
    for spec in all_specs:
        if spec.name.startswith("base_non_take_up.") or spec.name in NUISANCE:
            continue
        values[PREFIX + spec.name] = transform(spec, by_name[spec.name])
    offsets = {OFFSET: by_name[OFFSET], INTERIM: by_name[INTERIM]}
    return values, offsets, math.exp(by_name[NOISE])


def from_values(
    values: dict[str, float], offsets: dict[str, float], sigma: float, all_specs: list[Spec]
) -> list[float]:
    """The inverse of :func:`to_values` (for a start vector or a test)."""
    floor = values[PREFIX + "base_non_take_up.automatic"]
    theta: dict[str, float] = {"base_non_take_up.automatic": logit(floor)}
    previous = None
    for route in ROUTES[1:]:
        b = values[PREFIX + f"base_non_take_up.{route}"]
        excess = logit((b - floor) / (1.0 - floor))
        name = f"base_non_take_up.{route}"
        theta[name] = excess if previous is None else math.log(excess - previous)
        previous = excess
    for spec in all_specs:
        if spec.name in theta:
            continue
        if spec.name in offsets:
            theta[spec.name] = offsets[spec.name]
        elif spec.name == NOISE:
            theta[spec.name] = math.log(sigma)
        else:
            v = values[PREFIX + spec.name]
            theta[spec.name] = {
                "positive": math.log(v),
                "above_one": math.log(v - 1.0),
                "normal": v,
                "logit": logit(v),
            }[spec.kind]
    return [theta[s.name] for s in all_specs]


def prior_centre(all_specs: list[Spec]) -> list[float]:
    return [s.centre for s in all_specs]
