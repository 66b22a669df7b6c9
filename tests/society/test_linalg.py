"""linalg: hand-computed inverses and spectral radii, and a few algebraic properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas.society import linalg


def _close(a: list[list[float]], b: list[list[float]], tol: float = 1e-12) -> bool:
    return all(
        abs(x - y) <= tol
        for row_a, row_b in zip(a, b, strict=True)
        for x, y in zip(row_a, row_b, strict=True)
    )


def _mul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    """Plain triple loop, independent of linalg.matmul."""
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]


# ------------------------------------------------------------------------ small helpers


def test_identity_transpose_matvec_matmul_by_hand() -> None:
    assert linalg.identity(2) == [[1.0, 0.0], [0.0, 1.0]]
    assert linalg.identity(0) == []
    assert linalg.transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]
    # [[1,2],[3,4]] @ [5,6] = [1*5+2*6, 3*5+4*6] = [17, 39]
    assert linalg.matvec([[1, 2], [3, 4]], [5, 6]) == [17, 39]
    # [[1,2],[3,4]] @ [[0,1],[1,0]] swaps the columns: [[2,1],[4,3]]
    assert linalg.matmul([[1, 2], [3, 4]], [[0, 1], [1, 0]]) == [[2, 1], [4, 3]]


# ------------------------------------------------------------------------------ inverse


def test_inverse_2x2_by_hand() -> None:
    # A = [[4, 7], [2, 6]], det = 4*6 - 7*2 = 10,
    # A^-1 = 1/10 * [[6, -7], [-2, 4]] = [[0.6, -0.7], [-0.2, 0.4]]
    got = linalg.inverse([[4.0, 7.0], [2.0, 6.0]])
    assert got is not None
    assert _close(got, [[0.6, -0.7], [-0.2, 0.4]])


def test_inverse_needs_pivoting() -> None:
    # The permutation [[0, 1], [1, 0]] has a zero in the first pivot position and is its
    # own inverse.
    got = linalg.inverse([[0.0, 1.0], [1.0, 0.0]])
    assert got is not None
    assert _close(got, [[0.0, 1.0], [1.0, 0.0]])


def test_inverse_3x3_by_hand() -> None:
    # A = [[1,2,3],[0,1,4],[5,6,0]]; det = 1*(0-24) - 2*(0-20) + 3*(0-5) = -24+40-15 = 1.
    # Cofactor matrix C = [[-24, 20, -5], [18, -15, 4], [5, -4, 1]], A^-1 = C^T / det:
    expected = [[-24.0, 18.0, 5.0], [20.0, -15.0, -4.0], [-5.0, 4.0, 1.0]]
    got = linalg.inverse([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
    assert got is not None
    assert _close(got, expected, 1e-9)


def test_inverse_of_diagonal_and_of_I_minus_strict_lower() -> None:
    got = linalg.inverse([[2.0, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 8.0]])
    assert got is not None
    assert _close(got, [[0.5, 0.0, 0.0], [0.0, 0.25, 0.0], [0.0, 0.0, 0.125]])
    # (I - N)^-1 = I + N + N^2 for N strictly lower triangular 3x3 (N^3 = 0):
    # N = [[0,0,0],[a,0,0],[b,c,0]], N^2 = [[0,0,0],[0,0,0],[a*c,0,0]].
    a, b, c = 0.5, 0.25, 0.2
    got = linalg.inverse([[1.0, 0.0, 0.0], [-a, 1.0, 0.0], [-b, -c, 1.0]])
    assert got is not None
    assert _close(got, [[1.0, 0.0, 0.0], [a, 1.0, 0.0], [b + a * c, c, 1.0]])


@pytest.mark.parametrize(
    "matrix",
    [
        [[1.0, 2.0], [2.0, 4.0]],  # second row = 2 x first
        [[0.0, 0.0], [0.0, 0.0]],
        [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],  # row3 = 2*row2 - row1
    ],
)
def test_inverse_of_singular_matrix_is_none(matrix: list[list[float]]) -> None:
    assert linalg.inverse(matrix) is None


def test_inverse_of_a_subnormal_matrix_is_none_not_a_crash() -> None:
    # found by hypothesis: the relative threshold underflowed to 0 and the zero pivot divided
    assert linalg.inverse([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 2.2250738585e-313]]) is None
    assert linalg.inverse([[1e-320, 0.0], [0.0, 1e-320]]) is None


_entry = st.floats(min_value=-10, max_value=10, allow_nan=False)


@settings(max_examples=100)
@given(st.lists(st.lists(_entry, min_size=3, max_size=3), min_size=3, max_size=3))
def test_inverse_times_matrix_is_identity(matrix: list[list[float]]) -> None:
    # det by the rule of Sarrus, computed independently; skip near-singular draws.
    (a, b, c), (d, e, f), (g, h, i) = matrix
    det = a * e * i + b * f * g + c * d * h - c * e * g - b * d * i - a * f * h
    got = linalg.inverse(matrix)
    if abs(det) < 1e-3:
        return
    assert got is not None
    assert _close(
        _mul(matrix, got), [[1.0 if r == s else 0.0 for s in range(3)] for r in range(3)], 1e-6
    )


# ---------------------------------------------------------------------- spectral radius


@pytest.mark.parametrize(
    ("matrix", "expected"),
    [
        ([], 0.0),
        ([[0.0]], 0.0),
        ([[0.3]], 0.3),
        # diagonal: the largest entry
        ([[0.2, 0.0], [0.0, 0.7]], 0.7),
        # all-ones 2x2: eigenvalues 0 and 2
        ([[1.0, 1.0], [1.0, 1.0]], 2.0),
        # 2-cycle: eigenvalues ±sqrt(a*b) = ±sqrt(0.5*0.08) = ±0.2
        ([[0.0, 0.5], [0.08, 0.0]], 0.2),
        # 3-cycle with unit weights (a periodic permutation): rho = 1
        ([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], 1.0),
        # 3-cycle with weights 0.5, 0.4, 0.05: rho = cube root of the product 0.01
        ([[0.0, 0.5, 0.0], [0.0, 0.0, 0.4], [0.05, 0.0, 0.0]], 0.01 ** (1 / 3)),
        # constant rows: rho equals the row sum 3 * 0.5 = 1.5
        ([[0.5, 0.5, 0.5]] * 3, 1.5),
    ],
)
def test_spectral_radius_known_values(matrix: list[list[float]], expected: float) -> None:
    assert linalg.spectral_radius_nonnegative(matrix) == pytest.approx(expected, abs=1e-9)


@settings(max_examples=100)
@given(
    st.floats(min_value=1e-3, max_value=1.0),
    st.floats(min_value=1e-3, max_value=1.0),
)
def test_spectral_radius_of_a_two_cycle_is_sqrt_ab(a: float, b: float) -> None:
    # [[0, a], [b, 0]] has characteristic polynomial x^2 - ab, so rho = sqrt(ab).
    got = linalg.spectral_radius_nonnegative([[0.0, a], [b, 0.0]])
    assert got == pytest.approx(math.sqrt(a * b), abs=1e-9)


def test_spectral_radius_of_an_acyclic_chain_is_zero() -> None:
    # econ -> soc -> cult -> pers with weight 0.2 each: strictly upper triangular, so
    # every eigenvalue is 0 and rho = 0.
    chain = [
        [0.0, 0.2, 0.0, 0.0],
        [0.0, 0.0, 0.2, 0.0],
        [0.0, 0.0, 0.0, 0.2],
        [0.0, 0.0, 0.0, 0.0],
    ]
    assert linalg.spectral_radius_nonnegative(chain) == pytest.approx(0.0, abs=1e-6)


@pytest.mark.xfail(
    strict=True,
    reason="BUG (minor): bisection cannot resolve a very weak cycle although it promises tol "
    "1e-12: inverse() treats the pivot (~t^k for a k-cycle) < 1e-12 as singular, so rho has "
    "a floor of ~1e-6 (2-cycle) or ~1e-4 (3-cycle); [[0, 1e-20], [1, 0]] gives 1e-6, not 1e-10",
)
def test_spectral_radius_of_a_very_weak_two_cycle() -> None:
    # rho = sqrt(1e-20 * 1) = 1e-10
    got = linalg.spectral_radius_nonnegative([[0.0, 1e-20], [1.0, 0.0]])
    assert got == pytest.approx(1e-10, abs=1e-11)


def test_spectral_radius_of_a_single_edge_is_zero() -> None:
    # [[0, 0.5], [0, 0]] is nilpotent (its square is 0): rho = 0. Power iteration
    # converges like 1/k here (an earlier version reported ~5e-4).
    assert linalg.spectral_radius_nonnegative([[0.0, 0.5], [0.0, 0.0]]) == pytest.approx(
        0.0, abs=1e-9
    )


@settings(max_examples=100)
@given(
    st.lists(
        st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=4, max_size=4),
        min_size=4,
        max_size=4,
    )
)
def test_spectral_radius_of_a_strictly_triangular_matrix_is_zero(
    matrix: list[list[float]],
) -> None:
    # keep only the entries above the diagonal: an acyclic graph, every eigenvalue 0
    upper = [[v if j > i else 0.0 for j, v in enumerate(row)] for i, row in enumerate(matrix)]
    assert linalg.spectral_radius_nonnegative(upper) == pytest.approx(0.0, abs=1e-9)


@settings(max_examples=100)
@given(
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=0.0, max_value=2.0),
)
def test_m_matrix_criterion_of_a_two_cycle(a: float, b: float, t: float) -> None:
    # t I - [[0, a], [b, 0]] = [[t, -a], [-b, t]] has inverse [[t, a], [b, t]] / (t^2 - ab):
    # non-negative exactly when t > sqrt(ab) (for t > 0).
    rho = math.sqrt(a * b)
    if abs(t - rho) < 1e-6 or t == 0.0:
        return
    assert linalg.is_m_matrix_inverse_nonnegative([[0.0, a], [b, 0.0]], t) is (t > rho)


@settings(max_examples=100)
@given(
    st.lists(
        st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=3, max_size=3),
        min_size=3,
        max_size=3,
    )
)
def test_spectral_radius_lies_between_the_row_sums(matrix: list[list[float]]) -> None:
    # Perron-Frobenius for non-negative matrices: min row sum <= rho <= max row sum.
    # (Homogeneity rho(cA) = c rho(A) is not tested as a property: the bisection's
    # imprecision, documented by the xfails below, breaks it for weak cycles, e.g.
    # [[0,0,1e-5],[1,0,1e-5],[1,0,0]]: rho = sqrt(1e-5) = 0.0031623 comes out as 0.003225.)
    rho = linalg.spectral_radius_nonnegative(matrix)
    rows = [sum(r) for r in matrix]
    assert min(rows) - 1e-9 <= rho <= max(rows) + 1e-9


def test_spectral_radius_of_a_cycle_feeding_a_sink() -> None:
    # nodes 1 <-> 2 form the only cycle (0.5 * 0.25 = 0.125); node 2 also feeds node 0,
    # which has no way back. rho = sqrt(0.125) = 0.35355339
    matrix = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.5], [1.0, 0.25, 0.0]]
    assert linalg.spectral_radius_nonnegative(matrix) == pytest.approx(0.125**0.5, abs=1e-9)


@pytest.mark.xfail(
    strict=True,
    reason="BUG (minor): a defective leading eigenvalue is resolved only to ~2e-4: "
    "[[0.75,0,0],[0.75,0,0],[0.75,0,0.75]] (rho = 0.75, a 2x2 Jordan block) gives 0.750195. "
    "Needs self-loops, which capital graphs forbid",
)
def test_spectral_radius_of_a_defective_matrix() -> None:
    # lower triangular: eigenvalues are the diagonal 0.75, 0, 0.75 -> rho = 0.75
    matrix = [[0.75, 0.0, 0.0], [0.75, 0.0, 0.0], [0.75, 0.0, 0.75]]
    assert linalg.spectral_radius_nonnegative(matrix) == pytest.approx(0.75, abs=1e-9)
