"""Atkinson index and top–bottom gap: by hand and known properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas.society.inequality import atkinson, gap

EQUAL = {"a": 1.0, "b": 1.0}


@pytest.mark.parametrize(
    ("epsilon", "expected"),
    [
        # values 1 and 4, equal weights: mean = 2.5
        (0.0, 0.0),  # the arithmetic mean is the EDE: 1 - 2.5 / 2.5
        (1.0, 0.2),  # geometric mean sqrt(1 * 4) = 2 -> 1 - 2 / 2.5 = 0.2
        (2.0, 0.36),  # harmonic mean 2 / (1 + 1/4) = 1.6 -> 1 - 1.6 / 2.5 = 0.36
        # eps = 0.5: power mean of order 0.5: ((1 + 2) / 2)^2 = 2.25 -> 1 - 2.25 / 2.5 = 0.1
        (0.5, 0.1),
    ],
)
def test_atkinson_two_values_by_hand(epsilon: float, expected: float) -> None:
    assert atkinson({"a": 1.0, "b": 4.0}, EQUAL, epsilon) == pytest.approx(expected, abs=1e-12)


def test_atkinson_weighted_by_hand() -> None:
    # weights 3 : 1 on values 1 and 4: mean = (3 + 4) / 4 = 1.75;
    # eps = 1: EDE = 1^0.75 * 4^0.25 = sqrt(2) = 1.414214 -> A = 1 - 1.414214 / 1.75 = 0.191878
    got = atkinson({"a": 1.0, "b": 4.0}, {"a": 3.0, "b": 1.0}, 1.0)
    assert got == pytest.approx(1 - 2**0.5 / 1.75, abs=1e-12)
    # weights are normalised: 0.75 / 0.25 gives the same
    assert atkinson({"a": 1.0, "b": 4.0}, {"a": 0.75, "b": 0.25}, 1.0) == pytest.approx(got)


def test_atkinson_edge_cases() -> None:
    # a zero value with eps >= 1: the EDE is 0, the index 1
    assert atkinson({"a": 0.0, "b": 1.0}, EQUAL, 1.0) == 1.0
    assert atkinson({"a": 0.0, "b": 1.0}, EQUAL, 2.0) == 1.0
    # ... with eps < 1 it is finite: order 0.5 mean ((0 + 1) / 2)^2 = 0.25, mean 0.5 -> 0.5
    assert atkinson({"a": 0.0, "b": 1.0}, EQUAL, 0.5) == pytest.approx(0.5)
    # all zero: no mean to compare with -> 0
    assert atkinson({"a": 0.0, "b": 0.0}, EQUAL, 1.0) == 0.0
    # a zero-weight class does not count
    assert atkinson({"a": 0.0, "b": 1.0}, {"a": 0.0, "b": 1.0}, 2.0) == 0.0


def test_atkinson_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="epsilon"):
        atkinson(EQUAL, EQUAL, -0.5)
    with pytest.raises(ValueError, match="weights"):
        atkinson(EQUAL, {"a": 0.0, "b": 0.0}, 1.0)
    with pytest.raises(ValueError, match="non-negative"):
        atkinson({"a": -1.0, "b": 3.0}, EQUAL, 1.0)


def test_atkinson_rejects_negative_values_whatever_the_mean() -> None:
    # regression: negative values were once only rejected when the mean was positive
    with pytest.raises(ValueError, match="non-negative"):
        atkinson({"a": -3.0, "b": 1.0}, EQUAL, 1.0)


def test_atkinson_of_tiny_values_does_not_overflow() -> None:
    # regression: v ** (1 - eps) once overflowed for tiny v and eps > 1.
    # One class, so every value equals the mean: the index is 0 whatever the value.
    assert atkinson({"a": 2.4e-189}, {"a": 1.0}, 3.0) == pytest.approx(0.0, abs=1e-9)
    # two tiny values 1e-200 and 4e-200, eps = 2: harmonic mean 1.6e-200, mean 2.5e-200
    # -> 1 - 1.6 / 2.5 = 0.36 (scale invariance, see the hand example above)
    assert atkinson({"a": 1e-200, "b": 4e-200}, EQUAL, 2.0) == pytest.approx(0.36, abs=1e-9)


_values = st.dictionaries(
    st.sampled_from(["a", "b", "c", "d", "e"]),
    st.floats(min_value=0.01, max_value=1.0),
    min_size=1,
)
_eps = st.floats(min_value=0.0, max_value=5.0)


def _weights(values: dict[str, float]) -> dict[str, float]:
    return {k: 1.0 + i for i, k in enumerate(sorted(values))}


@settings(max_examples=100)
@given(st.floats(min_value=0.0, max_value=1.0), st.integers(1, 5), _eps)
def test_equal_values_give_zero(value: float, n: int, epsilon: float) -> None:
    values = {str(i): value for i in range(n)}
    assert atkinson(values, dict.fromkeys(values, 1.0), epsilon) == pytest.approx(0.0, abs=1e-6)


@settings(max_examples=100)
@given(_values)
def test_epsilon_zero_gives_zero(values: dict[str, float]) -> None:
    assert atkinson(values, _weights(values), 0.0) == 0.0


@settings(max_examples=100)
@given(_values, _eps, st.floats(min_value=0.1, max_value=10.0))
def test_atkinson_is_scale_invariant(values: dict[str, float], epsilon: float, c: float) -> None:
    scaled = {k: c * v for k, v in values.items()}
    w = _weights(values)
    assert atkinson(scaled, w, epsilon) == pytest.approx(atkinson(values, w, epsilon), abs=1e-6)


@settings(max_examples=100)
@given(_values, _eps, _eps)
def test_atkinson_is_bounded_and_grows_with_aversion(
    values: dict[str, float], e1: float, e2: float
) -> None:
    low, high = sorted((e1, e2))
    w = _weights(values)
    a_low, a_high = atkinson(values, w, low), atkinson(values, w, high)
    assert 0.0 <= a_low <= 1.0
    assert 0.0 <= a_high <= 1.0
    # power means fall as their order 1 - eps falls, so the index rises with eps
    assert a_high >= a_low - 1e-9


@settings(max_examples=100)
@given(_values, _eps)
def test_atkinson_does_not_depend_on_key_order(values: dict[str, float], epsilon: float) -> None:
    w = _weights(values)
    reversed_values = dict(reversed(list(values.items())))
    # loose: for eps close to (but not) 1 the power mean (sum w x^p)^(1/p) with tiny p
    # magnifies rounding in the weights by 1/p (differences up to ~1e-7 were seen)
    assert atkinson(reversed_values, w, epsilon) == pytest.approx(
        atkinson(values, w, epsilon), abs=1e-6
    )


def test_gap_by_hand() -> None:
    totals = {"top": 0.66, "mid": 0.5, "bottom": 0.2775}
    # 0.66 - 0.2775 = 0.3825
    assert gap(totals, "top", "bottom") == pytest.approx(0.3825)
    assert gap(totals, "bottom", "top") == pytest.approx(-0.3825)
    with pytest.raises(KeyError):
        gap(totals, "top", "nobody")
