"""The registry of rule sections: which kinds of rule files a rule set may hold.

A section (doenvermogen, uitvoerbaarheid, or one you add) is one registration: its name
(the ``section:`` key of its rule files and the key of its result in a report), the id
prefix of its rules, and the model its rule files are validated with. The scorer of a
section is registered in the scoring layer under the same name, and
:func:`beleidskompas.api.register_section` does both at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from beleidskompas.model.rules import DoenvermogenRuleFile, UitvoerbaarheidRuleFile


@dataclass(frozen=True)
class RuleKind:
    """One kind of rule file: its section name, id prefix and file model.

    ``file_model`` has a field ``section: Literal[name]`` and a field ``rules: list[R]``
    with ``R`` a subclass of :class:`~beleidskompas.model.rules.Rule`.
    """

    name: str
    prefix: str
    file_model: type[BaseModel]

    def fingerprint(self) -> str:
        """What identifies this kind in cache keys: its name, prefix, model, and the bytes
        of the module that defines the model (a changed model is a new key)."""
        model = self.file_model
        return f"{self.name}|{self.prefix}|{model.__qualname__}|{source_digest(model)}"


def source_digest(model: type[Any]) -> str:
    """sha256 of the source file a class is defined in (empty when it has none)."""
    import hashlib
    import inspect

    try:
        path = inspect.getsourcefile(model)
    except TypeError:
        return ""
    if path is None:
        return ""
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return ""


_KINDS: dict[str, RuleKind] = {}


def register_rule_kind(kind: RuleKind) -> None:
    """Add (or replace) a section; sections are assessed in the order registered."""
    _KINDS[kind.name] = kind


def unregister_rule_kind(name: str) -> None:
    """Remove a section (for tests and plugins that clean up after themselves)."""
    _KINDS.pop(name, None)


def rule_kinds() -> tuple[RuleKind, ...]:
    """Every registered section, in registration order."""
    return tuple(_KINDS.values())


def rule_kind(name: object) -> RuleKind | None:
    """The section called ``name``, if registered."""
    return _KINDS.get(name) if isinstance(name, str) else None


register_rule_kind(RuleKind("doenvermogen", "DV", DoenvermogenRuleFile))
register_rule_kind(RuleKind("uitvoerbaarheid", "UV", UitvoerbaarheidRuleFile))
