"""What the class chart shows: the deficit each class loses, in points, with its interval.

Both drawings (the inline SVG of the HTML report and the matplotlib picture of ``--plot``
and the Word document) use these numbers, so they always agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from beleidskompas.i18n import Lang
from beleidskompas.model.results import ClassImpactResult

POINTS = 100.0
"""Points per unit of the 0–1 capital scale (one point is 0.01), as in the summary."""
NICE_STEPS = (1.0, 2.0, 5.0, 10.0)
TICKS_WANTED = 4


@dataclass(frozen=True)
class Bar:
    """One class: deficit removed (points) and, when effects carry a range, its bounds."""

    label: str
    removed: float
    low: float | None = None
    high: float | None = None


def bars(impact: ClassImpactResult, lang: Lang) -> list[Bar]:
    """Deficit removed per class, before minus after, in points (negative: it grows)."""
    out: list[Bar] = []
    for cls in impact.classes:
        removed = (cls.deficit_before - cls.deficit_after) * POINTS
        bounds = cls.intervals.get("deficit_after")
        if bounds is None:
            out.append(Bar(cls.label.get(lang), removed))
            continue
        low_after, high_after = bounds
        out.append(
            Bar(
                cls.label.get(lang),
                removed,
                low=(cls.deficit_before - high_after) * POINTS,
                high=(cls.deficit_before - low_after) * POINTS,
            )
        )
    return out


def domain(values: list[Bar]) -> tuple[float, float]:
    """The axis range: zero and every bar and bound inside it."""
    points = [0.0]
    for bar in values:
        points += [bar.removed, *(v for v in (bar.low, bar.high) if v is not None)]
    low, high = min(points), max(points)
    if high - low <= 0:
        return 0.0, 1.0
    return low, high


def nice_ticks(low: float, high: float) -> list[float]:
    """Round tick values covering [low, high], about four of them, zero among them."""
    span = high - low
    raw = span / TICKS_WANTED
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in NICE_STEPS if s * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks: list[float] = []
    value = start
    while value <= high + step * 1e-9:
        ticks.append(round(value / step) * step)
        value += step
    if ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks
