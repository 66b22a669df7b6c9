"""The rule-condition language: declarative, safe, statically checked, three-valued.

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

Evaluation is three-valued (Kleene logic): a field that is absent from the proposal is
*unknown*, and a rule whose condition is unknown yields an ``info`` finding ("cannot
judge") naming the missing fields. ``all`` is false as soon as one part is false;
``any`` is true as soon as one part is true.

When a rule set loads, every path is resolved against the ``Proposal`` model (and
``facts.*`` against ``Facts``), every value is checked against the field's type, and
enum values against the allowed choices, so a typo fails at load time with file:line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from beleidskompas.model.introspect import FieldType, model_fields

Scalar = bool | int | float | str | dt.date


class _Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)


class AllOf(_Node):
    """Every condition holds."""

    all: list[Condition] = Field(min_length=1)


class AnyOf(_Node):
    """At least one condition holds."""

    any: list[Condition] = Field(min_length=1)


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
    in_: list[Scalar] | None = Field(default=None, alias="in")
    not_in: list[Scalar] | None = None


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
        custom_error_message="a condition needs one of: all, any, not, field, exists, count, sum",
    ),
]

# The recursive models resolve ``Condition`` when first used (schemas are built lazily).

CMP_OPS = ("eq", "ne", "lt", "le", "gt", "ge")

# --------------------------------------------------------------------------- evaluation

Tri = bool | None
"""True, False, or None for unknown."""


@dataclass(frozen=True)
class Outcome:
    """The value of a condition and, when unknown, the fields that were missing."""

    value: Tri
    missing: frozenset[str] = frozenset()


TRUE = Outcome(True)
FALSE = Outcome(False)
Evaluator = Callable[[dict[str, Any]], Outcome]


class ConditionError(ValueError):
    """A condition that does not fit the schema; ``loc`` is relative to the condition.

    ``message`` is English, ``nl`` Dutch (the loader reports both).
    """

    def __init__(
        self, message: str, loc: tuple[str | int, ...] = (), nl: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.loc = loc
        self.nl = nl or message


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
                raise ConditionError(
                    f"'{path}': '{part}' is inside a {current.kind}, not a group",
                    nl=f"'{path}': '{part}' zit in een {current.kind}, niet in een groep",
                )
            fields = model_fields(current.model)
            if part not in fields:
                choices = ", ".join(fields)
                raise ConditionError(
                    f"unknown field '{part}' in '{path}' (fields here: {choices})",
                    nl=f"onbekend veld '{part}' in '{path}' (velden hier: {choices})",
                )
            current = fields[part]
            keys = (*keys, part)
        return keys, current


def _get(data: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        if data is None:
            return None
        data = data.get(key)
    return data


def _check_value(path: str, ftype: FieldType, value: Any, op: str) -> Any:
    """Check (and normalise) a literal against the field type."""
    if isinstance(value, list):
        raise ConditionError(
            f"'{op}' on '{path}' takes a single value, not a list",
            nl=f"'{op}' op '{path}' vraagt één waarde, geen lijst",
        )
    kind = ftype.kind
    if kind == "enum":
        if str(value) not in ftype.choices:
            raise ConditionError(
                f"'{value}' is not a value of '{path}' ({ftype.describe()})",
                (op,),
                nl=f"'{value}' is geen waarde van '{path}' (kies uit {', '.join(ftype.choices)})",
            )
        if op not in ("eq", "ne", "in", "not_in"):
            raise ConditionError(
                f"'{op}' cannot compare the choices of '{path}'",
                (op,),
                nl=f"'{op}' kan de keuzes van '{path}' niet vergelijken",
            )
        return str(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise ConditionError(
                f"'{path}' is true/false, got {value!r}",
                (op,),
                nl=f"'{path}' is true/false, niet {value!r}",
            )
        if op not in ("eq", "ne"):
            raise ConditionError(
                f"'{op}' cannot compare true/false ('{path}')",
                (op,),
                nl=f"'{op}' kan true/false niet vergelijken ('{path}')",
            )
        return value
    if kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConditionError(
                f"'{path}' is a number, got {value!r}",
                (op,),
                nl=f"'{path}' is een getal, niet {value!r}",
            )
        return float(value)
    if kind == "date":
        if not isinstance(value, dt.date):
            raise ConditionError(
                f"'{path}' is a date, got {value!r}",
                (op,),
                nl=f"'{path}' is een datum, niet {value!r}",
            )
        return value
    if kind == "str":
        return str(value)
    raise ConditionError(
        f"'{path}' ({ftype.describe()}) cannot be compared with a value",
        (op,),
        nl=f"'{path}' ({ftype.describe()}) kan niet met een waarde worden vergeleken",
    )


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "eq":
        return bool(left == right)
    if op == "ne":
        return bool(left != right)
    if op == "lt":
        return bool(left < right)
    if op == "le":
        return bool(left <= right)
    if op == "gt":
        return bool(left > right)
    if op == "ge":
        return bool(left >= right)
    if op == "in":
        return left in right
    return left not in right


def _combine_all(outcomes: list[Outcome]) -> Outcome:
    missing: set[str] = set()
    for out in outcomes:
        if out.value is False:
            return FALSE
        if out.value is None:
            missing |= out.missing
    return Outcome(None, frozenset(missing)) if missing else TRUE


def _combine_any(outcomes: list[Outcome]) -> Outcome:
    missing: set[str] = set()
    for out in outcomes:
        if out.value is True:
            return TRUE
        if out.value is None:
            missing |= out.missing
    return Outcome(None, frozenset(missing)) if missing else FALSE


def _ops(node: BaseModel, names: tuple[str, ...]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for name in names:
        attr = "in_" if name == "in" else name
        value = getattr(node, attr, None)
        if value is not None:
            found.append((name, value))
    return found


def compile_condition(
    cond: Any, schema: Schema, scope: FieldType | None = None, prefix: str = ""
) -> Evaluator:
    """Check a condition against the schema and turn it into a fast evaluator."""
    if isinstance(cond, AllOf):
        parts: list[Evaluator] = [
            _at(partial(compile_condition, c, schema, scope, prefix), ("all", i))
            for i, c in enumerate(cond.all)
        ]
        return lambda data: _combine_all([p(data) for p in parts])
    if isinstance(cond, AnyOf):
        parts = [
            _at(partial(compile_condition, c, schema, scope, prefix), ("any", i))
            for i, c in enumerate(cond.any)
        ]
        return lambda data: _combine_any([p(data) for p in parts])
    if isinstance(cond, Not):
        inner = _at(lambda: compile_condition(cond.not_, schema, scope, prefix), ("not",))

        def negate(data: dict[str, Any]) -> Outcome:
            out = inner(data)
            return out if out.value is None else Outcome(not out.value)

        return negate
    if isinstance(cond, Known):
        keys, _ = _at(lambda: schema.resolve(cond.field, scope), ("field",))
        want = cond.known
        return lambda data: TRUE if (_get(data, keys) is not None) == want else FALSE
    if isinstance(cond, Compare):
        return _compile_compare(cond, schema, scope, prefix)
    if isinstance(cond, (Exists, Count)):
        return _compile_items(cond, schema, scope, prefix)
    if isinstance(cond, Sum):
        return _compile_sum(cond, schema, scope, prefix)
    raise ConditionError(f"not a condition: {cond!r}")  # pragma: no cover - pydantic rejects first


def _at(fn: Callable[[], Any], loc: tuple[str | int, ...]) -> Any:
    try:
        return fn()
    except ConditionError as exc:
        raise ConditionError(exc.message, loc + exc.loc, nl=exc.nl) from None


def _compile_compare(
    cond: Compare, schema: Schema, scope: FieldType | None, prefix: str
) -> Evaluator:
    ops = _ops(cond, (*CMP_OPS, "in", "not_in"))
    if len(ops) != 1:
        raise ConditionError(
            f"a comparison on '{cond.field}' needs exactly one of eq, ne, lt, le, gt, ge, in, "
            f"not_in (found {len(ops)})",
            nl=f"een vergelijking op '{cond.field}' vraagt precies één van eq, ne, lt, le, gt, "
            f"ge, in, not_in ({len(ops)} gevonden)",
        )
    op, raw = ops[0]
    keys, ftype = _at(lambda: schema.resolve(cond.field, scope), ("field",))
    label = prefix + cond.field
    if op in ("in", "not_in"):
        values = tuple(_check_value(cond.field, ftype, v, op) for v in raw)
        right: Any = values
    else:
        right = _check_value(cond.field, ftype, raw, op)
    unknown = Outcome(None, frozenset({label}))
    numeric = ftype.kind in ("int", "float")

    def evaluate(data: dict[str, Any]) -> Outcome:
        left = _get(data, keys)
        if left is None:
            return unknown
        if numeric:
            left = float(left)
        return TRUE if _compare(op, left, right) else FALSE

    return evaluate


def _list_type(
    path: str, schema: Schema, scope: FieldType | None
) -> tuple[tuple[str, ...], FieldType]:
    keys, ftype = schema.resolve(path, scope)
    if ftype.kind != "list" or ftype.item is None:
        raise ConditionError(
            f"'{path}' is not a list ({ftype.describe()})",
            nl=f"'{path}' is geen lijst ({ftype.describe()})",
        )
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
        ops = _ops(cond, CMP_OPS)
        if len(ops) != 1:
            raise ConditionError(
                f"a count of '{path}' needs exactly one of eq, ne, lt, le, gt, ge",
                nl=f"een count van '{path}' vraagt precies één van eq, ne, lt, le, gt, ge",
            )
        op, bound = ops[0]
    else:
        op, bound = "ge", 1.0

    def evaluate(data: dict[str, Any]) -> Outcome:
        items = _get(data, keys)
        if items is None:
            return Outcome(None, frozenset({label}))
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
        values = {_compare(op, float(n), bound) for n in range(sure, sure + maybe + 1)}
        if len(values) == 1:
            return TRUE if values.pop() else FALSE
        return Outcome(None, frozenset(missing))

    return evaluate


def _compile_sum(cond: Sum, schema: Schema, scope: FieldType | None, prefix: str) -> Evaluator:
    if "." not in cond.sum:
        raise ConditionError(
            f"'sum' needs LIST.FIELD, got '{cond.sum}'",
            ("sum",),
            nl=f"'sum' vraagt LIJST.VELD, niet '{cond.sum}'",
        )
    list_path, _, item_field = cond.sum.rpartition(".")
    keys, item = _at(lambda: _list_type(list_path, schema, scope), ("sum",))
    item_keys, ftype = _at(lambda: schema.resolve(item_field, item), ("sum",))
    if ftype.kind not in ("int", "float"):
        raise ConditionError(
            f"'{cond.sum}' is not numeric ({ftype.describe()})",
            ("sum",),
            nl=f"'{cond.sum}' is geen getal ({ftype.describe()})",
        )
    ops = _ops(cond, CMP_OPS)
    if len(ops) != 1:
        raise ConditionError(
            f"a sum of '{cond.sum}' needs exactly one of eq, ne, lt, le, gt, ge",
            nl=f"een sum van '{cond.sum}' vraagt precies één van eq, ne, lt, le, gt, ge",
        )
    op, bound = ops[0]
    label = prefix + cond.sum

    def evaluate(data: dict[str, Any]) -> Outcome:
        items = _get(data, keys)
        if items is None:
            return Outcome(None, frozenset({prefix + list_path}))
        total = 0.0
        for entry in items:
            value = _get(entry, item_keys)
            if value is None:
                return Outcome(None, frozenset({label}))
            total += float(value)
        return TRUE if _compare(op, total, bound) else FALSE

    return evaluate


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
