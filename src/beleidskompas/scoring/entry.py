"""Entry into force: the earliest feasible date and the date facts the rules read.

What binds depends on the instrument (``instruments.yaml``):

* **wet, AMvB, ministeriële regeling** — Aanwijzing 4.17: a fixed change date, and at
  least ``minimum_lead_months`` (``decentral_lead_months`` when the rule is directly
  relevant to medeoverheden) between publication and entry into force. A motivated
  deviation (lid 5) sets aside the change dates, the minimum, or both.
* **beleidsregel, decentral instruments, none** — no fixed dates and no minimum period;
  a rule takes no effect before it is published.
* Every implementer needs its IT lead time from the decision date.

Missing dates are handled the same way for every fact, by sound bounds: a publication
cannot precede the decision, so without a publication date the decision date gives a
**lower bound** of the earliest feasible date. A fact is decided only when the known dates
decide it (an entry before the lower bound is too early whatever the publication date);
otherwise it is unknown and the rules that need it say which proposal fields to supply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from beleidskompas.model.proposal import Implementation, Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import dates
from beleidskompas.scoring.trace import Reader, Tracer

SECTION = "uitvoerbaarheid"


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


def ar417_applies(rules: RuleSet, impl: Implementation) -> bool | None:
    """Whether Aanwijzing 4.17 governs the proposal's instrument (None: unknown)."""
    if impl.legislation is None:
        return None
    return rules.instruments.instruments[impl.legislation].ar417


def deviation_covers(impl: Implementation, part: str) -> bool:
    """Whether a motivated Ar 4.17 deviation sets aside ``part`` (change_dates or minimum)."""
    deviation = impl.ar417_deviation
    return deviation is not None and deviation.covers in (part, "both")


def directly_relevant(impl: Implementation) -> bool:
    """Whether the rule is directly relevant to medeoverheden (Ar 4.17 lid 4)."""
    flag = impl.decentralised.directly_relevant
    return flag if flag is not None else impl.decentralised.involved is True


def change_dates(reader: Reader, proposal: Proposal, rules: RuleSet) -> Sequence[str] | None:
    """The fixed change dates that bind the proposal's instrument (None: any day)."""
    impl = proposal.implementation
    assert impl.legislation is not None
    entry = rules.instruments.instruments[impl.legislation]
    reader.tag(f"instruments.{impl.legislation}.change_dates")
    if entry.ar417 and deviation_covers(impl, "change_dates"):
        return None
    return entry.education_change_dates.get(impl.education_sector, entry.change_dates)


def minimum_months(reader: Reader, proposal: Proposal, rules: RuleSet) -> int:
    """Months required between publication and entry into force (0 when none binds)."""
    impl = proposal.implementation
    assert impl.legislation is not None
    entry = rules.instruments.instruments[impl.legislation]
    if entry.ar417 and deviation_covers(impl, "minimum"):
        return 0
    decentral = directly_relevant(impl) and entry.decentral_lead_months is not None
    name = "decentral_lead_months" if decentral else "minimum_lead_months"
    if getattr(entry, name) is None:
        return 0
    return int(reader.param(f"instruments.{impl.legislation}.{name}"))


@dataclass(frozen=True)
class EntryFacts:
    """The date facts of one proposal (None: cannot be decided from what is known)."""

    earliest_feasible_date: dt.date | None = None
    earliest_is_lower_bound: bool | None = None
    entry_before_earliest_feasible: bool | None = None
    entry_before_publication: bool | None = None
    entry_on_change_date: bool | None = None
    minimum_lead_met: bool | None = None
    it_lead_met: bool | None = None


