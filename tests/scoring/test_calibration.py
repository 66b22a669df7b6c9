"""The take-up calibration: the data as copied, the documented errors, the fit itself.

Without scipy: the calibration set is complete and copied unchanged, the shipped parameters
reproduce the documented in-sample errors (recomputed here through ``assess``), and the
documented cross-validated errors are those of examples/calibration/cv.yaml. With scipy
(the ``calibrate`` extra, part of ``test``): a re-fit gives the shipped parameters, one
held-out fold gives its stored prediction, and the fit recovers known parameters from
simulated data.
"""

from __future__ import annotations

import copy
import math
import random
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from beleidskompas import assess, load_proposal
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
CALIBRATION = REPO / "examples" / "calibration"
OBSERVED: dict[str, Any] = yaml.safe_load((CALIBRATION / "observed.yaml").read_text("utf-8"))
CV: dict[str, Any] = yaml.safe_load((CALIBRATION / "cv.yaml").read_text("utf-8"))
DATA_FILES = {"observed", "international", "priors", "cv"}

# The errors documented in docs/methodology.md (section "Calibration"), in percentage points.
DOCUMENTED = {
    "fitted": {"mae": 6.19, "spearman": 0.971},
    "leave_one_out": {"mae": 8.20, "spearman": 0.944},
    "grouped": {"mae": 13.58, "spearman": 0.855},
}
GOALS = {"mae": 8.0, "spearman": 0.8}
"""The issue's aims for leave one out; the MAE aim is missed by 0.2 pp (see the docs)."""

# The figures as written in /work/shared/domain (§4.2 of the doenvermogen note for T1–T6,
# calibration-v2 §A for T7–T21), transcribed by hand: observed.yaml must hold exactly these.
SHARED = {
    "T1": 0.12,
    "T2": 0.12,
    "T3": 0.35,
    "T4": 0.60,
    "T5": 0.10,
    "T6": 0.015,
    "T7": 0.0,
    "T8": 0.61,
    "T9": 0.53,
    "T10": 0.27,
    "T12": 0.0,
    "T13": 0.04,
    "T14": 0.07,
    "T15": 0.32,
    "T16": 0.23,
    "T17": [0.10, 0.14],
    "T18": 0.86,
    "T19": 0.71,
}


def _non_take_up(scheme: str, rules: RuleSet) -> float:
    result = assess(load_proposal(CALIBRATION / f"{scheme}.yaml"), rules, intervals=False)
    assert result.class_impact is not None
    return 1.0 - result.class_impact.summary.take_up


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1  # ties share their mean rank
        i = j + 1
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    """Pearson correlation of the ranks (written out, no scipy)."""
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = math.sqrt(sum((x - ma) ** 2 for x in ra))
    vb = math.sqrt(sum((y - mb) ** 2 for y in rb))
    return cov / (va * vb)


def test_spearman_by_hand() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # ranks (1, 2, 3) against (1, 3, 2): 1 − 6·Σd²/(n(n²−1)) = 1 − 6·2/24 = 0.5
    assert spearman([1, 2, 3], [5, 9, 7]) == pytest.approx(0.5)


# ------------------------------------------------------------------------ the data


def test_every_calibration_scheme_is_encoded() -> None:
    proposals = sorted(p.stem for p in CALIBRATION.glob("*.yaml") if p.stem not in DATA_FILES)
    named = set(OBSERVED["schemes"])
    named |= {o[key] for o in OBSERVED["orders"] for key in ("higher", "lower")}
    assert sorted(named) == proposals
    ids = {info["id"] for info in OBSERVED["schemes"].values()}
    ids |= {o["id"] for o in OBSERVED["orders"]}
    # T1–T21, with T11 the same data point as T5 (noted there)
    assert ids == {f"T{i}" for i in range(1, 22)} - {"T11"}
    assert "T11" in OBSERVED["schemes"]["energietoeslag-2022"]["also"]


def test_observed_figures_are_copied_unchanged() -> None:
    got = {info["id"]: info["non_take_up"] for info in OBSERVED["schemes"].values()}
    assert got == SHARED


