"""The monitor report (``beleidskompas monitor``): trends per group and gaps per indicator."""

from __future__ import annotations

from typing import Any

from beleidskompas.analysis.monitor import GroupSeries, IndicatorMonitor, Monitor
from beleidskompas.i18n import Lang, euro, num
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import monitor as MO
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.series import period_span
from beleidskompas.report.document import (
    Block,
    Bullets,
    Chart,
    Document,
    Heading,
    Links,
    Para,
    Table,
)


def digits(value: float) -> int:
    """As many decimals as the value has, up to two (published figures: 0 or 1)."""
    for places in (0, 1):
        if round(value, places) == value:
            return places
    return 2


def value_text(value: float | None, unit: str, lang: Lang) -> str:
    """A value in its unit: ``7,1 %``, ``8,1``, ``€ 1.200``; ``—`` when absent."""
    if value is None:
        return "—"
    if unit == "eur":
        return euro(value, lang)
    text = num(value, lang, digits(value))
    return f"{text}\u00a0%" if unit == "percent" else text


def change_text(change: float | None, unit: str, lang: Lang, places: int = 1) -> str:
    """A change with its sign and unit: ``−2,3 %-punt`` / ``−2.3 pp``."""
    if change is None:
        return "—"
    text = num(change, lang, places)
    if change > 0:
        text = "+" + text
    return MO.CHANGE_UNITS[unit].get(lang, x=text.replace("-", "−"))


def gap_text(gap: float | None, unit: str, lang: Lang) -> str:
    """A gap in the indicator's unit of difference (percentage points for percentages)."""
    if gap is None:
        return "—"
    return MO.CHANGE_UNITS[unit].get(lang, x=num(gap, lang, digits(round(gap, 2))))


def _point(period: str | None, value: float | None, unit: str, lang: Lang) -> str:
    if period is None:
        return "—"
    return MO.POINT.get(lang, period=period, value=value_text(value, unit, lang))


def _span(ind: IndicatorMonitor) -> str:
    years = [y for g in ind.groups for p in g.points for y in period_span(p.period)]
    if not years:
        return "—"
    first, last = min(years), max(years)
    return str(first) if first == last else f"{first}–{last}"


def _years(years: list[int]) -> str:
    """Years as ranges: 2012–2022, 2024."""
    parts: list[str] = []
    start = prev = None
    for year in [*years, None]:
        if year is not None and prev is not None and year == prev + 1:
            prev = year
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = year
    return ", ".join(parts)


def _group_table(ind: IndicatorMonitor, lang: Lang) -> Table:
    rows = []
    for g in ind.groups:
        if g.verdict is not None:
            shown = pick(MO.VERDICTS, g.verdict, lang)
        elif g.direction is not None:
            shown = pick(MO.MOVEMENTS, g.direction, lang)
        else:
            shown = "—"
        trend = g.change is not None
        rows.append(
            [
                g.label.get(lang),
                _point(g.first_period, g.first, ind.unit, lang),
                _point(g.last_period, g.last, ind.unit, lang) if trend else "—",
                change_text(g.change, ind.unit, lang),
                change_text(g.slope_per_year, ind.unit, lang, 2) if trend else "—",
                shown,
            ]
        )
    return Table(
        headers=[
            MO.GROUP.get(lang),
            MO.FIRST.get(lang),
            MO.LAST.get(lang),
            MO.CHANGE.get(lang),
            MO.PER_YEAR.get(lang),
            MO.DIRECTION.get(lang),
        ],
        rows=rows,
        wrap=[26, 18, 18, 14, 14, 9],
        numeric=[False, False, False, True, True, False],
    )


def _gap_lines(ind: IndicatorMonitor, lang: Lang) -> list[str]:
    labels = {g.group: g.label.get(lang) for g in ind.groups}
    out: list[str] = []
    for gap in ind.gaps:
        kind = gap.label.get(lang)
        if gap.verdict is None:
            reason = pick(MO.GAP_REASONS, gap.reason or "", lang)
            out.append(MO.GAP_NO_VERDICT.get(lang, kind=kind, reason=reason))
            continue
        out.append(
            MO.GAP_SUMMARY.get(
                lang,
                kind=kind,
                verdict=pick(MO.GAP_VERDICTS, gap.verdict, lang),
                first=gap_text(gap.first_gap, ind.unit, lang),
                first_period=gap.first_period,
                last=gap_text(gap.last_gap, ind.unit, lang),
                last_period=gap.last_period,
                groups=", ".join(labels.get(g, g) for g in gap.compared),
            )
        )
    return out


