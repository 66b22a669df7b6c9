"""A monitoring plan from assessed measures: what each measure should move, what nobody follows.

Each proposal may name indicators it is expected to move (``monitoring``). For a portfolio
the plan shows (docs/monitor.md):

* per measure, the indicators it targets and, where a series has values on both sides of
  the measure's start, whether the realised direction matches the expected one. The start
  is the target's ``since`` or the year of ``implementation.entry_into_force``; *before* is
  the last value of a period that ends before the start year, *after* the last value of a
  period that begins in or after it. A matching direction is not evidence that the measure
  worked: many things move an indicator;
* per capital, the measures that act on it directly and the named indicators that follow
  it: a capital acted on that no named indicator follows is the coherence gap the motie
  Van Baarle is about (and a *data* gap when no indicator of the data set follows it);
* per SCP class, the measures that reach it and the named indicators with a series for
  that class; per group kind, the named indicators broken down by it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import Field

from beleidskompas.analysis.monitor import DatasetRef, Movement, movement, order
from beleidskompas.analysis.monitor_findings import PlanFinding, plan_findings
from beleidskompas.i18n import Text
from beleidskompas.model.base import Frozen
from beleidskompas.model.proposal import CAPITALS, Proposal
from beleidskompas.model.results import Assessment
from beleidskompas.model.series import GROUP_KINDS, GroupKind, Observation, SeriesSet, Unit

Status = Literal[
    "matches", "differs", "flat", "no_data", "no_start", "no_data_before", "no_data_after"
]
Coverage = Literal["followed", "plan_gap", "data_gap", "not_acted_on"]


class GroupCheck(Frozen):
    """One group of a target: the values around the start and what happened."""

    group: str
    kind: GroupKind | None
    label: Text
    status: Status
    before_period: str | None = None
    before: float | None = None
    after_period: str | None = None
    after: float | None = None
    realised: Movement | None = None


class TargetCheck(Frozen):
    """An indicator a measure names, with the expected direction and the groups checked."""

    indicator: str
    label: Text
    unit: Unit
    expected: Literal["up", "down"]
    expected_is_better: bool | None = Field(description="None for a descriptive indicator.")
    since: int | None = Field(description="The start year used; None when unknown.")
    groups: list[GroupCheck]


class MeasurePlan(Frozen):
    """One measure: what it acts on and the indicators it names."""

    id: str
    title: str
    capitals: list[str] = Field(description="Capitals the measure acts on directly.")
    classes: list[str] = Field(description="Classes it reaches.")
    targets: list[TargetCheck]
    unfollowed_capitals: list[str] = Field(
        description="Capitals it acts on that none of its named indicators follows."
    )


class CapitalCoverage(Frozen):
    """Who acts on a capital and which indicators follow it."""

    capital: str
    measures: list[str]
    planned: list[str] = Field(description="Named indicators that follow the capital.")
    available: list[str] = Field(description="Indicators of the data set that follow it.")
    status: Coverage


class ClassCoverage(Frozen):
    """Which measures reach a class and which indicators follow it over time."""

    id: str
    label: Text
    measures: list[str] = Field(description="Measures that reach the class.")
    planned: list[str] = Field(description="Named indicators with values in two periods or more.")
    available: list[str] = Field(description="Indicators with values in two periods or more.")
    one_period: list[str] = Field(description="Indicators with values in one period only.")
    status: Coverage


class KindCoverage(Frozen):
    """Which named (and available) indicators are broken down by a group kind."""

    kind: GroupKind
    label: Text
    planned: list[str]
    available: list[str]


class MonitoringPlan(Frozen):
    """The monitoring plan of a portfolio of measures."""

    dataset: DatasetRef
    class_model: str
    measures: list[MeasurePlan]
    capitals: list[CapitalCoverage]
    classes: list[ClassCoverage]
    group_kinds: list[KindCoverage]
    without_indicators: list[str] = Field(description="Measures that name no indicator.")
    unused: list[str] = Field(description="Indicators with values that no measure names.")
    findings: list[PlanFinding]


def _values(series: SeriesSet) -> dict[tuple[str, str], list[Observation]]:
    """(indicator, group) → observations with a value, in time order."""
    out: dict[tuple[str, str], list[Observation]] = {}
    for obs in sorted(series.observations, key=lambda o: order(o.period)):
        if obs.value is not None:
            out.setdefault((obs.indicator, obs.group), []).append(obs)
    return out


def check_group(
    observations: Sequence[Observation], since: int | None, expected: str
) -> dict[str, object]:
    """Status, before and after of one group (observations with values, in time order)."""
    if not observations:
        return {"status": "no_data"}
    if since is None:
        return {"status": "no_start"}
    before = [o for o in observations if o.span[1] < since]
    after = [o for o in observations if o.span[0] >= since]
    if not before:
        return {"status": "no_data_before"}
    if not after:
        return {
            "status": "no_data_after",
            "before_period": before[-1].period,
            "before": before[-1].value,
        }
    b, a = before[-1], after[-1]
    realised = movement((a.value or 0.0) - (b.value or 0.0))
    status: Status = (
        "flat" if realised == "flat" else "matches" if realised == expected else "differs"
    )
    return {
        "status": status,
        "before_period": b.period,
        "before": b.value,
        "after_period": a.period,
        "after": a.value,
        "realised": realised,
    }


def _groups_with_data(
    series: SeriesSet, values: dict[tuple[str, str], list[Observation]], indicator: str
) -> list[str]:
    """The groups an indicator has values for (the total group when it has none)."""
    found = {g for (i, g) in values if i == indicator}
    ordered = [g for spec in series.groups.values() for g in spec.groups if g in found]
    if ordered:
        return ordered
    total = series.groups.get("total")
    return list(total.groups)[:1] if total else []


def measure_plan(
    proposal: Proposal,
    assessment: Assessment,
    series: SeriesSet,
    values: dict[tuple[str, str], list[Observation]],
) -> MeasurePlan:
    """The plan of one measure."""
    impact = assessment.class_impact
    classes = [c.id for c in impact.classes if c.reach > 0] if impact else []
    capitals = [
        k for k in CAPITALS if impact and any(c.direct.get(k, 0.0) != 0.0 for c in impact.classes)
    ]
    start = proposal.implementation.entry_into_force
    targets: list[TargetCheck] = []
    followed: set[str] = set()
    for target in proposal.monitoring:
        indicator = series.indicators[target.indicator]
        followed.update(indicator.capitals)
        since = target.since if target.since is not None else (start.year if start else None)
        groups = target.groups or _groups_with_data(series, values, target.indicator)
        checks = []
        for group in groups:
            kind = series.kind_of(group)
            found = check_group(values.get((target.indicator, group), []), since, target.direction)
            label = series.group_label(kind or "", group)
            checks.append(
                GroupCheck.model_validate({"group": group, "kind": kind, "label": label, **found})
            )
        better = indicator.better
        targets.append(
            TargetCheck(
                indicator=target.indicator,
                label=indicator.label,
                unit=indicator.unit,
                expected=target.direction,
                expected_is_better=None
                if better == "none"
                else (target.direction == "up") == (better == "higher"),
                since=since,
                groups=checks,
            )
        )
    return MeasurePlan(
        id=proposal.id,
        title=proposal.title,
        capitals=capitals,
        classes=classes,
        targets=targets,
        unfollowed_capitals=[k for k in capitals if k not in followed],
    )


def _status(acted: bool, planned: list[str], available: list[str]) -> Coverage:
    if not acted:
        return "not_acted_on"
    if planned:
        return "followed"
    return "plan_gap" if available else "data_gap"


def monitoring_plan(
    items: Iterable[tuple[Proposal, Assessment]],
    series: SeriesSet,
    classes: Sequence[tuple[str, Text]],
    class_model: str,
) -> MonitoringPlan:
    """The monitoring plan of assessed measures (``classes``: the class model's id, label)."""
    values = _values(series)
    measures = [measure_plan(p, a, series, values) for p, a in items]
    named = list(dict.fromkeys(t.indicator for m in measures for t in m.targets))
    present = {i for i, _ in values}
    with_data = [i for i in series.indicators if i in present]
    capitals = []
    for capital in CAPITALS:
        acting = [m.id for m in measures if capital in m.capitals]
        planned = [i for i in named if capital in series.indicators[i].capitals]
        available = [i for i in with_data if capital in series.indicators[i].capitals]
        capitals.append(
            CapitalCoverage(
                capital=capital,
                measures=acting,
                planned=planned,
                available=available,
                status=_status(bool(acting), planned, available),
            )
        )
    class_rows = []
    for class_id, label in classes:
        reaching = [m.id for m in measures if class_id in m.classes]
        periods = {i: len({o.period for o in values.get((i, class_id), [])}) for i in with_data}
        available = [i for i in with_data if periods[i] > 1]
        planned = [i for i in named if i in available]
        class_rows.append(
            ClassCoverage(
                id=class_id,
                label=label,
                measures=reaching,
                planned=planned,
                available=available,
                one_period=[i for i in with_data if periods[i] == 1],
                status=_status(bool(reaching), planned, available),
            )
        )
    kinds = []
    for kind in GROUP_KINDS:
        spec = series.groups.get(kind)
        if spec is None or kind == "total":
            continue
        available = [i for i in with_data if any((i, g) in values for g in spec.groups)]
        kinds.append(
            KindCoverage(
                kind=kind,
                label=spec.label,
                planned=[i for i in named if i in available],
                available=available,
            )
        )
    without = [m.id for m in measures if not m.targets]
    unused = [i for i in with_data if i not in named]
    plan = MonitoringPlan(
        dataset=DatasetRef(id=series.id, version=series.version, title=series.title),
        class_model=class_model,
        measures=measures,
        capitals=capitals,
        classes=class_rows,
        group_kinds=kinds,
        without_indicators=without,
        unused=unused,
        findings=[],
    )
    return plan.model_copy(update={"findings": plan_findings(plan)})
