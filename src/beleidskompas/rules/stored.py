"""A validated rule set before compilation, and its JSON form for the cache.

The JSON form holds every validated model as data; reading it back validates each model
again (so a cache entry can never hold anything a rule file could not), rebuilds the
capital graph and the parameter index, and compiles nothing (the loader does that).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.model.parameters import (
    InstrumentsFile,
    LeadTimes,
    ScoringFile,
    TakeupParameters,
)
from beleidskompas.model.regeldruk import RegeldrukFile
from beleidskompas.model.rules import Rule, RuleSetManifest
from beleidskompas.model.society import CapitalGraphSpec, ClassModel
from beleidskompas.model.sources import Param, Source
from beleidskompas.rules import sections
from beleidskompas.rules.params import params
from beleidskompas.rules.ruleset import weights_id
from beleidskompas.society.graph import CapitalGraph, build_graph

RuleEntry = tuple[str, Rule, str, int]
"""(section, rule, file as shown, line)."""


@dataclass(frozen=True)
class StoredRuleSet:
    """A validated rule set without compiled parts: what the cache keeps."""

    sha256: str
    manifest: RuleSetManifest
    registry: dict[str, Source]
    classes: ClassModel
    graph: CapitalGraph
    takeup: TakeupParameters
    scoring: ScoringFile
    lead_times: LeadTimes
    instruments: InstrumentsFile
    rules: list[RuleEntry]
    files: tuple[str, ...]
    paths: tuple[str, ...]
    regeldruk: RegeldrukFile | None = None

    def parameters(self) -> dict[str, Param]:
        """Every Param of the rule set by its dotted id."""
        out = dict(params("classes", self.classes))
        out.update((f"graph.{e.source}->{e.target}", e.weight) for e in self.graph.spec.edges)
        out.update(params("takeup", self.takeup))
        out.update(params("scoring", self.scoring))
        out.update(params("lead_times", self.lead_times))
        out.update(
            params("instruments", {str(k): v for k, v in self.instruments.instruments.items()})
        )
        if self.regeldruk is not None:
            out.update(params("regeldruk", self.regeldruk))
        return out

    def tagged(self) -> dict[str, str]:
        """Provenance of the non-numeric parameters: rule weights, change dates."""
        out: dict[str, str] = {
            weights_id(rule.id): rule.weights.provenance for _, rule, _, _ in self.rules
        }
        out.update(
            (f"instruments.{name}.change_dates", entry.provenance)
            for name, entry in self.instruments.instruments.items()
        )
        if self.takeup.uncertainty is not None:
            out["takeup.uncertainty.draws"] = self.takeup.uncertainty.provenance
        return out

    def warnings(self) -> list[Text]:
        """What a reader should know: a capital graph that amplifies strongly."""
        limit = self.scoring.society.spectral_radius_warning
        radius = self.graph.spectral_radius
        if limit is None or radius < limit.value:
            return []
        return [E.GRAPH_NEAR_ONE.text(radius=radius, gain=1 / (1 - radius))]

    def to_json(self) -> dict[str, Any]:
        """The rule set as JSON data (for the cache)."""

        def dump(model: Any) -> Any:
            return model.model_dump(mode="json", by_alias=True)

        return {
            "sha256": self.sha256,
            "manifest": dump(self.manifest),
            "registry": {k: dump(v) for k, v in self.registry.items()},
            "classes": dump(self.classes),
            "graph": dump(self.graph.spec),
            "takeup": dump(self.takeup),
            "scoring": dump(self.scoring),
            "lead_times": dump(self.lead_times),
            "instruments": dump(self.instruments),
            "regeldruk": dump(self.regeldruk) if self.regeldruk is not None else None,
            "rules": [[s, dump(r), f, line] for s, r, f, line in self.rules],
            "files": list(self.files),
            "paths": list(self.paths),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredRuleSet:
        """Validate the JSON form again; raises ValueError (or a pydantic error) if it does
        not fit the models of this version."""
        rules: list[RuleEntry] = []
        for section, rule, file, line in data["rules"]:
            kind = sections.rule_kind(section)
            if kind is None:
                raise ValueError(f"unknown section {section!r}")
            rules.append((section, rule_model(kind).model_validate(rule), str(file), int(line)))
        return cls(
            sha256=str(data["sha256"]),
            manifest=RuleSetManifest.model_validate(data["manifest"]),
            registry={k: Source.model_validate(v) for k, v in data["registry"].items()},
            classes=ClassModel.model_validate(data["classes"]),
            graph=build_graph(CapitalGraphSpec.model_validate(data["graph"])),
            takeup=TakeupParameters.model_validate(data["takeup"]),
            scoring=ScoringFile.model_validate(data["scoring"]),
            lead_times=LeadTimes.model_validate(data["lead_times"]),
            instruments=InstrumentsFile.model_validate(data["instruments"]),
            rules=rules,
            files=tuple(str(f) for f in data["files"]),
            paths=tuple(str(p) for p in data["paths"]),
            regeldruk=(
                RegeldrukFile.model_validate(data["regeldruk"])
                if data.get("regeldruk") is not None
                else None
            ),
        )


def rule_model(kind: sections.RuleKind) -> type[Rule]:
    """The model of one rule of a section (the item type of its file model's ``rules``)."""
    annotation = kind.file_model.model_fields["rules"].annotation
    item, *_ = get_args(annotation)  # tuple[Rule, ...]
    model: type[Rule] = item
    return model
