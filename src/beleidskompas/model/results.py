"""Result models: the Assessment and its sections (the JSON report of the contract).

Results keep full precision (only renderers round) and carry texts in both languages
(:class:`~beleidskompas.i18n.Text`); the JSON renderer dumps them with
``context={"lang": ...}`` so that every text becomes a string in one language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, cast

from pydantic import (
    Field,
    SerializeAsAny,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from beleidskompas.i18n import Text
from beleidskompas.model import display
from beleidskompas.model.base import Frozen
from beleidskompas.model.regeldruk import RegeldrukResult
from beleidskompas.model.rules import Aspect, Capacity, Severity
from beleidskompas.model.sources import SourceOut as SourceOut

DoenvermogenVerdict = Literal["doenlijk", "doenlijk_mits", "niet_doenlijk"]
UitvoerbaarheidVerdict = Literal["uitvoerbaar", "uitvoerbaar_mits", "niet_uitvoerbaar"]
Interval = tuple[float, float]
Number = float | int | str | None


class Finding(Frozen):
    """One rule that fired (or could not be judged, severity ``info``)."""

    rule: str
    severity: Severity
    message: Text
    advice: Text
    sources: list[SourceOut] = Field(default_factory=list)
    missing: list[str] = Field(
        default_factory=list, description="For info findings: the unknown fields."
    )


class SectionResult(Frozen):
    """What every rule section reports: a score 0–100, a verdict and findings, and how much
    of what the rules ask the proposal answered."""

    score: float = Field(ge=0, le=100)
    verdict: str
    findings: list[Finding]
    completeness: float = Field(
        default=1.0,
        ge=0,
        le=1,
        description="Share of the section's rule questions the proposal answers (0–1): "
        "answered / questions.",
    )
    questions: int = Field(default=0, ge=0, description="The section's rules (questions).")
    answered: int = Field(default=0, ge=0, description="Questions the proposal answers.")
    provisional: bool = Field(
        default=False,
        description="True when completeness is below scoring.completeness.provisional_below: "
        "the verdict rests on too little information to be more than provisional.",
    )
    missing: list[str] = Field(
        default_factory=list,
        description="Proposal fields to supply so that every rule question can be answered.",
    )


MvtLevel = Literal[1, 2, 3, 4]


class BurdenChange(Frozen):
    """The change in burden from the baseline (or from asking nothing)."""

    capacities: dict[Capacity, float] = Field(description="Δ burden per WRR capacity.")
    total: float = Field(description="Δ total burden (negative: a smaller call).")
    total_before: float = Field(ge=0)
    total_after: float = Field(ge=0)
    score_before: float | None = Field(
        default=None, description="Doenbaarheid of the baseline (None without a baseline)."
    )
    added: list[str] = Field(default_factory=list, description="Rules that fire only now.")
    removed: list[str] = Field(default_factory=list, description="Rules that no longer fire.")


class DoenvermogenResult(SectionResult):
    """Doenbaarheid score, verdict, burden per WRR capacity and findings."""

    verdict: DoenvermogenVerdict
    capacities: dict[Capacity, float]
    take_up_load: float = Field(ge=0, description="Sum of take-up loads of fired rules.")
    granting: str = Field(description="Granting mode used by the take-up model.")
    mvt_oordeel: MvtLevel | None = Field(
        default=None,
        description="The MvT's four-level oordeel against the baseline (or asking nothing): "
        "1 unchanged or not relevant, 2 a smaller call, 3 a larger call without, 4 with a "
        "point of concern.",
    )
    mvt_motivation: Text | None = Field(
        default=None, description="The motivation of the oordeel, as a dossierhouder can paste it."
    )
    change: BurdenChange | None = Field(
        default=None, description="The change in burden from the baseline (or from nothing)."
    )
    relative_to: Literal["nothing", "baseline"] = Field(
        default="nothing", description="What the change and the oordeel compare with."
    )


class Costs(Frozen):
    """Implementation costs and staff, when the proposal gives them."""

    incidental_eur: float | None = None
    structural_eur_per_year: float | None = None
    staff_fte_structural: float | None = None
    staff_fte_incidental: float | None = None


class UitvoerbaarheidResult(SectionResult):
    """The uitvoeringstoets box: aspects, earliest feasible date, score, eindoordeel."""

    verdict: UitvoerbaarheidVerdict
    own_verdict: UitvoerbaarheidVerdict | None = Field(
        default=None,
        description="The eindoordeel of the tool's rules alone (without the rules that "
        "repeat an uitvoeringstoets verdict).",
    )
    agency_verdict: UitvoerbaarheidVerdict | None = Field(
        default=None,
        description="The least favourable verdict of the implementers' own uitvoeringstoetsen.",
    )
    verdict_basis: Literal["tool", "agency", "agency_and_tool"] = Field(
        default="tool",
        description="What the eindoordeel rests on: the tool's rules; the agencies' toetsen "
        "(every implementer gave a verdict; theirs weighs most); or both (the worse of the "
        "two, when only some did).",
    )
    earliest_feasible_date: dt.date | None
    earliest_is_lower_bound: bool = Field(
        default=False,
        description="The earliest feasible date is a lower bound (publication date or an IT "
        "lead time unknown).",
    )
    planned_entry_into_force: dt.date | None = None
    aspects: dict[Aspect, str]
    conditions: list[Text] = Field(
        default_factory=list, description="For uitvoerbaar_mits: what must be met first."
    )
    costs: Costs = Field(default_factory=Costs)


class ClassImpact(Frozen):
    """The measure's effect on one class."""

    id: str
    label: Text
    share: float
    reach: float = Field(ge=0, le=1)
    take_up: float = Field(ge=0, le=1)
    direct: dict[str, float]
    total: dict[str, float]
    positions_before: dict[str, float]
    positions_after: dict[str, float]
    deficit_before: float = Field(ge=0, description="Accumulated deficit, summed over capitals.")
    deficit_after: float = Field(ge=0)
    stapeling_before: int
    stapeling_after: int
    benefit_share: float | None = Field(
        default=None,
        description="Share of the measure's gains (population-weighted) that land in this class.",
    )
    gain: float = Field(
        default=0.0, ge=0, description="Σ over capitals of the positive total effects (0–1 scale)."
    )
    loss: float = Field(
        default=0.0, ge=0, description="Σ over capitals of the negative total effects, as a size."
    )
    loss_share: float | None = Field(
        default=None, description="Share of the measure's losses that land in this class."
    )
    sanction_probability: float | None = Field(
        default=None,
        description="For an obligation with sanctions: the chance a member who must comply is "
        "sanctioned in a year.",
    )
    intervals: dict[str, Interval] = Field(
        default_factory=dict, description="Low–high bounds where effects carry a range."
    )


