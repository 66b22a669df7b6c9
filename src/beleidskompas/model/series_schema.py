"""JSON Schemas of the monitor's files: a row of a CSV series file, and the YAML files."""

from __future__ import annotations

from typing import Any, get_args

from beleidskompas.model.monitoring import IndicatorId
from beleidskompas.model.rules import SourceRegistry
from beleidskompas.model.schema import DIALECT, bundle_schema
from beleidskompas.model.series import (
    GROUP_KINDS,
    NUMBER_PATTERN,
    PERIOD_PATTERN,
    GroupFile,
    IndicatorFile,
)
from beleidskompas.model.series_files import CbsImport, MonitorManifest
from beleidskompas.model.sources import Provenance

REQUIRED = ("indicator", "group_kind", "group", "period", "sources", "provenance")
_ID = get_args(IndicatorId)[1].pattern
_SOURCE = r"[a-z0-9][a-z0-9._-]*"


def _cell(description: str, **rules: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **rules}


def series_row_schema() -> dict[str, Any]:
    """The JSON Schema of one row of a CSV series file, as ``csv.DictReader`` reads it.

    Every cell is a string; an empty optional cell is absent. Beyond this schema the loader
    checks that ids are known to the data set, that ``low <= value <= high``, and that no
    value is given twice.
    """
    number = f"^$|{NUMBER_PATTERN}"
    nonempty = {"pattern": r"\S"}
    return {
        "$schema": DIALECT,
        "$id": "beleidskompas/series-row.schema.json",
        "title": "beleidskompas series file (CSV): one row",
        "description": "A header line names the columns (any order); each further line is one "
        "value of one indicator for one group in one period. See docs/monitor.md.",
        "type": "object",
        "required": list(REQUIRED),
        "additionalProperties": False,
        "properties": {
            "indicator": _cell("Indicator id (indicators.yaml).", pattern=_ID),
            "group_kind": {"enum": list(GROUP_KINDS), "description": "Kind of the group."},
            "group": _cell("Group id (groups.yaml).", pattern=_ID),
            "period": _cell(
                "A year (2021) or a span of years (2019-2020).", pattern=PERIOD_PATTERN
            ),
            "value": _cell("The value; empty when the source gives only bounds.", pattern=number),
            "low": _cell("Lower bound (with high).", pattern=number),
            "high": _cell("Upper bound (with low).", pattern=number),
            "sources": _cell("Source ids, separated by ';'.", pattern=f"^{_SOURCE}(;{_SOURCE})*$"),
            "provenance": {
                "enum": list(get_args(Provenance)),
                "description": "found | computed | inferred",
            },
            "provisional": {"enum": ["", "true", "false"], "description": "A provisional figure."},
            "note": _cell("A caveat, the method (computed) or the reasoning (inferred)."),
        },
        "anyOf": [
            {"required": ["value"], "properties": {"value": nonempty}},
            {"required": ["low", "high"], "properties": {"low": nonempty, "high": nonempty}},
        ],
    }


def monitor_files_schema() -> dict[str, Any]:
    """One JSON Schema covering the monitor's YAML files (manifest, registries, CBS imports)."""
    return bundle_schema(
        [MonitorManifest, IndicatorFile, GroupFile, SourceRegistry, CbsImport],
        schema_id="beleidskompas/monitor.schema.json",
        title="beleidskompas monitor data-set files",
    )