def test_no_dutch_figure_among_the_international_ones() -> None:
    data = yaml.safe_load((CALIBRATION / "international.yaml").read_text("utf-8"))
    countries = {f["country"] for f in data["figures"]}
    assert not any("nether" in c.lower() or "nederland" in c.lower() for c in countries)
    assert all(f["source"]["title"] for f in data["figures"])


# ------------------------------------------------------------------------ documented errors


def _fit_data() -> Any:
    """The fit's own reading of the calibration set (scripts/takeup_fit; needs no scipy)."""
    sys.path.insert(0, str(REPO / "scripts"))
    from takeup_fit import data, model, specs

    return data, model, specs


def test_shipped_parameters_reproduce_the_in_sample_fit(rules: RuleSet) -> None:
    data, model, specs = _fit_data()
    observations, _ = data.dutch(rules, specs.load_priors())
    by_name = {o.name: o for o in observations}
    values = rules.takeup.values()
    offsets = {name: CV["summary"][name] for name in (specs.OFFSET, specs.INTERIM)}
    rows = CV["schemes"]
    fitted = []
    for row in rows:
        obs = by_name[row["scheme"]]
        # the run-time model (assess) and the fit's use of it agree, scheme by scheme
        assert _non_take_up(row["scheme"], rules) == pytest.approx(
            model.predict(values, obs), abs=1e-9
        )
        # in the fit, interim counts carry the fitted interim shift
        fitted.append(model.predict(values, obs, offsets))
        assert fitted[-1] == pytest.approx(row["fitted"], abs=6e-5), row["scheme"]
        assert obs.interim == bool(OBSERVED["schemes"][row["scheme"]].get("interim"))
    observed = [row["observed"] for row in rows]
    mae = sum(abs(a - b) for a, b in zip(fitted, observed, strict=True)) / len(rows)
    assert 100 * mae == pytest.approx(DOCUMENTED["fitted"]["mae"], abs=0.01)
    assert spearman(fitted, observed) == pytest.approx(DOCUMENTED["fitted"]["spearman"], abs=1e-3)


@pytest.mark.parametrize("key", ["leave_one_out", "grouped"])
def test_documented_cross_validated_errors(key: str) -> None:
    rows = CV["schemes"]
    held_out = [row[key] for row in rows]
    observed = [row["observed"] for row in rows]
    mae = sum(abs(a - b) for a, b in zip(held_out, observed, strict=True)) / len(rows)
    assert 100 * mae == pytest.approx(DOCUMENTED[key]["mae"], abs=0.01)
    assert 100 * CV["summary"][key]["mae"] == pytest.approx(DOCUMENTED[key]["mae"], abs=0.01)
    assert spearman(held_out, observed) == pytest.approx(DOCUMENTED[key]["spearman"], abs=1e-3)


def test_leave_one_out_against_the_goals() -> None:
    loo = DOCUMENTED["leave_one_out"]
    assert loo["spearman"] >= GOALS["spearman"]
    # documented shortfall: the MAE aim of 8 pp is missed by a fifth of a point
    assert loo["mae"] <= GOALS["mae"] + 0.25


def test_directions_of_the_calibration_set(rules: RuleSet) -> None:
    # calibration-v2: within one energietoeslag, automatic < confirm < apply; Anw (a large,
    # national benefit with a life event and an invitation) low; bijzondere bijstand highest
    auto = _non_take_up("energietoeslag-den-haag-automatisch", rules)
    confirm = _non_take_up("energietoeslag-noardwest-fryslan", rules)
    apply = _non_take_up("energietoeslag-den-haag-onbekend", rules)
    assert auto < confirm < apply
    assert _non_take_up("anw-nabestaanden-2009", rules) < _non_take_up("huurtoeslag-2021", rules)
    assert _non_take_up("bijzondere-bijstand", rules) > _non_take_up(
        "algemene-bijstand-2018", rules
    )
    # T21: the first TONK was left unclaimed more than the simplified one
    assert _non_take_up("tonk-2021-begin", rules) > _non_take_up("tonk-2021-vereenvoudigd", rules)


TOESLAGEN = [
    name
    for name, info in OBSERVED["schemes"].items()
    if info["family"] == "toeslagen" and name != "toeslagen-bij-bijstand"
]


