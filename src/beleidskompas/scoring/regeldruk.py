"""Regeldruk: the Standaardkostenmodel on a proposal's citizen and business actions.

Per citizen action *a* and class *k* (docs/methodology.md, section Regeldruk)::

    N_k = persons_k · reach_k · take_up_k          people who do the actions
    m_a = the action's own minutes, else the sum of its time norms
    hours per year  = Σ_k N_k · Σ_{a structural} F_a · m_a / 60
    once hours      = Σ_k N_k · (Σ_{a once} m_a + onboarding) / 60
    euros           = hours · tariff + N · F · out-of-pocket

with ``F_a`` 1 (once, yearly), 12 (monthly) or ``scoring.portfolio.on_change_per_year``.
Business actions carry their own count, frequency and minutes. Everything is a pure
function of the proposal, the rule set and the reach and take-up per class, so the change
against a baseline is ``regeldruk(proposal) − regeldruk(baseline)``
(:func:`regeldruk_change`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import regeldruk as RG
from beleidskompas.model.proposal import BusinessAction, CitizenAction, Delivery, Proposal
from beleidskompas.model.regeldruk import (
    BusinessActionBurden,
    BusinessesRegeldruk,
    CitizenActionBurden,
    CitizensRegeldruk,
    ClassRegeldruk,
    NormPart,
    RegeldrukChange,
    RegeldrukDelta,
    RegeldrukResult,
)
from beleidskompas.model.sources import SourceOut
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import society as soc
from beleidskompas.scoring.dates import MONTHS_PER_YEAR
from beleidskompas.scoring.trace import Reader, Tracer

SECTION = "regeldruk"
MINUTES_PER_HOUR = 60
CHANNEL_ORDER = ("digital", "paper", "phone", "desk")
"""The channel whose times are used: the first of these the measure offers."""
BASE_NORMS: dict[str, tuple[str, ...]] = {
    "digital": ("apply",),
    "paper": ("apply_paper",),
    "phone": ("phone_call",),
    "desk": ("appointment", "desk_visit"),
}
NORM = "regeldruk.time_norms."
ON_CHANGE = "scoring.portfolio.on_change_per_year"


def channel_used(delivery: Delivery) -> str:
    """The channel whose times price an action: digital when offered or unknown, else the
    first offered of paper, phone, desk."""
    offered = delivery.channels
    if offered is None:
        return "digital"
    return next((c for c in CHANNEL_ORDER if c in offered), "digital")


def uses_digid(delivery: Delivery, channel: str) -> bool:
    """Whether a digital occurrence needs a DigiD login (unless the proposal says not)."""
    return channel == "digital" and delivery.requires_digid is not False


def per_year(reader: Reader, repeats: str) -> float:
    """Occurrences per year: 1 for once and yearly, 12 for monthly, the rule set's number
    for on_change."""
    if repeats == "monthly":
        return float(MONTHS_PER_YEAR)
    if repeats == "on_change":
        return reader.param(ON_CHANGE)
    return 1.0


def norm_parts(
    reader: Reader, action: CitizenAction, channel: str, digid: bool
) -> tuple[list[NormPart], float]:
    """The time norms of one occurrence of an action, and its avoidable minutes."""
    if action.initiative == "government":
        base: tuple[str, ...] = ("apply_prefilled",)
    elif action.repeats == "on_change":
        base = ("report_change",)
    else:
        base = BASE_NORMS[channel]
    counts: list[tuple[str, float]] = [(n, 1.0) for n in base]
    if digid:
        counts.append(("digid_login", 1.0))
    if action.documents:
        counts.append(("supply_document", float(action.documents)))
    parts = [NormPart(norm=n, count=c, minutes=reader.param(NORM + n)) for n, c in counts]
    avoidable = 0.0
    if action.data_known_to_government is True:
        avoidable = sum(p.count * p.minutes for p in parts if p.norm == "supply_document")
    return parts, avoidable


def action_burden(
    reader: Reader, index: int, action: CitizenAction, channel: str, digid: bool
) -> CitizenActionBurden:
    """Minutes, frequency and hours per person of one citizen action."""
    parts, avoidable = norm_parts(reader, action, channel, digid)
    own = action.minutes is not None
    minutes = float(action.minutes) if action.minutes is not None else _total(parts)
    frequency = per_year(reader, action.repeats)
    return CitizenActionBurden(
        index=index,
        description=action.description,
        repeats=action.repeats,
        per_year=frequency,
        minutes=minutes,
        minutes_from="proposal" if own else "norms",
        parts=[] if own else parts,
        avoidable_minutes=0.0 if own else avoidable,
        out_of_pocket_eur=action.out_of_pocket_eur,
        hours_per_person=frequency * minutes / MINUTES_PER_HOUR,
    )


def _total(parts: Sequence[NormPart]) -> float:
    return sum(p.count * p.minutes for p in parts)


def onboarding_minutes(reader: Reader, digid: bool) -> float:
    """One-off minutes to get started: reading what is asked, and the expected DigiD request."""
    minutes = reader.param(NORM + "read_information")
    if digid:
        minutes += reader.param("regeldruk.digid_setup_share") * reader.param(NORM + "digid_setup")
    return minutes


@dataclass(frozen=True)
class PerPerson:
    """What the actions cost one person who does them."""

    hours_per_year: float
    once_hours: float
    avoidable_per_year: float
    avoidable_once: float
    out_of_pocket_per_year: float
    out_of_pocket_once: float
    onboarding: float


def per_person(actions: Sequence[CitizenActionBurden], onboarding: float) -> PerPerson:
    """Hours and out-of-pocket euros per person, structural and one-off."""
    once = [a for a in actions if a.repeats == "once"]
    structural = [a for a in actions if a.repeats != "once"]
    return PerPerson(
        hours_per_year=sum(a.hours_per_person for a in structural),
        once_hours=sum(a.hours_per_person for a in once) + onboarding / MINUTES_PER_HOUR,
        avoidable_per_year=sum(a.per_year * a.avoidable_minutes for a in structural)
        / MINUTES_PER_HOUR,
        avoidable_once=sum(a.avoidable_minutes for a in once) / MINUTES_PER_HOUR,
        out_of_pocket_per_year=sum(a.per_year * (a.out_of_pocket_eur or 0.0) for a in structural),
        out_of_pocket_once=sum(a.out_of_pocket_eur or 0.0 for a in once),
        onboarding=onboarding,
    )


def class_rows(
    rules: RuleSet,
    person: PerPerson,
    tariff: float,
    acting: Mapping[str, float] | None,
) -> list[ClassRegeldruk]:
    """Citizens' burden per class (totals null without head counts)."""
    rows: list[ClassRegeldruk] = []
    for cls in rules.classes.classes:
        n = acting[cls.id] if acting is not None else None
        hours = n * person.hours_per_year if n is not None else None
        once = n * person.once_hours if n is not None else None
        rows.append(
            ClassRegeldruk(
                id=cls.id,
                label=cls.label,
                persons_acting=n,
                hours_per_year=hours,
                eur_per_year=(
                    hours * tariff + n * person.out_of_pocket_per_year
                    if hours is not None and n is not None
                    else None
                ),
                once_hours=once,
                once_eur=(
                    once * tariff + n * person.out_of_pocket_once
                    if once is not None and n is not None
                    else None
                ),
            )
        )
    return rows