class Flow(Frozen):
    """The gains (or the losses) of a measure across the population in scope."""

    total: float = Field(
        ge=0, description="Mean per adult in scope, summed over capitals (0–1 scale)."
    )
    person_points: float = Field(
        ge=0, description="total × adults in scope × 100 (one point is 0.01 of a capital)."
    )
    share_bottom: float | None = Field(
        default=None, description="Share that lands in the bottom classes (None when total is 0)."
    )


class ScopeOut(Frozen):
    """The population the figures are computed for."""

    name: str
    adults: float


class ImpactSummary(Frozen):
    """Summary figures across classes (definitions in docs/methodology.md)."""

    reach: float
    take_up: float
    benefit_share_bottom: float | None = Field(
        description="Share of the gains that land in the bottom classes (gains.share_bottom)."
    )
    gains: Flow = Field(default_factory=lambda: Flow(total=0.0, person_points=0.0))
    losses: Flow = Field(default_factory=lambda: Flow(total=0.0, person_points=0.0))
    scope: ScopeOut = Field(default_factory=lambda: ScopeOut(name="Nederland", adults=0.0))
    persons_reached: float = Field(
        default=0.0, ge=0, description="Adults in scope who get (or must comply with) the measure."
    )
    reaches: Literal["claimed", "applied"] = Field(
        default="claimed",
        description="claimed (take-up applies) or applied (everyone in scope) for the measure.",
    )
    relative_to: Literal["nothing", "baseline"] = Field(
        default="nothing",
        description="baseline: every effect, the cost and the gains/losses are the change from "
        "the proposal's baseline (today's scheme); nothing: from no measure.",
    )
    budget_eur_per_year: float | None = Field(
        default=None,
        description="Structural budget (with a baseline: the change from it) in euro a year.",
    )
    population_share_bottom: float
    gap_before: float
    gap_after: float
    atkinson_before: float
    atkinson_after: float
    epsilon: float
    deficit_removed: float = Field(
        description="Population-weighted accumulated deficit removed (0–1 scale)."
    )
    cost_per_deficit_point: float | None = Field(
        default=None,
        description="Structural budget per person-point (0.01) of accumulated deficit removed.",
    )
    intervals: dict[str, Interval] = Field(default_factory=dict)


