"""Portfolios: one measure equals its own assessment; burdens only grow; coverage; CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal
from beleidskompas.analysis.portfolio import measure_demands
from beleidskompas.api import portfolio as assess_portfolio
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.testing.strategies import effects, proposals

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = sorted((REPO / "examples" / "catalogue").glob("*.yaml"))


@settings(max_examples=25)
@given(proposals(effects_strategy=st.lists(effects(with_range=False), max_size=3)))
def test_a_portfolio_of_one_measure_equals_its_assessment(proposal: Proposal) -> None:
    # equal up to the 6-decimal rounding of the report figures the portfolio adds up
    own = assess(proposal, intervals=False).class_impact
    assert own is not None
    together = assess_portfolio([proposal])
    assert together.gap_before == pytest.approx(own.summary.gap_before, abs=1e-5)
    assert together.gap_after == pytest.approx(own.summary.gap_after, abs=1e-5)
    if own.summary.epsilon == 1.0:
        assert together.atkinson_after == pytest.approx(own.summary.atkinson_after, abs=1e-5)
    for cls in own.classes:
        removed_total = sum(
            together.coverage[cls.id][c].deficit_after for c in together.coverage[cls.id]
        )
        assert removed_total == pytest.approx(cls.deficit_after, abs=1e-5)


@settings(max_examples=25)
@given(
    st.lists(
        proposals(effects_strategy=st.lists(effects(with_range=False), max_size=2)),
        min_size=1,
        max_size=3,
    ),
    proposals(effects_strategy=st.lists(effects(with_range=False), max_size=2)),
)
def test_adding_a_measure_never_lowers_the_stapeling_of_burdens(
    base: list[Proposal], extra: Proposal
) -> None:
    ids = {p.id for p in base}
    if extra.id in ids or len(ids) < len(base):
        return
    before = {b.id: b for b in assess_portfolio(base).burdens}
    after = {b.id: b for b in assess_portfolio([*base, extra]).burdens}
    for cls, b in before.items():
        a = after[cls]
        # spread over the whole class, burdens only add up; per reached member a newly
        # reached light measure may lower the mean, but the share reached only grows
        assert a.average_burden >= b.average_burden - 1e-9
        assert a.reached_share >= b.reached_share - 1e-12
        assert a.measures >= b.measures
        # a reached member carries at least the class average, and meets at least one measure
        for x in (a, b):
            assert x.burden >= x.average_burden - 1e-9
            if x.reached_share > 0:
                assert x.measures_per_person >= 1 - 1e-9


def test_burdens_per_reached_member_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    # two measures reach the precariaat with 0.5 and 0.25: reached by at least one
    # 1 − 0.5 × 0.75 = 0.625; burdens B1, B2 per measure: per reached member
    # (0.5 B1 + 0.25 B2) / 0.625; measures per member (0.5 + 0.25) / 0.625 = 1.2
    one = make_proposal(
        {
            "id": "m1",
            "target_group": {"criteria": [], "reach": {"precariaat": 0.5}},
            "delivery": {"granting": "application"},
        }
    )
    two = make_proposal(
        {
            "id": "m2",
            "target_group": {"criteria": [], "reach": {"precariaat": 0.25}},
            "delivery": {"granting": "application", "payment": "advance_with_reconciliation"},
        }
    )
    b1 = sum(assess(one).doenvermogen.capacities.values())  # type: ignore[union-attr]
    b2 = sum(assess(two).doenvermogen.capacities.values())  # type: ignore[union-attr]
    row = next(b for b in assess_portfolio([one, two]).burdens if b.id == "precariaat")
    assert row.reached_share == pytest.approx(0.625)
    assert row.measures_per_person == pytest.approx(1.2)
    assert row.burden == pytest.approx((0.5 * b1 + 0.25 * b2) / 0.625)
    assert row.average_burden == pytest.approx(0.5 * b1 + 0.25 * b2)
    empty = next(b for b in assess_portfolio([one, two]).burdens if b.id == "werkende_bovenlaag")
    assert empty.reached_share == 0 and empty.burden == 0 and empty.combined_doenbaarheid == 100


def test_budget_totals_count_the_unknown(make_proposal: Callable[..., Proposal]) -> None:
    a = make_proposal({"id": "a", "budget": {"structural_eur_per_year": 10, "incidental_eur": 5}})
    b = make_proposal({"id": "b", "budget": {"structural_eur_per_year": 7, "incidental_eur": None}})
    totals = assess_portfolio([a, b]).budget
    assert totals is not None
    assert (totals.structural_eur_per_year, totals.structural_unknown) == (17, 0)
    assert (totals.incidental_eur, totals.incidental_unknown) == (5, 1)


def test_measure_demands_by_hand(make_proposal: Callable[..., Proposal]) -> None:
    # once (1) + monthly (12) + on_change (2) actions; documents 2×1 + 1×12 + 0×2 = 14;
    # deadlines on the first two: 1 + 12 = 13
    proposal = make_proposal(
        {
            "delivery": {
                "citizen_actions": [
                    {"repeats": "once", "documents": 2, "deadline_days": 30},
                    {"repeats": "monthly", "documents": 1, "deadline_days": 7},
                    {"repeats": "on_change", "documents": 0},
                ]
            }
        }
    )
    # on_change: scoring.portfolio.on_change_per_year = 2 in the default rule set
    on_change = default_ruleset().parameter("scoring.portfolio.on_change_per_year").value
    assert on_change == 2
    assert measure_demands(proposal, on_change) == (15.0, 14.0, 13.0)


def test_duplicate_ids_are_refused(make_proposal: Callable[..., Proposal]) -> None:
    p = make_proposal()
    with pytest.raises(ValueError, match="duplicate"):
        assess_portfolio([p, p])


def test_the_catalogue_portfolio(rules: RuleSet) -> None:
    portfolio = assess_portfolio([load_proposal(p) for p in CATALOGUE], rules)
    assert len(portfolio.measures) == len(CATALOGUE) >= 20
    kinds = {f.kind for f in portfolio.findings}
    assert "economic_lean" in kinds  # always reported, as info or as a finding
    assert "untouched" in kinds  # likewise: the untouched cells, or that there are none
    assert set(portfolio.coverage) == set(rules.classes.ids)
    for cells in portfolio.coverage.values():
        for cell in cells.values():
            assert cell.deficit_after <= cell.deficit_before + 1e-9
            if cell.coverage is not None:
                assert -1e-9 <= cell.coverage <= 1 + 1e-9
    # the untouched list is exactly the cells without measures
    assert portfolio.untouched == [
        (c, k)
        for c, cells in portfolio.coverage.items()
        for k, cell in cells.items()
        if not cell.measures
    ]


def test_cli_portfolio_catalogue_html(cli: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "pakket.html"
    result = cli("portfolio", REPO / "examples" / "catalogue", "--format", "html", "-o", target)
    assert result.code == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert "<svg" in html and "Dekking" in html and "Stapeling" in html
    assert "http" not in html.split("<body>")[1].replace("http://www.w3.org/2000/svg", "")
    for fmt in ("table", "markdown", "json", "csv"):
        out = cli("portfolio", REPO / "examples" / "catalogue", "--format", fmt, "--lang", "en")
        assert out.code == 0, out.stderr


def test_cli_portfolio_refuses_an_empty_folder(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = cli("portfolio", tmp_path)
    assert result.code == 2
    assert str(tmp_path) in result.stderr


def test_portfolio_regeldruk_is_the_sum_of_the_measures(rules: RuleSet) -> None:
    files = CATALOGUE[:6]
    result = assess_portfolio([load_proposal(p) for p in files], rules)
    own = [assess(load_proposal(p), rules).regeldruk for p in files]
    known = [r.citizens for r in own if r is not None and r.citizens is not None]
    r = result.regeldruk
    assert r is not None
    assert r.citizens_unknown == len(files) - len(known)
    assert r.citizens_hours_per_year == pytest.approx(sum(c.hours_per_year for c in known))
    assert r.citizens_once_eur == pytest.approx(sum(c.once_eur for c in known))
    for summary, burden in zip(result.measures, own, strict=True):
        expected = burden.citizens.hours_per_year if burden and burden.citizens else None
        assert summary.regeldruk_hours_per_year == expected
