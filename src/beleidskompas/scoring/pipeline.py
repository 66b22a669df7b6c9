"""The pipeline: proposal + rule set → Assessment. Pure: no I/O, no printing.

Order, always the same: facts → each registered rule section (its rules, then its scorer)
→ take-up per class → class impact → regeldruk → provenance. Every parameter is read through the
tracer, so the provenance lists exactly what was read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from beleidskompas._version import __version__
from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import (
    Assessment,
    DoenvermogenResult,
    ProposalRef,
    ProvenanceInfo,
    RulesetRef,
    SectionResult,
)
from beleidskompas.rules import sections as kinds
from beleidskompas.rules.crossref import check_proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.doenvermogen import life_event_multiplier
from beleidskompas.scoring.facts import derive_facts
from beleidskompas.scoring.findings import evaluate_rules
from beleidskompas.scoring.impact import BaselineScheme, score_impact
from beleidskompas.scoring.mvt import mvt_judgement
from beleidskompas.scoring.regeldruk import regeldruk, regeldruk_change
from beleidskompas.scoring.sections import SectionInput, scorer
from beleidskompas.scoring.takeup import take_up_by_class
from beleidskompas.scoring.trace import Tracer

Memo = dict[tuple[Any, ...], Any]
"""What a batch of assessments shares (:mod:`beleidskompas.analysis.batch`): a proposal's
dump and digest, and the rule outcomes of a section for the same proposal, compiled rules
and facts (rule conditions read nothing else). Keys hold object ids, so a memo must not
outlive the proposals and rule sets of its batch."""

T = TypeVar("T")


def _memoised(memo: Memo | None, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    value: T = memo[key]
    return value


def proposal_sha256(proposal: Proposal) -> str:
    """sha256 of the proposal's canonical JSON (sorted keys), independent of file layout."""
    canonical = json.dumps(
        proposal.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def with_mvt(
    tracer: Tracer,
    proposal: Proposal,
    result: DoenvermogenResult,
    baseline: Proposal | None,
    before: Assessment | None,
    facts: Facts,
) -> DoenvermogenResult:
    """The doenvermogen result with its change from the baseline and the MvT oordeel."""
    fig = tracer.figure("doenvermogen", "mvt_multiplier")
    multiplier = life_event_multiplier(fig, proposal)
    fig.done(multiplier, "m = μ during a life event, else 1")
    old = before.doenvermogen if before is not None else None
    change, level, motivation = mvt_judgement(
        tracer, proposal, result, baseline, old, multiplier, facts.bottom_reach_share
    )
    return result.model_copy(
        update={
            "change": change,
            "mvt_oordeel": level,
            "mvt_motivation": motivation,
            "relative_to": "baseline" if baseline is not None else "nothing",
        }
    )


def assess(
    proposal: Proposal,
    rules: RuleSet | None = None,
    *,
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = False,
    baseline: Proposal | None = None,
    memo: Memo | None = None,
) -> Assessment:
    """Assess a proposal with a rule set (the default one when ``rules`` is None).

    ``epsilon`` is the inequality aversion of the Atkinson index (>= 0); with
    ``intervals=False`` the uncertainty intervals of ranged effects are skipped (faster),
    and with ``trace=True`` every figure records how it was computed (``--explain``).
    Raises InputError when the proposal names class or attribute ids the rule set lacks.
    """
    if rules is None:
        from beleidskompas.rules.default import default_ruleset

        rules = default_ruleset()
    if epsilon < 0:
        raise ValueError("epsilon must be >= 0")
    check_proposal(proposal, rules)
    tracer = Tracer(rules, enabled=trace)
    before: Assessment | None = None
    if baseline is not None:
        # today's scheme, assessed the same way; its reads count for this assessment
        before = assess(baseline, rules, epsilon=epsilon, intervals=False, memo=memo)
        tracer.read.update(dict.fromkeys(before.provenance.parameters_read))
    facts = derive_facts(proposal, rules, tracer)
    dumped = _memoised(memo, ("data", id(proposal)), proposal.model_dump)
    data: dict[str, Any] = {**dumped, "facts": facts.model_dump()}
    facts_key = tuple(data["facts"].items())

    results: dict[str, SectionResult] = {}
    for kind in kinds.rule_kinds():
        score = scorer(kind.name)
        if score is None:
            continue
        section = rules.section_rules(kind.name)
        outcomes = _memoised(
            memo,
            ("outcomes", kind.name, id(section), id(proposal), facts_key),
            partial(evaluate_rules, section, data),
        )
        results[kind.name] = score(
            SectionInput(kind.name, proposal, rules, facts, outcomes, tracer, results)
        )

    impact = None
    doenvermogen = results.get("doenvermogen")
    if isinstance(doenvermogen, DoenvermogenResult):
        doenvermogen = with_mvt(tracer, proposal, doenvermogen, baseline, before, facts)
        results["doenvermogen"] = doenvermogen
        take_up = take_up_by_class(tracer, rules, proposal, doenvermogen, uncertainty=intervals)
        scheme = None
        if baseline is not None and before is not None and before.class_impact is not None:
            old = {c.id: c.take_up for c in before.class_impact.classes}
            scheme = BaselineScheme(baseline, old)
        impact = score_impact(
            tracer,
            proposal,
            rules,
            take_up.point,
            epsilon,
            intervals=intervals,
            take_up_uncertainty=take_up,
            baseline=scheme,
        )
    burden = None
    if impact is not None:
        reach = {c.id: c.reach for c in impact.classes}
        adults = impact.summary.scope.adults
        persons = {c.id: adults * c.share for c in impact.classes}
        burden = regeldruk(
            tracer, proposal, rules, reach, {c.id: c.take_up for c in impact.classes}, persons
        )
        if burden is not None and before is not None and before.regeldruk is not None:
            burden = burden.model_copy(
                update={"change": regeldruk_change(burden, before.regeldruk)}
            )

    return Assessment(
        proposal=ProposalRef(id=proposal.id, title=proposal.title),
        provenance=ProvenanceInfo(
            tool_version=__version__,
            ruleset=RulesetRef(id=rules.id, version=rules.version, sha256=rules.sha256),
            input_sha256=_memoised(memo, ("sha", id(proposal)), lambda: proposal_sha256(proposal)),
            inferred_parameters=tracer.inferred(),
            parameters_read=tracer.parameters_read(),
        ),
        sections=results,
        class_impact=impact,
        regeldruk=burden,
        trace=tracer.steps,
    )
