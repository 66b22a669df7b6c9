"""Design sweeps: the designs (grid or Latin hypercube), each row equal to assessing its
variant alone, the non-dominated marking against a brute-force reference."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import api
from beleidskompas.analysis.batch import headline
from beleidskompas.analysis.sweep import (
    DEFAULT_SEED,
    MAX_GRID,
    SweepError,
    design_sweep,
    non_dominated,
    run_sweep,
)
from beleidskompas.analysis.variation import (
    VariationError,
    latin_hypercube,
    parse_variation,
    variant,
)
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.sweep import Figures, Sweep
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
OPTION = REPO / "examples" / "options" / "koopkrachttoeslag-automatisch.yaml"
WITH_BASELINE = REPO / "examples" / "huurtoeslag-vooraf-ingevuld.yaml"
GRANTING = "delivery.granting=automatic,application"
SIZE = "effects[0].size=0.02:0.04:0.01"  # 0.02, 0.03, 0.04: inside the effect's range


def dominates(a: Sequence[float], b: Sequence[float]) -> bool:
    """a ≥ b everywhere and > somewhere (all objectives maximised)."""
    return all(x >= y for x, y in zip(a, b, strict=True)) and any(
        x > y for x, y in zip(a, b, strict=True)
    )


def brute_force(points: Sequence[Sequence[float]]) -> list[bool]:
    """The O(n²) definition of the non-dominated set."""
    return [not any(dominates(q, p) for q in points) for p in points]


@pytest.fixture(scope="module")
def option() -> Proposal:
    return api.load_proposal(OPTION)


@pytest.fixture(scope="module")
def swept(option: Proposal, rules: RuleSet) -> Sweep:
    return run_sweep(option, [GRANTING, SIZE], rules)


# --- non-dominated marking ------------------------------------------------------------


def test_non_dominated_by_hand() -> None:
    points = [(1, 1, 1), (2, 2, 2), (2, 2, 2), (3, 0, 0), (0, 3, 0), (2, 2, 1), (0, 0, 3)]
    # (1,1,1) and (2,2,1) lose to (2,2,2); the two (2,2,2) tie and stay; the corners stay
    assert non_dominated(points) == [False, True, True, True, True, False, True]


def test_non_dominated_of_nothing_and_of_one_point() -> None:
    assert non_dominated([]) == []
    assert non_dominated([(5.0, -1.0, 2.0)]) == [True]


def test_non_dominated_takes_at_most_three_objectives() -> None:
    with pytest.raises(ValueError, match="at most 3"):
        non_dominated([(1, 2, 3, 4)])


small = st.integers(min_value=-3, max_value=3)  # few values: many ties and equal points
anyfloat = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(
    st.integers(min_value=1, max_value=3).flatmap(
        lambda d: st.lists(st.tuples(*[small] * d) | st.tuples(*[anyfloat] * d), max_size=40)
    )
)
def test_non_dominated_equals_the_brute_force_definition(points: list[tuple[float, ...]]) -> None:
    assert non_dominated(points) == brute_force(points)


@given(st.lists(st.tuples(small, small, small), min_size=1, max_size=30))
def test_the_front_is_never_empty_and_every_dominated_point_has_a_free_dominator(
    points: list[tuple[int, int, int]],
) -> None:
    marks = non_dominated(points)
    assert any(marks)
    free = [p for p, m in zip(points, marks, strict=True) if m]
    for p, m in zip(points, marks, strict=True):
        if not m:  # dominance is transitive, so some front point beats it
            assert any(dominates(q, p) for q in free)


def test_ten_thousand_rows_match_the_reference_on_a_sample() -> None:
    import random

    rng = random.Random(DEFAULT_SEED)
    points = [(rng.random(), rng.random(), rng.random()) for _ in range(10_000)]
    marks = non_dominated(points)
    chosen = rng.sample(range(len(points)), 200)  # brute force for 200 of them: 2·10⁶ checks
    for i in chosen:
        assert marks[i] == (not any(dominates(q, points[i]) for q in points))


# --- designs ---------------------------------------------------------------------------


def test_a_full_grid_has_grid_size_rows_in_product_order(swept: Sweep) -> None:
    assert swept.design == "grid" and swept.design_reason == "complete"
    assert swept.grid_size == 2 * 3 == len(swept.rows)
    expected = [
        {"delivery.granting": g, "effects[0].size": s}
        for g in ("automatic", "application")
        for s in (0.02, 0.03, 0.04)
    ]
    got = [
        {k: (round(v, 12) if isinstance(v, float) else v) for k, v in r.assignment.items()}
        for r in swept.rows
    ]
    assert got == expected
    assert [r.index for r in swept.rows] == [1, 2, 3, 4, 5, 6]
    assert swept.samples is None and swept.seed is None


def test_a_grid_above_the_limit_is_sampled_with_the_limit(option: Proposal) -> None:
    made = design_sweep(option, [GRANTING, "effects[0].size=0.02:0.04:0.001"], max_grid=10)
    assert made.grid_size == 2 * 21
    assert made.design == "latin_hypercube" and made.reason == "above_limit"
    assert made.samples == 10 and made.seed == DEFAULT_SEED
    assert made.size + made.duplicates_dropped == 10


def test_samples_asked_and_samples_covering_the_grid(option: Proposal) -> None:
    asked = design_sweep(option, [GRANTING, SIZE], samples=4, seed=3)
    assert (asked.design, asked.reason, asked.samples, asked.seed) == (
        "latin_hypercube",
        "asked",
        4,
        3,
    )
    covered = design_sweep(option, [GRANTING, SIZE], samples=6)
    assert (covered.design, covered.reason, covered.size) == ("grid", "samples_cover_grid", 6)


def test_the_command_line_and_the_docs_state_the_library_s_limit() -> None:
    import inspect

    from beleidskompas.cli import sweep as cli_sweep

    assert inspect.signature(cli_sweep.sweep).parameters["max_grid"].default == MAX_GRID
    assert f"default {MAX_GRID}" in (api.sweep_design.__doc__ or "")


def test_a_latin_hypercube_is_deterministic_for_a_seed(option: Proposal) -> None:
    specs = [GRANTING, "effects[0].size=0.02:0.04:0.001", "budget.structural_eur_per_year=1:9:1"]
    one = design_sweep(option, specs, samples=25, seed=11).assignments
    two = design_sweep(option, specs, samples=25, seed=11).assignments
    other = design_sweep(option, specs, samples=25, seed=12).assignments
    assert one == two
    assert one != other


@given(
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=2**31),
)
def test_a_latin_hypercube_covers_each_value_as_evenly_as_its_strata_allow(
    samples: int, values: int, seed: int
) -> None:
    # n strata of width 1/n; value j owns [j/k, (j+1)/k): it holds at least floor(n/k) − 1
    # whole strata and touches at most ceil(n/k) + 1, one point per stratum
    v = parse_variation("budget.structural_eur_per_year=1:" + str(values) + ":1")
    w = parse_variation(GRANTING)
    drawn = latin_hypercube([v, w], samples, seed)
    counts = Counter(a[v.path] for a in drawn)
    for value in v.values:
        assert math.floor(samples / values) - 1 <= counts[value] <= math.ceil(samples / values) + 1
    assert len(drawn) == samples


def test_repeated_draws_are_kept_once_in_order(option: Proposal) -> None:
    specs = [GRANTING, SIZE]
    made = design_sweep(option, specs, samples=5, seed=1)
    raw = latin_hypercube([parse_variation(s) for s in specs], 5, 1)
    firsts: list[dict[str, Any]] = []
    for a in raw:
        if a not in firsts:
            firsts.append(a)
    assert list(made.assignments) == firsts
    assert made.duplicates_dropped == 5 - len(firsts)


# --- errors ----------------------------------------------------------------------------


def test_a_path_varied_twice_is_an_error(option: Proposal) -> None:
    with pytest.raises(SweepError) as info:
        design_sweep(option, [GRANTING, "delivery.granting=proactive"])
    assert info.value.kind == "varied_twice"
    assert info.value.params == {"path": "delivery.granting"}


@pytest.mark.parametrize("field", ["samples", "max_grid"])
def test_sizes_below_one_are_errors(option: Proposal, field: str) -> None:
    with pytest.raises(SweepError) as info:
        design_sweep(option, [GRANTING], **{field: 0})
    assert info.value.kind == "not_positive"


def test_no_variations_is_an_error(option: Proposal) -> None:
    with pytest.raises(SweepError):
        design_sweep(option, [])


@pytest.mark.parametrize(
    ("spec", "path", "shown"),
    [
        ("delivery.granting=automatic,sometimes", "delivery.granting", "sometimes"),
        ("delivery.nothing=1", "delivery.nothing", "no such field"),
        ("effects[0].size=0.04:0.02:0.01", "effects[0].size", "0.04:0.02:0.01"),
        ("effects[0].size=0.5", "effects.0", "effects[0].size=0.5"),  # outside its range
    ],
)
def test_a_bad_path_or_value_fails_before_any_work_naming_it(
    option: Proposal, rules: RuleSet, spec: str, path: str, shown: str
) -> None:
    calls: list[int] = []
    with pytest.raises(VariationError) as info:
        run_sweep(option, [spec], rules, progress=calls.append)
    assert info.value.path == path
    assert shown in str(info.value)
    assert calls == []


# --- rows ------------------------------------------------------------------------------


def _variant_figures(
    proposal: Proposal, sweep: Sweep, rules: RuleSet, baseline: Proposal | None = None
) -> list[Figures]:
    variations = [
        parse_variation(f"{v.path}={','.join(map(str, v.values))}") for v in sweep.variations
    ]
    out = []
    for row in sweep.rows:
        alone = api.assess(variant(proposal, row.assignment, variations), rules, baseline=baseline)
        out.append(Figures.model_validate(headline(alone)))
    return out


def test_every_row_equals_assessing_its_variant_alone(
    option: Proposal, swept: Sweep, rules: RuleSet
) -> None:
    # assessed alone and with intervals: the headline figures are point values either way
    assert [r.figures for r in swept.rows] == _variant_figures(option, swept, rules)
    assert swept.base == Figures.model_validate(headline(api.assess(option, rules)))


def test_the_row_with_the_proposal_s_own_values_equals_the_proposal(swept: Sweep) -> None:
    # the option is written with granting automatic and size 0.03
    own = next(
        r
        for r in swept.rows
        if r.assignment["delivery.granting"] == "automatic"
        and math.isclose(float(r.assignment["effects[0].size"]), 0.03)
    )
    assert own.figures == swept.base
    assert own.changed_verdicts == []


def test_non_dominated_rows_are_those_no_other_row_beats(swept: Sweep) -> None:
    assert [o.figure for o in swept.objectives] == [
        "budget_eur_per_year",
        "gains_bottom",
        "doenbaarheid",
    ]
    assert swept.cost_basis == "budget_eur_per_year"
    points = [
        [
            -float(getattr(r.figures, o.figure))
            if o.direction == "min"
            else float(getattr(r.figures, o.figure))
            for o in swept.objectives
        ]
        for r in swept.rows
    ]
    assert [r.non_dominated for r in swept.rows] == brute_force(points)
    # by hand: one budget for all, so automatic granting with the largest effect wins alone
    front = [r.assignment for r in swept.rows if r.non_dominated]
    assert front == [{"delivery.granting": "automatic", "effects[0].size": pytest.approx(0.04)}]


def test_changed_verdicts_are_those_that_differ_from_the_proposal(
    option: Proposal, rules: RuleSet
) -> None:
    result = run_sweep(
        option,
        ["implementation.implementers[0].uitvoeringstoets.verdict=uitvoerbaar,niet_uitvoerbaar"],
        rules,
    )
    as_written, refused = result.rows
    assert as_written.changed_verdicts == []
    assert refused.figures.uitvoerbaarheid_verdict == "niet_uitvoerbaar"  # the agency's word
    assert refused.changed_verdicts == ["uitvoerbaarheid"]


def test_without_a_budget_the_cost_is_the_cost_per_deficit_point_or_left_out(
    make_proposal: Callable[..., Proposal], rules: RuleSet
) -> None:
    proposal = make_proposal()
    data = proposal.model_dump(mode="json", exclude_unset=True)
    data.pop("budget", None)
    unbudgeted = Proposal.model_validate(data)
    result = run_sweep(unbudgeted, [GRANTING], rules)
    assert result.cost_basis in ("cost_per_deficit_point", "none")
    assert "budget_eur_per_year" not in [o.figure for o in result.objectives]
    if result.cost_basis == "none":
        assert all(r.figures.cost_per_deficit_point is None for r in result.rows)


def test_the_proposal_s_baseline_is_used_as_assess_uses_it(rules: RuleSet) -> None:
    opened = api.open_proposal(WITH_BASELINE, rules)
    assert opened.baseline is not None
    result = api.sweep(opened.proposal, [GRANTING], rules, baseline=opened.baseline)
    assert result.relative_to == "baseline"
    expected = _variant_figures(opened.proposal, result, rules, opened.baseline)
    assert [r.figures for r in result.rows] == expected


def test_progress_counts_every_assessment(option: Proposal, rules: RuleSet) -> None:
    calls: list[int] = []
    run_sweep(option, [GRANTING, SIZE], rules, progress=calls.append)
    assert sum(calls) == 2 * 3 + 1  # the designs and the proposal as written


def test_processes_give_the_same_sweep(option: Proposal, swept: Sweep, rules: RuleSet) -> None:
    assert run_sweep(option, [GRANTING, SIZE], rules, jobs=2) == swept


def test_a_made_design_is_assessed_as_made(option: Proposal, swept: Sweep, rules: RuleSet) -> None:
    made = api.sweep_design(option, [GRANTING, SIZE])
    assert api.sweep(option, made, rules) == swept


def test_the_provenance_is_the_proposal_s_with_every_design_s_inferred_parameters(
    option: Proposal, swept: Sweep, rules: RuleSet
) -> None:
    own = api.assess(option, rules, intervals=False).provenance  # what the sweep reads
    assert swept.provenance.input_sha256 == own.input_sha256
    assert set(own.inferred_parameters) <= set(swept.provenance.inferred_parameters)
    assert swept.provenance.inferred_parameters == sorted(swept.provenance.inferred_parameters)


@pytest.mark.parametrize("field", ["samples", "max_grid"])
def test_sizes_above_the_most_designs_are_errors(option: Proposal, field: str) -> None:
    from beleidskompas.analysis.sweep import MAX_DESIGNS

    with pytest.raises(SweepError) as info:
        design_sweep(option, [GRANTING], **{field: MAX_DESIGNS + 1})
    assert info.value.kind == "too_many"
    assert design_sweep(option, [GRANTING], max_grid=MAX_DESIGNS).size == 2  # the limit is fine


def test_a_design_holds_assignments_not_proposals(option: Proposal) -> None:
    # variants are built a block at a time while assessing: memory stays bounded
    made = design_sweep(option, [GRANTING, SIZE])
    assert not any(isinstance(v, Proposal) for v in vars(made).values())
    assert made.size == len(made.assignments) == 6


@settings(max_examples=10)
@given(
    st.lists(
        st.sampled_from(["automatic", "proactive", "application", "discretionary"]),
        min_size=1,
        max_size=4,
        unique=True,
    ),
    st.lists(
        st.sampled_from([0.02, 0.025, 0.03, 0.035, 0.04]), min_size=1, max_size=3, unique=True
    ),
)
def test_any_grid_has_its_size_its_brute_force_front_and_its_verdict_marks(
    option: Proposal, rules: RuleSet, grantings: list[str], sizes: list[float]
) -> None:
    specs = [
        "delivery.granting=" + ",".join(grantings),
        "effects[0].size=" + ",".join(map(str, sizes)),
    ]
    result = run_sweep(option, specs, rules)
    assert len(result.rows) == result.grid_size == len(grantings) * len(sizes)
    points = [
        [
            -float(getattr(r.figures, o.figure))
            if o.direction == "min"
            else float(getattr(r.figures, o.figure))
            for o in result.objectives
        ]
        for r in result.rows
    ]
    assert [r.non_dominated for r in result.rows] == brute_force(points)
    for row in result.rows:
        differs = {
            "doenvermogen": row.figures.doenvermogen != result.base.doenvermogen,
            "uitvoerbaarheid": row.figures.uitvoerbaarheid_verdict
            != result.base.uitvoerbaarheid_verdict,
        }
        assert row.changed_verdicts == [name for name, d in differs.items() if d]
