"""Public testing helpers: invariant checks and monotonicity / linearity assertions.

Use them in your own test suite against your own rule set::

    from hypothesis import given
    from beleidskompas import assess
    from beleidskompas.testing import check_invariants
    from beleidskompas.testing.strategies import proposals

    @given(proposals())
    def test_invariants(proposal):
        check_invariants(assess(proposal))

Every helper raises ``AssertionError`` with a message naming the figure that broke.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import (
    Assessment,
    ClassImpact,
    SectionResult,
    UitvoerbaarheidResult,
)
from beleidskompas.rules.ruleset import RuleSet

__all__ = [
    "TOLERANCE",
    "assert_linear_in_effect_size",
    "assert_monotone",
    "check_invariants",
    "scale_effects",
    "take_ups",
]

TOLERANCE = 1e-6
"""Absolute tolerance for comparisons of rounded report figures."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def _in(value: float, low: float, high: float, name: str) -> None:
    _check(
        math.isfinite(value) and low - TOLERANCE <= value <= high + TOLERANCE,
        f"{name} = {value} not in [{low}, {high}]",
    )


def _check_doenvermogen(assessment: Assessment) -> None:
    dv = assessment.doenvermogen
    if dv is None:
        return
    _in(dv.score, 0, 100, "doenvermogen.score")
    for capacity, value in dv.capacities.items():
        _check(value >= 0, f"doenvermogen.capacities.{capacity} = {value} < 0")
    severities = {f.severity for f in dv.findings}
    if "blocker" in severities:
        _check(dv.verdict == "niet_doenlijk", "a blocker but the verdict is not niet_doenlijk")
    if "major" in severities:
        _check(dv.verdict != "doenlijk", "a major finding but the verdict is doenlijk")
    _check_completeness("doenvermogen", dv)
    if not any(dv.capacities.values()):
        _check(abs(dv.score - 100) < TOLERANCE, "no burden but doenbaarheid below 100")


def _check_uitvoerbaarheid(assessment: Assessment) -> None:
    uv = assessment.uitvoerbaarheid
    if uv is None:
        return
    _in(uv.score, 0, 100, "uitvoerbaarheid.score")
    _check_eindoordeel(uv)
    _check_completeness("uitvoerbaarheid", uv)


_ORDER = ("uitvoerbaar", "uitvoerbaar_mits", "niet_uitvoerbaar")


def _check_eindoordeel(uv: UitvoerbaarheidResult) -> None:
    """The eindoordeel follows from its basis: the tool's findings, the agencies' toetsen, or
    the worse of the two."""
    if uv.verdict_basis == "agency":
        _check(uv.verdict == uv.agency_verdict, "uitvoerbaarheid.verdict is not the agency's")
        return
    if uv.verdict_basis == "agency_and_tool":
        assert uv.agency_verdict is not None and uv.own_verdict is not None
        worse = max(uv.agency_verdict, uv.own_verdict, key=_ORDER.index)
        _check(uv.verdict == worse, "uitvoerbaarheid.verdict is not the worse of agency and tool")
        return
    severities = {f.severity for f in uv.findings}
    if "blocker" in severities:
        _check(
            uv.verdict == "niet_uitvoerbaar",
            "uitvoerbaarheid.verdict not niet_uitvoerbaar despite a blocker",
        )
    if "major" in severities:
        _check(uv.verdict != "uitvoerbaar", "uitvoerbaarheid.verdict uitvoerbaar despite a major")


def _check_completeness(name: str, section: SectionResult) -> None:
    """Completeness is below 1 exactly when a rule could not judge, and the fields to supply
    are those of the "cannot judge" findings."""
    _in(section.completeness, 0, 1, f"{name}.completeness")
    if section.questions:
        _check(
            abs(section.completeness - section.answered / section.questions) < TOLERANCE,
            f"{name}.completeness is not answered / questions",
        )
    unjudged = [f for f in section.findings if f.severity == "info"]
    _check(
        (section.completeness < 1) == bool(unjudged),
        f"{name}.completeness {section.completeness} but {len(unjudged)} unjudged findings",
    )
    fields = sorted({m for f in unjudged for m in f.missing})
    _check(section.missing == fields, f"{name}.missing {section.missing} != {fields}")


def _check_class(cls: ClassImpact) -> None:
    name = f"class_impact.classes.{cls.id}"
    _in(cls.reach, 0, 1, f"{name}.reach")
    _in(cls.take_up, 0, 1, f"{name}.take_up")
    _check(cls.deficit_before >= 0 and cls.deficit_after >= 0, f"{name}: negative deficit")
    for capital, value in cls.positions_after.items():
        _in(value, 0, 1, f"{name}.positions_after.{capital}")
    if cls.benefit_share is not None:
        _in(cls.benefit_share, 0, 1, f"{name}.benefit_share")
    for key, (low, high) in cls.intervals.items():
        _check(low <= high + TOLERANCE, f"{name}.intervals.{key}: low {low} > high {high}")


