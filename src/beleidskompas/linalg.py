"""Small dense linear algebra in pure Python (the matrices here are 4 × 4).

Kept dependency-free so that an assessment does not pay numpy's import time.
"""

from __future__ import annotations

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
    """The inverse of a square matrix by Gauss–Jordan elimination, or None if singular."""
    n = len(a)
    aug = [list(map(float, row)) + identity(n)[i] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < tol:
            return None
        aug[col], aug[pivot] = aug[pivot], aug[col]
        scale = aug[col][col]
        aug[col] = [v / scale for v in aug[col]]
        for row in range(n):
            if row != col and aug[row][col] != 0.0:
                factor = aug[row][col]
                aug[row] = [v - factor * p for v, p in zip(aug[row], aug[col], strict=True)]
    return [row[n:] for row in aug]


def spectral_radius_nonnegative(a: Sequence[Sequence[float]], iterations: int = 2000) -> float:
    """Spectral radius of a non-negative matrix by power iteration on ``a + I``.

    Adding the identity makes ρ(a) + 1 the unique eigenvalue of largest modulus, so the
    iteration converges from a positive start vector even when ``a`` is reducible or
    periodic.
    """
    n = len(a)
    if n == 0:
        return 0.0
    shifted = [[a[i][j] + (1.0 if i == j else 0.0) for j in range(n)] for i in range(n)]
    x = [1.0] * n
    estimate = 0.0
    for _ in range(iterations):
        y = matvec(shifted, x)
        norm = max(y)
        if norm <= 0.0:
            return 0.0
        x = [v / norm for v in y]
        if abs(norm - estimate) < 1e-13:
            estimate = norm
            break
        estimate = norm
    return max(0.0, estimate - 1.0)
