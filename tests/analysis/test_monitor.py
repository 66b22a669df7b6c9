"""Trends and gaps: hand-derived figures of the bundled series, and the invariants."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beleidskompas.analysis.monitor import (
    Monitor,
    extremes,
    gap_point,
    group_series,
    monitor,
    slope,
)
from beleidskompas.i18n import Text
from beleidskompas.io.series_set import default_data_set
from beleidskompas.model.series import Better, Observation, SeriesSet

LABEL = Text(nl="x", en="x")
GROUPS = ("laag", "middelbaar", "hoog")


@pytest.fixture(scope="module")
def bundled() -> Monitor:
    return monitor(default_data_set())


def obs(group: str, period: str, value: float | None, **extra: Any) -> Observation:
    return Observation.model_validate(
        {
            "indicator": "life_satisfied_share",
            "group_kind": "education",
            "group": group,
            "period": period,
            "value": value,
            "sources": ["cbs-84572ned-2021"],
            "provenance": "found",
            **extra,
        }
    )


def data_set(observations: list[Observation], better: Better = "higher") -> SeriesSet:
    base = default_data_set()
    indicator = base.indicators["life_satisfied_share"].model_copy(update={"better": better})
    return base.model_copy(
        update={
            "observations": tuple(observations),
            "indicators": {"life_satisfied_share": indicator},
        }
    )


def test_hand_derived_trends_of_the_bundled_series(bundled: Monitor) -> None:
    by_id = {i.id: i for i in bundled.indicators}
    poverty = {g.group: g for g in by_id["poverty_share"].groups}
    nl = poverty["nederland"]
    assert (nl.first, nl.last) == (7.1, 4.8)
    assert nl.change == pytest.approx(-2.3)
    assert nl.slope_per_year == pytest.approx(-2.3 / 12)  # two points, 2011 and 2023
    assert (nl.direction, nl.verdict) == ("down", "better")
    assert nl.years_without_value == list(range(2012, 2023))  # nothing filled in
    ltp = {g.group: g for g in by_id["long_term_poverty_risk"].groups}["nederland"]
    assert ltp.change == pytest.approx(2.5 - 1.9)  # 2011 -> 2015; lower is better
    assert ltp.verdict == "worse"


def test_hand_derived_gaps_of_the_bundled_series(bundled: Monitor) -> None:
    by_id = {i.id: i for i in bundled.indicators}
    (migration,) = by_id["unemployment_rate"].gaps
    # lower is better: zonder migratieachtergrond best, niet-westers worst off
    assert [(p.period, p.best, p.worst) for p in migration.points] == [
        ("2014", "zonder", "niet_westers"),
        ("2016", "zonder", "niet_westers"),
        ("2019", "zonder", "niet_westers"),
    ]
    assert [p.gap for p in migration.points] == pytest.approx([16.5 - 6.1, 13.2 - 4.9, 7.3 - 2.6])
    assert migration.verdict == "narrows"
    assert migration.change == pytest.approx((7.3 - 2.6) - (16.5 - 6.1))
    education = {g.kind: g for g in by_id["life_satisfied_share"].gaps}["education"]
    # 2018: hoog 89, laag 81 (no middelbaar); 2021: laag 80.1, middelbaar 83.4, hoog 86.1
    assert education.compared == ["laag", "hoog"]
    assert (education.first_gap, education.last_gap) == pytest.approx((8.0, 6.0))
    (turnout,) = by_id["turnout_share"].gaps
    assert (turnout.first_gap, turnout.last_gap, turnout.verdict) == (23.0, 23.0, "unchanged")
    (classes,) = by_id["life_satisfaction_score"].gaps
    assert (classes.verdict, classes.reason) == (None, "one_period")
    assert classes.points[0].gap == pytest.approx(8.1 - 6.8)
    assert by_id["scp_class_share"].gaps == []  # no direction is better: no gap


def test_bounds_only_points_are_shown_but_take_no_part(bundled: Monitor) -> None:
    wrong_way = {i.id: i for i in bundled.indicators}["wrong_way_share"]
    precariaat = {g.group: g for g in wrong_way.groups}["precariaat"]
    assert precariaat.points[0].value is None
    assert (precariaat.first, precariaat.change) == (None, None)
    assert {g.kind for g in wrong_way.gaps} == set()  # one class has a value: no gap


def test_the_capitals_each_indicator_follows(bundled: Monitor) -> None:
    assert bundled.capitals["cultureel"] == []
    assert "trust_others_share" in bundled.capitals["sociaal"]


VALUES = st.floats(-1e6, 1e6, allow_nan=False)


@given(st.dictionaries(st.sampled_from(GROUPS), VALUES, min_size=2))
def test_the_gap_is_never_negative(values: dict[str, float]) -> None:
    for better in ("higher", "lower"):
        assert gap_point("2021", values, better).gap >= 0


@given(st.lists(VALUES, min_size=2, max_size=3, unique=True))
def test_reversing_the_better_direction_swaps_best_and_worst(numbers: list[float]) -> None:
    values = dict(zip(GROUPS, numbers, strict=False))
    best, worst = extremes(values, "higher")
    assert extremes(values, "lower") == (worst, best)
    assert values[best] == max(numbers)


@given(VALUES, st.lists(st.integers(1990, 2030), min_size=1, max_size=8, unique=True))
def test_a_series_with_constant_values_has_zero_trend(value: float, years: list[int]) -> None:
    series = group_series([obs("laag", str(y), value) for y in years], "higher", LABEL)
    if len(years) > 1:
        assert series.change == 0
        assert series.slope_per_year == 0
        assert (series.direction, series.verdict) == ("flat", "same")
    else:
        assert series.change is None and series.direction is None


@given(
    st.floats(-100, 100, allow_nan=False),
    st.floats(-5, 5, allow_nan=False),
    st.lists(st.integers(1990, 2030), min_size=2, max_size=8, unique=True),
)
def test_the_slope_of_a_straight_line_is_its_gradient(
    intercept: float, gradient: float, years: list[int]
) -> None:
    points = [(float(y), intercept + gradient * (y - 2000)) for y in years]
    assert slope(points) == pytest.approx(gradient, abs=1e-6)


@given(
    st.lists(
        st.tuples(st.sampled_from(GROUPS), st.integers(2000, 2010), VALUES),
        min_size=2,
        max_size=12,
        unique_by=lambda t: (t[0], t[1]),
    ),
    st.floats(-1e3, 1e3, allow_nan=False),
)
def test_gaps_do_not_change_when_every_value_moves_by_the_same_amount(
    rows: list[tuple[str, int, float]], shift: float
) -> None:
    def gaps(delta: float) -> list[float]:
        found = monitor(data_set([obs(g, str(y), v + delta) for g, y, v in rows]))
        return [p.gap for gap in found.indicators[0].gaps for p in gap.points]

    assert gaps(shift) == pytest.approx(gaps(0.0), abs=1e-6)


@given(
    st.lists(
        st.tuples(st.sampled_from(GROUPS), st.integers(2000, 2010), VALUES),
        min_size=2,
        max_size=12,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_narrowing_means_a_smaller_last_gap_and_every_value_is_a_point(
    rows: list[tuple[str, int, float]],
) -> None:
    found = monitor(data_set([obs(g, str(y), v) for g, y, v in rows])).indicators[0]
    assert sum(len(g.points) for g in found.groups) == len(rows)  # no point is invented
    for gap in found.gaps:
        if gap.verdict is None:
            continue
        assert gap.first_gap is not None and gap.last_gap is not None
        assert (gap.verdict == "narrows") == (gap.last_gap < gap.first_gap)
        assert (gap.verdict == "widens") == (gap.last_gap > gap.first_gap)