def _check_impact(assessment: Assessment) -> None:
    ci = assessment.class_impact
    if ci is None:
        return
    for cls in ci.classes:
        _check_class(cls)
    benefits = [c.benefit_share for c in ci.classes if c.benefit_share is not None]
    if benefits:
        _check(abs(sum(benefits) - 1) < 1e-4, f"benefit shares sum to {sum(benefits)}, not 1")
    shares = sum(c.share for c in ci.classes)
    s = ci.summary
    _in(s.reach, 0, 1, "summary.reach")
    _in(s.take_up, 0, 1, "summary.take_up")
    _in(s.atkinson_before, 0, 1, "summary.atkinson_before")
    _in(s.atkinson_after, 0, 1, "summary.atkinson_after")
    if s.benefit_share_bottom is not None:
        _in(s.benefit_share_bottom, 0, 1, "summary.benefit_share_bottom")
    _check(abs(shares - 1) < 0.003, f"class shares sum to {shares}")
    for key, (low, high) in s.intervals.items():
        _check(low <= high + TOLERANCE, f"summary.intervals.{key}: low {low} > high {high}")


def check_invariants(assessment: Assessment) -> None:
    """Bounds, sums and consistency between the sections of one assessment."""
    _check_doenvermogen(assessment)
    _check_uitvoerbaarheid(assessment)
    _check_impact(assessment)
    p = assessment.provenance
    _check(len(p.input_sha256) == 64 and len(p.ruleset.sha256) == 64, "provenance hashes missing")


def take_ups(assessment: Assessment) -> dict[str, float]:
    """Take-up per class id."""
    if assessment.class_impact is None:
        return {}
    return {c.id: c.take_up for c in assessment.class_impact.classes}


def _figures(assessment: Assessment, names: Iterable[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name in names:
        if name == "take_up.*":
            out.update({f"take_up.{k}": v for k, v in take_ups(assessment).items()})
            continue
        value = assessment.figure(name)
        if isinstance(value, (int, float)):
            out[name] = float(value)
    return out


def assert_monotone(
    base: Proposal,
    change: Callable[[Proposal], Proposal],
    figures: Iterable[str] = ("doenvermogen.score", "take_up.*"),
    *,
    direction: str = "non_increasing",
    rules: RuleSet | None = None,
) -> None:
    """Assert that ``change`` never raises (or, ``non_decreasing``, never lowers) figures.

    ``figures`` are dotted paths into the JSON report; ``take_up.*`` means every class's
    take-up.
    """
    from beleidskompas.api import assess

    names = list(figures)
    before = _figures(assess(base, rules), names)
    after = _figures(assess(change(base), rules), names)
    for name, old in before.items():
        new = after.get(name)
        if new is None:
            continue
        if direction == "non_increasing":
            _check(new <= old + TOLERANCE, f"{name} rose from {old} to {new}")
        else:
            _check(new >= old - TOLERANCE, f"{name} fell from {old} to {new}")


def scale_effects(proposal: Proposal, factor: float) -> Proposal:
    """The proposal with every effect's value (size, amount or per-class sizes, and range)
    multiplied by ``factor``."""
    scaled = []
    for effect in proposal.effects:
        interval = (effect.range[0] * factor, effect.range[1] * factor) if effect.range else None
        if interval is not None and factor < 0:
            interval = (interval[1], interval[0])
        update: dict[str, object] = {"range": interval}
        for name in ("size", "amount_eur_per_month", "amount_eur_once"):
            value = getattr(effect, name)
            if value is not None:
                update[name] = value * factor
        if effect.per_class is not None:
            update["per_class"] = {k: v * factor for k, v in effect.per_class.items()}
        scaled.append(effect.model_copy(update=update))
    return proposal.model_copy(update={"effects": scaled})


def assert_linear_in_effect_size(
    proposal: Proposal, factor: float, *, rules: RuleSet | None = None, tolerance: float = 1e-5
) -> None:
    """Assert that direct and total effects per class scale with the effect sizes."""
    from beleidskompas.api import assess

    base = assess(proposal, rules).class_impact
    scaled = assess(scale_effects(proposal, factor), rules).class_impact
    if base is None or scaled is None:  # pragma: no cover - assess always fills it
        return
    for a, b in zip(base.classes, scaled.classes, strict=True):
        for kind in ("direct", "total"):
            for capital, value in getattr(a, kind).items():
                expected = value * factor
                got = getattr(b, kind)[capital]
                _check(
                    abs(got - expected) <= tolerance * max(1.0, abs(factor)),
                    f"{a.id}.{kind}.{capital}: {got} is not {factor} × {value}",
                )
