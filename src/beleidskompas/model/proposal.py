"""The proposal file (schema_version 1): one policy measure described as data.

A field left out means *unknown* unless its description says otherwise; a rule that
needs an unknown field yields an ``info`` finding ("cannot judge"), never a silent pass.
"""

import datetime as dt
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from beleidskompas.i18n.catalogue import model as M
from beleidskompas.model.base import Frozen, invalid
from beleidskompas.model.monitoring import MonitoringTarget

CapitalId = Literal["economisch", "sociaal", "cultureel", "persoons"]
CAPITALS: tuple[CapitalId, ...] = ("economisch", "sociaal", "cultureel", "persoons")

Instrument = Literal[
    "income_support",
    "tax_measure",
    "service",
    "in_kind",
    "regulation",
    "subsidy",
    "information",
    "programme",
]
Granting = Literal["automatic", "proactive", "application", "discretionary"]
Route = Literal["automatic", "confirm", "prefilled", "invitation", "application", "discretionary"]
ROUTES: tuple[Route, ...] = (
    "automatic",
    "confirm",
    "prefilled",
    "invitation",
    "application",
    "discretionary",
)
"""The routes from the least to the most that is asked of people (the take-up order)."""
GRANTING_OF_ROUTE: dict[Route, Granting] = {
    "automatic": "automatic",
    "confirm": "proactive",
    "prefilled": "proactive",
    "invitation": "proactive",
    "application": "application",
    "discretionary": "discretionary",
}
"""The granting mode each route implies (the doenvermogen rules read ``granting``)."""
Awareness = Literal["well_known", "national", "local"]
Outreach = Literal["none", "letter", "campaign", "personal"]
Payment = Literal["none", "fixed", "advance_with_reconciliation", "ex_post"]
Channel = Literal["digital", "paper", "phone", "desk"]
LifeEvent = Literal[
    "none",
    "birth",
    "divorce",
    "death_partner",
    "job_loss",
    "illness",
    "bankruptcy",
    "retirement",
    "moving",
]
Initiative = Literal["citizen", "government"]
Repeats = Literal["once", "yearly", "monthly", "on_change"]
SanctionKind = Literal["repayment", "fine", "loss_of_benefit"]
Organisation = Literal[
    "toeslagen",
    "belastingdienst",
    "uwv",
    "svb",
    "duo",
    "cak",
    "rvo",
    "gemeenten",
    "provincies",
    "waterschappen",
    "other",
]
ItChange = Literal["none", "minor", "major", "new_system"]
UitvoerbaarheidVerdict = Literal["uitvoerbaar", "uitvoerbaar_mits", "niet_uitvoerbaar"]
Legislation = Literal[
    "none",
    "beleidsregel",
    "ministeriele_regeling",
    "amvb",
    "wet",
    "gemeentelijke_verordening",
    "collegebesluit",
    "provinciale_verordening",
    "waterschapsverordening",
]
AR417_INSTRUMENTS: tuple[Legislation, ...] = ("wet", "amvb", "ministeriele_regeling")
"""The instruments Aanwijzing voor de regelgeving 4.17 covers (lid 1, 2 and 4)."""
DECENTRAL_INSTRUMENTS: tuple[Legislation, ...] = (
    "gemeentelijke_verordening",
    "collegebesluit",
    "provinciale_verordening",
    "waterschapsverordening",
)
"""Instruments of municipalities, provinces and water boards (outside the Aanwijzingen)."""
DeviationGround = Literal[
    "unwanted_effects",
    "year_cycle",
    "beneficial_early",
    "excessive_cost",
    "urgent",
    "repair",
    "eu_international",
    "general_ar_1_2",
]
DeviationCovers = Literal["change_dates", "minimum", "both"]
EducationSector = Literal["none", "funderend_mbo", "hoger_onderwijs"]
Level3 = Literal["low", "medium", "high"]

ProposalId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
AttributeId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
ClassId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Share = Annotated[float, Field(ge=0.0, le=1.0)]

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2200, 12, 31)
"""Dates a proposal may give: what validates can be computed (lead times of years, the next
fixed change date) without leaving the calendar."""


