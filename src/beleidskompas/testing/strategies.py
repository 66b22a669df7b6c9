"""Hypothesis strategies for beleidskompas models (pydantic v2 has no hypothesis plugin).

Every strategy builds *valid* objects and shrinks towards small, simple ones. Proposals
name only class and attribute ids of the rule set they are drawn for (the default one
unless ``rules`` is given), so ``assess`` accepts them.

>>> from hypothesis import given
>>> from beleidskompas.testing.strategies import proposals
>>> @given(proposals(granting="application"))
... def test_bounds(p): ...

Installing beleidskompas registers ``proposals()`` for ``st.from_type(Proposal)``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from hypothesis import strategies as st

from beleidskompas.i18n import Text
from beleidskompas.model.proposal import (
    CAPITALS,
    GRANTING_OF_ROUTE,
    ROUTES,
    Awareness,
    Budget,
    Channel,
    CitizenAction,
    Costs,
    Decentralised,
    Delivery,
    EducationSector,
    Effect,
    Granting,
    Help,
    Implementation,
    Implementer,
    Initiative,
    ItChange,
    Legislation,
    Level3,
    LifeEvent,
    Organisation,
    Outreach,
    Payment,
    Proposal,
    Repeats,
    Sanction,
    SanctionKind,
    TargetGroup,
    UitvoerbaarheidVerdict,
    Uitvoeringstoets,
)
from beleidskompas.model.society import (
    Attribute,
    CapitalGraphSpec,
    CapitalNode,
    ClassModel,
    Edge,
    GapClasses,
    SocialClass,
)
from beleidskompas.model.sources import Param
from beleidskompas.rules.ruleset import RuleSet

__all__ = [
    "capital_graphs",
    "citizen_actions",
    "class_models",
    "deliveries",
    "effects",
    "implementations",
    "proposals",
    "sanctions",
    "target_groups",
]

_UNSET: Any = object()


def _choice(literal: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(get_args(literal))


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """None (unknown) or a value; shrinks to None."""
    return st.none() | strategy


def _rules(rules: RuleSet | None) -> RuleSet:
    if rules is not None:
        return rules
    from beleidskompas.rules.default import default_ruleset

    return default_ruleset()


_size = st.floats(min_value=-1.0, max_value=1.0, allow_nan=False, allow_infinity=False)


@st.composite
def effects(
    draw: st.DrawFn,
    capital: str | None = None,
    min_size: float = -1.0,
    max_size: float = 1.0,
    with_range: bool | None = None,
) -> Effect:
    """An Effect on one capital, optionally with a range containing its size."""
    cap = capital or draw(st.sampled_from(CAPITALS))
    size = draw(st.floats(min_value=min_size, max_value=max_size, allow_nan=False))
    ranged = draw(st.booleans()) if with_range is None else with_range
    interval: tuple[float, float] | None = None
    if ranged:
        low = draw(st.floats(min_value=max(-1.0, min_size - 0.5), max_value=size))
        high = draw(st.floats(min_value=size, max_value=min(1.0, max_size + 0.5)))
        interval = (min(low, size), max(high, size))
    return Effect(capital=cap, size=size, range=interval)


@st.composite
def target_groups(
    draw: st.DrawFn, rules: RuleSet | None = None, explicit_reach: bool | None = None
) -> TargetGroup:
    """Criteria from the rule set's attributes, or an explicit reach per class."""
    model = _rules(rules).classes
    use_reach = draw(st.booleans()) if explicit_reach is None else explicit_reach
    if use_reach:
        ids = draw(st.lists(st.sampled_from(model.ids), unique=True, max_size=len(model.ids)))
        reach = {i: draw(st.floats(min_value=0.0, max_value=1.0)) for i in ids}
        return TargetGroup(reach=reach)
    criteria = draw(st.lists(st.sampled_from(sorted(model.attributes)), unique=True, max_size=3))
    return TargetGroup(criteria=criteria)


def citizen_actions() -> st.SearchStrategy[CitizenAction]:
    """One citizen action with any combination of fields."""
    return st.builds(
        CitizenAction,
        description=st.none(),
        initiative=_choice(Initiative),
        repeats=_choice(Repeats),
        documents=st.integers(min_value=0, max_value=12),
        deadline_days=_maybe(st.integers(min_value=1, max_value=365)),
        data_known_to_government=_maybe(st.booleans()),
    )


