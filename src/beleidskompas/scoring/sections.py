"""Scorers of the rule sections, by section name (see :mod:`beleidskompas.rules.sections`).

A scorer turns the outcomes of its section's rules into the section's result. The pipeline
runs them in the order the sections were registered; a scorer may read the results of
sections before it (the take-up model reads doenvermogen's take-up load).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import SectionResult
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.findings import RuleOutcome
from beleidskompas.scoring.trace import Tracer


@dataclass(frozen=True)
class SectionInput:
    """What a section scorer gets."""

    name: str
    proposal: Proposal
    rules: RuleSet
    facts: Facts
    outcomes: list[RuleOutcome]
    tracer: Tracer
    earlier: Mapping[str, SectionResult]


Scorer = Callable[[SectionInput], SectionResult]

_SCORERS: dict[str, Scorer] = {}
_RESULTS: dict[str, type[SectionResult]] = {}


def register_scorer(
    name: str, scorer: Scorer, result_model: type[SectionResult] = SectionResult
) -> None:
    """Set the scorer of the section ``name`` and the model of its result."""
    _SCORERS[name] = scorer
    _RESULTS[name] = result_model


def unregister_scorer(name: str) -> None:
    """Remove the scorer of a section."""
    _SCORERS.pop(name, None)
    _RESULTS.pop(name, None)


def result_models() -> dict[str, type[SectionResult]]:
    """The result model of every section with a scorer."""
    _builtin()
    return dict(_RESULTS)


def scorer(name: str) -> Scorer | None:
    """The scorer of a section, if any."""
    _builtin()
    return _SCORERS.get(name)


def _builtin() -> None:
    """Register the built-in scorers (importing them registers them)."""
    from beleidskompas.scoring import doenvermogen, uitvoerbaarheid  # noqa: F401
