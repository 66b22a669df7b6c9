"""beleidskompas: judge a proposed Dutch policy measure the Beleidskompas way.

Doenvermogen (can the target group do what is asked), uitvoerbaarheid (can the
implementers carry it out, and by when) and the impact on the SCP social classes.

>>> import beleidskompas
>>> assessment = beleidskompas.assess_file("examples/automatisch-kindbudget.yaml")  # doctest: +SKIP
>>> assessment.doenvermogen.verdict  # doctest: +SKIP
'doenlijk'

The public names are imported lazily, so that ``import beleidskompas`` (and the command
line) only pays for what it uses. Every name comes from :mod:`beleidskompas.api`, except
the data contract and the errors.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from beleidskompas._version import __version__

if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors
    from beleidskompas.api import (
        advise,
        assess,
        assess_file,
        assess_many,
        check_gates,
        class_table,
        compare,
        default_ruleset,
        load_proposal,
        load_proposals,
        load_rules,
        load_series,
        monitor,
        monitoring_plan,
        portfolio,
        proposal_files,
        read_proposal,
        register_section,
        render,
        rules_for,
        sensitivity,
        sweep,
        with_values,
    )
    from beleidskompas.errors import GateFailedError, InputError, RuleSetError
    from beleidskompas.model.proposal import Proposal
    from beleidskompas.model.results import Assessment
    from beleidskompas.rules.ruleset import RuleSet

_API = "beleidskompas.api"
_PUBLIC = {
    "Assessment": "beleidskompas.model.results",
    "GateFailedError": "beleidskompas.errors",
    "InputError": "beleidskompas.errors",
    "Proposal": "beleidskompas.model.proposal",
    "RuleSet": "beleidskompas.rules.ruleset",
    "RuleSetError": "beleidskompas.errors",
    "advise": _API,
    "assess": _API,
    "assess_file": _API,
    "assess_many": _API,
    "check_gates": _API,
    "class_table": _API,
    "compare": _API,
    "default_ruleset": _API,
    "load_proposal": _API,
    "load_proposals": _API,
    "load_rules": _API,
    "load_series": _API,
    "monitor": _API,
    "monitoring_plan": _API,
    "portfolio": _API,
    "proposal_files": _API,
    "read_proposal": _API,
    "register_section": _API,
    "render": _API,
    "rules_for": _API,
    "sensitivity": _API,
    "sweep": _API,
    "with_values": _API,
}

__all__ = [
    "Assessment",
    "GateFailedError",
    "InputError",
    "Proposal",
    "RuleSet",
    "RuleSetError",
    "__version__",
    "advise",
    "assess",
    "assess_file",
    "assess_many",
    "check_gates",
    "class_table",
    "compare",
    "default_ruleset",
    "load_proposal",
    "load_proposals",
    "load_rules",
    "load_series",
    "monitor",
    "monitoring_plan",
    "portfolio",
    "proposal_files",
    "read_proposal",
    "register_section",
    "render",
    "rules_for",
    "sensitivity",
    "sweep",
    "with_values",
]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'beleidskompas' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    import_module("beleidskompas.report.notebook")  # registers the notebook display hooks
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
