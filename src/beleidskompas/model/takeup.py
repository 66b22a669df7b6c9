"""``takeup/parameters.yaml``: the take-up model's parameters (see docs/methodology.md).

Non-take-up of a route at the reference design is ``base_non_take_up``; the determinants
shift it on the logit scale (see :mod:`beleidskompas.scoring.takeup`). The fitted values,
the draws of their uncertainty and what the calibration set covers are written by
``scripts/calibrate_takeup.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import Field, model_validator

from beleidskompas.i18n.catalogue import model as M
from beleidskompas.model.base import Frozen, FrozenDict, FrozenMap, invalid
from beleidskompas.model.proposal import (
    ROUTES,
    AttributeId,
    Awareness,
    Granting,
    LifeEvent,
    Outreach,
    Route,
)
from beleidskompas.model.sources import Param, Provenance, SourceRef

PREFIX = "takeup."
"""Parameter ids of this file start with this (``takeup.amount.slope``)."""


class AmountParameters(Frozen):
    """How the amount a person gets shifts non-take-up (small amounts, low take-up)."""

    slope: Param = Field(
        description="Logit decrease of non-take-up per unit of ln(amount / reference)."
    )
    reference_eur_per_month: Param = Field(
        description="The amount (per month) at which the amount term is 0."
    )
    one_off_months: Param = Field(
        description="A one-off sum counts as this many months of a monthly amount."
    )
    lowest_eur_per_month: Param = Field(
        description="Smallest amount in the calibration set; smaller amounts count as this "
        "one (and are reported as outside the calibration)."
    )
    highest_eur_per_month: Param = Field(
        description="Largest amount in the calibration set; larger amounts count as this one."
    )


class ComplexityParameters(Frozen):
    """The doenvermogen take-up load as the model's measure of complexity."""

    slope: Param = Field(description="β: logit increase per unit of complexity load.")
    cap: Param = Field(
        description="Largest complexity load (without the digital rules) in the calibration "
        "set: more load does not raise non-take-up further (and is reported as outside it)."
    )
    literacy: Param = Field(
        description="γ_lit: the load weighs exp(γ_lit · share with low literacy) times as much."
    )
    digital: Param = Field(
        description="γ_dig: logit increase per unit of the digital rules' load, per unit of "
        "the share with low digital skills (digital barriers hinder only them)."
    )
    digital_cap: Param = Field(
        description="Largest load of the digital rules in the calibration set (as `cap`)."
    )
    excluded_rules: tuple[str, ...] = Field(
        default=(),
        description="Doenvermogen rules whose take-up load is not counted, because a "
        "determinant of its own carries it (route, amount, recovery, life event).",
    )
    digital_rules: tuple[str, ...] = Field(
        default=(),
        description="Doenvermogen rules about digital barriers (no non-digital route, DigiD, "
        "one channel): their load counts in the digital term instead.",
    )


class Covered(Frozen):
    """What the Dutch calibration schemes cover; outside it the report warns."""

    routes: tuple[Route, ...] = Field(description="Routes at least one scheme used.")
    life_events: tuple[LifeEvent, ...] = Field(
        description="Life events at least one scheme was tied to (none included)."
    )


class Draws(Frozen):
    """Parameter draws from the fit's posterior (Laplace approximation)."""

    parameters: tuple[str, ...] = Field(description="Parameter ids, one per column.")
    values: tuple[tuple[float, ...], ...] = Field(description="One row per draw.")

    @model_validator(mode="after")
    def _rectangular(self) -> Draws:
        width = len(self.parameters)
        if any(len(row) != width for row in self.values):
            invalid(M.DRAWS_WIDTH, width=width)
        return self

    def rows(self) -> list[dict[str, float]]:
        """Each draw as parameter id → value."""
        return [dict(zip(self.parameters, row, strict=True)) for row in self.values]


class Uncertainty(Frozen):
    """The fit's parameter uncertainty and how it is shown."""

    interval: float = Field(
        default=0.9, gt=0.0, lt=1.0, description="Coverage of the take-up intervals (a setting)."
    )
    widening: Param = Field(
        description="Per feature outside the calibration set, the spread of the draws "
        "(on the logit scale) is multiplied by this."
    )
    provenance: Provenance = Field(default="computed", description="Of the draws.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Of the draws.")
    note: str | None = None
    draws: Draws


GroupEffects = FrozenDict[AttributeId, Param]
GRANTING_ROUTES: dict[Granting, Route] = {
    "automatic": "automatic",
    "proactive": "invitation",
    "application": "application",
    "discretionary": "discretionary",
}
"""The route a proposal that gives only ``granting`` stands for (proactive: an invitation)."""


