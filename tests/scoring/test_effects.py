"""Effects resolved per class: claimed or applied, money into economic capital, per class."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.effects import effect_reaches, measure_reaches, money_to_capital
from beleidskompas.scoring.trace import Tracer

REPO = Path(__file__).resolve().parents[2]
CLASSES = yaml.safe_load((REPO / "rules/society/classes-scp-2023.yaml").read_text("utf-8"))
SCORING = yaml.safe_load((REPO / "rules/scoring.yaml").read_text("utf-8"))
INCOME = {c["id"]: c["reference_income_eur"]["value"] for c in CLASSES["classes"]}
SHARE = {c["id"]: c["share"]["value"] for c in CLASSES["classes"]}
W = SCORING["income"]["income_weight"]["value"]
BETA = SCORING["income"]["log_scale"]["value"]
H = SCORING["income"]["one_off_horizon_years"]["value"]


def _convert(rules: RuleSet, annual: float) -> dict[str, float]:
    return money_to_capital(Tracer(rules).figure("test", "money"), rules, annual)


def test_money_to_capital_by_hand(rules: RuleSet) -> None:
    # 600 euro a year for the precariaat: 0.25 · 0.70 · 600 / 18,220 = 0.005763
    got = _convert(rules, 600)
    assert got["precariaat"] == pytest.approx(W * BETA * 600 / INCOME["precariaat"])
    assert got["precariaat"] == pytest.approx(0.005763, abs=1e-6)
    # a euro counts more the lower the income
    assert got["precariaat"] > got["werkende_middengroep"] > got["werkende_bovenlaag"]


@given(st.floats(-20_000, 20_000), st.floats(-20_000, 20_000), st.floats(-5, 5))
def test_money_to_capital_is_linear_and_monotone(a: float, b: float, k: float) -> None:
    from beleidskompas.rules.default import default_ruleset

    rules = default_ruleset()
    fa, fb, fab = _convert(rules, a), _convert(rules, b), _convert(rules, a + b)
    fka = _convert(rules, k * a)
    for cls in fa:
        assert fab[cls] == pytest.approx(fa[cls] + fb[cls], abs=1e-12)
        assert fka[cls] == pytest.approx(k * fa[cls], abs=1e-12)
        if a <= b:
            assert fa[cls] <= fb[cls]


def test_an_amount_per_month_and_once_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    monthly = make_proposal({"effects": [{"capital": "economisch", "amount_eur_per_month": 50}]})
    once = make_proposal({"effects": [{"capital": "economisch", "amount_eur_once": 2400}]})
    for proposal, annual in ((monthly, 12 * 50), (once, 2400 / H)):
        impact = assess(proposal).class_impact
        assert impact is not None
        for c in impact.classes:
            expected = c.reach * c.take_up * W * BETA * annual / INCOME[c.id]
            assert c.direct["economisch"] == pytest.approx(expected, rel=1e-9)


def test_per_class_effects_go_to_the_classes_named(make_proposal: Callable[..., Proposal]) -> None:
    # a flat childcare subsidy that gives most to higher incomes can now be written down
    proposal = make_proposal(
        {
            "target_group": {"criteria": [], "reach": dict.fromkeys(SHARE, 1.0)},
            "effects": [
                {
                    "capital": "economisch",
                    "per_class": {"werkende_bovenlaag": 0.02, "precariaat": 0.002},
                }
            ],
        }
    )
    impact = assess(proposal).class_impact
    assert impact is not None
    rows = {c.id: c for c in impact.classes}
    assert rows["werkende_bovenlaag"].direct["economisch"] == pytest.approx(
        rows["werkende_bovenlaag"].take_up * 0.02
    )
    assert rows["werkende_middengroep"].direct["economisch"] == 0.0
    assert impact.summary.gains.share_bottom is not None
    assert impact.summary.gains.share_bottom < SHARE["precariaat"] + SHARE["onzekere_werkenden"]


def test_claimed_or_applied_defaults_by_instrument(make_proposal: Callable[..., Proposal]) -> None:
    for instrument, expected in (
        ("regulation", "applied"),
        ("tax_measure", "applied"),
        ("income_support", "claimed"),
        ("subsidy", "claimed"),
    ):
        proposal = make_proposal({"instrument": instrument})
        assert measure_reaches(proposal) == expected
    explicit = make_proposal({"instrument": "regulation", "delivery": {"reaches": "claimed"}})
    assert measure_reaches(explicit) == "claimed"
    effect = explicit.effects[0].model_copy(update={"reaches": "applied"})
    assert effect_reaches(effect, explicit) == "applied"


def test_an_applied_measure_has_no_take_up_to_lose(make_proposal: Callable[..., Proposal]) -> None:
    # the same design: claimed loses some of its effect to non-take-up, applied none
    claimed = assess(make_proposal({"delivery": {"reaches": "claimed", "granting": "application"}}))
    applied = assess(make_proposal({"delivery": {"reaches": "applied", "granting": "application"}}))
    assert claimed.class_impact and applied.class_impact
    for a, c in zip(applied.class_impact.classes, claimed.class_impact.classes, strict=True):
        assert a.take_up == 1.0
        assert a.direct["economisch"] >= c.direct["economisch"]
    assert applied.class_impact.summary.reaches == "applied"


def test_money_needs_reference_incomes(tmp_path: Path, cli: Callable[..., object]) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "id: p\ntitle: P\ntarget_group: {}\neffects:\n"
        "  - {capital: economisch, amount_eur_per_month: 50}\n",
        encoding="utf-8",
    )
    result = cli("assess", path, "--classes", REPO / "rules/society/classes-scp-2014.yaml")
    assert result.code == 2  # type: ignore[attr-defined]
    assert f"{path}:5:5: effects[0]:" in result.stderr  # type: ignore[attr-defined]
    assert "reference_income_eur" in result.stderr  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("effect", "message"),
    [
        ({"capital": "economisch"}, "exactly one"),
        ({"capital": "economisch", "size": 0.1, "amount_eur_per_month": 5}, "exactly one"),
        ({"capital": "sociaal", "amount_eur_per_month": 5}, "economisch"),
        ({"capital": "economisch", "amount_eur_once": 100, "range": [200, 300]}, "contain"),
        ({"capital": "economisch", "per_class": {"precariaat": 0.1}, "range": [0, 1]}, "per_class"),
    ],
)
def test_bad_effects_are_refused(effect: dict[str, object], message: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=message):
        Proposal.model_validate({"id": "p", "title": "P", "target_group": {}, "effects": [effect]})


def test_unknown_class_in_per_class_is_named(tmp_path: Path) -> None:
    from beleidskompas import InputError
    from beleidskompas.api import open_proposal

    path = tmp_path / "p.yaml"
    path.write_text(
        "id: p\ntitle: P\ntarget_group: {}\neffects:\n"
        "  - capital: economisch\n    per_class: {precariat: 0.1}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="precariaat"):
        open_proposal(path)
    assert load_proposal(path).effects[0].per_class == {"precariat": 0.1}
