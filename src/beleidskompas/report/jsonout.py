"""The JSON report (DESIGN §8): deterministic bytes for the same input."""

from __future__ import annotations

import json
from typing import Any

from beleidskompas.model.results import Assessment


def dumps(data: Any) -> str:
    """Stable JSON: fixed key order from the models, two-space indent, UTF-8 text."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def render_json(assessment: Assessment, *, explain: bool = False) -> str:
    """The assessment as JSON; with ``explain`` the trace is added under ``trace``."""
    data = assessment.model_dump(mode="json")
    if explain:
        data["trace"] = [step.model_dump(mode="json") for step in assessment.trace]
    return dumps(data)
