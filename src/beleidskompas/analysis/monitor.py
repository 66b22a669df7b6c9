"""Following kansengelijkheid over time: the trend per group and the gap between groups.

For every indicator and group, the values in period order (a period is placed at the middle
of its years). Definitions (docs/monitor.md):

* **change**: last value minus first value; **slope**: the least-squares slope per year
  through all values; **direction**: the sign of the change (``flat`` when zero), and
  ``better``/``worse`` by the indicator's better direction (none for a descriptive
  indicator);
* **gap** in a period, per group kind: the best value minus the worst value over the groups
  of that kind with a value in that period (at least two; never negative). The best group
  has the highest value when higher is better, the lowest when lower is better;
* whether the gap **narrows**: the gap in the last period against the first, both over the
  groups that have a value in both (at least two; otherwise the periods are not comparable).

Nothing is interpolated: a missing period is missing, and the years without a value
between the first and the last are listed. Points the source gives only as bounds are
shown but take no part in trends and gaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import Field

from beleidskompas.i18n import Text
from beleidskompas.model.base import Frozen
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.model.results import SourceOut
from beleidskompas.model.series import (
    GROUP_KINDS,
    Better,
    GroupKind,
    Observation,
    SeriesSet,
    Unit,
    period_span,
)
from beleidskompas.model.sources import Provenance

Movement = Literal["up", "down", "flat"]
Verdict = Literal["better", "worse", "same"]
GapVerdict = Literal["narrows", "widens", "unchanged"]


class Point(Frozen):
    """One value of a series."""

    period: str
    value: float | None
    low: float | None = None
    high: float | None = None
    provenance: Provenance
    provisional: bool = False
    sources: list[str]
    note: str | None = None


class GroupSeries(Frozen):
    """The series of one group, with its trend."""

    kind: GroupKind
    group: str
    label: Text
    points: list[Point]
    first_period: str | None = Field(description="First period with a value.")
    last_period: str | None
    first: float | None
    last: float | None
    change: float | None = Field(description="Last value minus first value.")
    slope_per_year: float | None = Field(description="Least-squares slope through all values.")
    direction: Movement | None
    verdict: Verdict | None = Field(description="better | worse | same, by the better direction.")
    years_without_value: list[int] = Field(
        description="Years between the first and the last period that no value covers."
    )
    mixed_sources: bool = Field(
        description="The values rest on more than one primary source (the first one cited)."
    )


class GapPoint(Frozen):
    """The gap between the best- and the worst-off group in one period."""

    period: str
    best: str
    worst: str
    best_value: float
    worst_value: float
    gap: float = Field(ge=0)
    groups: list[str]


class KindGap(Frozen):
    """The gap between groups of one kind over time."""

    kind: GroupKind
    label: Text
    points: list[GapPoint]
    compared: list[str] = Field(description="Groups with a value in the first and last period.")
    first_period: str | None
    last_period: str | None
    first_gap: float | None = Field(description="First-period gap over the compared groups.")
    last_gap: float | None
    change: float | None
    verdict: GapVerdict | None
    reason: Literal["one_period", "not_comparable"] | None = Field(
        description="Why there is no verdict."
    )


class IndicatorMonitor(Frozen):
    """One indicator: its definition, sources, series per group and gaps per kind."""

    id: str
    label: Text
    definition: Text
    unit: Unit
    better: Better
    capitals: list[str]
    note: str | None = None
    sources: list[SourceOut]
    groups: list[GroupSeries]
    gaps: list[KindGap]


class DatasetRef(Frozen):
    """Which data set a result comes from."""

    id: str
    version: str
    title: Text


class Monitor(Frozen):
    """The monitor: every indicator with its series, and which capitals they follow."""

    dataset: DatasetRef
    indicators: list[IndicatorMonitor]
    capitals: dict[str, list[str]] = Field(description="capital → indicators that follow it")


def midpoint(period: str) -> float:
    """The middle of a period's years (``2019-2020`` → 2019.5)."""
    start, end = period_span(period)
    return (start + end) / 2


