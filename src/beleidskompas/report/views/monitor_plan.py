"""The monitoring-plan report (``beleidskompas monitor --plan``)."""

from __future__ import annotations

from typing import Any

from beleidskompas.analysis.monitor_plan import GroupCheck, MonitoringPlan, TargetCheck
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import monitor as MO
from beleidskompas.i18n.entry import pick
from beleidskompas.report.document import Block, Bullets, Document, Heading, Para, Table
from beleidskompas.report.views.monitor import value_text


def _ids(ids: list[str], lang: Lang) -> str:
    return ", ".join(ids) if ids else MO.NOTHING.get(lang)


def _capitals(plan: MonitoringPlan, lang: Lang) -> list[Block]:
    table = Table(
        headers=[
            MO.CAPITAL.get(lang),
            MO.MEASURES.get(lang),
            MO.PLANNED.get(lang),
            MO.AVAILABLE.get(lang),
            MO.STATUS.get(lang),
        ],
        rows=[
            [
                pick(L.CAPITALS, c.capital, lang),
                str(len(c.measures)),
                str(len(c.planned)),
                str(len(c.available)),
                pick(MO.COVERAGE, c.status, lang),
            ]
            for c in plan.capitals
        ],
        numeric=[False, True, True, True, False],
    )
    items = [
        MO.CAPITAL_ITEM.get(
            lang,
            capital=pick(L.CAPITALS, c.capital, lang),
            planned=_ids(c.planned, lang),
            available=_ids(c.available, lang),
        )
        for c in plan.capitals
    ]
    return [table, Bullets(items)]


def _classes(plan: MonitoringPlan, lang: Lang) -> list[Block]:
    table = Table(
        headers=[
            MO.CLASS.get(lang),
            MO.MEASURES.get(lang),
            MO.PLANNED.get(lang),
            MO.AVAILABLE.get(lang),
            MO.ONE_PERIOD.get(lang),
            MO.STATUS.get(lang),
        ],
        rows=[
            [
                c.label.get(lang),
                str(len(c.measures)),
                str(len(c.planned)),
                str(len(c.available)),
                str(len(c.one_period)),
                pick(MO.COVERAGE, c.status, lang),
            ]
            for c in plan.classes
        ],
        wrap=[24, None, None, None, None, None],
        numeric=[False, True, True, True, True, False],
    )
    items = [
        MO.CLASS_ITEM.get(
            lang,
            cls=c.label.get(lang),
            available=_ids(c.available, lang),
            one_period=_ids(c.one_period, lang),
        )
        for c in plan.classes
    ]
    return [table, Bullets(items)]


def _kinds(plan: MonitoringPlan, lang: Lang) -> Table:
    return Table(
        headers=[MO.GAP_KIND.get(lang), MO.PLANNED.get(lang), MO.AVAILABLE.get(lang)],
        rows=[
            [k.label.get(lang), _ids(k.planned, lang), _ids(k.available, lang)]
            for k in plan.group_kinds
        ],
        wrap=[20, 36, 38],
    )


def _check(check: GroupCheck, unit: str, lang: Lang) -> str:
    parts = [check.label.get(lang)]
    if check.before_period is not None:
        before = f"{check.before_period}: {value_text(check.before, unit, lang)}"
        after = (
            f"{check.after_period}: {value_text(check.after, unit, lang)}"
            if check.after_period is not None
            else "…"
        )
        parts.append(f"{before} → {after}")
    parts.append(pick(MO.STATUSES, check.status, lang))
    return " · ".join(parts)


def _target_cell(target: TargetCheck, lang: Lang) -> str:
    since = str(target.since) if target.since is not None else "—"
    expected = pick(MO.MOVEMENTS, target.expected, lang)
    return f"{target.indicator} ({expected}; {MO.SINCE.get(lang).lower()} {since})"


def _targets(plan: MonitoringPlan, units: dict[str, str], lang: Lang) -> Table:
    rows = [
        [
            m.id,
            _target_cell(t, lang),
            "; ".join(_check(c, units.get(t.indicator, ""), lang) for c in t.groups),
        ]
        for m in plan.measures
        for t in m.targets
    ]
    return Table(
        headers=[MO.MEASURE.get(lang), MO.INDICATOR.get(lang), MO.OUTCOME.get(lang)],
        rows=rows,
        as_list=True,
    )


