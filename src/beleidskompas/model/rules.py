"""Rule-set file models: manifest, sources, rules, scoring parameters, take-up, lead times."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints, model_validator

from beleidskompas.errors import BilingualError
from beleidskompas.model.base import Frozen, Text
from beleidskompas.model.proposal import Granting, ItChange, Organisation
from beleidskompas.model.sources import Param, Provenance, Source, SourceId, SourceRef
from beleidskompas.rules.conditions import Condition

Severity = Literal["info", "minor", "major", "blocker"]
SEVERITIES: tuple[Severity, ...] = ("info", "minor", "major", "blocker")
RuleSeverity = Literal["minor", "major", "blocker"]
"""Severities a rule can have; ``info`` is reserved for "cannot judge" findings."""
Capacity = Literal["plan", "act", "persist", "temptation", "setback"]
CAPACITIES: tuple[Capacity, ...] = ("plan", "act", "persist", "temptation", "setback")
Aspect = Literal[
    "interactie_burgers",
    "maakbaarheid_systemen",
    "handhaafbaarheid",
    "fraudebestendigheid",
    "complexiteitsgevolgen",
    "risico_procesverstoringen",
]
ASPECTS: tuple[Aspect, ...] = (
    "interactie_burgers",
    "maakbaarheid_systemen",
    "handhaafbaarheid",
    "fraudebestendigheid",
    "complexiteitsgevolgen",
    "risico_procesverstoringen",
)
ImpactLevel = Literal["beperkt", "middelgroot", "ingrijpend"]
RiskLevel = Literal["klein", "gemiddeld", "groot"]
IMPACT_LEVELS: tuple[ImpactLevel, ...] = ("beperkt", "middelgroot", "ingrijpend")
RISK_LEVELS: tuple[RiskLevel, ...] = ("klein", "gemiddeld", "groot")
RuleId = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,4}-[0-9]{2,3}[a-z]?$")]
Version = Annotated[
    str,
    BeforeValidator(
        lambda v: str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
    ),
    StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z.+-]*$"),
]
"""A version such as 2026.11.0; a bare number (``version: 1``) is read as text."""
FileId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]


class SourceRegistry(Frozen):
    """Sources cited by id anywhere in the rule set."""

    schema_version: Literal[1] = 1
    kind: Literal["sources"] = "sources"
    sources: dict[SourceId, Source]


class RuleSetFiles(Frozen):
    """Which files make up the rule set (paths relative to the manifest; globs allowed)."""

    sources: list[str] = Field(default_factory=list, description="Source registries.")
    classes: str | None = Field(default=None, description="The class model.")
    graph: str | None = Field(default=None, description="The capital graph.")
    takeup: str | None = Field(default=None, description="Take-up parameters.")
    scoring: str | None = Field(default=None, description="Scoring parameters.")
    lead_times: str | None = Field(default=None, description="Implementer IT lead times.")
    rules: list[str] = Field(default_factory=list, description="Rule files.")


class RuleSetManifest(Frozen):
    """``ruleset.yaml``: id, version and the files of a rule set."""

    schema_version: Literal[1] = 1
    id: FileId
    version: Version
    title: Text
    description: Text | None = None
    extends: Literal["default"] | None = Field(
        default=None,
        description="Start from the default rule set: its files are used unless this "
        "manifest names its own for a role; sources and rules are added to the default ones.",
    )
    files: RuleSetFiles
    tests: str | None = Field(default="tests", description="Folder with rule test cases.")


class Weights(Frozen):
    """Provenance of a rule's numbers (burdens, take-up load, level)."""

    provenance: Provenance
    note: str | None = None


class _Rule(Frozen):
    id: RuleId
    question: Text = Field(description="What the rule checks, as a question.")
    finding: Text = Field(description="What is wrong when the rule fires.")
    advice: Text = Field(description="What to do about it.")
    severity: RuleSeverity
    when: Condition = Field(description="When the rule fires (see docs/rules.md).")
    sources: list[SourceRef] = Field(min_length=1)
    provenance: Provenance = Field(description="Whether the criterion itself stands on a source.")
    weights: Weights = Field(description="Provenance of the rule's numbers.")


class DoenvermogenRule(_Rule):
    """A doenvermogen rule: what it asks of people and which WRR capacities it burdens."""

    burden: dict[Capacity, Annotated[float, Field(ge=0, le=5)]] = Field(
        description="Burden on each WRR capacity (0–5) when the rule fires."
    )
    take_up: float = Field(ge=0, le=5, description="Take-up load (0–5) added when the rule fires.")
    principle: str | None = Field(default=None, description="Design principle (P1–P13).")


class UitvoerbaarheidRule(_Rule):
    """An uitvoerbaarheid rule: which aspect of the uitvoeringstoets box it affects."""

    aspect: Aspect | None = None
    level: ImpactLevel | RiskLevel | None = None

    @model_validator(mode="after")
    def _level_fits_aspect(self) -> UitvoerbaarheidRule:
        if (self.aspect is None) != (self.level is None):
            raise BilingualError("aspect en level horen bij elkaar", "aspect and level go together")
        if self.aspect == "risico_procesverstoringen":
            if self.level not in RISK_LEVELS:
                raise BilingualError(
                    "risico_procesverstoringen kent klein | gemiddeld | groot",
                    "risico_procesverstoringen takes klein | gemiddeld | groot",
                )
        elif self.aspect is not None and self.level not in IMPACT_LEVELS:
            raise BilingualError(
                f"{self.aspect} kent beperkt | middelgroot | ingrijpend",
                f"{self.aspect} takes beperkt | middelgroot | ingrijpend",
            )
        return self


