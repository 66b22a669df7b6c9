"""The ranges of a sensitivity run: from a parameter's value, provenance and bounds.

A parameter with value v and relative half-width h (by its provenance, or its own override)
varies over v·(1 − h) … v·(1 + h); with h < 1 it keeps its sign. A share is then clipped to
[0, 1], a score threshold to [0, 100]; a whole number is rounded when applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fnmatch import fnmatchcase

from beleidskompas.model.sensitivity import Bound, ParameterRange, SensitivitySettings
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.rules.values import with_values
from beleidskompas.society.graph import GraphError

SCORE_SCALE = 100
"""The top of the 0–100 score scale."""


def settings_of(rules: RuleSet) -> SensitivitySettings:
    """The rule set's sensitivity section, or the default rule set's when it has none."""
    if rules.scoring.sensitivity is not None:
        return rules.scoring.sensitivity
    from beleidskompas.rules.default import default_ruleset

    found = default_ruleset().scoring.sensitivity
    if found is None:  # pragma: no cover - the default rule set has the section
        raise ValueError("the default rule set has no sensitivity section")
    return found


def bound_of(parameter: str, settings: SensitivitySettings) -> Bound:
    """Which bound a parameter id falls under (the first matching list)."""
    bounds = settings.bounds
    table: tuple[tuple[Bound, tuple[str, ...]], ...] = (
        ("share", bounds.shares),
        ("score", bounds.scores),
        ("whole", bounds.whole),
    )
    for bound, patterns in table:
        if any(fnmatchcase(parameter, pattern) for pattern in patterns):
            return bound
    return "sign"


def parameter_range(
    rules: RuleSet, parameter: str, settings: SensitivitySettings
) -> ParameterRange:
    """The range of one parameter (KeyError for an id the rule set lacks)."""
    param = rules.parameters[parameter]
    own = settings.overrides.get(parameter)
    half = own.value if own is not None else getattr(settings.half_width, param.provenance).value
    value = param.value
    low, high = sorted((value * (1 - half), value * (1 + half)))
    if value > 0 and not low > 0:  # underflow of a tiny value: it keeps its sign
        low = value
    if value < 0 and not high < 0:
        high = value
    bound = bound_of(parameter, settings)
    if bound == "share":
        low, high = max(low, 0.0), min(high, 1.0)
    elif bound == "score":
        low, high = max(low, 0.0), min(high, float(SCORE_SCALE))
    low, high = min(low, value), max(high, value)  # the range always holds the value itself
    return ParameterRange(
        parameter=parameter,
        value=value,
        provenance=param.provenance,
        half_width=half,
        low=low,
        high=high,
        bound=bound,
        own_width=own is not None,
    )


def ranges_for(
    rules: RuleSet, parameters: Iterable[str], settings: SensitivitySettings
) -> list[ParameterRange]:
    """The ranges of ``parameters``; ValueError when an override names an unknown id, or
    when the capital graph would stop converging inside the ranges."""
    unknown = sorted(set(settings.overrides) - set(rules.parameters))
    if unknown:
        raise ValueError(f"sensitivity.overrides names unknown parameters: {', '.join(unknown)}")
    ranges = [parameter_range(rules, p, settings) for p in parameters]
    _check_graph(rules, {r.parameter: r.high for r in ranges if r.parameter.startswith("graph.")})
    return ranges


def _check_graph(rules: RuleSet, highest: Mapping[str, float]) -> None:
    # The spectral radius of a non-negative matrix grows with every entry (Perron–Frobenius):
    # when the graph with every varied edge at its top converges, every sample's graph does.
    if not highest:
        return
    try:
        with_values(rules, highest)
    except GraphError as exc:
        raise ValueError(
            f"the capital graph stops converging inside the sensitivity ranges ({exc}); "
            "narrow the ranges of its edges (sensitivity.overrides)"
        ) from None


def applied(ranges: Iterable[ParameterRange], sample: Iterable[float]) -> dict[str, float]:
    """One row of parameter values: a design point, whole numbers rounded."""
    row: dict[str, float] = {}
    for r, x in zip(ranges, sample, strict=True):
        row[r.parameter] = float(round(x)) if r.bound == "whole" else float(x)
    return row
