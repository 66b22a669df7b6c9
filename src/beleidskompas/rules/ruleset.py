"""A loaded, validated and compiled rule set."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:  # pragma: no cover
    from beleidskompas.baseline import Baseline
    from beleidskompas.model.results import SourceOut


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
        """The rule with this id (KeyError if there is none)."""
        return self._rules_by_id[rule_id]

    @cached_property
    def _rules_by_id(self) -> dict[str, CompiledRule]:
        return {compiled.id: compiled for compiled in self.rules()}

    @cached_property
    def rule_sources(self) -> dict[str, list[SourceOut]]:
        """The sources of every rule, resolved once (as shown in findings)."""
        from beleidskompas.model.results import SourceOut

        out: dict[str, list[SourceOut]] = {}
        for compiled in self.rules():
            resolved = [self.source(ref) for ref in compiled.rule.sources]
            out[compiled.id] = [SourceOut(title=s.title, url=s.url) for s in resolved]
        return out

    @cached_property
    def baseline(self) -> Baseline:
        """Positions, deficits and capacities before any measure (computed once)."""
        from beleidskompas.baseline import compute_baseline

        return compute_baseline(self.classes, self.graph, self.takeup, self.scoring_threshold())

    @cached_property
    def inferred_parameter_ids(self) -> frozenset[str]:
        """Ids of the parameters tagged ``inferred`` (for provenance lists)."""
        return frozenset(self.inferred())

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