class TakeupParameters(Frozen):
    """``takeup/parameters.yaml``: the take-up model (see docs/methodology.md)."""

    schema_version: Literal[1] = 1
    kind: Literal["takeup"] = "takeup"
    base_non_take_up: FrozenDict[Route, Param] = Field(
        description="Non-take-up per route at the reference design (a well-known scheme, "
        "the reference amount, nothing else asked); automatic is also every route's floor."
    )
    amount: AmountParameters
    awareness: FrozenDict[Literal["national", "local"], Param] = Field(
        description="Logit increase for a less known scheme: national over well_known, "
        "local on top of national."
    )
    outreach: FrozenDict[Literal["letter", "campaign", "personal"], Param] = Field(
        description="Logit decrease for outreach on top of the route (none = 0)."
    )
    last_resort: Param = Field(description="Logit increase for last-resort assistance (stigma).")
    advance_with_reconciliation: Param = Field(
        description="Logit increase for an advance settled later (fear of recovery)."
    )
    life_event_multiplier: Param = Field(
        description="The complexity load weighs this much more during a life event."
    )
    complexity: ComplexityParameters
    groups: GroupEffects = Field(
        default_factory=FrozenMap,
        description="Logit effect per unit of a class attribute's share, centred on the "
        "population mean (attributes the class model lacks are left out).",
    )
    granting_routes: FrozenDict[Granting, Route] = Field(
        default_factory=lambda: FrozenMap(GRANTING_ROUTES),
        description="The route a proposal that gives only `granting` stands for.",
    )
    fallback_granting: Granting = Field(
        default="application",
        description="Granting mode assumed when the proposal does not say (reported as info).",
    )
    unknown_awareness: Awareness = Field(
        default="national", description="Awareness assumed when the proposal does not say."
    )
    unknown_outreach: Outreach = Field(
        default="none", description="Outreach assumed when the proposal does not say."
    )
    covered: Covered
    uncertainty: Uncertainty | None = Field(
        default=None, description="Parameter draws; absent: take-up has no interval."
    )

    @model_validator(mode="after")
    def _complete(self) -> TakeupParameters:
        missing = set(ROUTES) - set(self.base_non_take_up)
        if missing:
            invalid(M.MISSING_KEYS, what="base_non_take_up", keys=", ".join(sorted(missing)))
        missing_grantings = {"automatic", "proactive", "application", "discretionary"} - set(
            self.granting_routes
        )
        if missing_grantings:
            invalid(
                M.MISSING_KEYS, what="granting_routes", keys=", ".join(sorted(missing_grantings))
            )
        check_values(self.values())
        if self.uncertainty is not None:
            point = self.values()
            known = set(point)
            for pid in self.uncertainty.draws.parameters:
                if pid not in known:
                    invalid(M.UNKNOWN_PARAMETER, what="uncertainty.draws", id=pid)
            for row in self.uncertainty.draws.rows():
                check_values({**point, **row})
        return self

    def values(self) -> dict[str, float]:
        """Every numeric parameter of the file by its full id (``takeup.amount.slope``)."""
        out: dict[str, float] = {
            f"{PREFIX}base_non_take_up.{r}": p.value for r, p in self.base_non_take_up.items()
        }
        for name in type(self.amount).model_fields:
            out[f"{PREFIX}amount.{name}"] = getattr(self.amount, name).value
        out.update((f"{PREFIX}awareness.{k}", p.value) for k, p in self.awareness.items())
        out.update((f"{PREFIX}outreach.{k}", p.value) for k, p in self.outreach.items())
        out[f"{PREFIX}last_resort"] = self.last_resort.value
        out[f"{PREFIX}advance_with_reconciliation"] = self.advance_with_reconciliation.value
        out[f"{PREFIX}life_event_multiplier"] = self.life_event_multiplier.value
        for name in ("slope", "cap", "literacy", "digital", "digital_cap"):
            out[f"{PREFIX}complexity.{name}"] = getattr(self.complexity, name).value
        out.update((f"{PREFIX}groups.{k}", p.value) for k, p in self.groups.items())
        if self.uncertainty is not None:
            out[f"{PREFIX}uncertainty.widening"] = self.uncertainty.widening.value
        return out


NON_NEGATIVE = (
    "amount.slope",
    "awareness.national",
    "awareness.local",
    "outreach.letter",
    "outreach.campaign",
    "outreach.personal",
    "last_resort",
    "advance_with_reconciliation",
    "complexity.slope",
    "complexity.cap",
    "complexity.literacy",
    "complexity.digital",
    "complexity.digital_cap",
)
"""Parameters whose sign carries a sourced direction: more burden, stigma or recovery risk
never raises take-up, outreach and a larger amount never lower it."""


def check_values(values: Mapping[str, float]) -> None:
    """The constraints every parameter vector (the point and each draw) must meet."""

    def v(name: str) -> float:
        return values[PREFIX + name]

    bases = [v(f"base_non_take_up.{r}") for r in ROUTES]
    if not all(0.0 < b < 1.0 for b in bases):
        invalid(M.SHARE_OPEN, what="base_non_take_up")
    if bases[1:] != sorted(bases[1:]) or not all(b > bases[0] for b in bases[1:]):
        invalid(M.ORDER_NON_DECREASING, what="base_non_take_up", order=" → ".join(ROUTES))
    negative = [name for name in NON_NEGATIVE if v(name) < 0]
    if negative:
        invalid(M.NOT_NEGATIVE, what=", ".join(negative))
    if v("life_event_multiplier") < 1:
        invalid(M.AT_LEAST_ONE, what="life_event_multiplier")
    low, high = v("amount.lowest_eur_per_month"), v("amount.highest_eur_per_month")
    if not 0 < low <= v("amount.reference_eur_per_month") <= high:
        invalid(M.AMOUNT_SUPPORT)
    if v("amount.one_off_months") <= 0:
        invalid(M.POSITIVE, what="amount.one_off_months")
    widening = values.get(PREFIX + "uncertainty.widening")
    if widening is not None and widening < 1:
        invalid(M.AT_LEAST_ONE, what="uncertainty.widening")
