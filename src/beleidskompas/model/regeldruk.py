"""Regeldruk (administrative burden): the parameter file and the result models.

The method is the Standaardkostenmodel of the *Handboek meting regeldrukkosten*: per
action, cost = number of people × times per year × (time × hourly tariff + out-of-pocket
costs), with one-off (eenmalige) and structural (structurele, per year) costs reported
apart and never added together. Definitions and a worked example: docs/methodology.md,
section Regeldruk.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import model as M
from beleidskompas.model.base import Frozen, invalid
from beleidskompas.model.sources import Param, SourceOut

Repeats = Literal["once", "yearly", "monthly", "on_change"]
MinutesFrom = Literal["proposal", "norms"]


class RegeldrukTariffs(Frozen):
    """Hourly tariffs that turn time into euros."""

    citizen_hour_eur: Param = Field(description="Euros per hour of a citizen's own time.")
    business_hour_eur: Param = Field(
        description="Euros per hour of business staff (wage costs plus overhead)."
    )


class TimeNorms(Frozen):
    """Minutes per occurrence for a normally efficient person (SKM activity lists)."""

    read_information: Param = Field(description="Learning what the measure asks (once).")
    digid_login: Param = Field(description="Logging in with DigiD (per digital occurrence).")
    digid_setup: Param = Field(description="Requesting and activating DigiD (once).")
    apply: Param = Field(description="Filling in and sending a digital form.")
    apply_paper: Param = Field(description="The same form on paper.")
    apply_prefilled: Param = Field(description="Checking and confirming a pre-filled form.")
    phone_call: Param = Field(description="Doing it by phone.")
    appointment: Param = Field(description="Making an appointment at a desk.")
    desk_visit: Param = Field(description="A desk visit: travel, waiting, conversation.")
    supply_document: Param = Field(description="Per document the person already holds.")
    report_change: Param = Field(description="Passing on a change (income, household).")


class RegeldrukFile(Frozen):
    """``regeldruk/parameters.yaml``: tariffs and time norms of the Standaardkostenmodel."""

    schema_version: Literal[1] = 1
    kind: Literal["regeldruk"] = "regeldruk"
    tariffs: RegeldrukTariffs
    time_norms: TimeNorms
    digid_setup_share: Param = Field(
        description="Share of the people who act digitally that must first get DigiD."
    )

    @model_validator(mode="after")
    def _sensible(self) -> RegeldrukFile:
        params = [*dict(self.tariffs).values(), *dict(self.time_norms).values()]
        if any(p.value < 0 for p in params):
            invalid(M.NOT_NEGATIVE, what="tariffs, time_norms")
        if not 0.0 <= self.digid_setup_share.value <= 1.0:
            invalid(M.SHARE_CLOSED, what="digid_setup_share")
        return self


class NormPart(Frozen):
    """One norm in the time of an action: ``count`` × the norm's minutes."""

    norm: str = Field(description="Time-norm id (regeldruk.time_norms.*).")
    count: float = Field(ge=0, description="How many times the norm counts per occurrence.")
    minutes: float = Field(ge=0, description="Minutes of the norm.")


class CitizenActionBurden(Frozen):
    """What one action of ``delivery.citizen_actions`` costs one person."""

    index: int = Field(ge=1, description="Position in delivery.citizen_actions (from 1).")
    description: str | None = Field(description="The action, as the proposal describes it.")
    repeats: Repeats
    per_year: float = Field(
        ge=0, description="Occurrences per person per year (1 for a one-off action)."
    )
    minutes: float = Field(ge=0, description="Minutes per occurrence.")
    minutes_from: MinutesFrom = Field(
        description="proposal: the action's own minutes; norms: the sum of `parts`."
    )
    parts: list[NormPart] = Field(
        default_factory=list, description="The time norms that make up `minutes` (norms)."
    )
    avoidable_minutes: float = Field(
        ge=0,
        description="Minutes spent supplying data the government already holds "
        "(data_known_to_government).",
    )
    out_of_pocket_eur: float | None = Field(
        description="Out-of-pocket euros per occurrence; null: not quantified (counted as 0)."
    )
    hours_per_person: float = Field(
        ge=0,
        description="Hours per person: per year for a structural action, once for a one-off.",
    )


class ClassRegeldruk(Frozen):
    """Citizens' burden in one class."""

    id: str
    label: Text
    persons_acting: float | None = Field(
        description="Adults in the class who do the actions: persons × reach × take-up."
    )
    hours_per_year: float | None = Field(description="Structural hours per year.")
    eur_per_year: float | None = Field(description="Structural euros per year.")
    once_hours: float | None = Field(description="One-off hours.")
    once_eur: float | None = Field(description="One-off euros.")


