"""Rule outcomes and findings: info for unknowns, deterministic order, sources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings

from beleidskompas import assess
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Finding
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.facts import derive_facts
from beleidskompas.scoring.findings import evaluate_rules, make_findings
from beleidskompas.scoring.trace import Tracer
from beleidskompas.testing.strategies import proposals

RANK = {"blocker": 0, "major": 1, "minor": 2, "info": 3}


def _data(proposal: Proposal, rules: RuleSet) -> dict[str, Any]:
    data: dict[str, Any] = proposal.model_dump()
    data["facts"] = derive_facts(proposal, rules, Tracer(rules)).model_dump()
    return data


def _key(finding: Finding) -> tuple[int, str, int]:
    prefix, _, number = finding.rule.partition("-")
    # UV-TOETS (the scorer's comparison with the agency's toets) sorts as number 0
    return (RANK[finding.severity], prefix, int(number) if number.isdigit() else 0)


def test_benign_fires_nothing_and_knows_everything(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    data = _data(make_proposal(), rules)
    for section in rules.sections.values():
        outcomes = evaluate_rules(section, data)
        assert [o.compiled.id for o in outcomes] == [r.id for r in section]
        assert not any(o.fired for o in outcomes)
        assert not any(o.unknown for o in outcomes)
        assert make_findings(rules, outcomes) == []


def test_unknown_fields_give_info_findings(make_proposal: Callable[..., Proposal]) -> None:
    # An action exists, but whether personal help exists is unknown: DV-20
    # (help.personal == false AND an action exists) cannot be decided.
    fragment = {
        "delivery": {
            "help": {"personal": None},
            "citizen_actions": [{"initiative": "government", "data_known_to_government": False}],
        }
    }
    result = assess(make_proposal(fragment))
    assert result.doenvermogen is not None
    info = [f for f in result.doenvermogen.findings if f.rule == "DV-20"]
    assert len(info) == 1
    assert info[0].severity == "info"
    assert info[0].missing == ["delivery.help.personal"]
    assert info[0].message.nl.startswith("Kan niet beoordelen")
    assert info[0].message.en.startswith("Cannot judge")
    assert "delivery.help.personal" in info[0].advice.nl
    # info findings cost nothing
    assert result.doenvermogen.score == 100


def test_fired_findings_carry_message_advice_and_sources(
    make_proposal: Callable[..., Proposal],
) -> None:
    result = assess(make_proposal({"delivery": {"payment": "advance_with_reconciliation"}}))
    assert result.doenvermogen is not None
    dv06 = [f for f in result.doenvermogen.findings if f.rule == "DV-06"]
    assert len(dv06) == 1
    assert dv06[0].severity == "major"
    assert dv06[0].message
    assert dv06[0].advice
    assert dv06[0].sources
    assert all(s.title for s in dv06[0].sources)
    assert dv06[0].missing == []


def test_findings_are_sorted_by_severity_then_rule_number(
    make_proposal: Callable[..., Proposal],
) -> None:
    # Fires DV-06 (major: advance payment), DV-28 (major: no hardship clause with an
    # advance), DV-07 (minor: advance + income dependent), DV-09 (minor: 3 actions) and
    # DV-11 (minor: citizen initiative). Majors first; within a severity by rule number,
    # numerically (9 before 11).
    fragment = {
        "delivery": {
            "payment": "advance_with_reconciliation",
            "income_dependent": True,
            "hardship_clause": False,
            "citizen_actions": [{"initiative": "citizen", "data_known_to_government": False}] * 3,
        }
    }
    result = assess(make_proposal(fragment))
    assert result.doenvermogen is not None
    rules_in_order = [f.rule for f in result.doenvermogen.findings]
    assert rules_in_order[:2] == ["DV-06", "DV-28"]  # majors first, by number
    assert rules_in_order.index("DV-07") < rules_in_order.index("DV-09")
    assert rules_in_order.index("DV-09") < rules_in_order.index("DV-11")  # 9 before 11


@settings(max_examples=40)
@given(proposals())
def test_findings_are_always_in_order(proposal: Proposal) -> None:
    result = assess(proposal)
    assert result.doenvermogen is not None
    assert result.uitvoerbaarheid is not None
    for findings in (result.doenvermogen.findings, result.uitvoerbaarheid.findings):
        keys = [_key(f) for f in findings]
        assert keys == sorted(keys)
        ids = [f.rule for f in findings]
        assert len(ids) == len(set(ids))  # one finding per rule
        for f in findings:
            assert (f.severity == "info") == bool(f.missing)
    dv_ids = {f.rule for f in result.doenvermogen.findings}
    uv_ids = {f.rule for f in result.uitvoerbaarheid.findings}
    assert all(i.startswith("DV-") for i in dv_ids)
    assert all(i.startswith("UV-") for i in uv_ids)