def _in_range(day: dt.date) -> dt.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        invalid(M.DATE_RANGE, low=EARLIEST_DATE, high=LATEST_DATE)
    return day


PlanDate = Annotated[dt.date, AfterValidator(_in_range)]
"""A date between :data:`EARLIEST_DATE` and :data:`LATEST_DATE`."""


class Reference(Frozen):
    """A document the proposal rests on, e.g. a Kamerstuk."""

    title: str = Field(description="E.g. 'Kamerstuk 36 410 XV, nr. 21'.")
    url: str | None = Field(default=None, description="Where to read it.")


class Budget(Frozen):
    """Money the measure costs the government."""

    structural_eur_per_year: float | None = Field(
        default=None, ge=0, description="Structural cost in euros per year; absent = unknown."
    )
    incidental_eur: float | None = Field(
        default=None, ge=0, description="One-off cost in euros; absent = unknown."
    )


Reaches = Literal["claimed", "applied"]
"""How an effect reaches people: ``claimed`` (they must claim or accept it, so take-up
applies) or ``applied`` (it applies to everyone in scope: an obligation, a tax, a rule
change)."""


class Effect(Frozen):
    """The direct effect on one capital for one person who receives the measure.

    Give exactly one of ``size`` (on the 0–1 capital scale), ``amount_eur_per_month`` or
    ``amount_eur_once`` (money per recipient, converted into economic capital per class) and
    ``per_class`` (sizes per class, when the analyst knows better).
    """

    capital: CapitalId = Field(description="economisch | sociaal | cultureel | persoons")
    size: float | None = Field(
        default=None,
        ge=-1.0,
        le=1.0,
        description="Change on the 0–1 capital scale for one recipient, in [-1, 1]; "
        "negative means the measure takes away.",
    )
    amount_eur_per_month: float | None = Field(
        default=None,
        ge=-1_000_000,
        le=1_000_000,
        description="Money per recipient per month (negative: a cut). Economic capital only; "
        "converted per class with the class's reference income (docs/methodology.md).",
    )
    amount_eur_once: float | None = Field(
        default=None,
        ge=-10_000_000,
        le=10_000_000,
        description="A one-off sum per recipient (negative: a one-off loss), spread over the "
        "assessment horizon. Economic capital only.",
    )
    per_class: dict[ClassId, Annotated[float, Field(ge=-1.0, le=1.0)]] | None = Field(
        default=None,
        description="The change on the 0–1 scale per class id (classes left out: 0), for a "
        "recipient in that class.",
    )
    range: tuple[float, float] | None = Field(
        default=None,
        description="Optional uncertainty interval [low, high] that contains the value, in the "
        "unit of the value (capital scale for `size`, euros for the amounts).",
    )
    reaches: Reaches | None = Field(
        default=None,
        description="claimed (take-up applies) | applied (everyone in scope). Absent: the "
        "measure's `delivery.reaches`, else applied for regulation and tax_measure, claimed "
        "for every other instrument.",
    )
    note: str | None = Field(default=None, description="Where the estimate comes from.")

    @model_validator(mode="after")
    def _one_value(self) -> Self:
        given = [
            v is not None
            for v in (self.size, self.amount_eur_per_month, self.amount_eur_once, self.per_class)
        ]
        if sum(given) != 1:
            invalid(M.EFFECT_ONE_VALUE)
        money = self.amount_eur_per_month is not None or self.amount_eur_once is not None
        if money and self.capital != "economisch":
            invalid(M.EFFECT_MONEY_ECONOMIC)
        value = self.value
        if self.range is not None:
            low, high = self.range
            if self.per_class is not None:
                invalid(M.EFFECT_RANGE_PER_CLASS)
            if not low <= high or (self.size is not None and not -1.0 <= low <= high <= 1.0):
                invalid(M.RANGE_ORDER)
            if value is not None and not low <= value <= high:
                invalid(M.RANGE_CONTAINS_SIZE)
        return self

    @property
    def value(self) -> float | None:
        """The single value given (size or an amount), None for ``per_class``."""
        for v in (self.size, self.amount_eur_per_month, self.amount_eur_once):
            if v is not None:
                return v
        return None

    def with_value(self, value: float) -> Self:
        """The same effect with another value in its own unit (for ranges)."""
        for name in ("size", "amount_eur_per_month", "amount_eur_once"):
            if getattr(self, name) is not None:
                return self.model_copy(update={name: value})
        return self


