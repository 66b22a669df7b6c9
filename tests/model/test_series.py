"""Series models: periods, the value/bounds rules of an observation, unique group ids."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from beleidskompas.model.monitoring import MonitoringTarget
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.series import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    GroupFile,
    Observation,
    RowError,
    period_label,
    period_span,
)

BASE: dict[str, Any] = {
    "indicator": "poverty_share",
    "group_kind": "total",
    "group": "nederland",
    "period": "2023",
    "sources": ["kamerbrief-2023"],
    "provenance": "found",
}


def observation(**fields: Any) -> Observation:
    return Observation.model_validate({**BASE, **fields})


def row_error(**fields: Any) -> RowError:
    with pytest.raises(ValidationError) as info:
        observation(**fields)
    error = info.value.errors()[0]["ctx"]["error"]
    assert isinstance(error, RowError)
    return error


@given(st.integers(EARLIEST_YEAR, LATEST_YEAR), st.integers(0, 10))
def test_a_period_label_reads_back_as_its_span(start: int, length: int) -> None:
    end = min(LATEST_YEAR, start + length)
    assert period_span(period_label(start, end)) == (start, end)


def test_periods_are_a_year_or_an_ordered_span() -> None:
    assert observation(period="2019-2020", value=1.0).span == (2019, 2020)
    assert observation(period="2021-2021", value=1.0).period == "2021"  # one year
    for bad in ("2020-2019", "1799", "21", "2021/2022", "2021-22"):
        with pytest.raises(ValidationError):
            observation(period=bad, value=1.0)


def test_a_value_needs_no_bounds_but_bounds_come_in_pairs() -> None:
    assert observation(value=4.8).value == 4.8
    assert observation(value=80.1, low=79.0, high=81.2).high == 81.2
    # only bounds: the source gives a band (the letter's 20-34 % 'wrong way' band)
    assert observation(low=20, high=34).value is None
    assert row_error(low=20).field == "high"
    assert row_error(high=34).field == "low"
    assert row_error().field == "value"


def test_bounds_must_be_ordered_and_contain_the_value() -> None:
    assert row_error(low=5, high=4).field == "high"
    assert row_error(value=90, low=79.0, high=81.2).field == "value"
    assert "tussen" in row_error(value=90, low=79.0, high=81.2).text.nl


def test_observations_reject_non_finite_values_and_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        observation(value=float("nan"))
    with pytest.raises(ValidationError):
        observation(value=1.0, colour="red")


def test_a_group_id_belongs_to_one_kind() -> None:
    label = {"nl": "x", "en": "x"}
    ok = {"kind": "groups", "kinds": {"education": {"label": label, "groups": {"laag": label}}}}
    assert GroupFile.model_validate(ok).kinds["education"].groups["laag"].en == "x"
    twice = {
        "kind": "groups",
        "kinds": {
            "education": {"label": label, "groups": {"laag": label}},
            "income": {"label": label, "groups": {"laag": label}},
        },
    }
    with pytest.raises(ValidationError, match="laag"):
        GroupFile.model_validate(twice)


def test_proposals_without_monitoring_stay_valid_and_targets_are_checked(
    benign: dict[str, Any],
) -> None:
    assert Proposal.model_validate(benign).monitoring == []
    target = {"indicator": "poverty_share", "direction": "down", "groups": ["leeftijd_0_17"]}
    proposal = Proposal.model_validate({**benign, "monitoring": [target]})
    assert proposal.monitoring[0] == MonitoringTarget.model_validate(target)
    for bad in ({"direction": "sideways"}, {"since": 1800}, {"groups": ["0_17"]}):
        with pytest.raises(ValidationError):
            Proposal.model_validate({**benign, "monitoring": [{**target, **bad}]})
