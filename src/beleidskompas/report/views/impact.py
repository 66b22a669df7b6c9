"""The class-impact part of an assessment report: classes, intervals, summary figures."""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang, euro, num, pct
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.model.results import Assessment, ClassImpact, ClassImpactResult, Interval
from beleidskompas.report.document import Block, Bullets, Chart, Heading, Para, Table

LABEL_WIDTH = 18


def _classes_table(ci: ClassImpactResult, lang: Lang) -> Table:
    return Table(
        headers=[
            R.CLASS.get(lang),
            R.SHARE.get(lang),
            R.REACH.get(lang),
            R.TAKE_UP.get(lang),
            R.EFFECT.get(lang),
            R.DEFICIT_BEFORE_SHORT.get(lang),
            R.DEFICIT_AFTER_SHORT.get(lang),
            R.STAPELING.get(lang),
        ],
        rows=[
            [
                c.label.get(lang),
                pct(c.share, lang),
                pct(c.reach, lang),
                pct(c.take_up, lang),
                num(sum(c.total.values()), lang, 4),
                num(c.deficit_before, lang, 4),
                num(c.deficit_after, lang, 4),
                f"{c.stapeling_before} → {c.stapeling_after}",
            ]
            for c in ci.classes
        ],
        wrap=[LABEL_WIDTH, None, None, None, None, None, None, None],
        numeric=[False, True, True, True, True, True, True, False],
    )


def _interval_table(classes: list[ClassImpact], lang: Lang) -> list[Block]:
    if not any("deficit_after" in c.intervals for c in classes):
        return []
    interval = R.INTERVAL.get(lang)
    take_up = all("take_up" in c.intervals for c in classes)
    headers = [R.CLASS.get(lang)]
    if take_up:
        headers.append(f"{R.TAKE_UP.get(lang)} ({interval})")
    headers += [f"{R.EFFECT.get(lang)} ({interval})", f"{R.DEFICIT_AFTER.get(lang)} ({interval})"]
    rows = []
    for c in classes:
        row = [c.label.get(lang)]
        if take_up:
            row.append("–".join(pct(c.intervals["take_up"][i], lang) for i in (0, 1)))
        row.append(
            "–".join(
                num(sum(c.intervals[f"total.{cap}"][i] for cap in CAPITALS), lang, 4)
                for i in (0, 1)
            )
        )
        row.append("–".join(num(c.intervals["deficit_after"][i], lang, 4) for i in (0, 1)))
        rows.append(row)
    width = len(headers)
    return [
        Table(
            headers=headers,
            rows=rows,
            wrap=[LABEL_WIDTH + 4] + [None] * (width - 1),
            numeric=[False] + [True] * (width - 1),
        )
    ]


def _bounds(intervals: dict[str, Interval], key: str, lang: Lang, as_pct: bool) -> str:
    if key not in intervals:
        return ""
    low, high = intervals[key]
    if as_pct:
        return f" [{pct(low, lang)}–{pct(high, lang)}]"
    return f" [{num(low, lang, 4)}–{num(high, lang, 4)}]"


