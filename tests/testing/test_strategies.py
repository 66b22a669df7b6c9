"""The public hypothesis strategies build valid objects that ``assess`` accepts."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisWarning

from beleidskompas import assess
from beleidskompas.model.proposal import (
    CitizenAction,
    Delivery,
    Effect,
    Implementation,
    Proposal,
    Sanction,
    TargetGroup,
)
from beleidskompas.model.society import CapitalGraphSpec, ClassModel
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.society.graph import build_graph
from beleidskompas.testing import check_invariants
from beleidskompas.testing.strategies import (
    capital_graphs,
    citizen_actions,
    class_models,
    deliveries,
    effects,
    implementations,
    proposals,
    sanctions,
    target_groups,
)


def _roundtrip(model: object) -> None:
    """The object survives validation from its own JSON dump (so it is valid)."""
    cls = type(model)
    assert cls.model_validate(model.model_dump(mode="json")) == model  # type: ignore[attr-defined]


@settings(max_examples=100)
@given(effects())
def test_effects_are_valid(effect: Effect) -> None:
    _roundtrip(effect)
    assert -1.0 <= effect.size <= 1.0
    if effect.range is not None:
        low, high = effect.range
        assert -1.0 <= low <= effect.size <= high <= 1.0


@settings(max_examples=100)
@given(effects(capital="sociaal", min_size=0.1, max_size=0.2, with_range=False))
def test_effects_respect_their_arguments(effect: Effect) -> None:
    assert effect.capital == "sociaal"
    assert 0.1 <= effect.size <= 0.2
    assert effect.range is None


@settings(max_examples=100)
@given(target_groups())
def test_target_groups_name_known_ids(rules: RuleSet, group: TargetGroup) -> None:
    _roundtrip(group)
    if group.reach is not None:
        assert set(group.reach) <= set(rules.classes.ids)
        assert all(0.0 <= v <= 1.0 for v in group.reach.values())
    else:
        assert set(group.criteria) <= set(rules.classes.attributes)
        assert len(group.criteria) == len(set(group.criteria))


@settings(max_examples=50)
@given(target_groups(explicit_reach=True), target_groups(explicit_reach=False))
def test_target_groups_explicit_reach_switch(with_: TargetGroup, without: TargetGroup) -> None:
    assert with_.reach is not None
    assert without.reach is None


@settings(max_examples=100)
@given(citizen_actions(), sanctions())
def test_actions_and_sanctions_are_valid(action: CitizenAction, sanction: Sanction) -> None:
    _roundtrip(action)
    _roundtrip(sanction)


@settings(max_examples=100)
@given(deliveries(), deliveries(granting="automatic", sanctions=[]))
def test_deliveries_are_valid_and_fixable(free: Delivery, fixed: Delivery) -> None:
    _roundtrip(free)
    _roundtrip(fixed)
    assert fixed.granting == "automatic"
    assert fixed.sanctions == []


@settings(max_examples=100)
@given(implementations(), implementations(legislation="wet"))
def test_implementations_are_valid_and_fixable(free: Implementation, fixed: Implementation) -> None:
    _roundtrip(free)
    assert fixed.legislation == "wet"


@settings(max_examples=100)
@given(capital_graphs())
def test_capital_graphs_converge(spec: CapitalGraphSpec) -> None:
    _roundtrip(spec)
    assert all(0.0 <= e.weight.value < 0.33 for e in spec.edges)
    assert build_graph(spec).spectral_radius < 1.0


@settings(max_examples=100)
@given(class_models(min_classes=3, max_classes=5))
def test_class_models_are_valid(model: ClassModel) -> None:
    _roundtrip(model)
    assert 3 <= len(model.classes) <= 5
    assert sum(c.share.value for c in model.classes) == pytest.approx(1.0)
    assert set(model.bottom_classes) <= set(model.ids)
    assert set(model.attributes) == {"low_income", "renter"}


@settings(max_examples=40)
@given(proposals())
def test_proposals_are_valid_and_assessable(proposal: Proposal) -> None:
    _roundtrip(proposal)
    check_invariants(assess(proposal))


@settings(max_examples=40)
@given(proposals(granting="discretionary", requires_digid=True))
def test_proposals_fix_delivery_fields(proposal: Proposal) -> None:
    assert proposal.delivery.granting == "discretionary"
    assert proposal.delivery.requires_digid is True


@settings(max_examples=20)
@given(st.data())
def test_proposals_for_another_rule_set(rules: RuleSet, data: st.DataObject) -> None:
    model = data.draw(class_models())
    custom = rules.with_classes(model)
    proposal = data.draw(proposals(rules=custom))
    if proposal.target_group.reach is not None:
        assert set(proposal.target_group.reach) <= set(model.ids)
    check_invariants(assess(proposal, custom))


@settings(max_examples=20)
@given(st.from_type(Proposal))
def test_from_type_uses_the_registered_strategy(proposal: Proposal) -> None:
    # registered through the package's hypothesis entry point
    assert isinstance(proposal, Proposal)
    check_invariants(assess(proposal))


def test_proposals_accept_an_effects_strategy_without_warning() -> None:
    # regression: proposals() once did `effects_strategy or ...`, and bool() of a strategy
    # raises a HypothesisWarning (an error under this project's filterwarnings)
    @settings(max_examples=10)
    @given(proposals(effects_strategy=st.lists(effects(with_range=False), max_size=2)))
    def inner(proposal: Proposal) -> None:
        assert len(proposal.effects) <= 2
        assert all(e.range is None for e in proposal.effects)

    with warnings.catch_warnings():
        warnings.simplefilter("error", HypothesisWarning)
        inner()


def test_strategies_import_first_in_a_fresh_interpreter() -> None:
    # The module docstring's own usage, in a new process where hypothesis is not yet
    # loaded. Regression: hypothesis once ran the entry point while this module was
    # half-imported (circular import).
    done = subprocess.run(
        [sys.executable, "-c", "from beleidskompas.testing.strategies import proposals"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
