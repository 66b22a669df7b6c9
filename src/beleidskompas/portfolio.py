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
  Frequencies per year: once 1, yearly 1, monthly 12, on_change ``on_change_per_year``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import Field

from beleidskompas.graph import accumulate, deficits, total_capital
from beleidskompas.model.base import Frozen, Lang
from beleidskompas.model.proposal import CAPITALS, Proposal
from beleidskompas.model.results import Assessment
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.doenvermogen import doenbaarheid
from beleidskompas.scoring.inequality import atkinson, gap

ON_CHANGE_PER_YEAR = 2.0
"""Assumed changes per year for actions that repeat 'on_change' (inferred)."""
_PER_YEAR = {"once": 1.0, "yearly": 1.0, "monthly": 12.0}
ECONOMIC_LEAN = 0.5
"""The portfolio 'leans on economic capital' when more than this share of its direct
effect is economic (the SCP's first direction for action asks for the other capitals)."""


class Cell(Frozen):
    """One class × capital cell of the coverage matrix."""

    deficit_before: float
    deficit_after: float
    coverage: float | None = Field(description="Share of the deficit removed; None if none.")
    measures: list[str] = Field(description="Measures with a direct effect on this cell.")


class ClassBurden(Frozen):
    """What the portfolio asks of a member of one class, per year."""

    id: str
    label: str
    measures: int = Field(description="Measures that reach the class.")
    actions_per_year: float
    documents_per_year: float
    deadlines_per_year: float
    burden: float = Field(description="Expected doenvermogen burden (reach-weighted sum).")
    combined_doenbaarheid: float


class PortfolioFinding(Frozen):
    """A finding about the portfolio as a whole."""

    kind: Literal["economic_lean", "untouched", "stapeling", "overlap", "negative"]
    severity: Literal["info", "minor", "major"]
    message: str


class MeasureSummary(Frozen):
    """One measure in the portfolio."""

    id: str
    title: str
    doenbaarheid: float
    doenvermogen: str
    uitvoerbaarheid: str
    reach: float
    take_up: float


class Portfolio(Frozen):
    """The result of assessing measures together."""

    lang: Lang = "nl"
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


