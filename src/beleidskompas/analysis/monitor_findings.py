"""Findings of a monitoring plan: the coherence gaps, measures without indicators, surprises."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import monitor as MO
from beleidskompas.model.base import Frozen

if TYPE_CHECKING:  # pragma: no cover
    from beleidskompas.analysis.monitor_plan import MonitoringPlan

PlanFindingKind = Literal[
    "data_gap", "plan_gap", "classes", "without", "differs", "matches", "unjudged", "kinds", "worse"
]


class PlanFinding(Frozen):
    """A finding about a monitoring plan (``kind`` says which; ``message`` in words)."""

    kind: PlanFindingKind
    severity: Literal["info", "minor", "major"]
    message: Text
    measures: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    classes: list[str] = Field(default_factory=list)
    indicators: list[str] = Field(default_factory=list)


def _capital_findings(plan: MonitoringPlan) -> list[PlanFinding]:
    out: list[PlanFinding] = []
    for row in plan.capitals:
        capital = L.CAPITALS[row.capital]
        if row.status == "data_gap":
            message = MO.F_DATA_GAP.text(count=len(row.measures), capital=capital)
        elif row.status == "plan_gap":
            message = MO.F_PLAN_GAP.text(
                count=len(row.measures), capital=capital, available=", ".join(row.available)
            )
        else:
            continue
        out.append(
            PlanFinding(
                kind=row.status,
                severity="major",
                message=message,
                measures=row.measures,
                capitals=[row.capital],
                indicators=row.available,
            )
        )
    return out


def _class_findings(plan: MonitoringPlan) -> list[PlanFinding]:
    reached = [c for c in plan.classes if c.measures]
    unfollowed = [c for c in reached if c.status != "followed"]
    if not unfollowed:
        return []
    labels = [c.label for c in unfollowed]
    if all(not c.available for c in plan.classes):
        message = MO.F_CLASSES_NO_DATA.text(classes=labels)
    else:
        message = MO.F_CLASSES.text(count=len(unfollowed), total=len(reached), classes=labels)
    return [
        PlanFinding(
            kind="classes", severity="major", message=message, classes=[c.id for c in unfollowed]
        )
    ]


def _target_findings(plan: MonitoringPlan) -> list[PlanFinding]:
    out: list[PlanFinding] = []
    matches = 0
    unjudged: dict[str, int] = {}
    for measure in plan.measures:
        for target in measure.targets:
            if target.expected_is_better is False:
                out.append(
                    PlanFinding(
                        kind="worse",
                        severity="info",
                        message=MO.F_WORSE.text(
                            measure=measure.id,
                            indicator=target.indicator,
                            expected=MO.MOVEMENTS[target.expected],
                        ),
                        measures=[measure.id],
                        indicators=[target.indicator],
                    )
                )
            for check in target.groups:
                if check.status == "matches":
                    matches += 1
                elif check.status == "differs" and check.realised is not None:
                    message = MO.F_DIFFERS.text(
                        measure=measure.id,
                        indicator=target.indicator,
                        group=check.label,
                        expected=MO.MOVEMENTS[target.expected],
                        realised=MO.MOVEMENTS[check.realised],
                        before_period=check.before_period,
                        before=check.before,
                        after_period=check.after_period,
                        after=check.after,
                    )
                    out.append(
                        PlanFinding(
                            kind="differs",
                            severity="minor",
                            message=message,
                            measures=[measure.id],
                            indicators=[target.indicator],
                        )
                    )
                else:
                    unjudged[check.status] = unjudged.get(check.status, 0) + 1
    if matches:
        out.append(
            PlanFinding(kind="matches", severity="info", message=MO.F_MATCHES.text(count=matches))
        )
    if unjudged:
        reasons = [MO.F_REASON.text(count=n, reason=MO.STATUSES[s]) for s, n in unjudged.items()]
        text = MO.F_UNJUDGED.text(count=sum(unjudged.values()), reasons=reasons)
        out.append(PlanFinding(kind="unjudged", severity="info", message=text))
    return out


def plan_findings(plan: MonitoringPlan) -> list[PlanFinding]:
    """The plan's findings, the coherence gaps first."""
    out = _capital_findings(plan) + _class_findings(plan)
    if plan.without_indicators:
        out.append(
            PlanFinding(
                kind="without",
                severity="info",
                message=MO.F_WITHOUT.text(
                    count=len(plan.without_indicators),
                    total=len(plan.measures),
                    measures=", ".join(plan.without_indicators),
                ),
                measures=plan.without_indicators,
            )
        )
    out += _target_findings(plan)
    missing = [k for k in plan.group_kinds if not k.planned]
    if missing and any(m.targets for m in plan.measures):
        kinds = [k.label for k in missing]
        out.append(PlanFinding(kind="kinds", severity="info", message=MO.F_KINDS.text(kinds=kinds)))
    return out
