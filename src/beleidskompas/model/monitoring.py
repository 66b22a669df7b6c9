"""What a proposal expects to move: the indicators of the monitor it names (``monitoring``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from beleidskompas.model.base import Frozen

IndicatorId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]
GroupId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]

EARLIEST_START = 1900
LATEST_START = 2200


class MonitoringTarget(Frozen):
    """An indicator the measure is expected to move, in which direction, for which groups."""

    indicator: IndicatorId = Field(
        description="Id of an indicator of the monitor (beleidskompas monitor lists them)."
    )
    direction: Literal["up", "down"] = Field(description="up | down: where the value should go.")
    groups: list[GroupId] = Field(
        default_factory=list,
        description="Group ids the measure aims at (e.g. precariaat, leeftijd_0_17, "
        "nederland); [] = every group the indicator has data for.",
    )
    since: int | None = Field(
        default=None,
        ge=EARLIEST_START,
        le=LATEST_START,
        description="First year the measure can show in the indicator; absent = the year of "
        "implementation.entry_into_force.",
    )
    note: str | None = Field(default=None, description="Why this indicator should move.")