class Scope(Frozen):
    """The population the measure is for: the Netherlands (default) or, e.g., one municipality."""

    name: str = Field(min_length=1, description="E.g. 'Zwolle'.")
    adults: int = Field(ge=1, le=100_000_000, description="Adults (18+) in the scope.")
    class_shares: dict[ClassId, Share] | None = Field(
        default=None,
        description="Its own class mix (share of adults per class, summing to 1); absent: the "
        "national shares of the class model.",
    )

    @model_validator(mode="after")
    def _shares_sum_to_one(self) -> Self:
        if self.class_shares is not None and abs(sum(self.class_shares.values()) - 1.0) > 0.01:
            invalid(M.SCOPE_SHARES_SUM)
        return self


class TargetGroup(Frozen):
    """Who the measure is for."""

    description: str | None = Field(default=None, description="The target group in words.")
    criteria: list[AttributeId] = Field(
        default_factory=list,
        description="Class attribute ids that must all hold (e.g. low_income, renter). "
        "The reach in a class is the product of the class's shares for these attributes "
        "(an independence assumption). Empty: everyone.",
    )
    reach: dict[ClassId, Share] | None = Field(
        default=None,
        description="Share of each class that is eligible, in [0, 1]; overrides `criteria`. "
        "Classes left out have reach 0.",
    )


class Help(Frozen):
    """Help available to people who must act."""

    personal: bool | None = Field(
        default=None, description="A person who helps (desk, phone, home visit); absent = unknown."
    )
    non_digital: bool | None = Field(
        default=None, description="A way to do everything without internet; absent = unknown."
    )


class CitizenAction(Frozen):
    """One thing a person must do to get (or keep) the measure."""

    description: str | None = Field(default=None, description="What the person must do.")
    initiative: Initiative = Field(
        default="citizen",
        description="Who takes the first step: citizen (default) or government (e.g. a "
        "pre-filled form sent to the person).",
    )
    repeats: Repeats = Field(
        default="once", description="once (default) | yearly | monthly | on_change"
    )
    documents: int = Field(default=0, ge=0, le=1000, description="Documents to supply (default 0).")
    deadline_days: int | None = Field(
        default=None,
        ge=1,
        le=3650,
        description="Days the person has to act; absent = no deadline.",
    )
    data_known_to_government: bool | None = Field(
        default=None,
        description="Whether the government already holds the data asked for; absent = unknown.",
    )
    minutes: float | None = Field(
        default=None,
        ge=0,
        le=100_000,
        description="Minutes one occurrence takes a person, documents and login included "
        "(regeldruk); absent = the rule set's time norms.",
    )
    out_of_pocket_eur: float | None = Field(
        default=None,
        ge=0,
        le=1_000_000,
        description="Out-of-pocket costs per occurrence in euros (fees, postage, travel; "
        "regeldruk); absent = not quantified.",
    )


class BusinessAction(Frozen):
    """One thing businesses must do because of the measure (regeldruk for businesses)."""

    description: str | None = Field(default=None, description="What the businesses must do.")
    who: str | None = Field(default=None, description="Which businesses, e.g. 'werkgevers'.")
    businesses: int = Field(ge=0, le=100_000_000, description="How many businesses must do it.")
    repeats: Repeats = Field(
        default="once", description="once (default) | yearly | monthly | on_change"
    )
    minutes: float = Field(
        ge=0, le=1_000_000, description="Minutes one occurrence takes one business."
    )
    out_of_pocket_eur: float | None = Field(
        default=None,
        ge=0,
        le=100_000_000,
        description="Out-of-pocket costs per occurrence in euros (investments, fees); "
        "absent = not quantified.",
    )


class Sanction(Frozen):
    """What happens when a person does not act, or acts wrongly."""

    trigger: str = Field(description="What causes it, e.g. 'wijziging te laat doorgegeven'.")
    kind: SanctionKind = Field(description="repayment | fine | loss_of_benefit")
    escalates: bool = Field(
        default=False, description="Whether it grows when not paid or repeated (default false)."
    )
    amount_eur: float | None = Field(
        default=None,
        ge=0,
        le=1_000_000,
        description="What one sanction costs the person, in euros; absent: the rule set's "
        "default for its kind (e.g. one month's bijstand for loss_of_benefit).",
    )


