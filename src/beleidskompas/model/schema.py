"""JSON Schema helpers and the JSON Schema of the proposal file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from beleidskompas.model.proposal import Proposal

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def proposal_schema() -> dict[str, Any]:
    """The JSON Schema of a proposal file (schema_version 1)."""
    schema = Proposal.model_json_schema()
    return {"$schema": DIALECT, "$id": "beleidskompas/proposal.schema.json", **schema}


def bundle_schema(
    models: Sequence[type[BaseModel]],
    *,
    schema_id: str,
    title: str,
    mode: Literal["validation", "serialization"] = "validation",
) -> dict[str, Any]:
    """One JSON Schema that accepts any of ``models`` (shared definitions in ``$defs``)."""
    refs, defs = models_json_schema([(m, mode) for m in models])
    return {
        "$schema": DIALECT,
        "$id": schema_id,
        "title": title,
        "anyOf": [refs[(m, mode)] for m in models],
        **defs,
    }
