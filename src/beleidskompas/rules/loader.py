"""Loading a rule set: read every file, validate it, check cross-references, compile."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from beleidskompas.errors import InputError, Loc, Message, Problem, RuleSetError
from beleidskompas.graph import CapitalGraph, GraphError, build_graph
from beleidskompas.io.document import Document, load_document
from beleidskompas.io.validate import validate, validation_error
from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.rules import (
    DoenvermogenRule,
    DoenvermogenRuleFile,
    LeadTimes,
    RuleFile,
    RuleSetManifest,
    ScoringFile,
    SourceRegistry,
    TakeupParameters,
    UitvoerbaarheidRule,
    UitvoerbaarheidRuleFile,
)
from beleidskompas.model.society import CapitalGraphSpec, ClassModel
from beleidskompas.model.sources import Param, Source
from beleidskompas.rules.conditions import ConditionError, Schema, compile_condition
from beleidskompas.rules.ruleset import CompiledRule, RuleSet

M = TypeVar("M", bound=BaseModel)
CONDITION_SCHEMA = Schema(Proposal, Facts)


@cache
def _rule_file_adapter() -> TypeAdapter[Any]:
    """The rule-file validator, built on first use (only needed when the cache misses)."""
    return TypeAdapter(RuleFile)


def default_rules_dir() -> Path:
    """The default rule set: shipped in the wheel, or the repository's ``rules/``."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_rules"
    if (shipped / "ruleset.yaml").is_file():
        return shipped
    checkout = package.parent.parent / "rules"
    if (checkout / "ruleset.yaml").is_file():
        return checkout
    raise FileNotFoundError(  # pragma: no cover - a broken installation
        "the default rule set is missing from this installation"
    )


def _error(doc: Document | Path, loc: Loc, nl: str, en: str, *, key: bool = False) -> RuleSetError:
    if isinstance(doc, Document):
        pos = doc.position(loc, key=key)
        line, column = pos if pos else (None, None)
        return RuleSetError(str(doc.path), [Problem(Message(nl, en), loc, line, column)])
    return RuleSetError(str(doc), [Problem(Message(nl, en), loc)])


def _as_ruleset_error(exc: InputError) -> RuleSetError:
    if isinstance(exc, RuleSetError):
        return exc
    return RuleSetError(exc.file, exc.problems)


def _load(path: Path, model: type[M]) -> tuple[Document, M]:
    try:
        doc = load_document(path)
        return doc, validate(model, doc)
    except InputError as exc:
        raise _as_ruleset_error(exc) from None


def _expand(base: Path, patterns: list[str], doc: Document, role: str) -> list[Path]:
    paths: list[Path] = []
    for i, pattern in enumerate(patterns):
        found = (
            sorted(base.glob(pattern)) if any(ch in pattern for ch in "*?[") else [base / pattern]
        )
        found = [p for p in found if p.is_file()]
        if not found:
            raise _error(
                doc,
                ("files", role, i),
                f"geen bestand gevonden voor '{pattern}'",
                f"no file found for '{pattern}'",
            )
        paths += found
    return paths


def _single(base: Path, pattern: str | None, doc: Document, role: str) -> Path:
    if pattern is None:
        raise _error(
            doc,
            ("files",),
            f"de regelset noemt geen bestand voor '{role}'",
            f"the rule set names no file for '{role}'",
        )
    path = base / pattern
    if not path.is_file():
        raise _error(
            doc,
            ("files", role),
            f"bestand '{pattern}' bestaat niet",
            f"file '{pattern}' does not exist",
        )
    return path


class _Files:
    """The files of a rule set after applying ``extends``."""

    def __init__(self, root: Path, manifest_doc: Document, manifest: RuleSetManifest) -> None:
        self.sources: list[Path] = []
        self.rules: list[Path] = []
        singles: dict[str, tuple[Path, str | None, Document]] = {}
        roles = ("classes", "graph", "takeup", "scoring", "lead_times")
        if manifest.extends == "default":
            base = default_rules_dir()
            base_doc, base_manifest = _load(base / "ruleset.yaml", RuleSetManifest)
            self.sources += _expand(base, base_manifest.files.sources, base_doc, "sources")
            self.rules += _expand(base, base_manifest.files.rules, base_doc, "rules")
            for role in roles:
                singles[role] = (base, getattr(base_manifest.files, role), base_doc)
        for role in roles:
            own = getattr(manifest.files, role)
            if own is not None or role not in singles:
                singles[role] = (root, own, manifest_doc)
        self.sources += _expand(root, manifest.files.sources, manifest_doc, "sources")
        self.rules += _expand(root, manifest.files.rules, manifest_doc, "rules")
        self.single = {
            role: _single(base_dir, pattern, doc, role)
            for role, (base_dir, pattern, doc) in singles.items()
        }


