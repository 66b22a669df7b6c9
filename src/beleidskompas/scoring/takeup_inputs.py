"""What the take-up model reads of a proposal and of the class model.

* :func:`design`: the determinants of one proposal (routes and their shares, amount,
  awareness, outreach, stigma, fear of recovery, life event, digital-only, the complexity
  load), with the fields that were unknown and what was assumed for them;
* :func:`profiles`: per class the attribute shares the group effects and the complexity
  weights use, and their population means (derived once per rule set);
* :func:`outside_calibration`: the features of a design the calibration set does not cover.
"""

from __future__ import annotations

from dataclasses import dataclass

from beleidskompas.model.proposal import Awareness, Outreach, Proposal, Route
from beleidskompas.model.results import DoenvermogenResult
from beleidskompas.model.rules import DoenvermogenRule
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.trace import Figure, Reader

LITERACY = "low_literacy"
DIGITAL = "low_digital_skills"
COMPLEXITY_ATTRIBUTES = (LITERACY, DIGITAL)
NO_EVENT = "none"


@dataclass(frozen=True)
class Design:
    """The determinants of take-up for one proposal (independent of the parameters)."""

    segments: tuple[tuple[float, Route], ...]
    """(share of the target group, route); the shares add up to 1."""
    amount: float | None
    """Amount per month (one-off sums spread over ``one_off_months``); None: unknown."""
    awareness: Awareness
    outreach: Outreach
    last_resort: bool
    advance: bool
    life_event: str
    load: float
    """Complexity load: the take-up loads of the fired doenvermogen rules, except those a
    determinant of its own carries and the digital rules."""
    digital_load: float = 0.0
    """The take-up loads of the fired digital rules (no non-digital route, DigiD, one
    channel)."""
    rules: tuple[str, ...] = ()
    """The rules whose load counted."""
    assumed: tuple[str, ...] = ()
    """Fields that were unknown, with what was assumed (``awareness = national``)."""

    @property
    def during_life_event(self) -> bool:
        """People must act during a life event."""
        return self.life_event != NO_EVENT


def _route(proposal: Proposal, rules: RuleSet) -> tuple[Route, bool]:
    """The route of the (rest of the) target group, and whether it was assumed."""
    delivery = proposal.delivery
    params = rules.takeup
    if delivery.route is not None:
        return delivery.route, False
    if delivery.granting is not None:
        return params.granting_routes[delivery.granting], False
    return params.granting_routes[params.fallback_granting], True


def _amount(reader: Reader, proposal: Proposal) -> float | None:
    delivery = proposal.delivery
    monthly, once = delivery.amount_eur_per_month, delivery.one_off_amount_eur
    if monthly is None and once is None:
        return None
    total = monthly or 0.0
    if once is not None:
        total += once / reader.param("takeup.amount.one_off_months")
    return total


def complexity_load(
    fig: Figure, doenvermogen: DoenvermogenResult, rules: RuleSet
) -> tuple[float, float, tuple[str, ...]]:
    """Σ take_up(rule) over the fired doenvermogen rules, without the excluded ones: the
    general load, the digital rules' load, and the rules counted."""
    settings = rules.takeup.complexity
    excluded = set(settings.excluded_rules)
    digital = set(settings.digital_rules)
    fired = {f.rule for f in doenvermogen.findings if f.severity != "info"}
    load = digital_load = 0.0
    counted: list[str] = []
    for compiled in rules.section_rules("doenvermogen"):
        rule = compiled.rule
        if rule.id not in fired or rule.id in excluded or not isinstance(rule, DoenvermogenRule):
            continue
        if rule.take_up:
            fig.rule(rule.id)
            if rule.id in digital:
                digital_load += rule.take_up
            else:
                load += rule.take_up
            counted.append(rule.id)
    return load, digital_load, tuple(counted)


