"""Which files make up a rule set: the manifest's roles, globs and ``extends: default``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from beleidskompas.errors import InputError, Loc, Problem, RuleSetError
from beleidskompas.i18n import Entry, Text
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io.document import Document, load_document
from beleidskompas.io.validate import validate
from beleidskompas.model.rules import RuleSetManifest

SINGLE_ROLES = (
    "classes",
    "graph",
    "takeup",
    "scoring",
    "lead_times",
    "instruments",
    "regeldruk",
)
"""Manifest roles that name exactly one file."""
OPTIONAL_ROLES = ("instruments", "regeldruk")
"""Roles that fall back to the default rule set's file when a rule set names none."""


def default_rules_dir() -> Path:
    """The default rule set: shipped in the wheel, or the repository's ``rules/``."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_rules"
    if (shipped / "ruleset.yaml").is_file():
        return shipped
    checkout = package.parent.parent / "rules"
    if (checkout / "ruleset.yaml").is_file():
        return checkout
    raise InputError.single(str(shipped), E.DEFAULT_RULES_MISSING)  # pragma: no cover


def error_at(
    doc: Document | Path, loc: Loc, message: Text | Entry, *, key: bool = False
) -> RuleSetError:
    """A rule-set error at ``loc`` of a document (with its line and column)."""
    text = message.text() if isinstance(message, Entry) else message
    if isinstance(doc, Document):
        pos = doc.position(loc, key=key)
        line, column = pos if pos else (None, None)
        return RuleSetError(str(doc.path), [Problem(text, loc, line, column)])
    return RuleSetError(str(doc), [Problem(text, loc)])


def as_ruleset_error(exc: InputError) -> RuleSetError:
    """An input error about a rule file, as a rule-set error."""
    if isinstance(exc, RuleSetError):
        return exc
    return RuleSetError(exc.file, exc.problems)


def load_manifest(path: Path) -> tuple[Document, RuleSetManifest]:
    """Parse and validate ``ruleset.yaml``."""
    try:
        doc = load_document(path)
        return doc, validate(RuleSetManifest, doc)
    except InputError as exc:
        raise as_ruleset_error(exc) from None


def _expand(base: Path, patterns: Sequence[str], doc: Document, role: str) -> list[Path]:
    paths: list[Path] = []
    for i, pattern in enumerate(patterns):
        found = (
            sorted(base.glob(pattern)) if any(ch in pattern for ch in "*?[") else [base / pattern]
        )
        found = [p for p in found if p.is_file()]
        if not found:
            raise error_at(doc, ("files", role, i), E.NO_FILE_FOR_PATTERN.text(pattern=pattern))
        paths += found
    return paths


def _single(base: Path, pattern: str | None, doc: Document, role: str) -> Path:
    if pattern is None:
        raise error_at(doc, ("files",), E.NO_FILE_FOR_ROLE.text(role=role))
    path = base / pattern
    if not path.is_file():
        raise error_at(doc, ("files", role), E.FILE_DOES_NOT_EXIST.text(pattern=pattern))
    return path


class RuleSetFiles:
    """The files of a rule set after applying ``extends``."""

    def __init__(self, root: Path, manifest_doc: Document, manifest: RuleSetManifest) -> None:
        self.sources: list[Path] = []
        self.rules: list[Path] = []
        singles: dict[str, tuple[Path, str | None, Document]] = {}
        if manifest.extends == "default":
            base = default_rules_dir()
            base_doc, base_manifest = load_manifest(base / "ruleset.yaml")
            self.sources += _expand(base, base_manifest.files.sources, base_doc, "sources")
            self.rules += _expand(base, base_manifest.files.rules, base_doc, "rules")
            for role in SINGLE_ROLES:
                singles[role] = (base, getattr(base_manifest.files, role), base_doc)
        for role in SINGLE_ROLES:
            own = getattr(manifest.files, role)
            if own is not None or role not in singles:
                singles[role] = (root, own, manifest_doc)
        for role in OPTIONAL_ROLES:
            if singles[role][1] is None:
                base = default_rules_dir()
                base_doc, base_manifest = load_manifest(base / "ruleset.yaml")
                singles[role] = (base, getattr(base_manifest.files, role), base_doc)
        self.sources += _expand(root, manifest.files.sources, manifest_doc, "sources")
        self.rules += _expand(root, manifest.files.rules, manifest_doc, "rules")
        self.single = {
            role: _single(base_dir, pattern, doc, role)
            for role, (base_dir, pattern, doc) in singles.items()
        }

    def all(self, manifest: Path) -> list[Path]:
        """Every file, the manifest first."""
        return [
            manifest,
            *self.sources,
            *(self.single[r] for r in SINGLE_ROLES),
            *self.rules,
        ]


def shown_name(path: Path, root: Path) -> str:
    """A rule file as people see it: ``rules/...`` for the default set, else the rule set's
    folder name and the path within it."""
    resolved = path.resolve()
    default = default_rules_dir().resolve()
    for base, name in ((root.resolve(), root.name), (default, "rules")):
        try:
            inside = resolved.relative_to(base).as_posix()
        except ValueError:
            continue
        return f"{'rules' if base == default else name}/{inside}"
    return str(path)


def relative_name(path: Path, root: Path) -> str:
    """A file's name for hashing and listing, independent of where things are installed."""
    resolved = path.resolve()
    for base, prefix in ((root.resolve(), ""), (default_rules_dir().resolve(), "default/")):
        try:
            return prefix + resolved.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name