class CitizensRegeldruk(Frozen):
    """Citizens' regeldruk: per person, in total and per class."""

    hours_per_person_per_year: float = Field(
        ge=0, description="Structural hours per person who acts, per year."
    )
    once_hours_per_person: float = Field(
        ge=0, description="One-off hours per person who acts (first actions, getting started)."
    )
    eur_per_person_per_year: float = Field(
        ge=0, description="Structural euros per person per year (time × tariff + out-of-pocket)."
    )
    once_eur_per_person: float = Field(ge=0, description="One-off euros per person.")
    onboarding_minutes: float = Field(
        ge=0,
        description="One-off minutes per person to get started: reading what is asked, and the "
        "expected share of a DigiD request when an action is digital.",
    )
    persons_acting: float | None = Field(
        description="People who do the actions, Σ persons × reach × take-up; null when the "
        "class model gives no head counts."
    )
    hours_per_year: float | None = Field(description="Structural hours per year, all citizens.")
    eur_per_year: float | None = Field(description="Structural euros per year, all citizens.")
    once_hours: float | None = Field(description="One-off hours, all citizens.")
    once_eur: float | None = Field(description="One-off euros, all citizens.")
    out_of_pocket_eur_per_year: float | None = Field(
        description="The out-of-pocket part of eur_per_year."
    )
    avoidable_hours_per_year: float | None = Field(
        description="Structural hours spent supplying data the government already holds."
    )
    avoidable_once_hours: float | None = Field(
        description="One-off hours spent supplying data the government already holds."
    )
    out_of_pocket_quantified: bool = Field(
        description="False when an action gives no out-of-pocket figure (then counted as 0)."
    )
    actions: list[CitizenActionBurden]
    classes: list[ClassRegeldruk]


class BusinessActionBurden(Frozen):
    """What one action of ``delivery.business_actions`` costs the businesses concerned."""

    index: int = Field(ge=1, description="Position in delivery.business_actions (from 1).")
    description: str | None
    who: str | None = Field(description="Which businesses (e.g. werkgevers).")
    businesses: int = Field(ge=0, description="Number of businesses concerned.")
    repeats: Repeats
    per_year: float = Field(ge=0, description="Occurrences per business per year.")
    minutes: float = Field(ge=0, description="Minutes per occurrence.")
    out_of_pocket_eur: float | None = Field(
        description="Out-of-pocket euros per occurrence; null: not quantified (counted as 0)."
    )
    hours: float = Field(ge=0, description="Hours: per year (structural) or once (one-off).")
    eur: float = Field(ge=0, description="Euros: per year (structural) or once (one-off).")


class BusinessesRegeldruk(Frozen):
    """Businesses' regeldruk, from ``delivery.business_actions``."""

    hours_per_year: float = Field(ge=0)
    eur_per_year: float = Field(ge=0)
    once_hours: float = Field(ge=0)
    once_eur: float = Field(ge=0)
    actions: list[BusinessActionBurden]


class RegeldrukDelta(Frozen):
    """After minus before, for one group (null where either side is unknown)."""

    hours_per_year: float | None
    eur_per_year: float | None
    once_hours: float | None
    once_eur: float | None


class RegeldrukChange(Frozen):
    """The change against a baseline proposal: regeldruk(proposal) − regeldruk(baseline)."""

    citizens: RegeldrukDelta | None
    businesses: RegeldrukDelta | None


class RegeldrukResult(Frozen):
    """Regeldruk of a proposal: citizens' and businesses' time and money, sourced."""

    citizens: CitizensRegeldruk | None = Field(
        description="Null when the proposal does not say what people must do "
        "(delivery.citizen_actions absent)."
    )
    businesses: BusinessesRegeldruk | None = Field(
        description="Null when the proposal does not say (delivery.business_actions absent)."
    )
    citizen_hour_eur: float = Field(ge=0, description="The tariff used for citizens' time.")
    business_hour_eur: float = Field(ge=0, description="The tariff used for business time.")
    channel: str | None = Field(
        description="The channel whose times were used (digital, paper, phone, desk)."
    )
    assumptions: list[Text] = Field(default_factory=list)
    sources: list[SourceOut] = Field(
        default_factory=list, description="Sources of the tariffs and time norms used."
    )
    change: RegeldrukChange | None = Field(
        default=None, description="Against the baseline, when one is given."
    )