def _sum(values: Sequence[float | None]) -> float | None:
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def citizens(
    tracer: Tracer,
    proposal: Proposal,
    rules: RuleSet,
    reach: Mapping[str, float],
    take_up: Mapping[str, float],
    scope_persons: Mapping[str, float] | None = None,
) -> CitizensRegeldruk | None:
    """Citizens' regeldruk (None when the proposal does not say what people must do)."""
    delivery = proposal.delivery
    if delivery.citizen_actions is None:
        return None
    channel = channel_used(delivery)
    digid = uses_digid(delivery, channel)
    fig = tracer.figure(SECTION, "citizens.per_person")
    actions = [
        action_burden(fig, i, a, channel, digid)
        for i, a in enumerate(delivery.citizen_actions, start=1)
    ]
    any_digital = digid and bool(actions)
    onboarding = onboarding_minutes(fig, any_digital) if actions else 0.0
    person = per_person(actions, onboarding)
    tariff = fig.param("regeldruk.tariffs.citizen_hour_eur")
    fig.done(
        person.hours_per_year,
        "Σ_a F_a · m_a / 60 (structural); once: Σ_a m_a / 60 + onboarding / 60",
        channel=channel,
        once_hours=person.once_hours,
        onboarding_minutes=onboarding,
    )
    acting = _acting(tracer, rules, reach, take_up, scope_persons)
    rows = class_rows(rules, person, tariff, acting)
    total_n = sum(acting.values()) if acting is not None else None
    return CitizensRegeldruk(
        hours_per_person_per_year=person.hours_per_year,
        once_hours_per_person=person.once_hours,
        eur_per_person_per_year=person.hours_per_year * tariff + person.out_of_pocket_per_year,
        once_eur_per_person=person.once_hours * tariff + person.out_of_pocket_once,
        onboarding_minutes=onboarding,
        persons_acting=total_n,
        hours_per_year=_sum([r.hours_per_year for r in rows]),
        eur_per_year=_sum([r.eur_per_year for r in rows]),
        once_hours=_sum([r.once_hours for r in rows]),
        once_eur=_sum([r.once_eur for r in rows]),
        out_of_pocket_eur_per_year=(
            total_n * person.out_of_pocket_per_year if total_n is not None else None
        ),
        avoidable_hours_per_year=(
            total_n * person.avoidable_per_year if total_n is not None else None
        ),
        avoidable_once_hours=total_n * person.avoidable_once if total_n is not None else None,
        out_of_pocket_quantified=all(a.out_of_pocket_eur is not None for a in actions),
        actions=actions,
        classes=rows,
    )


