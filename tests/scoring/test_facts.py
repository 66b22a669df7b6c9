"""Facts derived before the rules run: dates, lead times, IT change, bottom reach share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings

from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import dates, entry, facts
from beleidskompas.scoring.trace import Tracer
from beleidskompas.testing.strategies import proposals


def derive_facts(proposal: Proposal, rules: RuleSet) -> Facts:
    return facts.derive_facts(proposal, rules, Tracer(rules))


def it_lead_months(proposal: Proposal, rules: RuleSet) -> tuple[int, bool]:
    return entry.it_lead_months(Tracer(rules).figure("test", "lead"), proposal, rules)


def earliest_feasible_date(proposal: Proposal, rules: RuleSet) -> date | None:
    return derive_facts(proposal, rules).earliest_feasible_date


def is_change_date(day: date, legislation: str, education: str = "none") -> bool:
    entry = facts_rules().instruments.instruments[legislation]  # type: ignore[index]
    return dates.is_change_date(
        day,
        entry.education_change_dates.get(education, entry.change_dates),  # type: ignore[call-overload]
    )


def facts_rules() -> RuleSet:
    from beleidskompas.rules.default import default_ruleset

    return default_ruleset()


TOETS = {"done": True, "verdict": "uitvoerbaar"}


def _implementers(*pairs: tuple[str, str | None]) -> dict[str, Any]:
    return {
        "implementation": {
            "implementers": [
                {"organisation": org, "it_change": it, "uitvoeringstoets": TOETS}
                for org, it in pairs
            ]
        }
    }


def test_benign_facts_by_hand(rules: RuleSet, make_proposal: Callable[..., Proposal]) -> None:
    facts = derive_facts(make_proposal(), rules)
    # amvb, published 1 Jun 2024 (+2 = 1 Aug 2024), svb minor: 15 Jan 2024 + 6 = 15 Jul 2024
    # -> the first amvb date on or after 1 Aug 2024 is 1 Jan 2025.
    assert facts.earliest_feasible_date == date(2025, 1, 1)
    assert facts.entry_before_earliest_feasible is False  # 1 Jul 2025 >= 1 Jan 2025
    assert facts.entry_on_change_date is True  # 1 July is an amvb change date
    assert facts.minimum_lead_met is True  # 1 Jul 2025 >= 1 Aug 2024
    assert facts.it_lead_met is True  # 1 Jul 2025 >= 15 Jul 2024
    assert facts.largest_it_change == "minor"
    # criteria [low_income]: reached people per class = share * low_income share;
    # bottom (.100 * .25 + .063 * .55) / total (.10798, see test_impact) = .05965 / .10798
    assert facts.bottom_reach_share == pytest.approx(0.05965 / 0.10798, abs=1e-9)


@pytest.mark.parametrize(
    ("pairs", "months", "complete"),
    [
        # lead-times.yaml: default none 0, minor 6, major 12, new_system 24;
        # belastingdienst/toeslagen minor 12, major 24, new_system 36
        ([("svb", "none")], 0, True),
        ([("svb", "minor")], 6, True),
        ([("uwv", "major")], 12, True),
        ([("duo", "new_system")], 24, True),
        ([("belastingdienst", "minor")], 12, True),
        ([("toeslagen", "major")], 24, True),
        ([("belastingdienst", "new_system")], 36, True),
        ([("svb", "minor"), ("uwv", "new_system")], 24, True),  # the longest counts
        ([("svb", "minor"), ("uwv", None)], 6, False),  # unknown IT counts as none
        ([], 0, True),
    ],
)
def test_it_lead_months_by_hand(
    rules: RuleSet,
    make_proposal: Callable[..., Proposal],
    pairs: list[tuple[str, str | None]],
    months: int,
    complete: bool,
) -> None:
    assert it_lead_months(make_proposal(_implementers(*pairs)), rules) == (months, complete)


def test_unknown_implementers_are_incomplete(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    proposal = make_proposal({"implementation": {"implementers": None}})
    assert it_lead_months(proposal, rules) == (0, False)


def test_it_lead_met_is_unknown_only_when_met_with_unknown_changes(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    # svb minor (6 months: 15 Jul 2024) known, uwv unknown: entry 1 Jul 2025 meets the
    # known lead time, but the unknown one might not -> None.
    facts = derive_facts(make_proposal(_implementers(("svb", "minor"), ("uwv", None))), rules)
    assert facts.it_lead_met is None
    assert facts.largest_it_change == "minor"
    # belastingdienst new_system (36 months: 15 Jan 2027) is not met by 1 Jul 2025 -> False,
    # whatever the unknown one needs.
    fragment = _implementers(("belastingdienst", "new_system"), ("uwv", None))
    facts = derive_facts(make_proposal(fragment), rules)
    assert facts.it_lead_met is False
    assert facts.largest_it_change == "new_system"
    # and the earliest date moves to 15 Jan 2027 -> amvb 1 Jul 2027; 1 Jul 2025 is before it
    assert facts.earliest_feasible_date == date(2027, 7, 1)
    assert facts.entry_before_earliest_feasible is True


def test_dates_unknown(rules: RuleSet, make_proposal: Callable[..., Proposal]) -> None:
    # No legal vehicle: no earliest date, no change-date judgement.
    facts = derive_facts(make_proposal({"implementation": {"legislation": None}}), rules)
    assert facts.earliest_feasible_date is None
    assert facts.entry_before_earliest_feasible is None
    assert facts.entry_on_change_date is None
    assert facts.minimum_lead_met is None
    # No publication date: the decision date (15 Jan 2024) stands in for it:
    # 15 Jan + 2 = 15 Mar 2024; IT 15 Jul 2024 -> amvb 1 Jan 2025.
    proposal = make_proposal({"implementation": {"publication_date": None}})
    facts = derive_facts(proposal, rules)
    assert facts.earliest_feasible_date == date(2025, 1, 1)
    assert facts.minimum_lead_met is None  # needs the publication date itself
    # No dates at all: nothing to compute.
    proposal = make_proposal({"implementation": {"publication_date": None, "decision_date": None}})
    assert earliest_feasible_date(proposal, rules) is None
    # No entry into force: nothing to compare.
    facts = derive_facts(make_proposal({"implementation": {"entry_into_force": None}}), rules)
    assert facts.entry_before_earliest_feasible is None
    assert facts.entry_on_change_date is None
    assert facts.it_lead_met is None


def test_minimum_lead_by_hand(rules: RuleSet, make_proposal: Callable[..., Proposal]) -> None:
    # Published 1 Jun 2024; entry 31 Jul 2024 < 1 Aug 2024 -> minimum not met.
    fragment: dict[str, Any] = {"implementation": {"entry_into_force": "2024-07-31"}}
    assert derive_facts(make_proposal(fragment), rules).minimum_lead_met is False
    # Entry 1 Aug 2024 = exactly publication + 2 months -> met.
    fragment = {"implementation": {"entry_into_force": "2024-08-01"}}
    assert derive_facts(make_proposal(fragment), rules).minimum_lead_met is True
    # With decentral involvement 3 months: 1 Sep 2024 is needed, 1 Aug is too early.
    fragment = {
        "implementation": {
            "entry_into_force": "2024-08-01",
            "decentralised": {"involved": True},
        }
    }
    assert derive_facts(make_proposal(fragment), rules).minimum_lead_met is False


def test_no_reach_gives_no_bottom_share(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    fragment: dict[str, Any] = {"target_group": {"criteria": [], "reach": {}}}
    assert derive_facts(make_proposal(fragment), rules).bottom_reach_share is None
    fragment = {"target_group": {"criteria": [], "reach": {"precariaat": 0.5}}}
    assert derive_facts(make_proposal(fragment), rules).bottom_reach_share == 1.0


@settings(max_examples=60)
@given(proposals())
def test_facts_are_consistent(rules: RuleSet, proposal: Proposal) -> None:
    facts = derive_facts(proposal, rules)
    impl = proposal.implementation
    if facts.earliest_feasible_date is not None and not facts.deviation_covers_change_dates:
        assert impl.legislation is not None
        assert is_change_date(facts.earliest_feasible_date, impl.legislation, impl.education_sector)
    entry = impl.entry_into_force
    if entry is not None and facts.earliest_feasible_date is not None:
        # before even a lower bound: certainly too early; else decided only when exact
        if entry < facts.earliest_feasible_date:
            assert facts.entry_before_earliest_feasible is True
        elif facts.earliest_is_lower_bound:
            assert facts.entry_before_earliest_feasible is None
        else:
            assert facts.entry_before_earliest_feasible is False
    if facts.minimum_lead_met is True:
        assert impl.publication_date is not None  # success needs the publication date
    if facts.bottom_reach_share is not None:
        assert 0.0 <= facts.bottom_reach_share <= 1.0 + 1e-12
    changes = [i.it_change for i in impl.implementers or [] if i.it_change is not None]
    assert (facts.largest_it_change is None) == (not changes)