def sanctions() -> st.SearchStrategy[Sanction]:
    """One sanction."""
    return st.builds(
        Sanction,
        trigger=st.just("test"),
        kind=_choice(SanctionKind),
        escalates=st.booleans(),
    )


@st.composite
def _routes(draw: st.DrawFn, granting: Any) -> dict[str, Any]:
    """A route consistent with ``granting`` (or none), and sometimes a known part."""
    out: dict[str, Any] = {"route": None}
    options = [r for r in ROUTES if granting is None or GRANTING_OF_ROUTE[r] == granting]
    if draw(st.booleans()):
        out["route"] = draw(st.sampled_from(options))
    if draw(st.booleans()):
        out["known_share"] = draw(st.floats(min_value=0.0, max_value=1.0))
        out["known_route"] = draw(st.sampled_from(ROUTES))
    return out


@st.composite
def _deliveries(
    draw: st.DrawFn, fields: dict[str, st.SearchStrategy[Any]], routes: bool
) -> Delivery:
    values = {key: draw(strategy) for key, strategy in fields.items()}
    if routes:
        values.update(draw(_routes(values.get("granting"))))
    return Delivery(**values)


def deliveries(**fixed: Any) -> st.SearchStrategy[Delivery]:
    """A Delivery; keyword arguments fix fields (e.g. ``granting="automatic"``). Unless the
    granting mode or a route field is fixed, a route (agreeing with the granting mode) and a
    known part are sometimes drawn."""
    fields: dict[str, st.SearchStrategy[Any]] = {
        "granting": _maybe(_choice(Granting)),
        "payment": _maybe(_choice(Payment)),
        "amount_eur_per_month": _maybe(st.floats(min_value=0, max_value=2000)),
        "one_off_amount_eur": _maybe(st.floats(min_value=0, max_value=5000)),
        "income_dependent": _maybe(st.booleans()),
        "channels": _maybe(st.lists(_choice(Channel), unique=True)),
        "requires_digid": _maybe(st.booleans()),
        "help": st.builds(Help, personal=_maybe(st.booleans()), non_digital=_maybe(st.booleans())),
        "life_event": _maybe(_choice(LifeEvent)),
        "tested_with_target_group": _maybe(st.booleans()),
        "hardship_clause": _maybe(st.booleans()),
        "awareness": _maybe(_choice(Awareness)),
        "outreach": _maybe(_choice(Outreach)),
        "last_resort": _maybe(st.booleans()),
        "citizen_actions": _maybe(st.lists(citizen_actions(), max_size=5)),
        "sanctions": _maybe(st.lists(sanctions(), max_size=3)),
    }
    for key, value in fixed.items():
        fields[key] = st.just(value)
    routes = not {"granting", "route", "known_share", "known_route"} & set(fixed)
    return _deliveries(fields, routes)


_dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31))


def implementers() -> st.SearchStrategy[Implementer]:
    """One implementer."""
    return st.builds(
        Implementer,
        organisation=_choice(Organisation),
        it_change=_maybe(_choice(ItChange)),
        uitvoeringstoets=_maybe(
            st.builds(
                Uitvoeringstoets,
                done=st.booleans(),
                verdict=_maybe(_choice(UitvoerbaarheidVerdict)),
            )
        ),
    )


def implementations(**fixed: Any) -> st.SearchStrategy[Implementation]:
    """An Implementation; keyword arguments fix fields."""
    fields: dict[str, st.SearchStrategy[Any]] = {
        "implementers": _maybe(st.lists(implementers(), max_size=4)),
        "legislation": _maybe(_choice(Legislation)),
        "education_sector": _choice(EducationSector),
        "decision_date": _maybe(_dates),
        "publication_date": _maybe(_dates),
        "entry_into_force": _maybe(_dates),
        "decentralised": st.builds(
            Decentralised,
            involved=_maybe(st.booleans()),
            funded=_maybe(st.booleans()),
            udo_done=_maybe(st.booleans()),
            policy_freedom=_maybe(_choice(Level3)),
        ),
        "new_data_exchange": _maybe(st.booleans()),
        "personal_data": _maybe(st.booleans()),
        "dpia_done": _maybe(st.booleans()),
        "fraud_risk": _maybe(_choice(Level3)),
        "enforcement_plan": _maybe(st.booleans()),
        "staff_fte_structural": _maybe(st.floats(min_value=0, max_value=5000)),
        "staff_fte_incidental": _maybe(st.floats(min_value=0, max_value=5000)),
        "costs": st.builds(
            Costs,
            incidental_eur=_maybe(st.floats(min_value=0, max_value=1e9)),
            structural_eur_per_year=_maybe(st.floats(min_value=0, max_value=1e9)),
        ),
        "evaluation_planned": _maybe(st.booleans()),
    }
    for key, value in fixed.items():
        fields[key] = st.just(value)
    return st.builds(Implementation, **fields)


