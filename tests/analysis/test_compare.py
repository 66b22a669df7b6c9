"""Comparing options: the pipeline's properties, the nuloptie, robustness and the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal
from beleidskompas.analysis.compare import (
    NULOPTIE,
    WeightError,
    compare_assessments,
    criteria_weights,
    parse_weights,
)
from beleidskompas.analysis.mcda import rank_options
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
OPTIONS = sorted((REPO / "examples" / "options").glob("*.yaml"))
CRITERIA = ["a", "b", "c", "d"]
DIRECTIONS: dict[str, Any] = {"a": "max", "b": "min", "c": "max", "d": "min"}

values = st.floats(min_value=-100, max_value=100, allow_nan=False)
positive = st.floats(min_value=0.01, max_value=10, allow_nan=False)


@st.composite
def matrices(draw: st.DrawFn) -> dict[str, dict[str, float]]:
    n = draw(st.integers(min_value=2, max_value=5))
    return {f"o{i}": {c: draw(values) for c in CRITERIA} for i in range(n)}


@settings(max_examples=100)
@given(
    matrices(),
    st.lists(positive, min_size=4, max_size=4),
    st.sampled_from(["weighted_sum", "topsis"]),
)
def test_a_dominating_option_never_ranks_below(
    matrix: dict[str, dict[str, float]], w: list[float], method: Any
) -> None:
    # make o0 at least as good as o1 on every criterion (direction-aware)
    for c in CRITERIA:
        better = max if DIRECTIONS[c] == "max" else min
        matrix["o0"][c] = better(matrix["o0"][c], matrix["o1"][c])
    order = rank_options(matrix, DIRECTIONS, dict(zip(CRITERIA, w, strict=True)), method)
    assert order.index("o0") < order.index("o1") or all(
        matrix["o0"][c] == matrix["o1"][c] for c in CRITERIA
    )


@settings(max_examples=100)
@given(
    matrices(),
    st.lists(positive, min_size=4, max_size=4),
    positive,
    st.sampled_from(["weighted_sum", "topsis"]),
)
def test_scaling_all_weights_leaves_the_ranking(
    matrix: dict[str, dict[str, float]], w: list[float], k: float, method: Any
) -> None:
    weights = dict(zip(CRITERIA, w, strict=True))
    scaled = {c: v * k for c, v in weights.items()}
    assert rank_options(matrix, DIRECTIONS, weights, method) == rank_options(
        matrix, DIRECTIONS, scaled, method
    )


def test_weighted_sum_by_hand() -> None:
    # a: max, b: min. o0 = (10, 5), o1 = (0, 0), o2 = (5, 10).
    # invert b: (10,-5), (0,0), (5,-10); min-max a: 1, 0, .5; b: 0.5, 1, 0
    # weights 3:1 → .75/.25: o0 = .75 + .125 = .875; o1 = 0 + .25 = .25; o2 = .375 + 0 = .375
    matrix = {"o0": {"a": 10, "b": 5}, "o1": {"a": 0, "b": 0}, "o2": {"a": 5, "b": 10}}
    order = rank_options(matrix, {"a": "max", "b": "min"}, {"a": 3, "b": 1})
    assert order == ["o0", "o2", "o1"]


def test_invert_before_normalise_matters() -> None:
    # A cost criterion must be inverted before normalising: cheapest wins on cost alone.
    matrix = {"cheap": {"cost": 1.0}, "dear": {"cost": 9.0}}
    assert rank_options(matrix, {"cost": "min"}, {"cost": 1})[0] == "cheap"


def test_parse_weights() -> None:
    assert parse_weights("doenvermogen=2, impact=1") == {"doenvermogen": 2.0, "impact": 1.0}
    assert parse_weights(None) == {}
    for bad in ("doenvermogen", "foo=1", "impact=x", "impact=-1", "impact=0", "impact=1,impact=2"):
        with pytest.raises(WeightError):
            parse_weights(bad)


def test_group_weights_are_split_over_their_criteria() -> None:
    active = ["doenbaarheid", "take_up", "uitvoerbaarheid", "gap_change"]
    w = criteria_weights({"doenvermogen": 2, "uitvoerbaarheid": 1, "impact": 1}, active)
    # doenvermogen 2 split over two criteria: 1 each; uitvoerbaarheid 1; gap_change 1; total 4
    assert w == pytest.approx(
        {"doenbaarheid": 0.25, "take_up": 0.25, "uitvoerbaarheid": 0.25, "gap_change": 0.25}
    )
    assert sum(criteria_weights({}, active).values()) == pytest.approx(1.0)


@pytest.fixture(scope="module")
def options_assessed(rules: RuleSet) -> list[Any]:
    return [assess(load_proposal(p), rules, intervals=False) for p in OPTIONS]


def test_the_options_ranked_with_the_nuloptie(options_assessed: list[Any], rules: RuleSet) -> None:
    result = compare_assessments(options_assessed, rules, draws=300)
    ids = result.ranking()
    assert NULOPTIE in ids
    assert len(ids) == len(OPTIONS) + 1
    # the automatic option dominates the application option on doenbaarheid, take-up and
    # uitvoerbaarheid, and reaches more people: it ranks above it
    assert ids.index("koopkrachttoeslag-automatisch") < ids.index("koopkrachttoeslag-aanvraag")
    shares = result.robustness.first_share
    assert sum(shares.values()) == pytest.approx(1.0, abs=1e-6)
    assert all(0 <= v <= 1 for v in shares.values())
    reference = [o for o in result.options if o.reference]
    assert [o.id for o in reference] == [NULOPTIE]
    assert result.steps == ["invert", "normalise", "weight", "weighted_sum"]


def test_robustness_is_seeded(options_assessed: list[Any], rules: RuleSet) -> None:
    a = compare_assessments(options_assessed, rules, draws=200, seed=1)
    b = compare_assessments(options_assessed, rules, draws=200, seed=1)
    assert a.robustness == b.robustness


def test_cli_compare_formats(cli: Callable[..., Any], tmp_path: Path) -> None:
    out = cli("compare", *OPTIONS, "--draws", "100", "--format", "json")
    assert out.code == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["options"][-1]["id"] == NULOPTIE or any(
        o["id"] == NULOPTIE for o in data["options"]
    )
    for fmt in ("table", "markdown", "html", "csv"):
        for lang in ("nl", "en"):
            result = cli("compare", *OPTIONS, "--draws", "50", "--format", fmt, "--lang", lang)
            assert result.code == 0, result.stderr
            assert "nuloptie" in result.stdout.lower()
    text = cli("compare", *OPTIONS, "--draws", "50", "--lang", "en").stdout
    assert "ranks first" in text and "stable" in text


def test_cli_compare_bad_weights_exit_2(cli: Callable[..., Any]) -> None:
    result = cli("compare", *OPTIONS, "--weights", "doenvermogen=abc")
    assert result.code == 2
    assert "--weights" in result.stderr
    assert "Traceback" not in result.stderr
    # one language: the Dutch message has no English in it
    assert "'doenvermogen=abc': 'abc' is geen getal" in result.stderr
    assert "is not" not in result.stderr
    english = cli("compare", *OPTIONS, "--weights", "doenvermogen=abc", "--lang", "en")
    assert "'abc' is not a number" in english.stderr


# ------------------------------------------------------------ extreme but valid options


def test_huge_weights_give_the_same_ranking_as_their_ratios(
    options_assessed: list[Any], rules: RuleSet
) -> None:
    huge = {"doenvermogen": 1e308, "uitvoerbaarheid": 1e308, "impact": 1e308}
    plain = {"doenvermogen": 1.0, "uitvoerbaarheid": 1.0, "impact": 1.0}
    a = compare_assessments(options_assessed, rules, weights=huge, draws=50)
    b = compare_assessments(options_assessed, rules, weights=plain, draws=50)
    assert a.ranking() == b.ranking()
    assert [o.score for o in a.options] == pytest.approx([o.score for o in b.options])
    assert any(o.score > 0 for o in a.options)
    assert sum(c.weight for c in a.criteria) == pytest.approx(1.0)


def test_tiny_weights_give_the_same_ranking_as_their_ratios(
    options_assessed: list[Any], rules: RuleSet
) -> None:
    tiny = {"doenvermogen": 2e-300, "uitvoerbaarheid": 1e-300, "impact": 1e-300}
    ratio = {"doenvermogen": 2.0, "uitvoerbaarheid": 1.0, "impact": 1.0}
    a = compare_assessments(options_assessed, rules, weights=tiny, draws=20)
    b = compare_assessments(options_assessed, rules, weights=ratio, draws=20)
    assert a.ranking() == b.ranking()


def test_rank_reversal_checks_only_the_options_that_can_matter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from beleidskompas.analysis import compare, mcda

    calls = {"n": 0}
    real = mcda.pipeline

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(mcda, "pipeline", counting)
    weights = {"a": 0.5, "b": 0.5}
    directions: dict[str, Any] = {"a": "max", "b": "max"}
    for n in (20, 200):
        # options on a line: only the two ends hold a column's extreme
        matrix = {f"o{i}": {"a": float(i), "b": float(i)} for i in range(n)}
        order = list(matrix)
        _, scores = real(matrix, directions, weights, "weighted_sum")
        ranked = mcda.ranks(scores, order)
        calls["n"] = 0
        result = compare.rank_reversal(
            matrix, directions, weights, "weighted_sum", order, ranked, 0.1
        )
        assert calls["n"] <= 4, (n, calls["n"])  # two checks for the one extreme loser
        assert result.stable


def _rank_reversal_checking_everyone(
    matrix: dict[str, dict[str, float]],
    weights: dict[str, float],
    method: Any,
    step: float,
) -> list[tuple[str, str]]:
    """The rank-reversal notes by brute force: every loser worsened and dropped."""
    from beleidskompas.analysis import mcda

    order = list(matrix)
    _, scores = mcda.pipeline(matrix, DIRECTIONS, weights, method)
    ranked = mcda.ranks(scores, order)
    notes = []
    for loser in ranked[1:]:
        worse = {o: dict(row) for o, row in matrix.items()}
        for c in weights:
            column = [matrix[o][c] for o in matrix]
            worst = max(column) if DIRECTIONS[c] == "min" else min(column)
            worse[loser][c] = matrix[loser][c] + step * (worst - matrix[loser][c])
        _, new = mcda.pipeline(worse, DIRECTIONS, weights, method)
        if mcda.ranks(new, order)[0] != ranked[0]:
            notes.append(("worsen", loser))
        rest = [o for o in order if o != loser]
        _, new = mcda.pipeline({o: matrix[o] for o in rest}, DIRECTIONS, weights, method)
        if mcda.ranks(new, rest) != [o for o in ranked if o != loser]:
            notes.append(("drop", loser))
    return notes


# few distinct values, so that ties (shared extremes) are common
tied = st.sampled_from([0.0, 1.0, 2.0, 5.0])


@settings(max_examples=300)
@given(
    st.integers(min_value=2, max_value=7).flatmap(
        lambda n: st.lists(
            st.fixed_dictionaries(dict.fromkeys(CRITERIA, tied)), min_size=n, max_size=n
        )
    ),
    st.sampled_from(["weighted_sum", "topsis"]),
)
def test_rank_reversal_with_ties_equals_checking_every_option(
    rows: list[dict[str, float]], method: Any
) -> None:
    from beleidskompas.analysis import compare, mcda

    matrix = {f"o{i}": row for i, row in enumerate(rows)}
    weights = dict.fromkeys(CRITERIA, 0.25)
    order = list(matrix)
    _, scores = mcda.pipeline(matrix, DIRECTIONS, weights, method)
    ranked = mcda.ranks(scores, order)
    fast = compare.rank_reversal(matrix, DIRECTIONS, weights, method, order, ranked, 0.1)
    slow = _rank_reversal_checking_everyone(matrix, weights, method, 0.1)
    assert [(n.kind, n.option) for n in fast.notes] == slow


@given(st.dictionaries(st.sampled_from(list("abcdef")), tied, min_size=1))
def test_best_is_the_first_of_the_ranking(scores: dict[str, float]) -> None:
    from beleidskompas.analysis import mcda

    order = list(scores)
    assert mcda.best(scores, order) == mcda.ranks(scores, order)[0]


@given(
    matrices(),
    st.sampled_from(["weighted_sum", "topsis"]),
    st.lists(positive, min_size=4, max_size=4),
)
def test_scores_on_a_matrix_normalised_once_equal_the_full_pipeline(
    matrix: dict[str, dict[str, float]], method: Any, raw: list[float]
) -> None:
    from beleidskompas.analysis import mcda

    weights = mcda.normalise_weights(dict(zip(CRITERIA, raw, strict=True)))
    _, full = mcda.pipeline(matrix, DIRECTIONS, weights, method)
    _, normalised = mcda.normalise(matrix, DIRECTIONS, CRITERIA)
    assert mcda.weighted_scores(normalised, weights, method) == pytest.approx(full)


def test_regeldruk_is_shown_per_option_and_not_weighed(rules: RuleSet) -> None:
    from beleidskompas import compare
    from beleidskompas.report import render

    proposals = [load_proposal(p) for p in OPTIONS]
    result = compare(proposals, rules)
    for proposal in proposals:
        own = assess(proposal, rules).regeldruk
        row = next(o for o in result.options if o.id == proposal.id)
        assert own is not None and own.citizens is not None
        assert row.regeldruk["citizens.hours_per_year"] == own.citizens.hours_per_year
        assert row.regeldruk["citizens.once_hours"] == own.citizens.once_hours
        assert "regeldruk" not in row.values  # not a criterion
    nul = next(o for o in result.options if o.reference)
    assert set(nul.regeldruk.values()) == {0.0}  # current policy asks nothing
    text = str(render(result, "table", "en"))
    assert "Regeldruk (administrative burden)" in text


def test_rank_reversal_notes_name_options_by_title(rules: RuleSet) -> None:
    from beleidskompas import compare
    from beleidskompas.report import render

    result = compare([load_proposal(p) for p in OPTIONS], rules, method="topsis")
    assert not result.rank_reversal.stable
    data = json.loads(str(render(result, "json", "en")))
    titles = {o.title.get("en") for o in result.options}
    for note in data["rank_reversal"]["notes"]:
        assert any(t in note["message"] for t in titles)
        assert not any(o.id in note["message"] for o in result.options if o.id != "nuloptie")
