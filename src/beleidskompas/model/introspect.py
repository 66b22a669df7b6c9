"""Walking pydantic model types by field path (for error hints and static rule checks)."""

from __future__ import annotations

import collections.abc
import datetime as dt
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import conditions as C


@dataclass(frozen=True)
class FieldType:
    """What a leaf or node at a path holds, as far as conditions care."""

    kind: Literal["bool", "int", "float", "str", "date", "enum", "model", "list", "dict", "other"]
    optional: bool
    choices: tuple[str, ...] = ()
    model: type[BaseModel] | None = None
    item: FieldType | None = None


def _strip_annotated(tp: Any) -> Any:
    while get_origin(tp) is typing.Annotated:
        tp = get_args(tp)[0]
    return tp


_PLAIN: dict[Any, Literal["bool", "int", "float", "str", "date"]] = {
    bool: "bool",
    int: "int",
    float: "float",
    str: "str",
    dt.date: "date",
}


def _union_type(tp: Any) -> FieldType:
    args = [a for a in get_args(tp) if a is not type(None)]
    optional = len(args) < len(get_args(tp))
    if len(args) == 1:
        inner = field_type(args[0])
        return FieldType(inner.kind, True, inner.choices, inner.model, inner.item)
    if all(get_origin(_strip_annotated(a)) is Literal for a in args):
        choices = tuple(str(c) for a in args for c in get_args(_strip_annotated(a)))
        return FieldType("enum", optional, choices)
    return FieldType("other", optional)


def field_type(tp: Any) -> FieldType:
    """Classify a type annotation."""
    tp = _strip_annotated(tp)
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return _union_type(tp)
    if origin is Literal:
        return FieldType("enum", False, tuple(str(c) for c in get_args(tp)))
    if origin is list or (origin is tuple and get_args(tp)[1:] == (Ellipsis,)):
        return FieldType("list", False, item=field_type(get_args(tp)[0]))
    if origin in (dict, collections.abc.Mapping):
        return FieldType("dict", False)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return FieldType("model", False, model=tp)
    if tp in _PLAIN:
        return FieldType(_PLAIN[tp], False)
    return FieldType("other", False)


@cache
def model_fields(model: type[BaseModel]) -> dict[str, FieldType]:
    """The fields of a model by their name in files (alias if set); cached per class."""
    out: dict[str, FieldType] = {}
    for name, info in model.model_fields.items():
        out[info.alias or name] = field_type(info.annotation)
    return out


def type_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> FieldType | None:
    """The type at a path of field names and list indexes, or None when it does not exist."""
    current = FieldType("model", False, model=model)
    for part in loc:
        if current.kind == "list" and isinstance(part, int) and current.item is not None:
            current = current.item
            continue
        if current.kind != "model" or current.model is None or not isinstance(part, str):
            return None
        fields = model_fields(current.model)
        if part not in fields:
            return None
        current = fields[part]
    return current


def describe(ftype: FieldType) -> Text:
    """A short description of a field type, e.g. ``one of automatic, proactive``."""
    entry = C.KINDS[ftype.kind]
    if ftype.kind == "enum":
        return entry.text(choices=", ".join(ftype.choices))
    if ftype.kind == "list":
        item = describe(ftype.item) if ftype.item is not None else C.KINDS["other"].text()
        return entry.text(item=item)
    return entry.text()