def _gap_table(ind: IndicatorMonitor, lang: Lang) -> Table:
    labels = {g.group: g.label.get(lang) for g in ind.groups}
    rows = [
        [
            gap.label.get(lang),
            p.period,
            f"{labels.get(p.best, p.best)} ({value_text(p.best_value, ind.unit, lang)})",
            f"{labels.get(p.worst, p.worst)} ({value_text(p.worst_value, ind.unit, lang)})",
            gap_text(p.gap, ind.unit, lang),
        ]
        for gap in ind.gaps
        for p in gap.points
    ]
    return Table(
        headers=[
            MO.GAP_KIND.get(lang),
            MO.PERIOD.get(lang),
            MO.BEST.get(lang),
            MO.WORST.get(lang),
            MO.GAP.get(lang),
        ],
        rows=rows,
        wrap=[18, 9, 28, 28, None],
        numeric=[False, False, False, False, True],
    )


def _notes(g: GroupSeries, unit: str, lang: Lang) -> list[str]:
    label = g.label.get(lang)
    out: list[str] = []
    if g.years_without_value:
        out.append(MO.YEARS_MISSING.get(lang, group=label, years=_years(g.years_without_value)))
    if g.mixed_sources:
        out.append(MO.MIXED_SOURCES.get(lang, group=label))
    for p in g.points:
        if p.value is None:
            low, high = value_text(p.low, unit, lang), value_text(p.high, unit, lang)
            out.append(MO.BOUNDS_ONLY.get(lang, group=label, period=p.period, low=low, high=high))
        if p.provenance != "found":
            out.append(
                MO.INFERRED_POINT.get(lang, group=label, period=p.period, provenance=p.provenance)
            )
        if p.provisional:
            out.append(MO.PROVISIONAL_POINT.get(lang, group=label, period=p.period))
    return out


def chart_name(indicator_id: str) -> str:
    """The name of an indicator's chart in the document."""
    return f"indicator-{indicator_id}"


def indicator_blocks(ind: IndicatorMonitor, lang: Lang) -> list[Block]:
    """One indicator as report blocks."""
    capitals = [pick(L.CAPITALS, c, lang) for c in ind.capitals]
    line = MO.DEFINITION_LINE.get(
        lang,
        better=pick(MO.BETTER, ind.better, lang),
        unit=pick(MO.UNITS, ind.unit, lang),
        capitals=", ".join(capitals) if capitals else MO.NO_CAPITAL.get(lang),
    )
    blocks: list[Block] = [
        Heading(2, f"{ind.label.get(lang)} ({ind.id})"),
        Para(f"{ind.definition.get(lang)} {line}"),
        Chart(chart_name(ind.id)),
        _group_table(ind, lang),
    ]
    if ind.better == "none":
        blocks.append(Para(MO.NO_GAP.get(lang)))
    elif ind.gaps:
        blocks += [
            Heading(3, MO.GAPS.get(lang)),
            _gap_table(ind, lang),
            Bullets(_gap_lines(ind, lang)),
        ]
    notes = [n for g in ind.groups for n in _notes(g, ind.unit, lang)]
    if notes:
        blocks += [Heading(3, MO.NOTES.get(lang)), Bullets(notes)]
    blocks += [Heading(3, R.SOURCES.get(lang)), Links(ind.sources)]
    return blocks


def _overview(m: Monitor, lang: Lang) -> Table:
    return Table(
        headers=[
            "id",
            MO.INDICATOR.get(lang),
            MO.PERIODS.get(lang),
            MO.GROUPS.get(lang),
            MO.VALUES.get(lang),
        ],
        rows=[
            [
                ind.id,
                ind.label.get(lang),
                _span(ind),
                str(len(ind.groups)),
                str(sum(len(g.points) for g in ind.groups)),
            ]
            for ind in m.indicators
        ],
        wrap=[32, 30, 9, 7, 7],
        numeric=[False, False, False, True, True],
    )


