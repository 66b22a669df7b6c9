"""The public testing helpers catch what they promise to catch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import beleidskompas.testing as helpers
from beleidskompas import assess
from beleidskompas.i18n import Text
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment, ClassImpact, Finding
from beleidskompas.model.rules import Severity
from beleidskompas.testing import (
    assert_linear_in_effect_size,
    assert_monotone,
    check_invariants,
    scale_effects,
    take_ups,
)

HARD = {
    "delivery": {
        "granting": "application",
        "payment": "advance_with_reconciliation",
        "hardship_clause": False,
        "citizen_actions": [{"initiative": "citizen", "documents": 4, "deadline_days": 5}],
    }
}


@pytest.fixture
def assessment(make_proposal: Callable[..., Proposal]) -> Assessment:
    # some burden, some findings, effects with a range: every section populated
    fragment = {
        **HARD,
        "effects": [{"capital": "economisch", "size": 0.03, "range": [0.01, 0.05]}],
        "implementation": {"enforcement_plan": False},
    }
    return assess(make_proposal(fragment))


def _dv(a: Assessment, **update: Any) -> Assessment:
    assert a.doenvermogen is not None
    sections = {**a.sections, "doenvermogen": a.doenvermogen.model_copy(update=update)}
    return a.model_copy(update={"sections": sections})


def _uv(a: Assessment, **update: Any) -> Assessment:
    assert a.uitvoerbaarheid is not None
    sections = {**a.sections, "uitvoerbaarheid": a.uitvoerbaarheid.model_copy(update=update)}
    return a.model_copy(update={"sections": sections})


def _summary(a: Assessment, **update: Any) -> Assessment:
    ci = a.class_impact
    assert ci is not None
    summary = ci.summary.model_copy(update=update)
    return a.model_copy(update={"class_impact": ci.model_copy(update={"summary": summary})})


def _row(a: Assessment, index: int = -1, **update: Any) -> Assessment:
    ci = a.class_impact
    assert ci is not None
    rows = list(ci.classes)
    rows[index] = rows[index].model_copy(update=update)
    return a.model_copy(update={"class_impact": ci.model_copy(update={"classes": rows})})


def _drop_class(a: Assessment) -> Assessment:
    ci = a.class_impact
    assert ci is not None
    return a.model_copy(update={"class_impact": ci.model_copy(update={"classes": ci.classes[1:]})})


def _without_benefit(a: Assessment) -> Assessment:
    ci = a.class_impact
    assert ci is not None
    rows = [c.model_copy(update={"benefit_share": None}) for c in ci.classes]
    return a.model_copy(update={"class_impact": ci.model_copy(update={"classes": rows})})


def _last(a: Assessment) -> ClassImpact:
    assert a.class_impact is not None
    return a.class_impact.classes[-1]


def _caps(a: Assessment) -> dict[str, float]:
    assert a.doenvermogen is not None
    return {str(k): v for k, v in a.doenvermogen.capacities.items()}


def _finding(severity: Severity) -> Finding:
    return Finding(
        rule="XX-1", severity=severity, message=Text(nl="m", en="m"), advice=Text(nl="a", en="a")
    )


def test_real_assessments_pass(
    assessment: Assessment, make_proposal: Callable[..., Proposal]
) -> None:
    check_invariants(assessment)
    check_invariants(assess(make_proposal()))


TAMPERINGS: list[tuple[str, Callable[[Assessment], Assessment], str]] = [
    ("score above 100", lambda a: _dv(a, score=150.0), "doenvermogen.score"),
    ("score below 0", lambda a: _dv(a, score=-1.0), "doenvermogen.score"),
    ("score NaN", lambda a: _dv(a, score=float("nan")), "doenvermogen.score"),
    (
        "negative burden",
        lambda a: _dv(a, capacities={**_caps(a), "plan": -0.5}),
        "capacities.plan",
    ),
    (
        "blocker but doenlijk_mits",
        lambda a: _dv(a, findings=[_finding("blocker")], verdict="doenlijk_mits"),
        "blocker",
    ),
    (
        "major but doenlijk",
        lambda a: _dv(a, findings=[_finding("major")], verdict="doenlijk"),
        "major",
    ),
    (
        "no burden but below 100",
        lambda a: _dv(a, capacities=dict.fromkeys(_caps(a), 0.0), score=90.0),
        "no burden",
    ),
    ("uv score above 100", lambda a: _uv(a, score=101.0), "uitvoerbaarheid.score"),
    (
        "uv verdict contradicts its basis",
        lambda a: _uv(a, verdict="niet_uitvoerbaar"),  # the agency said uitvoerbaar
        "uitvoerbaarheid.verdict",
    ),
    (
        "completeness 1 with an unjudged finding",
        lambda a: _dv(a, findings=[_finding("info")], completeness=1.0),
        "doenvermogen.completeness",
    ),
    (
        "fields to supply that no finding asks for",
        lambda a: _uv(a, missing=["delivery.granting"]),
        "uitvoerbaarheid.missing",
    ),
    (
        "uv verdict contradicts the tool's findings",
        lambda a: _uv(a, verdict_basis="tool", verdict="uitvoerbaar"),
        "uitvoerbaarheid.verdict",
    ),
    ("reach above 1", lambda a: _row(a, reach=1.5), "reach"),
    ("take-up below 0", lambda a: _row(a, take_up=-0.1), "take_up"),
    ("negative deficit", lambda a: _row(a, deficit_after=-0.01), "negative deficit"),
    (
        "position above 1",
        lambda a: _row(a, positions_after={**_last(a).positions_after, "sociaal": 1.2}),
        "positions_after.sociaal",
    ),
    ("benefit shares do not sum to 1", lambda a: _row(a, 0, benefit_share=0.9), "benefit shares"),
    ("inverted interval", lambda a: _row(a, intervals={"total.economisch": (0.2, 0.1)}), "low"),
    ("atkinson above 1", lambda a: _summary(a, atkinson_after=1.5), "atkinson_after"),
    ("summary take-up above 1", lambda a: _summary(a, take_up=1.01), "summary.take_up"),
    (
        "inverted summary interval",
        lambda a: _summary(a, intervals={"gap_after": (0.5, 0.4)}),
        "summary.intervals.gap_after",
    ),
    ("class missing", _drop_class, "shares sum to"),
    ("class missing, no benefit", lambda a: _drop_class(_without_benefit(a)), "class shares"),
    (
        "provenance hash missing",
        lambda a: a.model_copy(
            update={"provenance": a.provenance.model_copy(update={"input_sha256": "abc"})}
        ),
        "hashes",
    ),
]


@pytest.mark.parametrize(("name", "tamper", "message"), TAMPERINGS, ids=[t[0] for t in TAMPERINGS])
def test_check_invariants_raises_on_a_tampered_assessment(
    assessment: Assessment, name: str, tamper: Callable[[Assessment], Assessment], message: str
) -> None:
    broken = tamper(assessment)
    with pytest.raises(AssertionError, match=message):
        check_invariants(broken)


def test_take_ups(assessment: Assessment) -> None:
    got = take_ups(assessment)
    assert assessment.class_impact is not None
    assert got == {c.id: c.take_up for c in assessment.class_impact.classes}
    assert take_ups(assessment.model_copy(update={"class_impact": None})) == {}


def test_assert_monotone_passes_and_raises(make_proposal: Callable[..., Proposal]) -> None:
    easy = make_proposal()

    def harder(p: Proposal) -> Proposal:
        return make_proposal(HARD)

    def easier(p: Proposal) -> Proposal:
        return easy

    # making it harder never raises doenbaarheid or take-up: passes
    assert_monotone(easy, harder)
    # ... and it does lower them, so the opposite direction raises
    with pytest.raises(AssertionError, match="fell"):
        assert_monotone(easy, harder, direction="non_decreasing")
    # the reverse change makes things better: "never raises" must fail, naming the figure
    with pytest.raises(AssertionError, match=r"doenvermogen\.score rose"):
        assert_monotone(make_proposal(HARD), easier)
    with pytest.raises(AssertionError, match=r"take_up\.[a-z_]+ rose"):
        assert_monotone(make_proposal(HARD), easier, ["take_up.*"])
    # other figures by dotted path
    with pytest.raises(AssertionError, match=r"uitvoerbaarheid\.score rose"):
        assert_monotone(
            make_proposal({"implementation": {"enforcement_plan": False}}),
            easier,
            ["uitvoerbaarheid.score"],
        )
    # unknown figures are ignored
    assert_monotone(make_proposal(HARD), easier, ["no.such.figure"])


def test_scale_effects_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    proposal = make_proposal(
        {
            "effects": [
                {"capital": "economisch", "size": 0.02, "range": [0.01, 0.03]},
                {"capital": "sociaal", "size": -0.1},
            ]
        }
    )
    doubled = scale_effects(proposal, 2.0)
    assert doubled.effects[0].size == pytest.approx(0.04)
    assert doubled.effects[0].range == pytest.approx((0.02, 0.06))
    assert doubled.effects[1].size == pytest.approx(-0.2)
    assert doubled.effects[1].range is None
    # a negative factor flips the range so that low <= high
    flipped = scale_effects(proposal, -1.0)
    assert flipped.effects[0].size == pytest.approx(-0.02)
    assert flipped.effects[0].range == pytest.approx((-0.03, -0.01))
    # everything else unchanged, the original untouched
    assert flipped.model_dump(exclude={"effects"}) == proposal.model_dump(exclude={"effects"})
    assert proposal.effects[0].size == 0.02


def test_assert_linear_in_effect_size_passes_and_raises(
    make_proposal: Callable[..., Proposal], monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal = make_proposal({"effects": [{"capital": "persoons", "size": 0.04}]})
    assert_linear_in_effect_size(proposal, 3.0)
    assert_linear_in_effect_size(proposal, -0.5)
    # a scaling that is not linear is caught
    monkeypatch.setattr(
        helpers, "scale_effects", lambda p, factor: scale_effects(p, factor * factor)
    )
    with pytest.raises(AssertionError, match=r"is not 3\.0 ×"):
        assert_linear_in_effect_size(proposal, 3.0)
