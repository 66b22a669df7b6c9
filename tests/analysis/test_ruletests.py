"""The rule-test runner, its coverage of the default rule set, and --update."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from beleidskompas.analysis.ruletests import merge, run_rule_tests
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]


def test_merge_semantics() -> None:
    base = {"a": {"b": 1, "c": [1, 2]}, "d": 1}
    assert merge(base, {"a": {"c": [3]}, "d": None}) == {"a": {"b": 1, "c": [3]}, "d": None}
    assert base == {"a": {"b": 1, "c": [1, 2]}, "d": 1}


def test_every_default_rule_fires_once_and_stays_silent_once(rules: RuleSet) -> None:
    fires: set[str] = set()
    silent: set[str] = set()
    for path in sorted((REPO / "rules" / "tests").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("kind") != "rule_tests":
            continue
        for case in data["cases"]:
            fires |= set(case["expect"].get("fires", []))
            silent |= set(case["expect"].get("silent", []))
    ids = {c.id for c in rules.rules()}
    assert ids - fires == set(), "rules without a firing case"
    assert ids - silent == set(), "rules without a silent case"


def test_default_rule_tests_pass(cli: Callable[..., Any]) -> None:
    result = cli("test", REPO / "rules")
    assert result.code == 0, result.stdout
    assert " passed" in result.stdout and "failed" not in result.stdout


def _rule_set_with_test(tmp_path: Path, value: str) -> Path:
    root = tmp_path / "mijn-regels"
    (root / "tests").mkdir(parents=True)
    (root / "ruleset.yaml").write_text(
        "schema_version: 1\nid: mijn-regels\nversion: '1'\n"
        "title: {nl: Mijn regels, en: My rules}\nextends: default\nfiles: {}\n",
        encoding="utf-8",
    )
    (root / "tests" / "scores.yaml").write_text(
        "schema_version: 1\nkind: rule_tests\n"
        "bases:\n  leeg: {id: leeg, title: Leeg, effects: [], target_group: {}}\n"
        "cases:\n  - name: score of an empty proposal  # comment kept\n    base: leeg\n"
        "    expect:\n      figures:\n"
        f"        doenvermogen.score: {{value: {value}, tolerance: 0.5}}\n",
        encoding="utf-8",
    )
    return root


def test_update_rewrites_expected_figures_and_keeps_comments(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    root = _rule_set_with_test(tmp_path, "12.5")
    failing = cli("test", root)
    assert failing.code == 1 and "1 failed" in failing.stdout
    updated = cli("test", root, "--update")
    assert "-        doenvermogen.score: {value: 12.5" in updated.stdout
    assert "+        doenvermogen.score: {value: 100.0" in updated.stdout
    text = (root / "tests" / "scores.yaml").read_text(encoding="utf-8")
    assert "# comment kept" in text
    assert cli("test", root).code == 0
    report = run_rule_tests(root)
    assert report.passed == 1 and report.failed == 0


def test_pytest_collects_rule_test_files(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = _rule_set_with_test(tmp_path, "100")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(root / "tests")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
