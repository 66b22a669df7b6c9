"""The blocks of each rule section in an assessment report, by section name.

Doenvermogen and uitvoerbaarheid have their own views; a section registered without one
gets :func:`generic_blocks` (score, verdict, findings, what is unknown).
"""

from __future__ import annotations

from collections.abc import Callable

from beleidskompas.i18n import Lang, day, euro, num
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.results import (
    DoenvermogenResult,
    Finding,
    SectionResult,
    UitvoerbaarheidResult,
)
from beleidskompas.report.document import Block, Bullets, Heading, Para, Table

SectionView = Callable[[SectionResult, Lang], list[Block]]
_VIEWS: dict[str, SectionView] = {}
FINDING_TEXT_WIDTH = 38


def register_section_view(name: str, view: SectionView) -> None:
    """Set how the section ``name`` is shown in an assessment report."""
    _VIEWS[name] = view


def unregister_section_view(name: str) -> None:
    """Remove a section's view (the generic one is used again)."""
    _VIEWS.pop(name, None)


def section_blocks(name: str, result: SectionResult, lang: Lang) -> list[Block]:
    """The blocks of one section."""
    return _VIEWS.get(name, generic_blocks)(result, lang)


def findings_table(findings: list[Finding], lang: Lang) -> Table:
    """Rule, severity, finding and advice per finding."""
    return Table(
        headers=[R.RULE.get(lang), R.SEVERITY.get(lang), R.MESSAGE.get(lang), R.ADVICE.get(lang)],
        rows=[
            [f.rule, pick(L.SEVERITIES, f.severity, lang), f.message.get(lang), f.advice.get(lang)]
            for f in findings
        ],
        wrap=[None, None, FINDING_TEXT_WIDTH, FINDING_TEXT_WIDTH],
    )