def _classes(scheme: str, rules: RuleSet) -> tuple[dict[str, float], float]:
    result = assess(load_proposal(CALIBRATION / f"{scheme}.yaml"), rules, intervals=False)
    assert result.class_impact is not None
    return {
        c.id: c.take_up for c in result.class_impact.classes
    }, result.class_impact.summary.take_up


def _most(rules: RuleSet, attribute: str) -> str:
    return max(rules.classes.classes, key=lambda c: c.attributes[attribute].value).id


@pytest.mark.parametrize("scheme", TOESLAGEN)
def test_the_class_with_most_self_employed_takes_up_less_than_average(
    scheme: str, rules: RuleSet
) -> None:
    # CPB 2025: self-employed leave toeslagen unclaimed much more than average
    per_class, average = _classes(scheme, rules)
    assert per_class[_most(rules, "self_employed_or_flex")] < average


@pytest.mark.xfail(
    strict=True,
    reason="SHORTFALL (documented in docs/methodology.md): the class with most recent "
    "retirees is the rentenierende bovenlaag, whose low shares of low literacy, low digital "
    "skills and self-employment outweigh its recently-retired effect; the effect per "
    "household is in the right direction (test_takeup), but at class level it is too small.",
)
@pytest.mark.parametrize("scheme", TOESLAGEN)
def test_the_class_with_most_recent_retirees_takes_up_less_than_average(
    scheme: str, rules: RuleSet
) -> None:
    per_class, average = _classes(scheme, rules)
    assert per_class[_most(rules, "recently_retired")] < average


# ------------------------------------------------------------------------ the fit (scipy)


@pytest.fixture(scope="module")
def calibration() -> Any:
    pytest.importorskip("scipy")
    sys.path.insert(0, str(REPO / "scripts"))
    from takeup_fit.run import build, run

    return run(build(), cross=False, progress=False)


def test_a_refit_gives_the_shipped_parameters(calibration: Any, rules: RuleSet) -> None:
    values, _, _ = calibration.values()
    shipped = rules.takeup.values()
    for spec in calibration.specs:
        key = f"takeup.{spec.name}"
        if key in shipped:
            assert values[key] == pytest.approx(shipped[key], rel=1e-3, abs=1e-5), key
    # the shipped draws come from the same fit and seed
    assert rules.takeup.uncertainty is not None
    first = rules.takeup.uncertainty.draws.rows()[0]
    for key, value in first.items():
        assert calibration.draws[0][key] == pytest.approx(value, rel=1e-3, abs=1e-5), key


def test_a_held_out_fold_gives_its_stored_prediction(calibration: Any) -> None:
    from takeup_fit.fit import cross_validate

    names = ["bijzondere-bijstand"]
    got = cross_validate(calibration.problem, calibration.result.theta, {"T4": names}, False)
    stored = next(r for r in CV["schemes"] if r["scheme"] == names[0])
    assert got[names[0]] == pytest.approx(stored["leave_one_out"], abs=5e-4)


def test_parameter_recovery_from_simulated_data(calibration: Any) -> None:
    # Data simulated from known parameters (the fit's own mode) on the calibration designs,
    # with noise of the fitted σ per weight, refitted from the prior centre: every coordinate
    # the data identify (posterior sd below 0.7 of the prior sd) comes back within three
    # posterior standard deviations. (The others are held by their priors by design.)
    from takeup_fit.fit import covariance, fit
    from takeup_fit.model import predict
    from takeup_fit.specs import prior_centre

    truth = list(calibration.result.theta)
    values, offsets, sigma = calibration.problem.values(truth)
    cov = covariance(calibration.problem, truth)

    noisy = copy.deepcopy(calibration.problem)
    rng = random.Random(20230307)
    for obs in noisy.observations:
        mean = predict(values, obs, offsets)
        obs.values = [
            min(0.999, max(0.0, mean + rng.gauss(0.0, sigma / math.sqrt(obs.weight))))
            for _ in obs.values
        ]
    refit = fit(noisy, prior_centre(noisy.specs))
    identified = 0
    for i, spec in enumerate(noisy.specs):
        posterior_sd = math.sqrt(cov[i][i])
        if posterior_sd < 0.7 * spec.sd:
            identified += 1
            assert abs(refit.theta[i] - truth[i]) < 3 * posterior_sd, spec.name
    assert identified >= 8