def plan_blocks(plan: MonitoringPlan, lang: Lang, units: dict[str, str]) -> list[Block]:
    """The plan as report blocks."""
    gaps = [
        pick(L.CAPITALS, c.capital, lang)
        for c in plan.capitals
        if c.status in ("plan_gap", "data_gap")
    ]
    with_targets = [m for m in plan.measures if m.targets]
    lead = MO.PLAN_LEAD.get(
        lang,
        measures=len(plan.measures),
        with_targets=len(with_targets),
        targets=sum(len(m.targets) for m in with_targets),
        indicators=len({t.indicator for m in with_targets for t in m.targets}),
        gaps=", ".join(gaps) if gaps else MO.NOTHING.get(lang),
    )
    findings = [
        f"[{pick(L.SEVERITIES, f.severity, lang)}] {f.message.get(lang)}" for f in plan.findings
    ]
    blocks: list[Block] = [
        Heading(1, MO.PLAN.get(lang)),
        Para(lead, lead=True),
        Para(MO.PLAN_CAVEAT.get(lang)),
        Heading(2, MO.FINDINGS.get(lang)),
        Bullets(findings or ["—"]),
        Heading(2, MO.CAPITALS_HEADING.get(lang)),
        *_capitals(plan, lang),
        Heading(2, MO.CLASSES_HEADING.get(lang)),
        *_classes(plan, lang),
        Heading(2, MO.KINDS_HEADING.get(lang)),
        _kinds(plan, lang),
    ]
    if with_targets:
        blocks += [Heading(2, MO.TARGETS_HEADING.get(lang)), _targets(plan, units, lang)]
    if plan.without_indicators:
        blocks += [Heading(2, MO.WITHOUT_HEADING.get(lang)), Bullets(plan.without_indicators)]
    if plan.unused:
        blocks += [Heading(2, MO.UNUSED_HEADING.get(lang)), Bullets(plan.unused)]
    return blocks


def target_rows(plan: MonitoringPlan) -> list[dict[str, Any]]:
    """One row per measure, indicator and group (CSV ``targets``)."""
    return [
        {
            "measure": m.id,
            "indicator": t.indicator,
            "expected": t.expected,
            "expected_is_better": t.expected_is_better,
            "since": t.since,
            "group": c.group,
            "group_kind": c.kind,
            "status": c.status,
            "before_period": c.before_period,
            "before": c.before,
            "after_period": c.after_period,
            "after": c.after,
            "realised": c.realised,
        }
        for m in plan.measures
        for t in m.targets
        for c in t.groups
    ]


def capital_rows(plan: MonitoringPlan) -> list[dict[str, Any]]:
    """One row per capital (CSV ``capitals``)."""
    return [
        {
            "capital": c.capital,
            "measures": len(c.measures),
            "planned": " ".join(c.planned),
            "available": " ".join(c.available),
            "status": c.status,
        }
        for c in plan.capitals
    ]


def class_rows(plan: MonitoringPlan, lang: Lang) -> list[dict[str, Any]]:
    """One row per class (CSV ``classes``)."""
    return [
        {
            "class": c.id,
            "label": c.label.get(lang),
            "measures": len(c.measures),
            "planned": " ".join(c.planned),
            "available": " ".join(c.available),
            "one_period": " ".join(c.one_period),
            "status": c.status,
        }
        for c in plan.classes
    ]


def measure_rows(plan: MonitoringPlan) -> list[dict[str, Any]]:
    """One row per measure (CSV ``measures``)."""
    return [
        {
            "measure": m.id,
            "title": m.title,
            "capitals": " ".join(m.capitals),
            "classes": len(m.classes),
            "targets": len(m.targets),
            "unfollowed_capitals": " ".join(m.unfollowed_capitals),
        }
        for m in plan.measures
    ]


def build_plan(plan: MonitoringPlan, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of a monitoring plan."""
    units: dict[str, str] = {t.indicator: t.unit for m in plan.measures for t in m.targets}
    return Document(
        title=MO.PLAN.get(lang),
        lang=lang,
        blocks=plan_blocks(plan, lang, units),
        data={"lang": lang, **plan.model_dump(mode="json", context={"lang": lang})},
        tables={
            "targets": target_rows(plan),
            "capitals": capital_rows(plan),
            "classes": class_rows(plan, lang),
            "measures": measure_rows(plan),
        },
    )