class Delivery(Frozen):
    """How the measure reaches people: what it asks of them (drives doenvermogen and take-up)."""

    reaches: Reaches | None = Field(
        default=None,
        description="claimed (people must claim or accept it; take-up applies) | applied "
        "(it applies to everyone in scope: an obligation, a tax, a rule change). Absent: "
        "applied for regulation and tax_measure, claimed otherwise. An effect may override.",
    )
    granting: Granting | None = Field(
        default=None,
        description="automatic (no action needed) | proactive (government approaches likely "
        "eligible people) | application (people must apply) | discretionary (application "
        "judged case by case). Absent = unknown; when only `route` is given, the granting "
        "mode it implies (confirm, prefilled and invitation are proactive).",
    )
    route: Route | None = Field(
        default=None,
        description="How people get the measure, finer than `granting`: automatic (paid "
        "without asking) | confirm (the government knows the data and asks people to confirm "
        "a fact) | prefilled (people check and send a form the government filled in) | "
        "invitation (a letter or call invites likely eligible people to apply) | application "
        "(people must find out and apply themselves) | discretionary (an application judged "
        "case by case). With `known_share`: the route of everyone the government does not "
        "know. Absent: follows `granting` (proactive = invitation).",
    )
    known_share: Share | None = Field(
        default=None,
        description="Mixed routes: the share (0–1) of the target group the government "
        "already knows (e.g. benefit recipients), who get `known_route`; the rest get "
        "`route`. Give both or neither.",
    )
    known_route: Route | None = Field(
        default=None,
        description="Mixed routes: the route of the `known_share` the government already "
        "knows, e.g. automatic (the energietoeslag 2022: paid to known benefit recipients, "
        "an application for the rest).",
    )
    one_off_amount_eur: float | None = Field(
        default=None,
        ge=0,
        description="A one-off sum per recipient in euros (e.g. 1300); next to or instead of "
        "`amount_eur_per_month`. Absent = none or unknown.",
    )
    awareness: Awareness | None = Field(
        default=None,
        description="How well people know the measure: well_known (a national scheme "
        "everyone knows, like huurtoeslag) | national (a national scheme, less known) | "
        "local (rules and amounts differ per municipality, or people must discover it). "
        "Absent = unknown (take-up assumes national).",
    )
    outreach: Outreach | None = Field(
        default=None,
        description="Outreach on top of the route: none | letter (a letter to likely "
        "eligible people) | campaign (publicity) | personal (a person approaches and helps, "
        "e.g. a consultant at intake). A route's own letter (invitation, confirm) is not "
        "outreach. Absent = unknown (take-up assumes none).",
    )
    last_resort: bool | None = Field(
        default=None,
        description="Whether the measure is last-resort, means-tested assistance (like "
        "bijstand), whose stigma keeps people from claiming. Absent = unknown (take-up "
        "assumes not).",
    )
    payment: Payment | None = Field(
        default=None,
        description="none | fixed | advance_with_reconciliation (paid in advance, settled "
        "later, with recovery risk) | ex_post. Absent = unknown.",
    )
    amount_eur_per_month: float | None = Field(
        default=None, ge=0, description="Typical amount per recipient per month; absent = unknown."
    )
    income_dependent: bool | None = Field(
        default=None, description="Whether the amount depends on income; absent = unknown."
    )
    channels: list[Channel] | None = Field(
        default=None, description="Ways to do what is asked; absent = unknown."
    )
    requires_digid: bool | None = Field(
        default=None, description="Whether DigiD is needed; absent = unknown."
    )
    help: Help = Field(default_factory=Help, description="Help available.")
    life_event: LifeEvent | None = Field(
        default=None,
        description="The life event during which people must act (none if not tied to one); "
        "absent = unknown.",
    )
    tested_with_target_group: bool | None = Field(
        default=None, description="Whether the design was tested with the target group."
    )
    hardship_clause: bool | None = Field(
        default=None, description="Whether a hardheidsclausule allows deviation; absent = unknown."
    )
    citizen_actions: list[CitizenAction] | None = Field(
        default=None,
        description="Everything a person must do; [] = nothing; absent = unknown.",
    )
    sanctions: list[Sanction] | None = Field(
        default=None, description="Sanctions; [] = none; absent = unknown."
    )
    business_actions: list[BusinessAction] | None = Field(
        default=None,
        description="What businesses must do (regeldruk for businesses); [] = nothing; "
        "absent = unknown.",
    )

    @model_validator(mode="after")
    def _routes(self) -> Self:
        if (self.known_share is None) != (self.known_route is None):
            invalid(M.KNOWN_ROUTE_PAIR)
        if self.route is not None:
            implied = GRANTING_OF_ROUTE[self.route]
            if self.granting is None:
                object.__setattr__(self, "granting", implied)
            elif self.granting != implied:
                invalid(M.ROUTE_GRANTING, route=self.route, granting=self.granting, implied=implied)
        return self