def _acting(
    tracer: Tracer,
    rules: RuleSet,
    reach: Mapping[str, float],
    take_up: Mapping[str, float],
    scope_persons: Mapping[str, float] | None = None,
) -> dict[str, float] | None:
    """People who do the actions per class: persons × reach × take-up (None without head
    counts). ``scope_persons``: the adults per class of the proposal's scope."""
    fig = tracer.figure(SECTION, "citizens.persons_acting")
    persons = dict(scope_persons) if scope_persons is not None else soc.persons(fig, rules)
    acting = (
        {k: persons[k] * reach[k] * take_up[k] for k in persons} if persons is not None else None
    )
    fig.done(
        sum(acting.values()) if acting is not None else None,
        "Σ_k persons_k · reach_k · take_up_k",
    )
    return acting


def business_burden(
    reader: Reader, index: int, action: BusinessAction, tariff: float
) -> BusinessActionBurden:
    """Hours and euros of one business action over all businesses concerned."""
    frequency = per_year(reader, action.repeats)
    occurrences = action.businesses * frequency
    hours = occurrences * action.minutes / MINUTES_PER_HOUR
    return BusinessActionBurden(
        index=index,
        description=action.description,
        who=action.who,
        businesses=action.businesses,
        repeats=action.repeats,
        per_year=frequency,
        minutes=action.minutes,
        out_of_pocket_eur=action.out_of_pocket_eur,
        hours=hours,
        eur=hours * tariff + occurrences * (action.out_of_pocket_eur or 0.0),
    )


def businesses(tracer: Tracer, proposal: Proposal) -> BusinessesRegeldruk | None:
    """Businesses' regeldruk (None when the proposal does not say)."""
    given = proposal.delivery.business_actions
    if given is None:
        return None
    fig = tracer.figure(SECTION, "businesses")
    tariff = fig.param("regeldruk.tariffs.business_hour_eur") if given else 0.0
    actions = [business_burden(fig, i, a, tariff) for i, a in enumerate(given, start=1)]
    once = [a for a in actions if a.repeats == "once"]
    structural = [a for a in actions if a.repeats != "once"]
    result = BusinessesRegeldruk(
        hours_per_year=sum(a.hours for a in structural),
        eur_per_year=sum(a.eur for a in structural),
        once_hours=sum(a.hours for a in once),
        once_eur=sum(a.eur for a in once),
        actions=actions,
    )
    fig.done(result.eur_per_year, "Σ_a businesses_a · F_a · (m_a / 60 · T + O_a)")
    return result


