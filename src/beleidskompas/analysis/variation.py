"""Design variations of a proposal: which fields to vary, over which values, and the variants.

A variation names a proposal field by its path (``delivery.granting``,
``effects[0].amount_eur_per_month``, ``implementation.implementers[0].it_change``) and the
values to try: a list (``automatic,application``) or, for a number, a range
``start:stop:step`` (both ends included when the step lands on them). Only numeric,
yes/no and enumerated fields can be varied; a path the proposal format does not have, or
a value the field does not accept, is a :class:`VariationError` naming both.
"""

from __future__ import annotations

import copy
import itertools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import variation as V
from beleidskompas.model.introspect import FieldType, type_at
from beleidskompas.model.proposal import Proposal

Loc = tuple[str | int, ...]
Value = str | float | int | bool
MAX_RANGE_VALUES = 10_000
"""Most values one range may expand to (a step too small for its range is an error)."""
RANGE_SLACK = 1e-9
"""Floating-point slack so that ``0:1:0.1`` includes its end (not a model choice)."""

_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")


class VariationError(ValueError):
    """A variation that cannot be applied: ``path`` and ``detail`` (both languages) name the
    field and what is wrong with it; ``str()`` gives the English form."""

    def __init__(self, path: str, detail: Text | str) -> None:
        self.path = path
        self.detail: Text = detail if isinstance(detail, Text) else Text(nl=detail, en=detail)
        super().__init__(f"{path}: {self.detail.en}")


@dataclass(frozen=True)
class Variation:
    """One field to vary and the values to try, in order."""

    path: str
    loc: Loc
    kind: str
    values: tuple[Value, ...]


def parse_path(path: str) -> Loc:
    """``effects[0].size`` (or ``effects.0.size``) → ``("effects", 0, "size")``."""
    loc: list[str | int] = []
    for part in path.split("."):
        if part.isdigit():
            loc.append(int(part))
            continue
        match = _SEGMENT.fullmatch(part)
        if match is None:
            raise VariationError(path, V.NOT_A_NAME.text(part=repr(part)))
        loc.append(match.group(1))
        loc.extend(int(i) for i in re.findall(r"\[(\d+)\]", match.group(2)))
    return tuple(loc)


def _field(path: str, loc: Loc) -> FieldType:
    ftype = type_at(Proposal, loc)
    if ftype is None:
        raise VariationError(path, V.NO_SUCH_FIELD.text())
    if ftype.kind not in ("float", "int", "bool", "enum"):
        raise VariationError(path, V.NOT_VARIABLE.text(kind=ftype.kind))
    return ftype