class Uitvoeringstoets(Frozen):
    """An implementing organisation's formal test of the draft."""

    done: bool = Field(description="Whether the uitvoeringstoets was done.")
    verdict: UitvoerbaarheidVerdict | None = Field(
        default=None, description="Its eindoordeel, when done."
    )


class Implementer(Frozen):
    """An organisation that carries out the measure."""

    organisation: Organisation = Field(description="Who implements.")
    it_change: ItChange | None = Field(
        default=None,
        description="none | minor | major | new_system; absent = unknown.",
    )
    uitvoeringstoets: Uitvoeringstoets | None = Field(
        default=None, description="The uitvoeringstoets; absent = unknown."
    )


class Decentralised(Frozen):
    """Involvement of municipalities, provinces or water boards (medeoverheden)."""

    involved: bool | None = Field(
        default=None, description="Whether decentral governments carry it out; absent = unknown."
    )
    imposed_task: bool | None = Field(
        default=None,
        description="true: a task the Rijk imposes on them (medebewind: funding under the "
        "Financiële-verhoudingswet, UDO and consultation apply); false: their own "
        "(autonomous) policy or a power they may use. Absent: derived — false for a "
        "municipal, provincial or water-board instrument, true for a wet, AMvB or "
        "ministeriële regeling they carry out, else unknown.",
    )
    directly_relevant: bool | None = Field(
        default=None,
        description="Whether the rule is 'direct relevant voor medeoverheden' (Ar 4.17 lid 4: "
        "three months instead of two between publication and entry into force); absent = "
        "the value of `involved`.",
    )
    funded: bool | None = Field(
        default=None, description="Whether the Rijk funds their task sufficiently."
    )
    udo_done: bool | None = Field(
        default=None,
        description="Whether the UDO (uitvoerbaarheidstoets decentrale overheden) was done.",
    )
    policy_freedom: Level3 | None = Field(
        default=None, description="Policy freedom left to them: low | medium | high."
    )


class Ar417Deviation(Frozen):
    """A motivated deviation from the fixed change dates or the minimum period (Ar 4.17
    lid 5 and 6)."""

    ground: DeviationGround = Field(
        description="unwanted_effects (lid 5a) | year_cycle (5a: tied to a budget, tax or "
        "school year) | beneficial_early (5a: only favours those affected) | "
        "excessive_cost (5a) | urgent (5b: spoed- of noodregelgeving) | repair (5c: "
        "reparatieregelgeving) | eu_international (5d: binding EU or international "
        "decision) | general_ar_1_2 (Ar 1.2 lid 2, the residual ground)."
    )
    covers: DeviationCovers = Field(
        default="both",
        description="What the deviation covers: change_dates | minimum | both (default).",
    )
    motivation: str = Field(
        min_length=1,
        description="The motivation, as it will stand in the toelichting (Ar 4.17 lid 6).",
    )


class Costs(Frozen):
    """Implementation costs (uitvoeringskosten), shown in the report when given."""

    incidental_eur: float | None = Field(default=None, ge=0, description="One-off costs in euros.")
    structural_eur_per_year: float | None = Field(
        default=None, ge=0, description="Structural costs in euros per year."
    )