def order(period: str) -> tuple[float, int, int]:
    """Periods in time order: by midpoint, then first year, then last."""
    start, end = period_span(period)
    return midpoint(period), start, end


def movement(change: float) -> Movement:
    """up, down or flat."""
    return "up" if change > 0 else "down" if change < 0 else "flat"


def verdict_of(change: float, better: Better) -> Verdict | None:
    """better, worse or same for a change, by the indicator's better direction."""
    if better == "none":
        return None
    if change == 0:
        return "same"
    return "better" if (change > 0) == (better == "higher") else "worse"


def slope(points: Sequence[tuple[float, float]]) -> float | None:
    """The least-squares slope of (x, y) points; None for fewer than two distinct x.

    Values are taken relative to the first one, so that a constant series has a slope of
    exactly zero (no rounding residue)."""
    if len(points) < 2:
        return None
    origin = points[0][1]
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y - origin for _, y in points) / len(points)
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    return sum((x - mean_x) * (y - origin - mean_y) for x, y in points) / sxx


def _uncovered(observations: Sequence[Observation]) -> list[int]:
    covered: set[int] = set()
    for obs in observations:
        start, end = obs.span
        covered.update(range(start, end + 1))
    if not covered:
        return []
    return [y for y in range(min(covered), max(covered) + 1) if y not in covered]


def group_series(observations: Sequence[Observation], better: Better, label: Text) -> GroupSeries:
    """The series and trend of one group (all observations of one indicator and group)."""
    ordered = sorted(observations, key=lambda o: order(o.period))
    valued = [o for o in ordered if o.value is not None]
    first, last = (valued[0], valued[-1]) if valued else (None, None)
    change = None
    if first is not None and last is not None and len(valued) > 1:
        change = (last.value or 0.0) - (first.value or 0.0)
    return GroupSeries(
        kind=ordered[0].group_kind,
        group=ordered[0].group,
        label=label,
        points=[
            Point(
                period=o.period,
                value=o.value,
                low=o.low,
                high=o.high,
                provenance=o.provenance,
                provisional=o.provisional,
                sources=list(o.sources),
                note=o.note,
            )
            for o in ordered
        ],
        first_period=first.period if first else None,
        last_period=last.period if last else None,
        first=first.value if first else None,
        last=last.value if last else None,
        change=change,
        slope_per_year=slope([(midpoint(o.period), o.value or 0.0) for o in valued]),
        direction=movement(change) if change is not None else None,
        verdict=verdict_of(change, better) if change is not None else None,
        years_without_value=_uncovered(valued),
        mixed_sources=len({o.sources[0] for o in valued}) > 1,
    )


def extremes(values: dict[str, float], better: Better) -> tuple[str, str]:
    """The best- and the worst-off group (ties: the first in order)."""
    ids = list(values)
    high = max(ids, key=lambda g: values[g])
    low = min(ids, key=lambda g: values[g])
    return (high, low) if better == "higher" else (low, high)


def gap_point(period: str, values: dict[str, float], better: Better) -> GapPoint:
    """The gap of one period over ``values`` (group → value, at least two groups)."""
    best, worst = extremes(values, better)
    return GapPoint(
        period=period,
        best=best,
        worst=worst,
        best_value=values[best],
        worst_value=values[worst],
        gap=abs(values[best] - values[worst]),
        groups=list(values),
    )


