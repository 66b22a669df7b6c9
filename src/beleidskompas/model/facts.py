"""Facts derived from a proposal before the rules run; rules read them as ``facts.*``."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from beleidskompas.model.base import Frozen
from beleidskompas.model.proposal import ItChange


class Facts(Frozen):
    """Derived values rule conditions can use (absent = cannot be derived)."""

    earliest_feasible_date: dt.date | None = Field(
        default=None,
        description="Earliest entry into force under the instrument's rules and the IT lead "
        "times (a lower bound while the publication date is unknown).",
    )
    earliest_is_lower_bound: bool | None = Field(
        default=None,
        description="The earliest feasible date is only a lower bound (publication date or "
        "an IT lead time unknown).",
    )
    entry_before_publication: bool | None = Field(
        default=None, description="Planned entry into force lies before the publication date."
    )
    ar417_applies: bool | None = Field(
        default=None, description="Aanwijzing 4.17 governs the instrument (wet, AMvB, regeling)."
    )
    deviation_covers_change_dates: bool = Field(
        default=False, description="A motivated Ar 4.17 deviation sets the fixed dates aside."
    )
    deviation_covers_minimum: bool = Field(
        default=False, description="A motivated Ar 4.17 deviation sets the minimum aside."
    )
    deviation_on_residual_ground: bool = Field(
        default=False,
        description="A declared Ar 4.17 deviation rests only on Ar 1.2 lid 2 (general_ar_1_2).",
    )
    imposed_task: bool | None = Field(
        default=None,
        description="The measure imposes a task on medeoverheden (medebewind), as stated or "
        "derived from the instrument.",
    )
    entry_before_earliest_feasible: bool | None = Field(
        default=None, description="Planned entry into force lies before the earliest feasible date."
    )
    entry_on_change_date: bool | None = Field(
        default=None, description="Planned entry into force is a fixed change date (Ar 4.17)."
    )
    minimum_lead_met: bool | None = Field(
        default=None,
        description="The instrument's minimum period between publication and entry into force "
        "is met (Ar 4.17: 2 months, 3 when directly relevant to medeoverheden; 0 elsewhere).",
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
    "earliest_is_lower_bound": ("implementation.publication_date",),
    "entry_before_publication": (
        "implementation.publication_date",
        "implementation.entry_into_force",
    ),
    "ar417_applies": ("implementation.legislation",),
    "imposed_task": ("implementation.decentralised.imposed_task",),
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
