"""The CLI contract: exit codes, gates, output files, init, rules, classes, graph."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
GOOD = REPO / "examples" / "automatisch-kindbudget.yaml"
BAD = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"


def test_assess_default_table(cli: Callable[..., Any]) -> None:
    result = cli("assess", GOOD)
    assert result.code == 0
    assert "Doenvermogen" in result.stdout and result.stderr == ""


def test_gates_exit_1(cli: Callable[..., Any]) -> None:
    assert cli("assess", BAD, "--fail-on", "major").code == 1
    assert cli("assess", BAD, "--fail-under", "60").code == 1
    assert cli("assess", GOOD, "--fail-on", "blocker").code == 0
    assert cli("assess", GOOD, "--fail-under", "50").code == 0


def test_output_is_atomic_and_refuses_to_overwrite(cli: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    assert cli("assess", GOOD, "-f", "json", "-o", target).code == 0
    first = target.read_bytes()
    again = cli("assess", GOOD, "-f", "json", "-o", target)
    assert again.code == 2 and "--force" in again.stderr
    assert target.read_bytes() == first
    assert cli("assess", GOOD, "-f", "json", "-o", target, "--force").code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_output_never_overwrites_the_input(cli: Callable[..., Any], tmp_path: Path) -> None:
    copy = tmp_path / "p.yaml"
    copy.write_bytes(GOOD.read_bytes())
    result = cli("assess", copy, "-o", copy, "--force")
    assert result.code == 2
    assert copy.read_bytes() == GOOD.read_bytes()


def test_internal_error_exit_3(cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from beleidskompas import api

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "assess", broken)
    result = cli("assess", GOOD)
    assert result.code == 3
    assert "Traceback" not in result.stderr and "boom" in result.stderr
    debug = cli("assess", GOOD, "--debug")
    assert debug.code == 3 and "Traceback" in debug.stderr


def test_usage_errors_exit_2(cli: Callable[..., Any]) -> None:
    assert cli("assess").code == 2
    assert cli("assess", GOOD, "--format", "pdf").code == 2
    assert cli("nonsense").code == 2
    missing = cli("assess", "does-not-exist.yaml")
    assert missing.code == 2 and "does-not-exist.yaml" in missing.stderr


def test_misspelt_key_one_message(cli: Callable[..., Any], tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(
        GOOD.read_text(encoding="utf-8").replace("  granting:", "  grantin:"), encoding="utf-8"
    )
    result = cli("validate", path)
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    line_no = next(
        i
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "grantin:" in line
    )
    assert lines[0].startswith(f"{path}:{line_no}:")
    assert "grantin" in lines[0] and "granting" in lines[0]


def test_init_then_validate_and_assess(cli: Callable[..., Any], tmp_path: Path) -> None:
    for lang in ("nl", "en"):
        path = tmp_path / f"x-{lang}.yaml"
        assert cli("init", path, "--lang", lang).code == 0
        assert cli("validate", path).code == 0
        assert cli("assess", path, "--lang", lang).code == 0
        assert cli("init", path).code == 2  # exists, no --force


def test_validate_all_examples(cli: Callable[..., Any]) -> None:
    files = sorted((REPO / "examples").rglob("*.yaml"))
    data = {"observed.yaml", "international.yaml", "priors.yaml", "cv.yaml"}  # calibration data
    files = [f for f in files if f.name not in data]
    result = cli("validate", *files)
    assert result.code == 0, result.stderr
    assert result.stdout.count(": OK") == len(files)


def test_schema_commands(cli: Callable[..., Any]) -> None:
    proposal = json.loads(cli("schema").stdout)
    assert proposal["title"] == "Proposal"
    rules = json.loads(cli("schema", "--rules").stdout)
    assert "anyOf" in rules


def test_rules_list_and_show(cli: Callable[..., Any]) -> None:
    listing = cli("rules", "list", "--format", "json")
    ids = [r["id"] for r in json.loads(listing.stdout)]
    assert "DV-01" in ids and "UV-01" in ids
    shown = cli("rules", "show", "dv-06", "--lang", "en")
    assert shown.code == 0 and "DV-06" in shown.stdout and "condition" in shown.stdout
    assert cli("rules", "show", "XX-99").code == 2


def test_classes_command(cli: Callable[..., Any]) -> None:
    data = json.loads(cli("classes", "--format", "json").stdout)
    classes = {c["id"]: c for c in data["classes"]}
    assert len(classes) == 7
    assert max(classes, key=lambda k: classes[k]["accumulated_total"]) == "precariaat"
    assert classes["precariaat"]["share"] == 0.063
    for fmt in ("table", "markdown", "csv"):
        assert cli("classes", "--format", fmt, "--lang", "en").code == 0
    other = json.loads(
        cli(
            "classes",
            "--classes",
            REPO / "rules" / "society" / "classes-scp-2014.yaml",
            "--format",
            "json",
        ).stdout
    )
    assert len(other["classes"]) == 6


def test_graph_formats(cli: Callable[..., Any]) -> None:
    mermaid = cli("graph", "--format", "mermaid").stdout
    assert mermaid.startswith("flowchart LR") and "economisch -->|" in mermaid
    assert cli("graph", "--format", "dot").stdout.startswith("digraph")
    assert "<graphml" in cli("graph", "--format", "graphml").stdout
    data = json.loads(cli("graph", "--format", "json").stdout)
    assert data["spectral_radius"] < 1


def test_version(cli: Callable[..., Any]) -> None:
    result = cli("--version")
    assert result.code == 0 and result.stdout.startswith("beleidskompas ")
