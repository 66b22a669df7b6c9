"""Result models: the Assessment and its sections (the JSON report of DESIGN §8)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from beleidskompas.model.base import Frozen, Lang
from beleidskompas.model.rules import Aspect, Capacity, Severity

if TYPE_CHECKING:  # pragma: no cover
    import pandas

DoenvermogenVerdict = Literal["doenlijk", "doenlijk_mits", "niet_doenlijk"]
UitvoerbaarheidVerdict = Literal["uitvoerbaar", "uitvoerbaar_mits", "niet_uitvoerbaar"]
Interval = tuple[float, float]


class SourceOut(Frozen):
    """A source as shown in a report."""

    title: str
    url: str | None = None


class Finding(Frozen):
    """One rule that fired (or could not be judged, severity ``info``)."""

    rule: str
    severity: Severity
    message: str
    advice: str
    sources: list[SourceOut] = Field(default_factory=list)
    missing: list[str] = Field(
        default_factory=list, description="For info findings: the unknown fields."
    )


class DoenvermogenResult(Frozen):
    """Doenbaarheid score, verdict, burden per WRR capacity and findings."""

    score: float = Field(ge=0, le=100)
    verdict: DoenvermogenVerdict
    capacities: dict[Capacity, float]
    findings: list[Finding]
    take_up_load: float = Field(ge=0, description="Sum of take-up loads of fired rules.")
    granting: str = Field(description="Granting mode used by the take-up model.")


class Costs(Frozen):
    """Implementation costs and staff, when the proposal gives them."""

    incidental_eur: float | None = None
    structural_eur_per_year: float | None = None
    staff_fte_structural: float | None = None
    staff_fte_incidental: float | None = None


class UitvoerbaarheidResult(Frozen):
    """The uitvoeringstoets box: aspects, earliest feasible date, score, eindoordeel."""

    score: float = Field(ge=0, le=100)
    verdict: UitvoerbaarheidVerdict
    earliest_feasible_date: dt.date | None
    planned_entry_into_force: dt.date | None = None
    aspects: dict[Aspect, str]
    conditions: list[str] = Field(
        default_factory=list, description="For uitvoerbaar_mits: what must be met first."
    )
    costs: Costs = Field(default_factory=Costs)
    findings: list[Finding]


class ClassImpact(Frozen):
    """The measure's effect on one class."""

    id: str
    label: str
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
        default=None, description="Share of the whole measure's impact that lands in this class."
    )
    intervals: dict[str, Interval] = Field(
        default_factory=dict, description="Low–high bounds where effects carry a range."
    )


class ImpactSummary(Frozen):
    """Summary figures across classes (definitions in docs/methodology.md)."""

    reach: float
    take_up: float
    benefit_share_bottom: float | None
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
    assumptions: list[str] = Field(default_factory=list)


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


class ProposalRef(Frozen):
    """Id and title of the assessed proposal."""

    id: str
    title: str


class TraceStep(Frozen):
    """One explained number: what it is, how it was computed, and what it used."""

    section: str
    figure: str
    value: str
    how: str
    rules: list[str] = Field(default_factory=list)
    parameters: list[str] = Field(default_factory=list)


class Assessment(Frozen):
    """The result of assessing one proposal; ``model_dump(mode="json")`` is the JSON report."""

    schema_version: Literal[1] = 1
    lang: Lang = "nl"
    proposal: ProposalRef
    provenance: ProvenanceInfo
    doenvermogen: DoenvermogenResult | None = None
    uitvoerbaarheid: UitvoerbaarheidResult | None = None
    class_impact: ClassImpactResult | None = None
    trace: list[TraceStep] = Field(default_factory=list, exclude=True)

    def _repr_html_(self) -> str:
        from beleidskompas.report.html import render_fragment

        return render_fragment(self)

    def to_frame(self) -> pandas.DataFrame:
        """The class table as a pandas DataFrame (needs the optional pandas dependency)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "to_frame() needs pandas: pip install 'beleidskompas[frame]'"
            ) from exc
        from beleidskompas.report.rows import class_rows

        return pd.DataFrame(class_rows(self))

    def findings(self) -> list[Finding]:
        """All findings of both sections."""
        out: list[Finding] = []
        if self.doenvermogen is not None:
            out += self.doenvermogen.findings
        if self.uitvoerbaarheid is not None:
            out += self.uitvoerbaarheid.findings
        return out

    def figure(self, path: str) -> Any:
        """A value of the JSON report by dotted path, e.g. ``doenvermogen.score``."""
        node: Any = self.model_dump(mode="json")
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
