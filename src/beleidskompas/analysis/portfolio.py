"""All measures together: coverage of capitals × classes, stapeling of burdens, overlaps.

* **Combined impact**: the total effects of the measures add up per class and capital
  (the model is linear before positions are clipped to [0, 1]); positions, accumulated
  deficits, gap and Atkinson index are recomputed from the sum. A portfolio of one measure
  therefore equals that measure's own class impact.
* **Coverage** of a cell (class × capital): the share of the class's accumulated deficit
  on that capital that the portfolio removes. A cell is *untouched* when no measure has a
  direct effect on it (reach × take-up × effect is 0 for every measure).
* **Stapeling of burdens**: for a member of a class, the expected number of actions,
  documents and deadlines per year over all measures, each weighted by the class's reach
  for that measure; and the combined doenbaarheid ``100 · exp(−Σ reach · B / S)``.
  Frequencies per year: once 1, yearly 1, monthly 12, on_change
  ``portfolio.on_change_per_year``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pydantic import Field

from beleidskompas.analysis.portfolio_findings import PortfolioFinding, portfolio_findings
from beleidskompas.i18n import Text
from beleidskompas.model.base import Frozen
from beleidskompas.model.proposal import CAPITALS, Effect, Proposal
from beleidskompas.model.results import Assessment
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.demands import measure_demands
from beleidskompas.scoring.doenvermogen import doenbaarheid
from beleidskompas.scoring.pipeline import assess
from beleidskompas.society.baseline import compute_baseline
from beleidskompas.society.graph import accumulate, deficits, total_capital
from beleidskompas.society.inequality import atkinson, gap


class Cell(Frozen):
    """One class × capital cell of the coverage matrix."""

    deficit_before: float
    deficit_after: float
    coverage: float | None = Field(description="Share of the deficit removed; None if none.")
    measures: list[str] = Field(description="Measures with a direct effect on this cell.")


class ClassBurden(Frozen):
    """What the portfolio asks of a member of one class who meets the measures that reach
    them, per year (counted over the people each measure reaches, not spread over the
    whole class)."""

    id: str
    label: Text
    measures: int = Field(description="Measures that reach the class at all.")
    reached_share: float = Field(
        ge=0, le=1, description="Share of the class reached by at least one measure."
    )
    measures_per_person: float = Field(
        ge=0, description="Measures a reached member meets, on average."
    )
    actions_per_year: float = Field(ge=0, description="Per reached member.")
    documents_per_year: float = Field(ge=0, description="Per reached member.")
    deadlines_per_year: float = Field(ge=0, description="Per reached member.")
    burden: float = Field(
        ge=0, description="Doenvermogen burden of a reached member (of all their measures)."
    )
    average_burden: float = Field(
        ge=0, description="The same spread over the whole class (reach-weighted sum)."
    )
    combined_doenbaarheid: float = Field(description="100 · exp(−burden / S) for a reached member.")


class BudgetTotals(Frozen):
    """What the measures cost together (the measures that state it; the others counted)."""

    structural_eur_per_year: float
    incidental_eur: float
    structural_unknown: int
    incidental_unknown: int


class MeasureSummary(Frozen):
    """One measure in the portfolio."""

    id: str
    title: str
    doenbaarheid: float
    doenvermogen: str
    uitvoerbaarheid: str
    reach: float
    take_up: float
    regeldruk_hours_per_year: float | None = Field(
        default=None, description="Citizens' regeldruk: structural hours per year."
    )
    regeldruk_eur_per_year: float | None = Field(
        default=None, description="Citizens' regeldruk: structural euros per year."
    )
    regeldruk_once_hours: float | None = Field(
        default=None, description="Citizens' regeldruk: one-off hours."
    )


class PortfolioRegeldruk(Frozen):
    """Regeldruk of all measures together: the sum over the measures that state it (null
    when none does); the measures that do not are counted."""

    citizens_hours_per_year: float | None
    citizens_eur_per_year: float | None
    citizens_once_hours: float | None
    citizens_once_eur: float | None
    businesses_eur_per_year: float | None
    businesses_once_eur: float | None
    citizens_unknown: int = Field(
        default=0, description="Measures that do not say what they ask of citizens."
    )
    businesses_unknown: int = Field(
        default=0, description="Measures that do not say what they ask of businesses."
    )


class Portfolio(Frozen):
    """The result of assessing measures together."""

    class_model: str
    measures: list[MeasureSummary]
    coverage: dict[str, dict[str, Cell]] = Field(description="class id → capital → cell")
    untouched: list[tuple[str, str]]
    burdens: list[ClassBurden]
    economic_share: float | None = Field(description="Share of the direct effect on economisch.")
    gap_before: float
    gap_after: float
    atkinson_before: float
    atkinson_after: float
    overlaps: list[tuple[str, str, list[str]]]
    findings: list[PortfolioFinding]
    regeldruk: PortfolioRegeldruk | None = None
    budget: BudgetTotals | None = None


def takes_away(effect: Effect) -> bool:
    """Whether an effect lowers a capital for some recipient."""
    return (effect.value or 0.0) < 0 or any(v < 0 for v in (effect.per_class or {}).values())


@dataclass
class Demands:
    """Running totals of what the measures ask of a member of one class, per year."""

    actions: float = 0.0
    documents: float = 0.0
    deadlines: float = 0.0

    def add(self, weight: float, actions: float, documents: float, deadlines: float) -> None:
        """Add one measure's demands, weighted (by the class's reach)."""
        self.actions += weight * actions
        self.documents += weight * documents
        self.deadlines += weight * deadlines


class PortfolioBuilder:
    """Adds up assessed measures one at a time, keeping only the running totals.

    Streaming keeps memory flat and time linear in the number of measures: an
    Assessment can be dropped as soon as it has been added.
    """

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.shares = {c.id: c.share.value for c in rules.classes.classes}
        self.total = {c: dict.fromkeys(CAPITALS, 0.0) for c in self.shares}
        self.touched: dict[tuple[str, str], list[str]] = {}
        self.direct_by_capital = dict.fromkeys(CAPITALS, 0.0)
        self.burden_sum = dict.fromkeys(self.shares, 0.0)
        self.missed = dict.fromkeys(self.shares, 1.0)  # Π (1 − r): reached by no measure
        self.reach_sum = dict.fromkeys(self.shares, 0.0)
        self.structural: list[float | None] = []
        self.incidental: list[float | None] = []
        self.demands = {c: Demands() for c in self.shares}
        self.reached = dict.fromkeys(self.shares, 0)
        self.summaries: list[MeasureSummary] = []
        self.negative: list[str] = []
        self.on_change = rules.parameter("scoring.portfolio.on_change_per_year").value
        self.regeldruk: dict[str, list[float | None]] = {k: [] for k in REGELDRUK_SUMS}

    def add(self, proposal: Proposal, assessment: Assessment) -> None:
        """Add one measure and its assessment (made with the builder's rule set)."""
        impact, dv, uv = (
            assessment.class_impact,
            assessment.doenvermogen,
            assessment.uitvoerbaarheid,
        )
        if impact is None or dv is None or uv is None:
            raise ValueError(f"{proposal.id}: a portfolio needs every section assessed")
        measure_burden = sum(dv.capacities.values())
        actions, documents, deadlines = measure_demands(proposal, self.on_change)
        if any(takes_away(e) for e in proposal.effects):
            self.negative.append(proposal.id)
        for cls in impact.classes:
            for capital in CAPITALS:
                self.total[cls.id][capital] += cls.total[capital]
                direct = cls.direct[capital]
                if direct != 0.0:
                    self.touched.setdefault((cls.id, capital), []).append(proposal.id)
                    self.direct_by_capital[capital] += self.shares[cls.id] * abs(direct)
            if cls.reach > 0:
                self.reached[cls.id] += 1
                self.burden_sum[cls.id] += cls.reach * measure_burden
                self.missed[cls.id] *= 1.0 - cls.reach
                self.reach_sum[cls.id] += cls.reach
                self.demands[cls.id].add(cls.reach, actions, documents, deadlines)
        self.structural.append(proposal.budget.structural_eur_per_year)
        self.incidental.append(proposal.budget.incidental_eur)
        burden = regeldruk_figures(assessment)
        for key, value in burden.items():
            self.regeldruk[key].append(value)
        self.summaries.append(
            MeasureSummary(
                id=proposal.id,
                title=proposal.title,
                doenbaarheid=dv.score,
                doenvermogen=dv.verdict,
                uitvoerbaarheid=uv.verdict,
                reach=impact.summary.reach,
                take_up=impact.summary.take_up,
                regeldruk_hours_per_year=burden["citizens_hours_per_year"],
                regeldruk_eur_per_year=burden["citizens_eur_per_year"],
                regeldruk_once_hours=burden["citizens_once_hours"],
            )
        )

    def _class_burden(self, k: str, label: Text, scale: float) -> ClassBurden:
        """Per reached member: the reach-weighted sums divided by the share reached at all,
        ``1 − Π_m (1 − r_mk)`` (reaches of different measures taken as independent)."""
        reached = 1.0 - self.missed[k]
        per = 1.0 / reached if reached > 0 else 0.0
        demands = self.demands[k]
        burden = self.burden_sum[k] * per
        return ClassBurden(
            id=k,
            label=label,
            measures=self.reached[k],
            reached_share=reached,
            measures_per_person=self.reach_sum[k] * per,
            actions_per_year=demands.actions * per,
            documents_per_year=demands.documents * per,
            deadlines_per_year=demands.deadlines * per,
            burden=burden,
            average_burden=self.burden_sum[k],
            combined_doenbaarheid=doenbaarheid(burden, scale),
        )

    def finish(self) -> Portfolio:
        """The portfolio of everything added so far."""
        if not self.summaries:
            raise ValueError("a portfolio needs at least one measure")
        rules = self.rules
        model = rules.classes
        positions: dict[str, dict[str, float]] = {
            c.id: {k: c.positions[k].value for k in CAPITALS} for c in model.classes
        }
        threshold = rules.parameter("scoring.society.stapeling_threshold").value
        base = compute_baseline(self.shares, positions, rules.graph, threshold)
        coverage: dict[str, dict[str, Cell]] = {}
        untouched: list[tuple[str, str]] = []
        totals_after: dict[str, float] = {}
        for cls_id, pos in positions.items():
            after: dict[str, float] = {
                k: min(1.0, max(0.0, pos[k] + self.total[cls_id][k])) for k in CAPITALS
            }
            acc_before = accumulate(rules.graph, deficits(pos, base.means))
            acc_after = accumulate(rules.graph, deficits(after, base.means))
            totals_after[cls_id] = total_capital(after)
            row: dict[str, Cell] = {}
            for capital in CAPITALS:
                before_v, after_v = acc_before[capital], acc_after[capital]
                measures = self.touched.get((cls_id, capital), [])
                row[capital] = Cell(
                    deficit_before=before_v,
                    deficit_after=after_v,
                    coverage=(before_v - after_v) / before_v if before_v > 0 else None,
                    measures=measures,
                )
                if not measures:
                    untouched.append((cls_id, capital))
            coverage[cls_id] = row
        scale = rules.parameter("scoring.doenvermogen.scale").value
        burdens = [self._class_burden(c.id, c.label, scale) for c in model.classes]
        direct_total = sum(self.direct_by_capital.values())
        economic = self.direct_by_capital["economisch"] / direct_total if direct_total > 0 else None
        top, bottom = model.gap_classes.top, model.gap_classes.bottom
        return Portfolio(
            class_model=model.id,
            measures=self.summaries,
            coverage=coverage,
            untouched=untouched,
            burdens=burdens,
            economic_share=economic,
            gap_before=gap(base.totals_before, top, bottom),
            gap_after=gap(totals_after, top, bottom),
            atkinson_before=atkinson(base.totals_before, self.shares, 1.0),
            atkinson_after=atkinson(totals_after, self.shares, 1.0),
            overlaps=sorted((c, k, ms) for (c, k), ms in self.touched.items() if len(ms) > 1),
            findings=portfolio_findings(
                rules, coverage, untouched, burdens, economic, self.negative
            ),
            budget=BudgetTotals(
                structural_eur_per_year=sum(v for v in self.structural if v is not None),
                incidental_eur=sum(v for v in self.incidental if v is not None),
                structural_unknown=self.structural.count(None),
                incidental_unknown=self.incidental.count(None),
            ),
            regeldruk=PortfolioRegeldruk.model_validate(
                {
                    **{k: _total(v) for k, v in self.regeldruk.items()},
                    "citizens_unknown": self.regeldruk["citizens_hours_per_year"].count(None),
                    "businesses_unknown": self.regeldruk["businesses_eur_per_year"].count(None),
                }
            ),
        )


REGELDRUK_SUMS = {
    "citizens_hours_per_year": ("citizens", "hours_per_year"),
    "citizens_eur_per_year": ("citizens", "eur_per_year"),
    "citizens_once_hours": ("citizens", "once_hours"),
    "citizens_once_eur": ("citizens", "once_eur"),
    "businesses_eur_per_year": ("businesses", "eur_per_year"),
    "businesses_once_eur": ("businesses", "once_eur"),
}
"""The regeldruk figures a portfolio adds up, and where each is in an assessment."""


def regeldruk_figures(assessment: Assessment) -> dict[str, float | None]:
    """One measure's regeldruk figures (None where not computed)."""
    burden = assessment.regeldruk
    out: dict[str, float | None] = {}
    for key, (group, name) in REGELDRUK_SUMS.items():
        part = getattr(burden, group) if burden is not None else None
        out[key] = getattr(part, name) if part is not None else None
    return out


def _total(values: list[float | None]) -> float | None:
    """The sum of the known values, or None when none is known."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def build_portfolio(items: Sequence[tuple[Proposal, Assessment]], rules: RuleSet) -> Portfolio:
    """Combine assessed measures (all assessed with ``rules``)."""
    builder = PortfolioBuilder(rules)
    for proposal, assessment in items:
        builder.add(proposal, assessment)
    return builder.finish()


def assess_portfolio(
    proposals: Sequence[Proposal],
    rules: RuleSet,
    *,
    progress: Callable[[int], None] | None = None,
) -> Portfolio:
    """Assess every proposal and combine them; ``progress`` is called after each one."""
    ids = [p.id for p in proposals]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate measure ids: {', '.join(duplicates)}")
    builder = PortfolioBuilder(rules)
    for proposal in proposals:
        builder.add(proposal, assess(proposal, rules, intervals=False))
        if progress is not None:
            progress(1)
    return builder.finish()