@dataclass(frozen=True)
class _Stored:
    """A validated rule set without compiled parts: what the cache keeps."""

    sha256: str
    manifest: RuleSetManifest
    registry: dict[str, Source]
    classes: ClassModel
    graph: CapitalGraph
    takeup: TakeupParameters
    scoring: ScoringFile
    lead_times: LeadTimes
    rules: list[tuple[str, DoenvermogenRule | UitvoerbaarheidRule, str, int]]
    parameters: dict[str, Param]
    files: tuple[str, ...]


def _file_list(root: Path, classes: Path | str | None) -> tuple[Document, RuleSetManifest, _Files]:
    manifest_path = root / "ruleset.yaml" if root.is_dir() else root
    manifest_doc, manifest = _load(manifest_path, RuleSetManifest)
    files = _Files(manifest_path.parent, manifest_doc, manifest)
    if classes is not None:
        files.single["classes"] = Path(classes)
    return manifest_doc, manifest, files


def load_rules(directory: Path | str | None = None, classes: Path | str | None = None) -> RuleSet:
    """Load, validate and compile a rule set (the default one when ``directory`` is None).

    ``classes`` replaces the rule set's class model (``--classes``). Raises RuleSetError
    naming the file, the field path and the line:column of the first problems. A rule set
    that loaded before is taken from a cache keyed by the sha256 of all its files (see
    ``beleidskompas.rules.store``), so only its conditions are compiled again.
    """
    from beleidskompas.rules import store

    root = Path(directory) if directory is not None else default_rules_dir()
    manifest_doc, manifest, files = _file_list(root, classes)
    root = manifest_doc.path.parent
    paths = [
        manifest_doc.path,
        *files.sources,
        *(files.single[r] for r in ("classes", "graph", "takeup", "scoring", "lead_times")),
        *files.rules,
    ]
    key = store.key(paths, root)
    stored = store.get(key) if key is not None else None
    if not isinstance(stored, _Stored):
        stored = _validate(root, manifest_doc, manifest, files)
        if key is not None:
            store.put(key, stored)
    return _assemble(stored, root)


def _assemble(stored: _Stored, root: Path) -> RuleSet:
    """Compile the conditions and the graph of a validated rule set."""
    dv_rules: list[CompiledRule] = []
    uv_rules: list[CompiledRule] = []
    for section, rule, file, line in stored.rules:
        compiled = CompiledRule(rule, compile_condition(rule.when, CONDITION_SCHEMA), file, line)
        (dv_rules if section == "doenvermogen" else uv_rules).append(compiled)
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
        doenvermogen_rules=tuple(dv_rules),
        uitvoerbaarheid_rules=tuple(uv_rules),
        parameters=stored.parameters,
        files=stored.files,
    )


def _validate(
    root: Path, manifest_doc: Document, manifest: RuleSetManifest, files: _Files
) -> _Stored:
    """Read and check every file of a rule set; raise RuleSetError on the first problem."""
    docs: list[Document] = [manifest_doc]
    registry: dict[str, Source] = {}
    registry_origin: dict[str, Document] = {}
    for path in files.sources:
        doc, reg = _load(path, SourceRegistry)
        docs.append(doc)
        for source_id in reg.sources:
            if source_id in registry:
                raise _error(
                    doc,
                    ("sources", source_id),
                    f"bron-id '{source_id}' komt ook voor in {registry_origin[source_id].path}",
                    f"source id '{source_id}' is also defined in {registry_origin[source_id].path}",
                    key=True,
                )
            registry[source_id] = reg.sources[source_id]
            registry_origin[source_id] = doc

    class_doc, class_model = _load(files.single["classes"], ClassModel)
    graph_doc, graph_spec = _load(files.single["graph"], CapitalGraphSpec)
    takeup_doc, takeup = _load(files.single["takeup"], TakeupParameters)
    scoring_doc, scoring = _load(files.single["scoring"], ScoringFile)
    lead_doc, lead_times = _load(files.single["lead_times"], LeadTimes)
    docs += [class_doc, graph_doc, takeup_doc, scoring_doc, lead_doc]

    try:
        graph = build_graph(graph_spec)
    except GraphError as exc:
        raise _error(
            graph_doc,
            ("edges",),
            f"kapitaalgraaf convergeert niet: spectraalstraal {exc.radius:.3f} >= 1; "
            f"de cyclus met de grootste versterking is {' → '.join([*exc.cycle, exc.cycle[0]])} "
            f"(versterking {exc.gain:.3f}); verlaag de gewichten op deze cyclus",
            f"{exc}; lower the weights on this cycle",
        ) from None

    rules: list[tuple[str, DoenvermogenRule | UitvoerbaarheidRule, str, int]] = []
    seen: dict[str, str] = {}
    for path in files.rules:
        try:
            doc = load_document(path)
        except InputError as exc:
            raise _as_ruleset_error(exc) from None
        docs.append(doc)
        rule_file = _validate_rule_file(doc)
        rules_in_file: list[DoenvermogenRule | UitvoerbaarheidRule] = list(rule_file.rules)
        for index, rule in enumerate(rules_in_file):
            loc: Loc = ("rules", index)
            if rule.id in seen:
                raise _error(
                    doc,
                    (*loc, "id"),
                    f"regel-id {rule.id} komt ook voor in {seen[rule.id]}",
                    f"rule id {rule.id} is also used in {seen[rule.id]}",
                )
            seen[rule.id] = str(path)
            try:
                compile_condition(rule.when, CONDITION_SCHEMA)
            except ConditionError as exc:
                raise _error(
                    doc,
                    (*loc, "when", *exc.loc),
                    f"ongeldige conditie: {exc.nl}",
                    f"invalid condition: {exc.message}",
                ) from None
            line = (doc.position(loc) or (0, 0))[0]
            rules.append((rule_file.section, rule, str(path), line))

    for doc in docs[1 + len(files.sources) :]:
        _check_source_refs(doc, registry)

    parameters = dict(_params("classes", class_model))
    parameters.update((f"graph.{e.source}->{e.target}", e.weight) for e in graph_spec.edges)
    parameters.update(_params("takeup", takeup))
    parameters.update(_params("scoring", scoring))
    parameters.update(_params("lead_times", lead_times))

    digest = hashlib.sha256()
    for doc in sorted(docs, key=lambda d: _relative(d.path, root)):
        digest.update(_relative(doc.path, root).encode())
        digest.update(b"\0")
        digest.update(doc.text.encode())
        digest.update(b"\0")
    return _Stored(
        sha256=digest.hexdigest(),
        manifest=manifest,
        registry=registry,
        classes=class_model,
        graph=graph,
        takeup=takeup,
        scoring=scoring,
        lead_times=lead_times,
        rules=rules,
        parameters=parameters,
        files=tuple(_relative(d.path, root) for d in docs),
    )


