"""Facts derived from a proposal before the rules run (dates, lead times, reach).

Rules read them as ``facts.*``; each is recorded as a figure of its section.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import ItChange, Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import dates
from beleidskompas.scoring import society as soc
from beleidskompas.scoring.trace import Reader, Tracer

_IT_ORDER: tuple[ItChange, ...] = ("none", "minor", "major", "new_system")


def lead_time_id(rules: RuleSet, organisation: str, change: str) -> str:
    """The parameter id of an organisation's lead time for a kind of IT change."""
    if change in rules.lead_times.organisations.get(organisation, {}):  # type: ignore[call-overload]
        return f"lead_times.organisations.{organisation}.{change}"
    return f"lead_times.default.{change}"


def it_lead_months(reader: Reader, proposal: Proposal, rules: RuleSet) -> tuple[int, bool]:
    """The longest IT lead time of the implementers, and whether every IT change is known."""
    longest = 0
    complete = True
    for implementer in proposal.implementation.implementers or []:
        if implementer.it_change is None:
            complete = False
            continue
        pid = lead_time_id(rules, implementer.organisation, implementer.it_change)
        longest = max(longest, int(reader.param(pid)))
    return longest, complete and proposal.implementation.implementers is not None


def change_dates(reader: Reader, proposal: Proposal, rules: RuleSet) -> Sequence[str] | None:
    """The fixed change dates of the proposal's instrument (None: any day)."""
    impl = proposal.implementation
    assert impl.legislation is not None
    entry = rules.instruments.instruments[impl.legislation]
    reader.tag(f"instruments.{impl.legislation}.change_dates")
    return entry.education_change_dates.get(impl.education_sector, entry.change_dates)


def minimum_months(reader: Reader, proposal: Proposal, rules: RuleSet) -> int:
    """Months required between publication and entry into force (0 when none)."""
    impl = proposal.implementation
    assert impl.legislation is not None
    entry = rules.instruments.instruments[impl.legislation]
    decentral = impl.decentralised.involved is True and entry.decentral_lead_months is not None
    name = "decentral_lead_months" if decentral else "minimum_lead_months"
    if getattr(entry, name) is None:
        return 0
    return int(reader.param(f"instruments.{impl.legislation}.{name}"))


def derive_facts(proposal: Proposal, rules: RuleSet, tracer: Tracer) -> Facts:
    """Compute the ``facts.*`` values rules may use."""
    impl = proposal.implementation
    entry = impl.entry_into_force
    legislation = impl.legislation

    fig = tracer.figure("uitvoerbaarheid", "facts.earliest_feasible_date")
    publication = impl.publication_date or impl.decision_date
    earliest: dt.date | None = None
    if legislation is not None and publication is not None:
        not_before: dt.date | None = None
        months = 0
        if impl.decision_date is not None:
            months, _ = it_lead_months(fig, proposal, rules)
            not_before = dates.add_months(impl.decision_date, months)
        minimum = minimum_months(fig, proposal, rules)
        earliest = dates.earliest_entry_into_force(
            publication,
            change_dates=change_dates(fig, proposal, rules),
            minimum_months=minimum,
            not_before=not_before,
        )
        fig.done(
            earliest.isoformat(),
            "first change date ≥ max(publication + minimum, decision + IT lead time)",
            publication=publication.isoformat(),
            minimum=minimum,
            decision=impl.decision_date.isoformat() if impl.decision_date else None,
            lead=months,
        )

    minimum_lead_met: bool | None = None
    if legislation is not None and impl.publication_date is not None and entry is not None:
        fig = tracer.figure("uitvoerbaarheid", "facts.minimum_lead_met")
        months = minimum_months(fig, proposal, rules)
        minimum_lead_met = entry >= dates.add_months(impl.publication_date, months)
        fig.done(
            str(minimum_lead_met).lower(),
            "entry ≥ publication + minimum",
            entry=entry.isoformat(),
            publication=impl.publication_date.isoformat(),
            minimum=months,
        )

    it_lead_met: bool | None = None
    if impl.decision_date is not None and entry is not None:
        fig = tracer.figure("uitvoerbaarheid", "facts.it_lead_met")
        months, complete = it_lead_months(fig, proposal, rules)
        met = entry >= dates.add_months(impl.decision_date, months)
        it_lead_met = met if (complete or not met) else None
        fig.done(
            "unknown" if it_lead_met is None else str(it_lead_met).lower(),
            "entry ≥ decision + longest IT lead time",
            entry=entry.isoformat(),
            decision=impl.decision_date.isoformat(),
            lead=months,
        )

    on_change_date: bool | None = None
    if entry is not None and legislation is not None:
        fig = tracer.figure("uitvoerbaarheid", "facts.entry_on_change_date")
        on_change_date = dates.is_change_date(entry, change_dates(fig, proposal, rules))
        fig.done(str(on_change_date).lower(), "entry ∈ change dates", entry=entry.isoformat())

    changes = [i.it_change for i in impl.implementers or [] if i.it_change is not None]
    largest = max(changes, key=_IT_ORDER.index) if changes else None

    fig = tracer.figure("class_impact", "facts.bottom_reach_share")
    reach = soc.reach_by_class(fig, proposal, rules)
    shares = soc.shares(fig, rules)
    bottom = soc.bottom_reach_share(reach, shares, rules.classes.bottom_classes)
    fig.done(bottom, "Σ_bottom share_k · reach_k / Σ_k share_k · reach_k")

    return Facts(
        earliest_feasible_date=earliest,
        entry_before_earliest_feasible=(
            entry < earliest if entry is not None and earliest is not None else None
        ),
        entry_on_change_date=on_change_date,
        minimum_lead_met=minimum_lead_met,
        it_lead_met=it_lead_met,
        largest_it_change=largest,
        bottom_reach_share=bottom,
    )