def kind_gap(series: Sequence[GroupSeries], better: Better, label: Text) -> KindGap | None:
    """The gap between the groups of one kind over time (None with fewer than two groups)."""
    if len(series) < 2 or better == "none":
        return None
    by_period: dict[str, dict[str, float]] = {}
    for s in series:
        for p in s.points:
            if p.value is not None:
                by_period.setdefault(p.period, {})[s.group] = p.value
    periods = sorted((p for p, v in by_period.items() if len(v) > 1), key=order)
    if not periods:
        return None
    points = [gap_point(p, by_period[p], better) for p in periods]
    first, last = periods[0], periods[-1]
    compared = [g for g in by_period[first] if g in by_period[last]]
    base = KindGap(
        kind=series[0].kind,
        label=label,
        points=points,
        compared=compared,
        first_period=first,
        last_period=last,
        first_gap=None,
        last_gap=None,
        change=None,
        verdict=None,
        reason="one_period" if len(periods) < 2 else "not_comparable",
    )
    if len(periods) < 2 or len(compared) < 2:
        return base
    start = gap_point(first, {g: by_period[first][g] for g in compared}, better).gap
    end = gap_point(last, {g: by_period[last][g] for g in compared}, better).gap
    change = end - start
    verdict: GapVerdict = "narrows" if change < 0 else "widens" if change > 0 else "unchanged"
    return base.model_copy(
        update={
            "first_gap": start,
            "last_gap": end,
            "change": change,
            "verdict": verdict,
            "reason": None,
        }
    )


def _sources(series: SeriesSet, ids: Iterable[str]) -> list[SourceOut]:
    out: list[SourceOut] = []
    for ref in dict.fromkeys(ids):
        source = series.sources.get(ref)
        if source is not None:
            out.append(SourceOut(title=source.title, url=source.url))
    return out


def indicator_monitor(series: SeriesSet, indicator_id: str) -> IndicatorMonitor:
    """The monitor of one indicator of a data set."""
    indicator = series.indicators[indicator_id]
    by_group: dict[tuple[str, str], list[Observation]] = {}
    for obs in series.observations:
        if obs.indicator == indicator_id:
            by_group.setdefault((obs.group_kind, obs.group), []).append(obs)
    groups: list[GroupSeries] = []
    gaps: list[KindGap] = []
    for kind in GROUP_KINDS:
        spec = series.groups.get(kind)
        known = list(spec.groups) if spec else []
        keys = sorted((k for k in by_group if k[0] == kind), key=lambda k: _rank(known, k[1]))
        of_kind = [
            group_series(by_group[k], indicator.better, series.group_label(*k)) for k in keys
        ]
        groups += of_kind
        label = spec.label if spec else Text(nl=kind, en=kind)
        gap = kind_gap(of_kind, indicator.better, label) if kind != "total" else None
        if gap is not None:
            gaps.append(gap)
    cited = [
        *indicator.sources,
        *(ref for obs in by_group.values() for o in obs for ref in o.sources),
    ]
    return IndicatorMonitor(
        id=indicator_id,
        label=indicator.label,
        definition=indicator.definition,
        unit=indicator.unit,
        better=indicator.better,
        capitals=list(indicator.capitals),
        note=indicator.note,
        sources=_sources(series, cited),
        groups=groups,
        gaps=gaps,
    )


def _rank(known: list[str], group: str) -> tuple[int, str]:
    return (known.index(group), group) if group in known else (len(known), group)


def monitor(series: SeriesSet, indicators: Sequence[str] | None = None) -> Monitor:
    """Trends and gaps of ``indicators`` (default: every indicator with a value)."""
    with_data = dict.fromkeys(o.indicator for o in series.observations)
    chosen = (
        list(indicators)
        if indicators is not None
        else [i for i in series.indicators if i in with_data]
    )
    unknown = [i for i in chosen if i not in series.indicators]
    if unknown:
        raise KeyError(unknown[0])
    capitals = {
        c: [i for i, ind in series.indicators.items() if c in ind.capitals] for c in CAPITALS
    }
    return Monitor(
        dataset=DatasetRef(id=series.id, version=series.version, title=series.title),
        indicators=[indicator_monitor(series, i) for i in chosen],
        capitals=capitals,
    )
