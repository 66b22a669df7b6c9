"""A loaded, validated and compiled rule set."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from beleidskompas.i18n import Lang, Text
from beleidskompas.model import display
from beleidskompas.model.parameters import (
    InstrumentsFile,
    LeadTimes,
    ScoringFile,
    TakeupParameters,
)
from beleidskompas.model.regeldruk import RegeldrukFile
from beleidskompas.model.rules import Rule, RuleSetManifest
from beleidskompas.model.society import ClassModel
from beleidskompas.model.sources import Param, Source, SourceOut, SourceRef
from beleidskompas.rules.logic import Evaluator
from beleidskompas.society.graph import CapitalGraph

T = TypeVar("T")


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its condition compiled, its section, and where it was written."""

    section: str
    rule: Rule
    evaluate: Evaluator
    file: str
    """Where the rule is written, as shown to people (``rules/doenvermogen/actions.yaml``)."""
    line: int

    @property
    def id(self) -> str:
        """The rule id."""
        return self.rule.id


VALUE_FREE = ("agency.readers", "trace.inferred")
"""Memo keys whose values do not depend on parameter values (see ``RuleSet.keep_caches``)."""


@dataclass(frozen=True)
class Derived:
    """Data derived once per rule set, with the parameter ids its computation read."""

    value: Any
    read: tuple[str, ...]


def weights_id(rule_id: str) -> str:
    """The parameter id of a rule's numbers (burdens, loads, levels) in provenance lists."""
    return f"rules.{rule_id}.weights"


