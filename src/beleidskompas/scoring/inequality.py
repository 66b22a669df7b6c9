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
    w = {k: weights[k] / total for k in values}
    mean = sum(w[k] * values[k] for k in values)
    if mean <= 0:
        return 0.0
    if any(v < 0 for v in values.values()):
        raise ValueError("Atkinson index needs non-negative values")
    if epsilon == 0:
        return 0.0
    if abs(epsilon - 1.0) < 1e-12:
        if any(values[k] == 0 and w[k] > 0 for k in values):
            return 1.0
        ede = math.exp(sum(w[k] * math.log(values[k]) for k in values if w[k] > 0))
    else:
        power = 1.0 - epsilon
        if power < 0 and any(values[k] == 0 and w[k] > 0 for k in values):
            return 1.0
        ede = sum(w[k] * values[k] ** power for k in values if w[k] > 0) ** (1.0 / power)
    return min(1.0, max(0.0, 1.0 - ede / mean))


def gap(totals: Mapping[str, float], top: str, bottom: str) -> float:
    """Top–bottom gap: total capital of the ``top`` class minus that of the ``bottom`` class."""
    return totals[top] - totals[bottom]
