"""Warnings about a valid proposal: things that are allowed but probably not meant.

Dates in an impossible order (publication before the decision, entry into force before
publication or before the decision) and a planned publication or entry into force that
already lies in the past (a decision date in the past is normal: the decision may have been
taken). A warning never stops a command; it names the field so the analyst can check it.
"""

from __future__ import annotations

import datetime as dt

from beleidskompas.errors import Loc
from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import model as M
from beleidskompas.model.proposal import Proposal

_IMPL = "implementation"
_PLANNED = ("publication_date", "entry_into_force")
_ORDER = (
    ("publication_date", "decision_date", M.WARN_PUBLICATION_BEFORE_DECISION),
    ("entry_into_force", "publication_date", M.WARN_ENTRY_BEFORE_PUBLICATION),
    ("entry_into_force", "decision_date", M.WARN_ENTRY_BEFORE_DECISION),
)


def proposal_warnings(proposal: Proposal, today: dt.date) -> list[tuple[Loc, Text]]:
    """The warnings of a proposal as (field path, text), in field order."""
    impl = proposal.implementation
    out: list[tuple[Loc, Text]] = []
    for later, earlier, entry in _ORDER:
        late, early = getattr(impl, later), getattr(impl, earlier)
        if late is not None and early is not None and late < early:
            out.append(((_IMPL, later), entry.text(later=late, earlier=early)))
    for name in _PLANNED:
        day = getattr(impl, name)
        if day is not None and day < today:
            out.append(((_IMPL, name), M.WARN_IN_THE_PAST.text(day=day, today=today)))
    return out
