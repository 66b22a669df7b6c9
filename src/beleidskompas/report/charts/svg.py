"""An inline SVG chart of the class impact: the deficit each class loses, in points.

A title, a labelled axis with its unit, a zero line, the value at every bar and (when the
effects carry a range) the interval as a whisker; the legend sits above the plot, clear of
the bars.
"""

from __future__ import annotations

from html import escape

from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import memo as MM
from beleidskompas.model.results import Assessment
from beleidskompas.report.charts.change import Bar, bars, domain, nice_ticks

BLUE = "#154273"
"""Lintblauw of the Rijksoverheid palette (docs/methodology.md, Reports)."""
GREY = "#696969"
LABEL_W, PLOT_W, RIGHT = 230, 440, 70
ROW_H, BAR_H = 26, 14
TITLE_H, LEGEND_H, AXIS_H = 40, 22, 46
CHAR_W = 7.5
"""A generous width of one character at the chart's 12 px (to shorten what would not fit)."""


def shorten(text: str, width: float) -> str:
    """A line that fits ``width`` pixels (the full title is the SVG's accessible name)."""
    limit = int(width / CHAR_W)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _legend(y: float, ranged: bool, lang: Lang) -> list[str]:
    x = LABEL_W
    parts = [
        f'<rect x="{x}" y="{y - 10}" width="12" height="10" fill="{BLUE}"/>',
        f'<text x="{x + 18}" y="{y}" class="legend">{escape(MM.CHART_BAR.get(lang))}</text>',
    ]
    if ranged:
        x += 200
        parts += [
            f'<line x1="{x}" y1="{y - 5}" x2="{x + 14}" y2="{y - 5}" stroke="{GREY}" '
            'stroke-width="1.5"/>',
            f'<text x="{x + 20}" y="{y}" class="legend">{escape(MM.CHART_RANGE.get(lang))}</text>',
        ]
    return parts


def _row(i: int, bar: Bar, top: float, scale: float, zero: float, lang: Lang) -> list[str]:
    y = top + i * ROW_H
    start, end = sorted((zero, zero + bar.removed * scale))
    parts = [
        f'<text x="{LABEL_W - 8}" y="{y + 15}" text-anchor="end">{escape(bar.label)}</text>',
        f'<rect x="{start:.1f}" y="{y + 4}" width="{end - start:.1f}" height="{BAR_H}" '
        f'fill="{BLUE}"/>',
    ]
    outer = end
    if bar.low is not None and bar.high is not None:
        low, high = zero + bar.low * scale, zero + bar.high * scale
        mid = y + 4 + BAR_H / 2
        parts.append(
            f'<line x1="{low:.1f}" y1="{mid}" x2="{high:.1f}" y2="{mid}" stroke="{GREY}" '
            'stroke-width="1.5"/>'
        )
        outer = max(outer, high)
    parts.append(
        f'<text x="{outer + 5:.1f}" y="{y + 15}">{escape(num(bar.removed, lang, 2))}</text>'
    )
    return parts


def _axis(ticks: list[float], y: float, scale: float, zero: float, lang: Lang) -> list[str]:
    parts = [
        f'<line x1="{LABEL_W}" y1="{y}" x2="{LABEL_W + PLOT_W}" y2="{y}" stroke="{GREY}"/>',
    ]
    digits = 0 if all(float(t).is_integer() for t in ticks) else 2
    for tick in ticks:
        x = zero + tick * scale
        parts += [
            f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + 4}" stroke="{GREY}"/>',
            f'<text x="{x:.1f}" y="{y + 16}" text-anchor="middle">'
            f"{escape(num(tick, lang, digits))}</text>",
        ]
    label = escape(MM.CHART_AXIS.get(lang))
    parts.append(
        f'<text x="{LABEL_W + PLOT_W / 2}" y="{y + 36}" text-anchor="middle">{label}</text>'
    )
    return parts


def class_impact_svg(assessment: Assessment, lang: Lang) -> str:
    """Horizontal bars per class: the accumulated deficit the measure removes, in points."""
    impact = assessment.class_impact
    if impact is None:
        return ""
    values = bars(impact, lang)
    ticks = nice_ticks(*domain(values))
    low, high = ticks[0], ticks[-1]
    scale = PLOT_W / (high - low)
    zero = LABEL_W - low * scale
    ranged = any(b.low is not None for b in values)
    top = TITLE_H + LEGEND_H
    plot_bottom = top + ROW_H * len(values)
    width = LABEL_W + PLOT_W + RIGHT
    height = plot_bottom + AXIS_H
    title = MM.CHART_TITLE.get(lang, title=assessment.proposal.title)
    heading = MM.CHART_HEADING.get(lang)
    subtitle = shorten(assessment.proposal.title, width - 16)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="8" y="16" font-weight="bold">{escape(heading)}</text>',
        f'<text x="8" y="32">{escape(subtitle)}</text>',
        *_legend(TITLE_H + 14, ranged, lang),
        f'<line x1="{zero:.1f}" y1="{top}" x2="{zero:.1f}" y2="{plot_bottom}" stroke="{GREY}"/>',
    ]
    for i, bar in enumerate(values):
        parts += _row(i, bar, top, scale, zero, lang)
    parts += _axis(ticks, plot_bottom + 2, scale, zero, lang)
    parts.append("</svg>")
    return "".join(parts)
