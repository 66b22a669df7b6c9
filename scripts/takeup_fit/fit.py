"""The maximum a posteriori fit, its Laplace approximation, draws and cross-validation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import minimize
from scipy.stats import spearmanr

from beleidskompas.model.takeup import check_values

from .data import Observation
from .model import Problem, predict


@dataclass
class Fit:
    theta: list[float]
    objective: float
    success: bool
    iterations: int


def fit(problem: Problem, start: list[float]) -> Fit:
    """The MAP estimate (L-BFGS-B, deterministic, from ``start``)."""
    result = minimize(
        problem.objective,
        np.asarray(start, dtype=float),
        method="L-BFGS-B",
        options={"maxiter": 5000, "maxfun": 500_000, "ftol": 1e-12, "gtol": 1e-7},
    )
    return Fit(
        theta=[float(x) for x in result.x],
        objective=float(result.fun),
        success=bool(result.success),
        iterations=int(result.nit),
    )


def hessian(
    f: Callable[[list[float]], float], theta: list[float], step: float = 1e-3
) -> np.ndarray:
    """Central second differences of ``f`` at ``theta``."""
    n = len(theta)
    x = np.asarray(theta, dtype=float)
    h = np.zeros((n, n))
    f0 = f(list(x))
    for i in range(n):
        for j in range(i, n):
            if i == j:
                up, down = x.copy(), x.copy()
                up[i] += step
                down[i] -= step
                h[i, i] = (f(list(up)) - 2 * f0 + f(list(down))) / step**2
            else:
                pp, pm, mp, mm = (x.copy() for _ in range(4))
                pp[i] += step
                pp[j] += step
                pm[i] += step
                pm[j] -= step
                mp[i] -= step
                mp[j] += step
                mm[i] -= step
                mm[j] -= step
                h[i, j] = h[j, i] = (f(list(pp)) - f(list(pm)) - f(list(mp)) + f(list(mm))) / (
                    4 * step**2
                )
    return h


def covariance(problem: Problem, theta: list[float]) -> np.ndarray:
    """The Laplace covariance: the inverse Hessian of the negative log posterior, made
    positive definite if the finite differences are not."""
    h = hessian(problem.objective, theta)
    h = (h + h.T) / 2
    eigenvalues, vectors = np.linalg.eigh(h)
    floor = 1e-6 * max(float(eigenvalues.max()), 1.0)
    eigenvalues = np.maximum(eigenvalues, floor)
    return (vectors / eigenvalues) @ vectors.T


def draws(
    problem: Problem, theta: list[float], cov: np.ndarray, n: int, seed: int
) -> list[dict[str, float]]:
    """``n`` parameter vectors from the Laplace posterior (each checked like the point)."""
    rng = np.random.default_rng(seed)
    out: list[dict[str, float]] = []
    samples = rng.multivariate_normal(np.asarray(theta), cov, size=n, method="cholesky")
    for row in samples:
        values, _, _ = problem.values([float(x) for x in row])
        check_values(values)
        out.append(values)
    return out


def without(problem: Problem, left_out: set[str]) -> Problem:
    """The problem without the schemes (and orders) named in ``left_out``."""
    return replace(
        problem,
        observations=[o for o in problem.observations if o.name not in left_out],
        orders=[
            o
            for o in problem.orders
            if o.higher.name not in left_out and o.lower.name not in left_out
        ],
    )


@dataclass
class Prediction:
    obs: Observation
    fitted: float
    held_out: float | None = None


def cross_validate(
    problem: Problem, theta: list[float], folds: dict[str, list[str]], progress: bool = True
) -> dict[str, float]:
    """Scheme name → its prediction by a fit without its fold."""
    out: dict[str, float] = {}
    for label, names in folds.items():
        if progress:
            print(f"  fold {label}: {len(names)} scheme(s)", flush=True)
        reduced = without(problem, set(names))
        refit = fit(reduced, theta)
        values, offsets, _ = reduced.values(refit.theta)
        for obs in problem.observations:
            if obs.name in names:
                out[obs.name] = predict(values, obs, offsets)
    return out


def mae(pairs: list[tuple[float, float]]) -> float:
    return sum(abs(a - b) for a, b in pairs) / len(pairs) if pairs else float("nan")


def spearman(pairs: list[tuple[float, float]]) -> float:
    rho = spearmanr([a for a, _ in pairs], [b for _, b in pairs]).statistic
    return float(rho)
