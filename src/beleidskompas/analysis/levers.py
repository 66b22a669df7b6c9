"""The levers of ``advise``: design fields a proposal's author controls, and their values.

The catalogue (:data:`LEVERS`) is a typed constant, one :class:`Lever` per design choice:
its id (its note is ``i18n.catalogue.advice.LEVER_NOTES[id]``), the rule fields it moves
(as :func:`beleidskompas.model.conditions.fields_used` writes them), and a function giving
the changes worth trying on one proposal. Facts about the world — the target group, its
size, the organisation, the life event, fraud risk, an uitvoeringstoets's verdict, the
amount or income dependence that make the measure what it is — are not levers.

A lever is offered for a target section only when some rule of that section reads a field
it moves (:func:`levers_for`), and only from a value given in the proposal: an unknown
field is filled in, not redesigned. :func:`apply_changes` applies a set of changes: ``set``
a field, ``add`` to a list (channels) and ``remove`` a list item (a sanction, an action).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from beleidskompas.analysis.variation import VariationError, parse_path, set_value
from beleidskompas.i18n.catalogue import advice as A
from beleidskompas.model.advice import Change, ChangeOp, ChangeValue
from beleidskompas.model.conditions import AllOf, AnyOf, Compare, Count, Exists, Not, fields_used
from beleidskompas.model.proposal import GRANTING_OF_ROUTE, ROUTES, Proposal, Route
from beleidskompas.rules.ruleset import RuleSet

ACTIONS = "delivery.citizen_actions"
SANCTIONS = "delivery.sanctions"
IMPLEMENTERS = "implementation.implementers"
IMPLIED_ROUTE: dict[str, Route] = {
    "automatic": "automatic",
    "proactive": "invitation",
    "application": "application",
    "discretionary": "discretionary",
}
"""The route a granting mode stands for when no route is given (the take-up model's)."""
LESS_OFTEN = {"monthly": ("yearly", "once"), "on_change": ("once",), "yearly": ("once",)}
SMALLER_IT = {"new_system": ("major", "minor"), "major": ("minor",)}
NON_DIGITAL_CHANNELS = ("paper", "phone", "desk")
ENTRY_FACTS = (
    "facts.entry_before_earliest_feasible",
    "facts.it_lead_met",
    "facts.minimum_lead_met",
    "facts.entry_on_change_date",
    "facts.entry_before_publication",
)


@dataclass(frozen=True)
class Context:
    """What some levers need beyond the proposal: from the assessment and the rule set."""

    earliest: dt.date | None = None
    """The earliest feasible date of entry into force (the assessment's)."""
    deadline_floor: int | None = None
    """The shortest deadline no rule calls too short (the largest ``lt`` on deadline_days)."""


Candidates = Callable[[Proposal, Context], list[Change]]


@dataclass(frozen=True)
class Lever:
    """One design choice: the rule fields it moves and the changes worth trying."""

    id: str
    moves: tuple[str, ...]
    candidates: Candidates


def _change(lever: str, path: str, new: ChangeValue, op: ChangeOp = "set", **params: Any) -> Change:
    label = A.CHANGES[lever].text(**params)
    return Change(lever=lever, path=path, op=op, value=new, label=label)


def _flip(lever: str, path: str, bad: bool) -> Candidates:
    """A yes/no field that is ``bad`` in the proposal → the other value."""

    def candidates(proposal: Proposal, _: Context) -> list[Change]:
        node: Any = proposal
        for part in path.split("."):
            node = getattr(node, part, None)
        return [_change(lever, path, not bad)] if node is bad else []

    return candidates


def _route(proposal: Proposal, _: Context) -> list[Change]:
    d = proposal.delivery
    current = d.route or (IMPLIED_ROUTE[d.granting] if d.granting else None)
    if current is None:
        return []
    out = []
    for route in ROUTES[: ROUTES.index(current)]:
        change = _change("route", "delivery.route", route, value=A.VALUES[route])
        out.append(change)
    return out


def _payment(proposal: Proposal, _: Context) -> list[Change]:
    if proposal.delivery.payment not in ("advance_with_reconciliation", "ex_post"):
        return []
    return [_change("payment", "delivery.payment", "fixed", value=A.VALUES["fixed"])]


def _channels(proposal: Proposal, _: Context) -> list[Change]:
    given = proposal.delivery.channels
    if given is None:
        return []
    path = "delivery.channels"
    return [
        _change("channels", path, c, "add", value=A.VALUES[c])
        for c in NON_DIGITAL_CHANNELS
        if c not in given
    ]


def _what(text: str | None, item: int) -> str:
    return text if text else str(item)


def _sanctions(lever: str) -> Candidates:
    def candidates(proposal: Proposal, _: Context) -> list[Change]:
        out: list[Change] = []
        for i, s in enumerate(proposal.delivery.sanctions or []):
            what, item = _what(s.trigger, i + 1), i + 1
            if lever == "drop_sanction":
                out.append(
                    _change(lever, f"{SANCTIONS}[{i}]", None, "remove", item=item, what=what)
                )
            elif s.escalates:
                path = f"{SANCTIONS}[{i}].escalates"
                out.append(_change(lever, path, False, item=item, what=what))
        return out

    return candidates


def _actions(lever: str) -> Candidates:
    def candidates(proposal: Proposal, ctx: Context) -> list[Change]:
        out: list[Change] = []
        for i, a in enumerate(proposal.delivery.citizen_actions or []):
            base, item, what = f"{ACTIONS}[{i}]", i + 1, _what(a.description, i + 1)
            if lever == "government_initiative" and a.initiative == "citizen":
                out.append(_change(lever, f"{base}.initiative", "government", item=item, what=what))
            elif lever == "take_over_action" and a.data_known_to_government:
                out.append(_change(lever, base, None, "remove", item=item, what=what))
            elif lever == "less_often":
                for less in LESS_OFTEN.get(a.repeats, ()):
                    shown = A.VALUES[less]
                    path = f"{base}.repeats"
                    out.append(_change(lever, path, less, item=item, what=what, value=shown))
            elif lever == "longer_deadline":
                floor, days = ctx.deadline_floor, a.deadline_days
                if floor is not None and days is not None and days < floor:
                    path = f"{base}.deadline_days"
                    out.append(_change(lever, path, floor, item=item, what=what, value=floor))
        return out

    return candidates


def _it_change(proposal: Proposal, _: Context) -> list[Change]:
    out: list[Change] = []
    for i, impl in enumerate(proposal.implementation.implementers or []):
        for smaller in SMALLER_IT.get(impl.it_change or "", ()):
            path = f"{IMPLEMENTERS}[{i}].it_change"
            shown = A.VALUES[smaller]
            out.append(_change("it_change", path, smaller, what=impl.organisation, value=shown))
    return out


def _entry_date(proposal: Proposal, ctx: Context) -> list[Change]:
    entry = proposal.implementation.entry_into_force
    if entry is None or ctx.earliest is None or entry >= ctx.earliest:
        return []
    path = "implementation.entry_into_force"
    return [_change("entry_date", path, ctx.earliest.isoformat(), value=ctx.earliest)]


def _policy_freedom(proposal: Proposal, _: Context) -> list[Change]:
    if proposal.implementation.decentralised.policy_freedom != "low":
        return []
    path = "implementation.decentralised.policy_freedom"
    return [_change("policy_freedom", path, "medium", value=A.VALUES["medium"])]


def _item_fields(path: str, *fields: str) -> tuple[str, ...]:
    return (path, *(f"{path}[].{f}" for f in fields))


LEVERS: tuple[Lever, ...] = (
    Lever("route", ("delivery.granting", "delivery.route"), _route),
    Lever("payment", ("delivery.payment",), _payment),
    Lever("channels", ("delivery.channels",), _channels),
    Lever(
        "non_digital",
        ("delivery.help.non_digital",),
        _flip("non_digital", "delivery.help.non_digital", False),
    ),
    Lever(
        "personal_help",
        ("delivery.help.personal",),
        _flip("personal_help", "delivery.help.personal", False),
    ),
    Lever("digid", ("delivery.requires_digid",), _flip("digid", "delivery.requires_digid", True)),
    Lever(
        "tested",
        ("delivery.tested_with_target_group",),
        _flip("tested", "delivery.tested_with_target_group", False),
    ),
    Lever(
        "hardship_clause",
        ("delivery.hardship_clause",),
        _flip("hardship_clause", "delivery.hardship_clause", False),
    ),
    Lever(
        "sanction_escalation",
        (f"{SANCTIONS}[].escalates",),
        _sanctions("sanction_escalation"),
    ),
    Lever(
        "drop_sanction", _item_fields(SANCTIONS, "kind", "escalates"), _sanctions("drop_sanction")
    ),
    Lever(
        "government_initiative",
        (f"{ACTIONS}[].initiative",),
        _actions("government_initiative"),
    ),
    Lever(
        "take_over_action",
        (
            *_item_fields(
                ACTIONS, "initiative", "data_known_to_government", "repeats", "deadline_days"
            ),
            f"{ACTIONS}.documents",
        ),
        _actions("take_over_action"),
    ),
    Lever("less_often", (f"{ACTIONS}[].repeats",), _actions("less_often")),
    Lever("longer_deadline", (f"{ACTIONS}[].deadline_days",), _actions("longer_deadline")),
    Lever(
        "it_change",
        (
            f"{IMPLEMENTERS}[].it_change",
            "facts.it_lead_met",
            "facts.entry_before_earliest_feasible",
        ),
        _it_change,
    ),
    Lever("entry_date", ENTRY_FACTS, _entry_date),
    Lever("dpia", ("implementation.dpia_done",), _flip("dpia", "implementation.dpia_done", False)),
    Lever(
        "enforcement_plan",
        ("implementation.enforcement_plan",),
        _flip("enforcement_plan", "implementation.enforcement_plan", False),
    ),
    Lever(
        "evaluation",
        ("implementation.evaluation_planned",),
        _flip("evaluation", "implementation.evaluation_planned", False),
    ),
    Lever(
        "decentral_funding",
        ("implementation.decentralised.funded",),
        _flip("decentral_funding", "implementation.decentralised.funded", False),
    ),
    Lever(
        "udo",
        ("implementation.decentralised.udo_done",),
        _flip("udo", "implementation.decentralised.udo_done", False),
    ),
    Lever("policy_freedom", ("implementation.decentralised.policy_freedom",), _policy_freedom),
)
"""The lever catalogue, in the order the report lists the changes."""


def rule_fields(rules: RuleSet, section: str) -> dict[str, tuple[str, ...]]:
    """Rule id → the fields its condition reads, for one section."""
    return {c.id: tuple(fields_used(c.rule.when)) for c in rules.sections.get(section, ())}


def levers_for(rules: RuleSet, section: str) -> list[Lever]:
    """The levers some rule of ``section`` reads, in catalogue order."""
    read = {f for fields in rule_fields(rules, section).values() for f in fields}
    return [lever for lever in LEVERS if read.intersection(lever.moves)]


def touching(fields: Iterable[str]) -> list[str]:
    """The ids of the levers that move any of ``fields``."""
    wanted = set(fields)
    return [lever.id for lever in LEVERS if wanted.intersection(lever.moves)]


def _compares(cond: Any) -> Iterator[Compare]:
    if isinstance(cond, (AllOf, AnyOf)):
        for part in cond.all if isinstance(cond, AllOf) else cond.any:
            yield from _compares(part)
    elif isinstance(cond, Not):
        yield from _compares(cond.not_)
    elif isinstance(cond, (Exists, Count)) and cond.where is not None:
        yield from _compares(cond.where)
    elif isinstance(cond, Compare):
        yield cond


def deadline_floor(rules: RuleSet, section: str) -> int | None:
    """The shortest deadline no rule of ``section`` calls too short: the largest ``lt``
    any rule compares ``deadline_days`` with (None when no rule does)."""
    bounds = [
        int(c.lt)
        for rule in rules.sections.get(section, ())
        for c in _compares(rule.rule.when)
        if c.field == "deadline_days" and isinstance(c.lt, (int, float))
    ]
    return max(bounds) if bounds else None


def candidates(proposal: Proposal, levers: Sequence[Lever], context: Context) -> list[Change]:
    """Every single change the levers offer for this proposal, in catalogue order."""
    return [change for lever in levers for change in lever.candidates(proposal, context)]


def conflict(a: Change, b: Change) -> bool:
    """Whether two changes touch the same field or list item (they cannot both apply)."""
    return a.path == b.path or b.path.startswith(a.path + ".") or a.path.startswith(b.path + ".")


def _remove(data: dict[str, Any], path: str) -> None:
    *head, index = parse_path(path)
    node: Any = data
    for key in head:
        node = node[key]
    del node[index]


def apply_changes(proposal: Proposal, changes: Sequence[Change]) -> Proposal:
    """The proposal with the changes applied (removals last, from the highest index down,
    so that the other changes' list indices keep pointing at the same items)."""
    data = copy.deepcopy(proposal.model_dump(mode="json", exclude_unset=True))
    for change in changes:
        loc = parse_path(change.path)
        if change.op == "set":
            set_value(data, loc, change.value, change.path)  # type: ignore[arg-type]
            if change.lever == "route":
                granting = GRANTING_OF_ROUTE[change.value]  # type: ignore[index]
                set_value(data, ("delivery", "granting"), granting, change.path)
        elif change.op == "add":
            node: Any = data
            for key in loc[:-1]:
                node = node.setdefault(key, {})
            items = node.setdefault(loc[-1], [])
            if change.value not in items:
                items.append(change.value)
    removals = [c for c in changes if c.op == "remove"]
    for change in sorted(removals, key=lambda c: parse_path(c.path), reverse=True):
        _remove(data, change.path)
    try:
        return Proposal.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise VariationError(where or "proposal", str(first["msg"])) from None