def _number(path: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise VariationError(path, V.NOT_A_NUMBER.text(text=repr(text))) from None
    if not math.isfinite(value):
        raise VariationError(path, V.NOT_FINITE.text(text=repr(text)))
    return value


def _range(path: str, spec: str) -> list[float]:
    parts = spec.split(":")
    if len(parts) != len(("start", "stop", "step")):
        raise VariationError(path, V.RANGE_FORM.text(spec=repr(spec)))
    start, stop, step = (_number(path, p) for p in parts)
    if step <= 0:
        raise VariationError(path, V.STEP_POSITIVE.text(spec=repr(spec)))
    if stop < start:
        raise VariationError(path, V.RANGE_BACKWARDS.text(spec=repr(spec)))
    count = math.floor((stop - start) / step + RANGE_SLACK) + 1
    if count > MAX_RANGE_VALUES:
        raise VariationError(
            path, V.RANGE_TOO_LONG.text(spec=repr(spec), count=count, limit=MAX_RANGE_VALUES)
        )
    return [start + i * step for i in range(count)]


def _typed(path: str, ftype: FieldType, text: str) -> Value:
    if ftype.kind == "enum":
        if text not in ftype.choices:
            raise VariationError(
                path, V.NOT_A_CHOICE.text(text=repr(text), choices=", ".join(ftype.choices))
            )
        return text
    if ftype.kind == "bool":
        lowered = text.lower()
        if lowered in ("true", "yes", "ja", "1"):
            return True
        if lowered in ("false", "no", "nee", "0"):
            return False
        raise VariationError(path, V.NOT_A_BOOL.text(text=repr(text)))
    number = _number(path, text)
    if ftype.kind == "int":
        if not number.is_integer():
            raise VariationError(path, V.NOT_WHOLE.text(text=repr(text)))
        return int(number)
    return number


def parse_variation(spec: str) -> Variation:
    """``path=v1,v2,…`` or ``path=start:stop:step`` → a :class:`Variation`."""
    path, sep, values = spec.partition("=")
    path = path.strip()
    if not sep or not path or not values.strip():
        raise VariationError(spec, V.FORM.text())
    loc = parse_path(path)
    ftype = _field(path, loc)
    texts = [v.strip() for v in values.split(",")]
    out: list[Value] = []
    for text in texts:
        if ":" in text:
            if ftype.kind not in ("float", "int"):
                raise VariationError(path, V.RANGE_NEEDS_NUMBER.text(text=repr(text)))
            numbers = _range(path, text)
            out += [int(n) for n in numbers] if ftype.kind == "int" else numbers
        else:
            out.append(_typed(path, ftype, text))
    unique = tuple(dict.fromkeys(out))
    return Variation(path=path, loc=loc, kind=ftype.kind, values=unique)


def set_value(data: dict[str, Any], loc: Loc, value: Value, path: str) -> None:
    """Set ``data`` at ``loc`` in place, creating missing objects along the way; a list
    index past the end is an error (the variant cannot invent list items)."""
    node: Any = data
    for i, key in enumerate(loc[:-1]):
        nxt = loc[i + 1]
        if isinstance(key, int):
            if not isinstance(node, list) or key >= len(node):
                raise VariationError(path, V.NO_ITEM.text(index=key))
            node = node[key]
            continue
        if node.get(key) is None:
            if isinstance(nxt, int):
                raise VariationError(path, V.NO_LIST.text(key=repr(key)))
            node[key] = {}
        node = node[key]
    last = loc[-1]
    if isinstance(last, int):
        if not isinstance(node, list) or last >= len(node):
            raise VariationError(path, V.NO_ITEM.text(index=last))
        node[last] = value
    else:
        node[last] = value


def variant(
    proposal: Proposal, assignment: Mapping[str, Value], variations: Sequence[Variation]
) -> Proposal:
    """The proposal with each varied field set to its value in ``assignment``."""
    data = copy.deepcopy(proposal.model_dump(mode="json", exclude_unset=True))
    by_path = {v.path: v for v in variations}
    for path, value in assignment.items():
        set_value(data, by_path[path].loc, value, path)
    try:
        return Proposal.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        shown = ", ".join(f"{k}={v}" for k, v in assignment.items())
        raise VariationError(
            where or "proposal", V.REFUSED.text(message=str(first["msg"]), shown=shown)
        ) from None


def grid_size(variations: Sequence[Variation]) -> int:
    """The number of combinations of all values."""
    return math.prod(len(v.values) for v in variations)


def grid(variations: Sequence[Variation]) -> Iterator[dict[str, Value]]:
    """Every combination of the values, the last variation varying fastest."""
    paths = [v.path for v in variations]
    for combo in itertools.product(*(v.values for v in variations)):
        yield dict(zip(paths, combo, strict=True))


def latin_hypercube(
    variations: Sequence[Variation], samples: int, seed: int
) -> list[dict[str, Value]]:
    """``samples`` combinations from a Latin hypercube over the value lists (scipy's
    ``qmc.LatinHypercube``): each variation's values are covered as evenly as the number
    of samples allows, and the same seed gives the same sample."""
    from scipy.stats import qmc

    sampler = qmc.LatinHypercube(d=len(variations), seed=seed)
    points = sampler.random(samples)
    out: list[dict[str, Value]] = []
    for row in points:
        out.append(
            {
                v.path: v.values[min(len(v.values) - 1, int(u * len(v.values)))]
                for v, u in zip(variations, row, strict=True)
            }
        )
    return out