def design(
    fig: Figure, proposal: Proposal, doenvermogen: DoenvermogenResult, rules: RuleSet
) -> Design:
    """The determinants of ``proposal``; reads go through ``fig``."""
    delivery = proposal.delivery
    params = rules.takeup
    assumed: list[str] = []
    route, route_assumed = _route(proposal, rules)
    if route_assumed:
        assumed.append(f"route = {route}")
    segments: tuple[tuple[float, Route], ...] = ((1.0, route),)
    if delivery.known_share is not None and delivery.known_route is not None:
        share = delivery.known_share
        segments = ((share, delivery.known_route), (1.0 - share, route))
    amount = _amount(fig, proposal)
    if amount is None:
        assumed.append("amount = reference")
    awareness = delivery.awareness or params.unknown_awareness
    if delivery.awareness is None:
        assumed.append(f"awareness = {awareness}")
    outreach = delivery.outreach or params.unknown_outreach
    if delivery.outreach is None:
        assumed.append(f"outreach = {outreach}")
    checks = {
        "last_resort": delivery.last_resort,
        "payment": delivery.payment,
        "life_event": delivery.life_event,
    }
    assumed += [
        f"{name} = {'none' if name == 'life_event' else 'false'}"
        for name, value in checks.items()
        if value is None
    ]
    load, digital_load, counted = complexity_load(fig, doenvermogen, rules)
    return Design(
        segments=segments,
        amount=amount,
        awareness=awareness,
        outreach=outreach,
        last_resort=bool(delivery.last_resort),
        advance=delivery.payment == "advance_with_reconciliation",
        life_event=delivery.life_event or NO_EVENT,
        load=load,
        digital_load=digital_load,
        rules=counted,
        assumed=tuple(assumed),
    )


@dataclass(frozen=True)
class Profiles:
    """Attribute shares per class for the take-up model, and their population means."""

    shares: dict[str, dict[str, float]]
    means: dict[str, float]
    groups: tuple[str, ...]
    """Group effects the class model has an attribute for."""
    missing: tuple[str, ...]
    """Attributes the take-up model uses that the class model lacks (left out)."""


def profiles(reader: Reader, rules: RuleSet) -> Profiles:
    """The attribute shares of every class the take-up model uses (derived once)."""
    model = rules.classes
    wanted = [*rules.takeup.groups, *COMPLEXITY_ATTRIBUTES]
    present = [a for a in dict.fromkeys(wanted) if a in model.attributes]
    missing = tuple(a for a in dict.fromkeys(wanted) if a not in model.attributes)
    weights = {c.id: reader.param(f"classes.{c.id}.share") for c in model.classes}
    shares = {
        c.id: {a: reader.param(f"classes.{c.id}.attributes.{a}") for a in present}
        for c in model.classes
    }
    total = sum(weights.values())
    means = {
        a: sum(weights[k] * shares[k][a] for k in shares) / total if total > 0 else 0.0
        for a in present
    }
    groups = tuple(a for a in rules.takeup.groups if a in model.attributes)
    return Profiles(shares=shares, means=means, groups=groups, missing=missing)


Feature = tuple[str, dict[str, object]]


def outside_calibration(reader: Reader, d: Design, rules: RuleSet) -> list[Feature]:
    """The design's features outside what the calibration set covers: (key, parameters)."""
    covered = rules.takeup.covered
    out: list[Feature] = []
    cap = reader.param("takeup.complexity.cap")
    if d.load > cap:
        out.append(("load", {"load": d.load, "cap": cap}))
    digital_cap = reader.param("takeup.complexity.digital_cap")
    if d.digital_load > digital_cap:
        out.append(("digital_load", {"load": d.digital_load, "cap": digital_cap}))
    for route in dict.fromkeys(route for _, route in d.segments):
        if route not in covered.routes:
            out.append(("route", {"route": route}))
    if d.amount is not None:
        low = reader.param("takeup.amount.lowest_eur_per_month")
        high = reader.param("takeup.amount.highest_eur_per_month")
        if not low <= d.amount <= high:
            out.append(("amount", {"amount": d.amount, "low": low, "high": high}))
    if d.life_event not in covered.life_events:
        out.append(("life_event", {"event": d.life_event}))
    return out
