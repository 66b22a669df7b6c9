"""Shared model configuration: every contract model is frozen and rejects unknown keys."""

from __future__ import annotations

from typing import Any, NoReturn

from pydantic import BaseModel, ConfigDict

from beleidskompas.i18n import Entry, TextError


class Frozen(BaseModel):
    """Base of every contract model: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, defer_build=True)


def invalid(entry: Entry, **params: Any) -> NoReturn:
    """Raise a validation error with a catalogue message (in model validators)."""
    raise TextError(entry.text(**params))
