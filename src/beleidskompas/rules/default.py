"""The default rule set, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from beleidskompas.rules.loader import load_rules
from beleidskompas.rules.ruleset import RuleSet


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The default rule set (cached for the life of the process)."""
    return load_rules()