class Implementation(Frozen):
    """Who carries the measure out, by which legal vehicle, and when."""

    implementers: list[Implementer] | None = Field(
        default=None, description="Implementing organisations; [] = none named; absent = unknown."
    )
    legislation: Legislation | None = Field(
        default=None,
        description="The legal vehicle: none | beleidsregel | ministeriele_regeling | amvb | "
        "wet (Rijk; Aanwijzing 4.17 covers the last three) | gemeentelijke_verordening | "
        "collegebesluit | provinciale_verordening | waterschapsverordening (decentral, "
        "with their own publication rules); absent = unknown.",
    )
    ar417_deviation: Ar417Deviation | None = Field(
        default=None,
        description="A motivated deviation from Ar 4.17's fixed dates or minimum period; "
        "absent = none.",
    )
    education_sector: EducationSector = Field(
        default="none",
        description="Education change dates of Ar 4.17: none (default) | funderend_mbo | "
        "hoger_onderwijs.",
    )
    decision_date: PlanDate | None = Field(
        default=None, description="When the decision to go ahead is (to be) taken."
    )
    publication_date: PlanDate | None = Field(
        default=None, description="Planned publication in the Staatsblad/Staatscourant."
    )
    entry_into_force: PlanDate | None = Field(
        default=None, description="Planned entry into force (inwerkingtreding)."
    )
    decentralised: Decentralised = Field(
        default_factory=Decentralised, description="Involvement of decentral governments."
    )
    new_data_exchange: bool | None = Field(
        default=None, description="Whether new data exchange between organisations is needed."
    )
    personal_data: bool | None = Field(
        default=None, description="Whether personal data are processed."
    )
    dpia_done: bool | None = Field(
        default=None, description="Whether a DPIA (gegevensbeschermingseffectbeoordeling) was done."
    )
    fraud_risk: Level3 | None = Field(default=None, description="low | medium | high.")
    enforcement_plan: bool | None = Field(
        default=None, description="Whether there is a plan for enforcement (handhaving)."
    )
    staff_fte_structural: float | None = Field(
        default=None, ge=0, description="Structural staff needed at the implementers, in FTE."
    )
    staff_fte_incidental: float | None = Field(
        default=None, ge=0, description="One-off staff needed at the implementers, in FTE."
    )
    costs: Costs = Field(default_factory=Costs, description="Implementation costs.")
    evaluation_planned: bool | None = Field(
        default=None, description="Whether an evaluation is planned."
    )


class Proposal(Frozen):
    """A proposed policy measure: the input of an assessment (schema_version 1)."""

    schema_version: Literal[1] = Field(default=1, description="Version of this file format.")
    id: ProposalId = Field(description="Lower-case id with hyphens, e.g. huurtoeslag-2024.")
    title: str = Field(min_length=1, description="Title of the measure.")
    ministry: str | None = Field(default=None, description="Responsible ministry, e.g. SZW.")
    instrument: Instrument | None = Field(default=None, description="Kind of instrument.")
    summary: str | None = Field(default=None, description="What the measure does, in brief.")
    references: list[Reference] = Field(
        default_factory=list, description="Documents the proposal rests on."
    )
    monitoring: list[MonitoringTarget] = Field(
        default_factory=list,
        description="Indicators of the monitor the measure is expected to move (beleidskompas "
        "monitor --plan); [] = none named.",
    )
    budget: Budget = Field(default_factory=Budget, description="What it costs the government.")
    scope: Scope | None = Field(
        default=None,
        description="The population the measure is for; absent: the Netherlands (all adults).",
    )
    baseline: str | None = Field(
        default=None,
        min_length=1,
        max_length=4096,
        description="Today's scheme, as a proposal file (path relative to this file), which "
        "the measure replaces: doenvermogen, class impact and cost are then reported as the "
        "change from it, and doenvermogen gets the MvT's four-level oordeel against it.",
    )
    effects: list[Effect] = Field(
        description="Direct effects per capital for one recipient. [] = no direct effect."
    )
    target_group: TargetGroup = Field(description="Who the measure is for.")
    delivery: Delivery = Field(default_factory=Delivery, description="What it asks of people.")
    implementation: Implementation = Field(
        default_factory=Implementation, description="Who carries it out and when."
    )
