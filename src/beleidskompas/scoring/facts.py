"""Facts derived from a proposal before the rules run (dates, lead times, reach)."""

from __future__ import annotations

import datetime as dt

from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import ItChange, Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import dates
from beleidskompas.scoring.impact import bottom_reach_share, reach_by_class

_IT_ORDER: tuple[ItChange, ...] = ("none", "minor", "major", "new_system")


def it_lead_months(proposal: Proposal, ruleset: RuleSet) -> tuple[int, bool]:
    """The longest IT lead time of the implementers, and whether every IT change is known."""
    longest = 0
    complete = True
    for implementer in proposal.implementation.implementers or []:
        if implementer.it_change is None:
            complete = False
            continue
        months = ruleset.lead_times.months(implementer.organisation, implementer.it_change)
        longest = max(longest, int(months.value))
    return longest, complete and proposal.implementation.implementers is not None


def lead_time_parameters(proposal: Proposal, ruleset: RuleSet) -> list[str]:
    """Ids of the lead-time parameters the implementers' IT changes use, sorted."""
    used: set[str] = set()
    for implementer in proposal.implementation.implementers or []:
        change = implementer.it_change
        if change is None:
            continue
        if change in ruleset.lead_times.organisations.get(implementer.organisation, {}):
            used.add(f"lead_times.organisations.{implementer.organisation}.{change}")
        else:
            used.add(f"lead_times.default.{change}")
    return sorted(used)


def earliest_feasible_date(proposal: Proposal, ruleset: RuleSet) -> dt.date | None:
    """Earliest entry into force under Ar 4.17 and the implementers' IT lead times.

    Publication cannot come before the decision, so without a publication date the
    decision date stands in for it. Unknown IT changes count as none (the rules report
    them as unknown). None when the legal vehicle or both dates are unknown.
    """
    impl = proposal.implementation
    if impl.legislation is None:
        return None
    publication = impl.publication_date or impl.decision_date
    if publication is None:
        return None
    not_before: dt.date | None = None
    if impl.decision_date is not None:
        months, _ = it_lead_months(proposal, ruleset)
        not_before = dates.add_months(impl.decision_date, months)
    return dates.earliest_entry_into_force(
        publication,
        impl.legislation,
        decentral=impl.decentralised.involved is True,
        education=impl.education_sector,
        not_before=not_before,
    )


def derive_facts(proposal: Proposal, ruleset: RuleSet) -> Facts:
    """Compute the ``facts.*`` values rules may use."""
    impl = proposal.implementation
    earliest = earliest_feasible_date(proposal, ruleset)
    entry = impl.entry_into_force
    legislation = impl.legislation

    minimum_lead_met: bool | None = None
    if legislation is not None and impl.publication_date is not None and entry is not None:
        minimum = dates.add_months(
            impl.publication_date,
            dates.minimum_lead_months(impl.decentralised.involved is True),
        )
        minimum_lead_met = entry >= minimum

    it_lead_met: bool | None = None
    if impl.decision_date is not None and entry is not None:
        months, complete = it_lead_months(proposal, ruleset)
        met = entry >= dates.add_months(impl.decision_date, months)
        it_lead_met = met if (complete or not met) else None

    changes = [i.it_change for i in impl.implementers or [] if i.it_change is not None]
    largest = max(changes, key=_IT_ORDER.index) if changes else None

    return Facts(
        earliest_feasible_date=earliest,
        entry_before_earliest_feasible=(
            entry < earliest if entry is not None and earliest is not None else None
        ),
        entry_on_change_date=(
            dates.is_change_date(entry, legislation, impl.education_sector)
            if entry is not None and legislation is not None
            else None
        ),
        minimum_lead_met=minimum_lead_met,
        it_lead_met=it_lead_met,
        largest_it_change=largest,
        bottom_reach_share=bottom_reach_share(
            reach_by_class(proposal, ruleset.classes), ruleset.classes
        ),
    )
