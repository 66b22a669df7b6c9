"""Uitvoerbaarheid: dates, score and eindoordeel by hand, and their monotonicity."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess
from beleidskompas.model.proposal import Implementer, Proposal, Uitvoeringstoets
from beleidskompas.model.results import UitvoerbaarheidResult
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import dates
from beleidskompas.scoring import uitvoerbaarheid as uv_module
from beleidskompas.scoring.uitvoerbaarheid import eindoordeel
from beleidskompas.testing import assert_monotone
from beleidskompas.testing.strategies import proposals


def _change_dates(rules: RuleSet, legislation: str, education: str = "none") -> list[str] | None:
    entry = rules.instruments.instruments[legislation]  # type: ignore[index]
    return entry.education_change_dates.get(education, entry.change_dates)  # type: ignore[call-overload]


def uitvoerbaarheid_score(severities: list[str], rules: RuleSet) -> float:
    penalties = {
        s: rules.parameters[f"scoring.uitvoerbaarheid.penalty_{s}"].value
        for s in ("blocker", "major", "minor")
    }
    return uv_module.uitvoerbaarheid_score(severities, penalties)


VERDICT_RANK = {"uitvoerbaar": 0, "uitvoerbaar_mits": 1, "niet_uitvoerbaar": 2}
SCORE = ("uitvoerbaarheid.score",)


def _uv(proposal: Proposal) -> UitvoerbaarheidResult:
    result = assess(proposal).uitvoerbaarheid
    assert result is not None
    return result


def _impl(proposal: Proposal, **update: object) -> Proposal:
    return proposal.model_copy(
        update={"implementation": proposal.implementation.model_copy(update=update)}
    )


_dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
_organisation = st.sampled_from(
    ["toeslagen", "belastingdienst", "uwv", "svb", "duo", "cak", "rvo", "gemeenten", "other"]
)
_toets = st.none() | st.builds(
    Uitvoeringstoets,
    done=st.booleans(),
    verdict=st.none() | st.sampled_from(list(VERDICT_RANK)),
)


# ----------------------------------------------------------------------- by hand


def test_benign_proposal_is_uitvoerbaar(make_proposal: Callable[..., Proposal]) -> None:
    uv = _uv(make_proposal())
    assert uv.findings == []
    assert uv.score == 100
    assert uv.verdict == "uitvoerbaar"
    # amvb published 1 Jun 2024 -> +2 months = 1 Aug 2024; svb minor IT: decision
    # 15 Jan 2024 + 6 months (lead-times.yaml default.minor) = 15 Jul 2024; the later of
    # the two is 1 Aug 2024 -> next amvb change date 1 Jan 2025.
    assert uv.earliest_feasible_date == date(2025, 1, 1)
    assert uv.planned_entry_into_force == date(2025, 7, 1)


def test_regeling_published_10_may_2024(make_proposal: Callable[..., Proposal]) -> None:
    # 10 May 2024 + 2 months = 10 Jul 2024; 1 Jul has passed -> 1 Oct 2024.
    # No IT change (lead time 0), decision the same day, so the IT floor is 10 May.
    proposal = make_proposal(
        {
            "implementation": {
                "legislation": "ministeriele_regeling",
                "decision_date": "2024-05-10",
                "publication_date": "2024-05-10",
                "entry_into_force": "2024-10-01",
                "implementers": [
                    {
                        "organisation": "svb",
                        "it_change": "none",
                        "uitvoeringstoets": {"done": True, "verdict": "uitvoerbaar"},
                    }
                ],
            }
        }
    )
    uv = _uv(proposal)
    assert uv.earliest_feasible_date == date(2024, 10, 1)
    assert uv.verdict == "uitvoerbaar"


def test_wet_with_decentral_involvement_published_15_november_2024(
    make_proposal: Callable[..., Proposal],
) -> None:
    # Decentral involvement: 3 months. 15 Nov 2024 + 3 = 15 Feb 2025 -> wet: 1 Jul 2025.
    proposal = make_proposal(
        {
            "implementation": {
                "legislation": "wet",
                "decision_date": "2024-11-15",
                "publication_date": "2024-11-15",
                "entry_into_force": "2025-07-01",
                "decentralised": {
                    "involved": True,
                    "funded": True,
                    "udo_done": True,
                    "policy_freedom": "high",
                },
                "implementers": [
                    {
                        "organisation": "gemeenten",
                        "it_change": "none",
                        "uitvoeringstoets": {"done": True, "verdict": "uitvoerbaar"},
                    }
                ],
            }
        }
    )
    uv = _uv(proposal)
    assert uv.earliest_feasible_date == date(2025, 7, 1)
    assert uv.verdict == "uitvoerbaar"


@pytest.mark.parametrize(
    ("organisation", "it_change", "expected"),
    [
        # rules/uitvoerbaarheid/lead-times.yaml, read by hand:
        # default none 0, minor 6, major 12, new_system 24;
        # belastingdienst and toeslagen: minor 12, major 24, new_system 36.
        # Benign: decision 15 Jan 2024, amvb published 1 Jun 2024 (+2 -> 1 Aug 2024).
        ("svb", "none", date(2025, 1, 1)),  # floor 1 Aug 2024 -> 1 Jan 2025
        ("svb", "minor", date(2025, 1, 1)),  # 15 Jul 2024 < 1 Aug 2024 -> 1 Jan 2025
        ("svb", "major", date(2025, 7, 1)),  # 15 Jan 2025 -> 1 Jul 2025
        ("svb", "new_system", date(2026, 7, 1)),  # 15 Jan 2026 -> 1 Jul 2026
        ("belastingdienst", "minor", date(2025, 7, 1)),  # 15 Jan 2025 -> 1 Jul 2025
        ("belastingdienst", "major", date(2026, 7, 1)),  # 15 Jan 2026 -> 1 Jul 2026
        ("toeslagen", "new_system", date(2027, 7, 1)),  # 15 Jan 2027 -> 1 Jul 2027
    ],
)
def test_it_lead_time_pushes_the_earliest_date(
    make_proposal: Callable[..., Proposal], organisation: str, it_change: str, expected: date
) -> None:
    proposal = make_proposal(
        {
            "implementation": {
                "implementers": [
                    {
                        "organisation": organisation,
                        "it_change": it_change,
                        "uitvoeringstoets": {"done": True, "verdict": "uitvoerbaar"},
                    }
                ]
            }
        }
    )
    assert _uv(proposal).earliest_feasible_date == expected


def test_the_longest_lead_time_of_several_implementers_counts(
    make_proposal: Callable[..., Proposal],
) -> None:
    # svb minor (6 months) and uwv new_system (24 months): 15 Jan 2024 + 24 = 15 Jan 2026
    # -> amvb 1 Jul 2026.
    toets = {"done": True, "verdict": "uitvoerbaar"}
    proposal = make_proposal(
        {
            "implementation": {
                "implementers": [
                    {"organisation": "svb", "it_change": "minor", "uitvoeringstoets": toets},
                    {"organisation": "uwv", "it_change": "new_system", "uitvoeringstoets": toets},
                ]
            }
        }
    )
    assert _uv(proposal).earliest_feasible_date == date(2026, 7, 1)


def test_score_with_one_major_and_one_minor_by_hand(
    make_proposal: Callable[..., Proposal],
) -> None:
    # enforcement_plan false -> UV-22 (major); evaluation_planned false -> UV-24 (minor).
    # rules/scoring.yaml: penalty_major 0.2, penalty_minor 0.05.
    # 100 * (1 - 0.2) * (1 - 0.05) = 100 * 0.8 * 0.95 = 76
    proposal = make_proposal(
        {"implementation": {"enforcement_plan": False, "evaluation_planned": False}}
    )
    uv = _uv(proposal)
    # the SVB's own toets says uitvoerbaar: it weighs most, and the difference is UV-TOETS
    assert sorted(f.rule for f in uv.findings) == ["UV-22", "UV-24", "UV-TOETS"]
    assert uv.score == pytest.approx(76.0)
    assert uv.own_verdict == "uitvoerbaar_mits"
    assert (uv.agency_verdict, uv.verdict, uv.verdict_basis) == ("uitvoerbaar",) * 2 + ("agency",)
    # the conditions of uitvoerbaar_mits are the advice of the majors
    assert len(uv.conditions) == 1
    # UV-22 is on handhaafbaarheid at level middelgroot
    assert uv.aspects["handhaafbaarheid"] == "middelgroot"


def test_score_with_a_blocker_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    # Entry 1 Oct 2024 before the earliest feasible 1 Jan 2025 -> UV-10 (blocker); 1 Oct is
    # no amvb change date -> UV-12 (minor); 1 Jun 2024 + 2 = 1 Aug 2024 <= 1 Oct: minimum met;
    # IT: 15 Jan 2024 + 6 = 15 Jul 2024 <= 1 Oct: met.
    # penalty_blocker 0.5: 100 * 0.5 * 0.95 = 47.5
    uv = _uv(make_proposal({"implementation": {"entry_into_force": "2024-10-01"}}))
    assert sorted(f.rule for f in uv.findings) == ["UV-10", "UV-12", "UV-TOETS"]
    assert uv.score == pytest.approx(47.5)
    assert uv.own_verdict == "niet_uitvoerbaar"
    assert uv.verdict == "uitvoerbaar"  # the SVB's toets: uitvoerbaar, and it weighs most
    toets = next(f for f in uv.findings if f.rule == "UV-TOETS")
    assert "UV-10" in toets.message.nl and "svb" in toets.message.en
    # without the agency's verdict the tool's own judgement is the eindoordeel
    no_toets = make_proposal(
        {
            "implementation": {
                "entry_into_force": "2024-10-01",
                "implementers": [{"organisation": "svb", "it_change": "minor"}],
            }
        }
    )
    assert _uv(no_toets).verdict == "niet_uitvoerbaar"


def test_score_and_eindoordeel_functions_by_hand(rules: RuleSet) -> None:
    scoring = rules
    assert uitvoerbaarheid_score([], scoring) == 100
    assert uitvoerbaarheid_score(["info", "info"], scoring) == 100
    # 100 * 0.8 * 0.8 * 0.95 = 60.8
    assert uitvoerbaarheid_score(["major", "major", "minor"], scoring) == pytest.approx(60.8)
    # 100 * 0.5 * 0.5 = 25
    assert uitvoerbaarheid_score(["blocker", "blocker"], scoring) == pytest.approx(25.0)
    # thresholds by hand: niet below 30, uitvoerbaar from 60
    assert eindoordeel(100, [], 30, 60) == "uitvoerbaar"
    assert eindoordeel(60, [], 30, 60) == "uitvoerbaar"  # the threshold itself is uitvoerbaar
    assert eindoordeel(59.9, [], 30, 60) == "uitvoerbaar_mits"
    assert eindoordeel(29.9, [], 30, 60) == "niet_uitvoerbaar"
    # unjudged points lower completeness, not the eindoordeel
    assert eindoordeel(95, ["minor", "info"], 30, 60) == "uitvoerbaar"
    assert eindoordeel(95, ["minor", "major"], 30, 60) == "uitvoerbaar_mits"
    assert eindoordeel(95, ["major", "blocker"], 30, 60) == "niet_uitvoerbaar"


def test_aspect_levels_take_the_maximum(make_proposal: Callable[..., Proposal]) -> None:
    toets = {"done": True, "verdict": "uitvoerbaar"}
    base = make_proposal()
    assert _uv(base).aspects == {
        "interactie_burgers": "beperkt",
        "maakbaarheid_systemen": "beperkt",
        "handhaafbaarheid": "beperkt",
        "fraudebestendigheid": "beperkt",
        "complexiteitsgevolgen": "beperkt",
        "risico_procesverstoringen": "klein",
    }
    # major IT (UV-05: maakbaarheid middelgroot) + new system (UV-06: ingrijpend) +
    # new data exchange (UV-18: middelgroot) -> ingrijpend, whatever the order.
    # Two major/new-system changes (UV-08: risico gemiddeld) at the Belastingdienst
    # (UV-07: risico groot) -> groot.
    fragment: dict[str, Any] = {
        "implementation": {
            "new_data_exchange": True,
            "implementers": [
                {"organisation": "uwv", "it_change": "major", "uitvoeringstoets": toets},
                {
                    "organisation": "belastingdienst",
                    "it_change": "new_system",
                    "uitvoeringstoets": toets,
                },
            ],
        }
    }
    aspects = _uv(make_proposal(fragment)).aspects
    assert aspects["maakbaarheid_systemen"] == "ingrijpend"
    assert aspects["risico_procesverstoringen"] == "groot"
    fragment["implementation"]["implementers"].reverse()
    assert _uv(make_proposal(fragment)).aspects == aspects
    # only the middelgroot rules: middelgroot
    only_data = _uv(make_proposal({"implementation": {"new_data_exchange": True}})).aspects
    assert only_data["maakbaarheid_systemen"] == "middelgroot"


# -------------------------------------------------------------------- properties


@settings(max_examples=40)
@given(proposals(), _dates, st.integers(min_value=1, max_value=3650))
def test_a_later_entry_into_force_never_worsens_the_verdict(
    proposal: Proposal, entry: date, days: int
) -> None:
    # later, on a fixed change date (a later date off the change dates can add UV-12, and
    # with the calibrated score threshold a minor finding can matter)
    impl = proposal.implementation
    rules = default_ruleset()
    day = dates.next_change_date(
        entry + timedelta(days=days),
        _change_dates(rules, impl.legislation or "none", impl.education_sector),
    )
    base = _impl(proposal, entry_into_force=entry)
    later = _impl(proposal, entry_into_force=day)
    assert VERDICT_RANK[_uv(later).verdict] <= VERDICT_RANK[_uv(base).verdict]


@settings(max_examples=40)
@given(proposals(), _dates, st.integers(min_value=1, max_value=3650))
def test_a_later_change_date_never_lowers_the_score(
    proposal: Proposal, entry: date, days: int
) -> None:
    impl = proposal.implementation
    rules = default_ruleset()
    later = dates.next_change_date(
        entry + timedelta(days=days),
        _change_dates(rules, impl.legislation or "none", impl.education_sector),
    )
    base = _impl(proposal, entry_into_force=entry)
    assert_monotone(
        base,
        lambda p: _impl(p, entry_into_force=later),
        SCORE,
        direction="non_decreasing",
    )


@settings(max_examples=40)
@given(
    proposals(),
    st.builds(
        Implementer,
        organisation=_organisation,
        it_change=st.just("major"),
        uitvoeringstoets=_toets,
    ),
)
def test_adding_an_implementer_with_a_major_it_change_never_raises_the_score(
    proposal: Proposal, extra: Implementer
) -> None:
    current = proposal.implementation.implementers
    if not current:
        # the property is about proposals that already have an implementer
        proposal = _impl(
            proposal,
            implementers=[Implementer(organisation="svb", it_change="none")],
        )
    assert_monotone(
        proposal,
        lambda p: _impl(p, implementers=[*(p.implementation.implementers or []), extra]),
        SCORE,
    )


@settings(max_examples=40)
@given(proposals())
def test_udo_not_done_never_raises_the_score(proposal: Proposal) -> None:
    dec = proposal.implementation.decentralised
    base = _impl(proposal, decentralised=dec.model_copy(update={"udo_done": True}))
    assert_monotone(
        base,
        lambda p: _impl(
            p,
            decentralised=p.implementation.decentralised.model_copy(update={"udo_done": False}),
        ),
        SCORE,
    )


@settings(max_examples=40)
@given(proposals())
def test_earliest_feasible_date_is_a_change_date(proposal: Proposal) -> None:
    uv = _uv(proposal)
    impl = proposal.implementation
    if uv.earliest_feasible_date is None:
        # only when the vehicle or both dates are unknown
        assert impl.legislation is None or (
            impl.publication_date is None and impl.decision_date is None
        )
        return
    assert impl.legislation is not None
    covered = impl.ar417_deviation is not None and impl.ar417_deviation.covers != "minimum"
    if not covered:
        assert dates.is_change_date(
            uv.earliest_feasible_date,
            _change_dates(default_ruleset(), impl.legislation, impl.education_sector),
        )
    publication = impl.publication_date or impl.decision_date
    assert publication is not None
    # never before publication; strictly after it when Ar 4.17's minimum period binds
    assert uv.earliest_feasible_date >= publication
    instrument = default_ruleset().instruments.instruments[impl.legislation]
    minimum_binds = impl.ar417_deviation is None or impl.ar417_deviation.covers == "change_dates"
    if instrument.ar417 and minimum_binds:
        assert uv.earliest_feasible_date > publication


@settings(max_examples=40)
@given(
    proposals(),
    st.sampled_from(["beleidsregel", "ministeriele_regeling", "amvb", "wet", "none"]),
    _dates,
    st.integers(min_value=1, max_value=2000),
)
def test_planned_before_the_earliest_date_is_never_uitvoerbaar(
    proposal: Proposal, legislation: str, publication: date, before: int
) -> None:
    known = _impl(proposal, legislation=legislation, publication_date=publication)
    earliest = _uv(known).earliest_feasible_date
    assert earliest is not None
    planned = _impl(known, entry_into_force=earliest - timedelta(days=before))
    uv = _uv(planned)
    assert uv.own_verdict == "niet_uitvoerbaar"
    if uv.verdict_basis == "tool":
        assert uv.verdict == "niet_uitvoerbaar"
    assert "UV-10" in {f.rule for f in uv.findings}
    # ... and planning exactly on the earliest date clears UV-10
    on_time = _uv(_impl(known, entry_into_force=earliest))
    assert "UV-10" not in {f.rule for f in on_time.findings if f.severity != "info"}
