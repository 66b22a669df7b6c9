"""Three-valued (Kleene) logic for rule conditions: true, false, or unknown.

A field that is absent from the proposal is *unknown*; an unknown outcome carries the
fields that were missing, so a rule that cannot be decided can say what to supply.
``all`` is false as soon as one part is false; ``any`` is true as soon as one part is true.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

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
"""A compiled condition: proposal data (``model_dump()`` plus ``facts``) → outcome."""


def unknown(*fields: str) -> Outcome:
    """An unknown outcome naming the missing fields."""
    return Outcome(None, frozenset(fields))


def combine_all(outcomes: Iterable[Outcome]) -> Outcome:
    """Kleene conjunction."""
    missing: set[str] = set()
    for out in outcomes:
        if out.value is False:
            return FALSE
        if out.value is None:
            missing |= out.missing
    return Outcome(None, frozenset(missing)) if missing else TRUE


def combine_any(outcomes: Iterable[Outcome]) -> Outcome:
    """Kleene disjunction."""
    missing: set[str] = set()
    for out in outcomes:
        if out.value is True:
            return TRUE
        if out.value is None:
            missing |= out.missing
    return Outcome(None, frozenset(missing)) if missing else FALSE


def negate(out: Outcome) -> Outcome:
    """Kleene negation (unknown stays unknown)."""
    return out if out.value is None else Outcome(not out.value)


def compare(op: str, left: Any, right: Any) -> bool:
    """``left OP right`` for the operators of the condition language."""
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


def get_path(data: Any, keys: tuple[str, ...]) -> Any:
    """The value at ``keys`` in nested dicts, or None when any step is absent."""
    for key in keys:
        if data is None:
            return None
        data = data.get(key)
    return data
