"""The class table: the SCP 2023 table reproduced and the cabinet letter's claims."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas.api import class_table
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.model.society import ClassModel
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.society.classes import ClassTable
from beleidskompas.testing.strategies import class_models

# SCP, Eigentijdse ongelijkheid (2023): shares of adults per class, in SCP's order.
PAPER_SHARES = {
    "werkende_bovenlaag": 0.199,
    "jongere_kansrijken": 0.086,
    "rentenierende_bovenlaag": 0.122,
    "werkende_middengroep": 0.249,
    "laagopgeleide_gepensioneerden": 0.181,
    "onzekere_werkenden": 0.100,
    "precariaat": 0.063,
}
BOTTOM = ("onzekere_werkenden", "precariaat")


@pytest.fixture(scope="module")
def table(rules: RuleSet) -> ClassTable:
    return class_table(rules)


def test_the_paper_table_is_reproduced(rules: RuleSet, table: ClassTable) -> None:
    assert rules.classes.id == "scp-2023"
    assert [c.id for c in table.classes] == list(PAPER_SHARES)
    assert {c.id: c.share for c in table.classes} == PAPER_SHARES  # exact, as published
    # 0.199 + 0.086 + 0.122 + 0.249 + 0.181 + 0.100 + 0.063 = 1.000
    assert sum(c.share for c in table.classes) == pytest.approx(1.0, abs=1e-12)
    # onzekere werkenden + precariaat = 0.100 + 0.063 = 0.163 (16.3 % of adults)
    assert sum(PAPER_SHARES[k] for k in BOTTOM) == pytest.approx(0.163)
    assert tuple(rules.classes.bottom_classes) == BOTTOM


def test_population_means_by_hand(rules: RuleSet, table: ClassTable) -> None:
    # economisch: .199*.67 + .086*.45 + .122*.62 + .249*.48 + .181*.47 + .100*.33 + .063*.23
    #   = .13333 + .03870 + .07564 + .11952 + .08507 + .03300 + .01449 = .49975
    assert table.means["economisch"] == pytest.approx(0.49975, abs=1e-6)
    # the reconstruction puts every capital's weighted mean at about 0.50
    for capital in CAPITALS:
        expected = sum(
            c.share.value * c.positions[capital].value for c in rules.classes.classes
        ) / sum(c.share.value for c in rules.classes.classes)
        assert table.means[capital] == pytest.approx(expected, abs=1e-6)
        assert table.means[capital] == pytest.approx(0.50, abs=0.005)


def test_the_two_lowest_classes_lie_below_the_mean_on_all_four_capitals(
    table: ClassTable,
) -> None:
    # Cabinet letter: the two lowest classes lag on all four capitals.
    rows = {c.id: c for c in table.classes}
    for class_id in BOTTOM:
        for capital in CAPITALS:
            assert rows[class_id].positions[capital] < table.means[capital]
            assert rows[class_id].deficits[capital] > 0
        assert rows[class_id].stapeling == 4  # every deficit exceeds the 0.05 threshold


def test_werkende_bovenlaag_leads_on_economisch_sociaal_persoons(table: ClassTable) -> None:
    rows = {c.id: c for c in table.classes}
    top = rows["werkende_bovenlaag"]
    for capital in ("economisch", "sociaal", "persoons"):
        others = [c.positions[capital] for c in table.classes if c.id != top.id]
        assert top.positions[capital] > max(others), capital
    # ... and is second on cultureel, behind the jongere kansrijken
    ranked = sorted(table.classes, key=lambda c: -c.positions["cultureel"])
    assert [c.id for c in ranked[:2]] == ["jongere_kansrijken", "werkende_bovenlaag"]
    # no deficit anywhere for the top class
    assert all(v == 0 for v in top.deficits.values())
    assert top.accumulated_total == 0


def test_precariaat_has_the_largest_accumulated_deficit(table: ClassTable) -> None:
    ranked = sorted(table.classes, key=lambda c: -c.accumulated_total)
    assert ranked[0].id == "precariaat"
    assert ranked[1].id == "onzekere_werkenden"
    # accumulated >= own deficit on every capital (the spread only adds)
    for row in table.classes:
        for capital in CAPITALS:
            assert row.accumulated[capital] >= row.deficits[capital] - 1e-9


def test_precariaat_economic_deficit_by_hand(table: ClassTable) -> None:
    # mean economisch .49975 - precariaat .23 = .26975
    rows = {c.id: c for c in table.classes}
    assert rows["precariaat"].deficits["economisch"] == pytest.approx(0.26975, abs=1e-6)


def test_top_bottom_gap_matches_the_published_gap(table: ClassTable) -> None:
    # total capital = mean of the four positions:
    # werkende bovenlaag (.67 + .66 + .66 + .65) / 4 = 2.64 / 4 = .66
    # precariaat        (.23 + .29 + .29 + .30) / 4 = 1.11 / 4 = .2775
    # gap = .66 - .2775 = .3825; published 0.38
    rows = {c.id: c for c in table.classes}
    assert rows["werkende_bovenlaag"].total_capital == pytest.approx(0.66)
    assert rows["precariaat"].total_capital == pytest.approx(0.2775)
    assert table.gap == pytest.approx(0.3825, abs=1e-6)
    assert table.published_gap == 0.38
    assert table.gap == pytest.approx(table.published_gap, abs=0.005)


def test_class_table_is_in_bounds(table: ClassTable) -> None:
    assert 0 < table.atkinson < 1
    assert table.stapeling_threshold == 0.05
    assert table.inferred_parameters == sorted(table.inferred_parameters)
    assert all(p.startswith(("classes.", "graph.")) for p in table.inferred_parameters)
    for row in table.classes:
        for edge in row.top_edges:
            assert edge.amount > 0
        assert len(row.top_edges) <= 3


def test_class_table_in_english(rules: RuleSet) -> None:
    labels = {c.id: c.label for c in class_table(rules).classes}
    assert labels["werkende_bovenlaag"].en == "Working upper echelon"
    assert labels["werkende_bovenlaag"].nl == "Werkende bovenlaag"


# -------------------------------------------------------------------- permutation


@settings(max_examples=60)
@given(class_models(), st.randoms(use_true_random=False))
def test_permuting_classes_permutes_the_class_table(
    rules: RuleSet, model: ClassModel, rnd: random.Random
) -> None:
    order = list(model.classes)
    rnd.shuffle(order)
    permuted = model.model_copy(update={"classes": order})
    a = class_table(rules.with_classes(model))
    b = class_table(rules.with_classes(permuted))
    assert [c.id for c in b.classes] == [c.id for c in order]
    rows_a = {c.id: c for c in a.classes}
    for row in b.classes:
        ref = rows_a[row.id]
        assert row.share == ref.share
        assert row.positions == ref.positions
        assert row.stapeling == ref.stapeling
        for capital in CAPITALS:
            assert row.deficits[capital] == pytest.approx(ref.deficits[capital], abs=2e-6)
            assert row.accumulated[capital] == pytest.approx(ref.accumulated[capital], abs=2e-6)
    assert b.gap == pytest.approx(a.gap, abs=2e-6)
    assert b.atkinson == pytest.approx(a.atkinson, abs=2e-6)
    for capital in CAPITALS:
        assert b.means[capital] == pytest.approx(a.means[capital], abs=2e-6)
