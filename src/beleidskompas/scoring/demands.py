"""What a measure asks of one person in a year: actions, documents, deadlines.

Frequencies per year: once 1, yearly 1, monthly 12, on_change ``portfolio.on_change_per_year``
(a rule-set parameter). Used by the sanction model (sanctionable moments) and the portfolio
(stapeling of burdens).
"""

from __future__ import annotations

from beleidskompas.model.proposal import Proposal
from beleidskompas.scoring.dates import MONTHS_PER_YEAR

TIMES_PER_YEAR = {"once": 1.0, "yearly": 1.0, "monthly": float(MONTHS_PER_YEAR)}
"""Times per year an action is done, by how it repeats (on_change: a rule-set parameter)."""


def measure_demands(proposal: Proposal, on_change_per_year: float) -> tuple[float, float, float]:
    """Actions, documents and deadlines per year that one measure asks of a recipient."""
    actions = documents = deadlines = 0.0
    for action in proposal.delivery.citizen_actions or []:
        freq = TIMES_PER_YEAR.get(action.repeats, on_change_per_year)
        actions += freq
        documents += freq * action.documents
        if action.deadline_days is not None:
            deadlines += freq
    return actions, documents, deadlines
