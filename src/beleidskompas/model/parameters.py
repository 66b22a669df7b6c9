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


class UitvoerbaarheidScoring(Frozen):
    """Parameters of the uitvoerbaarheid score."""

    penalty_blocker: Param
    penalty_major: Param
    penalty_minor: Param


class SocietyScoring(Frozen):
    """Parameters of the class table."""

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
    society: SocietyScoring
    compare: CompareScoring
    portfolio: PortfolioScoring
    impact: ImpactSettings = Field(default_factory=ImpactSettings)


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
