"""The rule-condition language: Kleene logic, items, sums, static checks.

The syntax is model/conditions.py, the compiler rules/compiler.py, the logic rules/logic.py.

Expected truth values are the Kleene tables written out by hand; the property tests compare
with a small evaluator written here, independent of the module under test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from beleidskompas.model.conditions import Condition, fields_used
from beleidskompas.rules.compiler import ConditionError, compile_condition
from beleidskompas.rules.loader import CONDITION_SCHEMA
from beleidskompas.rules.logic import Evaluator, Outcome

ADAPTER: TypeAdapter[Any] = TypeAdapter(Condition)

T, F, U = True, False, None

A = "delivery.requires_digid"
B = "delivery.hardship_clause"
BOOL_FIELDS = [
    "delivery.requires_digid",
    "delivery.income_dependent",
    "delivery.tested_with_target_group",
    "delivery.hardship_clause",
    "delivery.help.personal",
    "delivery.help.non_digital",
    "implementation.new_data_exchange",
    "implementation.personal_data",
    "implementation.dpia_done",
    "implementation.enforcement_plan",
    "implementation.evaluation_planned",
    "implementation.decentralised.involved",
    "implementation.decentralised.funded",
    "implementation.decentralised.udo_done",
]


def compile_(raw: Any) -> Evaluator:
    """Parse and statically check a condition written as data, as a rule file would."""
    return compile_condition(ADAPTER.validate_python(raw), CONDITION_SCHEMA)


def static_error(raw: Any) -> ConditionError:
    with pytest.raises(ConditionError) as info:
        compile_(raw)
    return info.value


def data(values: dict[str, Any]) -> dict[str, Any]:
    """A nested proposal-like dict from dotted paths; a value of None leaves the field out."""
    out: dict[str, Any] = {}
    for path, value in values.items():
        if value is None:
            continue
        *parents, leaf = path.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return out


def is_true(path: str) -> dict[str, Any]:
    return {"field": path, "eq": True}


# --------------------------------------------------------------------------- all / any / not

KLEENE_AND = [
    (T, T, T),
    (T, F, F),
    (T, U, U),
    (F, T, F),
    (F, F, F),
    (F, U, F),
    (U, T, U),
    (U, F, F),
    (U, U, U),
]
KLEENE_OR = [
    (T, T, T),
    (T, F, T),
    (T, U, T),
    (F, T, T),
    (F, F, F),
    (F, U, U),
    (U, T, T),
    (U, F, U),
    (U, U, U),
]


@pytest.mark.parametrize(("a", "b", "expected"), KLEENE_AND)
def test_all_is_kleene_and(a: bool | None, b: bool | None, expected: bool | None) -> None:
    out = compile_({"all": [is_true(A), is_true(B)]})(data({A: a, B: b}))
    assert out.value is expected
    unknown = {p for p, v in ((A, a), (B, b)) if v is None}
    assert out.missing == (unknown if expected is None else set())


@pytest.mark.parametrize(("a", "b", "expected"), KLEENE_OR)
def test_any_is_kleene_or(a: bool | None, b: bool | None, expected: bool | None) -> None:
    out = compile_({"any": [is_true(A), is_true(B)]})(data({A: a, B: b}))
    assert out.value is expected
    unknown = {p for p, v in ((A, a), (B, b)) if v is None}
    assert out.missing == (unknown if expected is None else set())


@pytest.mark.parametrize(("a", "expected"), [(T, F), (F, T), (U, U)])
def test_not_is_kleene_not(a: bool | None, expected: bool | None) -> None:
    out = compile_({"not": is_true(A)})(data({A: a}))
    assert out.value is expected
    assert out.missing == ({A} if a is None else set())


def test_double_negation_and_nesting() -> None:
    cond = {"not": {"not": {"any": [{"all": [is_true(A), is_true(B)]}, {"not": is_true(A)}]}}}
    evaluate = compile_(cond)
    # (A and B) or not A
    assert evaluate(data({A: T, B: T})).value is True
    assert evaluate(data({A: T, B: F})).value is False
    assert evaluate(data({A: F, B: U})).value is True
    assert evaluate(data({A: T, B: U})).value is None
    assert evaluate(data({A: U, B: F})).value is None


def test_missing_parent_group_is_unknown() -> None:
    evaluate = compile_(is_true("delivery.help.personal"))
    assert evaluate({}).value is None
    assert evaluate({"delivery": {}}).value is None
    assert evaluate({"delivery": {"help": None}}).value is None
    assert evaluate({}).missing == {"delivery.help.personal"}


# --------------------------------------------------------------------------- comparisons


@pytest.mark.parametrize(
    ("cond", "value", "expected"),
    [
        ({"field": "delivery.amount_eur_per_month", "ge": 40}, 40.0, True),
        ({"field": "delivery.amount_eur_per_month", "ge": 40}, 39.99, False),
        ({"field": "delivery.amount_eur_per_month", "gt": 40.0}, 41, True),
        ({"field": "delivery.amount_eur_per_month", "lt": 40}, 40, False),
        ({"field": "delivery.amount_eur_per_month", "le": 40}, 40, True),
        ({"field": "delivery.amount_eur_per_month", "eq": 40}, 40.0, True),
        ({"field": "delivery.amount_eur_per_month", "ne": 40}, 40.0, False),
        ({"field": "delivery.amount_eur_per_month", "eq": 0}, 0, True),
        ({"field": "delivery.granting", "eq": "automatic"}, "automatic", True),
        ({"field": "delivery.granting", "ne": "automatic"}, "application", True),
        (
            {"field": "delivery.granting", "in": ["application", "discretionary"]},
            "proactive",
            False,
        ),
        ({"field": "delivery.granting", "not_in": ["application"]}, "proactive", True),
        ({"field": "delivery.requires_digid", "eq": False}, False, True),
        ({"field": "delivery.requires_digid", "ne": False}, False, False),
    ],
)
def test_comparisons(cond: dict[str, Any], value: Any, expected: bool) -> None:
    path = cond["field"]
    assert compile_(cond)(data({path: value})).value is expected
    assert compile_(cond)(data({path: None})) == Outcome(None, frozenset({path}))


def test_date_comparison() -> None:
    cond = {"field": "implementation.decision_date", "lt": dt.date(2024, 6, 1)}
    evaluate = compile_(cond)
    assert evaluate(data({"implementation.decision_date": dt.date(2024, 5, 31)})).value is True
    assert evaluate(data({"implementation.decision_date": dt.date(2024, 6, 1)})).value is False


def test_facts_paths_resolve() -> None:
    evaluate = compile_({"field": "facts.minimum_lead_met", "eq": False})
    assert evaluate({"facts": {"minimum_lead_met": False}}).value is True
    assert evaluate({"facts": {}}).value is None


# --------------------------------------------------------------------------- known


@pytest.mark.parametrize(
    ("known", "values", "expected"),
    [
        (True, {"delivery.granting": "automatic"}, True),
        (True, {"delivery.granting": None}, False),
        (False, {"delivery.granting": "automatic"}, False),
        (False, {"delivery.granting": None}, True),
        (True, {"delivery.payment": "fixed"}, False),  # delivery present, granting absent
    ],
)
def test_known_is_never_unknown(known: bool, values: dict[str, Any], expected: bool) -> None:
    out = compile_({"field": "delivery.granting", "known": known})(data(values))
    assert out.value is expected
    assert out.missing == set()


def test_known_rescues_an_unknown_branch() -> None:
    # "the amount is unknown, or it is below 10": true, never unknown
    cond = {
        "any": [
            {"field": "delivery.amount_eur_per_month", "known": False},
            {"field": "delivery.amount_eur_per_month", "lt": 10},
        ]
    }
    evaluate = compile_(cond)
    assert evaluate({}).value is True
    assert evaluate(data({"delivery.amount_eur_per_month": 5})).value is True
    assert evaluate(data({"delivery.amount_eur_per_month": 50})).value is False


# --------------------------------------------------------------------------- exists / count

ACTIONS = "delivery.citizen_actions"
KNOWN_DATA = {"field": "data_known_to_government", "eq": True}


def actions(*flags: bool | None) -> dict[str, Any]:
    """Citizen actions whose data_known_to_government is True, False or absent (None)."""
    items = [{} if f is None else {"data_known_to_government": f} for f in flags]
    return {"delivery": {"citizen_actions": items}}


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ((), F),
        ((T,), T),
        ((F,), F),
        ((U,), U),
        ((F, U), U),
        ((T, U), T),
        ((F, F), F),
        ((U, U, F), U),
    ],
)
def test_exists_with_unknown_items(flags: tuple[bool | None, ...], expected: bool | None) -> None:
    out = compile_({"exists": ACTIONS, "where": KNOWN_DATA})(actions(*flags))
    assert out.value is expected
    if expected is None:
        assert out.missing == {"delivery.citizen_actions[].data_known_to_government"}


def test_exists_on_an_absent_list_is_unknown() -> None:
    out = compile_({"exists": ACTIONS, "where": KNOWN_DATA})({"delivery": {}})
    assert out == Outcome(None, frozenset({ACTIONS}))
    assert compile_({"exists": ACTIONS})(actions()).value is False
    assert compile_({"exists": ACTIONS})(actions(U)).value is True


@pytest.mark.parametrize(
    ("op", "bound", "flags", "expected"),
    [
        # sure = number of True items, maybe = number of unknown items
        ("ge", 2, (T, U), U),  # 1 or 2
        ("ge", 2, (T, T, U), T),  # 2 or 3
        ("ge", 2, (T, F), F),  # exactly 1
        ("ge", 2, (U, U), U),  # 0..2
        ("ge", 2, (F, U), F),  # at most 1
        ("eq", 1, (T, U), U),  # 1 or 2
        ("eq", 1, (T, F), T),
        ("eq", 1, (T, T), F),
        ("eq", 0, (F, F), T),
        ("lt", 3, (U, U), T),  # at most 2
        ("lt", 3, (T, T, U), U),  # 2 or 3
        pytest.param("ne", 1, (U, U), U),  # 0 (T), 1 (F) or 2 (T)
        pytest.param("eq", 1, (U, U), U),  # 0 (F), 1 (T) or 2 (F)
        pytest.param("eq", 1, (F, U, U), U),  # 0, 1 or 2
        ("ne", 5, (U, U), T),  # never 5
        ("le", 0, (F, U), U),  # 0 or 1
        ("gt", 0, (T, U), T),
    ],
)
def test_count_with_unknown_items(
    op: str, bound: int, flags: tuple[bool | None, ...], expected: bool | None
) -> None:
    out = compile_({"count": ACTIONS, "where": KNOWN_DATA, op: bound})(actions(*flags))
    assert out.value is expected


def test_count_without_where_counts_items() -> None:
    evaluate = compile_({"count": ACTIONS, "ge": 2})
    assert evaluate(actions(U, U)).value is True
    assert evaluate(actions(F)).value is False
    assert evaluate({}).value is None


def test_count_where_uses_item_relative_paths_with_nesting() -> None:
    cond = {
        "count": ACTIONS,
        "where": {"all": [{"field": "repeats", "in": ["monthly", "yearly"]}, KNOWN_DATA]},
        "ge": 1,
    }
    evaluate = compile_(cond)
    items = [{"repeats": "monthly", "data_known_to_government": True}, {"repeats": "once"}]
    assert evaluate({"delivery": {"citizen_actions": items}}).value is True
    items = [{"repeats": "monthly"}, {"repeats": "once"}]
    out = evaluate({"delivery": {"citizen_actions": items}})
    assert out.value is None
    assert out.missing == {"delivery.citizen_actions[].data_known_to_government"}


# --------------------------------------------------------------------------- sum

DOCS = "delivery.citizen_actions.documents"


@pytest.mark.parametrize(
    ("docs", "op", "bound", "expected"),
    [
        ([2, 2], "gt", 3, T),
        ([1, 1], "gt", 3, F),
        ([1, 2], "eq", 3, T),
        ([], "eq", 0, T),
        ([], "gt", 0, F),
        ([5, None], "gt", 3, U),
        ([0.5, 0.25], "le", 0.75, T),
    ],
)
def test_sum(docs: list[float | None], op: str, bound: float, expected: bool | None) -> None:
    items = [{} if d is None else {"documents": d} for d in docs]
    out = compile_({"sum": DOCS, op: bound})({"delivery": {"citizen_actions": items}})
    assert out.value is expected
    if expected is None:
        assert out.missing == {DOCS}


def test_sum_of_an_absent_list_is_unknown() -> None:
    out = compile_({"sum": DOCS, "gt": 3})({"delivery": {}})
    assert out == Outcome(None, frozenset({ACTIONS}))


# --------------------------------------------------------------------------- static checks


@pytest.mark.parametrize(
    ("cond", "words", "loc"),
    [
        # unknown fields
        ({"field": "delivery.grantng", "eq": "automatic"}, ["grantng", "granting"], ("field",)),
        ({"field": "facts.onbekend", "eq": True}, ["onbekend"], ("field",)),
        ({"field": "budgett", "known": True}, ["budgett", "budget"], ("field",)),
        (
            {"all": [is_true(A), {"field": "delivery.grantng", "eq": "automatic"}]},
            ["grantng"],
            ("all", 1, "field"),
        ),
        ({"not": {"field": "delivery.grantng", "eq": "automatic"}}, ["grantng"], ("not", "field")),
        (
            {"exists": ACTIONS, "where": {"field": "delivery.granting", "eq": "automatic"}},
            ["delivery"],
            ("where", "field"),
        ),
        ({"exists": "delivery.actions"}, ["actions"], ("exists",)),
        ({"sum": "delivery.citizen_actions.docs", "gt": 1}, ["docs"], ("sum",)),
        # a path that walks into a value
        ({"field": "delivery.granting.mode", "eq": "x"}, ["mode", "granting"], ("field",)),
        # wrong value types
        ({"field": "delivery.requires_digid", "eq": "ja"}, ["true/false", "'ja'"], ("eq",)),
        ({"field": "delivery.requires_digid", "eq": 1}, ["true/false"], ("eq",)),
        ({"field": "delivery.amount_eur_per_month", "gt": "veel"}, ["number", "'veel'"], ("gt",)),
        ({"field": "delivery.amount_eur_per_month", "gt": True}, ["number"], ("gt",)),
        ({"field": "implementation.decision_date", "lt": 2024}, ["date"], ("lt",)),
        ({"field": "implementation.decision_date", "lt": "2024-01-01"}, ["date"], ("lt",)),
        # invalid enum values
        (
            {"field": "delivery.granting", "eq": "automatik"},
            ["'automatik'", "automatic", "proactive"],
            ("eq",),
        ),
        ({"field": "delivery.granting", "in": ["automatic", "automatik"]}, ["automatik"], ("in",)),
        ({"field": "delivery.granting", "not_in": ["aanvraag"]}, ["aanvraag"], ("not_in",)),
        ({"field": "delivery.granting", "eq": 5}, ["'5'"], ("eq",)),
        # operators that do not fit the type
        ({"field": "delivery.granting", "lt": "automatic"}, ["'lt'", "choices"], ("lt",)),
        ({"field": "delivery.requires_digid", "gt": True}, ["'gt'", "true/false"], ("gt",)),
        # list (and group) paths used as scalars
        ({"field": ACTIONS, "eq": 1}, ["cannot be compared", "list"], ("eq",)),
        ({"field": "delivery.channels", "eq": "digital"}, ["cannot be compared"], ("eq",)),
        ({"field": "delivery.help", "eq": True}, ["cannot be compared"], ("eq",)),
        ({"exists": "delivery.granting"}, ["not a list"], ("exists",)),
        ({"count": "delivery.help", "ge": 1}, ["not a list"], ("count",)),
        ({"sum": "delivery.amount_eur_per_month.x", "gt": 1}, ["not a list"], ("sum",)),
        ({"sum": "documents", "gt": 1}, ["LIST.FIELD"], ("sum",)),
        ({"sum": "delivery.citizen_actions.description", "gt": 1}, ["not numeric"], ("sum",)),
        # zero or two operators
        ({"field": "delivery.granting"}, ["exactly one", "found 0"], ()),
        (
            {"field": "delivery.granting", "eq": "automatic", "ne": "proactive"},
            ["exactly one", "found 2"],
            (),
        ),
        ({"count": ACTIONS}, ["exactly one"], ()),
        ({"count": ACTIONS, "ge": 1, "le": 3}, ["exactly one"], ()),
        ({"sum": DOCS}, ["exactly one"], ()),
        ({"sum": DOCS, "gt": 1, "lt": 5}, ["exactly one"], ()),
        (
            {"any": [is_true(A), {"all": [{"field": "delivery.granting"}]}]},
            ["found 0"],
            ("any", 1, "all", 0),
        ),
    ],
)
def test_static_checks_name_the_problem(
    cond: dict[str, Any], words: list[str], loc: tuple[str | int, ...]
) -> None:
    error = static_error(cond)
    for word in words:
        assert word in error.text.en, error.text.en
    assert error.loc == loc


@pytest.mark.parametrize(
    "cond",
    [
        {},
        {"field": "delivery.granting", "equals": "automatic"},
        {"all": []},
        {"any": []},
        {"not": {}},
        {"field": "delivery.granting", "in": "automatic"},
        {"field": "delivery.granting", "eq": ["automatic"]},
        {"count": ACTIONS, "ge": "twee"},
        {"all": [is_true(A)], "any": [is_true(B)]},
        "delivery.granting == automatic",
        ["delivery.granting"],
        {"field": "delivery.granting", "eq": {"x": 1}},
    ],
)
def test_malformed_conditions_fail_to_parse(cond: Any) -> None:
    with pytest.raises(ValidationError):
        ADAPTER.validate_python(cond)


def test_fields_used_lists_every_path() -> None:
    cond = ADAPTER.validate_python(
        {
            "all": [
                is_true(A),
                {"not": {"field": B, "known": True}},
                {"count": ACTIONS, "where": KNOWN_DATA, "ge": 1},
                {"sum": DOCS, "gt": 1},
            ]
        }
    )
    assert fields_used(cond) == [
        A,
        B,
        ACTIONS,
        "delivery.citizen_actions[].data_known_to_government",
        DOCS,
    ]


# --------------------------------------------------------------------------- properties


def kleene_and(values: list[bool | None]) -> bool | None:
    if any(v is False for v in values):
        return False
    if any(v is None for v in values):
        return None
    return True


def kleene_or(values: list[bool | None]) -> bool | None:
    if any(v is True for v in values):
        return True
    if any(v is None for v in values):
        return None
    return False


def oracle(cond: dict[str, Any], values: dict[str, bool | None]) -> bool | None:
    """An independent evaluator for the all/any/not/eq/ne subset."""
    if "all" in cond:
        return kleene_and([oracle(c, values) for c in cond["all"]])
    if "any" in cond:
        return kleene_or([oracle(c, values) for c in cond["any"]])
    if "not" in cond:
        inner = oracle(cond["not"], values)
        return None if inner is None else not inner
    value = values[cond["field"]]
    if value is None:
        return None
    return bool(value == cond["eq"]) if "eq" in cond else bool(value != cond["ne"])


TRI = st.sampled_from([True, False, None])
VALUES = st.fixed_dictionaries(dict.fromkeys(BOOL_FIELDS, TRI))
LEAVES = st.builds(
    lambda path, op, want: {"field": path, op: want},
    st.sampled_from(BOOL_FIELDS),
    st.sampled_from(["eq", "ne"]),
    st.booleans(),
)
TREES = st.recursive(
    LEAVES,
    lambda kids: st.one_of(
        st.lists(kids, min_size=1, max_size=4).map(lambda xs: {"all": xs}),
        st.lists(kids, min_size=1, max_size=4).map(lambda xs: {"any": xs}),
        kids.map(lambda c: {"not": c}),
    ),
    max_leaves=16,
)


@settings(max_examples=100)
@given(st.lists(TRI, min_size=1, max_size=len(BOOL_FIELDS)))
def test_all_equals_kleene_and_of_its_parts(values: list[bool | None]) -> None:
    paths = BOOL_FIELDS[: len(values)]
    doc = data(dict(zip(paths, values, strict=True)))
    parts = [is_true(p) for p in paths]
    expected_and = kleene_and(values)
    all_out = compile_({"all": parts})(doc)
    assert all_out.value is expected_and
    # each part on its own gives its value, and 'all' agrees with combining them by hand
    assert [compile_(p)(doc).value for p in parts] == values
    assert compile_({"any": parts})(doc).value is kleene_or(values)
    missing = {p for p, v in zip(paths, values, strict=True) if v is None}
    if expected_and is None:
        assert all_out.missing == missing
    else:
        assert all_out.missing == set()


@settings(max_examples=100)
@given(TREES, VALUES)
def test_any_condition_tree_follows_kleene_logic(
    tree: dict[str, Any], values: dict[str, bool | None]
) -> None:
    out = compile_(tree)(data(values))
    assert out.value is oracle(tree, values)
    unknown = {p for p, v in values.items() if v is None}
    if out.value is None:
        assert out.missing, "an unknown result must name what is missing"
        assert out.missing <= unknown
    else:
        assert out.missing == set()


@settings(max_examples=60)
@given(TREES, VALUES)
def test_filling_in_unknowns_never_flips_a_known_answer(
    tree: dict[str, Any], values: dict[str, bool | None]
) -> None:
    # Kleene logic is monotone: once known, more information cannot change the answer
    evaluate = compile_(tree)
    before = evaluate(data(values)).value
    if before is None:
        return
    for fill in (True, False):
        filled = {p: (fill if v is None else v) for p, v in values.items()}
        assert evaluate(data(filled)).value is before
