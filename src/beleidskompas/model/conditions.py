"""The rule-condition language as data: the syntax tree conditions are read into.

A condition is YAML data, never code. Forms (``PATH`` is a dotted field path such as
``delivery.granting``; inside ``where`` it is relative to the list item)::

    {all: [C, ...]}            every condition holds
    {any: [C, ...]}            at least one holds
    {not: C}                   the condition does not hold
    {field: PATH, eq: V}       also ne, lt, le, gt, ge, in: [V, ...], not_in: [V, ...]
    {field: PATH, known: B}    whether the field is given (never unknown itself)
    {exists: LIST, where: C}   some item of the list satisfies C
    {count: LIST, where: C, ge: N}   number of items (satisfying C) compared with N
    {sum: LIST.FIELD, gt: N}   sum of a numeric field over the list compared with N

The compiler (:mod:`beleidskompas.rules.compiler`) checks every path against the proposal
model and turns a tree into a three-valued evaluator.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from beleidskompas.i18n.catalogue import conditions as C

Scalar = bool | int | float | str | dt.date


class _Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)


class AllOf(_Node):
    """Every condition holds."""

    all: tuple[Condition, ...] = Field(min_length=1)


class AnyOf(_Node):
    """At least one condition holds."""

    any: tuple[Condition, ...] = Field(min_length=1)


class Not(_Node):
    """The condition does not hold."""

    not_: Condition = Field(alias="not")


class Compare(_Node):
    """Compare a field with a value; exactly one operator."""

    field: str
    eq: Scalar | None = None
    ne: Scalar | None = None
    lt: Scalar | None = None
    le: Scalar | None = None
    gt: Scalar | None = None
    ge: Scalar | None = None
    in_: tuple[Scalar, ...] | None = Field(default=None, alias="in")
    not_in: tuple[Scalar, ...] | None = None


class Known(_Node):
    """Whether a field is given."""

    field: str
    known: bool


class Exists(_Node):
    """Some item of a list satisfies ``where`` (any item, without ``where``)."""

    exists: str
    where: Condition | None = None


class Count(_Node):
    """The number of items (satisfying ``where``) compared with a number."""

    count: str
    where: Condition | None = None
    eq: float | None = None
    ne: float | None = None
    lt: float | None = None
    le: float | None = None
    gt: float | None = None
    ge: float | None = None


class Sum(_Node):
    """The sum of a numeric item field over a list (``LIST.FIELD``) compared with a number."""

    sum: str
    eq: float | None = None
    ne: float | None = None
    lt: float | None = None
    le: float | None = None
    gt: float | None = None
    ge: float | None = None


def _tag(value: Any) -> str | None:
    if isinstance(value, BaseModel):  # when serialising
        return _TAGS.get(type(value))
    if not isinstance(value, dict):
        return None
    for key in ("all", "any", "not", "exists", "count", "sum"):
        if key in value:
            return key
    if "known" in value:
        return "known"
    if "field" in value:
        return "field"
    return None


_TAGS: dict[type[BaseModel], str] = {
    AllOf: "all",
    AnyOf: "any",
    Not: "not",
    Exists: "exists",
    Count: "count",
    Sum: "sum",
    Known: "known",
    Compare: "field",
}

Condition = Annotated[
    Annotated[AllOf, Tag("all")]
    | Annotated[AnyOf, Tag("any")]
    | Annotated[Not, Tag("not")]
    | Annotated[Exists, Tag("exists")]
    | Annotated[Count, Tag("count")]
    | Annotated[Sum, Tag("sum")]
    | Annotated[Known, Tag("known")]
    | Annotated[Compare, Tag("field")],
    Discriminator(
        _tag,
        custom_error_type="condition",
        custom_error_message=C.NOT_A_CONDITION.en,
    ),
]

# The recursive models resolve ``Condition`` when first used (schemas are built lazily).

CMP_OPS = ("eq", "ne", "lt", "le", "gt", "ge")


def fields_used(cond: Any) -> list[str]:
    """Every field path a condition reads, once each, in order of appearance."""
    return list(dict.fromkeys(_fields_used(cond)))


def _fields_used(cond: Any) -> list[str]:
    out: list[str] = []
    if isinstance(cond, (AllOf, AnyOf)):
        for part in cond.all if isinstance(cond, AllOf) else cond.any:
            out += _fields_used(part)
    elif isinstance(cond, Not):
        out += _fields_used(cond.not_)
    elif isinstance(cond, (Compare, Known)):
        out.append(cond.field)
    elif isinstance(cond, (Exists, Count)):
        path = cond.exists if isinstance(cond, Exists) else cond.count
        out.append(path)
        if cond.where is not None:
            out += [f"{path}[].{p}" for p in _fields_used(cond.where)]
    elif isinstance(cond, Sum):
        out.append(cond.sum)
    return out


ConditionKind = Literal["all", "any", "not", "exists", "count", "sum", "known", "field"]