@st.composite
def proposals(
    draw: st.DrawFn,
    /,
    rules: RuleSet | None = None,
    granting: Any = _UNSET,
    effects_strategy: st.SearchStrategy[list[Effect]] | None = None,
    delivery: Any = _UNSET,
    implementation: Any = _UNSET,
    **delivery_fields: Any,
) -> Proposal:
    """A valid Proposal across every field and enum value.

    ``granting="application"`` (or any Delivery field as keyword) fixes that field;
    ``delivery=``/``implementation=`` fix whole sections; ``effects_strategy`` replaces the
    effects strategy (e.g. only positive sizes).
    """
    fixed = dict(delivery_fields)
    if granting is not _UNSET:
        fixed["granting"] = granting
    chosen_delivery = delivery if delivery is not _UNSET else draw(deliveries(**fixed))
    chosen_impl = implementation if implementation is not _UNSET else draw(implementations())
    chosen_effects = draw(
        effects_strategy if effects_strategy is not None else st.lists(effects(), max_size=4)
    )
    return Proposal(
        id=draw(st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)),
        title="Voorstel",
        budget=Budget(structural_eur_per_year=draw(_maybe(st.floats(min_value=0, max_value=5e9)))),
        effects=chosen_effects,
        target_group=draw(target_groups(rules)),
        delivery=chosen_delivery,
        implementation=chosen_impl,
    )


def _param(value: float) -> Param:
    return Param(value=value, provenance="inferred", sources=["beleidskompas-methodology"])


@st.composite
def capital_graphs(draw: st.DrawFn, max_weight: float = 0.33) -> CapitalGraphSpec:
    """A valid capital graph: every weight below 1/3, so each row sums below 1 and the
    spectral radius (at most the largest row sum) stays below 1."""
    edges: list[Edge] = []
    for source in CAPITALS:
        for target in CAPITALS:
            if source != target and draw(st.booleans()):
                weight = draw(st.floats(min_value=0.0, max_value=max_weight, exclude_max=True))
                edges.append(
                    Edge.model_validate({"from": source, "to": target, "weight": _param(weight)})
                )
    return CapitalGraphSpec(
        id="test-graph",
        title=Text(nl="Testgraaf", en="Test graph"),
        capitals=[
            CapitalNode(id=c, label=Text(nl=c, en=c), description=Text(nl=c, en=c))
            for c in CAPITALS
        ],
        edges=edges,
    )


@st.composite
def class_models(
    draw: st.DrawFn,
    min_classes: int = 2,
    max_classes: int = 8,
    attributes: tuple[str, ...] = ("low_income", "renter"),
) -> ClassModel:
    """A valid class model: shares summing to 1, positions and attribute shares in [0, 1]."""
    n = draw(st.integers(min_value=min_classes, max_value=max_classes))
    weights = draw(st.lists(st.integers(min_value=1, max_value=100), min_size=n, max_size=n))
    total = sum(weights)
    shares = [w / total for w in weights]
    unit = st.floats(min_value=0.0, max_value=1.0)
    classes = [
        SocialClass(
            id=f"klasse_{i}",
            label=Text(nl=f"Klasse {i}", en=f"Class {i}"),
            description=Text(nl="-", en="-"),
            share=_param(shares[i]),
            positions={c: _param(draw(unit)) for c in CAPITALS},
            attributes={a: _param(draw(unit)) for a in attributes},
        )
        for i in range(n)
    ]
    return ClassModel(
        id="test-classes",
        title=Text(nl="Testklassen", en="Test classes"),
        attributes={a: Attribute(label=Text(nl=a, en=a)) for a in attributes},
        bottom_classes=[f"klasse_{n - 1}"],
        gap_classes=GapClasses(top="klasse_0", bottom=f"klasse_{n - 1}"),
        classes=classes,
    )
