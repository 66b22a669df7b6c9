"""Doenvermogen: burden per WRR capacity, the doenbaarheid score and the verdict.

* Burden on capacity *c*: ``B_c = m · Σ burden(rule, c)`` over the rules that fired, with
  ``m`` the life-event multiplier when people must act during a life event, else 1.
* Doenbaarheid: ``100 · exp(−Σ_c B_c / S)`` — 100 when nothing hard is asked, falling
  smoothly, never below 0.
* Verdict, modelled on the ATR's dicta: any blocker, or a score below
  ``niet_doenlijk_below`` → ``niet_doenlijk``; any major, anything that cannot be judged,
  or a score below ``doenlijk_min_score`` → ``doenlijk_mits``; otherwise ``doenlijk``.
* Take-up load: ``m · Σ take_up(rule)`` over the rules that fired (used by the take-up model).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from beleidskompas.model.base import Lang
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import DoenvermogenResult, DoenvermogenVerdict
from beleidskompas.model.rules import CAPACITIES, DoenvermogenRule, DoenvermogenScoring
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.findings import RuleOutcome, make_findings


@dataclass(frozen=True)
class Burden:
    """Burdens found: per capacity, in total, and the take-up load."""

    capacities: dict[str, float]
    take_up_load: float
    multiplier: float

    @property
    def total(self) -> float:
        """Total burden over all capacities."""
        return sum(self.capacities.values())


def life_event_multiplier(proposal: Proposal, scoring: DoenvermogenScoring) -> float:
    """The burden multiplier: larger than 1 when people must act during a life event."""
    event = proposal.delivery.life_event
    if event is None or event == "none":
        return 1.0
    return scoring.life_event_multiplier.value


def burden(outcomes: Sequence[RuleOutcome], multiplier: float) -> Burden:
    """Sum the burdens and take-up loads of the rules that fired."""
    capacities: dict[str, float] = dict.fromkeys(CAPACITIES, 0.0)
    load = 0.0
    for item in outcomes:
        rule = item.compiled.rule
        if not item.fired or not isinstance(rule, DoenvermogenRule):
            continue
        for capacity, amount in rule.burden.items():
            capacities[capacity] += amount * multiplier
        load += rule.take_up * multiplier
    return Burden(capacities, load, multiplier)


def doenbaarheid(total_burden: float, scale: float) -> float:
    """The doenbaarheid score for a total burden: ``100 · exp(−B / S)``."""
    return 100.0 * math.exp(-max(0.0, total_burden) / scale)


def verdict(
    score: float, severities: Sequence[str], scoring: DoenvermogenScoring
) -> DoenvermogenVerdict:
    """The ATR-like verdict from the score and the severities of the findings.

    A design can only be ``doenlijk`` when everything the rules ask about is known: an
    ``info`` finding ("cannot judge") makes it at best ``doenlijk_mits``, the condition
    being that the missing information is supplied and judged.
    """
    if "blocker" in severities or score < scoring.niet_doenlijk_below.value:
        return "niet_doenlijk"
    if "major" in severities or "info" in severities or score < scoring.doenlijk_min_score.value:
        return "doenlijk_mits"
    return "doenlijk"


def score_doenvermogen(
    proposal: Proposal,
    ruleset: RuleSet,
    outcomes: Sequence[RuleOutcome],
    granting: str,
    lang: Lang = "nl",
) -> tuple[DoenvermogenResult, Burden]:
    """The doenvermogen section of an assessment."""
    scoring = ruleset.scoring.doenvermogen
    found = burden(outcomes, life_event_multiplier(proposal, scoring))
    score = doenbaarheid(found.total, scoring.scale.value)
    findings = make_findings(ruleset, outcomes, lang)
    result = DoenvermogenResult(
        score=round(score, 6),
        verdict=verdict(score, [f.severity for f in findings], scoring),
        capacities={c: round(v, 6) for c, v in found.capacities.items()},
        findings=findings,
        take_up_load=round(found.take_up_load, 6),
        granting=granting,
    )
    return result, found
