"""Inequality across classes: the top–bottom gap and the Atkinson index."""

from __future__ import annotations

import math
from collections.abc import Mapping


def atkinson(values: Mapping[str, float], weights: Mapping[str, float], epsilon: float) -> float:
    """Population-weighted Atkinson index of ``values`` with inequality aversion ``epsilon``.

    ``A = 1 − EDE / mean`` where the equally-distributed equivalent is the weighted power
    mean of order ``1 − ε`` (the weighted geometric mean for ε = 1). 0 means equal; a zero
    value with ε >= 1 gives 1. ε = 0 always gives 0.
    """
    if epsilon < 0:
        raise ValueError("epsilon must be >= 0")
    total = sum(weights[k] for k in values)
    if total <= 0:
        raise ValueError("weights must sum to a positive number")
    if any(v < 0 for v in values.values()):
        raise ValueError("Atkinson index needs non-negative values")
    w = {k: weights[k] / total for k in values}
    mean = sum(w[k] * values[k] for k in values)
    if mean <= 0 or epsilon == 0:
        return 0.0
    present = [k for k in values if w[k] > 0]
    if any(values[k] == 0 for k in present):
        if epsilon >= 1.0:
            return 1.0
        present = [k for k in present if values[k] > 0]
    if abs(epsilon - 1.0) < 1e-12:
        log_ede = sum(w[k] * math.log(values[k]) for k in present)
    else:
        # log of the power mean, computed in log space so tiny values cannot overflow
        power = 1.0 - epsilon
        terms = [math.log(w[k]) + power * math.log(values[k]) for k in present]
        top = max(terms)
        log_ede = (top + math.log(sum(math.exp(t - top) for t in terms))) / power
    return min(1.0, max(0.0, 1.0 - math.exp(log_ede - math.log(mean))))


def gap(totals: Mapping[str, float], top: str, bottom: str) -> float:
    """Top–bottom gap: total capital of the ``top`` class minus that of the ``bottom`` class."""
    return totals[top] - totals[bottom]
