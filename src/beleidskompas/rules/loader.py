"""Loading a rule set: read every file, validate it, check cross-references, compile.

A rule set that loaded before is taken from the cache (:mod:`beleidskompas.io.cache`),
keyed by the sha256 of all its files and the registered sections, so only its conditions
are compiled again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from beleidskompas.errors import InputError, Loc
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io import cache
from beleidskompas.io.document import Document, load_document
from beleidskompas.io.validate import validate
from beleidskompas.model.facts import Facts
from beleidskompas.model.parameters import (
    InstrumentsFile,
    LeadTimes,
    ScoringFile,
    TakeupParameters,
)
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.regeldruk import RegeldrukFile
from beleidskompas.model.rules import Rule, RuleSetManifest, SourceRegistry
from beleidskompas.model.society import CapitalGraphSpec, ClassModel
from beleidskompas.model.sources import Source
from beleidskompas.rules import sections
from beleidskompas.rules.compiler import ConditionError, Schema, compile_condition
from beleidskompas.rules.files import (
    RuleSetFiles,
    as_ruleset_error,
    default_rules_dir,
    error_at,
    load_manifest,
    relative_name,
    shown_name,
)
from beleidskompas.rules.params import check_source_refs
from beleidskompas.rules.ruleset import CompiledRule, RuleSet
from beleidskompas.rules.stored import StoredRuleSet
from beleidskompas.society.graph import CapitalGraph, GraphError, build_graph

M = TypeVar("M", bound=BaseModel)
CONDITION_SCHEMA = Schema(Proposal, Facts)


def _load(path: Path, model: type[M]) -> tuple[Document, M]:
    try:
        doc = load_document(path)
        return doc, validate(model, doc)
    except InputError as exc:
        raise as_ruleset_error(exc) from None


def load_rules(directory: Path | str | None = None, classes: Path | str | None = None) -> RuleSet:
    """Load, validate and compile a rule set (the default one when ``directory`` is None).

    ``classes`` replaces the rule set's class model (``--classes``). Raises RuleSetError
    naming the file, the field path and the line:column of the first problems.
    """
    root = Path(directory) if directory is not None else default_rules_dir()
    manifest_path = root / "ruleset.yaml" if root.is_dir() else root
    manifest_doc, manifest = load_manifest(manifest_path)
    root = manifest_doc.path.parent
    files = RuleSetFiles(root, manifest_doc, manifest)
    if classes is not None:
        files.single["classes"] = Path(classes)
    kinds = "\n".join(kind.fingerprint() for kind in sections.rule_kinds())
    key = cache.key(files.all(manifest_doc.path), root, extra=kinds)
    stored = _from_cache(key)
    if stored is None:
        stored = _validate(root, manifest_doc, manifest, files)
        if key is not None:
            cache.put(key, stored.to_json())
    return _assemble(stored, root)


def _from_cache(key: str | None) -> StoredRuleSet | None:
    """The cached rule set, when there is one that still fits the models (else None)."""
    data = cache.get(key) if key is not None else None
    if data is None:
        return None
    try:
        return StoredRuleSet.from_json(data)
    except (ValueError, KeyError, TypeError, IndexError):  # pydantic errors are ValueErrors
        return None


def _assemble(stored: StoredRuleSet, root: Path) -> RuleSet:
    """Compile the conditions of a validated rule set, section by section."""
    by_section: dict[str, list[CompiledRule]] = {k.name: [] for k in sections.rule_kinds()}
    for section, rule, file, line in stored.rules:
        evaluate = compile_condition(rule.when, CONDITION_SCHEMA)
        by_section.setdefault(section, []).append(CompiledRule(section, rule, evaluate, file, line))
    return RuleSet(
        manifest=stored.manifest,
        root=root,
        sha256=stored.sha256,
        sources=stored.registry,
        classes=stored.classes,
        graph=stored.graph,
        takeup=stored.takeup,
        scoring=stored.scoring,
        lead_times=stored.lead_times,
        instruments=stored.instruments,
        regeldruk=stored.regeldruk,
        sections={name: tuple(rules) for name, rules in by_section.items()},
        parameters=stored.parameters(),
        tagged=stored.tagged(),
        files=stored.files,
        paths=tuple(Path(p) for p in stored.paths),
        warnings=tuple(stored.warnings()),
    )


def _registry(files: RuleSetFiles, docs: list[Document]) -> dict[str, Source]:
    registry: dict[str, Source] = {}
    origin: dict[str, Document] = {}
    for path in files.sources:
        doc, reg = _load(path, SourceRegistry)
        docs.append(doc)
        for source_id in reg.sources:
            if source_id in registry:
                message = E.DUPLICATE_SOURCE_ID.text(
                    id=source_id, other=str(origin[source_id].path)
                )
                raise error_at(doc, ("sources", source_id), message, key=True)
            registry[source_id] = reg.sources[source_id]
            origin[source_id] = doc
    return registry


def _graph(doc: Document, spec: CapitalGraphSpec) -> CapitalGraph:
    try:
        return build_graph(spec)
    except GraphError as exc:
        cycle = " → ".join([*exc.cycle, exc.cycle[0]]) if exc.cycle else "?"
        message = E.GRAPH_DIVERGES.text(radius=exc.radius, cycle=cycle, gain=exc.gain)
        raise error_at(doc, ("edges",), message) from None


def _rules(
    files: RuleSetFiles, docs: list[Document], root: Path
) -> list[tuple[str, Rule, str, int]]:
    out: list[tuple[str, Rule, str, int]] = []
    seen: dict[str, str] = {}
    for path in files.rules:
        try:
            doc = load_document(path)
        except InputError as exc:
            raise as_ruleset_error(exc) from None
        docs.append(doc)
        section, rules = _validate_rule_file(doc)
        for index, rule in enumerate(rules):
            loc: Loc = ("rules", index)
            if rule.id in seen:
                message = E.DUPLICATE_RULE_ID.text(id=rule.id, other=seen[rule.id])
                raise error_at(doc, (*loc, "id"), message)
            seen[rule.id] = str(path)
            try:
                compile_condition(rule.when, CONDITION_SCHEMA)
            except ConditionError as exc:
                message = E.INVALID_CONDITION.text(reason=exc.text)
                raise error_at(doc, (*loc, "when", *exc.loc), message) from None
            line = (doc.position(loc) or (0, 0))[0]
            out.append((section, rule, shown_name(path, root), line))
    return out


def _validate(
    root: Path, manifest_doc: Document, manifest: RuleSetManifest, files: RuleSetFiles
) -> StoredRuleSet:
    """Read and check every file of a rule set; raise RuleSetError on the first problem."""
    docs: list[Document] = [manifest_doc]
    registry = _registry(files, docs)
    class_doc, class_model = _load(files.single["classes"], ClassModel)
    graph_doc, graph_spec = _load(files.single["graph"], CapitalGraphSpec)
    takeup_doc, takeup = _load(files.single["takeup"], TakeupParameters)
    scoring_doc, scoring = _load(files.single["scoring"], ScoringFile)
    lead_doc, lead_times = _load(files.single["lead_times"], LeadTimes)
    instruments_doc, instruments = _load(files.single["instruments"], InstrumentsFile)
    regeldruk_doc, regeldruk = _load(files.single["regeldruk"], RegeldrukFile)
    docs += [class_doc, graph_doc, takeup_doc, scoring_doc, lead_doc, instruments_doc]
    docs.append(regeldruk_doc)
    graph = _graph(graph_doc, graph_spec)
    rules = _rules(files, docs, root)
    for doc in docs[1 + len(files.sources) :]:
        check_source_refs(doc, registry)

    digest = hashlib.sha256()
    for doc in sorted(docs, key=lambda d: relative_name(d.path, root)):
        digest.update(relative_name(doc.path, root).encode())
        digest.update(b"\0")
        digest.update(doc.text.encode())
        digest.update(b"\0")
    return StoredRuleSet(
        sha256=digest.hexdigest(),
        manifest=manifest,
        registry=registry,
        classes=class_model,
        graph=graph,
        takeup=takeup,
        scoring=scoring,
        lead_times=lead_times,
        instruments=instruments,
        regeldruk=regeldruk,
        rules=rules,
        files=tuple(relative_name(d.path, root) for d in docs),
        paths=tuple(str(d.path.resolve()) for d in docs),
    )


def _validate_rule_file(doc: Document) -> tuple[str, list[Rule]]:
    """The section and rules of a rule file, validated with its section's model."""
    if not isinstance(doc.data, dict):
        found = E.FOUND_LIST if isinstance(doc.data, list) else E.FOUND_SCALAR
        raise error_at(doc, (), E.TOP_NOT_MAPPING.text(found=found))
    kind = sections.rule_kind(doc.data.get("section"))
    if kind is None:
        known = ", ".join(k.name for k in sections.rule_kinds())
        message = E.UNKNOWN_SECTION.text(section=str(doc.data.get("section")), known=known)
        raise error_at(doc, ("section",), message)
    try:
        result = validate(kind.file_model, doc)
    except InputError as exc:
        raise as_ruleset_error(exc) from None
    rules: list[Rule] = list(getattr(result, "rules", []))
    for index, rule in enumerate(rules):
        prefix = rule.id.split("-")[0]
        if prefix != kind.prefix and not prefix.startswith("X"):
            message = E.RULE_PREFIX.text(section=kind.name, prefix=kind.prefix)
            raise error_at(doc, ("rules", index, "id"), message)
    return kind.name, rules
