"""The eindoordeel's threshold reproduces its calibration on K1–K16 (docs/methodology.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from beleidskompas.rules.default import default_ruleset

REPO = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "calibrate_verdicts", REPO / "scripts" / "calibrate_verdicts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["calibrate_verdicts"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_threshold_is_the_fitted_one() -> None:
    script = _script()
    cases = script.load_cases()
    assert len(cases) == 16 and sum(c.label == "U" for c in cases) == 2
    fitted = script.fit(cases)
    shipped = default_ruleset().parameter("scoring.uitvoerbaarheid.uitvoerbaar_min_score").value
    assert shipped == pytest.approx(fitted, abs=0.5)


def test_the_documented_errors_by_hand() -> None:
    script = _script()
    cases = {c.id: c for c in script.load_cases()}
    # Scores as documented: U cases 95.0 (K15) and 90.2 (K16); P cases 77.4, 65.2, 68.6,
    # 85.7, 85.7, 72.2, 90.2, 95.0, 95.0, 95.0, 90.2, 54.9, 90.2, 85.7.
    # AUC: K15 beats 11 P cases and ties 3 (½ each) = 12.5; K16 beats 8 and ties 3 = 9.5;
    # (12.5 + 9.5) / (2 × 14) = 22 / 28.
    assert script.auc(list(cases.values())) == pytest.approx(22 / 28)
    # At 88: both U cases uitvoerbaar; of the P cases 8 are below 88 or have a major
    # finding: balanced accuracy (1 + 8/14) / 2 = 11/14.
    assert script.balanced_accuracy(list(cases.values()), 88) == pytest.approx(11 / 14)
    # leave-one-out is far worse: without K16 the threshold moves above 90.2, without K15
    # only one U case remains
    assert script.leave_one_out(list(cases.values())) < 0.6
