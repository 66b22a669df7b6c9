"""Doenvermogen against the status quo: the change in burden and the MvT's four levels.

The memorie van toelichting of the Belastingplan judges each measure relative to the
current situation (MvT Belastingplan 2023 §8, 2026 §10):

1. no change, or not relevant;
2. a smaller call on doenvermogen;
3. a larger call, no point of concern;
4. a larger call with a point of concern — a fuller doenvermogenscan is needed.

Here: ``ΔB = B(proposal) − B(baseline)`` over the WRR capacities, with ``B(baseline) = 0``
when the proposal names no baseline (the comparison is then with asking nothing). Level 1
while ``|ΔB| < scoring.doenvermogen.mvt_no_change_below``; 2 when it falls; 3 or 4 when it
rises. A rise is a point of concern when it adds a major or blocking finding, falls during a
life event, introduces financial stress (an advance to settle later, or fines, repayments
or loss of benefit that today's scheme does not have), or lands on a vulnerable group (at
least ``mvt_vulnerable_share`` of the people reached in the lowest classes).
"""

from __future__ import annotations

from collections.abc import Sequence

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import oordeel as V
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import BurdenChange, DoenvermogenResult, MvtLevel
from beleidskompas.scoring.trace import Tracer

SECTION = "doenvermogen"
UNCHANGED: MvtLevel = 1
SMALLER: MvtLevel = 2
LARGER: MvtLevel = 3
CONCERN: MvtLevel = 4
STRESS_SANCTIONS = ("repayment", "fine", "loss_of_benefit")


def _fired(result: DoenvermogenResult | None) -> dict[str, str]:
    if result is None:
        return {}
    return {f.rule: f.severity for f in result.findings if f.severity != "info"}


def financial_stress(proposal: Proposal, baseline: Proposal | None) -> bool:
    """Whether the proposal brings an advance to settle later or sanctions today's scheme
    (or nothing) does not have."""

    def stress(p: Proposal | None) -> set[str]:
        if p is None:
            return set()
        kinds: set[str] = {s.kind for s in p.delivery.sanctions or [] if s.kind in STRESS_SANCTIONS}
        if p.delivery.payment == "advance_with_reconciliation":
            kinds.add("advance")
        return kinds

    return bool(stress(proposal) - stress(baseline))


def concerns(
    proposal: Proposal,
    baseline: Proposal | None,
    added: Sequence[tuple[str, str]],
    multiplier: float,
    bottom_share: float | None,
    vulnerable: float,
) -> list[Text]:
    """The points of concern of a larger call on doenvermogen."""
    out: list[Text] = []
    heavy = [rule for rule, severity in added if severity in ("major", "blocker")]
    if heavy:
        out.append(V.CONCERN_HEAVY.text(rules=", ".join(heavy)))
    if multiplier > 1:
        out.append(V.CONCERN_LIFE_EVENT.text())
    if financial_stress(proposal, baseline):
        out.append(V.CONCERN_STRESS.text())
    if bottom_share is not None and bottom_share >= vulnerable:
        out.append(V.CONCERN_VULNERABLE.text(share=bottom_share))
    return out


def _join(parts: Sequence[Text], sep: str = " ") -> Text:
    return Text(nl=sep.join(p.nl for p in parts), en=sep.join(p.en for p in parts))


def mvt_judgement(
    tracer: Tracer,
    proposal: Proposal,
    result: DoenvermogenResult,
    baseline: Proposal | None,
    baseline_result: DoenvermogenResult | None,
    multiplier: float,
    bottom_share: float | None,
) -> tuple[BurdenChange, MvtLevel, Text]:
    """The change in burden from the baseline (or from nothing), the level and its motivation."""
    before = baseline_result.capacities if baseline_result is not None else {}
    delta = {c: v - before.get(c, 0.0) for c, v in result.capacities.items()}
    total_before = sum(before.values())
    total_after = sum(result.capacities.values())
    fired, was = _fired(result), _fired(baseline_result)
    added = sorted((r, s) for r, s in fired.items() if r not in was)
    removed = sorted(r for r in was if r not in fired)
    change = BurdenChange(
        capacities=delta,
        total=total_after - total_before,
        total_before=total_before,
        total_after=total_after,
        score_before=baseline_result.score if baseline_result is not None else None,
        added=[r for r, _ in added],
        removed=removed,
    )
    fig = tracer.figure(SECTION, "mvt_oordeel")
    no_change = fig.param("scoring.doenvermogen.mvt_no_change_below")
    vulnerable = fig.param("scoring.doenvermogen.mvt_vulnerable_share")
    points: list[Text] = []
    level: MvtLevel
    if abs(change.total) < no_change:
        level = UNCHANGED
    elif change.total < 0:
        level = SMALLER
    else:
        points = concerns(proposal, baseline, added, multiplier, bottom_share, vulnerable)
        level = CONCERN if points else LARGER
    fig.done(
        level,
        "|ΔB| < ε → 1; ΔB < 0 → 2; ΔB > 0 → 4 with a point of concern, else 3",
        delta=change.total,
        epsilon=no_change,
        concerns=len(points),
    )
    against = V.AGAINST_BASELINE if baseline is not None else V.AGAINST_NOTHING
    parts = [
        V.LEVEL[level].text(),
        against.text(before=total_before, after=total_after, delta=change.total),
    ]
    if baseline is not None and (added or removed):
        parts.append(
            V.RULES_CHANGED.text(
                added=", ".join(r for r, _ in added) or "—", removed=", ".join(removed) or "—"
            )
        )
    if points:
        parts.append(V.CONCERNS.text(points=_join(points, "; ")))
        parts.append(V.FULLER_SCAN.text())
    return change, level, _join(parts)
