"""Shared model configuration: every contract model is frozen and rejects unknown keys."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Lang = Literal["nl", "en"]


class Frozen(BaseModel):
    """Base of every contract model: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, defer_build=True)


class Text(Frozen):
    """A user-facing text in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        """The text in ``lang``."""
        return self.nl if lang == "nl" else self.en
