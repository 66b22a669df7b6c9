"""The library's front door: wrong argument types are refused at once, shared data is immutable."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import beleidskompas as bk
from beleidskompas.model.base import FrozenMap
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda _p: bk.assess({"id": "x"}), "assess() needs a Proposal"),
        (lambda _p: bk.assess(str(EXAMPLE)), "assess() needs a Proposal"),
        (lambda p: bk.assess(p, rules="rules"), "assess(rules=...) needs a RuleSet"),
        (lambda _p: bk.assess_file(EXAMPLE, rules="rules"), "assess_file(rules=...)"),
        (lambda _p: bk.load_proposal(EXAMPLE, rules={}), "load_proposal(rules=...)"),
        (lambda p: bk.compare([p, {"id": "y"}]), "compare() needs a Proposal"),
        (lambda p: bk.compare([p], rules=3), "compare(rules=...)"),
        (lambda _p: bk.portfolio("ab"), "portfolio() needs a Proposal"),
        (lambda p: bk.portfolio([p], rules=[]), "portfolio(rules=...)"),
        (lambda _p: bk.class_table("rules"), "class_table(rules=...)"),
        (lambda p: bk.check_gates(p, fail_on="major"), "check_gates() needs an Assessment"),
        (lambda _p: bk.render(3, "json"), "render() cannot write an object of type int"),
        (lambda p: bk.assess(p, epsilon="1"), "epsilon must be a number"),
    ],
)
def test_a_wrong_argument_type_is_refused_at_once(
    call: Callable[[Proposal], Any], named: str
) -> None:
    proposal = bk.load_proposal(EXAMPLE)
    with pytest.raises(TypeError, match=re.escape(named)):
        call(proposal)


def test_an_unknown_gate_severity_is_a_value_error() -> None:
    result = bk.assess(bk.load_proposal(EXAMPLE))
    with pytest.raises(ValueError, match="fail_on must be one of"):
        bk.check_gates(result, fail_on="fatal")


def test_the_shared_default_rule_set_cannot_be_changed_in_place() -> None:
    rules = default_ruleset()
    attempts: list[Callable[[], Any]] = [
        lambda: rules.parameters.__setitem__("x", 1),  # type: ignore[index]
        lambda: rules.sections.__setitem__("x", ()),  # type: ignore[index]
        lambda: rules.sources.__setitem__("x", 1),  # type: ignore[index]
        lambda: rules.tagged.__setitem__("x", "y"),  # type: ignore[index]
        lambda: rules.classes.classes.append(rules.classes.classes[0]),  # type: ignore[attr-defined]
        lambda: rules.classes.classes[0].positions.update({}),  # type: ignore[attr-defined]
        lambda: rules.graph.edges.clear(),  # type: ignore[attr-defined]
        lambda: rules.scoring.takeup.base_non_take_up.pop("automatic"),  # type: ignore[attr-defined]
        lambda: rules.rule(next(iter(rules.rules())).rule.id).rule.sources.append("x"),  # type: ignore[attr-defined]
    ]
    for attempt in attempts:
        with pytest.raises((TypeError, AttributeError)):
            attempt()
    assert default_ruleset() is rules


def test_an_assessment_is_the_same_after_a_caller_tried_to_change_the_rule_set() -> None:
    rules = default_ruleset()
    proposal = bk.load_proposal(EXAMPLE)
    before = bk.assess(proposal, rules).model_dump()
    with pytest.raises(TypeError):
        rules.classes.classes[0].positions["economisch"] = rules.classes.classes[1].positions[  # type: ignore[index]
            "economisch"
        ]
    assert bk.assess(proposal, rules).model_dump() == before


def test_frozen_maps_compare_serialise_and_copy_like_dicts() -> None:
    frozen = FrozenMap({"a": 1})
    assert frozen == {"a": 1}
    assert copy.deepcopy(frozen) is frozen
    assert frozen | {"b": 2} == {"a": 1, "b": 2}
    with pytest.raises(TypeError, match="immutable"):
        frozen["a"] = 2
    with pytest.raises(TypeError, match="immutable"):
        frozen |= {"b": 2}


def test_rule_sets_still_load_from_the_cache_with_frozen_containers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BELEIDSKOMPAS_NO_CACHE", raising=False)
    monkeypatch.delenv("BELEIDSKOMPAS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = bk.load_rules(REPO / "rules")
    assert any((tmp_path / "cache" / "beleidskompas").iterdir()), "no cache entry written"
    second = bk.load_rules(REPO / "rules")  # from the cache entry written by the first load
    assert isinstance(second, RuleSet)
    assert isinstance(second.classes.classes[0].positions, FrozenMap)
    assert second.sha256 == first.sha256
