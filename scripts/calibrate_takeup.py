"""Fit the take-up model on the calibration set, and only on it; cross-validate it.

Usage:
    python scripts/calibrate_takeup.py            # fit, cross-validate, print the tables
    python scripts/calibrate_takeup.py --write    # also write rules/takeup/parameters.yaml
                                                  # and examples/calibration/cv.yaml
    python scripts/calibrate_takeup.py --no-cv    # fit only (about a minute less)

The data: the Dutch calibration schemes of examples/calibration/ (observed.yaml, one proposal
per scheme; copied unchanged from /work/shared/domain) and the foreign figures of
examples/calibration/international.yaml. The model is the run-time one
(beleidskompas.scoring.takeup). The fit is a maximum a posteriori estimate with the priors of
examples/calibration/priors.yaml (each encodes a sourced direction), a Gaussian likelihood
on the non-take-up scale with weights by source quality and a fitted σ, soft order
constraints for the within-scheme contrasts without a rate, and a Laplace approximation for
the parameter draws. Cross-validation leaves out one Dutch scheme at a time, and one family
(toeslagen, municipal, SVB, energietoeslag) at a time; the foreign figures always stay in.
Needs the `calibrate` extra (scipy, numpy); the run-time model never imports them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from takeup_fit.render import CV, PARAMETERS, cv_document, parameters_document
from takeup_fit.run import build, rows, run, summary
from takeup_fit.specs import NUISANCE, PREFIX


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def table(result_rows: list[dict[str, object]]) -> str:
    """The error table of docs/methodology.md."""
    lines = [
        "| id | scheme | route | load | weight | observed | fitted | left out | family left out |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in result_rows:
        loo = _pct(float(r["leave_one_out"])) if "leave_one_out" in r else "—"  # type: ignore[arg-type]
        grp = _pct(float(r["grouped"])) if "grouped" in r else "—"  # type: ignore[arg-type]
        lines.append(
            f"| {r['id']} | {r['scheme']} | {r['route']} | {float(r['load']):g} | "  # type: ignore[arg-type]
            f"{float(r['weight']):.2f} | {_pct(float(r['observed']))} | "  # type: ignore[arg-type]
            f"{_pct(float(r['fitted']))} | {loo} | {grp} |"  # type: ignore[arg-type]
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    cal = build()
    run(cal, cross="--no-cv" not in argv)
    assert cal.result is not None
    values, offsets, sigma = cal.values()
    print(f"objective {cal.result.objective:.4f}; σ = {sigma:.4f}; offsets {offsets}")
    print(f"support: {cal.support}")
    for spec in cal.specs:
        if spec.name in NUISANCE:
            continue
        print(f"  {spec.name} = {values[PREFIX + spec.name]:.4g}")
    result_rows = rows(cal)
    print(table(result_rows))
    totals = summary(result_rows)
    for key in ("fitted", "leave_one_out", "grouped"):
        if key in totals:
            t = totals[key]
            print(
                f"{key}: MAE {100 * t['mae']:.2f} pp (weighted {100 * t['weighted_mae']:.2f}), "
                f"Spearman ρ {t['spearman']:.3f}; per route "
                + ", ".join(f"{k} {100 * v:.1f}" for k, v in t["per_route"].items())
            )
    intl = [o for o in cal.problem.observations if o.international]
    from takeup_fit.model import predict

    errors = [abs(predict(values, o, offsets) - o.observed) for o in intl]
    print(f"international in sample: MAE {100 * sum(errors) / len(errors):.2f} pp over {len(intl)}")
    for order in cal.problem.orders:
        gap = predict(values, order.higher) - predict(values, order.lower)
        print(f"order {order.tid}: {order.higher.name} − {order.lower.name} = {gap:+.3f}")
    if "--write" in argv:
        PARAMETERS.write_text(
            parameters_document(cal.priors, cal.specs, values, cal.support, cal.draws),
            encoding="utf-8",
        )
        totals["sigma"] = round(sigma, 4)
        totals.update({k: round(v, 4) for k, v in offsets.items()})
        CV.write_text(cv_document(result_rows, totals), encoding="utf-8")
        print(f"wrote {PARAMETERS} and {CV}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
