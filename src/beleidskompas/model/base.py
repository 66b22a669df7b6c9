"""Shared model configuration: every contract model is frozen and rejects unknown keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, NoReturn, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict

from beleidskompas.i18n import Entry, TextError


class Frozen(BaseModel):
    """Base of every contract model: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, defer_build=True)


K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(dict[K, V]):
    """A dict that refuses every change: the mappings of frozen models (rule sets are shared).

    A ``dict`` subclass, so serialisation, ``==`` and ``json`` see a plain dict; copies return
    the same object, as for any immutable value.
    """

    __slots__ = ()

    def _refuse(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        raise TypeError(f"{type(self).__name__} is immutable; build a new mapping instead")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __copy__(self) -> FrozenMap[K, V]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenMap[K, V]:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (dict(self),))


FrozenDict = Annotated[Mapping[K, V], AfterValidator(FrozenMap)]
"""A mapping field of a frozen model: validated like a dict, immutable afterwards."""


def invalid(entry: Entry, **params: Any) -> NoReturn:
    """Raise a validation error with a catalogue message (in model validators)."""
    raise TextError(entry.text(**params))
