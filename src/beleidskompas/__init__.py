"""beleidskompas: judge a proposed Dutch policy measure the Beleidskompas way.

Doenvermogen (can the target group do what is asked), uitvoerbaarheid (can the
implementers carry it out, and by when) and the impact on the SCP social classes.

>>> import beleidskompas
>>> proposal = beleidskompas.load_proposal("examples/automatisch-kindbudget.yaml")  # doctest: +SKIP
>>> assessment = beleidskompas.assess(proposal)  # doctest: +SKIP
>>> assessment.doenvermogen.verdict  # doctest: +SKIP
'doenlijk'

The public names are imported lazily, so that ``import beleidskompas`` (and the command
line) only pays for what it uses.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from beleidskompas._version import __version__

if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors
    from beleidskompas.api import load_proposal, read_proposal
    from beleidskompas.errors import InputError, RuleSetError
    from beleidskompas.model.proposal import Proposal
    from beleidskompas.model.results import Assessment
    from beleidskompas.pipeline import assess
    from beleidskompas.rules.loader import load_rules
    from beleidskompas.rules.ruleset import RuleSet

_PUBLIC = {
    "Assessment": "beleidskompas.model.results",
    "InputError": "beleidskompas.errors",
    "Proposal": "beleidskompas.model.proposal",
    "RuleSet": "beleidskompas.rules.ruleset",
    "RuleSetError": "beleidskompas.errors",
    "assess": "beleidskompas.pipeline",
    "load_proposal": "beleidskompas.api",
    "load_rules": "beleidskompas.rules.loader",
    "read_proposal": "beleidskompas.api",
}

__all__ = [
    "Assessment",
    "InputError",
    "Proposal",
    "RuleSet",
    "RuleSetError",
    "__version__",
    "assess",
    "load_proposal",
    "load_rules",
    "read_proposal",
]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'beleidskompas' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
