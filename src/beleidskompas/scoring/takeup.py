"""Take-up per class: base non-take-up per granting mode, raised by the burdens found.

For class *k* with doenvermogen capacity ``c_k`` (a weighted mean of its persoons,
cultureel and economisch positions; a low economic position stands for economic stress)::

    logit(non_take_up_k) = logit(base[mode]) + β · L · exp(γ · (c̄ − c_k))

with ``L`` the take-up load of the doenvermogen rules that fired and ``c̄`` the
population-weighted mean capacity. More load never raises take-up; more capacity never
lowers it (β, γ, L ≥ 0). β and the bases are fitted on the calibration set only
(scripts/calibrate_takeup.py); γ and the capacity weights are inferred.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import society as soc
from beleidskompas.scoring.trace import Reader, Tracer

SECTION = "take_up"


def logit(p: float) -> float:
    """log(p / (1 − p))."""
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    """1 / (1 + e^−x), numerically stable."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def capacity(positions: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """A class's doenvermogen capacity: the weighted mean of its capital positions."""
    return sum(w * positions[c] for c, w in weights.items())


def capacities(reader: Reader, rules: RuleSet) -> tuple[dict[str, float], float]:
    """Capacity per class and its population-weighted mean."""
    weights: dict[str, float] = {
        c: reader.param(f"takeup.capacity_weights.{c}") for c in rules.takeup.capacity_weights
    }
    positions = soc.positions(reader, rules)
    shares = soc.shares(reader, rules)
    caps = {k: capacity(p, weights) for k, p in positions.items()}
    mean = sum(shares[k] * caps[k] for k in caps) / sum(shares.values())
    return caps, mean


def non_take_up(base: float, slope: float, steepness: float, load: float, gap: float) -> float:
    """``σ(logit(base) + β · L · exp(γ · gap))`` with ``gap = c̄ − c_k``, in (0, 1)."""
    return sigmoid(logit(base) + slope * max(0.0, load) * math.exp(steepness * gap))


def take_up_by_class(
    tracer: Tracer, rules: RuleSet, granting: str, load: float
) -> dict[str, float]:
    """Expected take-up (1 − non-take-up) per class id, each class a traced figure."""
    out: dict[str, float] = {}
    for cls in rules.classes.classes:
        fig = tracer.figure(SECTION, f"classes.{cls.id}.take_up")
        caps, mean = fig.derived("takeup.capacities", lambda r: capacities(r, rules))
        base = fig.param(f"takeup.base_non_take_up.{granting}")
        slope = fig.param("takeup.burden_slope")
        steepness = fig.param("takeup.capacity_steepness")
        gap = mean - caps[cls.id]
        out[cls.id] = 1.0 - non_take_up(base, slope, steepness, load, gap)
        fig.done(
            out[cls.id],
            "1 − σ(logit(base) + β · L · exp(γ · (c̄ − c_k)))",
            base=base,
            beta=slope,
            L=load,
            gamma=steepness,
            mean_capacity=mean,
            capacity=caps[cls.id],
        )
    return out
