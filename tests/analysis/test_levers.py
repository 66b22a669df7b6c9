"""The lever catalogue of advise: which levers a section's rules read, and applying changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from beleidskompas.analysis.levers import (
    LEVERS,
    Context,
    apply_changes,
    candidates,
    conflict,
    deadline_floor,
    levers_for,
)
from beleidskompas.analysis.variation import VariationError
from beleidskompas.i18n.catalogue import advice as A
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet

Make = Callable[..., Proposal]


def test_every_lever_has_a_note_and_a_change_text() -> None:
    ids = [lever.id for lever in LEVERS]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(A.LEVER_NOTES) == set(A.CHANGES)


def test_the_sections_rules_choose_the_levers(rules: RuleSet) -> None:
    dv = {lever.id for lever in levers_for(rules, "doenvermogen")}
    uv = {lever.id for lever in levers_for(rules, "uitvoerbaarheid")}
    # personal help is read by DV-20 only, the IT change by UV-05..08 only; the payment by
    # DV-06 and UV-27 both
    assert "personal_help" in dv and "personal_help" not in uv
    assert "it_change" in uv and "it_change" not in dv
    assert "payment" in dv and "payment" in uv
    assert "entry_date" in uv and "dpia" in uv


def test_the_deadline_floor_is_the_largest_bound_the_rules_use(rules: RuleSet) -> None:
    # DV-15: deadline_days lt 14 (minor); DV-16: lt 7 (major)
    assert deadline_floor(rules, "doenvermogen") == 14
    assert deadline_floor(rules, "uitvoerbaarheid") is None


def test_only_known_bad_values_are_offered(make_proposal: Make, rules: RuleSet) -> None:
    levers = levers_for(rules, "doenvermogen")
    assert candidates(make_proposal(), levers, Context()) == []  # the benign base
    unknown = make_proposal({"delivery": {"help": {"personal": None}}})
    assert candidates(unknown, levers, Context()) == []  # unknown is filled in, not redesigned
    no_help = make_proposal({"delivery": {"help": {"personal": False}}})
    assert [(c.lever, c.value) for c in candidates(no_help, levers, Context())] == [
        ("personal_help", True)
    ]


def test_a_route_sets_the_granting_it_implies(make_proposal: Make, rules: RuleSet) -> None:
    proposal = make_proposal({"delivery": {"granting": "application"}})
    routes = candidates(proposal, levers_for(rules, "doenvermogen"), Context())
    assert [c.value for c in routes] == ["automatic", "confirm", "prefilled", "invitation"]
    changed = apply_changes(proposal, [routes[1]])
    assert changed.delivery.route == "confirm"
    assert changed.delivery.granting == "proactive"


def test_removals_keep_the_other_changes_on_their_items(make_proposal: Make) -> None:
    proposal = make_proposal(
        {
            "delivery": {
                "sanctions": [
                    {"trigger": "a", "kind": "fine", "escalates": True},
                    {"trigger": "b", "kind": "fine", "escalates": True},
                    {"trigger": "c", "kind": "repayment", "escalates": True},
                ]
            }
        }
    )
    levers = [lever for lever in LEVERS if lever.id in ("drop_sanction", "sanction_escalation")]
    offered = {c.path: c for c in candidates(proposal, levers, Context())}
    chosen = [
        offered["delivery.sanctions[0]"],
        offered["delivery.sanctions[1].escalates"],
        offered["delivery.sanctions[2]"],
    ]
    changed = apply_changes(proposal, chosen)
    assert [(s.trigger, s.escalates) for s in changed.delivery.sanctions or []] == [("b", False)]


def test_channels_are_added_once(make_proposal: Make, rules: RuleSet) -> None:
    proposal = make_proposal({"delivery": {"channels": ["digital"]}})
    offered = candidates(proposal, levers_for(rules, "doenvermogen"), Context())
    assert [c.value for c in offered if c.lever == "channels"] == ["paper", "phone", "desk"]
    paper = next(c for c in offered if c.value == "paper")
    assert apply_changes(proposal, [paper, paper]).delivery.channels == ["digital", "paper"]


def test_changes_to_the_same_field_or_item_conflict(make_proposal: Make) -> None:
    proposal = make_proposal(
        {"delivery": {"sanctions": [{"trigger": "a", "kind": "fine", "escalates": True}]}}
    )
    levers = [lever for lever in LEVERS if lever.id in ("drop_sanction", "sanction_escalation")]
    drop, calm = sorted(candidates(proposal, levers, Context()), key=lambda c: c.lever)
    assert conflict(drop, calm) and conflict(calm, drop) and conflict(drop, drop)
    assert not conflict(drop, drop.model_copy(update={"path": "delivery.sanctions[10]"}))


def test_the_entry_date_moves_to_the_earliest_feasible_date(make_proposal: Make) -> None:
    import datetime as dt

    proposal = make_proposal()  # entry 2025-07-01
    lever = next(lever for lever in LEVERS if lever.id == "entry_date")
    assert lever.candidates(proposal, Context(earliest=dt.date(2025, 1, 1))) == []
    (change,) = lever.candidates(proposal, Context(earliest=dt.date(2026, 1, 1)))
    moved = apply_changes(proposal, [change])
    assert moved.implementation.entry_into_force == dt.date(2026, 1, 1)


def test_an_invalid_result_is_a_variation_error(make_proposal: Make) -> None:
    proposal = make_proposal()
    lever = next(lever for lever in LEVERS if lever.id == "payment")
    bad = lever.candidates(make_proposal({"delivery": {"payment": "ex_post"}}), Context())[
        0
    ].model_copy(update={"value": "sometimes"})
    with pytest.raises(VariationError):
        apply_changes(proposal, [bad])
