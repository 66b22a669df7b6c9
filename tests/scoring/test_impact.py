"""Class impact: reach × take-up × effect spread over the graph, by hand and as properties."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beleidskompas import assess
from beleidskompas.api import class_table
from beleidskompas.model.proposal import CAPITALS, Proposal, TargetGroup
from beleidskompas.model.results import ClassImpact, ClassImpactResult
from beleidskompas.model.society import ClassModel
from beleidskompas.report import render
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.testing import assert_linear_in_effect_size, check_invariants
from beleidskompas.testing.strategies import class_models, effects, proposals

TOL = 2e-6  # hand-derived values below are written to 6 decimals


def _impact(proposal: Proposal, rules: RuleSet | None = None, **kw: Any) -> ClassImpactResult:
    result = assess(proposal, rules, **kw).class_impact
    assert result is not None
    return result


def _rows(result: ClassImpactResult) -> dict[str, ClassImpact]:
    return {c.id: c for c in result.classes}


def _only(class_id: str, size: float = 0.05, capital: str = "economisch") -> dict[str, Any]:
    return {
        "effects": [{"capital": capital, "size": size}],
        "target_group": {"criteria": [], "reach": {class_id: 1.0}},
    }


_small_effects = st.lists(effects(min_size=-0.5, max_size=0.5, with_range=False), max_size=4)
_ranged_effects = st.lists(effects(with_range=True), min_size=1, max_size=3)


# ------------------------------------------------------------------------ by hand


def test_reach_by_criteria_is_the_product_of_attribute_shares(
    make_proposal: Callable[..., Proposal],
) -> None:
    # classes-scp-2023.yaml: precariaat low_income 0.55, renter 0.80 -> 0.55 * 0.80 = 0.44;
    # werkende bovenlaag 0.01 * 0.18 = 0.0018; onzekere werkenden 0.25 * 0.60 = 0.15.
    result = _impact(make_proposal({"target_group": {"criteria": ["low_income", "renter"]}}))
    rows = _rows(result)
    assert rows["precariaat"].reach == pytest.approx(0.44, abs=TOL)
    assert rows["werkende_bovenlaag"].reach == pytest.approx(0.0018, abs=TOL)
    assert rows["onzekere_werkenden"].reach == pytest.approx(0.15, abs=TOL)
    assert any("onafhankelijk" in a.nl for a in result.assumptions)


def test_no_criteria_reaches_everyone(make_proposal: Callable[..., Proposal]) -> None:
    result = _impact(make_proposal({"target_group": {"criteria": []}}))
    assert {c.reach for c in result.classes} == {1.0}
    assert result.summary.reach == pytest.approx(1.0, abs=TOL)


def test_summary_reach_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    # criteria [low_income]: sum of share * low_income share
    # .199*.01 + .086*.10 + .122*.02 + .249*.04 + .181*.14 + .100*.25 + .063*.55
    # = .00199 + .0086 + .00244 + .00996 + .02534 + .025 + .03465 = .10798
    result = _impact(make_proposal())
    assert result.summary.reach == pytest.approx(0.10798, abs=TOL)
    # population share of the two bottom classes: .100 + .063
    assert result.summary.population_share_bottom == pytest.approx(0.163)


def test_explicit_reach_leaves_other_classes_at_zero(
    make_proposal: Callable[..., Proposal],
) -> None:
    proposal = make_proposal({"target_group": {"criteria": [], "reach": {"precariaat": 0.6}}})
    rows = _rows(_impact(proposal))
    assert rows["precariaat"].reach == 0.6
    for class_id, row in rows.items():
        if class_id != "precariaat":
            assert row.reach == 0.0
            assert set(row.direct.values()) == {0.0}
            assert set(row.total.values()) == {0.0}
            assert row.deficit_after == row.deficit_before


def test_direct_and_total_effect_by_hand(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    # Benign: automatic, nothing asked -> take-up 1 - base[automatic] in every class.
    # precariaat: reach 0.55 (low_income), effect 0.02 economisch:
    #   direct economisch = 0.55 * (1 - base) * 0.02; the other capitals 0.
    t = 1 - rules.takeup.base_non_take_up["automatic"].value
    rows = _rows(_impact(make_proposal()))
    row = rows["precariaat"]
    assert row.take_up == pytest.approx(t, abs=TOL)
    assert row.direct["economisch"] == pytest.approx(0.55 * t * 0.02, abs=TOL)
    assert row.direct["sociaal"] == row.direct["cultureel"] == row.direct["persoons"] == 0.0
    # total = direct + W^T total (the defining equation), with W from capital-graph.yaml
    w = {(e.source, e.target): e.weight.value for e in rules.graph.spec.edges}
    for capital in CAPITALS:
        inflow = sum(w.get((src, capital), 0.0) * row.total[src] for src in CAPITALS)
        assert row.total[capital] == pytest.approx(row.direct[capital] + inflow, abs=1e-5)
    # positions after = before + total (nothing clips here)
    for capital in CAPITALS:
        assert row.positions_after[capital] == pytest.approx(
            row.positions_before[capital] + row.total[capital], abs=TOL
        )


def test_deficit_before_matches_the_class_table(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    table = {c.id: c for c in class_table(rules).classes}
    for row in _impact(make_proposal()).classes:
        assert row.deficit_before == pytest.approx(table[row.id].accumulated_total, abs=TOL)
        assert row.stapeling_before == table[row.id].stapeling
        assert row.share == table[row.id].share


def test_benefit_shares_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    # Reach 1 in precariaat and werkende bovenlaag, automatic (same take-up in both), same
    # effect: per-person totals are equal, so the benefit splits by population share:
    # .063 / (.063 + .199) = .240458 and .199 / .262 = .759542.
    fragment = {
        "effects": [{"capital": "sociaal", "size": 0.03}],
        "target_group": {"criteria": [], "reach": {"precariaat": 1, "werkende_bovenlaag": 1}},
    }
    result = _impact(make_proposal(fragment))
    rows = _rows(result)
    assert rows["precariaat"].benefit_share == pytest.approx(0.240458, abs=TOL)
    assert rows["werkende_bovenlaag"].benefit_share == pytest.approx(0.759542, abs=TOL)
    assert rows["jongere_kansrijken"].benefit_share == 0.0
    # the bottom classes' share of the benefit is the precariaat's
    assert result.summary.benefit_share_bottom == pytest.approx(0.240458, abs=TOL)


def test_a_measure_for_the_precariaat_narrows_the_gap(
    make_proposal: Callable[..., Proposal],
) -> None:
    s = _impact(make_proposal(_only("precariaat"))).summary
    assert s.gap_after < s.gap_before
    assert s.atkinson_after < s.atkinson_before
    assert s.benefit_share_bottom == pytest.approx(1.0)
    assert s.deficit_removed > 0


def test_a_measure_for_the_werkende_bovenlaag_widens_the_gap(
    make_proposal: Callable[..., Proposal],
) -> None:
    s = _impact(make_proposal(_only("werkende_bovenlaag"))).summary
    assert s.gap_after > s.gap_before
    assert s.atkinson_after > s.atkinson_before
    assert s.benefit_share_bottom == 0.0
    # the top class has no deficit to remove
    assert s.deficit_removed == 0.0


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.floats(min_value=0.01, max_value=0.2),
    st.sampled_from(CAPITALS),
    st.sampled_from([0.5, 1.0, 2.0, 3.0]),
)
def test_raising_only_the_precariaat_always_lowers_inequality(
    make_proposal: Callable[..., Proposal], size: float, capital: str, epsilon: float
) -> None:
    s = _impact(make_proposal(_only("precariaat", size, capital)), epsilon=epsilon).summary
    assert s.epsilon == epsilon
    assert s.gap_after < s.gap_before
    assert s.atkinson_after < s.atkinson_before


def test_budget_is_needed_for_cost_per_deficit_point(
    make_proposal: Callable[..., Proposal],
) -> None:
    with_budget = _impact(make_proposal(_only("precariaat"))).summary
    assert with_budget.cost_per_deficit_point is not None
    assert with_budget.cost_per_deficit_point > 0
    fragment = {**_only("precariaat"), "budget": {"structural_eur_per_year": None}}
    without = _impact(make_proposal(fragment)).summary
    assert without.cost_per_deficit_point is None


def test_zero_effect_changes_nothing(make_proposal: Callable[..., Proposal]) -> None:
    result = _impact(make_proposal({"effects": []}))
    for row in result.classes:
        assert set(row.direct.values()) == {0.0}
        assert set(row.total.values()) == {0.0}
        assert row.deficit_after == row.deficit_before
        assert row.positions_after == row.positions_before
        assert row.benefit_share is None
    s = result.summary
    assert s.gap_after == s.gap_before
    assert s.atkinson_after == s.atkinson_before
    assert s.benefit_share_bottom is None
    assert s.deficit_removed == 0.0


# ------------------------------------------------------------------------ properties


@settings(max_examples=40)
@given(
    proposals(
        effects_strategy=st.lists(effects(min_size=0.0, max_size=0.0, with_range=False), max_size=3)
    )
)
def test_zero_effect_sizes_give_zero_deltas(proposal: Proposal) -> None:
    result = _impact(proposal)
    for row in result.classes:
        assert all(v == 0.0 for v in row.direct.values())
        assert all(v == 0.0 for v in row.total.values())
        assert row.deficit_after == row.deficit_before
    assert result.summary.gap_after == result.summary.gap_before
    assert result.summary.atkinson_after == result.summary.atkinson_before


@settings(max_examples=40)
@given(
    proposals(effects_strategy=_small_effects),
    st.floats(min_value=-2.0, max_value=2.0, allow_nan=False),
)
def test_total_deltas_are_linear_in_effect_size(proposal: Proposal, factor: float) -> None:
    assert_linear_in_effect_size(proposal, factor)


@settings(max_examples=40)
@given(proposals(effects_strategy=st.lists(effects(with_range=False), min_size=1, max_size=4)))
def test_benefit_shares_are_a_distribution(proposal: Proposal) -> None:
    result = _impact(proposal)
    shares = [c.benefit_share for c in result.classes]
    if all(s is None for s in shares):
        # nothing reaches anyone (or effects cancel out): no benefit to split
        assert result.summary.benefit_share_bottom is None
        return
    assert all(s is not None and -1e-9 <= s <= 1 + 1e-9 for s in shares)
    assert sum(s for s in shares if s is not None) == pytest.approx(1.0, abs=1e-5)
    bottom = sum(
        c.benefit_share or 0.0
        for c in result.classes
        if c.id in ("onzekere_werkenden", "precariaat")
    )
    assert result.summary.benefit_share_bottom == pytest.approx(bottom, abs=1e-5)


@settings(max_examples=40)
@given(proposals())
def test_summary_take_up_is_the_reach_weighted_mean(proposal: Proposal) -> None:
    result = _impact(proposal)
    eligible = sum(c.share * c.reach for c in result.classes)
    assert result.summary.reach == pytest.approx(eligible, abs=1e-5)
    if eligible < 1e-4:
        return  # too few eligible people for the rounded rows to pin the mean
    weighted = sum(c.share * c.reach * c.take_up for c in result.classes) / eligible
    assert result.summary.take_up == pytest.approx(weighted, abs=1e-4)
    takeups = [c.take_up for c in result.classes if c.reach > 0]
    assert min(takeups) - 1e-6 <= result.summary.take_up <= max(takeups) + 1e-6


@settings(max_examples=30)
@given(proposals(effects_strategy=_ranged_effects))
def test_intervals_contain_the_point_estimate(proposal: Proposal) -> None:
    result = _impact(proposal)
    for row in result.classes:
        for capital in CAPITALS:
            low, high = row.intervals[f"total.{capital}"]
            assert low - TOL <= row.total[capital] <= high + TOL
        low, high = row.intervals["deficit_after"]
        assert low - TOL <= row.deficit_after <= high + TOL
    low, high = result.summary.intervals["deficit_removed"]
    assert low - TOL <= result.summary.deficit_removed <= high + TOL
    check_invariants(assess(proposal))


@settings(max_examples=30)
@given(
    proposals(
        effects_strategy=st.lists(effects(min_size=0.0, with_range=False), min_size=1, max_size=3)
    )
)
def test_positive_effects_never_raise_a_deficit(proposal: Proposal) -> None:
    result = _impact(proposal)
    for row in result.classes:
        assert row.deficit_after <= row.deficit_before + TOL
        assert row.stapeling_after <= row.stapeling_before
        assert all(v >= 0.0 for v in row.total.values())
    assert result.summary.deficit_removed >= -TOL


@settings(max_examples=30)
@given(
    proposals(
        effects_strategy=st.lists(effects(max_size=0.0, with_range=False), min_size=1, max_size=3)
    )
)
def test_negative_effects_never_lower_a_deficit(proposal: Proposal) -> None:
    result = _impact(proposal)
    for row in result.classes:
        assert row.deficit_after >= row.deficit_before - TOL
        assert row.stapeling_after >= row.stapeling_before
    assert result.summary.deficit_removed <= TOL


@settings(max_examples=40)
@given(proposals(), st.data())
def test_adding_a_criterion_never_widens_reach(
    rules: RuleSet, proposal: Proposal, data: st.DataObject
) -> None:
    # reach by criteria is a product of shares in [0, 1]: one more factor cannot raise it
    criteria = list(proposal.target_group.criteria)
    extra = data.draw(st.sampled_from(sorted(set(rules.classes.attributes) - set(criteria))))
    narrow = proposal.model_copy(update={"target_group": TargetGroup(criteria=[*criteria, extra])})
    wide = proposal.model_copy(update={"target_group": TargetGroup(criteria=criteria)})
    before, after = _rows(_impact(wide)), _rows(_impact(narrow))
    for class_id, row in after.items():
        assert row.reach <= before[class_id].reach + TOL
        share = rules.classes.get(class_id).attributes[extra].value
        assert row.reach == pytest.approx(before[class_id].reach * share, abs=TOL)


def test_intervals_can_be_switched_off(make_proposal: Callable[..., Proposal]) -> None:
    fragment = {"effects": [{"capital": "economisch", "size": 0.03, "range": [0.01, 0.05]}]}
    with_ = _impact(make_proposal(fragment))
    without = _impact(make_proposal(fragment), intervals=False)
    assert with_.classes[0].intervals
    assert all(not c.intervals for c in without.classes)
    assert without.summary.intervals == {}
    # the point estimates do not depend on it
    assert [c.total for c in with_.classes] == [c.total for c in without.classes]


@settings(max_examples=20)
@given(proposals())
def test_the_same_proposal_gives_identical_json(proposal: Proposal) -> None:
    assert render(assess(proposal), "json") == render(assess(proposal), "json")


def test_cli_json_is_byte_identical(cli: Callable[..., Any]) -> None:
    target = (
        Path(__file__).resolve().parents[2] / "examples/options/koopkrachttoeslag-aanvraag.yaml"
    )
    first = cli("assess", target, "--format", "json")
    second = cli("assess", target, "--format", "json")
    assert first.code == 0
    assert first.stdout == second.stdout
    assert first.stdout.startswith("{")


# ----------------------------------------------------------------------- permutation


def _permuted(rules: RuleSet, model: ClassModel, seed: int) -> tuple[RuleSet, RuleSet]:
    order = list(model.classes)
    random.Random(seed).shuffle(order)
    return (
        rules.with_classes(model),
        rules.with_classes(model.model_copy(update={"classes": order})),
    )


def _assert_same_rows(a: ClassImpactResult, b: ClassImpactResult) -> None:
    rows = _rows(a)
    for row in b.classes:
        ref = rows[row.id]
        for name in ("reach", "take_up", "deficit_before", "deficit_after", "share"):
            assert getattr(row, name) == pytest.approx(getattr(ref, name), abs=TOL), name
        for capital in CAPITALS:
            assert row.direct[capital] == pytest.approx(ref.direct[capital], abs=TOL)
            assert row.total[capital] == pytest.approx(ref.total[capital], abs=TOL)
    for name in ("reach", "take_up", "gap_before", "gap_after", "atkinson_after"):
        assert getattr(b.summary, name) == pytest.approx(getattr(a.summary, name), abs=TOL)


@settings(max_examples=20)
@given(proposals(), st.integers(min_value=0, max_value=10**6))
def test_permuting_the_default_classes_permutes_the_results(
    rules: RuleSet, proposal: Proposal, seed: int
) -> None:
    base, shuffled = _permuted(rules, rules.classes, seed)
    a = _impact(proposal, base)
    b = _impact(proposal, shuffled)
    assert [c.id for c in b.classes] == [c.id for c in shuffled.classes.classes]
    _assert_same_rows(a, b)


@settings(max_examples=20)
@given(st.data())
def test_permuting_any_class_model_permutes_the_results(
    rules: RuleSet, data: st.DataObject
) -> None:
    model = data.draw(class_models())
    seed = data.draw(st.integers(min_value=0, max_value=10**6))
    base, shuffled = _permuted(rules, model, seed)
    proposal = data.draw(proposals(rules=base))
    a = _impact(proposal, base)
    b = _impact(proposal, shuffled)
    assert [c.id for c in b.classes] == [c.id for c in shuffled.classes.classes]
    _assert_same_rows(a, b)
