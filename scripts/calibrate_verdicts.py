"""Calibrate the uitvoerbaarheid eindoordeel on the real cases K1–K16 (calibration-v2 §B).

Usage (from the repository root):

    python scripts/calibrate_verdicts.py            # the table for docs/methodology.md

Each case is a proposal in ``examples/calibration/uitvoering/`` (design only) with its label
in ``observed.yaml``: U (implemented or judged feasible on the planned date) or P (not on
plan). The score is the tool's uitvoerbaarheid score from its own rules (no agency toets is
encoded: those outcomes are not in the shared notes). The threshold
``scoring.uitvoerbaarheid.uitvoerbaar_min_score`` is chosen to maximise the balanced
accuracy of "uitvoerbaar ⇔ U" (the midpoint between the two scores that bound the best
interval); leave-one-out refits it without each case in turn.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "examples" / "calibration" / "uitvoering"


@dataclass(frozen=True)
class Case:
    """One calibration case: its id, label and the tool's score without a threshold."""

    id: str
    label: str
    score: float
    major: bool
    """A blocker or major finding of the tool's own rules (uitvoerbaar is then impossible)."""


def load_cases() -> list[Case]:
    """Every case, assessed with the default rule set (its own rules only)."""
    from beleidskompas import api

    labels = yaml.safe_load((CASES / "observed.yaml").read_text(encoding="utf-8"))["cases"]
    out = []
    for case_id, entry in labels.items():
        result = api.assess_file(CASES / entry["file"], intervals=False).uitvoerbaarheid
        assert result is not None
        heavy = any(
            f.severity in ("blocker", "major") and f.rule != "UV-TOETS" for f in result.findings
        )
        out.append(Case(case_id, entry["label"], result.score, heavy))
    return out


def predict(case: Case, threshold: float) -> str:
    """U when the tool would say uitvoerbaar: no major finding and a score ≥ threshold."""
    return "U" if not case.major and case.score >= threshold else "P"


def balanced_accuracy(cases: Sequence[Case], threshold: float) -> float:
    """Mean of the hit rates on U and on P."""
    rates = []
    for label in ("U", "P"):
        group = [c for c in cases if c.label == label]
        if group:
            rates.append(sum(predict(c, threshold) == label for c in group) / len(group))
    return sum(rates) / len(rates)


def auc(cases: Sequence[Case]) -> float:
    """Probability that a U case scores above a P case (ties count half)."""
    us = [c.score for c in cases if c.label == "U"]
    ps = [c.score for c in cases if c.label == "P"]
    pairs = [(u > p) + 0.5 * (u == p) for u in us for p in ps]
    return sum(pairs) / len(pairs)


def fit(cases: Sequence[Case]) -> float:
    """The threshold with the best balanced accuracy: the midpoint of the best interval."""
    scores = sorted({c.score for c in cases})
    candidates = [scores[0] - 1.0]
    candidates += [(a + b) / 2 for a, b in itertools.pairwise(scores)]
    candidates.append(scores[-1] + 1.0)
    return max(candidates, key=lambda t: (balanced_accuracy(cases, t), -t))


def leave_one_out(cases: Sequence[Case]) -> float:
    """Balanced accuracy of predictions made with a threshold fitted without the case."""
    predicted = []
    for i, case in enumerate(cases):
        threshold = fit([c for j, c in enumerate(cases) if j != i])
        predicted.append(predict(case, threshold))
    rates = []
    for label in ("U", "P"):
        hits = [p == label for c, p in zip(cases, predicted, strict=True) if c.label == label]
        rates.append(sum(hits) / len(hits))
    return sum(rates) / len(rates)


def main() -> int:
    """Print the calibration table."""
    cases = load_cases()
    threshold = fit(cases)
    print("| case | label | score | major finding | verdict at the fitted threshold |")
    print("|---|---|---:|---|---|")
    for c in cases:
        verdict = "uitvoerbaar" if predict(c, threshold) == "U" else "uitvoerbaar_mits or worse"
        print(f"| {c.id} | {c.label} | {c.score:.1f} | {'yes' if c.major else 'no'} | {verdict} |")
    print()
    print(f"fitted uitvoerbaar_min_score: {threshold:.2f}")
    print(f"balanced accuracy in sample: {balanced_accuracy(cases, threshold):.3f}")
    print(f"balanced accuracy leave-one-out: {leave_one_out(cases):.3f}")
    print(f"AUC of the score: {auc(cases):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
