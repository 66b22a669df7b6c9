"""A rule set with some parameter values replaced: the basis of sensitivity runs and of
assessments over a table of parameter draws.

Every parameter lives twice: in the typed rule files (``rules.scoring``, ``rules.classes``,
…) and in the flat index ``rules.parameters`` the tracer reads. :func:`with_values` replaces
the value in both, so a scorer that reads either sees the new value, and derived data (the
society baseline, class capacities) is recomputed: the new rule set starts with an empty memo.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from beleidskompas.model.base import FrozenMap
from beleidskompas.model.society import CapitalGraphSpec
from beleidskompas.model.sources import Param
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.society.graph import build_graph

PARTS = ("classes", "takeup", "scoring", "lead_times", "instruments", "regeldruk")
"""The typed parts of a rule set whose Params are indexed under their own name."""


def _prefixes(ids: Mapping[str, float]) -> set[str]:
    out: set[str] = set()
    for key in ids:
        parts = key.split(".")
        out.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return out


def _substitute(
    node: Any, path: str, values: Mapping[str, float], wanted: set[str], made: dict[str, Param]
) -> Any:
    """``node`` with the Params whose ids (built as :func:`rules.params.params` builds them)
    are in ``values`` replaced (each new Param also put in ``made``); untouched branches are
    shared, not copied."""
    if path not in wanted:
        return node
    if isinstance(node, Param):
        if path not in values:
            return node
        made[path] = node.model_copy(update={"value": float(values[path])})
        return made[path]
    if isinstance(node, BaseModel):
        update: dict[str, Any] = {}
        for name in type(node).model_fields:
            value = getattr(node, name)
            if isinstance(value, (list, tuple)) and value and hasattr(value[0], "id"):
                items = [
                    _substitute(item, f"{path}.{item.id}", values, wanted, made) for item in value
                ]
                if any(new is not old for new, old in zip(items, value, strict=True)):
                    update[name] = type(value)(items)
            else:
                new = _substitute(value, f"{path}.{name}", values, wanted, made)
                if new is not value:
                    update[name] = new
        return node.model_copy(update=update) if update else node
    if isinstance(node, dict):
        changed = {k: _substitute(v, f"{path}.{k}", values, wanted, made) for k, v in node.items()}
        if all(changed[k] is node[k] for k in node):
            return node
        return FrozenMap(changed) if isinstance(node, FrozenMap) else changed
    return node


def check_values(rules: RuleSet, values: Mapping[str, float]) -> None:
    """Raise KeyError for an id ``rules`` lacks, ValueError for a value that is not finite."""
    for key, value in values.items():
        if key not in rules.parameters:
            raise KeyError(f"unknown parameter {key!r}")
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not number or not math.isfinite(value):
            raise ValueError(f"parameter {key!r}: {value!r} is not a finite number")


def with_values(rules: RuleSet, values: Mapping[str, float]) -> RuleSet:
    """``rules`` with the numeric parameters in ``values`` (id → value) replaced.

    Raises KeyError naming an id the rule set does not have, and ValueError for a value that
    is not a finite number. The ids are those of ``rules.parameters`` (``takeup.…``,
    ``scoring.…``, ``classes.<class>.…``, ``graph.<source>-><target>``, …).
    """
    if not values:
        return rules
    check_values(rules, values)
    wanted = _prefixes(values)
    made: dict[str, Param] = {}
    parts: dict[str, Any] = {}
    for name in PARTS:
        if name not in wanted:
            continue
        model = getattr(rules, name)
        if name == "instruments":
            inner = _substitute(dict(model.instruments), name, values, wanted, made)
            parts[name] = model.model_copy(update={"instruments": FrozenMap(inner)})
        else:
            parts[name] = _substitute(model, name, values, wanted, made)
    graph = rules.graph
    edges = {k: v for k, v in values.items() if k.startswith("graph.")}
    if edges:
        spec: CapitalGraphSpec = graph.spec
        new_edges = tuple(
            e.model_copy(update={"weight": e.weight.model_copy(update={"value": edges[key]})})
            if (key := f"graph.{e.source}->{e.target}") in edges
            else e
            for e in spec.edges
        )
        graph = build_graph(spec.model_copy(update={"edges": new_edges}))
    parameters = dict(rules.parameters)
    parameters.update(made)
    for key in values.keys() - made.keys():  # the graph's edges
        parameters[key] = parameters[key].model_copy(update={"value": float(values[key])})
    changed = replace(rules, graph=graph, parameters=parameters, **parts)
    changed.keep_caches(rules, values.keys())
    return changed
