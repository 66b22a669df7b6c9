"""The tracer: scorers record each figure where they compute it.

Every parameter a scorer uses is read through a :class:`Figure` (``fig.param(id)``), the
way OpenFisca's tracer wraps parameter nodes, so an assessment knows exactly which
parameters it read — that list, filtered on ``inferred``, is the provenance of the report.
With tracing on, each figure also records its formula, inputs, parameters (with value and
provenance) and the rules behind it; ``--explain`` renders those steps. With tracing off a
figure only adds the ids it reads to a set.

Derived data that is computed once per rule set (the society baseline, class capacities)
remembers what it read, and :meth:`Figure.derived` replays those reads into the figure that
uses it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from beleidskompas.i18n import Text
from beleidskompas.model.results import Number, TraceParameter, TraceStep
from beleidskompas.rules.ruleset import Derived, RuleSet, weights_id

T = TypeVar("T")


class Reader(Protocol):
    """Something parameters can be read through."""

    def param(self, parameter_id: str) -> float:
        """The value of a parameter (recording the read)."""
        ...

    def tag(self, parameter_id: str) -> None:
        """Record the read of a non-numeric parameter (a rule's weights, change dates)."""
        ...


class Recorder:
    """A reader that only collects the ids it reads (for derived data)."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.read: list[str] = []

    def param(self, parameter_id: str) -> float:
        """The value of a parameter."""
        self.read.append(parameter_id)
        return self.rules.parameters[parameter_id].value

    def tag(self, parameter_id: str) -> None:
        """Record a non-numeric read."""
        self.read.append(parameter_id)


class Tracer:
    """What one assessment read and, when ``enabled``, how each figure was computed."""

    __slots__ = ("enabled", "read", "rules", "steps")

    def __init__(self, rules: RuleSet, *, enabled: bool = False) -> None:
        self.rules = rules
        self.enabled = enabled
        self.read: dict[str, None] = {}
        self.steps: list[TraceStep] = []

    def figure(self, section: str, name: str) -> Figure:
        """Start recording the figure ``section.name``."""
        return Figure(self, section, name)

    def parameters_read(self) -> list[str]:
        """Every parameter id read, sorted."""
        return sorted(self.read)

    def inferred(self) -> list[str]:
        """The ``inferred`` parameters among those read, sorted."""
        rules = self.rules

        def tagged_inferred() -> frozenset[str]:
            ids = [*rules.parameters, *rules.tagged]
            return frozenset(p for p in ids if rules.provenance(p) == "inferred")

        inferred = rules.memo("trace.inferred", tagged_inferred)
        return sorted(p for p in self.read if p in inferred)


class Figure:
    """One figure being computed: reads go through it, ``done`` records the step."""

    __slots__ = ("name", "params", "rules", "section", "tracer")

    def __init__(self, tracer: Tracer, section: str, name: str) -> None:
        self.tracer = tracer
        self.section = section
        self.name = name
        self.params: dict[str, None] = {}
        self.rules: dict[str, None] = {}

    def param(self, parameter_id: str) -> float:
        """The value of a parameter, recorded as read by this figure."""
        value = self.tracer.rules.parameters[parameter_id].value
        self.tracer.read[parameter_id] = None
        if self.tracer.enabled:
            self.params[parameter_id] = None
        return value

    def tag(self, parameter_id: str) -> None:
        """Record the read of a non-numeric parameter."""
        self.tracer.read[parameter_id] = None
        if self.tracer.enabled:
            self.params[parameter_id] = None

    def rule(self, rule_id: str, *, weights: bool = True) -> None:
        """Record that a rule (and, with ``weights``, its numbers) went into this figure."""
        if weights:
            self.tag(weights_id(rule_id))
        if self.tracer.enabled:
            self.rules[rule_id] = None

    def uses(self, parameter_ids: Iterable[str]) -> None:
        """Record reads made elsewhere on this figure's behalf."""
        read = self.tracer.read
        for parameter_id in parameter_ids:
            read[parameter_id] = None
        if self.tracer.enabled:
            self.params.update(dict.fromkeys(parameter_ids))

    def derived(self, key: str, compute: Callable[[Reader], T]) -> T:
        """Data derived once per rule set by ``compute``; its reads count for this figure."""
        rules = self.tracer.rules

        def run() -> Derived:
            recorder = Recorder(rules)
            value = compute(recorder)
            return Derived(value, tuple(dict.fromkeys(recorder.read)))

        derived = rules.memo(key, run)
        self.uses(derived.read)
        result: T = derived.value
        return result

    def done(
        self,
        value: Number | Text,
        formula: str,
        *,
        note: Text | None = None,
        values: Mapping[str, Any] | None = None,
        **inputs: Any,
    ) -> None:
        """Record the figure (only when tracing is on): its value, formula and inputs
        (keyword arguments, or a ``values`` mapping)."""
        tracer = self.tracer
        if not tracer.enabled:
            return
        if values:
            inputs = {**values, **inputs}
        rules = tracer.rules
        parameters = [
            TraceParameter(
                id=pid,
                value=rules.parameters[pid].value if pid in rules.parameters else None,
                provenance=rules.provenance(pid),
            )
            for pid in self.params
        ]
        tracer.steps.append(
            TraceStep(
                section=self.section,
                figure=self.name,
                value=value,
                formula=formula,
                inputs=inputs,
                note=note,
                rules=list(self.rules),
                parameters=parameters,
            )
        )
