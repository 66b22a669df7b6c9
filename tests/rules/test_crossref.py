"""Class and attribute ids in a proposal checked against the rule set (rules/crossref.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from beleidskompas import InputError, assess, load_rules, read_proposal
from beleidskompas.errors import format_loc
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.crossref import check_proposal
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
CLASSES_2014 = REPO / "rules" / "society" / "classes-scp-2014.yaml"

PROPOSAL = """\
id: kapot-voorbeeld
title: Kapot voorbeeld
effects: [{capital: economisch, size: 0.02}]
target_group:
  criteria: [low_income, huurder]
  reach: {precariaat: 0.5, precariat: 0.2, xyz: 0.1}
"""
# 'huurder' is item 1 of criteria: line 5, column 26; key 'precariat' at line 6, column 28;
# key 'xyz' at line 6, column 44.


def check(tmp_path: Path, text: str, ruleset: RuleSet, name: str = "p.yaml") -> InputError:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    proposal, doc = read_proposal(path)
    with pytest.raises(InputError) as info:
        check_proposal(proposal, ruleset, doc)
    assert info.value.file == str(path)
    return info.value


def test_unknown_ids_are_named_with_position_and_hint(tmp_path: Path, rules: RuleSet) -> None:
    exc = check(tmp_path, PROPOSAL, rules)
    by_path = {format_loc(p.loc): p for p in exc.problems}
    assert set(by_path) == {
        "target_group.criteria[1]",
        "target_group.reach.precariat",
        "target_group.reach.xyz",
    }
    criterion = by_path["target_group.criteria[1]"]
    assert (criterion.line, criterion.column) == (5, 26)
    assert "onbekend kenmerk 'huurder'" in criterion.message.nl
    assert "unknown attribute 'huurder'" in criterion.message.en
    assert "renter" in criterion.message.en  # listed among the known attributes
    klass = by_path["target_group.reach.precariat"]
    assert (klass.line, klass.column) == (6, 28)  # the key, not the value
    assert "bedoelt u 'precariaat'?" in klass.message.nl
    assert "did you mean 'precariaat'?" in klass.message.en
    other = by_path["target_group.reach.xyz"]
    assert (other.line, other.column) == (6, 44)
    assert "bedoelt u" not in other.message.nl
    assert "scp-2023" in other.message.nl  # names the class model


def test_attribute_hint(tmp_path: Path, rules: RuleSet) -> None:
    text = PROPOSAL.replace("huurder", "low_incom").replace(
        "  reach: {precariaat: 0.5, precariat: 0.2, xyz: 0.1}\n", ""
    )
    exc = check(tmp_path, text, rules)
    assert len(exc.problems) == 1
    problem = exc.problems[0]
    assert (problem.line, problem.column) == (5, 26)
    assert "did you mean 'low_income'?" in problem.message.en


def test_json_positions(tmp_path: Path, rules: RuleSet) -> None:
    text = (
        '{"id": "a", "title": "t", "effects": [],\n'
        ' "target_group": {"reach": {"precariat": 0.5}}}\n'
    )
    exc = check(tmp_path, text, rules, "p.json")
    assert (exc.problems[0].line, exc.problems[0].column) == (2, 29)


def test_class_ids_depend_on_the_class_model(tmp_path: Path, rules: RuleSet) -> None:
    # 'gevestigde_bovenlaag' exists in SCP 2014, not in SCP 2023
    text = PROPOSAL.replace("criteria: [low_income, huurder]", "criteria: [low_income]").replace(
        "{precariaat: 0.5, precariat: 0.2, xyz: 0.1}", "{gevestigde_bovenlaag: 0.5}"
    )
    exc = check(tmp_path, text, rules)
    assert [format_loc(p.loc) for p in exc.problems] == ["target_group.reach.gevestigde_bovenlaag"]
    path = tmp_path / "p.yaml"
    proposal, doc = read_proposal(path)
    check_proposal(proposal, load_rules(classes=CLASSES_2014), doc)


def test_without_a_document_the_proposal_id_is_named(
    make_proposal: Callable[..., Proposal], rules: RuleSet
) -> None:
    proposal = make_proposal({"target_group": {"reach": {"precariat": 0.5}}})
    with pytest.raises(InputError) as info:
        check_proposal(proposal, rules)
    assert info.value.file == "<proposal test-benign>"
    assert info.value.problems[0].line is None
    # assess() checks too: a library user gets the same clean error
    with pytest.raises(InputError):
        assess(proposal, rules)


def test_known_ids_pass(make_proposal: Callable[..., Proposal], rules: RuleSet) -> None:
    check_proposal(
        make_proposal({"target_group": {"criteria": ["renter"], "reach": {"precariaat": 1.0}}}),
        rules,
    )


def test_cli_reports_unknown_class_with_line(tmp_path: Path, cli: Callable[..., Any]) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(PROPOSAL.replace("low_income, huurder", "low_income"), encoding="utf-8")
    for command in ("validate", "assess"):
        result = cli(command, path)
        assert result.code == 2
        assert "Traceback" not in result.stderr
        lines = result.stderr.splitlines()
        assert lines[0].startswith(f"{path}:6:28: target_group.reach.precariat: ")
        assert len(lines) == 2
