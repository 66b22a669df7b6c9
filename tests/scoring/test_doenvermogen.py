"""Doenvermogen: doenbaarheid by hand, verdicts, the life-event multiplier, monotonicity."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal
from beleidskompas.model.proposal import CitizenAction, Delivery, Proposal, Sanction
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import doenvermogen as dv
from beleidskompas.scoring.doenvermogen import doenbaarheid
from beleidskompas.scoring.trace import Tracer
from beleidskompas.testing import assert_monotone, check_invariants, take_ups
from beleidskompas.testing.strategies import citizen_actions, proposals, sanctions


def verdict(score: float, severities: list[str], rules: RuleSet) -> str:
    p = rules.parameters
    return dv.verdict(
        score,
        severities,
        p["scoring.doenvermogen.niet_doenlijk_below"].value,
        p["scoring.doenvermogen.doenlijk_min_score"].value,
    )


def life_event_multiplier(proposal: Proposal, rules: RuleSet) -> float:
    return dv.life_event_multiplier(Tracer(rules).figure("t", "t"), proposal)


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FIGURES = ("doenvermogen.score", "take_up.*")

# rules/scoring.yaml, doenvermogen: scale 10, life_event_multiplier 1.5,
# doenlijk_min_score 70, niet_doenlijk_below 40.
SCALE = 10.0


def _delivery(proposal: Proposal, **update: object) -> Proposal:
    return proposal.model_copy(update={"delivery": proposal.delivery.model_copy(update=update)})


# ----------------------------------------------------------------------- by hand


@pytest.mark.parametrize(
    ("burden", "expected"),
    [
        (0.0, 100.0),  # 100 * e^0
        (10.0, 100.0 / math.e),  # 100 * e^-1 = 36.7879...
        (5.0, 60.65306597126334),  # 100 * e^-0.5
        (1.0, 90.48374180359595),  # 100 * e^-0.1
        (20.0, 13.533528323661270),  # 100 * e^-2
        (-3.0, 100.0),  # a negative burden counts as none
    ],
)
def test_doenbaarheid_by_hand(burden: float, expected: float) -> None:
    assert doenbaarheid(burden, SCALE) == pytest.approx(expected, rel=1e-12)


@given(st.floats(min_value=0, max_value=1e6), st.floats(min_value=0, max_value=1e6))
def test_doenbaarheid_is_bounded_and_non_increasing(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert 0.0 <= doenbaarheid(high, SCALE) <= doenbaarheid(low, SCALE) <= 100.0


@pytest.mark.parametrize(
    ("score", "severities", "expected"),
    [
        (100.0, [], "doenlijk"),
        (70.0, [], "doenlijk"),  # the threshold itself is doenlijk
        (69.999, [], "doenlijk_mits"),
        (40.0, [], "doenlijk_mits"),  # 40 is not below 40
        (39.999, [], "niet_doenlijk"),
        (100.0, ["minor", "info"], "doenlijk"),  # unjudged points lower completeness only
        (100.0, ["major"], "doenlijk_mits"),
        (100.0, ["blocker"], "niet_doenlijk"),
        (50.0, ["major", "minor"], "doenlijk_mits"),
        (10.0, ["minor"], "niet_doenlijk"),
    ],
)
def test_verdict_thresholds(
    rules: RuleSet, score: float, severities: list[str], expected: str
) -> None:
    assert verdict(score, severities, rules) == expected


def test_benign_proposal_asks_nothing(make_proposal: Callable[..., Proposal]) -> None:
    result = assess(make_proposal()).doenvermogen
    assert result is not None
    assert result.score == 100
    assert result.verdict == "doenlijk"
    assert result.findings == []
    assert set(result.capacities.values()) == {0.0}
    assert result.take_up_load == 0
    assert result.granting == "automatic"


# One application step with government initiative, no deadline, no documents and data
# the government does not hold: only DV-01 (application: plan 0.5, act 0.5, take-up 0.5)
# fires. Adding life_event job_loss also fires DV-30 (act 1, plan 0.5, take-up 1) and
# multiplies every burden by 1.5.
_ONE_STEP = {
    "delivery": {
        "granting": "application",
        "citizen_actions": [
            {
                "initiative": "government",
                "repeats": "once",
                "documents": 0,
                "data_known_to_government": False,
            }
        ],
    }
}


def test_one_application_step_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    result = assess(make_proposal(_ONE_STEP)).doenvermogen
    assert result is not None
    assert [f.rule for f in result.findings] == ["DV-01"]
    assert result.capacities == {
        "plan": 0.5,
        "act": 0.5,
        "persist": 0,
        "temptation": 0,
        "setback": 0,
    }
    # total burden 1.0 -> 100 * e^-0.1 = 90.4837...
    assert result.score == pytest.approx(90.483742, abs=1e-6)
    assert result.verdict == "doenlijk"
    assert result.take_up_load == 0.5


def test_life_event_multiplier_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    fragment = {"delivery": {**_ONE_STEP["delivery"], "life_event": "job_loss"}}
    proposal = make_proposal(fragment)
    result = assess(proposal).doenvermogen
    assert result is not None
    assert sorted(f.rule for f in result.findings) == ["DV-01", "DV-30"]
    # plan (0.5 + 0.5) * 1.5 = 1.5; act (0.5 + 1) * 1.5 = 2.25; total 3.75
    assert result.capacities["plan"] == pytest.approx(1.5)
    assert result.capacities["act"] == pytest.approx(2.25)
    # 100 * e^-0.375 = 68.728927...
    assert result.score == pytest.approx(68.728927879, abs=1e-6)
    # DV-30 is major, and the score is below 70 anyway
    assert result.verdict == "doenlijk_mits"
    # take-up load (0.5 + 1) * 1.5 = 2.25
    assert result.take_up_load == pytest.approx(2.25)


def test_life_event_multiplier_function(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    assert life_event_multiplier(make_proposal(), rules) == 1.0  # life_event: none
    assert life_event_multiplier(make_proposal({"delivery": {"life_event": None}}), rules) == 1.0
    for event in ("birth", "divorce", "illness", "moving"):
        proposal = make_proposal({"delivery": {"life_event": event}})
        assert life_event_multiplier(proposal, rules) == 1.5


def test_life_event_without_actions_burdens_nothing(
    make_proposal: Callable[..., Proposal],
) -> None:
    # 1.5 x no burden is still no burden.
    result = assess(make_proposal({"delivery": {"life_event": "divorce"}})).doenvermogen
    assert result is not None
    assert result.score == 100


# -------------------------------------------------------------------- monotonicity


@settings(max_examples=40)
@given(proposals(), citizen_actions())
def test_adding_a_citizen_action_never_helps(proposal: Proposal, action: CitizenAction) -> None:
    def change(p: Proposal) -> Proposal:
        return _delivery(p, citizen_actions=[*(p.delivery.citizen_actions or []), action])

    assert_monotone(proposal, change, FIGURES)


@settings(max_examples=40)
@given(
    proposals(),
    st.lists(citizen_actions(), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=3),
    st.integers(min_value=1, max_value=5),
)
def test_adding_a_document_never_helps(
    proposal: Proposal, actions: list[CitizenAction], index: int, extra: int
) -> None:
    base = _delivery(proposal, citizen_actions=actions)
    i = index % len(actions)

    def change(p: Proposal) -> Proposal:
        changed = list(p.delivery.citizen_actions or [])
        changed[i] = changed[i].model_copy(update={"documents": changed[i].documents + extra})
        return _delivery(p, citizen_actions=changed)

    assert_monotone(base, change, FIGURES)


@settings(max_examples=40)
@given(
    proposals(),
    st.lists(citizen_actions(), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=3),
    st.integers(min_value=1, max_value=365),
)
def test_a_shorter_deadline_never_helps(
    proposal: Proposal, actions: list[CitizenAction], index: int, new_deadline: int
) -> None:
    base = _delivery(proposal, citizen_actions=actions)
    i = index % len(actions)
    old = actions[i].deadline_days
    # no deadline, or a longer one, becomes `new_deadline` days
    shorter = new_deadline if old is None else max(1, min(new_deadline, old - 1))

    def change(p: Proposal) -> Proposal:
        changed = list(p.delivery.citizen_actions or [])
        changed[i] = changed[i].model_copy(update={"deadline_days": shorter})
        return _delivery(p, citizen_actions=changed)

    assert_monotone(base, change, FIGURES)


@settings(max_examples=40)
@given(proposals())
def test_requiring_digid_never_helps(proposal: Proposal) -> None:
    assert_monotone(proposal, lambda p: _delivery(p, requires_digid=True), FIGURES)


@settings(max_examples=40)
@given(proposals(), sanctions())
def test_adding_an_escalating_sanction_never_helps(proposal: Proposal, sanction: Sanction) -> None:
    escalating = sanction.model_copy(update={"escalates": True})

    def change(p: Proposal) -> Proposal:
        return _delivery(p, sanctions=[*(p.delivery.sanctions or []), escalating])

    assert_monotone(proposal, change, FIGURES)


@settings(max_examples=40)
@given(proposals(), st.lists(sanctions(), min_size=1, max_size=3), st.integers(0, 2))
def test_making_a_sanction_escalate_never_helps(
    proposal: Proposal, drawn: list[Sanction], index: int
) -> None:
    base = _delivery(proposal, sanctions=drawn)
    i = index % len(drawn)

    def change(p: Proposal) -> Proposal:
        changed = list(p.delivery.sanctions or [])
        changed[i] = changed[i].model_copy(update={"escalates": True})
        return _delivery(p, sanctions=changed)

    assert_monotone(base, change, FIGURES)


@settings(max_examples=40)
@given(proposals(granting="automatic"))
def test_automatic_never_scores_below_application(proposal: Proposal) -> None:
    # From automatic to application (all else equal) never raises doenbaarheid or take-up.
    assert_monotone(proposal, lambda p: _delivery(p, granting="application"), FIGURES)


@settings(max_examples=40)
@given(proposals(granting="automatic"), st.sampled_from(["proactive", "discretionary"]))
def test_automatic_is_the_easiest_granting_mode(proposal: Proposal, other: str) -> None:
    assert_monotone(proposal, lambda p: _delivery(p, granting=other), FIGURES)


@settings(max_examples=40)
@given(proposals())
def test_assessments_stay_within_bounds(proposal: Proposal) -> None:
    assessment = assess(proposal)
    check_invariants(assessment)
    dv = assessment.doenvermogen
    assert dv is not None
    # the score is exactly 100 exp(-B/10) of the reported burdens (rounded to 6 places)
    total = sum(dv.capacities.values())
    assert dv.score == pytest.approx(100 * math.exp(-total / SCALE), abs=2e-5)


# --------------------------------------------------------------------- acceptance


def test_koopkrachttoeslag_application_is_much_harder_than_automatic() -> None:
    auto = assess(load_proposal(EXAMPLES / "options" / "koopkrachttoeslag-automatisch.yaml"))
    appl = assess(load_proposal(EXAMPLES / "options" / "koopkrachttoeslag-aanvraag.yaml"))
    assert auto.doenvermogen is not None
    assert appl.doenvermogen is not None
    assert appl.doenvermogen.score <= auto.doenvermogen.score - 30
    assert appl.doenvermogen.verdict != "doenlijk"
    up_auto, up_appl = take_ups(auto), take_ups(appl)
    assert set(up_auto) == set(up_appl)
    for class_id in up_auto:
        assert up_appl[class_id] < up_auto[class_id], class_id
    assert up_appl["precariaat"] < up_appl["werkende_bovenlaag"]


def test_delivery_model_copy_keeps_other_fields(make_proposal: Callable[..., Proposal]) -> None:
    # guard for the helper used above: only the named field changes
    base = make_proposal()
    changed = _delivery(base, requires_digid=True)
    assert changed.delivery.requires_digid is True
    assert changed.delivery.model_dump(exclude={"requires_digid"}) == base.delivery.model_dump(
        exclude={"requires_digid"}
    )
    assert isinstance(changed.delivery, Delivery)