def monitor_blocks(m: Monitor, lang: Lang) -> list[Block]:
    """The monitor as report blocks."""
    values = sum(len(g.points) for ind in m.indicators for g in ind.groups)
    years = [
        y
        for ind in m.indicators
        for g in ind.groups
        for p in g.points
        for y in period_span(p.period)
    ]
    missing = [pick(L.CAPITALS, c, lang) for c, ids in m.capitals.items() if not ids]
    entry = MO.MONITOR_LEAD_ONE if len(m.indicators) == 1 else MO.MONITOR_LEAD
    lead = entry.get(
        lang,
        indicators=len(m.indicators),
        dataset=m.dataset.title,
        version=m.dataset.version,
        values=values,
        first=min(years) if years else "—",
        last=max(years) if years else "—",
        missing=", ".join(missing) if missing else MO.NOTHING.get(lang),
    )
    blocks: list[Block] = [
        Heading(1, MO.MONITOR.get(lang)),
        Para(lead, lead=True),
        Para(MO.MONITOR_NOTE.get(lang)),
        Heading(2, MO.OVERVIEW.get(lang)),
        _overview(m, lang),
    ]
    for ind in m.indicators:
        blocks += indicator_blocks(ind, lang)
    return blocks


def point_rows(m: Monitor) -> list[dict[str, Any]]:
    """Every value in the series-file layout (CSV ``points``: it reads back as a series)."""
    return [
        {
            "indicator": ind.id,
            "group_kind": g.kind,
            "group": g.group,
            "period": p.period,
            "value": p.value,
            "low": p.low,
            "high": p.high,
            "sources": ";".join(p.sources),
            "provenance": p.provenance,
            "provisional": "true" if p.provisional else "",
            "note": p.note,
        }
        for ind in m.indicators
        for g in ind.groups
        for p in g.points
    ]


def trend_rows(m: Monitor, lang: Lang) -> list[dict[str, Any]]:
    """One row per indicator and group: first, last, change, slope, direction (CSV)."""
    return [
        {
            "indicator": ind.id,
            "group_kind": g.kind,
            "group": g.group,
            "label": g.label.get(lang),
            "first_period": g.first_period,
            "first": g.first,
            "last_period": g.last_period if g.change is not None else None,
            "last": g.last if g.change is not None else None,
            "change": g.change,
            "slope_per_year": g.slope_per_year,
            "direction": g.direction,
            "verdict": g.verdict,
            "mixed_sources": g.mixed_sources,
            "years_without_value": " ".join(str(y) for y in g.years_without_value),
        }
        for ind in m.indicators
        for g in ind.groups
    ]


def gap_rows(m: Monitor) -> list[dict[str, Any]]:
    """One row per indicator, group kind and period: best, worst and gap (CSV)."""
    return [
        {
            "indicator": ind.id,
            "group_kind": gap.kind,
            "period": p.period,
            "best": p.best,
            "best_value": p.best_value,
            "worst": p.worst,
            "worst_value": p.worst_value,
            "gap": p.gap,
            "groups": " ".join(p.groups),
        }
        for ind in m.indicators
        for gap in ind.gaps
        for p in gap.points
    ]


def gap_trend_rows(m: Monitor) -> list[dict[str, Any]]:
    """One row per indicator and group kind: does the gap narrow (CSV)."""
    return [
        {
            "indicator": ind.id,
            "group_kind": gap.kind,
            "compared": " ".join(gap.compared),
            "first_period": gap.first_period,
            "first_gap": gap.first_gap,
            "last_period": gap.last_period,
            "last_gap": gap.last_gap,
            "change": gap.change,
            "verdict": gap.verdict,
            "reason": gap.reason,
        }
        for ind in m.indicators
        for gap in ind.gaps
    ]


def build_monitor(m: Monitor, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of a monitor."""
    from beleidskompas.report.charts.series import series_svg

    return Document(
        title=MO.MONITOR.get(lang),
        lang=lang,
        blocks=monitor_blocks(m, lang),
        data={"lang": lang, **m.model_dump(mode="json", context={"lang": lang})},
        tables={
            "points": point_rows(m),
            "trends": trend_rows(m, lang),
            "gaps": gap_rows(m),
            "gap_trends": gap_trend_rows(m),
        },
        charts={chart_name(ind.id): series_svg(ind, lang) for ind in m.indicators},
    )
