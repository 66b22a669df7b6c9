"""Small dense linear algebra in pure Python (the matrices here are 4 × 4).

Kept dependency-free so that an assessment does not pay numpy's import time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Matrix = list[list[float]]
Vector = list[float]


def identity(n: int) -> Matrix:
    """The n × n identity matrix."""
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def transpose(a: Sequence[Sequence[float]]) -> Matrix:
    """The transpose of ``a``."""
    return [list(col) for col in zip(*a, strict=True)]


def matvec(a: Sequence[Sequence[float]], x: Sequence[float]) -> Vector:
    """``a @ x``."""
    return [sum(aij * xj for aij, xj in zip(row, x, strict=True)) for row in a]


def matmul(a: Sequence[Sequence[float]], b: Sequence[Sequence[float]]) -> Matrix:
    """``a @ b``."""
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col, strict=True)) for col in bt] for row in a]


def inverse(a: Sequence[Sequence[float]], tol: float = 1e-12) -> Matrix | None:
    """The inverse of a square matrix by Gauss–Jordan elimination, or None if singular.

    Singular means a pivot at most ``tol`` times the largest entry, or an inverse that
    does not fit in a float (entries so small that the threshold itself underflows).
    """
    n = len(a)
    aug = [list(map(float, row)) + identity(n)[i] for i, row in enumerate(a)]
    magnitude = max((abs(v) for row in a for v in row), default=0.0) or 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) <= tol * magnitude:
            return None
        aug[col], aug[pivot] = aug[pivot], aug[col]
        scale = aug[col][col]
        aug[col] = [v / scale for v in aug[col]]
        for row in range(n):
            if row != col and aug[row][col] != 0.0:
                factor = aug[row][col]
                aug[row] = [v - factor * p for v, p in zip(aug[row], aug[col], strict=True)]
    result = [row[n:] for row in aug]
    return result if all(math.isfinite(v) for row in result for v in row) else None


def is_m_matrix_inverse_nonnegative(a: Sequence[Sequence[float]], t: float) -> bool:
    """Whether ``t·I − a`` is invertible with a non-negative inverse (``a`` >= 0).

    For a non-negative matrix this holds exactly when ``t`` exceeds its spectral radius
    (the M-matrix characterisation), so it decides convergence without eigenvalues.
    """
    n = len(a)
    shifted = [[(t if i == j else 0.0) - a[i][j] for j in range(n)] for i in range(n)]
    inv = inverse(shifted)
    if inv is None:
        return False
    largest = max(abs(v) for row in inv for v in row)
    # entries that should be 0 come out as rounding noise relative to the largest entry
    return all(v >= -1e-9 * max(1.0, largest) for row in inv for v in row)


def spectral_radius_nonnegative(a: Sequence[Sequence[float]], tol: float = 1e-12) -> float:
    """Spectral radius of a non-negative matrix, by bisection on the M-matrix criterion.

    ``ρ(a) < t`` exactly when ``t·I − a`` has a non-negative inverse; bisection between 0
    and the largest row sum (an upper bound of ρ) finds ρ to ``tol``, also for reducible,
    periodic and nilpotent matrices where power iteration is slow or wrong.
    """
    n = len(a)
    if n == 0:
        return 0.0
    high = max(sum(row) for row in a)
    if high <= 0.0:
        return 0.0
    power = [list(map(float, row)) for row in a]
    for _ in range(n - 1):
        power = matmul(power, a)
    if all(v == 0.0 for row in power for v in row):
        return 0.0  # nilpotent: a^n = 0, every eigenvalue is 0
    low = 0.0
    high = high * (1 + 1e-9) + 1e-15
    while high - low > tol:
        middle = (low + high) / 2
        if is_m_matrix_inverse_nonnegative(a, middle):
            high = middle
        else:
            low = middle
    return high
