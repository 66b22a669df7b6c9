"""The pipeline: proposal + rule set → Assessment. Pure: no I/O, no printing.

Order, always the same: facts → each registered rule section (its rules, then its scorer)
→ take-up per class → class impact → provenance. Every parameter is read through the
tracer, so the provenance lists exactly what was read.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from beleidskompas._version import __version__
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
from beleidskompas.scoring.facts import derive_facts
from beleidskompas.scoring.findings import evaluate_rules
from beleidskompas.scoring.impact import score_impact
from beleidskompas.scoring.sections import SectionInput, scorer
from beleidskompas.scoring.takeup import take_up_by_class
from beleidskompas.scoring.trace import Tracer


def proposal_sha256(proposal: Proposal) -> str:
    """sha256 of the proposal's canonical JSON (sorted keys), independent of file layout."""
    canonical = json.dumps(
        proposal.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def assess(
    proposal: Proposal,
    rules: RuleSet | None = None,
    *,
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = False,
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
    facts = derive_facts(proposal, rules, tracer)
    data: dict[str, Any] = proposal.model_dump()
    data["facts"] = facts.model_dump()

    results: dict[str, SectionResult] = {}
    for kind in kinds.rule_kinds():
        score = scorer(kind.name)
        if score is None:
            continue
        outcomes = evaluate_rules(rules.section_rules(kind.name), data)
        results[kind.name] = score(
            SectionInput(kind.name, proposal, rules, facts, outcomes, tracer, results)
        )

    impact = None
    doenvermogen = results.get("doenvermogen")
    if isinstance(doenvermogen, DoenvermogenResult):
        take_up = take_up_by_class(tracer, rules, proposal, doenvermogen, uncertainty=intervals)
        impact = score_impact(
            tracer,
            proposal,
            rules,
            take_up.point,
            epsilon,
            intervals=intervals,
            take_up_uncertainty=take_up,
        )

    return Assessment(
        proposal=ProposalRef(id=proposal.id, title=proposal.title),
        provenance=ProvenanceInfo(
            tool_version=__version__,
            ruleset=RulesetRef(id=rules.id, version=rules.version, sha256=rules.sha256),
            input_sha256=proposal_sha256(proposal),
            inferred_parameters=tracer.inferred(),
            parameters_read=tracer.parameters_read(),
        ),
        sections=results,
        class_impact=impact,
        trace=tracer.steps,
    )