def summary_rows(ci: ClassImpactResult, lang: Lang) -> list[list[str]]:
    """The summary figures with their intervals."""
    s = ci.summary
    iv = s.intervals
    rows = [
        [R.SCOPE.get(lang), R.SCOPE_VALUE.get(lang, name=s.scope.name, adults=s.scope.adults)],
        [R.RELATIVE_TO.get(lang), R.RELATIVE[s.relative_to].get(lang)],
        [R.OVERALL_REACH.get(lang), pct(s.reach, lang)],
        [
            R.OVERALL_TAKE_UP.get(lang),
            R.REACHES[s.reaches].get(lang, take_up=s.take_up) + _bounds(iv, "take_up", lang, True),
        ],
        [R.PERSONS_REACHED.get(lang), num(round(s.persons_reached), lang, 0)],
        [
            R.GAINS.get(lang),
            R.FLOW_VALUE.get(lang, points=s.gains.person_points, total=s.gains.total),
        ],
        [
            R.BENEFIT_SHARE_BOTTOM.get(lang),
            f"{pct(s.benefit_share_bottom, lang)} ({R.POPULATION_SHARE_BOTTOM.get(lang)} "
            f"{pct(s.population_share_bottom, lang)})"
            + _bounds(iv, "benefit_share_bottom", lang, True),
        ],
        [
            R.LOSSES.get(lang),
            R.FLOW_VALUE.get(lang, points=s.losses.person_points, total=s.losses.total),
        ],
        [R.LOSS_SHARE_BOTTOM.get(lang), pct(s.losses.share_bottom, lang)],
        [
            R.GAP.get(lang),
            f"{num(s.gap_before, lang, 4)} → {num(s.gap_after, lang, 4)}"
            + _bounds(iv, "gap_after", lang, False),
        ],
        [
            f"{R.ATKINSON.get(lang)} (ε = {num(s.epsilon, lang, 1)})",
            f"{num(s.atkinson_before, lang, 5)} → {num(s.atkinson_after, lang, 5)}"
            + _bounds(iv, "atkinson_after", lang, False),
        ],
        [
            R.DEFICIT_REMOVED.get(lang),
            num(s.deficit_removed, lang, 5) + _bounds(iv, "deficit_removed", lang, False),
        ],
    ]
    if s.cost_per_deficit_point is not None:
        rows.append([R.COST_PER_POINT.get(lang), euro(s.cost_per_deficit_point, lang)])
    return rows


def impact_blocks(ci: ClassImpactResult, lang: Lang) -> list[Block]:
    """The class-impact section of the report."""
    out: list[Block] = [
        Heading(2, R.CLASS_IMPACT.get(lang)),
        _classes_table(ci, lang),
        *_interval_table(ci.classes, lang),
        Chart("class_impact"),
        Table(
            headers=[R.CLASS.get(lang)] + [pick(L.CAPITALS, c, lang) for c in CAPITALS],
            rows=[
                [c.label.get(lang)] + [num(c.total.get(cap, 0.0), lang, 4) for cap in CAPITALS]
                for c in ci.classes
            ],
            numeric=[False, True, True, True, True],
        ),
        Table(
            headers=[R.FIGURE.get(lang), R.VALUE.get(lang)],
            rows=summary_rows(ci, lang),
            wrap=[36, 56],
        ),
    ]
    if ci.assumptions:
        out += [
            Para(R.ASSUMPTIONS.get(lang) + ":", emphasis=True),
            Bullets([a.get(lang) for a in ci.assumptions]),
        ]
    return out


def class_rows(assessment: Assessment, lang: Lang) -> list[dict[str, Any]]:
    """One flat row per class (CSV, DataFrame): numbers unformatted."""
    impact = assessment.class_impact
    if impact is None:
        return []
    rows: list[dict[str, Any]] = []
    for cls in impact.classes:
        row: dict[str, Any] = {
            "proposal": assessment.proposal.id,
            "class": cls.id,
            "label": cls.label.get(lang),
            "share": cls.share,
            "reach": cls.reach,
            "take_up": cls.take_up,
        }
        row.update({f"direct_{c}": v for c, v in cls.direct.items()})
        row.update({f"total_{c}": v for c, v in cls.total.items()})
        row["deficit_before"] = cls.deficit_before
        row["deficit_after"] = cls.deficit_after
        row["stapeling_before"] = cls.stapeling_before
        row["stapeling_after"] = cls.stapeling_after
        row["benefit_share"] = cls.benefit_share
        row["gain"] = cls.gain
        row["loss"] = cls.loss
        row["loss_share"] = cls.loss_share
        row["sanction_probability"] = cls.sanction_probability
        for name, (low, high) in cls.intervals.items():
            column = name.replace(".", "_")
            row[f"{column}_low"] = low
            row[f"{column}_high"] = high
        rows.append(row)
    return rows
