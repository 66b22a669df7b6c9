"""The message catalogue: every text the code writes for users, in Dutch and English.

One module per area (``errors``, ``model``, ``validation``, ``conditions``, ``findings``,
``labels``, ``report``, ``analysis``, ``cli``); each holds
:class:`~beleidskompas.i18n.Entry` constants and id → entry tables. Import the module you
need (``from beleidskompas.i18n.catalogue import errors as E``); nothing here is imported
eagerly. ``tests/i18n/test_catalogue.py`` fails when an entry lacks a language or when its
two templates take different parameters. Texts that are *data* — the questions, findings
and advice of rules, labels in class models — live in the rule files instead.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType


def modules() -> list[ModuleType]:
    """Every catalogue module (the completeness test walks them)."""
    return [
        import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
