"""JSON Schemas of the proposal file, the rule files and the JSON report."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from beleidskompas.model.proposal import Proposal

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def proposal_schema() -> dict[str, Any]:
    """The JSON Schema of a proposal file (schema_version 1)."""
    schema = Proposal.model_json_schema()
    return {"$schema": DIALECT, "$id": "beleidskompas/proposal.schema.json", **schema}


def rules_schema() -> dict[str, Any]:
    """One JSON Schema covering every kind of rule-set file."""
    from beleidskompas.model.rules import (
        DoenvermogenRuleFile,
        LeadTimes,
        RuleSetManifest,
        ScoringFile,
        SourceRegistry,
        TakeupParameters,
        UitvoerbaarheidRuleFile,
    )
    from beleidskompas.model.society import CapitalGraphSpec, ClassModel

    models: list[type[BaseModel]] = [
        RuleSetManifest,
        SourceRegistry,
        ClassModel,
        CapitalGraphSpec,
        TakeupParameters,
        ScoringFile,
        LeadTimes,
        DoenvermogenRuleFile,
        UitvoerbaarheidRuleFile,
    ]
    models_typed = models
    refs, defs = models_json_schema([(m, "validation") for m in models_typed])
    return {
        "$schema": DIALECT,
        "$id": "beleidskompas/rules.schema.json",
        "title": "beleidskompas rule-set files",
        "anyOf": [refs[(m, "validation")] for m in models_typed],
        **defs,
    }


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the assessment report (``--format json``)."""
    from beleidskompas.model.results import Assessment

    return {"$schema": DIALECT, **Assessment.model_json_schema(mode="serialization")}
