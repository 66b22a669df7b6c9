"""The pipeline: proposal + rule set → Assessment (DESIGN §2). Pure: no I/O, no printing.

Order: facts → rules → doenvermogen → take-up per class → uitvoerbaarheid → class impact
→ provenance and trace.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from beleidskompas._version import __version__
from beleidskompas.model.base import Lang
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import (
    Assessment,
    ProposalRef,
    ProvenanceInfo,
    RulesetRef,
    TraceStep,
)
from beleidskompas.rules.crossref import check_proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.doenvermogen import score_doenvermogen
from beleidskompas.scoring.facts import derive_facts, lead_time_parameters
from beleidskompas.scoring.findings import RuleOutcome, evaluate_rules
from beleidskompas.scoring.impact import score_impact
from beleidskompas.scoring.takeup import take_up_by_class
from beleidskompas.scoring.uitvoerbaarheid import score_uitvoerbaarheid


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
    lang: Lang = "nl",
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = True,
) -> Assessment:
    """Assess a proposal with a rule set (the default one when ``rules`` is None).

    ``epsilon`` is the inequality aversion of the Atkinson index (>= 0); with
    ``intervals=False`` the uncertainty intervals of ranged effects are skipped, and with
    ``trace=False`` the explanation trace (``--explain``) is not built; both are faster.
    Raises InputError when the proposal names class or attribute ids the rule set lacks.
    """
    if rules is None:
        from beleidskompas.rules.cache import default_ruleset

        rules = default_ruleset()
    if epsilon < 0:
        raise ValueError("epsilon must be >= 0")
    check_proposal(proposal, rules)
    facts = derive_facts(proposal, rules)
    data: dict[str, Any] = proposal.model_dump()
    data["facts"] = facts.model_dump()

    dv_outcomes = evaluate_rules(rules.doenvermogen_rules, data)
    uv_outcomes = evaluate_rules(rules.uitvoerbaarheid_rules, data)

    granting = proposal.delivery.granting or rules.takeup.fallback_granting
    doenvermogen, found = score_doenvermogen(proposal, rules, dv_outcomes, granting, lang)
    base = rules.baseline
    take_up = take_up_by_class(
        granting,
        found.take_up_load,
        rules.classes,
        rules.takeup,
        base.capacities,
        base.mean_capacity,
    )
    uitvoerbaarheid = score_uitvoerbaarheid(proposal, rules, uv_outcomes, facts, lang)
    impact = score_impact(proposal, rules, take_up, epsilon, lang, intervals=intervals)

    leaned = _leaned_on(proposal, rules, dv_outcomes + uv_outcomes, granting)
    assessment = Assessment(
        lang=lang,
        proposal=ProposalRef(id=proposal.id, title=proposal.title),
        provenance=ProvenanceInfo(
            tool_version=__version__,
            ruleset=RulesetRef(id=rules.id, version=rules.version, sha256=rules.sha256),
            input_sha256=proposal_sha256(proposal),
            inferred_parameters=leaned,
        ),
        doenvermogen=doenvermogen,
        uitvoerbaarheid=uitvoerbaarheid,
        class_impact=impact,
    )
    if not trace:
        return assessment
    from beleidskompas.explain import build_trace

    steps: list[TraceStep] = build_trace(
        proposal, rules, assessment, dv_outcomes, uv_outcomes, lang
    )
    return assessment.model_copy(update={"trace": steps})


def parameters_used(
    proposal: Proposal, rules: RuleSet, outcomes: list[RuleOutcome], granting: str
) -> list[str]:
    """Ids of every parameter (and rule weight set) an assessment used."""
    used: list[str] = []
    for cls in rules.classes.classes:
        used += [f"classes.{cls.id}.share"]
        used += [f"classes.{cls.id}.positions.{c}" for c in cls.positions]
        if proposal.target_group.reach is None:
            used += [f"classes.{cls.id}.attributes.{a}" for a in proposal.target_group.criteria]
        if cls.persons is not None and proposal.budget.structural_eur_per_year is not None:
            used.append(f"classes.{cls.id}.persons")
    used += [f"graph.{e.source}->{e.target}" for e in rules.graph.spec.edges]
    used += [
        f"takeup.base_non_take_up.{granting}",
        "takeup.burden_slope",
        "takeup.capacity_steepness",
        *[f"takeup.capacity_weights.{c}" for c in rules.takeup.capacity_weights],
    ]
    used += [
        "scoring.doenvermogen.scale",
        "scoring.doenvermogen.doenlijk_min_score",
        "scoring.doenvermogen.niet_doenlijk_below",
        "scoring.uitvoerbaarheid.penalty_blocker",
        "scoring.uitvoerbaarheid.penalty_major",
        "scoring.uitvoerbaarheid.penalty_minor",
        "scoring.society.stapeling_threshold",
    ]
    if proposal.delivery.life_event not in (None, "none"):
        used.append("scoring.doenvermogen.life_event_multiplier")
    used += lead_time_parameters(proposal, rules)
    for item in outcomes:
        if item.fired:
            used.append(f"rules.{item.compiled.id}.weights")
    return used


def _leaned_on(
    proposal: Proposal, rules: RuleSet, outcomes: list[RuleOutcome], granting: str
) -> list[str]:
    """The ``inferred`` parameters among those used, sorted."""
    inferred: set[str] = set()
    known = rules.inferred_parameter_ids
    for name in parameters_used(proposal, rules, outcomes, granting):
        if name.startswith("rules."):
            rule_id = name.split(".")[1]
            if rules.rule(rule_id).rule.weights.provenance == "inferred":
                inferred.add(name)
        elif name in known:
            inferred.add(name)
    return sorted(inferred)
