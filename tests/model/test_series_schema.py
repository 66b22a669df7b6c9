"""The JSON Schema of a series row is current, the shipped rows fit it, bad rows do not."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from beleidskompas.model.series_schema import monitor_files_schema, series_row_schema

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "schemas" / "series-row.schema.json"
SERIES = sorted((REPO / "monitor" / "series").glob("*.csv"))


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_committed_schema_is_current() -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == series_row_schema(), (
        "schemas/series-row.schema.json is stale: "
        "beleidskompas schema --series -o schemas/series-row.schema.json --force"
    )


@pytest.mark.parametrize("path", SERIES, ids=lambda p: p.name)
def test_every_shipped_row_fits_the_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(series_row_schema())
    for row in rows(path):
        errors = [e.message for e in validator.iter_errors(row)]
        assert errors == [], (path.name, row)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"value": "7,1"}, "decimal comma"),
        ({"period": "2023-24"}, "short period"),
        ({"provenance": "guess"}, "provenance"),
        ({"group_kind": "class"}, "group kind"),
        ({"sources": "a;;b"}, "empty source id"),
        ({"value": "", "low": "20"}, "no value and only one bound"),
        ({"colour": "red"}, "unknown column"),
    ],
)
def test_bad_rows_do_not_fit(change: dict[str, str], why: str) -> None:
    row: dict[str, Any] = {**rows(SERIES[0])[0], **change}
    assert not jsonschema.Draft202012Validator(series_row_schema()).is_valid(row), why


def test_the_monitor_files_fit_their_schema() -> None:
    validator = jsonschema.Draft202012Validator(monitor_files_schema())
    for path in sorted((REPO / "monitor").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert validator.is_valid(data), path.name
    for path in sorted((REPO / "tests" / "data" / "cbs").glob("*.yaml")):
        assert validator.is_valid(yaml.safe_load(path.read_text(encoding="utf-8"))), path.name
