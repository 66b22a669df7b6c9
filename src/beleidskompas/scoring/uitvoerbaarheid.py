"""Uitvoerbaarheid: the uitvoeringstoets box, the score and the eindoordeel.

* Aspect levels mirror the Belastingdienst/Toeslagen box: every aspect starts at
  ``beperkt`` (risico procesverstoringen at ``klein``) and takes the highest level of the
  rules that fired for it.
* Score: ``100 · Π (1 − penalty[severity])`` over the findings that fired (info: none).
* Eindoordeel: any blocker, or a score below ``niet_uitvoerbaar_below`` →
  ``niet_uitvoerbaar``; any major, or a score below ``uitvoerbaar_min_score`` →
  ``uitvoerbaar_mits`` (the conditions are the advice of the blockers and majors); else
  ``uitvoerbaar``. What could not be judged does not cap the eindoordeel: it lowers the
  completeness reported beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from beleidskompas.i18n import Text
from beleidskompas.model.results import (
    Costs,
    Finding,
    UitvoerbaarheidResult,
    UitvoerbaarheidVerdict,
)
from beleidskompas.model.rules import ASPECTS, IMPACT_LEVELS, RISK_LEVELS, UitvoerbaarheidRule
from beleidskompas.scoring import agency
from beleidskompas.scoring.completeness import section_completeness
from beleidskompas.scoring.findings import RuleOutcome, finding_order, make_findings
from beleidskompas.scoring.sections import SectionInput, register_scorer
from beleidskompas.scoring.trace import Tracer

SECTION = "uitvoerbaarheid"
FULL_SCORE = 100.0
PENALISED = ("blocker", "major", "minor")


def aspect_levels(tracer: Tracer, outcomes: Sequence[RuleOutcome]) -> dict[str, str]:
    """The level of every aspect: the highest level among the rules that fired for it."""
    levels: dict[str, str] = {}
    fired = [
        rule
        for item in outcomes
        if item.fired
        and isinstance(rule := item.compiled.rule, UitvoerbaarheidRule)
        and rule.level is not None
    ]
    for aspect in ASPECTS:
        scale = RISK_LEVELS if aspect == "risico_procesverstoringen" else IMPACT_LEVELS
        fig = tracer.figure(SECTION, f"aspects.{aspect}")
        level: str = scale[0]
        for rule in fired:
            if rule.aspect != aspect or rule.level is None:
                continue
            fig.rule(rule.id)
            if scale.index(rule.level) > scale.index(level):  # type: ignore[arg-type,unused-ignore]
                level = rule.level
        levels[aspect] = level
        fig.done(level, "highest level among the rules that fired for the aspect")
    return levels


def uitvoerbaarheid_score(severities: Sequence[str], penalties: dict[str, float]) -> float:
    """``100 · Π (1 − penalty)`` over the severities of the findings that fired."""
    value = FULL_SCORE
    for severity in severities:
        value *= 1.0 - penalties.get(severity, 0.0)
    return value


def eindoordeel(
    score: float, severities: Sequence[str], niet_below: float, uitvoerbaar_min: float
) -> UitvoerbaarheidVerdict:
    """Any blocker or a score below ``niet_below`` → niet_uitvoerbaar; any major or a score
    below ``uitvoerbaar_min`` → uitvoerbaar_mits; else uitvoerbaar (``info`` findings —
    "cannot judge" — do not count)."""
    if "blocker" in severities or score < niet_below:
        return "niet_uitvoerbaar"
    if "major" in severities or score < uitvoerbaar_min:
        return "uitvoerbaar_mits"
    return "uitvoerbaar"


def conditions(findings: Sequence[Finding]) -> list[Text]:
    """What must be met first: the advice of the blockers and majors."""
    return [f.advice for f in findings if f.severity in ("blocker", "major")]


def _verdict_of(
    tracer: Tracer, figure: str, findings: Sequence[Finding], penalties: dict[str, float]
) -> tuple[float, UitvoerbaarheidVerdict]:
    """Score and eindoordeel of a set of findings, as a traced figure."""
    severities: list[str] = [f.severity for f in findings]
    value = uitvoerbaarheid_score(severities, penalties)
    fig = tracer.figure(SECTION, figure)
    niet_below = fig.param("scoring.uitvoerbaarheid.niet_uitvoerbaar_below")
    uitvoerbaar_min = fig.param("scoring.uitvoerbaarheid.uitvoerbaar_min_score")
    result = eindoordeel(value, severities, niet_below, uitvoerbaar_min)
    for finding in findings:
        fig.rule(finding.rule, weights=False)
    fig.done(
        result,
        "blocker or score < T_niet → niet_uitvoerbaar; major or score < T_uitvoerbaar → "
        "uitvoerbaar_mits; else uitvoerbaar",
        score=value,
        severities=", ".join(sorted(set(severities))) or "—",
    )
    return value, result


def score(inp: SectionInput) -> UitvoerbaarheidResult:
    """The uitvoerbaarheid section of an assessment."""
    tracer = inp.tracer
    findings = make_findings(inp.rules, inp.outcomes)
    severities: list[str] = [f.severity for f in findings]
    levels = aspect_levels(tracer, inp.outcomes)

    fig = tracer.figure(SECTION, "score")
    penalties = {s: fig.param(f"scoring.uitvoerbaarheid.penalty_{s}") for s in PENALISED}
    for finding in findings:
        if finding.severity in PENALISED:
            fig.rule(finding.rule, weights=False)
    value = uitvoerbaarheid_score(severities, penalties)
    counts = {s: severities.count(s) for s in PENALISED}
    inputs: dict[str, float] = {f"n_{s}": n for s, n in counts.items()}
    inputs.update({f"penalty_{s}": p for s, p in penalties.items()})
    fig.done(value, "100 · Π (1 − penalty[severity])", values=inputs)

    own_findings = make_findings(inp.rules, agency.own_outcomes(inp.outcomes, inp.rules))
    _, own = _verdict_of(tracer, "own_verdict", own_findings, penalties)
    evidence = agency.combine(inp.proposal, own)
    extra = agency.disagreement(evidence, inp.proposal, own_findings)
    fig = tracer.figure(SECTION, "verdict")
    if extra is not None:
        fig.rule(extra.rule, weights=False)
    fig.done(
        evidence.verdict,
        "every implementer's toets gave a verdict → the worst of those; some did → the "
        "worse of theirs and the tool's; none did → the tool's",
        agency=evidence.agency,
        own=own,
        basis=evidence.basis,
    )
    shown = sorted([*findings, extra], key=finding_order) if extra else findings
    known = section_completeness(tracer, SECTION, inp.outcomes, findings)
    impl = inp.proposal.implementation
    return UitvoerbaarheidResult(
        score=value,
        verdict=evidence.verdict,
        own_verdict=own,
        agency_verdict=evidence.agency,
        verdict_basis=evidence.basis,
        **known.fields(),
        earliest_feasible_date=inp.facts.earliest_feasible_date,
        earliest_is_lower_bound=inp.facts.earliest_is_lower_bound is True,
        planned_entry_into_force=impl.entry_into_force,
        aspects=levels,  # type: ignore[arg-type,unused-ignore]
        conditions=conditions(findings),
        costs=Costs(
            incidental_eur=impl.costs.incidental_eur,
            structural_eur_per_year=impl.costs.structural_eur_per_year,
            staff_fte_structural=impl.staff_fte_structural,
            staff_fte_incidental=impl.staff_fte_incidental,
        ),
        findings=shown,
    )


register_scorer(SECTION, score, UitvoerbaarheidResult)
