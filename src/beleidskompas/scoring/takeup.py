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

from beleidskompas.model.rules import TakeupParameters
from beleidskompas.model.society import ClassModel


def logit(p: float) -> float:
    """log(p / (1 − p))."""
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    """1 / (1 + e^−x), numerically stable."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def capacity(positions: Mapping[str, float], params: TakeupParameters) -> float:
    """A class's doenvermogen capacity from its capital positions."""
    return sum(w.value * positions[c] for c, w in params.capacity_weights.items())


def capacities(classes: ClassModel, params: TakeupParameters) -> dict[str, float]:
    """Capacity per class."""
    return {
        cls.id: capacity({c: p.value for c, p in cls.positions.items()}, params)
        for cls in classes.classes
    }


def mean_capacity(classes: ClassModel, params: TakeupParameters) -> float:
    """Population-weighted mean capacity."""
    caps = capacities(classes, params)
    total = sum(c.share.value for c in classes.classes)
    return sum(c.share.value * caps[c.id] for c in classes.classes) / total


def non_take_up(
    granting: str, load: float, class_capacity: float, mean: float, params: TakeupParameters
) -> float:
    """Expected non-take-up in a class, in (0, 1)."""
    base = params.base_non_take_up[granting].value  # type: ignore[index]
    steep = math.exp(params.capacity_steepness.value * (mean - class_capacity))
    return sigmoid(logit(base) + params.burden_slope.value * max(0.0, load) * steep)


def take_up_by_class(
    granting: str,
    load: float,
    classes: ClassModel,
    params: TakeupParameters,
    caps: Mapping[str, float] | None = None,
    mean: float | None = None,
) -> dict[str, float]:
    """Expected take-up (1 − non-take-up) per class id.

    ``caps`` and ``mean`` (capacities and their population mean) may be passed in when
    they are already known, e.g. from ``RuleSet.baseline``.
    """
    if caps is None or mean is None:
        caps = capacities(classes, params)
        mean = mean_capacity(classes, params)
    return {
        cls_id: 1.0 - non_take_up(granting, load, cap, mean, params) for cls_id, cap in caps.items()
    }
