"""Doenvermogen: burden per WRR capacity, the doenbaarheid score and the verdict.

* Burden on capacity *c*: ``B_c = m · Σ burden(rule, c)`` over the rules that fired, with
  ``m`` the life-event multiplier when people must act during a life event, else 1.
* Doenbaarheid: ``100 · exp(−Σ_c B_c / S)`` — 100 when nothing hard is asked, falling
  smoothly, never below 0.
* Verdict, modelled on the ATR's dicta: any blocker, or a score below
  ``niet_doenlijk_below`` → ``niet_doenlijk``; any major, or a score below
  ``doenlijk_min_score`` → ``doenlijk_mits``; otherwise ``doenlijk``. What could not be
  judged does not cap the verdict: it lowers the completeness reported beside it
  (:mod:`beleidskompas.scoring.completeness`).
* Take-up load: ``m · Σ take_up(rule)`` over the rules that fired (used by the take-up model).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import DoenvermogenResult, DoenvermogenVerdict
from beleidskompas.model.rules import CAPACITIES, DoenvermogenRule
from beleidskompas.scoring.completeness import section_completeness
from beleidskompas.scoring.findings import RuleOutcome, make_findings
from beleidskompas.scoring.sections import SectionInput, register_scorer
from beleidskompas.scoring.trace import Reader, Tracer

SECTION = "doenvermogen"
FULL_SCORE = 100.0


def life_event_multiplier(reader: Reader, proposal: Proposal) -> float:
    """The burden multiplier: larger than 1 when people must act during a life event."""
    event = proposal.delivery.life_event
    if event is None or event == "none":
        return 1.0
    return reader.param("scoring.doenvermogen.life_event_multiplier")


def doenbaarheid(total_burden: float, scale: float) -> float:
    """The doenbaarheid score for a total burden: ``100 · exp(−B / S)``."""
    return FULL_SCORE * math.exp(-max(0.0, total_burden) / scale)


def verdict(
    score: float, severities: Sequence[str], niet_below: float, doenlijk_min: float
) -> DoenvermogenVerdict:
    """The ATR-like verdict from the score and the severities of the findings that fired
    (``info`` findings — "cannot judge" — do not count)."""
    if "blocker" in severities or score < niet_below:
        return "niet_doenlijk"
    if "major" in severities or score < doenlijk_min:
        return "doenlijk_mits"
    return "doenlijk"


def _fired(outcomes: Sequence[RuleOutcome]) -> list[DoenvermogenRule]:
    return [
        o.compiled.rule
        for o in outcomes
        if o.fired and isinstance(o.compiled.rule, DoenvermogenRule)
    ]


def burdens(
    tracer: Tracer, rules: Sequence[DoenvermogenRule], multiplier: float
) -> dict[str, float]:
    """Burden per WRR capacity of the fired rules, each capacity a traced figure."""
    out: dict[str, float] = {}
    for capacity in CAPACITIES:
        fig = tracer.figure(SECTION, f"capacities.{capacity}")
        raw = 0.0
        for rule in rules:
            amount = rule.burden.get(capacity)
            if amount:
                fig.rule(rule.id)
                raw += amount
        out[capacity] = multiplier * raw
        fig.done(out[capacity], "B_c = m · Σ burden(rule, c)", m=multiplier, sum=raw)
    return out


def take_up_load(tracer: Tracer, rules: Sequence[DoenvermogenRule], multiplier: float) -> float:
    """``m · Σ take_up(rule)`` over the fired rules."""
    fig = tracer.figure(SECTION, "take_up_load")
    raw = 0.0
    for rule in rules:
        if rule.take_up:
            fig.rule(rule.id)
            raw += rule.take_up
    load = multiplier * raw
    fig.done(load, "L = m · Σ take_up(rule)", m=multiplier, sum=raw)
    return load


def score(inp: SectionInput) -> DoenvermogenResult:
    """The doenvermogen section of an assessment."""
    tracer, proposal = inp.tracer, inp.proposal
    fig = tracer.figure(SECTION, "life_event_multiplier")
    multiplier = life_event_multiplier(fig, proposal)
    fig.done(
        multiplier, "m = μ during a life event, else 1", life_event=proposal.delivery.life_event
    )

    fired = _fired(inp.outcomes)
    capacities = burdens(tracer, fired, multiplier)
    load = take_up_load(tracer, fired, multiplier)

    fig = tracer.figure(SECTION, "score")
    total = sum(capacities.values())
    scale = fig.param("scoring.doenvermogen.scale")
    value = doenbaarheid(total, scale)
    fig.done(value, "100 · exp(−B / S)", B=total, S=scale)

    findings = make_findings(inp.rules, inp.outcomes)
    fig = tracer.figure(SECTION, "verdict")
    niet_below = fig.param("scoring.doenvermogen.niet_doenlijk_below")
    doenlijk_min = fig.param("scoring.doenvermogen.doenlijk_min_score")
    severities = [f.severity for f in findings]
    result_verdict = verdict(value, severities, niet_below, doenlijk_min)
    for finding in findings:
        fig.rule(finding.rule, weights=False)
    fig.done(
        result_verdict,
        "blocker or score < T_niet → niet_doenlijk; major or score < T_doenlijk → "
        "doenlijk_mits; else doenlijk",
        score=value,
        severities=", ".join(sorted(set(severities))) or "—",
    )
    granting = proposal.delivery.granting or inp.rules.takeup.fallback_granting
    known = section_completeness(tracer, SECTION, inp.outcomes, findings)
    return DoenvermogenResult(
        score=value,
        verdict=result_verdict,
        **known.fields(),
        capacities=capacities,  # type: ignore[arg-type,unused-ignore]
        findings=findings,
        take_up_load=load,
        granting=granting,
    )


register_scorer(SECTION, score, DoenvermogenResult)
