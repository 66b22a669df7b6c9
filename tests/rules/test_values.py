"""RuleSet.with_values: a rule set with some parameter values replaced, everywhere."""

from __future__ import annotations

import math
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas.api import assess, load_proposal
from beleidskompas.rules.params import params
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.rules.values import PARTS, with_values

PROPOSAL = Path(__file__).resolve().parents[2] / "examples" / "aanvraag-huurtoeslag-online.yaml"


def _typed_index(rules: RuleSet) -> dict[str, float]:
    """The parameter values as found by walking the typed rule files (not the index)."""
    out: dict[str, float] = {}
    for name in PARTS:
        model = getattr(rules, name)
        if model is None:
            continue
        node = {str(k): v for k, v in model.instruments.items()} if name == "instruments" else model
        out.update((k, p.value) for k, p in params(name, node))
    out.update((f"graph.{e.source}->{e.target}", e.weight.value) for e in rules.graph.spec.edges)
    return out


@settings(max_examples=30)
@given(data=st.data())
def test_new_values_reach_the_typed_files_and_the_index(
    rules: RuleSet, data: st.DataObject
) -> None:
    ids = sorted(k for k in rules.parameters if not k.startswith("graph."))
    chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=12, unique=True))
    values = {k: rules.parameters[k].value * 0.9 + 0.001 for k in chosen}
    changed = with_values(rules, values)
    typed = _typed_index(changed)
    for key, value in values.items():
        assert changed.parameters[key].value == value
        assert typed[key] == value
    # everything else is untouched, and the original rule set is unchanged
    before = _typed_index(rules)
    assert {k: v for k, v in typed.items() if k not in values} == {
        k: v for k, v in before.items() if k not in values
    }


def test_the_original_rule_set_is_not_changed(rules: RuleSet) -> None:
    key = "scoring.doenvermogen.scale"
    old = rules.parameters[key].value
    with_values(rules, {key: old * 2})
    assert rules.parameters[key].value == old
    assert rules.scoring.doenvermogen.scale.value == old


def test_doubling_the_scale_changes_doenbaarheid_as_the_formula_says(rules: RuleSet) -> None:
    # doenbaarheid = 100 · exp(−B / S): with S doubled it becomes 100 · sqrt(score / 100)
    proposal = load_proposal(PROPOSAL)
    base = assess(proposal, rules, intervals=False).doenvermogen
    key = "scoring.doenvermogen.scale"
    doubled = with_values(rules, {key: rules.parameters[key].value * 2})
    after = assess(proposal, doubled, intervals=False).doenvermogen
    assert base is not None and after is not None
    assert after.score == pytest.approx(100 * math.sqrt(base.score / 100), rel=1e-12)


def test_a_graph_weight_rebuilds_the_spread(rules: RuleSet) -> None:
    edge = rules.graph.spec.edges[0]
    key = f"graph.{edge.source}->{edge.target}"
    changed = with_values(rules, {key: 0.0})
    s, t = rules.graph.index(edge.source), rules.graph.index(edge.target)
    # without the edge the spread operator's entry from source to target shrinks
    assert changed.graph.spread[t][s] < rules.graph.spread[t][s]
    assert changed.parameters[key].value == 0.0


def test_unknown_ids_and_bad_values_are_refused(rules: RuleSet) -> None:
    with pytest.raises(KeyError, match=r"no\.such"):
        with_values(rules, {"no.such": 1.0})
    for bad in (float("nan"), float("inf"), True, "1"):
        with pytest.raises(ValueError, match="finite number"):
            with_values(rules, {"scoring.doenvermogen.scale": bad})  # type: ignore[dict-item]


def test_no_values_is_the_same_rule_set(rules: RuleSet) -> None:
    assert with_values(rules, {}) is rules


def test_a_pickled_rule_set_assesses_the_same(rules: RuleSet) -> None:
    proposal = load_proposal(PROPOSAL)
    copy = pickle.loads(pickle.dumps(with_values(rules, {"scoring.doenvermogen.scale": 30.0})))
    direct = assess(proposal, with_values(rules, {"scoring.doenvermogen.scale": 30.0}))
    assert assess(proposal, copy).model_dump() == direct.model_dump()


@settings(max_examples=15)
@given(data=st.data())
def test_kept_caches_give_what_fresh_caches_give(rules: RuleSet, data: st.DataObject) -> None:
    # with_values keeps the derived data whose reads it did not change; a pickled copy
    # starts with empty caches and derives everything again: the results must agree
    proposal = load_proposal(PROPOSAL)
    assess(proposal, rules)  # fill the caches of the source rule set
    ids = sorted(rules.inferred())
    keys = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=6, unique=True))
    factor = data.draw(st.floats(0.7, 1.3))
    changed = with_values(rules, {k: rules.parameters[k].value * factor for k in keys})
    fresh = pickle.loads(pickle.dumps(changed))
    assert assess(proposal, changed).model_dump() == assess(proposal, fresh).model_dump()
