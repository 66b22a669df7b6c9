"""JSON: a document's data, deterministic bytes for the same input.

Floats are written in their shortest round-trip form (Python's ``repr``), so full
precision survives; ``-0.0`` is written as ``0.0``.
"""

from __future__ import annotations

import json
from typing import Any

from beleidskompas.report.document import Document


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        return 0.0 if value == 0 else value
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def dumps(data: Any) -> str:
    """Stable JSON: fixed key order from the models, two-space indent, UTF-8 text."""
    return json.dumps(_clean(data), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def render_json(document: Document, **_: Any) -> str:
    """A document's data as JSON."""
    return dumps(document.data)
