"""advise: the smallest design changes that lift a verdict.

Expected options are derived by reading the rules (rules/doenvermogen, rules/uitvoerbaarheid)
and the lead times (rules/uitvoerbaarheid/lead-times.yaml), not by running the search; the
properties re-assess every option with assess() independently of the search.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import EXAMPLES

from beleidskompas import api
from beleidskompas.analysis import advise as search
from beleidskompas.analysis.advise import ORDER, advise
from beleidskompas.analysis.levers import apply_changes
from beleidskompas.model.advice import Advice
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet

Make = Callable[..., Proposal]


def _changes(advice: Advice) -> list[list[tuple[str, str, Any]]]:
    return [[(c.lever, c.path, c.value) for c in o.changes] for o in advice.options]


def test_one_major_finding_is_lifted_by_exactly_its_lever(
    make_proposal: Make, rules: RuleSet
) -> None:
    # DV-06 (major) fires on payment: advance_with_reconciliation and nothing else fires on
    # the benign base (DV-07 needs income_dependent, DV-28 a missing hardship clause): the
    # verdict is doenlijk_mits only because of DV-06. Two other levers are offered (DigiD
    # required, not tested) but their rules (DV-22, DV-29) need a missing non-digital route
    # or actions, so they remove nothing: exactly one option, the fixed payment.
    proposal = make_proposal(
        {
            "delivery": {
                "payment": "advance_with_reconciliation",
                "requires_digid": True,
                "tested_with_target_group": False,
            }
        }
    )
    result = advise(proposal, rules)
    assert result.status == "lifted"
    assert result.verdict == "doenlijk_mits"
    assert {c.lever for c in result.levers} == {"payment", "digid", "tested"}
    assert _changes(result) == [[("payment", "delivery.payment", "fixed")]]
    option = result.options[0]
    assert option.verdict == "doenlijk" and option.lifted
    assert [f.rule for f in option.removed] == ["DV-06"]
    assert option.added == []
    assert result.found == 1


def test_a_new_system_with_too_little_lead_time(make_proposal: Make, rules: RuleSet) -> None:
    # new_system: UV-06 (major); its 24 months from the decision (2024-01-15) end after the
    # planned entry (2025-07-01): UV-13 (major) and UV-10 (blocker) → niet_uitvoerbaar.
    # major (12 months) or minor (6) meet the date: major leaves UV-05 (minor, score
    # 100·0.95 = 95 ≥ 88) → uitvoerbaar; minor leaves nothing → uitvoerbaar, score 100.
    # Entry on the earliest feasible date (1 July 2026, the first change date after
    # 2026-01-15) removes UV-10 and UV-13 but not UV-06 → uitvoerbaar_mits. Take-up and
    # gains do not move, so the ties go to the higher verdict, then the higher score.
    proposal = make_proposal(
        {"implementation": {"implementers": [{"organisation": "svb", "it_change": "new_system"}]}}
    )
    result = advise(proposal, rules, target="uitvoerbaarheid")
    assert result.verdict == "niet_uitvoerbaar"
    assert _changes(result) == [
        [("it_change", "implementation.implementers[0].it_change", "minor")],
        [("it_change", "implementation.implementers[0].it_change", "major")],
        [("entry_date", "implementation.entry_into_force", "2026-07-01")],
    ]
    assert [o.verdict for o in result.options] == [
        "uitvoerbaar",
        "uitvoerbaar",
        "uitvoerbaar_mits",
    ]
    assert [o.score for o in result.options[:2]] == [pytest.approx(100), pytest.approx(95)]
    assert [f.rule for f in result.options[1].added] == ["UV-05"]
    assert {f.rule for f in result.options[2].removed} == {"UV-10", "UV-13"}


def test_an_already_doenlijk_proposal_has_nothing_to_lift(
    make_proposal: Make, rules: RuleSet
) -> None:
    result = advise(make_proposal(), rules)
    assert result.status == "nothing_to_lift"
    assert result.verdict == "doenlijk"
    assert result.options == [] and result.closest == [] and result.evaluated == 0
    assert "doenlijk" in result.message.nl


def test_the_implementers_own_verdict_is_not_searched(rules: RuleSet) -> None:
    # every implementer of this example gave an uitvoeringstoets (uitvoerbaar_mits): the
    # eindoordeel follows it (scoring/agency.py), so no design change can lift it.
    proposal = api.load_proposal(EXAMPLES / "aanvraag-huurtoeslag-online.yaml", rules)
    result = advise(proposal, rules, target="uitvoerbaarheid")
    assert result.status == "agency_verdict"
    assert result.evaluated == 0 and result.options == []
    assert "uitvoeringstoets" in result.message.nl


def test_no_lever_when_only_facts_keep_the_verdict(make_proposal: Make, rules: RuleSet) -> None:
    # DV-30 (major): acting during a life event — a fact about the target group, no lever.
    proposal = make_proposal(
        {
            "delivery": {
                "life_event": "divorce",
                "citizen_actions": [{"initiative": "government", "repeats": "once"}],
            }
        }
    )
    result = advise(proposal, rules)
    assert result.verdict == "doenlijk_mits"
    assert result.status == "no_levers"


def test_nothing_within_reach_names_what_holds_the_verdict(
    make_proposal: Make, rules: RuleSet
) -> None:
    # DV-30 (life event, no lever) and DV-06 (payment lever): one change removes DV-06 but
    # DV-30 still keeps the verdict at doenlijk_mits.
    proposal = make_proposal(
        {
            "delivery": {
                "life_event": "divorce",
                "payment": "advance_with_reconciliation",
                "citizen_actions": [{"initiative": "government", "repeats": "once"}],
            }
        }
    )
    result = advise(proposal, rules, max_changes=2)
    assert result.status == "not_within_reach"
    assert result.options == []
    assert [c.lever for c in result.closest[0].changes] == ["payment"]
    holds = {h.rule: h.levers for h in result.holds}
    assert holds == {"DV-30": []}


def test_the_search_stops_at_the_smallest_size(rules: RuleSet) -> None:
    # tegenprestatie-bijstand: one sanction (loss of benefit, escalating) gives DV-25, DV-26
    # and DV-28 (majors, no hardship clause). Dropping it removes all three at once, so the
    # options are single changes and no pair is assessed.
    proposal = api.load_proposal(EXAMPLES / "tegenprestatie-bijstand.yaml", rules)
    result = advise(proposal, rules)
    assert result.status == "lifted"
    assert {len(o.changes) for o in result.options} == {1}
    assert result.evaluated == len(result.levers)
    assert _changes(result) == [[("drop_sanction", "delivery.sanctions[0]", None)]]


def test_bad_arguments(make_proposal: Make, rules: RuleSet) -> None:
    proposal = make_proposal()
    with pytest.raises(ValueError, match="target"):
        advise(proposal, rules, target="impact")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_changes"):
        advise(proposal, rules, max_changes=0)
    with pytest.raises(TypeError, match="Proposal"):
        api.advise({"id": "x"}, rules)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="jobs"):
        api.advise(proposal, rules, jobs=0)
    with pytest.raises(TypeError, match="seed"):
        api.advise(proposal, rules, seed=1.5)  # type: ignore[arg-type]


BAD_DESIGN: dict[str, dict[str, Any]] = {
    "application": {"delivery": {"granting": "application"}},
    "advance": {"delivery": {"payment": "advance_with_reconciliation"}},
    "no_help": {"delivery": {"help": {"personal": False}}},
    "online_only": {"delivery": {"help": {"non_digital": False}, "requires_digid": True}},
    "one_channel": {"delivery": {"channels": ["digital"]}},
    "untested": {"delivery": {"tested_with_target_group": False}},
    "no_hardship": {"delivery": {"hardship_clause": False}},
    "escalating": {
        "delivery": {"sanctions": [{"trigger": "te laat", "kind": "fine", "escalates": True}]}
    },
    "monthly": {
        "delivery": {
            "citizen_actions": [
                {"initiative": "citizen", "repeats": "monthly", "deadline_days": 5},
                {"initiative": "citizen", "data_known_to_government": True},
            ]
        }
    },
}


def _merge(parts: list[str]) -> dict[str, Any]:
    from beleidskompas.analysis.ruletests import merge

    out: dict[str, Any] = {}
    for name in parts:
        out = merge(out, BAD_DESIGN[name])
    return out


@settings(max_examples=20)
@given(st.lists(st.sampled_from(sorted(BAD_DESIGN)), min_size=1, max_size=5, unique=True))
def test_every_option_has_the_claimed_verdict_and_nothing_smaller_lifts(
    benign_data: dict[str, Any], rules: RuleSet, parts: list[str]
) -> None:
    from beleidskompas.analysis.ruletests import merge

    proposal = Proposal.model_validate(merge(copy.deepcopy(benign_data), _merge(parts)))
    result = advise(proposal, rules, max_changes=2)
    before = api.assess(proposal, rules, intervals=False)
    levels = ORDER["doenvermogen"]
    base_level = levels.index(before.doenvermogen.verdict)
    assert result.verdict == before.doenvermogen.verdict
    for option in [*result.options, *result.closest]:
        after = api.assess(apply_changes(proposal, option.changes), rules, intervals=False)
        dv = after.doenvermogen
        assert dv.verdict == option.verdict
        assert dv.score == pytest.approx(option.score)
        assert option.lifted == (levels.index(dv.verdict) > base_level)
        fired_before = {f.rule for f in before.doenvermogen.findings if f.severity != "info"}
        fired_after = {f.rule for f in dv.findings if f.severity != "info"}
        assert {f.rule for f in option.removed} == fired_before - fired_after
        assert {f.rule for f in option.added} == fired_after - fired_before
    sizes = {len(o.changes) for o in result.options}
    assert len(sizes) <= 1  # the smallest size only
    if result.options and not result.narrowed_levels:
        # no smaller set of the tried changes lifts: every single change when the options
        # are pairs (the search is exact while no level was narrowed)
        size = sizes.pop()
        for smaller in itertools.combinations(result.levers, size - 1):
            if not smaller:
                continue
            after = api.assess(apply_changes(proposal, list(smaller)), rules, intervals=False)
            assert levels.index(after.doenvermogen.verdict) <= base_level
    ranks = [o.rank for o in result.options]
    assert ranks == list(range(1, len(ranks) + 1))


def test_the_same_seed_gives_the_same_advice(
    rules: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal = api.load_proposal(EXAMPLES / "aanvraag-huurtoeslag-online.yaml", rules)
    monkeypatch.setattr(search, "MAX_CANDIDATES", 15)
    first = advise(proposal, rules, seed=7)
    assert first.sampled_levels and first.narrowed_levels  # the seed is used here
    assert advise(proposal, rules, seed=7) == first
    others = [advise(proposal, rules, seed=s).closest for s in range(1, 4)]
    assert any(o != first.closest for o in others)  # the sample depends on the seed


def test_unsampled_advice_does_not_depend_on_the_seed(rules: RuleSet) -> None:
    proposal = api.load_proposal(EXAMPLES / "aanvraag-huurtoeslag-online.yaml", rules)
    first = advise(proposal, rules, max_changes=2, seed=1)
    assert not first.sampled_levels
    assert advise(proposal, rules, max_changes=2, seed=2).closest == first.closest


def test_two_processes_give_the_serial_advice(rules: RuleSet) -> None:
    proposal = api.load_proposal(EXAMPLES / "aanvraag-huurtoeslag-online.yaml", rules)
    calls: list[tuple[int, int]] = []
    serial = advise(proposal, rules, max_changes=2, progress=lambda d, p: calls.append((d, p)))
    assert advise(proposal, rules, max_changes=2, jobs=2) == serial
    assert calls[-1] == (serial.evaluated, serial.evaluated)
    assert all(d <= p for d, p in calls)


NO_TOETS = {"implementation": {"implementers": [{"organisation": "svb", "it_change": "minor"}]}}
BAD_IMPLEMENTATION: dict[str, dict[str, Any]] = {
    "new_system": {
        "implementation": {"implementers": [{"organisation": "svb", "it_change": "new_system"}]}
    },
    "major_it": {
        "implementation": {"implementers": [{"organisation": "toeslagen", "it_change": "major"}]}
    },
    "no_dpia": {"implementation": {"dpia_done": False}},
    "no_enforcement": {"implementation": {"enforcement_plan": False}},
    "no_evaluation": {"implementation": {"evaluation_planned": False}},
    "advance": {"delivery": {"payment": "advance_with_reconciliation"}},
    "early": {"implementation": {"entry_into_force": "2024-07-01"}},
}


@settings(max_examples=15)
@given(st.lists(st.sampled_from(sorted(BAD_IMPLEMENTATION)), min_size=1, max_size=4, unique=True))
def test_every_uitvoerbaarheid_option_has_the_claimed_eindoordeel(
    benign_data: dict[str, Any], rules: RuleSet, parts: list[str]
) -> None:
    from beleidskompas.analysis.ruletests import merge

    data = merge(copy.deepcopy(benign_data), NO_TOETS)  # no toets: the tool's rules decide
    for name in parts:
        data = merge(data, BAD_IMPLEMENTATION[name])
    proposal = Proposal.model_validate(data)
    result = advise(proposal, rules, target="uitvoerbaarheid", max_changes=2)
    before = api.assess(proposal, rules, intervals=False).uitvoerbaarheid
    levels = ORDER["uitvoerbaarheid"]
    assert result.verdict == before.verdict
    assert result.status != "agency_verdict"
    for option in [*result.options, *result.closest]:
        after = api.assess(apply_changes(proposal, option.changes), rules, intervals=False)
        uv = after.uitvoerbaarheid
        assert uv.verdict == option.verdict
        assert uv.score == pytest.approx(option.score)
        assert option.lifted == (levels.index(uv.verdict) > levels.index(before.verdict))


def test_with_a_baseline_the_options_are_assessed_against_it(rules: RuleSet) -> None:
    # the pre-filled huurtoeslag names today's scheme as its baseline; make it doenlijk_mits
    # with an advance payment (DV-06, major) and ask advise with that baseline
    path = EXAMPLES / "huurtoeslag-vooraf-ingevuld.yaml"
    opened = api.open_proposal(path, rules)
    assert opened.baseline is not None
    data = opened.proposal.model_dump(mode="json", exclude_unset=True)
    data["delivery"]["payment"] = "advance_with_reconciliation"
    proposal = Proposal.model_validate(data)
    result = advise(proposal, rules, baseline=opened.baseline)
    before = api.assess(proposal, rules, intervals=False, baseline=opened.baseline)
    assert result.verdict == before.doenvermogen.verdict
    assert result.take_up == pytest.approx(before.class_impact.summary.take_up)
    for option in result.options:
        changed = apply_changes(proposal, option.changes)
        after = api.assess(changed, rules, intervals=False, baseline=opened.baseline)
        assert after.doenvermogen.verdict == option.verdict
        assert option.delta_take_up == pytest.approx(
            after.class_impact.summary.take_up - before.class_impact.summary.take_up
        )
    assert any(c.lever == "payment" for o in result.options for c in o.changes)
