"""Fit the take-up model on the calibration set, and only on it.

Usage:
    python scripts/calibrate_takeup.py            # print the fit and the table
    python scripts/calibrate_takeup.py --write    # also write rules/takeup/parameters.yaml values

Free parameters: the base non-take-up per granting mode (in logit space, kept in the order
automatic <= proactive <= application <= discretionary) and the burden slope β. The
capacity steepness γ and the capacity weights are inferred, not fitted: the calibration set
has scheme-level figures only, which cannot identify how non-take-up differs by class.
Objective: sum of squared errors in non-take-up. Needs scipy (pip install scipy).
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import yaml
from scipy.optimize import minimize

from beleidskompas import assess, load_proposal
from beleidskompas.model.rules import TakeupParameters
from beleidskompas.rules.loader import load_rules
from beleidskompas.scoring.impact import reach_by_class
from beleidskompas.scoring.takeup import take_up_by_class

REPO = Path(__file__).resolve().parents[1]
CALIBRATION = REPO / "examples" / "calibration"
PARAMETERS = REPO / "rules" / "takeup" / "parameters.yaml"
MODES = ("automatic", "proactive", "application", "discretionary")


def load_schemes() -> list[tuple[str, object, float]]:
    observed = yaml.safe_load((CALIBRATION / "observed.yaml").read_text(encoding="utf-8"))
    out = []
    for scheme_id, info in observed["schemes"].items():
        proposal = load_proposal(CALIBRATION / f"{scheme_id}.yaml")
        out.append((scheme_id, proposal, float(info["non_take_up"])))
    return out


class Scheme:
    """What the take-up model needs of a calibration scheme (independent of its parameters)."""

    def __init__(self, rules, proposal) -> None:  # type: ignore[no-untyped-def]
        result = assess(proposal, rules)
        assert result.doenvermogen is not None
        self.load = result.doenvermogen.take_up_load
        self.granting = result.doenvermogen.granting
        self.reach = reach_by_class(proposal, rules.classes)
        self.shares = {c.id: c.share.value for c in rules.classes.classes}
        self.classes = rules.classes

    def non_take_up(self, params: TakeupParameters) -> float:
        """Reach-weighted non-take-up under ``params``."""
        take_up = take_up_by_class(self.granting, self.load, self.classes, params)
        eligible = sum(self.shares[k] * self.reach[k] for k in self.shares)
        weighted = sum(self.shares[k] * self.reach[k] * take_up[k] for k in self.shares)
        return 1.0 - weighted / eligible


def with_values(params: TakeupParameters, bases: dict[str, float], beta: float) -> TakeupParameters:
    new_bases = {
        m: params.base_non_take_up[m].model_copy(update={"value": bases[m]})
        for m in MODES  # type: ignore[index]
    }
    return params.model_copy(
        update={
            "base_non_take_up": new_bases,
            "burden_slope": params.burden_slope.model_copy(update={"value": beta}),
        }
    )


def unpack(x: list[float]) -> tuple[dict[str, float], float]:
    """x = [logit base automatic, log steps to the next modes (3), log beta]."""
    logits = [x[0]]
    for step in x[1:4]:
        logits.append(logits[-1] + math.exp(step))
    bases = {m: 1 / (1 + math.exp(-v)) for m, v in zip(MODES, logits, strict=True)}
    return bases, math.exp(x[4])


def fit(
    params: TakeupParameters, schemes: list[tuple[str, Scheme, float]]
) -> tuple[dict[str, float], float, object]:
    """Least-squares fit of the bases and beta on ``schemes``."""

    def loss(x: list[float]) -> float:
        bases, beta = unpack(list(x))
        candidate = with_values(params, bases, beta)
        return sum((s.non_take_up(candidate) - obs) ** 2 for _, s, obs in schemes)

    start = [-4.0, -1.0, -1.0, 0.0, math.log(0.2)]
    options = {"xatol": 1e-8, "fatol": 1e-13, "maxiter": 40000, "maxfev": 40000}
    result = minimize(loss, start, method="Nelder-Mead", options=options)
    bases, beta = unpack(list(result.x))
    return bases, beta, result


def main(argv: list[str]) -> int:
    rules = load_rules()
    params = rules.takeup
    schemes = [(sid, Scheme(rules, p), obs) for sid, p, obs in load_schemes()]
    bases, beta, result = fit(params, schemes)
    fitted = with_values(params, bases, beta)
    print(f"converged: {result.success} ({result.nit} iterations), SSE {result.fun:.6f}")  # type: ignore[attr-defined]
    print(f"beta = {beta:.4f}; gamma = {params.capacity_steepness.value} (inferred, not fitted)")
    for m in MODES:
        print(f"base_non_take_up.{m} = {bases[m]:.4f}")
    errors = []
    loo_errors = []
    rows = []
    for i, (scheme_id, scheme, obs) in enumerate(schemes):
        pred = scheme.non_take_up(fitted)
        errors.append(abs(pred - obs))
        rest = schemes[:i] + schemes[i + 1 :]
        loo_bases, loo_beta, _ = fit(params, rest)
        loo = scheme.non_take_up(with_values(params, loo_bases, loo_beta))
        loo_errors.append(abs(loo - obs))
        rows.append(
            f"| {scheme_id} | {scheme.granting} | {scheme.load:g} | {obs:.1%} | {pred:.1%} | "
            f"{100 * (pred - obs):+.1f} | {loo:.1%} |"
        )
    print("| scheme | granting | take-up load | observed | fitted | error (pp) | left out |")
    print("|---|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print(f"\nMAE (fit) = {100 * sum(errors) / len(errors):.2f} percentage points")
    print(f"MAE (leave one out) = {100 * sum(loo_errors) / len(loo_errors):.2f} percentage points")
    if "--write" in argv:
        text = PARAMETERS.read_text(encoding="utf-8")
        for m in MODES:
            text = re.sub(
                rf"(\n  {m}: \{{value: )[0-9.e-]+", rf"\g<1>{bases[m]:.4f}", text, count=1
            )
        text = re.sub(r"(\nburden_slope: \{value: )[0-9.e-]+", rf"\g<1>{beta:.4f}", text, count=1)
        PARAMETERS.write_text(text, encoding="utf-8")
        print(f"wrote {PARAMETERS}")
    del result
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
