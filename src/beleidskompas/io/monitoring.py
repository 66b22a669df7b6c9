"""Checking a proposal's ``monitoring`` against a monitor data set (indicator and group ids)."""

from __future__ import annotations

from beleidskompas.errors import InputError, Loc, Problem
from beleidskompas.i18n import Entry
from beleidskompas.i18n.catalogue import series as S
from beleidskompas.io.document import Document
from beleidskompas.io.series import did_you_mean
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.series import SeriesSet


def check_monitoring(proposal: Proposal, series: SeriesSet, doc: Document | None = None) -> None:
    """Raise InputError when the proposal names indicators or groups the data set lacks."""
    problems: list[Problem] = []

    def add(loc: Loc, entry: Entry, **params: object) -> None:
        pos = doc.position(loc) if doc else None
        line, column = pos if pos else (None, None)
        problems.append(Problem(entry.text(**params), loc, line, column))

    indicators = list(series.indicators)
    groups = [g for spec in series.groups.values() for g in spec.groups]
    for i, target in enumerate(proposal.monitoring):
        if target.indicator not in series.indicators:
            hint = did_you_mean(target.indicator, indicators)
            known = ", ".join(indicators)
            loc: Loc = ("monitoring", i, "indicator")
            add(loc, S.UNKNOWN_INDICATOR, name=target.indicator, hint=hint, known=known)
        for j, group in enumerate(target.groups):
            if series.kind_of(group) is None:
                hint = did_you_mean(group, groups)
                loc = ("monitoring", i, "groups", j)
                add(loc, S.UNKNOWN_GROUP, name=group, hint=hint, file=series.groups_file)
    if problems:
        raise InputError(str(doc.path) if doc else f"<proposal {proposal.id}>", problems)
