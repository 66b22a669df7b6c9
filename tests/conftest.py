"""Shared fixtures: the default rule set, the benign base proposal, and a CLI runner."""

from __future__ import annotations

import atexit
import copy
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[1]

# Keep the rule-set cache of the test run out of the user's cache folder (and clean it up).
if "BELEIDSKOMPAS_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="beleidskompas-cache-")
    os.environ["BELEIDSKOMPAS_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)
EXAMPLES = REPO / "examples"

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run on a fixed 'today' (1 January 2026), so that the bundled examples' planned
    dates are not 'in the past' whenever the suite happens to run (SOURCE_DATE_EPOCH)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    """The default rule set (loaded once)."""
    return default_ruleset()


@pytest.fixture(scope="session")
def benign_data() -> dict[str, Any]:
    """The fully known, problem-free base proposal of rules/tests/bases.yaml, as data."""
    with (REPO / "rules" / "tests" / "bases.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)["bases"]["benign"]
    return data


@pytest.fixture
def benign(benign_data: dict[str, Any]) -> dict[str, Any]:
    """A fresh deep copy of the benign base proposal data (safe to modify)."""
    return copy.deepcopy(benign_data)


@pytest.fixture
def make_proposal(benign_data: dict[str, Any]) -> Callable[..., Proposal]:
    """Build a Proposal from the benign base with a fragment merged over it."""
    from beleidskompas.analysis.ruletests import merge

    def build(fragment: dict[str, Any] | None = None) -> Proposal:
        return Proposal.model_validate(merge(copy.deepcopy(benign_data), fragment or {}))

    return build


@dataclass
class CliResult:
    """What a CLI run returned."""

    code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``beleidskompas ARGS`` in-process; returns exit code, stdout and stderr."""
    from beleidskompas.cli import main

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run