def _earliest(tracer: Tracer, proposal: Proposal, rules: RuleSet) -> tuple[dt.date, bool] | None:
    """The earliest feasible date (or its lower bound) and whether it is exact."""
    impl = proposal.implementation
    publication = impl.publication_date or impl.decision_date
    if impl.legislation is None or publication is None:
        return None
    fig = tracer.figure(SECTION, "facts.earliest_feasible_date")
    months, complete = it_lead_months(fig, proposal, rules)
    not_before: dt.date | None = None
    if impl.decision_date is not None:
        not_before = dates.add_months(impl.decision_date, months)
    minimum = minimum_months(fig, proposal, rules)
    earliest = dates.earliest_entry_into_force(
        publication,
        change_dates=change_dates(fig, proposal, rules),
        minimum_months=minimum,
        not_before=not_before,
    )
    # exact once the publication date and every IT lead time are known (the decision date
    # matters only when some implementer needs time)
    exact = (
        impl.publication_date is not None
        and complete
        and (impl.decision_date is not None or months == 0)
    )
    fig.done(
        earliest.isoformat(),
        "first change date ≥ max(publication + minimum, decision + IT lead time); "
        "publication ≥ decision (a lower bound while the publication date is unknown)",
        publication=publication.isoformat(),
        minimum=minimum,
        decision=impl.decision_date.isoformat() if impl.decision_date else None,
        lead=months,
        exact=str(exact).lower(),
    )
    return earliest, exact


def _minimum_lead_met(tracer: Tracer, proposal: Proposal, rules: RuleSet) -> bool | None:
    impl = proposal.implementation
    entry = impl.entry_into_force
    if impl.legislation is None or entry is None:
        return None
    lower = impl.publication_date or impl.decision_date
    if lower is None:
        return None
    fig = tracer.figure(SECTION, "facts.minimum_lead_met")
    months = minimum_months(fig, proposal, rules)
    met = entry >= dates.add_months(lower, months)
    # without a publication date only a failure is certain (publication ≥ decision)
    value = met if impl.publication_date is not None or not met else None
    fig.done(
        "unknown" if value is None else str(value).lower(),
        "entry ≥ publication + minimum (publication ≥ decision)",
        entry=entry.isoformat(),
        publication=lower.isoformat(),
        minimum=months,
    )
    return value


def _it_lead_met(tracer: Tracer, proposal: Proposal, rules: RuleSet) -> bool | None:
    impl = proposal.implementation
    entry = impl.entry_into_force
    if impl.decision_date is None or entry is None:
        return None
    fig = tracer.figure(SECTION, "facts.it_lead_met")
    months, complete = it_lead_months(fig, proposal, rules)
    met = entry >= dates.add_months(impl.decision_date, months)
    value = met if (complete or not met) else None
    fig.done(
        "unknown" if value is None else str(value).lower(),
        "entry ≥ decision + longest IT lead time",
        entry=entry.isoformat(),
        decision=impl.decision_date.isoformat(),
        lead=months,
    )
    return value


def entry_facts(tracer: Tracer, proposal: Proposal, rules: RuleSet) -> EntryFacts:
    """Every date fact of the proposal."""
    impl = proposal.implementation
    entry = impl.entry_into_force
    found = _earliest(tracer, proposal, rules)
    before_earliest: bool | None = None
    if found is not None and entry is not None:
        earliest, exact = found
        before_earliest = True if entry < earliest else (False if exact else None)
    on_change_date: bool | None = None
    if entry is not None and impl.legislation is not None:
        fig = tracer.figure(SECTION, "facts.entry_on_change_date")
        on_change_date = dates.is_change_date(entry, change_dates(fig, proposal, rules))
        fig.done(str(on_change_date).lower(), "entry ∈ change dates", entry=entry.isoformat())
    before_publication: bool | None = None
    if entry is not None and impl.publication_date is not None:
        before_publication = entry < impl.publication_date
    return EntryFacts(
        earliest_feasible_date=found[0] if found else None,
        earliest_is_lower_bound=(not found[1]) if found else None,
        entry_before_earliest_feasible=before_earliest,
        entry_before_publication=before_publication,
        entry_on_change_date=on_change_date,
        minimum_lead_met=_minimum_lead_met(tracer, proposal, rules),
        it_lead_met=_it_lead_met(tracer, proposal, rules),
    )
