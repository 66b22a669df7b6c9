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


FACT_INPUTS: dict[str, tuple[str, ...]] = {
    "earliest_feasible_date": (
        "implementation.legislation",
        "implementation.publication_date",
        "implementation.decision_date",
        "implementation.implementers",
    ),
    "entry_before_earliest_feasible": (
        "implementation.legislation",
        "implementation.publication_date",
        "implementation.decision_date",
        "implementation.entry_into_force",
    ),
    "entry_on_change_date": ("implementation.legislation", "implementation.entry_into_force"),
    "minimum_lead_met": (
        "implementation.legislation",
        "implementation.publication_date",
        "implementation.entry_into_force",
    ),
    "it_lead_met": (
        "implementation.decision_date",
        "implementation.entry_into_force",
        "implementation.implementers",
    ),
    "largest_it_change": ("implementation.implementers",),
    "bottom_reach_share": ("target_group",),
}
"""The proposal fields each fact is derived from: a rule that cannot judge because a fact
is unknown asks for these fields (users never see the internal ``facts.*`` names)."""
