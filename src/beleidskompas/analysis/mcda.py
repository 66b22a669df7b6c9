"""The decision matrix pipeline of ``compare``, as pure functions on plain numbers.

Steps, always in this order (normalising before inverting costs is a known MCDA error):

1. **invert costs**: criteria to minimise are negated, so that more is better everywhere;
2. **normalise**: min–max per criterion to [0, 1] (a criterion on which all options are
   equal becomes 0 for all and cannot change the ranking);
3. **weight**: multiply by the weights, which sum to 1;
4. **aggregate**: weighted sum or TOPSIS (closeness to the ideal point).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from typing import Literal

Method = Literal["weighted_sum", "topsis"]
Direction = Literal["max", "min"]
Matrix = Mapping[str, Mapping[str, float]]
STEPS = ("invert", "normalise", "weight")


def pipeline(
    matrix: Matrix,
    directions: Mapping[str, Direction],
    weights: Mapping[str, float],
    method: Method,
) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, float]]:
    """Run the four steps; return the intermediate matrices and the scores."""
    oriented, normalised = normalise(matrix, directions, list(weights))
    weighted = {o: {c: row[c] * weights[c] for c in weights} for o, row in normalised.items()}
    scores = aggregate(weighted, list(weights), method)
    steps = {"oriented": oriented, "normalised": normalised, "weighted": weighted}
    return steps, scores


def normalise(
    matrix: Matrix, directions: Mapping[str, Direction], crit: Sequence[str]
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """Steps 1 and 2 (they do not depend on the weights): the oriented and the normalised
    matrix."""
    options = list(matrix)
    oriented = {
        o: {c: (-matrix[o][c] if directions[c] == "min" else matrix[o][c]) for c in crit}
        for o in options
    }
    normalised: dict[str, dict[str, float]] = {o: {} for o in options}
    for c in crit:
        column = [oriented[o][c] for o in options]
        low, high = min(column), max(column)
        for o in options:
            normalised[o][c] = (oriented[o][c] - low) / (high - low) if high > low else 0.0
    return oriented, normalised


def aggregate(
    weighted: Mapping[str, Mapping[str, float]], crit: Sequence[str], method: Method
) -> dict[str, float]:
    """Step 4: the score of each option from its weighted row."""
    if method == "weighted_sum":
        return {o: math.fsum(row[c] for c in crit) for o, row in weighted.items()}
    return topsis(weighted, crit)


def weighted_scores(
    normalised: Mapping[str, Mapping[str, float]],
    weights: Mapping[str, float],
    method: Method,
) -> dict[str, float]:
    """Steps 3 and 4 for one set of weights, on a matrix normalised once (Monte Carlo)."""
    crit = list(weights)
    weighted = {o: {c: row[c] * weights[c] for c in crit} for o, row in normalised.items()}
    return aggregate(weighted, crit, method)


def topsis(weighted: Mapping[str, Mapping[str, float]], crit: Sequence[str]) -> dict[str, float]:
    """Closeness of each option to the ideal point (1) rather than the anti-ideal (0)."""
    options = list(weighted)
    ideal = {c: max(weighted[o][c] for o in options) for c in crit}
    anti = {c: min(weighted[o][c] for o in options) for c in crit}
    out: dict[str, float] = {}
    for o in options:
        plus = math.dist([weighted[o][c] for c in crit], [ideal[c] for c in crit])
        minus = math.dist([weighted[o][c] for c in crit], [anti[c] for c in crit])
        out[o] = minus / (plus + minus) if plus + minus > 0 else 0.0
    return out


TIE_DIGITS = 12
"""Scores equal to this many decimals are ties (kept in input order)."""


def ranks(scores: Mapping[str, float], order: Sequence[str]) -> list[str]:
    """Options by score, ties in input order."""
    position = {o: i for i, o in enumerate(order)}
    return sorted(order, key=lambda o: (-round(scores[o], TIE_DIGITS), position[o]))


def best(scores: Mapping[str, float], order: Sequence[str]) -> str:
    """The first option of :func:`ranks` in linear time (no sort)."""
    position = {o: i for i, o in enumerate(order)}
    return min(order, key=lambda o: (-round(scores[o], TIE_DIGITS), position[o]))


def normalise_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights divided by their sum (any positive scale gives the same result)."""
    largest = max(weights.values(), default=0.0)
    if not largest > 0 or not math.isfinite(largest):
        raise ValueError("weights must include a positive, finite value")
    scaled = {c: w / largest for c, w in weights.items()}  # no overflow for huge weights
    total = math.fsum(scaled.values())
    return {c: w / total for c, w in scaled.items()}


def extreme_options(matrix: Matrix, criteria: Sequence[str]) -> set[str]:
    """The options that alone hold the minimum or the maximum of some criterion.

    Only these can move a column's range when they are worsened or dropped: an option that
    shares an extreme with another leaves it in place (many options with equal scores are
    common, and counting them all made the rank-reversal check quadratic).
    """
    out: set[str] = set()
    for c in criteria:
        column = {o: row[c] for o, row in matrix.items()}
        for extreme in (min(column.values()), max(column.values())):
            holders = [o for o, v in column.items() if v == extreme]
            if len(holders) == 1:
                out.add(holders[0])
    return out


def dirichlet(rng: random.Random, alpha: Sequence[float]) -> list[float]:
    """One draw from a Dirichlet distribution (zero alphas give zero weights)."""
    draws = [rng.gammavariate(a, 1.0) if a > 0 else 0.0 for a in alpha]
    total = math.fsum(draws)
    return [d / total for d in draws] if total > 0 else [1.0 / len(alpha)] * len(alpha)


def rank_options(
    matrix: Matrix,
    directions: Mapping[str, Direction],
    weights: Mapping[str, float],
    method: Method = "weighted_sum",
) -> list[str]:
    """Option ids from first to last for a raw decision matrix (the four steps, then sort)."""
    _, scores = pipeline(matrix, directions, normalise_weights(weights), method)
    return ranks(scores, list(matrix))
