"""Global sensitivity: ranges, the Morris and Sobol stages, what cannot matter, determinism.

Runs stay small (2 trajectories, N = 8 or 16): the tests check what the indices must be by
construction — zero where a parameter is never read, fixed, or cannot reach a figure — not
the values SALib estimates.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import EXAMPLES

from beleidskompas import api
from beleidskompas.analysis import sensitivity as module
from beleidskompas.analysis.batch import HEADLINE
from beleidskompas.analysis.sensitivity import run_sensitivity
from beleidskompas.analysis.sensitivity_ranges import applied, parameter_range, settings_of
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.sensitivity import Sensitivity, SensitivitySettings
from beleidskompas.model.sources import Param
from beleidskompas.rules.ruleset import RuleSet

SMALL: dict[str, Any] = {"trajectories": 2, "samples": 8}
TAKE_UP_REFERENCE = "takeup.amount.reference_eur_per_month"
SCALE = "scoring.doenvermogen.scale"
POSITION = "classes.precariaat.positions.economisch"
NEVER_READ = "scoring.compare.weight_concentration"  # read by compare, never by assess


@pytest.fixture(scope="module")
def proposal() -> Proposal:
    return api.load_proposal(EXAMPLES / "aanvraag-huurtoeslag-online.yaml")


@pytest.fixture(scope="module")
def small(proposal: Proposal) -> Sensitivity:
    return run_sensitivity(proposal, **SMALL)


def _param(value: float) -> Param:
    return Param(value=value, provenance="inferred", sources=["beleidskompas-methodology"])


def _with_settings(rules: RuleSet, **update: Any) -> RuleSet:
    settings = settings_of(rules).model_copy(update=update)
    return rules.replaced(scoring=rules.scoring.model_copy(update={"sensitivity": settings}))


def _zero_widths(rules: RuleSet) -> Any:
    zero = _param(0.0)
    return settings_of(rules).half_width.model_copy(
        update={"found": zero, "computed": zero, "inferred": zero}
    )


def test_only_the_parameter_with_a_width_gets_indices(rules: RuleSet, proposal: Proposal) -> None:
    narrowed = _with_settings(
        rules,
        half_width=_zero_widths(rules),
        overrides={TAKE_UP_REFERENCE: _param(0.5)},
    )
    result = run_sensitivity(proposal, narrowed, **SMALL)
    assert [r.parameter for r in result.ranges if r.high > r.low] == [TAKE_UP_REFERENCE]
    assert TAKE_UP_REFERENCE not in result.fixed
    assert len(result.fixed) == len(result.ranges) - 1
    assert result.sobol_parameters == (TAKE_UP_REFERENCE,)
    assert result.matter_most == (TAKE_UP_REFERENCE,)
    by_figure = {f.figure: f for f in result.figures}
    for figure in by_figure.values():
        assert {m.parameter for m in figure.morris} == {TAKE_UP_REFERENCE}
    # the reference amount is a take-up determinant: take-up moves, doenbaarheid cannot
    assert by_figure["take_up"].morris[0].mu_star > 0
    doenbaarheid = by_figure["doenbaarheid"]
    assert doenbaarheid.constant
    assert [(x.s1, x.st, x.s1_conf, x.st_conf) for x in doenbaarheid.sobol] == [(0, 0, 0, 0)]
    assert doenbaarheid.morris[0].mu_star == 0
    # one parameter: r·(k + 1) = 2·2 Morris rows, N·(D + 2) = 8·3 Sobol rows
    assert (result.evaluations.morris, result.evaluations.sobol) == (4, 24)
    assert result.evaluations.total == 1 + 4 + 24


def test_a_parameter_the_assessment_never_reads_has_no_effect(
    rules: RuleSet, proposal: Proposal
) -> None:
    assert NEVER_READ not in api.assess(proposal, rules).provenance.parameters_read
    result = run_sensitivity(proposal, parameters=[NEVER_READ, SCALE], **SMALL)
    for figure in result.figures:
        index = {m.parameter: m for m in figure.morris}
        assert index[NEVER_READ].mu_star == 0
        assert index[NEVER_READ].sigma == 0
    doenbaarheid = next(f for f in result.figures if f.figure == "doenbaarheid")
    assert doenbaarheid.ranking[0] == SCALE
    assert {m.parameter: m for m in doenbaarheid.morris}[SCALE].mu_star > 0


def test_doenbaarheid_does_not_depend_on_a_class_position(proposal: Proposal) -> None:
    # doenbaarheid = 100·exp(−B/S) (scoring/doenvermogen.py): the burdens of the rules that
    # fire and the scale S; class positions enter only take-up and the class impact
    result = run_sensitivity(proposal, parameters=[POSITION, SCALE], trajectories=2, samples=16)
    figure = next(f for f in result.figures if f.figure == "doenbaarheid")
    morris = {m.parameter: m for m in figure.morris}
    sobol = {x.parameter: x for x in figure.sobol}
    assert morris[POSITION].mu_star == 0
    assert abs(sobol[POSITION].s1) < 1e-12
    assert abs(sobol[POSITION].st) < 1e-12
    assert sobol[SCALE].st > 0
    # and the position does reach the gap between the classes
    gap = next(f for f in result.figures if f.figure == "gap_change")
    assert {m.parameter: m for m in gap.morris}[POSITION].mu_star > 0


def test_the_default_run_screens_the_numeric_inferred_parameters_read(
    rules: RuleSet, proposal: Proposal, small: Sensitivity
) -> None:
    read = api.assess(proposal, rules, intervals=False).provenance.inferred_parameters
    numeric = [p for p in read if p in rules.parameters]
    assert [r.parameter for r in small.ranges] == numeric
    assert set(small.not_numeric) == set(read) - set(numeric)
    assert all(
        p.startswith(("rules.", "instruments.", "takeup.uncertainty")) for p in small.not_numeric
    )
    assert small.inferred_read == len(read)
    k = len(small.ranges) - len(small.fixed)
    d = len(small.sobol_parameters)
    assert small.evaluations.morris == 2 * (k + 1)
    assert small.evaluations.sobol == 8 * (d + 2)
    assert [f.figure for f in small.figures] == list(HEADLINE)
    assert 0 < len(small.matter_most) <= 5
    for figure in small.figures:
        for m in figure.morris:
            assert all(math.isfinite(v) for v in (m.mu_star, m.mu_star_conf, m.mu, m.sigma))
            assert m.mu_star >= abs(m.mu) - 1e-12  # mean |EE| ≥ |mean EE|
        assert sorted(figure.ranking) == sorted(m.parameter for m in figure.morris)


def test_the_sobol_stage_takes_the_top_of_each_figure(small: Sensitivity) -> None:
    for figure in small.figures:
        leaders = [m.parameter for m in figure.morris if m.mu_star > 0][: small.top]
        assert set(leaders) <= set(small.sobol_parameters)


def test_the_same_seed_gives_the_same_result(proposal: Proposal, small: Sensitivity) -> None:
    assert run_sensitivity(proposal, **SMALL) == small
    other = run_sensitivity(proposal, seed=small.seed + 1, **SMALL)
    assert other.seed == small.seed + 1
    assert other.figures != small.figures


def test_parallel_equals_serial(proposal: Proposal) -> None:
    options: dict[str, Any] = {"parameters": [SCALE, TAKE_UP_REFERENCE, POSITION], **SMALL}
    assert run_sensitivity(proposal, jobs=2, **options) == run_sensitivity(proposal, **options)


def test_progress_counts_every_evaluation_per_stage(proposal: Proposal) -> None:
    seen: dict[str, tuple[int, int]] = {}

    def progress(stage: str, done: int, total: int) -> None:
        seen[stage] = (done, total)

    result = run_sensitivity(proposal, parameters=[SCALE], progress=progress, **SMALL)
    assert seen == {
        "morris": (result.evaluations.morris,) * 2,
        "sobol": (result.evaluations.sobol,) * 2,
    }


def test_morris_only_without_samples(proposal: Proposal) -> None:
    result = run_sensitivity(proposal, parameters=[SCALE], trajectories=2, samples=0)
    assert result.evaluations.sobol == 0
    assert result.sobol_parameters == ()
    assert all(f.sobol == () for f in result.figures)


def test_a_figure_the_proposal_lacks_is_left_out(
    proposal: Proposal, monkeypatch: pytest.MonkeyPatch
) -> None:
    real: Callable[[Any], dict[str, Any]] = module.headline
    impact = ("take_up", "gains_bottom", "gap_change")
    monkeypatch.setattr(module, "headline", lambda a: {**real(a), **dict.fromkeys(impact)})
    result = run_sensitivity(proposal, parameters=[SCALE], **SMALL)
    assert [f.figure for f in result.figures] == ["doenbaarheid", "uitvoerbaarheid"]
    assert [x.figure for x in result.left_out] == list(impact)
    assert "class impact" in result.left_out[0].reason.en


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"samples": 6}, "power of two"),
        ({"samples": -1}, "power of two"),
        ({"trajectories": 1}, "trajectories"),
        ({"top": 0}, "top"),
        ({"seed": -1}, "seed"),
        ({"parameters": ["no.such.parameter"]}, "unknown parameters"),
    ],
)
def test_bad_sizes_are_refused(proposal: Proposal, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        run_sensitivity(proposal, **{**SMALL, **options})


def test_an_override_for_an_unknown_parameter_is_refused(
    rules: RuleSet, proposal: Proposal
) -> None:
    broken = _with_settings(rules, overrides={"no.such.parameter": _param(0.1)})
    with pytest.raises(ValueError, match=r"no\.such\.parameter"):
        run_sensitivity(proposal, broken, **SMALL)


# --------------------------------------------------------------------------- ranges

BOUNDS = {"share": "s.x", "score": "c.x", "whole": "w.x", "sign": "n.x"}


def _settings(half: float) -> SensitivitySettings:
    h = _param(half)
    return SensitivitySettings.model_validate(
        {
            "half_width": {"found": h, "computed": h, "inferred": h},
            "bounds": {"shares": ["s.*"], "scores": ["c.*"], "whole": ["w.*"]},
        }
    )


@given(
    value=st.floats(-1e6, 1e6, allow_nan=False),
    half=st.floats(0, 0.999),
    bound=st.sampled_from(sorted(BOUNDS)),
    provenance=st.sampled_from(["found", "computed", "inferred"]),
)
def test_a_range_holds_its_value_and_respects_its_bound(
    value: float, half: float, bound: str, provenance: str
) -> None:
    pid = BOUNDS[bound]
    if bound == "share":
        value = abs(value) % 1
    elif bound == "score":
        value = abs(value) % 100
    param = Param(value=value, provenance=provenance, sources=["x"])  # type: ignore[arg-type]
    rules = SimpleNamespace(parameters={pid: param})
    r = parameter_range(rules, pid, _settings(half))  # type: ignore[arg-type]
    assert r.bound == bound
    assert r.low <= value <= r.high
    assert r.high - r.low <= 2 * half * abs(value) + 4 * math.ulp(abs(value))
    if value > 0:
        assert r.low > 0
    if value < 0:
        assert r.high < 0
    if bound == "share":
        assert r.low >= 0 and r.high <= 1
    if bound == "score":
        assert r.low >= 0 and r.high <= 100
    if half == 0 or value == 0:
        assert r.low == r.high == value


@given(st.floats(0, 1000, allow_nan=False))
def test_whole_numbers_are_applied_whole(x: float) -> None:
    rules = SimpleNamespace(parameters={"w.x": _param(24), "n.x": _param(2)})
    settings = _settings(0.5)
    ranges = [parameter_range(rules, p, settings) for p in ("w.x", "n.x")]  # type: ignore[arg-type]
    row = applied(ranges, [x, x])
    assert row["w.x"] == round(x) and float(row["w.x"]).is_integer()
    assert row["n.x"] == x


def test_the_default_ranges_follow_the_provenance(rules: RuleSet) -> None:
    settings = settings_of(rules)
    # by hand: inferred h = 0.5, so the doenbaarheid scale S = 10 varies over 5 … 15
    scale = parameter_range(rules, SCALE, settings)
    assert (scale.low, scale.high, scale.half_width) == (5.0, 15.0, 0.5)
    # a renter share 0.8 of the precariaat: 0.4 … 1.2, clipped to 1
    renter = parameter_range(rules, "classes.precariaat.attributes.renter", settings)
    assert (renter.low, renter.high, renter.bound) == (pytest.approx(0.4), 1.0, "share")
    # the lead time of a major Toeslagen change is whole months
    lead = parameter_range(rules, "lead_times.organisations.toeslagen.major", settings)
    assert lead.bound == "whole"
    # the fitted take-up slope is computed: h = 0.25
    slope = parameter_range(rules, "takeup.amount.slope", settings)
    assert slope.half_width == 0.25


@pytest.mark.parametrize(
    ("update", "message"),
    [
        ({"levels": 5}, "even"),
        ({"samples": 100}, "power of two"),
        (
            {"overrides": {"x": {"value": 1.0, "provenance": "inferred", "sources": ["x"]}}},
            "0 ≤ h < 1",
        ),
    ],
)
def test_the_rule_file_section_is_checked(
    rules: RuleSet, update: dict[str, Any], message: str
) -> None:
    data = settings_of(rules).model_dump()
    with pytest.raises(ValueError, match=message):
        SensitivitySettings.model_validate({**data, **update})
