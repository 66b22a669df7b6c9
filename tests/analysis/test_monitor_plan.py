"""The monitoring plan: before and after the start, coverage of capitals and classes, findings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from beleidskompas import api
from beleidskompas.analysis.monitor_plan import MonitoringPlan, check_group
from beleidskompas.errors import InputError
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.series import Observation

REPO = Path(__file__).resolve().parents[2]


def obs(period: str, value: float) -> Observation:
    return Observation.model_validate(
        {
            "indicator": "poverty_share",
            "group_kind": "total",
            "group": "nederland",
            "period": period,
            "value": value,
            "sources": ["kamerbrief-2023"],
            "provenance": "found",
        }
    )


SERIES = [obs("2018", 6.0), obs("2019-2020", 5.5), obs("2021", 5.0), obs("2023", 5.2)]


def test_before_ends_before_the_start_year_and_after_begins_in_or_after_it() -> None:
    # start 2021: before = last period ending by 2020 (2019-2020: 5.5); after = last from 2021 on
    found = check_group(SERIES, 2021, "down")
    assert (found["before_period"], found["before"]) == ("2019-2020", 5.5)
    assert (found["after_period"], found["after"]) == ("2023", 5.2)
    assert (found["realised"], found["status"]) == ("down", "matches")
    assert check_group(SERIES, 2021, "up")["status"] == "differs"
    # start 2020: the 2019-2020 period straddles it and counts neither before nor after
    found = check_group(SERIES, 2020, "down")
    assert (found["before_period"], found["after_period"]) == ("2018", "2023")


def test_targets_that_cannot_be_judged_say_why() -> None:
    assert check_group([], 2021, "down") == {"status": "no_data"}
    assert check_group(SERIES, None, "down") == {"status": "no_start"}
    assert check_group(SERIES, 2018, "down") == {"status": "no_data_before"}
    after = check_group(SERIES, 2024, "down")
    assert after == {"status": "no_data_after", "before_period": "2023", "before": 5.2}
    assert check_group([obs("2020", 5.0), obs("2022", 5.0)], 2021, "down")["status"] == "flat"


@pytest.fixture(scope="module")
def catalogue() -> MonitoringPlan:
    return api.monitoring_plan(REPO / "examples" / "catalogue")


def test_the_catalogue_plan_reports_the_coherence_gaps(catalogue: MonitoringPlan) -> None:
    capitals = {c.capital: c for c in catalogue.capitals}
    # no indicator of the bundled monitor follows cultural capital, yet measures act on it
    assert capitals["cultureel"].status == "data_gap"
    assert "tel-mee-met-taal" in capitals["cultureel"].measures
    assert capitals["economisch"].status == "followed"
    # the SCP's class figures exist for one period only: no class is followed over time
    assert {c.status for c in catalogue.classes} == {"data_gap"}
    precariaat = {c.id: c for c in catalogue.classes}["precariaat"]
    assert "life_satisfaction_score" in precariaat.one_period
    kinds = [f.kind for f in catalogue.findings]
    assert kinds[:2] == ["data_gap", "classes"]
    assert len(catalogue.measures) == 30
    assert len(catalogue.without_indicators) == 30 - 11


def test_the_catalogue_plan_compares_the_realised_with_the_expected_direction(
    catalogue: MonitoringPlan,
) -> None:
    measures = {m.id: m for m in catalogue.measures}
    child = {t.indicator: t for t in measures["kindgebonden-budget-verhoging-2024"].targets}
    # entry into force 2024-01-01; the CBS/SCP/Nibud poverty line gives 2.7 % (2023), 3.1 % (2024)
    (nl, minors) = child["poverty_share_cbs_2024_method"].groups
    assert child["poverty_share_cbs_2024_method"].since == 2024
    assert (nl.before, nl.after, nl.realised, nl.status) == (2.7, 3.1, "up", "differs")
    assert minors.status == "no_data_before"  # children only for 2024
    assert child["poverty_share"].groups[0].status == "no_data_after"  # CPB values end in 2023
    debt = {t.indicator: t for t in measures["aanpak-geldzorgen-armoede-schulden"].targets}
    (risk_nl, risk_minors) = debt["poverty_risk_low_income"].groups
    assert (risk_nl.before_period, risk_nl.after_period) == ("2021", "2022")
    assert (risk_nl.before, risk_nl.after, risk_nl.status) == (5.0, 3.8, "matches")
    # the children's series has no 2016-2021 values: before is 2015
    assert (risk_minors.before_period, risk_minors.before) == ("2015", 9.2)


def test_a_measure_naming_no_indicator_leaves_its_capitals_unfollowed(
    make_proposal: Callable[..., Proposal],
) -> None:
    cultural = make_proposal({"id": "taal", "effects": [{"capital": "cultureel", "size": 0.01}]})
    target = {"indicator": "poverty_share", "direction": "down", "since": 2015}
    money = make_proposal(
        {"id": "geld", "effects": [{"capital": "economisch", "size": 0.01}], "monitoring": [target]}
    )
    plan = api.monitoring_plan([cultural, money])
    capitals = {c.capital: c.status for c in plan.capitals}
    assert capitals == {
        "economisch": "followed",
        "sociaal": "not_acted_on",
        "cultureel": "data_gap",
        "persoons": "not_acted_on",
    }
    measures = {m.id: m for m in plan.measures}
    assert measures["taal"].unfollowed_capitals == ["cultureel"]
    assert measures["geld"].unfollowed_capitals == []
    assert plan.without_indicators == ["taal"]
    # no groups named: every group with values (nederland, minors), 2011 -> 2023 around 2015
    assert [g.group for g in measures["geld"].targets[0].groups] == ["nederland", "leeftijd_0_17"]
    assert all(g.status == "matches" for g in measures["geld"].targets[0].groups)


def test_unknown_indicators_and_groups_are_rejected(
    make_proposal: Callable[..., Proposal], tmp_path: Path, benign: dict[str, Any]
) -> None:
    bad = make_proposal({"monitoring": [{"indicator": "poverty_shar", "direction": "down"}]})
    with pytest.raises(InputError, match="did you mean 'poverty_share'"):
        api.monitoring_plan([bad])
    import yaml

    path = tmp_path / "voorstel.yaml"
    target = {"indicator": "poverty_share", "direction": "down", "groups": ["precariat"]}
    path.write_text(yaml.safe_dump({**benign, "monitoring": [target]}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        api.monitoring_plan([path])
    problem = info.value.problems[0]
    assert problem.loc == ("monitoring", 0, "groups", 0)
    assert problem.line is not None
    assert "precariat" in path.read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert "did you mean 'precariaat'" in problem.message.en
