"""Predictions with the run-time formula, and the negative log posterior of the fit."""

from __future__ import annotations

import math
from dataclasses import dataclass

from beleidskompas.scoring.takeup import class_non_take_up

from .data import Observation, Order
from .specs import INTERIM, OFFSET, Spec, to_values


def predict(
    values: dict[str, float], obs: Observation, offsets: dict[str, float] | None = None
) -> float:
    """Reach-weighted non-take-up of a scheme (the run-time model, class by class); the
    nuisance ``offsets`` shift foreign figures and interim counts."""
    get = values.__getitem__
    offsets = offsets or {}
    shift = offsets.get(OFFSET, 0.0) if obs.international else 0.0
    if obs.interim:
        shift += offsets.get(INTERIM, 0.0)
    total = sum(obs.class_weights.values())
    if total <= 0:
        raise ValueError(f"{obs.name}: nobody is eligible")
    return (
        sum(
            w * class_non_take_up(get, obs.design, obs.profiles, k, shift)
            for k, w in obs.class_weights.items()
            if w > 0
        )
        / total
    )


def softplus(x: float) -> float:
    return math.log1p(math.exp(-abs(x))) + max(x, 0.0)


@dataclass
class Problem:
    """What the fit minimises: the data, the orders, the priors and the fixed values."""

    observations: list[Observation]
    orders: list[Order]
    specs: list[Spec]
    fixed: dict[str, float]
    softness: float

    def values(self, theta: list[float]) -> tuple[dict[str, float], dict[str, float], float]:
        return to_values(theta, self.specs, self.fixed)

    def objective(self, theta: list[float]) -> float:
        """Negative log posterior (up to a constant)."""
        values, offsets, sigma = self.values(list(theta))
        total = 0.0
        for obs in self.observations:
            pred = predict(values, obs, offsets)
            share = obs.weight / len(obs.values)
            for value in obs.values:
                total += share * (pred - value) ** 2 / (2 * sigma**2) + 0.5 * math.log(
                    sigma**2 / share
                )
        for order in self.orders:
            gap = predict(values, order.higher) - predict(values, order.lower)
            total += order.weight * softplus(-gap / self.softness)
        for spec, t in zip(self.specs, theta, strict=True):
            total -= spec.log_prior(t)
        return total
