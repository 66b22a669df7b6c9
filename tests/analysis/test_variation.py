"""Design variations: paths, value lists and ranges, variants, grids and Latin hypercubes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beleidskompas.analysis.variation import (
    VariationError,
    grid,
    grid_size,
    latin_hypercube,
    parse_path,
    parse_variation,
    variant,
)
from beleidskompas.api import load_proposal

PROPOSAL = load_proposal(
    Path(__file__).resolve().parents[2] / "examples" / "aanvraag-huurtoeslag-online.yaml"
)


def test_paths_in_both_notations() -> None:
    assert parse_path("effects[0].size") == ("effects", 0, "size")
    assert parse_path("effects.0.size") == ("effects", 0, "size")
    assert parse_path("delivery.granting") == ("delivery", "granting")


def test_a_list_of_enumerated_values() -> None:
    v = parse_variation("delivery.granting=automatic,application")
    assert v.kind == "enum" and v.values == ("automatic", "application")


def test_a_range_includes_both_ends() -> None:
    v = parse_variation("delivery.amount_eur_per_month=25:200:25")
    assert v.values == (25.0, 50.0, 75.0, 100.0, 125.0, 150.0, 175.0, 200.0)
    tenths = parse_variation("effects[0].size=0:0.3:0.1")
    assert len(tenths.values) == 4 and tenths.values[-1] == pytest.approx(0.3)


def test_booleans_in_dutch_and_english() -> None:
    v = parse_variation("delivery.requires_digid=ja,false")
    assert v.values == (True, False)


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("delivery.grantin=automatic", "delivery.grantin: the proposal format has no such field"),
        ("delivery.granting=sometimes", "'sometimes' is not one of"),
        ("delivery.amount_eur_per_month=a:b:c", "'a' is not a number"),
        ("delivery.amount_eur_per_month=5:1:1", "ends before it starts"),
        ("delivery.amount_eur_per_month=1:5:0", "must be positive"),
        ("delivery.amount_eur_per_month=0:1e9:1", "at most"),
        ("delivery.amount_eur_per_month=1:5", "start:stop:step"),
        ("delivery.granting=1:3:1", "needs a numeric field"),
        ("delivery.help=x", "only numeric, yes/no and enumerated fields"),
        ("delivery.requires_digid=maybe", "is not true or false"),
        ("no-equals-sign", "path=value"),
    ],
)
def test_bad_variations_name_the_path_and_the_value(spec: str, says: str) -> None:
    with pytest.raises(VariationError) as caught:
        parse_variation(spec)
    assert says in str(caught.value)


def test_a_variant_sets_the_field_and_nothing_else() -> None:
    v = parse_variation("delivery.granting=automatic")
    changed = variant(PROPOSAL, {"delivery.granting": "automatic"}, [v])
    assert changed.delivery.granting == "automatic"
    before = PROPOSAL.model_dump()
    after = changed.model_dump()
    before["delivery"].pop("granting")
    after["delivery"].pop("granting")
    assert before == after


def test_a_list_item_that_does_not_exist_is_an_error() -> None:
    v = parse_variation("effects[9].size=0.1")
    with pytest.raises(VariationError, match=r"effects\[9\]\.size: the proposal has no item 9"):
        variant(PROPOSAL, {"effects[9].size": 0.1}, [v])


def test_a_value_the_model_refuses_names_the_field() -> None:
    v = parse_variation("effects[0].size=-5")
    with pytest.raises(VariationError, match=r"effects\.0"):
        variant(PROPOSAL, {"effects[0].size": -5.0}, [v])


def test_the_grid_is_every_combination() -> None:
    a = parse_variation("delivery.granting=automatic,proactive,application")
    b = parse_variation("delivery.requires_digid=true,false")
    combos = list(grid([a, b]))
    assert grid_size([a, b]) == 6 == len(combos)
    assert len({tuple(c.items()) for c in combos}) == 6


@given(samples=st.integers(1, 40), seed=st.integers(0, 2**31 - 1))
def test_latin_hypercube_is_deterministic_and_even(samples: int, seed: int) -> None:
    a = parse_variation("delivery.amount_eur_per_month=10:100:10")  # ten values
    b = parse_variation("delivery.granting=automatic,proactive,application,discretionary")
    first = latin_hypercube([a, b], samples, seed)
    assert first == latin_hypercube([a, b], samples, seed)
    for v in (a, b):
        counts = Counter(row[v.path] for row in first)
        # a Latin hypercube puts each sample in its own stratum of [0, 1): every value is
        # drawn floor or ceil of samples / len(values) times, give or take the strata a
        # value boundary cuts
        low, high = samples // len(v.values), -(-samples // len(v.values))
        assert all(low - 1 <= counts.get(x, 0) <= high + 1 for x in v.values)
