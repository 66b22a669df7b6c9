"""JSON Schemas: the committed proposal schema is current, and examples and rules fit them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "schemas" / "proposal.schema.json"
NOT_PROPOSALS = {  # the calibration's data files, not proposals
    f"calibration/{name}.yaml" for name in ("observed", "international", "priors", "cv")
} | {"calibration/uitvoering/observed.yaml"}
EXAMPLES = sorted(
    p
    for p in (REPO / "examples").rglob("*")
    if p.suffix in (".yaml", ".yml", ".json")
    and p.relative_to(REPO / "examples").as_posix() not in NOT_PROPOSALS
)
RULE_FILES = sorted(
    p for p in (REPO / "rules").rglob("*.yaml") if "tests" not in p.relative_to(REPO).parts[1:]
)


def plain(value: Any) -> Any:
    """YAML data as JSON would have it: dates become ISO strings."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return plain(json.loads(text) if path.suffix == ".json" else yaml.safe_load(text))


def run_schema(cli: Callable[..., Any], *args: str) -> dict[str, Any]:
    result = cli("schema", *args)
    assert result.code == 0, result.stderr
    schema: dict[str, Any] = json.loads(result.stdout)
    return schema


def test_examples_are_found() -> None:
    names = {p.relative_to(REPO / "examples").parts[0] for p in EXAMPLES}
    assert {"catalogue", "options"} <= names
    assert len(EXAMPLES) >= 30
    assert len(RULE_FILES) >= 15
    assert not any("tests" in p.parts for p in RULE_FILES)


def test_printed_schema_is_a_valid_draft_2020_12_schema(cli: Callable[..., Any]) -> None:
    schema = run_schema(cli)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"id", "title", "effects", "target_group"}


def test_committed_schema_equals_printed_schema(cli: Callable[..., Any]) -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == run_schema(cli)


def test_committed_schema_is_byte_identical(cli: Callable[..., Any]) -> None:
    result = cli("schema")
    assert result.stdout == COMMITTED.read_text(encoding="utf-8")


def test_schema_output_is_deterministic(cli: Callable[..., Any]) -> None:
    assert cli("schema").stdout == cli("schema").stdout


@pytest.mark.parametrize("which", ["printed", "committed"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(REPO / "examples")))
def test_every_example_validates(path: Path, which: str, cli: Callable[..., Any]) -> None:
    schema = (
        run_schema(cli) if which == "printed" else json.loads(COMMITTED.read_text(encoding="utf-8"))
    )
    validator = jsonschema.Draft202012Validator(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(load(path))]
    assert errors == []


def test_schema_rejects_what_the_loader_rejects(cli: Callable[..., Any]) -> None:
    validator = jsonschema.Draft202012Validator(run_schema(cli))
    base = load(REPO / "examples" / "automatisch-kindbudget.yaml")
    assert validator.is_valid(base)
    for broken in (
        {**base, "titel": "x"},
        {**base, "id": "Hoofdletters"},
        {**base, "title": ""},
        {**base, "delivery": {**base["delivery"], "granting": "automatisch"}},
        {**base, "effects": [{"capital": "economisch", "size": 1.5}]},
        {k: v for k, v in base.items() if k != "target_group"},
    ):
        assert not validator.is_valid(broken)


def test_rules_schema_is_valid_and_fits_every_rule_file(cli: Callable[..., Any]) -> None:
    schema = run_schema(cli, "--rules")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    problems = {}
    for path in RULE_FILES:
        errors = list(validator.iter_errors(load(path)))
        if errors:
            problems[str(path.relative_to(REPO))] = [e.message[:200] for e in errors[:3]]
    assert problems == {}


def test_rules_schema_rejects_a_broken_rule_file(cli: Callable[..., Any]) -> None:
    validator = jsonschema.Draft202012Validator(run_schema(cli, "--rules"))
    rule_file = load(REPO / "rules" / "doenvermogen" / "granting.yaml")
    assert validator.is_valid(rule_file)
    broken = {**rule_file, "rules": [{**rule_file["rules"][0], "severity": "fatal"}]}
    assert not validator.is_valid(broken)
    assert not validator.is_valid({"kind": "onbekend"})
