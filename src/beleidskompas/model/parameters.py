"""Rule-set parameter files: scoring thresholds, lead times, instruments (every number a Param).

The take-up parameters are in :mod:`beleidskompas.model.takeup` (re-exported here).
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import Field, StringConstraints, model_validator

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import model as M
from beleidskompas.model.base import Frozen, FrozenDict, FrozenMap, invalid
from beleidskompas.model.proposal import (
    EducationSector,
    ItChange,
    Legislation,
    Organisation,
)
from beleidskompas.model.sensitivity import SensitivitySettings
from beleidskompas.model.sources import Param, Provenance, SourceRef
from beleidskompas.model.takeup import TakeupParameters

__all__ = [
    "CompareScoring",
    "DoenvermogenScoring",
    "ImpactSettings",
    "InstrumentRules",
    "InstrumentsFile",
    "LeadTimes",
    "PortfolioScoring",
    "ScoringFile",
    "SocietyScoring",
    "TakeupParameters",
    "UitvoerbaarheidScoring",
]


class DoenvermogenScoring(Frozen):
    """Parameters of the doenbaarheid score and verdict."""

    scale: Param = Field(description="S in 100·exp(−B/S): the burden at which the score is 37.")
    life_event_multiplier: Param = Field(description="Burden multiplier during a life event.")
    doenlijk_min_score: Param = Field(description="Lowest score that can be 'doenlijk'.")
    niet_doenlijk_below: Param = Field(description="Scores below this are 'niet_doenlijk'.")
    mvt_no_change_below: Param = Field(
        description="MvT level 1 (unchanged) while the total burden changes by less than this."
    )
    mvt_vulnerable_share: Param = Field(
        description="Share of the people reached in the lowest classes that makes a larger "
        "call a point of concern (MvT level 4)."
    )


class UitvoerbaarheidScoring(Frozen):
    """Parameters of the uitvoerbaarheid score and eindoordeel."""

    penalty_blocker: Param
    penalty_major: Param
    penalty_minor: Param
    uitvoerbaar_min_score: Param = Field(
        description="Lowest score that can be 'uitvoerbaar' (calibrated on K1–K16)."
    )
    niet_uitvoerbaar_below: Param = Field(description="Scores below this are 'niet_uitvoerbaar'.")


class IncomeScoring(Frozen):
    """From euros to economic capital: Δe = w · β · A / Y."""

    income_weight: Param = Field(description="w: share of economic capital carried by income.")
    log_scale: Param = Field(description="β: the income scale (P10→P90 is worth 0.8).")
    one_off_horizon_years: Param = Field(description="Years a one-off sum is spread over.")


class SanctionScoring(Frozen):
    """The expected harm of sanctions under an obligation (docs/methodology.md)."""

    base_hazard: Param = Field(description="h0: yearly hazard at the reference regime.")
    reference_moments: Param = Field(description="L_ref: sanctionable moments a year.")
    burden_exponent: Param = Field(description="α in (L / L_ref)^α.")
    capacity_steepness: Param = Field(description="γ_s in exp(γ_s (c̄ − c_k)).")
    capacity_weight_persoons: Param = Field(description="Weight of persoons in c_k.")
    capacity_weight_cultureel: Param = Field(description="Weight of cultureel in c_k.")
    capacity_weight_economisch: Param = Field(description="Weight of economisch in c_k.")
    hardship_factor: Param = Field(description="Hazard factor with a hardship clause.")
    escalation_factor: Param = Field(description="Cost factor of an escalating sanction.")
    default_amount_loss_of_benefit: Param = Field(description="Euro, when not given.")
    default_amount_fine: Param = Field(description="Euro, when not given.")
    default_amount_repayment: Param = Field(description="Euro, when not given.")


class CompletenessScoring(Frozen):
    """When a verdict is provisional."""

    provisional_below: Param = Field(
        description="A section whose completeness (share of rule questions answered) is "
        "below this gives a provisional verdict."
    )


class SocietyScoring(Frozen):
    """Parameters of the class table."""

    adults_nl: Param = Field(description="Adults in the Netherlands: the default scope.")
    stapeling_threshold: Param = Field(
        description="A class 'lags' on a capital when its deficit exceeds this (0–1 scale)."
    )
    spectral_radius_warning: Param | None = Field(
        default=None,
        description="A capital graph with a spectral radius at or above this gets a warning.",
    )


class ImpactSettings(Frozen):
    """Computational settings of the impact model (not model parameters)."""

    monte_carlo_draws: int = Field(default=400, ge=10, le=100_000)
    seed: int = Field(default=20230307, ge=0)


class CompareScoring(Frozen):
    """Parameters of ``compare``'s robustness checks."""

    weight_concentration: Param = Field(
        description="Concentration of the Dirichlet weight draws (per criterion)."
    )
    worsening_step: Param = Field(
        description="Fraction of the distance to the worst value used to worsen an option."
    )
    draws: int = Field(default=1000, ge=0, le=100_000, description="Weight draws (a setting).")
    seed: int = Field(default=20230307, ge=0, description="Seed of the weight draws (a setting).")


