"""Rule-set file models: manifest, sources, rules, scoring parameters, take-up, lead times."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints, model_validator

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import model as M
from beleidskompas.model.base import Frozen, FrozenDict, invalid
from beleidskompas.model.conditions import Condition
from beleidskompas.model.sources import Provenance, Source, SourceId, SourceRef

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
    sources: FrozenDict[SourceId, Source]


class RuleSetFiles(Frozen):
    """Which files make up the rule set (paths relative to the manifest; globs allowed)."""

    sources: tuple[str, ...] = Field(default=(), description="Source registries.")
    classes: str | None = Field(default=None, description="The class model.")
    graph: str | None = Field(default=None, description="The capital graph.")
    takeup: str | None = Field(default=None, description="Take-up parameters.")
    scoring: str | None = Field(default=None, description="Scoring parameters.")
    lead_times: str | None = Field(default=None, description="Implementer IT lead times.")
    instruments: str | None = Field(
        default=None,
        description="Entry-into-force rules per legal instrument (Ar 4.17); the default rule "
        "set's file when absent.",
    )
    regeldruk: str | None = Field(
        default=None,
        description="Tariffs and time norms of the regeldruk (Standaardkostenmodel); the "
        "default rule set's file when absent.",
    )
    rules: tuple[str, ...] = Field(default=(), description="Rule files.")


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
    note: Text | str | None = Field(
        default=None,
        description="Why these numbers: {nl, en}, or one text for both languages.",
    )


class Rule(Frozen):
    """What every rule has, whatever its section."""

    id: RuleId
    question: Text = Field(description="What the rule checks, as a question.")
    finding: Text = Field(description="What is wrong when the rule fires.")
    advice: Text = Field(description="What to do about it.")
    severity: RuleSeverity
    when: Condition = Field(description="When the rule fires (see docs/rules.md).")
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    provenance: Provenance = Field(description="Whether the criterion itself stands on a source.")
    weights: Weights = Field(description="Provenance of the rule's numbers.")


class DoenvermogenRule(Rule):
    """A doenvermogen rule: what it asks of people and which WRR capacities it burdens."""

    burden: FrozenDict[Capacity, Annotated[float, Field(ge=0, le=5)]] = Field(
        description="Burden on each WRR capacity (0–5) when the rule fires."
    )
    take_up: float = Field(ge=0, le=5, description="Take-up load (0–5) added when the rule fires.")
    principle: str | None = Field(default=None, description="Design principle (P1–P13).")


class UitvoerbaarheidRule(Rule):
    """An uitvoerbaarheid rule: which aspect of the uitvoeringstoets box it affects."""

    aspect: Aspect | None = None
    level: ImpactLevel | RiskLevel | None = None

    @model_validator(mode="after")
    def _level_fits_aspect(self) -> UitvoerbaarheidRule:
        if (self.aspect is None) != (self.level is None):
            invalid(M.ASPECT_LEVEL_PAIR)
        if self.aspect == "risico_procesverstoringen":
            if self.level not in RISK_LEVELS:
                invalid(M.RISK_LEVELS)
        elif self.aspect is not None and self.level not in IMPACT_LEVELS:
            invalid(M.IMPACT_LEVELS, aspect=self.aspect)
        return self


class DoenvermogenRuleFile(Frozen):
    """A file of doenvermogen rules."""

    schema_version: Literal[1] = 1
    section: Literal["doenvermogen"]
    rules: tuple[DoenvermogenRule, ...]


class UitvoerbaarheidRuleFile(Frozen):
    """A file of uitvoerbaarheid rules."""

    schema_version: Literal[1] = 1
    section: Literal["uitvoerbaarheid"]
    rules: tuple[UitvoerbaarheidRule, ...]
