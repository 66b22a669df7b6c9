"""Running the rules of one section and turning their outcomes into findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from beleidskompas.i18n.catalogue import findings as F
from beleidskompas.model.facts import FACT_INPUTS
from beleidskompas.model.results import Finding
from beleidskompas.model.rules import SEVERITIES
from beleidskompas.rules.logic import Outcome, get_path
from beleidskompas.rules.ruleset import CompiledRule, RuleSet


@dataclass(frozen=True)
class RuleOutcome:
    """A rule and the value of its condition for one proposal."""

    compiled: CompiledRule
    outcome: Outcome

    @property
    def fired(self) -> bool:
        """The condition holds."""
        return self.outcome.value is True

    @property
    def unknown(self) -> bool:
        """The condition could not be decided."""
        return self.outcome.value is None


def evaluate_rules(rules: Iterable[CompiledRule], data: Mapping[str, Any]) -> list[RuleOutcome]:
    """Evaluate every rule on the proposal data (``model_dump()`` plus ``facts``).

    An unknown outcome names proposal fields: a missing ``facts.*`` value is replaced by the
    proposal fields it is derived from that are themselves unknown (or all of them).
    """
    plain = dict(data)
    out = []
    for rule in rules:
        outcome = rule.evaluate(plain)
        if outcome.value is None and any(m.startswith(FACTS) for m in outcome.missing):
            outcome = Outcome(None, frozenset(proposal_fields(outcome.missing, plain)))
        out.append(RuleOutcome(rule, outcome))
    return out


FACTS = "facts."


def proposal_fields(missing: Iterable[str], data: Mapping[str, Any]) -> set[str]:
    """``missing`` with every ``facts.*`` name replaced by the proposal fields behind it."""
    out: set[str] = set()
    for name in missing:
        if not name.startswith(FACTS):
            out.add(name)
            continue
        inputs = FACT_INPUTS.get(name[len(FACTS) :], ())
        unknown = [f for f in inputs if get_path(data, tuple(f.split("."))) is None]
        out.update(unknown or inputs)
    return out


def completeness(outcomes: Iterable[RuleOutcome]) -> float:
    """Share of the rules whose question could be answered (decided true or false)."""
    items = list(outcomes)
    if not items:
        return 1.0
    return sum(1 for o in items if not o.unknown) / len(items)


def missing_fields(findings: Iterable[Finding]) -> list[str]:
    """The fields to supply, sorted: every unknown field of the ``info`` findings."""
    return sorted({m for f in findings if f.severity == "info" for m in f.missing})


_RANK = {s: i for i, s in enumerate(reversed(SEVERITIES))}


def make_findings(ruleset: RuleSet, outcomes: Iterable[RuleOutcome]) -> list[Finding]:
    """Findings for fired rules and ``info`` findings for rules that could not be judged.

    Ordered by severity (blocker first), then rule id, so output is deterministic.
    """
    findings: list[Finding] = []
    for item in outcomes:
        rule = item.compiled.rule
        sources = ruleset.rule_sources[rule.id]
        if item.fired:
            findings.append(
                Finding(
                    rule=rule.id,
                    severity=rule.severity,
                    message=rule.finding,
                    advice=rule.advice,
                    sources=sources,
                )
            )
        elif item.unknown:
            missing = sorted(item.outcome.missing)
            fields = ", ".join(missing)
            findings.append(
                Finding(
                    rule=rule.id,
                    severity="info",
                    message=F.CANNOT_JUDGE.text(question=rule.question, fields=fields),
                    advice=F.FILL_IN.text(fields=fields),
                    sources=sources,
                    missing=missing,
                )
            )
    findings.sort(key=finding_order)
    return findings


def finding_order(finding: Finding) -> tuple[int, tuple[str, int, str]]:
    """Findings by severity (blocker first), then rule id in natural order."""
    return (_RANK[finding.severity], rule_sort_key(finding.rule))


@cache
def rule_sort_key(rule_id: str) -> tuple[str, int, str]:
    """Rule ids in natural order: DV-9 before DV-10."""
    prefix, _, rest = rule_id.partition("-")
    digits = "".join(ch for ch in rest if ch.isdigit())
    return (prefix, int(digits or 0), rest)
