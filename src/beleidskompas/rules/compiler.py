"""Compiling rule conditions: static checks against the proposal model, then evaluators.

When a rule set loads, every path of every condition is resolved against the
``Proposal`` model (and ``facts.*`` against ``Facts``), every value is checked against the
field's type, and enum values against the allowed choices, so a typo fails at load time
with file:line. The result is a closure that evaluates the condition three-valued
(:mod:`beleidskompas.rules.logic`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from pydantic import BaseModel

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import conditions as C
from beleidskompas.model.conditions import (
    CMP_OPS,
    AllOf,
    AnyOf,
    Compare,
    Count,
    Exists,
    Known,
    Not,
    Sum,
)
from beleidskompas.model.introspect import FieldType, describe, model_fields
from beleidskompas.rules.logic import (
    FALSE,
    TRUE,
    Evaluator,
    Outcome,
    combine_all,
    combine_any,
    compare,
    get_path,
    negate,
    unknown,
)


class ConditionError(ValueError):
    """A condition that does not fit the schema; ``loc`` is relative to the condition."""

    def __init__(self, text: Text, loc: tuple[str | int, ...] = ()) -> None:
        super().__init__(text.en)
        self.text = text
        self.loc = loc


def _fail(entry: Any, loc: tuple[str | int, ...] = (), **params: Any) -> ConditionError:
    return ConditionError(entry.text(**params), loc)


@dataclass(frozen=True)
class Schema:
    """The models conditions are checked against: the proposal, plus ``facts``."""

    root: type[BaseModel]
    facts: type[BaseModel] | None = None

    def resolve(self, path: str, scope: FieldType | None) -> tuple[tuple[str, ...], FieldType]:
        """Resolve a dotted path to its key tuple and type; raise ConditionError if unknown."""
        parts = tuple(path.split("."))
        if scope is None and parts[0] == "facts" and self.facts is not None:
            current = FieldType("model", False, model=self.facts)
            walk = parts[1:]
            keys: tuple[str, ...] = ("facts",)
        else:
            current = scope or FieldType("model", False, model=self.root)
            walk = parts
            keys = ()
        for part in walk:
            if current.kind != "model" or current.model is None:
                raise _fail(C.INSIDE_NON_GROUP, path=path, part=part, kind=describe(current))
            fields = model_fields(current.model)
            if part not in fields:
                raise _fail(C.UNKNOWN_FIELD, part=part, path=path, choices=", ".join(fields))
            current = fields[part]
            keys = (*keys, part)
        return keys, current


def _check_choice(path: str, ftype: FieldType, value: Any, op: str) -> str:
    if str(value) not in ftype.choices:
        choices = ", ".join(ftype.choices)
        raise _fail(C.NOT_A_CHOICE, (op,), value=value, path=path, choices=choices)
    if op not in ("eq", "ne", "in", "not_in"):
        raise _fail(C.CHOICES_NOT_ORDERED, (op,), op=op, path=path)
    return str(value)


def _check_bool(path: str, value: Any, op: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(C.NOT_BOOL, (op,), path=path, value=repr(value))
    if op not in ("eq", "ne"):
        raise _fail(C.BOOL_NOT_ORDERED, (op,), op=op, path=path)
    return value


def _check_value(path: str, ftype: FieldType, value: Any, op: str) -> Any:
    """Check (and normalise) a literal against the field type."""
    if isinstance(value, list):
        raise _fail(C.SINGLE_VALUE, op=op, path=path)
    kind = ftype.kind
    loc = (op,)
    if kind == "enum":
        return _check_choice(path, ftype, value, op)
    if kind == "bool":
        return _check_bool(path, value, op)
    if kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _fail(C.NOT_NUMBER, loc, path=path, value=repr(value))
        return float(value)
    if kind == "date":
        if not isinstance(value, dt.date):
            raise _fail(C.NOT_DATE, loc, path=path, value=repr(value))
        return value
    if kind == "str":
        return str(value)
    raise _fail(C.NOT_COMPARABLE, loc, path=path, kind=describe(ftype))


def _ops(node: BaseModel, names: tuple[str, ...]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for name in names:
        attr = "in_" if name == "in" else name
        value = getattr(node, attr, None)
        if value is not None:
            found.append((name, value))
    return found


def _one_op(node: BaseModel, names: tuple[str, ...], what: str, path: str) -> tuple[str, Any]:
    ops = _ops(node, names)
    if len(ops) != 1:
        raise _fail(
            C.ONE_OPERATOR, what=C.WHAT[what], path=path, ops=", ".join(names), found=len(ops)
        )
    return ops[0]


def compile_condition(
    cond: Any, schema: Schema, scope: FieldType | None = None, prefix: str = ""
) -> Evaluator:
    """Check a condition against the schema and turn it into a fast evaluator."""
    if isinstance(cond, (AllOf, AnyOf)):
        head = "all" if isinstance(cond, AllOf) else "any"
        items = cond.all if isinstance(cond, AllOf) else cond.any
        parts: list[Evaluator] = [
            _at(partial(compile_condition, c, schema, scope, prefix), (head, i))
            for i, c in enumerate(items)
        ]
        join = combine_all if head == "all" else combine_any
        return lambda data: join(p(data) for p in parts)
    if isinstance(cond, Not):
        inner = _at(lambda: compile_condition(cond.not_, schema, scope, prefix), ("not",))
        return lambda data: negate(inner(data))
    if isinstance(cond, Known):
        keys, _ = _at(lambda: schema.resolve(cond.field, scope), ("field",))
        want = cond.known
        return lambda data: TRUE if (get_path(data, keys) is not None) == want else FALSE
    if isinstance(cond, Compare):
        return _compile_compare(cond, schema, scope, prefix)
    if isinstance(cond, (Exists, Count)):
        return _compile_items(cond, schema, scope, prefix)
    if isinstance(cond, Sum):
        return _compile_sum(cond, schema, scope, prefix)
    raise _fail(C.NOT_A_CONDITION)  # pragma: no cover - pydantic rejects first


def _at(fn: Callable[[], Any], loc: tuple[str | int, ...]) -> Any:
    try:
        return fn()
    except ConditionError as exc:
        raise ConditionError(exc.text, loc + exc.loc) from None


_COMPARE_OPS = (*CMP_OPS, "in", "not_in")


def _compile_compare(
    cond: Compare, schema: Schema, scope: FieldType | None, prefix: str
) -> Evaluator:
    op, raw = _one_op(cond, _COMPARE_OPS, "comparison", cond.field)
    keys, ftype = _at(lambda: schema.resolve(cond.field, scope), ("field",))
    if op in ("in", "not_in"):
        right: Any = tuple(_check_value(cond.field, ftype, v, op) for v in raw)
    else:
        right = _check_value(cond.field, ftype, raw, op)
    missing = unknown(prefix + cond.field)
    numeric = ftype.kind in ("int", "float")

    def evaluate(data: dict[str, Any]) -> Outcome:
        left = get_path(data, keys)
        if left is None:
            return missing
        if numeric:
            left = float(left)
        return TRUE if compare(op, left, right) else FALSE

    return evaluate


def _list_type(
    path: str, schema: Schema, scope: FieldType | None
) -> tuple[tuple[str, ...], FieldType]:
    keys, ftype = schema.resolve(path, scope)
    if ftype.kind != "list" or ftype.item is None:
        raise _fail(C.NOT_A_LIST, path=path, kind=describe(ftype))
    return keys, ftype.item


def _compile_items(
    cond: Exists | Count, schema: Schema, scope: FieldType | None, prefix: str
) -> Evaluator:
    path = cond.exists if isinstance(cond, Exists) else cond.count
    head = "exists" if isinstance(cond, Exists) else "count"
    keys, item = _at(lambda: _list_type(path, schema, scope), (head,))
    where = None
    if cond.where is not None:
        where = _at(
            lambda: compile_condition(cond.where, schema, item, prefix + path + "[]."),
            ("where",),
        )
    label = prefix + path
    if isinstance(cond, Count):
        op, bound = _one_op(cond, CMP_OPS, "count", path)
    else:
        op, bound = "ge", 1.0

    def evaluate(data: dict[str, Any]) -> Outcome:
        items = get_path(data, keys)
        if items is None:
            return unknown(label)
        sure = 0
        maybe = 0
        missing: set[str] = set()
        for entry in items:
            if where is None:
                sure += 1
                continue
            out = where(entry)
            if out.value is True:
                sure += 1
            elif out.value is None:
                maybe += 1
                missing |= out.missing
        # the count lies between sure and sure + maybe; decided only if every count agrees
        values = {compare(op, float(n), bound) for n in range(sure, sure + maybe + 1)}
        if len(values) == 1:
            return TRUE if values.pop() else FALSE
        return Outcome(None, frozenset(missing))

    return evaluate


def _compile_sum(cond: Sum, schema: Schema, scope: FieldType | None, prefix: str) -> Evaluator:
    if "." not in cond.sum:
        raise _fail(C.SUM_PATH, ("sum",), path=cond.sum)
    list_path, _, item_field = cond.sum.rpartition(".")
    keys, item = _at(lambda: _list_type(list_path, schema, scope), ("sum",))
    item_keys, ftype = _at(lambda: schema.resolve(item_field, item), ("sum",))
    if ftype.kind not in ("int", "float"):
        raise _fail(C.SUM_NOT_NUMERIC, ("sum",), path=cond.sum, kind=describe(ftype))
    op, bound = _one_op(cond, CMP_OPS, "sum", cond.sum)
    label = prefix + cond.sum

    def evaluate(data: dict[str, Any]) -> Outcome:
        items = get_path(data, keys)
        if items is None:
            return unknown(prefix + list_path)
        total = 0.0
        for entry in items:
            value = get_path(entry, item_keys)
            if value is None:
                return unknown(label)
            total += float(value)
        return TRUE if compare(op, total, bound) else FALSE

    return evaluate
