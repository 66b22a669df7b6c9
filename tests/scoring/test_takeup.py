"""Take-up per class: the logit model by hand, and its monotonicity in load and capacity."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess
from beleidskompas.model.parameters import TakeupParameters
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.society import ClassModel
from beleidskompas.model.sources import Param
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import takeup as tu
from beleidskompas.scoring.takeup import logit, sigmoid
from beleidskompas.scoring.trace import Tracer
from beleidskompas.testing import take_ups
from beleidskompas.testing.strategies import class_models, proposals

# The module's functions take plain numbers or read through a tracer; these adapters give
# them the (granting, load, capacity, mean, parameters) shape the cases below are written in.


def capacity(positions: Mapping[str, float], params: TakeupParameters) -> float:
    return tu.capacity(positions, {c: w.value for c, w in params.capacity_weights.items()})


def _rules_with(params: TakeupParameters, classes: ClassModel | None = None) -> RuleSet:
    rules = default_ruleset().replaced(takeup=params)
    return rules.with_classes(classes) if classes is not None else rules


def mean_capacity(classes: ClassModel, params: TakeupParameters) -> float:
    rules = _rules_with(params, classes)
    return tu.capacities(Tracer(rules).figure("t", "t"), rules)[1]


def non_take_up(
    granting: str, load: float, cap: float, mean: float, params: TakeupParameters
) -> float:
    base = params.base_non_take_up[granting].value  # type: ignore[index]
    slope, steep = params.burden_slope.value, params.capacity_steepness.value
    return tu.non_take_up(base, slope, steep, load, mean - cap)


def take_up_by_class(
    granting: str, load: float, classes: ClassModel, params: TakeupParameters
) -> dict[str, float]:
    rules = _rules_with(params, classes)
    return tu.take_up_by_class(Tracer(rules), rules, granting, load)


GRANTINGS = ("automatic", "proactive", "application", "discretionary")
_load = st.floats(min_value=0.0, max_value=30.0)
_cap = st.floats(min_value=0.0, max_value=1.0)


def _hand_capacity(positions: Mapping[str, float], params: TakeupParameters) -> float:
    """The documented capacity: the weighted sum of the positions (written out here)."""
    return sum(w.value * positions[c] for c, w in params.capacity_weights.items())


def _param(value: float) -> Param:
    return Param(value=value, provenance="inferred", sources=["hand"])


def hand_params(rules: RuleSet) -> TakeupParameters:
    """A fixed parameter set for hand derivations, independent of the (re)calibrated YAML:
    bases automatic 0.02, proactive 0.05, application 0.08, discretionary 0.20;
    beta 0.3; gamma 1.0; capacity weights persoons 0.4, cultureel 0.4, economisch 0.2."""
    return rules.takeup.model_copy(
        update={
            "base_non_take_up": {
                "automatic": _param(0.02),
                "proactive": _param(0.05),
                "application": _param(0.08),
                "discretionary": _param(0.20),
            },
            "burden_slope": _param(0.3),
            "capacity_steepness": _param(1.0),
            "capacity_weights": {
                "persoons": _param(0.4),
                "cultureel": _param(0.4),
                "economisch": _param(0.2),
            },
        }
    )


# ------------------------------------------------------------------------ by hand


def test_logit_and_sigmoid_by_hand() -> None:
    assert logit(0.5) == 0.0
    assert logit(0.2) == pytest.approx(math.log(0.25))  # log(0.2 / 0.8)
    assert sigmoid(0.0) == 0.5
    assert sigmoid(math.log(3)) == pytest.approx(0.75)  # 1 / (1 + 1/3)
    assert sigmoid(-math.log(3)) == pytest.approx(0.25)
    # numerically stable far out
    assert sigmoid(-1000.0) == 0.0
    assert sigmoid(1000.0) == 1.0


@given(st.floats(min_value=1e-6, max_value=1 - 1e-6))
def test_sigmoid_inverts_logit(p: float) -> None:
    assert sigmoid(logit(p)) == pytest.approx(p, rel=1e-9)


def test_capacities_by_hand(rules: RuleSet) -> None:
    params = hand_params(rules)
    precariaat: dict[str, float] = {
        c: p.value for c, p in rules.classes.get("precariaat").positions.items()
    }
    # 0.4 * 0.30 + 0.4 * 0.29 + 0.2 * 0.23 = 0.120 + 0.116 + 0.046 = 0.282
    assert capacity(precariaat, params) == pytest.approx(0.282)
    # werkende bovenlaag: 0.4 * 0.65 + 0.4 * 0.66 + 0.2 * 0.67 = 0.26 + 0.264 + 0.134 = 0.658
    top: dict[str, float] = {
        c: p.value for c, p in rules.classes.get("werkende_bovenlaag").positions.items()
    }
    assert capacity(top, params) == pytest.approx(0.658)
    # share-weighted mean: .199*.658 + .086*.606 + .122*.528 + .249*.496 + .181*.406
    #   + .100*.378 + .063*.282 = .50003
    assert mean_capacity(rules.classes, params) == pytest.approx(0.50003, abs=1e-9)


def test_the_rule_set_capacity_weights_are_used(rules: RuleSet) -> None:
    for cls in rules.classes.classes:
        positions: dict[str, float] = {c: p.value for c, p in cls.positions.items()}
        expected = _hand_capacity(positions, rules.takeup)
        assert capacity(positions, rules.takeup) == pytest.approx(expected, abs=1e-12)


def test_no_load_gives_the_base_take_up(rules: RuleSet) -> None:
    # With nothing asked, every class takes up 1 - base[granting]: by hand for the fixed
    # parameters, and for whatever the rule set's calibrated bases are.
    params = hand_params(rules)
    for granting, base in [
        ("automatic", 0.02),
        ("proactive", 0.05),
        ("application", 0.08),
        ("discretionary", 0.20),
    ]:
        got = take_up_by_class(granting, 0.0, rules.classes, params)
        assert set(got) == set(rules.classes.ids)
        for value in got.values():
            assert value == pytest.approx(1 - base, abs=1e-12)
        calibrated = rules.takeup.base_non_take_up[granting].value  # type: ignore[index]
        for value in take_up_by_class(granting, 0.0, rules.classes, rules.takeup).values():
            assert value == pytest.approx(1 - calibrated, abs=1e-12)


def test_non_take_up_by_hand(rules: RuleSet) -> None:
    # discretionary, load 2, a class at the mean capacity (so exp(gamma * 0) = 1):
    # logit(0.2) + 0.3 * 2 = -1.386294 + 0.6 = -0.786294; sigmoid = 1 / (1 + e^0.786294)
    # = 1 / (1 + 2.195240) = 0.312965
    params = hand_params(rules)
    assert non_take_up("discretionary", 2.0, 0.5, 0.5, params) == pytest.approx(0.312965, abs=1e-6)
    # a class 0.5 below the mean: exp(1.0 * 0.5) = 1.648721; -1.386294 + 0.6 * 1.648721
    # = -0.397062; 1 / (1 + e^0.397062) = 1 / (1 + 1.487448) = 0.402019
    assert non_take_up("discretionary", 2.0, 0.0, 0.5, params) == pytest.approx(0.402019, abs=2e-6)


def test_take_up_per_class_by_hand(rules: RuleSet, make_proposal: Callable[..., Proposal]) -> None:
    # application with only DV-01 firing: load L = 0.5 (see test_doenvermogen).
    # precariaat: capacity 0.282, mean 0.50003, exp(1.0 * (0.50003 - 0.282)) = 1.243624;
    #   logit(0.08) = log(0.08 / 0.92) = -2.442347; + 0.3 * 0.5 * 1.243624 = -2.255803;
    #   non-take-up = 1 / (1 + e^2.255803) = 0.094850 -> take-up 0.905150
    # werkende bovenlaag: capacity 0.658, exp(0.50003 - 0.658) = 0.853875;
    #   -2.442347 + 0.15 * 0.853875 = -2.314266 -> take-up 0.910052
    hand_rules = rules.replaced(takeup=hand_params(rules))
    proposal = make_proposal(
        {
            "delivery": {
                "granting": "application",
                "citizen_actions": [
                    {"initiative": "government", "data_known_to_government": False}
                ],
            }
        }
    )
    result = assess(proposal, hand_rules)
    assert result.doenvermogen is not None
    assert result.doenvermogen.take_up_load == 0.5
    got = take_ups(result)
    assert got["precariaat"] == pytest.approx(0.905150, abs=2e-6)
    assert got["werkende_bovenlaag"] == pytest.approx(0.910052, abs=2e-6)
    direct = take_up_by_class("application", 0.5, rules.classes, hand_params(rules))
    assert direct["precariaat"] == pytest.approx(0.905150, abs=2e-6)


def test_missing_granting_falls_back_to_application(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    assert rules.takeup.fallback_granting == "application"
    result = assess(make_proposal({"delivery": {"granting": None}}))
    assert result.doenvermogen is not None
    assert result.doenvermogen.granting == "application"
    # nothing fires (DV-01 is unknown), so every class has the application base
    base = rules.takeup.base_non_take_up["application"].value
    for value in take_ups(result).values():
        assert value == pytest.approx(1 - base, abs=1e-6)


# ------------------------------------------------------------------------ properties


@settings(max_examples=100)
@given(st.sampled_from(GRANTINGS), _load, _load, _cap, _cap)
def test_more_load_never_raises_take_up(
    rules: RuleSet, granting: str, a: float, b: float, cap: float, mean: float
) -> None:
    low, high = sorted((a, b))
    params = rules.takeup
    assert non_take_up(granting, high, cap, mean, params) >= non_take_up(
        granting, low, cap, mean, params
    )


@settings(max_examples=100)
@given(st.sampled_from(GRANTINGS), _load, _cap, _cap, _cap)
def test_more_capacity_never_takes_up_less(
    rules: RuleSet, granting: str, load: float, a: float, b: float, mean: float
) -> None:
    low, high = sorted((a, b))
    params = rules.takeup
    assert non_take_up(granting, load, high, mean, params) <= non_take_up(
        granting, load, low, mean, params
    )
    assert 0.0 < non_take_up(granting, load, low, mean, params) < 1.0


@settings(max_examples=100)
@given(_load, _cap, _cap)
def test_granting_modes_are_ordered(rules: RuleSet, load: float, cap: float, mean: float) -> None:
    # at equal load, the base non-take-up orders the modes:
    # automatic <= proactive <= application <= discretionary
    values = [non_take_up(g, load, cap, mean, rules.takeup) for g in GRANTINGS]
    assert values == sorted(values)


@settings(max_examples=40)
@given(proposals())
def test_classes_with_more_capacity_take_up_at_least_as_much(
    rules: RuleSet, proposal: Proposal
) -> None:
    got = take_ups(assess(proposal))
    caps = {
        c.id: _hand_capacity({k: p.value for k, p in c.positions.items()}, rules.takeup)
        for c in rules.classes.classes
    }
    ordered = sorted(got, key=lambda k: caps[k])
    for weaker, stronger in itertools.pairwise(ordered):
        assert got[stronger] >= got[weaker] - 1e-6, (weaker, stronger)


@settings(max_examples=60)
@given(class_models(), st.sampled_from(GRANTINGS), _load)
def test_capacity_order_holds_for_any_class_model(
    rules: RuleSet, model: ClassModel, granting: str, load: float
) -> None:
    params: TakeupParameters = rules.takeup
    got = take_up_by_class(granting, load, model, params)
    caps = {
        c.id: _hand_capacity({k: p.value for k, p in c.positions.items()}, params)
        for c in model.classes
    }
    ordered = sorted(got, key=lambda k: caps[k])
    for weaker, stronger in itertools.pairwise(ordered):
        if caps[stronger] > caps[weaker] + 1e-12:
            assert got[stronger] >= got[weaker] - 1e-12
    assert all(0.0 < v < 1.0 for v in got.values())


@settings(max_examples=40)
@given(class_models(), st.randoms(use_true_random=False), st.sampled_from(GRANTINGS), _load)
def test_take_up_does_not_depend_on_class_order(
    rules: RuleSet, model: ClassModel, rnd: random.Random, granting: str, load: float
) -> None:
    order = list(model.classes)
    rnd.shuffle(order)
    permuted = model.model_copy(update={"classes": order})
    a = take_up_by_class(granting, load, model, rules.takeup)
    b = take_up_by_class(granting, load, permuted, rules.takeup)
    assert list(b) == [c.id for c in order]
    for k in a:
        assert b[k] == pytest.approx(a[k], abs=1e-12)


def test_rules_takeup_parameters_are_used(rules: RuleSet) -> None:
    # a rule set with a steeper capacity gradient widens the gap between classes
    steeper = rules.takeup.model_copy(
        update={
            "capacity_steepness": rules.takeup.capacity_steepness.model_copy(update={"value": 5.0})
        }
    )
    flat = take_up_by_class("application", 2.0, rules.classes, rules.takeup)
    steep = take_up_by_class("application", 2.0, rules.classes, steeper)
    gap_flat = flat["werkende_bovenlaag"] - flat["precariaat"]
    gap_steep = steep["werkende_bovenlaag"] - steep["precariaat"]
    assert gap_steep > gap_flat > 0