def _nl(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _per_year(repeats: str) -> float:
    return _PER_YEAR.get(repeats, ON_CHANGE_PER_YEAR)


def measure_demands(proposal: Proposal) -> tuple[float, float, float]:
    """Actions, documents and deadlines per year that one measure asks of a recipient."""
    actions = documents = deadlines = 0.0
    for action in proposal.delivery.citizen_actions or []:
        freq = _per_year(action.repeats)
        actions += freq
        documents += freq * action.documents
        if action.deadline_days is not None:
            deadlines += freq
    return actions, documents, deadlines


class PortfolioBuilder:
    """Adds up assessed measures one at a time, keeping only the running totals.

    Streaming keeps memory flat and time linear in the number of measures: an
    Assessment can be dropped as soon as it has been added.
    """

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        model = rules.classes
        self.shares = {c.id: c.share.value for c in model.classes}
        self.total: dict[str, dict[str, float]] = {
            c: dict.fromkeys(CAPITALS, 0.0) for c in self.shares
        }
        self.touched: dict[tuple[str, str], list[str]] = {}
        self.direct_by_capital: dict[str, float] = dict.fromkeys(CAPITALS, 0.0)
        self.burden_sum = dict.fromkeys(self.shares, 0.0)
        self.demands = {c: [0.0, 0.0, 0.0] for c in self.shares}
        self.reached = dict.fromkeys(self.shares, 0)
        self.summaries: list[MeasureSummary] = []
        self.negative: list[str] = []

    def add(self, proposal: Proposal, assessment: Assessment) -> None:
        """Add one measure and its assessment (made with the builder's rule set)."""
        total, touched, shares = self.total, self.touched, self.shares
        direct_by_capital, burden_sum = self.direct_by_capital, self.burden_sum
        demands, reached, negative = self.demands, self.reached, self.negative
        impact, dv, uv = (
            assessment.class_impact,
            assessment.doenvermogen,
            assessment.uitvoerbaarheid,
        )
        assert impact is not None
        assert dv is not None
        assert uv is not None
        measure_burden = sum(dv.capacities.values())
        actions, documents, deadlines = measure_demands(proposal)
        if any(e.size < 0 for e in proposal.effects):
            negative.append(proposal.id)
        for cls in impact.classes:
            for capital in CAPITALS:
                total[cls.id][capital] += cls.total[capital]
                direct = cls.direct[capital]
                if direct != 0.0:
                    touched.setdefault((cls.id, capital), []).append(proposal.id)
                    direct_by_capital[capital] += shares[cls.id] * abs(direct)
            if cls.reach > 0:
                reached[cls.id] += 1
                burden_sum[cls.id] += cls.reach * measure_burden
                demands[cls.id][0] += cls.reach * actions
                demands[cls.id][1] += cls.reach * documents
                demands[cls.id][2] += cls.reach * deadlines
        self.summaries.append(
            MeasureSummary(
                id=proposal.id,
                title=proposal.title,
                doenbaarheid=dv.score,
                doenvermogen=dv.verdict,
                uitvoerbaarheid=uv.verdict,
                reach=impact.summary.reach,
                take_up=impact.summary.take_up,
            )
        )

    def finish(self, lang: Lang = "nl") -> Portfolio:
        """The portfolio of everything added so far."""
        if not self.summaries:
            raise ValueError("a portfolio needs at least one measure")
        rules = self.rules
        model = rules.classes
        nl = lang == "nl"
        base = rules.baseline
        means, positions, shares = base.means, base.positions, self.shares
        total, touched = self.total, self.touched
        direct_by_capital, burden_sum = self.direct_by_capital, self.burden_sum
        demands, reached = self.demands, self.reached
        summaries, negative = self.summaries, self.negative
        scale = rules.scoring.doenvermogen.scale.value
        coverage: dict[str, dict[str, Cell]] = {}
        untouched: list[tuple[str, str]] = []
        totals_before: dict[str, float] = {}
        totals_after: dict[str, float] = {}
        for cls_id, pos in positions.items():
            after: dict[str, float] = {
                k: min(1.0, max(0.0, pos[k] + total[cls_id][k])) for k in CAPITALS
            }
            acc_before = accumulate(rules.graph, deficits(pos, means))
            acc_after = accumulate(rules.graph, deficits(after, means))
            totals_before[cls_id] = total_capital(pos)
            totals_after[cls_id] = total_capital(after)
            row: dict[str, Cell] = {}
            for capital in CAPITALS:
                before_v, after_v = acc_before[capital], acc_after[capital]
                measures = touched.get((cls_id, capital), [])
                row[capital] = Cell(
                    deficit_before=round(before_v, 6),
                    deficit_after=round(after_v, 6),
                    coverage=round((before_v - after_v) / before_v, 6)
                    if before_v > 1e-12
                    else None,
                    measures=measures,
                )
                if not measures:
                    untouched.append((cls_id, capital))
            coverage[cls_id] = row

        burdens = [
            ClassBurden(
                id=c.id,
                label=c.label.get(lang),
                measures=reached[c.id],
                actions_per_year=round(demands[c.id][0], 6),
                documents_per_year=round(demands[c.id][1], 6),
                deadlines_per_year=round(demands[c.id][2], 6),
                burden=round(burden_sum[c.id], 6),
                combined_doenbaarheid=round(doenbaarheid(burden_sum[c.id], scale), 6),
            )
            for c in model.classes
        ]
        direct_total = sum(direct_by_capital.values())
        economic_share = (
            direct_by_capital["economisch"] / direct_total if direct_total > 0 else None
        )
        overlaps = sorted(
            (cls_id, capital, ms) for (cls_id, capital), ms in touched.items() if len(ms) > 1
        )
        label = {c.id: c.label.get(lang) for c in model.classes}
        findings: list[PortfolioFinding] = []
        if economic_share is not None:
            leans = economic_share > ECONOMIC_LEAN
            findings.append(
                PortfolioFinding(
                    kind="economic_lean",
                    severity="minor" if leans else "info",
                    message=(
                        f"{economic_share:.0%} van het directe effect ligt op economisch kapitaal; "
                        + (
                            "het pakket leunt op economisch kapitaal, terwijl het SCP vraagt ook "
                            "sociaal, cultureel en persoonskapitaal gericht aan te vullen."
                            if leans
                            else "het pakket is niet overwegend economisch."
                        )
                        if nl
                        else f"{economic_share:.0%} of the direct effect is on economic capital; "
                        + (
                            "the portfolio leans on economic capital, while the SCP asks to "
                            "supplement social, cultural and person capital too."
                            if leans
                            else "the portfolio is not mainly economic."
                        )
                    ),
                )
            )
        lagging = [(c, k) for c, k in untouched if coverage[c][k].deficit_before > 0]
        if lagging:
            cells = ", ".join(f"{label[c]} × {k}" for c, k in lagging)
            findings.append(
                PortfolioFinding(
                    kind="untouched",
                    severity="minor",
                    message=(
                        f"Geen maatregel werkt direct op deze cellen met een achterstand: {cells}."
                        if nl
                        else f"No measure acts directly on these cells with a deficit: {cells}."
                    ),
                )
            )
        else:
            findings.append(
                PortfolioFinding(
                    kind="untouched",
                    severity="info",
                    message=(
                        "Elke cel klasse × kapitaal met een achterstand wordt door minstens één "
                        "maatregel direct geraakt (zie de dekking voor hoeveel)."
                        if nl
                        else "Every class × capital cell with a deficit is touched directly by "
                        "at least one measure (see the coverage for how much)."
                    ),
                )
            )
        low = rules.scoring.doenvermogen.niet_doenlijk_below.value
        for b in burdens:
            if b.measures > 1 and b.combined_doenbaarheid < low:
                findings.append(
                    PortfolioFinding(
                        kind="stapeling",
                        severity="major",
                        message=(
                            f"Stapeling bij {b.label}: samen vragen de maatregelen per jaar "
                            f"{_nl(b.actions_per_year)} handelingen en {_nl(b.documents_per_year)} "
                            f"documenten; gecombineerde doenbaarheid {b.combined_doenbaarheid:.0f}."
                            if nl
                            else f"Stacking for {b.label}: together the measures ask "
                            f"{b.actions_per_year:.1f} actions and {b.documents_per_year:.1f} "
                            "documents a year; combined doenbaarheid "
                            f"{b.combined_doenbaarheid:.0f}."
                        ),
                    )
                )
        if negative:
            findings.append(
                PortfolioFinding(
                    kind="negative",
                    severity="info",
                    message=(
                        f"Maatregelen die ook iets afnemen: {', '.join(negative)}."
                        if nl
                        else f"Measures that also take something away: {', '.join(negative)}."
                    ),
                )
            )
        top, bottom = model.gap_classes.top, model.gap_classes.bottom
        return Portfolio(
            lang=lang,
            class_model=model.id,
            measures=summaries,
            coverage=coverage,
            untouched=untouched,
            burdens=burdens,
            economic_share=round(economic_share, 6) if economic_share is not None else None,
            gap_before=round(gap(totals_before, top, bottom), 6),
            gap_after=round(gap(totals_after, top, bottom), 6),
            atkinson_before=round(atkinson(totals_before, shares, 1.0), 6),
            atkinson_after=round(atkinson(totals_after, shares, 1.0), 6),
            overlaps=overlaps,
            findings=findings,
        )


def build_portfolio(
    items: Sequence[tuple[Proposal, Assessment]], rules: RuleSet, lang: Lang = "nl"
) -> Portfolio:
    """Combine assessed measures (all assessed with ``rules``)."""
    builder = PortfolioBuilder(rules)
    for proposal, assessment in items:
        builder.add(proposal, assessment)
    return builder.finish(lang)


def assess_portfolio(
    proposals: Sequence[Proposal],
    rules: RuleSet | None = None,
    *,
    lang: Lang = "nl",
    progress: Callable[[int], None] | None = None,
) -> Portfolio:
    """Assess every proposal and combine them; ``progress`` is called after each one."""
    from beleidskompas.pipeline import assess

    if rules is None:
        from beleidskompas.rules.cache import default_ruleset

        rules = default_ruleset()
    ids = [p.id for p in proposals]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate measure ids: {', '.join(duplicates)}")
    builder = PortfolioBuilder(rules)
    for proposal in proposals:
        builder.add(proposal, assess(proposal, rules, lang=lang, intervals=False, trace=False))
        if progress is not None:
            progress(1)
    return builder.finish(lang)