def assumptions(proposal: Proposal, result: CitizensRegeldruk | None, channel: str) -> list[Text]:
    """What a reader of the figures must know."""
    out: list[Text] = []
    if result is None:
        out.append(RG.NO_ACTIONS.text())
        return out
    out.append(RG.WHO_ACTS.text())
    if result.actions:
        if proposal.delivery.channels is None:
            out.append(RG.CHANNEL_UNKNOWN.text())
        elif len(proposal.delivery.channels) > 1:
            out.append(RG.SEVERAL_CHANNELS.text(channel=RG.CHANNELS[channel]))
        if any(a.minutes_from == "norms" for a in result.actions):
            out.append(RG.NORMS.text())
        if not result.out_of_pocket_quantified:
            out.append(RG.NO_OUT_OF_POCKET.text())
    if result.persons_acting is None:
        out.append(RG.NO_PERSONS.text())
    return out


def used_sources(rules: RuleSet, parameter_ids: Sequence[str]) -> list[SourceOut]:
    """The sources of the parameters a regeldruk used, each once."""
    seen: dict[str, SourceOut] = {}
    for pid in parameter_ids:
        param = rules.parameters.get(pid)
        if param is None:
            continue
        for ref in param.sources:
            source = SourceOut.of(rules.source(ref))
            seen.setdefault(source.url or source.title, source)
    return list(seen.values())


def regeldruk(
    tracer: Tracer,
    proposal: Proposal,
    rules: RuleSet,
    reach: Mapping[str, float],
    take_up: Mapping[str, float],
    scope_persons: Mapping[str, float] | None = None,
) -> RegeldrukResult | None:
    """The regeldruk of a proposal (None when the rule set has no regeldruk parameters).

    ``reach`` and ``take_up`` are the eligible share and the take-up per class id, as the
    class impact computes them.
    """
    if rules.regeldruk is None:
        return None
    people = citizens(tracer, proposal, rules, reach, take_up, scope_persons)
    firms = businesses(tracer, proposal)
    channel = channel_used(proposal.delivery)
    read = [p for p in tracer.read if p.startswith("regeldruk.")]
    return RegeldrukResult(
        citizens=people,
        businesses=firms,
        citizen_hour_eur=rules.regeldruk.tariffs.citizen_hour_eur.value,
        business_hour_eur=rules.regeldruk.tariffs.business_hour_eur.value,
        channel=channel if people is not None and people.actions else None,
        assumptions=assumptions(proposal, people, channel),
        sources=used_sources(rules, read),
    )


def compute_regeldruk(
    proposal: Proposal,
    rules: RuleSet,
    reach: Mapping[str, float],
    take_up: Mapping[str, float],
    scope_persons: Mapping[str, float] | None = None,
) -> RegeldrukResult | None:
    """:func:`regeldruk` without a tracer of one's own (e.g. for a baseline proposal)."""
    return regeldruk(Tracer(rules), proposal, rules, reach, take_up, scope_persons)


def _delta(after: float | None, before: float | None) -> float | None:
    return None if after is None or before is None else after - before


def _group_delta(
    after: CitizensRegeldruk | BusinessesRegeldruk | None,
    before: CitizensRegeldruk | BusinessesRegeldruk | None,
) -> RegeldrukDelta | None:
    if after is None or before is None:
        return None
    return RegeldrukDelta(
        hours_per_year=_delta(after.hours_per_year, before.hours_per_year),
        eur_per_year=_delta(after.eur_per_year, before.eur_per_year),
        once_hours=_delta(after.once_hours, before.once_hours),
        once_eur=_delta(after.once_eur, before.once_eur),
    )


def regeldruk_change(after: RegeldrukResult, before: RegeldrukResult) -> RegeldrukChange:
    """The change against a baseline: ``after − before`` per group and figure."""
    return RegeldrukChange(
        citizens=_group_delta(after.citizens, before.citizens),
        businesses=_group_delta(after.businesses, before.businesses),
    )
