"""Regeldruk (Standaardkostenmodel): hand-checked figures, the composition of times, and the
invariants of the computation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal, load_rules
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.regeldruk import compute_regeldruk, regeldruk_change

REPO = Path(__file__).resolve().parents[2]
ONLINE = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"


def _persons(rules: RuleSet) -> dict[str, float]:
    """Adults per class as the class file states them (data, not code under test)."""
    return {c.id: rules.parameter(f"classes.{c.id}.persons").value for c in rules.classes.classes}


def _scope_persons(rules: RuleSet) -> dict[str, float]:
    """Adults per class in the default scope: the Netherlands' adults × each class's share."""
    adults = rules.parameter("scoring.society.adults_nl").value
    return {
        c.id: adults * rules.parameter(f"classes.{c.id}.share").value for c in rules.classes.classes
    }


def test_hand_checked_regeldruk_of_the_online_rent_allowance(rules: RuleSet) -> None:
    """examples/aanvraag-huurtoeslag-online.yaml: digital channel with DigiD, three actions.

    Time norms (rules/regeldruk/parameters.yaml): apply 30, digid_login 3, supply_document
    10, report_change 15, read_information 15, digid_setup 30 min, digid_setup_share 0.1;
    on_change = scoring.portfolio.on_change_per_year = 2 a year; citizens' tariff EUR 15/h.

      1. apply once, 1 document (data known to government): 30 + 3 + 1 × 10 = 43 min, once;
         of which 10 min avoidable
      2. update the income estimate yearly:                  30 + 3         = 33 min × 1
      3. report changes (on_change):                         15 + 3         = 18 min × 2
    structural per person: (33 + 36) / 60 = 69 / 60 = 1.15 h a year → 1.15 × 15 = EUR 17.25
    getting started: 15 + 0.1 × 30 = 18 min
    one-off per person: (43 + 18) / 60 = 61 / 60 h = 1.01667 h → 61 / 60 × 15 = EUR 15.25
    totals: N = Σ_k persons_k · reach_k · take_up_k; hours = N × 1.15, once = N × 61 / 60,
    avoidable once = N × 10 / 60, nothing avoidable per year (actions 2 and 3 have no
    documents).
    """
    result = assess(load_proposal(ONLINE), rules)
    burden = result.regeldruk
    assert burden is not None and burden.citizens is not None
    people = burden.citizens
    assert [a.minutes for a in people.actions] == [43, 33, 18]
    assert [a.per_year for a in people.actions] == [1, 1, 2]
    assert [a.avoidable_minutes for a in people.actions] == [10, 0, 0]
    assert [[p.norm for p in a.parts] for a in people.actions] == [
        ["apply", "digid_login", "supply_document"],
        ["apply", "digid_login"],
        ["report_change", "digid_login"],
    ]
    assert people.onboarding_minutes == pytest.approx(18)
    assert people.hours_per_person_per_year == pytest.approx(1.15)
    assert people.eur_per_person_per_year == pytest.approx(17.25)
    assert people.once_hours_per_person == pytest.approx(61 / 60)
    assert people.once_eur_per_person == pytest.approx(15.25)

    impact = result.class_impact
    assert impact is not None
    persons = _scope_persons(rules)  # an assessment counts people in the proposal's scope
    n = sum(persons[c.id] * c.reach * c.take_up for c in impact.classes)
    assert people.persons_acting == pytest.approx(n)
    assert people.hours_per_year == pytest.approx(n * 1.15)
    assert people.eur_per_year == pytest.approx(n * 17.25)
    assert people.once_hours == pytest.approx(n * 61 / 60)
    assert people.once_eur == pytest.approx(n * 15.25)
    assert people.avoidable_once_hours == pytest.approx(n * 10 / 60)
    assert people.avoidable_hours_per_year == 0
    # out-of-pocket costs are not in the proposal: counted as 0 and said so
    assert not people.out_of_pocket_quantified
    assert people.out_of_pocket_eur_per_year == 0
    # per class: the same per-person figures times that class's people who act
    for row, cls in zip(people.classes, impact.classes, strict=True):
        assert row.persons_acting == pytest.approx(persons[cls.id] * cls.reach * cls.take_up)
        assert row.hours_per_year == pytest.approx(row.persons_acting * 1.15)
    # businesses: the proposal does not say, so they are unknown (not zero)
    assert burden.businesses is None
    assert burden.channel == "digital"


def _burden(
    make_proposal: Callable[..., Proposal],
    rules: RuleSet,
    delivery: dict[str, Any],
    reach: float = 1.0,
    take_up: float = 1.0,
) -> Any:
    proposal = make_proposal({"delivery": delivery})
    ids = rules.classes.ids
    return compute_regeldruk(
        proposal, rules, dict.fromkeys(ids, reach), dict.fromkeys(ids, take_up)
    )


def test_channels_and_initiative_pick_the_norms(
    make_proposal: Callable[..., Proposal], rules: RuleSet
) -> None:
    def minutes(delivery: dict[str, Any]) -> list[float]:
        people = _burden(make_proposal, rules, delivery).citizens
        return [a.minutes for a in people.actions]

    yearly = [{"repeats": "yearly", "documents": 2}]
    # paper: apply_paper 45 + 2 × 10, no DigiD login
    assert minutes({"channels": ["paper"], "citizen_actions": yearly}) == [65]
    # desk: appointment 10 + desk_visit 60 + 2 × 10
    assert minutes({"channels": ["desk"], "citizen_actions": yearly}) == [90]
    # phone: phone_call 15 + 2 × 10
    assert minutes({"channels": ["phone"], "citizen_actions": yearly}) == [35]
    # digital offered among others: digital is priced, 30 + 3 + 20
    both = {"channels": ["paper", "digital"], "requires_digid": True, "citizen_actions": yearly}
    assert minutes(both) == [53]
    # no DigiD needed: no login
    assert minutes(
        {"channels": ["digital"], "requires_digid": False, "citizen_actions": yearly}
    ) == [50]
    # a pre-filled form sent by the government: 10 + 3 + 20
    prefilled = [{"repeats": "yearly", "documents": 2, "initiative": "government"}]
    assert minutes(
        {"channels": ["digital"], "requires_digid": True, "citizen_actions": prefilled}
    ) == [33]
    # the proposal's own minutes replace the norms
    own = [{"repeats": "monthly", "documents": 2, "minutes": 7}]
    people = _burden(
        make_proposal, rules, {"channels": ["digital"], "citizen_actions": own}
    ).citizens
    assert people.actions[0].minutes == 7 and people.actions[0].parts == []
    assert people.hours_per_person_per_year == pytest.approx(12 * 7 / 60)


def test_nothing_asked_is_zero_and_unknown_is_none(
    make_proposal: Callable[..., Proposal], rules: RuleSet
) -> None:
    nothing = _burden(make_proposal, rules, {"citizen_actions": [], "business_actions": []})
    assert nothing.citizens.hours_per_year == 0 and nothing.citizens.once_hours == 0
    assert nothing.citizens.onboarding_minutes == 0  # nothing to get started with
    assert nothing.businesses.eur_per_year == 0 and nothing.businesses.actions == []
    unknown = _burden(make_proposal, rules, {"citizen_actions": None})
    assert unknown.citizens is None
    assert any("citizen_actions" in a.en for a in unknown.assumptions)


def test_business_actions_by_hand(make_proposal: Callable[..., Proposal], rules: RuleSet) -> None:
    """400,000 employers, 5 minutes a month, EUR 0.50 postage each time; 20,000 landlords
    once, 90 minutes, no out-of-pocket figure. Business tariff EUR 54/h.

    employers: 400,000 × 12 × 5 / 60 = 400,000 h a year; 400,000 × 54 = EUR 21,600,000
               + 400,000 × 12 × 0.50 = EUR 2,400,000 → EUR 24,000,000 a year
    landlords: 20,000 × 90 / 60 = 30,000 h once; 30,000 × 54 = EUR 1,620,000 once
    """
    actions = [
        {
            "who": "werkgevers",
            "businesses": 400_000,
            "repeats": "monthly",
            "minutes": 5,
            "out_of_pocket_eur": 0.5,
        },
        {"who": "verhuurders", "businesses": 20_000, "repeats": "once", "minutes": 90},
    ]
    firms = _burden(make_proposal, rules, {"business_actions": actions}).businesses
    assert firms.hours_per_year == pytest.approx(400_000)
    assert firms.eur_per_year == pytest.approx(24_000_000)
    assert firms.once_hours == pytest.approx(30_000)
    assert firms.once_eur == pytest.approx(1_620_000)


def test_without_head_counts_only_per_person_figures(
    make_proposal: Callable[..., Proposal],
) -> None:
    rules = load_rules(classes=REPO / "rules" / "society" / "classes-scp-2014.yaml")
    burden = _burden(make_proposal, rules, {"citizen_actions": [{"repeats": "yearly"}]})
    people = burden.citizens
    assert people.hours_per_person_per_year > 0
    assert people.hours_per_year is None and people.persons_acting is None
    assert all(row.hours_per_year is None for row in people.classes)


def test_the_change_against_a_baseline_by_hand(
    make_proposal: Callable[..., Proposal], rules: RuleSet
) -> None:
    """Baseline: one yearly digital form (30 + 3 = 33 min); proposal: the same form
    pre-filled (10 + 3 = 13 min). With everyone acting (reach 1, take-up 1) the change is
    N × (13 − 33) / 60 = −N / 3 hours a year, N the adults of the class model."""
    digital = {"channels": ["digital"], "requires_digid": True}
    before = _burden(make_proposal, rules, {**digital, "citizen_actions": [{"repeats": "yearly"}]})
    after = _burden(
        make_proposal,
        rules,
        {**digital, "citizen_actions": [{"repeats": "yearly", "initiative": "government"}]},
    )
    change = regeldruk_change(after, before)
    adults = sum(_persons(rules).values())
    assert change.citizens.hours_per_year == pytest.approx(-adults / 3)
    assert change.citizens.eur_per_year == pytest.approx(-adults / 3 * 15)
    assert change.citizens.once_hours == pytest.approx(0)  # the same onboarding both times
    assert change.businesses is None  # neither says what businesses must do


ACTION = st.fixed_dictionaries(
    {
        "repeats": st.sampled_from(["once", "yearly", "monthly", "on_change"]),
        "documents": st.integers(0, 5),
        "initiative": st.sampled_from(["citizen", "government"]),
        "data_known_to_government": st.sampled_from([True, False, None]),
    }
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # make_proposal builds from a fresh copy every call: nothing to reset
@given(
    actions=st.lists(ACTION, min_size=1, max_size=4),
    extra=ACTION,
    take_up=st.floats(0.05, 1.0),
)
def test_invariants(
    make_proposal: Callable[..., Proposal],
    rules: RuleSet,
    actions: list[dict[str, Any]],
    extra: dict[str, Any],
    take_up: float,
) -> None:
    delivery = {"channels": ["digital"], "citizen_actions": actions}
    base = _burden(make_proposal, rules, delivery, take_up=take_up).citizens
    # euros are hours at the tariff (no out-of-pocket figures here), never negative
    assert base.eur_per_year == pytest.approx(base.hours_per_year * 15)
    assert base.once_eur == pytest.approx(base.once_hours * 15)
    assert base.hours_per_year >= 0 and base.once_hours > 0
    # avoidable time is part of the time
    assert base.avoidable_hours_per_year <= base.hours_per_year + 1e-9
    assert base.avoidable_once_hours <= base.once_hours + 1e-9
    # linear in the people who act: doubling take-up doubles every total
    if take_up <= 0.5:
        double = _burden(make_proposal, rules, delivery, take_up=2 * take_up).citizens
        assert double.hours_per_year == pytest.approx(2 * base.hours_per_year)
        assert double.once_hours == pytest.approx(2 * base.once_hours)
    # one more action never lowers a total
    more = _burden(make_proposal, rules, {**delivery, "citizen_actions": [*actions, extra]})
    ref = _burden(make_proposal, rules, delivery).citizens
    assert more.citizens.hours_per_year >= ref.hours_per_year - 1e-9
    assert more.citizens.once_hours >= ref.once_hours - 1e-9
    # one-off and structural stay apart: once actions add nothing to the yearly figure
    once_only = [{**a, "repeats": "once"} for a in actions]
    first = _burden(make_proposal, rules, {**delivery, "citizen_actions": once_only}).citizens
    assert first.hours_per_year == 0