class PortfolioScoring(Frozen):
    """Parameters of ``portfolio``."""

    on_change_per_year: Param = Field(
        description="Times per year an action that repeats 'on_change' is done."
    )
    economic_lean: Param = Field(
        description="Share of the direct effect on economic capital above which a portfolio "
        "'leans on economic capital'."
    )


class ScoringFile(Frozen):
    """``scoring.yaml``: score and verdict parameters."""

    schema_version: Literal[1] = 1
    kind: Literal["scoring"] = "scoring"
    doenvermogen: DoenvermogenScoring
    uitvoerbaarheid: UitvoerbaarheidScoring
    completeness: CompletenessScoring
    income: IncomeScoring
    sanctions: SanctionScoring
    society: SocietyScoring
    compare: CompareScoring
    portfolio: PortfolioScoring
    impact: ImpactSettings = Field(default_factory=ImpactSettings)
    sensitivity: SensitivitySettings | None = Field(
        default=None,
        description="Ranges and sizes of a global sensitivity run (None: the default rule set's).",
    )


class LeadTimes(Frozen):
    """``lead_times.yaml``: months an implementer needs for an IT change."""

    schema_version: Literal[1] = 1
    kind: Literal["lead_times"] = "lead_times"
    default: FrozenDict[ItChange, Param] = Field(description="Months per kind of IT change.")
    organisations: FrozenDict[Organisation, FrozenDict[ItChange, Param]] = Field(
        default_factory=FrozenMap, description="Overrides per organisation."
    )

    @model_validator(mode="after")
    def _complete(self) -> LeadTimes:
        missing = {"none", "minor", "major", "new_system"} - set(self.default)
        if missing:
            invalid(M.MISSING_KEYS, what="default", keys=", ".join(sorted(missing)))
        for table in [self.default, *self.organisations.values()]:
            for change, param in table.items():
                if param.value < 0 or param.value != int(param.value):
                    invalid(M.WHOLE_MONTHS, change=change)
        return self

    def months(self, organisation: str, change: str) -> Param:
        """The lead time for an organisation and kind of change."""
        table = self.organisations.get(organisation, {})  # type: ignore[call-overload]
        return table.get(change) or self.default[change]  # type: ignore[index]


MonthDay = Annotated[str, StringConstraints(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]
"""A day of the year as ``MM-DD`` (e.g. ``07-01`` for 1 July)."""


class InstrumentRules(Frozen):
    """When regulations of one legal instrument may enter into force."""

    label: Text
    ar417: bool = Field(
        default=False,
        description="Whether Aanwijzing 4.17 governs the instrument (fixed change dates and "
        "a minimum period that a motivated deviation may set aside).",
    )
    publication: Text | None = Field(
        default=None, description="Where it is published and when it may take effect."
    )
    change_dates: tuple[MonthDay, ...] | None = Field(
        description="Fixed change dates (MM-DD) in calendar order; null: any day."
    )
    education_change_dates: FrozenDict[EducationSector, tuple[MonthDay, ...]] = Field(
        default_factory=FrozenMap, description="Change dates for an education sector instead."
    )
    minimum_lead_months: Param | None = Field(
        default=None, description="Whole months between publication and entry into force."
    )
    decentral_lead_months: Param | None = Field(
        default=None, description="The same when the rule is directly relevant to medeoverheden."
    )
    provenance: Provenance = Field(description="Of the change dates.")
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    note: str | None = None


class InstrumentsFile(Frozen):
    """``instruments.yaml``: the entry-into-force rules per legal instrument (Ar 4.17)."""

    schema_version: Literal[1] = 1
    kind: Literal["instruments"] = "instruments"
    sources: tuple[SourceRef, ...] = Field(
        default=(), description="Sources written out once, for YAML anchors."
    )
    instruments: FrozenDict[Legislation, InstrumentRules]

    @model_validator(mode="after")
    def _complete(self) -> InstrumentsFile:
        missing = set(get_args(Legislation)) - set(self.instruments)
        if missing:
            invalid(M.MISSING_KEYS, what="instruments", keys=", ".join(sorted(missing)))
        for name, rules in self.instruments.items():
            for param in (rules.minimum_lead_months, rules.decentral_lead_months):
                if param is not None and (param.value < 0 or param.value != int(param.value)):
                    invalid(M.WHOLE_MONTHS, change=name)
        return self