@dataclass(frozen=True)
class RuleSet:
    """Everything an assessment needs from a rule set; build it with ``load_rules``.

    Parameter values are read by id (``parameter("takeup.burden_slope")``); the scoring
    layer reads them through a tracing view so an assessment lists what it used.
    """

    manifest: RuleSetManifest
    root: Path
    sha256: str
    sources: Mapping[str, Source]
    classes: ClassModel
    graph: CapitalGraph
    takeup: TakeupParameters
    scoring: ScoringFile
    lead_times: LeadTimes
    instruments: InstrumentsFile
    sections: Mapping[str, tuple[CompiledRule, ...]]
    parameters: Mapping[str, Param] = field(default_factory=dict)
    tagged: Mapping[str, str] = field(default_factory=dict)
    """Provenance of the non-numeric 'parameters' reads are listed under: a rule's weights
    (``rules.ID.weights``) and an instrument's change dates
    (``instruments.ID.change_dates``)."""
    files: tuple[str, ...] = ()
    paths: tuple[Path, ...] = ()
    """Every file of the rule set, absolute (so that output can never overwrite one)."""
    warnings: tuple[Text, ...] = ()
    """What a reader should know about this rule set (e.g. a strongly amplifying graph)."""
    regeldruk: RegeldrukFile | None = None
    """Tariffs and time norms of the regeldruk (None: the rule set cannot compute it)."""
    _memo: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # A rule set is shared (the default one by every call): its containers are read-only.
        for name in ("sources", "sections", "parameters", "tagged"):
            value = getattr(self, name)
            if not isinstance(value, MappingProxyType):
                object.__setattr__(self, name, MappingProxyType(dict(value)))

    @property
    def id(self) -> str:
        """The rule-set id."""
        return self.manifest.id

    @property
    def version(self) -> str:
        """The rule-set version."""
        return self.manifest.version

    def rules(self) -> Iterator[CompiledRule]:
        """All rules, section by section in registry order."""
        for compiled in self.sections.values():
            yield from compiled

    def section_rules(self, section: str) -> tuple[CompiledRule, ...]:
        """The rules of one section (empty when the rule set has none)."""
        return self.sections.get(section, ())

    def rule(self, rule_id: str) -> CompiledRule:
        """The rule with this id (KeyError if there is none)."""
        return self._rules_by_id[rule_id]

    @cached_property
    def _rules_by_id(self) -> dict[str, CompiledRule]:
        return {compiled.id: compiled for compiled in self.rules()}

    @cached_property
    def rule_sources(self) -> dict[str, list[SourceOut]]:
        """The sources of every rule, resolved once (as shown in findings)."""
        out: dict[str, list[SourceOut]] = {}
        for compiled in self.rules():
            resolved = [self.source(ref) for ref in compiled.rule.sources]
            out[compiled.id] = [SourceOut.of(s) for s in resolved]
        return out

    def parameter(self, parameter_id: str) -> Param:
        """The parameter with this id (KeyError when the rule set has none)."""
        return self.parameters[parameter_id]

    def provenance(self, parameter_id: str) -> str:
        """The provenance tag of a parameter (or of a tagged non-numeric one)."""
        if parameter_id in self.parameters:
            return self.parameters[parameter_id].provenance
        return self.tagged[parameter_id]

    def with_classes(self, model: ClassModel) -> RuleSet:
        """This rule set with another class model (its parameters re-indexed)."""
        return self.replaced(classes=model)

    def replaced(self, **parts: Any) -> RuleSet:
        """This rule set with some parts replaced (``classes``, ``takeup``, ``scoring``,
        ``lead_times``, ``instruments``); the parameter index follows."""
        from beleidskompas.rules.params import params

        parameters = dict(self.parameters)
        for name, model in parts.items():
            parameters = {k: v for k, v in parameters.items() if not k.startswith(f"{name}.")}
            node = model.instruments if name == "instruments" else model
            parameters.update(params(name, dict(node) if isinstance(node, dict) else node))
        return replace(self, parameters=parameters, **parts)

    def keep_caches(self, source: RuleSet, changed: Collection[str]) -> None:
        """Take over the caches of ``source`` (a rule set this one was made from by
        ``with_values``, with the parameter ids ``changed``) that do not depend on those
        values: resolved rule sources, rules by id, the memo keys of :data:`VALUE_FREE`,
        and every :class:`Derived` entry that read none of the changed ids."""
        for name in ("rule_sources", "_rules_by_id"):
            if name in source.__dict__:
                self.__dict__[name] = source.__dict__[name]
        changed_ids = set(changed)
        for key, value in source._memo.items():
            if key in VALUE_FREE or (
                isinstance(value, Derived) and changed_ids.isdisjoint(value.read)
            ):
                self._memo[key] = value

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per rule set, then the stored value (for derived data)."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    def source(self, ref: SourceRef) -> Source:
        """Resolve a source reference (an id or an inline source)."""
        if isinstance(ref, Source):
            return ref
        return self.sources[ref]

    def inferred(self) -> list[str]:
        """Ids of every parameter tagged ``inferred``."""
        return sorted(k for k, p in self.parameters.items() if p.provenance == "inferred")

    def title(self, lang: Lang) -> str:
        """The rule set's title."""
        return self.manifest.title.get(lang)

    def _repr_html_(self) -> str:
        return display.html(self)

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable for worker processes (``--jobs``): the compiled conditions are closures, so
        # the rules travel as their models and are compiled again on the other side.
        state = {
            f.name: getattr(self, f.name) for f in fields(self) if f.init and f.name != "sections"
        }
        for name in ("sources", "parameters", "tagged"):
            state[name] = dict(state[name])
        rules = {
            name: tuple((c.rule, c.file, c.line) for c in compiled)
            for name, compiled in self.sections.items()
        }
        return (_rebuild, (state, rules))


def _rebuild(state: dict[str, Any], rules: dict[str, tuple[tuple[Rule, str, int], ...]]) -> RuleSet:
    """A rule set from its pickled state, its conditions compiled again."""
    from beleidskompas.rules.compiler import compile_condition
    from beleidskompas.rules.loader import CONDITION_SCHEMA

    sections = {
        name: tuple(
            CompiledRule(name, rule, compile_condition(rule.when, CONDITION_SCHEMA), file, line)
            for rule, file, line in entries
        )
        for name, entries in rules.items()
    }
    return RuleSet(sections=sections, **state)
