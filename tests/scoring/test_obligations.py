"""Obligations with sanctions, gains and losses apart, and the population scope."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import ClassImpactResult

REPO = Path(__file__).resolve().parents[2]
TEGENPRESTATIE = REPO / "examples" / "tegenprestatie-bijstand.yaml"
ZWOLLE = REPO / "examples" / "gemeente-zwolle-kwijtschelding.yaml"


def _yaml(path: str) -> Any:
    return yaml.safe_load((REPO / path).read_text(encoding="utf-8"))


CLASSES = {c["id"]: c for c in _yaml("rules/society/classes-scp-2023.yaml")["classes"]}
SCORING = _yaml("rules/scoring.yaml")
BOTTOM = ("onzekere_werkenden", "precariaat")


def _impact(proposal: Proposal) -> ClassImpactResult:
    impact = assess(proposal).class_impact
    assert impact is not None
    return impact


def test_the_tegenprestatie_harm_by_hand() -> None:
    """P_k = 1 − exp(−h0 · (L / L_ref)^α · exp(γ_s · (c̄ − c_k))), harm = r_k · P_k · (−w β A / Y_k).

    Two monthly actions: L = 24, L_ref = 12; no hardship clause; loss of benefit (1,345.45)
    that escalates (× 1.5) = 2,018.18 euro. c_k = 0.4 persoons + 0.4 cultureel + 0.2
    economisch (the take-up model's capacity), c̄ its population-weighted mean.
    """
    s = SCORING["sanctions"]
    weights = {
        cap: s[f"capacity_weight_{cap}"]["value"] for cap in ("persoons", "cultureel", "economisch")
    }
    share = {k: c["share"]["value"] for k, c in CLASSES.items()}
    cap = {
        k: sum(w * c["positions"][cap]["value"] for cap, w in weights.items())
        for k, c in CLASSES.items()
    }
    mean = sum(share[k] * cap[k] for k in cap) / sum(share.values())
    amount = s["default_amount_loss_of_benefit"]["value"] * s["escalation_factor"]["value"]
    w, beta = SCORING["income"]["income_weight"]["value"], SCORING["income"]["log_scale"]["value"]
    impact = _impact(load_proposal(TEGENPRESTATIE))
    for row in impact.classes:
        hazard = (
            s["base_hazard"]["value"]
            * (24 / s["reference_moments"]["value"]) ** s["burden_exponent"]["value"]
            * math.exp(s["capacity_steepness"]["value"] * (mean - cap[row.id]))
        )
        p = 1 - math.exp(-hazard)
        assert row.sanction_probability == pytest.approx(p, rel=1e-9)
        harm = -p * w * beta * amount / CLASSES[row.id]["reference_income_eur"]["value"]
        assert row.direct["economisch"] == pytest.approx(row.reach * harm, rel=1e-9)
        assert row.take_up == 1.0  # an obligation: nothing to leave unclaimed
    probabilities = [r.sanction_probability or 0 for r in impact.classes]
    # less doenvermogen, more sanctions: the precariaat has the highest chance
    assert (
        max(probabilities)
        == next(r for r in impact.classes if r.id == "precariaat").sanction_probability
    )
    assert impact.summary.losses.total > 0
    assert impact.summary.losses.share_bottom is not None
    assert impact.summary.losses.share_bottom > 0.5


def _harsher(proposal: Proposal, how: str) -> Proposal:
    data = proposal.model_dump()
    delivery = data["delivery"]
    if how == "more actions":
        delivery["citizen_actions"].append({"description": "extra", "repeats": "monthly"})
    elif how == "larger sanction":
        delivery["sanctions"][0]["amount_eur"] = 5000
    elif how == "escalates":
        delivery["sanctions"] = [dict(s, escalates=True) for s in delivery["sanctions"]]
    elif how == "no hardship clause":
        delivery["hardship_clause"] = False
    return Proposal.model_validate(data)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["more actions", "larger sanction", "escalates", "no hardship clause"]),
    st.integers(min_value=1, max_value=4),
    st.booleans(),
    st.booleans(),
)
def test_a_harsher_obligation_never_does_less_harm(
    how: str, actions: int, escalates: bool, hardship: bool
) -> None:
    base = load_proposal(TEGENPRESTATIE).model_dump()
    base["effects"] = []
    base["delivery"]["citizen_actions"] = [{"repeats": "monthly"}] * actions
    base["delivery"]["sanctions"] = [
        {"trigger": "x", "kind": "loss_of_benefit", "escalates": escalates, "amount_eur": 1000}
    ]
    base["delivery"]["hardship_clause"] = hardship
    mild = Proposal.model_validate(base)
    harsh = _harsher(mild, how)
    before, after = _impact(mild), _impact(harsh)
    assert after.summary.losses.total >= before.summary.losses.total - 1e-15
    for a, b in zip(before.classes, after.classes, strict=True):
        assert b.direct["economisch"] <= a.direct["economisch"] + 1e-15


def test_the_same_design_as_a_claimed_benefit_has_no_sanction_harm() -> None:
    data = load_proposal(TEGENPRESTATIE).model_dump()
    data["delivery"]["reaches"] = "claimed"
    impact = _impact(Proposal.model_validate(data))
    assert all(r.sanction_probability is None for r in impact.classes)


@settings(max_examples=30, deadline=None)
@given(st.floats(min_value=0.001, max_value=0.2))
def test_a_pure_cut_has_losses_only_and_a_pure_gain_gains_only(size: float) -> None:
    base = load_proposal(ZWOLLE).model_dump()
    base["scope"] = None
    for sign in (-1, 1):
        base["effects"] = [{"capital": "economisch", "size": sign * size}]
        impact = _impact(Proposal.model_validate(base))
        s = impact.summary
        flow, other = (s.losses, s.gains) if sign < 0 else (s.gains, s.losses)
        assert other.total == 0 and other.share_bottom is None
        # the bottom share, independently from the class rows' total effects
        sums = {r.id: sum(max(0.0, sign * v) for v in r.total.values()) for r in impact.classes}
        weighted = {r.id: r.share * sums[r.id] for r in impact.classes}
        assert flow.share_bottom == pytest.approx(
            sum(weighted[k] for k in BOTTOM) / sum(weighted.values())
        )
        if sign > 0:
            assert s.benefit_share_bottom == flow.share_bottom


def test_a_cut_for_the_poor_ranks_below_a_bonus_for_all(
    make_proposal: Callable[..., Proposal],
) -> None:
    from beleidskompas import compare

    cut = make_proposal(
        {"id": "cut", "effects": [{"capital": "economisch", "size": -0.03}], "budget": {}}
    )
    bonus = make_proposal(
        {
            "id": "bonus",
            "effects": [{"capital": "economisch", "size": 0.005}],
            "target_group": {"criteria": []},
            "budget": {},
        }
    )
    ranking = compare([cut, bonus]).ranking()
    assert ranking.index("bonus") < ranking.index("cut")


def test_the_zwolle_measure_by_hand() -> None:
    """105,000 adults; reach = share of benefit recipients per class; 30 euro a month."""
    w, beta = SCORING["income"]["income_weight"]["value"], SCORING["income"]["log_scale"]["value"]
    impact = _impact(load_proposal(ZWOLLE))
    s = impact.summary
    assert (s.scope.name, s.scope.adults) == ("Zwolle", 105_000)
    reached = 0.0
    for row in impact.classes:
        reach = CLASSES[row.id]["attributes"]["benefit_recipient"]["value"]
        assert row.reach == pytest.approx(reach)
        income = CLASSES[row.id]["reference_income_eur"]["value"]
        assert row.direct["economisch"] == pytest.approx(
            reach * row.take_up * w * beta * 360 / income, rel=1e-9
        )
        reached += row.share * reach * row.take_up
    assert s.persons_reached == pytest.approx(105_000 * reached)
    assert s.persons_reached < 105_000
    # the same measure for the whole country costs 105,000 / 14.6 mln as much per point
    national = load_proposal(ZWOLLE).model_copy(update={"scope": None})
    n = _impact(national).summary
    assert s.cost_per_deficit_point is not None and n.cost_per_deficit_point is not None
    adults_nl = SCORING["society"]["adults_nl"]["value"]
    assert s.cost_per_deficit_point == pytest.approx(
        n.cost_per_deficit_point * adults_nl / 105_000, rel=1e-9
    )


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=10_000_000))
def test_persons_reached_never_exceed_the_scope(adults: int) -> None:
    proposal = load_proposal(ZWOLLE).model_copy(
        update={"scope": load_proposal(ZWOLLE).scope.model_copy(update={"adults": adults})}  # type: ignore[union-attr]
    )
    s = _impact(proposal).summary
    assert 0 <= s.persons_reached <= adults


def test_texts_say_larger_or_smaller_only_when_the_figures_differ(
    make_proposal: Callable[..., Proposal],
) -> None:
    from beleidskompas import render

    # a small effect on the middle class only: the top-bottom gap cannot change at all
    tiny = make_proposal(
        {
            "target_group": {"criteria": [], "reach": {"werkende_middengroep": 1.0}},
            "effects": [{"capital": "economisch", "size": 1e-4}],
        }
    )
    text = render(assess(tiny), "table")
    assert "vrijwel gelijk" in text
    assert "wordt groter" not in text and "wordt kleiner" not in text
