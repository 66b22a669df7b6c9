"""Facts derived from a proposal before the rules run; rules read them as ``facts.*``."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from beleidskompas.model.base import Frozen
from beleidskompas.model.proposal import ItChange


class Facts(Frozen):
    """Derived values rule conditions can use (absent = cannot be derived)."""

    earliest_feasible_date: dt.date | None = Field(
        default=None, description="Earliest entry into force under Ar 4.17 and IT lead times."
    )
    entry_before_earliest_feasible: bool | None = Field(
        default=None, description="Planned entry into force lies before the earliest feasible date."
    )
    entry_on_change_date: bool | None = Field(
        default=None, description="Planned entry into force is a fixed change date (Ar 4.17)."
    )
    minimum_lead_met: bool | None = Field(
        default=None,
        description="At least 2 months (3 with decentral governments) between publication and "
        "entry into force.",
    )
    it_lead_met: bool | None = Field(
        default=None,
        description="Planned entry into force leaves every implementer its IT lead time.",
    )
    largest_it_change: ItChange | None = Field(
        default=None, description="The largest IT change of any implementer."
    )
    bottom_reach_share: float | None = Field(
        default=None,
        description="Share of the people reached who belong to the bottom classes.",
    )