class ClassImpactResult(Frozen):
    """Class impact: per class and summary, with the model's assumptions stated."""

    class_model: str
    classes: list[ClassImpact]
    summary: ImpactSummary
    assumptions: list[Text] = Field(default_factory=list)


class RulesetRef(Frozen):
    """Which rule set produced a result."""

    id: str
    version: str
    sha256: str


class ProvenanceInfo(Frozen):
    """Where a result comes from and what it leans on."""

    tool_version: str
    ruleset: RulesetRef
    input_sha256: str
    inferred_parameters: list[str]
    parameters_read: list[str] = Field(
        default_factory=list,
        exclude=True,
        description="Every parameter the assessment read (not in the JSON report).",
    )
    matter_most: list[str] | None = Field(
        default=None,
        description="Of the inferred parameters, those that matter most for this proposal "
        "(a Morris screening; only with ``assess --sensitivity``).",
    )

    @model_serializer(mode="wrap")
    def _without_unscreened(self, handler: SerializerFunctionWrapHandler) -> Any:
        # matter_most is written only when a screening ran: reports without it stay the same
        data = handler(self)
        if isinstance(data, dict) and data.get("matter_most", ()) is None:
            del data["matter_most"]
        return data


class ProposalRef(Frozen):
    """Id and title of the assessed proposal."""

    id: str
    title: str


class TraceParameter(Frozen):
    """A parameter a figure read: its id, value and provenance."""

    id: str
    value: float | None = Field(description="None for a rule's weights (a set of numbers).")
    provenance: str


class TraceStep(Frozen):
    """One figure as it was computed: formula, inputs, parameters read and rules fired."""

    section: str
    figure: str
    value: Number | Text
    formula: str = Field(description="The formula, in symbols (language-neutral).")
    inputs: dict[str, Number | Text] = Field(default_factory=dict)
    note: Text | None = None
    rules: list[str] = Field(default_factory=list)
    parameters: list[TraceParameter] = Field(default_factory=list)


class Assessment(Frozen):
    """The result of assessing one proposal; the JSON report is its ``model_dump``.

    ``sections`` holds the result of every registered rule section (doenvermogen and
    uitvoerbaarheid by default) and is written at the top level of the JSON report, so
    the report reads ``{"doenvermogen": ..., "uitvoerbaarheid": ..., "class_impact": ...}``.
    """

    schema_version: Literal[1] = 1
    proposal: ProposalRef
    provenance: ProvenanceInfo
    sections: dict[str, SerializeAsAny[SectionResult]] = Field(default_factory=dict)
    class_impact: ClassImpactResult | None = None
    regeldruk: RegeldrukResult | None = Field(
        default=None, description="Administrative burden (Standaardkostenmodel)."
    )
    trace: list[TraceStep] = Field(default_factory=list, exclude=True)

    @model_serializer(mode="wrap")
    def _flatten(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if not isinstance(data, dict) or "sections" not in data:
            return data
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key == "sections":
                out.update(value)
            else:
                out[key] = value
        return out

    @property
    def doenvermogen(self) -> DoenvermogenResult | None:
        """The doenvermogen section (None when not assessed)."""
        return cast("DoenvermogenResult | None", self.sections.get("doenvermogen"))

    @property
    def uitvoerbaarheid(self) -> UitvoerbaarheidResult | None:
        """The uitvoerbaarheid section (None when not assessed)."""
        return cast("UitvoerbaarheidResult | None", self.sections.get("uitvoerbaarheid"))

    def findings(self) -> list[Finding]:
        """All findings of every section."""
        return [f for section in self.sections.values() for f in section.findings]

    def figure(self, path: str) -> Any:
        """A value of the JSON report by dotted path, e.g. ``doenvermogen.score``.

        List items are addressed by their ``id``; texts come in English.
        """
        node: Any = self.model_dump(mode="json", context={"lang": "en"})
        for part in path.split("."):
            if isinstance(node, list):
                node = next((item for item in node if item.get("id") == part), None)
            elif isinstance(node, dict):
                node = node.get(part)
            else:
                return None
            if node is None:
                return None
        return node

    def _repr_html_(self) -> str:
        return display.html(self)

    def to_frame(self) -> Any:
        """The class table as a pandas DataFrame (needs the optional pandas dependency)."""
        return display.frame(self)
