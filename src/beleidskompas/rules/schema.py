"""The JSON Schema of every kind of rule-set file (including registered sections)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from beleidskompas.model.parameters import (
    InstrumentsFile,
    LeadTimes,
    ScoringFile,
    TakeupParameters,
)
from beleidskompas.model.regeldruk import RegeldrukFile
from beleidskompas.model.rules import RuleSetManifest, SourceRegistry
from beleidskompas.model.schema import bundle_schema
from beleidskompas.model.society import CapitalGraphSpec, ClassModel
from beleidskompas.rules.sections import rule_kinds


def rules_schema() -> dict[str, Any]:
    """One JSON Schema covering every kind of rule-set file."""
    models: list[type[BaseModel]] = [
        RuleSetManifest,
        SourceRegistry,
        ClassModel,
        CapitalGraphSpec,
        TakeupParameters,
        ScoringFile,
        LeadTimes,
        InstrumentsFile,
        RegeldrukFile,
        *(kind.file_model for kind in rule_kinds()),
    ]
    return bundle_schema(
        models, schema_id="beleidskompas/rules.schema.json", title="beleidskompas rule-set files"
    )
