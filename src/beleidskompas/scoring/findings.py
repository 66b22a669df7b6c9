"""Running the rules of one section and turning their outcomes into findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from beleidskompas.model.base import Lang
from beleidskompas.model.results import Finding, SourceOut
from beleidskompas.model.rules import SEVERITIES
from beleidskompas.rules.conditions import Outcome
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
    """Evaluate every rule on the proposal data (``model_dump()`` plus ``facts``)."""
    return [RuleOutcome(rule, rule.evaluate(dict(data))) for rule in rules]


def _sources(ruleset: RuleSet, compiled: CompiledRule) -> list[SourceOut]:
    return ruleset.rule_sources[compiled.id]


def make_findings(ruleset: RuleSet, outcomes: Iterable[RuleOutcome], lang: Lang) -> list[Finding]:
    """Findings for fired rules and ``info`` findings for rules that could not be judged.

    Ordered by severity (blocker first), then rule id, so output is deterministic.
    """
    findings: list[Finding] = []
    for item in outcomes:
        rule = item.compiled.rule
        if item.fired:
            findings.append(
                Finding(
                    rule=rule.id,
                    severity=rule.severity,
                    message=rule.finding.get(lang),
                    advice=rule.advice.get(lang),
                    sources=_sources(ruleset, item.compiled),
                )
            )
        elif item.unknown:
            missing = sorted(item.outcome.missing)
            fields = ", ".join(missing)
            question = rule.question.get(lang)
            findings.append(
                Finding(
                    rule=rule.id,
                    severity="info",
                    message=(
                        f"Kan niet beoordelen: {question} (onbekend: {fields})"
                        if lang == "nl"
                        else f"Cannot judge: {question} (unknown: {fields})"
                    ),
                    advice=(f"Vul in: {fields}." if lang == "nl" else f"Fill in: {fields}."),
                    sources=_sources(ruleset, item.compiled),
                    missing=missing,
                )
            )
    rank = {s: i for i, s in enumerate(reversed(SEVERITIES))}
    findings.sort(key=lambda f: (rank[f.severity], _rule_key(f.rule)))
    return findings


def _rule_key(rule_id: str) -> tuple[str, int, str]:
    prefix, _, rest = rule_id.partition("-")
    digits = "".join(ch for ch in rest if ch.isdigit())
    return (prefix, int(digits or 0), rest)
