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
        assert a.actions_per_year >= b.actions_per_year - 1e-9
        assert a.documents_per_year >= b.documents_per_year - 1e-9
        assert a.deadlines_per_year >= b.deadlines_per_year - 1e-9
        assert a.burden >= b.burden - 1e-9
        assert a.combined_doenbaarheid <= b.combined_doenbaarheid + 1e-9
        assert a.measures >= b.measures


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