class DoenvermogenRuleFile(Frozen):
    """A file of doenvermogen rules."""

    schema_version: Literal[1] = 1
    section: Literal["doenvermogen"]
    rules: list[DoenvermogenRule]


class UitvoerbaarheidRuleFile(Frozen):
    """A file of uitvoerbaarheid rules."""

    schema_version: Literal[1] = 1
    section: Literal["uitvoerbaarheid"]
    rules: list[UitvoerbaarheidRule]


RuleFile = Annotated[DoenvermogenRuleFile | UitvoerbaarheidRuleFile, Field(discriminator="section")]


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


class ImpactSettings(Frozen):
    """Computational settings of the impact model (not model parameters)."""

    monte_carlo_draws: int = Field(default=400, ge=10, le=100_000)
    seed: int = Field(default=20230307, ge=0)


class ScoringFile(Frozen):
    """``scoring.yaml``: score and verdict parameters."""

    schema_version: Literal[1] = 1
    kind: Literal["scoring"] = "scoring"
    doenvermogen: DoenvermogenScoring
    uitvoerbaarheid: UitvoerbaarheidScoring
    society: SocietyScoring
    impact: ImpactSettings = Field(default_factory=ImpactSettings)


CapacityCapital = Literal["persoons", "cultureel", "economisch"]


class TakeupParameters(Frozen):
    """``takeup/parameters.yaml``: the take-up model (see docs/methodology.md)."""

    schema_version: Literal[1] = 1
    kind: Literal["takeup"] = "takeup"
    base_non_take_up: dict[Granting, Param] = Field(
        description="Non-take-up with nothing asked of people, per granting mode."
    )
    burden_slope: Param = Field(description="β: logit increase per unit of take-up load.")
    capacity_steepness: Param = Field(
        description="γ: how much faster non-take-up rises for classes with less capacity."
    )
    capacity_weights: dict[CapacityCapital, Param] = Field(
        description="Weights of the capitals in a class's doenvermogen capacity."
    )
    fallback_granting: Granting = Field(
        default="application",
        description="Granting mode assumed when the proposal does not say (reported as info).",
    )

    @model_validator(mode="after")
    def _complete(self) -> TakeupParameters:
        missing = {"automatic", "proactive", "application", "discretionary"} - set(
            self.base_non_take_up
        )
        if missing:
            raise BilingualError(
                f"base_non_take_up ontbreekt voor {', '.join(sorted(missing))}",
                f"base_non_take_up missing for {', '.join(sorted(missing))}",
            )
        for mode, param in self.base_non_take_up.items():
            if not 0.0 < param.value < 1.0:
                raise BilingualError(
                    f"base_non_take_up.{mode} moet tussen 0 en 1 liggen",
                    f"base_non_take_up.{mode} must be in (0, 1)",
                )
        order = ["automatic", "proactive", "application", "discretionary"]
        values = [self.base_non_take_up[m].value for m in order]  # type: ignore[index]
        if values != sorted(values):
            raise BilingualError(
                "base_non_take_up mag niet dalen van automatic naar proactive naar application "
                "naar discretionary (meer vragen van mensen verhoogt het gebruik nooit)",
                "base_non_take_up must not fall from automatic to proactive to application "
                "to discretionary (asking more of people never raises take-up)",
            )
        if self.burden_slope.value < 0 or self.capacity_steepness.value < 0:
            raise BilingualError(
                "burden_slope en capacity_steepness moeten >= 0 zijn",
                "burden_slope and capacity_steepness must be >= 0",
            )
        if set(self.capacity_weights) != {"persoons", "cultureel", "economisch"}:
            raise BilingualError(
                "capacity_weights heeft persoons, cultureel en economisch nodig",
                "capacity_weights needs persoons, cultureel and economisch",
            )
        if any(p.value < 0 for p in self.capacity_weights.values()):
            raise BilingualError(
                "capacity_weights moeten >= 0 zijn", "capacity_weights must be >= 0"
            )
        total = sum(p.value for p in self.capacity_weights.values())
        if abs(total - 1.0) > 1e-6:
            raise BilingualError(
                f"capacity_weights moeten samen 1 zijn (ze zijn samen {total})",
                f"capacity_weights must sum to 1 (they sum to {total})",
            )
        return self


class LeadTimes(Frozen):
    """``lead_times.yaml``: months an implementer needs for an IT change."""

    schema_version: Literal[1] = 1
    kind: Literal["lead_times"] = "lead_times"
    default: dict[ItChange, Param] = Field(description="Months per kind of IT change.")
    organisations: dict[Organisation, dict[ItChange, Param]] = Field(
        default_factory=dict, description="Overrides per organisation."
    )

    @model_validator(mode="after")
    def _complete(self) -> LeadTimes:
        missing = {"none", "minor", "major", "new_system"} - set(self.default)
        if missing:
            raise BilingualError(
                f"standaarddoorlooptijden ontbreken voor {', '.join(sorted(missing))}",
                f"default lead times missing for {', '.join(sorted(missing))}",
            )
        for table in [self.default, *self.organisations.values()]:
            for change, param in table.items():
                if param.value < 0 or param.value != int(param.value):
                    raise BilingualError(
                        f"doorlooptijd voor {change} moet een geheel aantal maanden zijn",
                        f"lead time for {change} must be a whole number of months",
                    )
        return self

    def months(self, organisation: str, change: str) -> Param:
        """The lead time for an organisation and kind of change."""
        table = self.organisations.get(organisation, {})  # type: ignore[call-overload]
        return table.get(change) or self.default[change]  # type: ignore[index]
