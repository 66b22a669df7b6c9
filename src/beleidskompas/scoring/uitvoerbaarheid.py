"""Uitvoerbaarheid: the uitvoeringstoets box, the score and the eindoordeel.

* Aspect levels mirror the Belastingdienst/Toeslagen box: every aspect starts at
  ``beperkt`` (risico procesverstoringen at ``klein``) and takes the highest level of the
  rules that fired for it.
* Score: ``100 · Π (1 − penalty[severity])`` over the findings that fired (info: none).
* Eindoordeel: any blocker → ``niet_uitvoerbaar``; any major, or anything that cannot be
  judged → ``uitvoerbaar_mits`` (the conditions are the advice of the majors and supplying
  the missing information); else ``uitvoerbaar``.
"""

from __future__ import annotations

from collections.abc import Sequence

from beleidskompas.model.base import Lang
from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import (
    Costs,
    Finding,
    UitvoerbaarheidResult,
    UitvoerbaarheidVerdict,
)
from beleidskompas.model.rules import (
    ASPECTS,
    IMPACT_LEVELS,
    RISK_LEVELS,
    UitvoerbaarheidRule,
    UitvoerbaarheidScoring,
)
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.findings import RuleOutcome, make_findings


def aspect_levels(outcomes: Sequence[RuleOutcome]) -> dict[str, str]:
    """The level of every aspect: the highest level among the rules that fired for it."""
    levels: dict[str, str] = {
        a: ("klein" if a == "risico_procesverstoringen" else "beperkt") for a in ASPECTS
    }
    for item in outcomes:
        rule = item.compiled.rule
        if not item.fired or not isinstance(rule, UitvoerbaarheidRule) or rule.aspect is None:
            continue
        scale = RISK_LEVELS if rule.aspect == "risico_procesverstoringen" else IMPACT_LEVELS
        current = levels[rule.aspect]
        if rule.level is not None and scale.index(rule.level) > scale.index(current):
            levels[rule.aspect] = rule.level
    return levels


def uitvoerbaarheid_score(severities: Sequence[str], scoring: UitvoerbaarheidScoring) -> float:
    """``100 · Π (1 − penalty)`` over the severities of the findings that fired."""
    penalty = {
        "blocker": scoring.penalty_blocker.value,
        "major": scoring.penalty_major.value,
        "minor": scoring.penalty_minor.value,
    }
    score = 100.0
    for severity in severities:
        score *= 1.0 - penalty.get(severity, 0.0)
    return score


def eindoordeel(severities: Sequence[str]) -> UitvoerbaarheidVerdict:
    """Any blocker → niet_uitvoerbaar; any major, or anything that cannot be judged (info)
    → uitvoerbaar_mits; else uitvoerbaar."""
    if "blocker" in severities:
        return "niet_uitvoerbaar"
    if "major" in severities or "info" in severities:
        return "uitvoerbaar_mits"
    return "uitvoerbaar"


def _conditions(findings: Sequence[Finding], lang: Lang) -> list[str]:
    """What must be met first: the advice of blockers and majors, then the unknowns."""
    out = [f.advice for f in findings if f.severity in ("blocker", "major")]
    missing = sorted({m for f in findings if f.severity == "info" for m in f.missing})
    if missing:
        out.append(
            f"Vul de ontbrekende gegevens aan en beoordeel opnieuw: {', '.join(missing)}."
            if lang == "nl"
            else f"Supply the missing information and assess again: {', '.join(missing)}."
        )
    return out


def score_uitvoerbaarheid(
    proposal: Proposal,
    ruleset: RuleSet,
    outcomes: Sequence[RuleOutcome],
    facts: Facts,
    lang: Lang = "nl",
) -> UitvoerbaarheidResult:
    """The uitvoerbaarheid section of an assessment."""
    findings = make_findings(ruleset, outcomes, lang)
    severities = [f.severity for f in findings]
    verdict = eindoordeel(severities)
    impl = proposal.implementation
    return UitvoerbaarheidResult(
        score=round(uitvoerbaarheid_score(severities, ruleset.scoring.uitvoerbaarheid), 6),
        verdict=verdict,
        earliest_feasible_date=facts.earliest_feasible_date,
        planned_entry_into_force=impl.entry_into_force,
        aspects=aspect_levels(outcomes),
        conditions=_conditions(findings, lang),
        costs=Costs(
            incidental_eur=impl.costs.incidental_eur,
            structural_eur_per_year=impl.costs.structural_eur_per_year,
            staff_fte_structural=impl.staff_fte_structural,
            staff_fte_incidental=impl.staff_fte_incidental,
        ),
        findings=findings,
    )
