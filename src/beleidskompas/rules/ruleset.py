"""A loaded, validated and compiled rule set."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from beleidskompas.graph import CapitalGraph
from beleidskompas.model.base import Lang
from beleidskompas.model.rules import (
    DoenvermogenRule,
    LeadTimes,
    RuleSetManifest,
    ScoringFile,
    TakeupParameters,
    UitvoerbaarheidRule,
)
from beleidskompas.model.society import ClassModel
from beleidskompas.model.sources import Param, Source, SourceRef
from beleidskompas.rules.conditions import Evaluator


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its condition compiled, and where it was written."""

    rule: DoenvermogenRule | UitvoerbaarheidRule
    evaluate: Evaluator
    file: str
    line: int

    @property
    def id(self) -> str:
        """The rule id."""
        return self.rule.id


@dataclass(frozen=True)
class RuleSet:
    """Everything an assessment needs from a rule set; build it with ``load_rules``."""

    manifest: RuleSetManifest
    root: Path
    sha256: str
    sources: dict[str, Source]
    classes: ClassModel
    graph: CapitalGraph
    takeup: TakeupParameters
    scoring: ScoringFile
    lead_times: LeadTimes
    doenvermogen_rules: tuple[CompiledRule, ...]
    uitvoerbaarheid_rules: tuple[CompiledRule, ...]
    parameters: dict[str, Param] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """The rule-set id."""
        return self.manifest.id

    @property
    def version(self) -> str:
        """The rule-set version."""
        return self.manifest.version

    def rules(self) -> Iterator[CompiledRule]:
        """All rules, doenvermogen first."""
        yield from self.doenvermogen_rules
        yield from self.uitvoerbaarheid_rules

    def rule(self, rule_id: str) -> CompiledRule:
        """The rule with this id."""
        for compiled in self.rules():
            if compiled.id == rule_id:
                return compiled
        raise KeyError(rule_id)

    def source(self, ref: SourceRef) -> Source:
        """Resolve a source reference (an id or an inline source)."""
        if isinstance(ref, Source):
            return ref
        return self.sources[ref]

    def scoring_threshold(self) -> float:
        """The stapeling threshold: a class lags on a capital beyond this deficit."""
        return self.scoring.society.stapeling_threshold.value

    def inferred(self) -> list[str]:
        """Ids of every parameter tagged ``inferred``."""
        return sorted(k for k, p in self.parameters.items() if p.provenance == "inferred")

    def title(self, lang: Lang) -> str:
        """The rule set's title."""
        return self.manifest.title.get(lang)

    def _repr_html_(self) -> str:
        return (
            f"<p>Rule set <b>{self.id}</b> {self.version} ({self.sha256[:12]}): "
            f"{len(self.doenvermogen_rules)} doenvermogen rules, "
            f"{len(self.uitvoerbaarheid_rules)} uitvoerbaarheid rules, "
            f"{len(self.classes.classes)} classes ({self.classes.id})</p>"
        )
