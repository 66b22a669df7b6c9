"""How much of what a section's rules ask the proposal answers, and whether the verdict is
therefore provisional.

* Completeness: the share of the section's rules whose question could be answered
  (decided true or false); a rule that cannot judge counts as unanswered.
* Provisional: completeness below ``scoring.completeness.provisional_below``.

Unanswered questions do not cap a verdict: the verdict follows from the evidence present,
and completeness stands beside it with the list of fields to supply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from beleidskompas.model.results import Finding
from beleidskompas.scoring.findings import RuleOutcome, completeness, missing_fields
from beleidskompas.scoring.trace import Tracer


@dataclass(frozen=True)
class Completeness:
    """Completeness of one section."""

    share: float
    provisional: bool
    missing: list[str]
    questions: int
    answered: int

    def fields(self) -> dict[str, Any]:
        """The completeness fields of a :class:`SectionResult`."""
        return {
            "completeness": self.share,
            "provisional": self.provisional,
            "missing": self.missing,
            "questions": self.questions,
            "answered": self.answered,
        }


def section_completeness(
    tracer: Tracer, section: str, outcomes: Sequence[RuleOutcome], findings: Sequence[Finding]
) -> Completeness:
    """The completeness figure of a section, recorded in the trace."""
    fig = tracer.figure(section, "completeness")
    share = completeness(outcomes)
    threshold = fig.param("scoring.completeness.provisional_below")
    answered = sum(1 for o in outcomes if not o.unknown)
    fig.done(
        share,
        "answered / rules; provisional when < T",
        answered=answered,
        rules=len(outcomes),
        T=threshold,
    )
    return Completeness(share, share < threshold, missing_fields(findings), len(outcomes), answered)