def _relative(path: Path, root: Path) -> str:
    """A file's name for hashing and listing, independent of where things are installed."""
    resolved = path.resolve()
    for base, prefix in ((root.resolve(), ""), (default_rules_dir().resolve(), "default/")):
        try:
            return prefix + resolved.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


def _validate_rule_file(doc: Document) -> DoenvermogenRuleFile | UitvoerbaarheidRuleFile:
    if not isinstance(doc.data, dict):
        raise _error(
            doc, (), "verwacht een mapping bovenaan", "expected a mapping at the top level"
        )
    try:
        result: DoenvermogenRuleFile | UitvoerbaarheidRuleFile = (
            _rule_file_adapter().validate_python(doc.data)
        )
    except ValidationError as exc:
        section = doc.data.get("section")
        model: type[BaseModel] = (
            UitvoerbaarheidRuleFile if section == "uitvoerbaarheid" else DoenvermogenRuleFile
        )
        raise _as_ruleset_error(validation_error(model, doc, _strip_tag(exc, model, doc))) from None
    for index, rule in enumerate(result.rules):
        prefix = rule.id.split("-")[0]
        want = "DV" if result.section == "doenvermogen" else "UV"
        if prefix != want and not prefix.startswith("X"):
            raise _error(
                doc,
                ("rules", index, "id"),
                f"regels in sectie {result.section} hebben ids {want}-nn (of een eigen "
                f"voorvoegsel dat met X begint)",
                f"rules in section {result.section} have ids {want}-nn (or a prefix of your "
                f"own starting with X)",
            )
    return result


def _strip_tag(exc: ValidationError, model: type[BaseModel], doc: Document) -> ValidationError:
    """Re-validate with the concrete model so error paths carry no union tag."""
    try:
        model.model_validate(doc.data)
    except ValidationError as inner:
        return inner
    return exc  # pragma: no cover - the union failed for another reason


def _walk(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    stack: list[tuple[Loc, Any]] = [(loc, data)]
    while stack:
        here, node = stack.pop()
        yield here, node
        if isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in enumerate(node))


def _check_source_refs(doc: Document, registry: dict[str, Source]) -> None:
    for loc, node in _walk(doc.data):
        if not loc or loc[-1] != "sources" or not isinstance(node, list):
            continue
        for i, ref in enumerate(node):
            if isinstance(ref, str) and ref not in registry:
                raise _error(
                    doc,
                    (*loc, i),
                    f"onbekende bron '{ref}' (niet in de bronnenregisters van de regelset)",
                    f"unknown source '{ref}' (not in the rule set's source registries)",
                )


def _params(prefix: str, model: BaseModel) -> Iterator[tuple[str, Param]]:
    """Every Param inside a model, with a dotted id (list items keyed by their ``id``)."""
    stack: list[tuple[str, Any]] = [(prefix, model)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, Param):
            yield path, node
        elif isinstance(node, BaseModel):
            for name in type(node).model_fields:
                value = getattr(node, name)
                if isinstance(value, list) and value and hasattr(value[0], "id"):
                    stack.extend((f"{path}.{item.id}", item) for item in value)
                else:
                    stack.append((f"{path}.{name}", value))
        elif isinstance(node, dict):
            stack.extend((f"{path}.{k}", v) for k, v in node.items())