def split_findings(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Fired findings and info (cannot judge) findings."""
    return [f for f in findings if f.severity != "info"], [
        f for f in findings if f.severity == "info"
    ]


def missing_summary(info: list[Finding]) -> list[tuple[str, list[str]]]:
    """Missing fields with the rules that need them, sorted by field."""
    needs: dict[str, list[str]] = {}
    for finding in info:
        for field in finding.missing:
            needs.setdefault(field, []).append(finding.rule)
    return sorted(needs.items())


def unknown_blocks(info: list[Finding], lang: Lang) -> list[Block]:
    """What could not be judged, per missing field."""
    if not info:
        return []
    items = [f"{field}: {', '.join(rules)}" for field, rules in missing_summary(info)]
    return [Para(R.UNKNOWN.get(lang) + ":", emphasis=True), Bullets(items)]


def _finding_blocks(result: SectionResult, lang: Lang) -> list[Block]:
    fired, info = split_findings(result.findings)
    out: list[Block] = []
    if fired:
        out += [Heading(3, R.FINDINGS.get(lang)), findings_table(fired, lang)]
    return out + unknown_blocks(info, lang)


def verdict_text(result: SectionResult, lang: Lang) -> str:
    """The verdict in words, marked provisional when the section is incomplete."""
    verdict = pick(L.VERDICTS, result.verdict, lang)
    return R.PROVISIONAL.get(lang, verdict=verdict) if result.provisional else verdict


def completeness_row(result: SectionResult, lang: Lang) -> list[str]:
    """The completeness row of a section's figures table."""
    value = R.COMPLETENESS_VALUE.get(
        lang, share=result.completeness, answered=result.answered, rules=result.questions
    )
    return [R.COMPLETENESS.get(lang), value]


def generic_blocks(result: SectionResult, lang: Lang) -> list[Block]:
    """Score, verdict and findings of any section."""
    return [
        Table(
            headers=[R.FIGURE.get(lang), R.VALUE.get(lang)],
            rows=[
                [R.SCORE.get(lang), num(result.score, lang, 0) + " / 100"],
                [R.VERDICT.get(lang), verdict_text(result, lang)],
                completeness_row(result, lang),
            ],
        ),
        *_finding_blocks(result, lang),
    ]


def doenvermogen_blocks(result: SectionResult, lang: Lang) -> list[Block]:
    """Doenbaarheid, verdict, burden per WRR capacity, findings."""
    assert isinstance(result, DoenvermogenResult)
    return [
        Table(
            headers=[R.FIGURE.get(lang), R.VALUE.get(lang)],
            rows=[
                [R.DOENBAARHEID.get(lang), num(result.score, lang, 0) + " / 100"],
                [R.VERDICT.get(lang), verdict_text(result, lang)],
                *_mvt_rows(result, lang),
                completeness_row(result, lang),
            ],
        ),
        *_meaning(result, lang),
        Table(
            headers=[R.CAPACITY.get(lang), R.BURDEN.get(lang)],
            rows=[
                [pick(L.CAPACITIES, c, lang), num(v, lang, 2)] for c, v in result.capacities.items()
            ],
            numeric=[False, True],
        ),
        *_finding_blocks(result, lang),
    ]


def _mvt_rows(result: DoenvermogenResult, lang: Lang) -> list[list[str]]:
    if result.mvt_oordeel is None:
        return []
    return [[R.MVT_OORDEEL.get(lang), R.MVT_LEVEL.get(lang, level=result.mvt_oordeel)]]


def _meaning(result: DoenvermogenResult, lang: Lang) -> list[Block]:
    out: list[Block] = [Para(R.DOENBAARHEID_MEANING.get(lang, score=result.score))]
    if result.mvt_motivation is not None:
        out.append(Para(result.mvt_motivation.get(lang)))
    return out


def _cost_rows(result: UitvoerbaarheidResult, lang: Lang) -> list[list[str]]:
    costs = result.costs
    costs_label = R.COSTS.get(lang)
    rows = [
        [f"{costs_label} ({R.INCIDENTAL.get(lang)})", euro(costs.incidental_eur, lang)],
        [f"{costs_label} ({R.STRUCTURAL.get(lang)})", euro(costs.structural_eur_per_year, lang)],
        [R.FTE_STRUCTURAL.get(lang), num(costs.staff_fte_structural, lang, 1)],
        [R.FTE_INCIDENTAL.get(lang), num(costs.staff_fte_incidental, lang, 1)],
    ]
    return [r for r in rows if r[1] != "—"]


def _evidence_rows(result: UitvoerbaarheidResult, lang: Lang) -> list[list[str]]:
    """The agency's and the tool's verdicts, when the agency gave one."""
    if result.agency_verdict is None:
        return []
    own = pick(L.VERDICTS, result.own_verdict, lang) if result.own_verdict else "—"
    return [
        [R.AGENCY_VERDICT.get(lang), pick(L.VERDICTS, result.agency_verdict, lang)],
        [R.OWN_VERDICT.get(lang), own],
        [R.BASIS.get(lang), R.VERDICT_BASIS[result.verdict_basis].get(lang)],
    ]


def _earliest(result: UitvoerbaarheidResult, lang: Lang) -> str:
    shown = day(result.earliest_feasible_date, lang)
    if result.earliest_is_lower_bound and result.earliest_feasible_date is not None:
        return R.LOWER_BOUND.get(lang, day=shown)
    return shown


def uitvoerbaarheid_blocks(result: SectionResult, lang: Lang) -> list[Block]:
    """Score, eindoordeel, dates, the uitvoeringstoets box, costs, conditions, findings."""
    assert isinstance(result, UitvoerbaarheidResult)
    out: list[Block] = [
        Table(
            headers=[R.FIGURE.get(lang), R.VALUE.get(lang)],
            rows=[
                [R.SCORE.get(lang), num(result.score, lang, 0) + " / 100"],
                [R.EINDOORDEEL.get(lang), verdict_text(result, lang)],
                *_evidence_rows(result, lang),
                completeness_row(result, lang),
                [R.EARLIEST.get(lang), _earliest(result, lang)],
                [R.PLANNED.get(lang), day(result.planned_entry_into_force, lang)],
            ],
        ),
        Table(
            headers=[R.ASPECT.get(lang), R.LEVEL.get(lang)],
            rows=[
                [pick(L.ASPECTS, a, lang), pick(L.LEVELS, level, lang)]
                for a, level in result.aspects.items()
            ],
        ),
    ]
    cost_rows = _cost_rows(result, lang)
    if cost_rows:
        out.append(Table(headers=[R.COSTS.get(lang), R.VALUE.get(lang)], rows=cost_rows))
    if result.conditions:
        out += [
            Para(R.CONDITIONS.get(lang) + ":", emphasis=True),
            Bullets([c.get(lang) for c in result.conditions]),
        ]
    return out + _finding_blocks(result, lang)


register_section_view("doenvermogen", doenvermogen_blocks)
register_section_view("uitvoerbaarheid", uitvoerbaarheid_blocks)
