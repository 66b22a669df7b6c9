"""An inline SVG chart of a design sweep: cost against gains to the lowest classes.

Every design is a point: across its cost (or its doenbaarheid when no cost is known),
up its gains to the lowest classes (or its doenbaarheid when those are unknown); the
point's size is its doenbaarheid. Non-dominated designs are filled and numbered, the
others hollow and grey. A title, labelled axes with their units and a legend above the
plot; the SVG's accessible name says what is plotted.
"""

from __future__ import annotations

from html import escape

from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import sweep as S
from beleidskompas.model.sweep import Sweep, SweepRow
from beleidskompas.report.charts.change import nice_ticks
from beleidskompas.report.charts.svg import BLUE, GREY, shorten

LEFT, PLOT_W, RIGHT = 90, 480, 30
TOP, PLOT_H, BOTTOM = 70, 300, 50
R_MIN, R_SPAN = 3.0, 5.0
"""Point radius: R_MIN at doenbaarheid 0, R_MIN + R_SPAN at 100 (pixels)."""
LABELLED = 30
"""Number at most this many non-dominated points (more would overlap)."""
SCORE_MAX = 100.0
MILLION = 1e6


def axes(result: Sweep) -> tuple[str, str]:
    """The figures across and up."""
    names = [o.figure for o in result.objectives]
    cost = next((n for n in names if n in ("budget_eur_per_year", "cost_per_deficit_point")), None)
    across = cost or "doenbaarheid"
    up = "gains_bottom" if "gains_bottom" in names else "doenbaarheid"
    return across, up


def _value(row: SweepRow, figure: str) -> float:
    value = getattr(row.figures, figure)
    return float(value) if value is not None else 0.0


def _scale(values: list[float]) -> tuple[list[float], float, float]:
    low, high = min(values), max(values)
    if high - low <= 0:
        pad = abs(high) or 1.0
        low, high = low - pad, high + pad
    ticks = nice_ticks(low, high)
    return ticks, ticks[0], ticks[-1]


def _tick(value: float, figure: str, lang: Lang) -> str:
    if figure == "budget_eur_per_year":
        return num(value / MILLION, lang, 0)
    if figure == "gains_bottom":
        return num(value, lang, 4)
    return num(value, lang, 0 if float(value).is_integer() else 2)


def _label(figure: str, lang: Lang) -> str:
    return S.AXES[figure].get(lang)


def _axis_parts(
    ticks_x: list[float], ticks_y: list[float], across: str, up: str, lang: Lang
) -> list[str]:
    bottom = TOP + PLOT_H
    parts = [
        f'<line x1="{LEFT}" y1="{bottom}" x2="{LEFT + PLOT_W}" y2="{bottom}" stroke="{GREY}"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="{GREY}"/>',
    ]
    x0, x1 = ticks_x[0], ticks_x[-1]
    for t in ticks_x:
        x = LEFT + (t - x0) / (x1 - x0) * PLOT_W
        parts += [
            f'<line x1="{x:.1f}" y1="{bottom}" x2="{x:.1f}" y2="{bottom + 4}" stroke="{GREY}"/>',
            f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle">'
            f"{escape(_tick(t, across, lang))}</text>",
        ]
    y0, y1 = ticks_y[0], ticks_y[-1]
    for t in ticks_y:
        y = bottom - (t - y0) / (y1 - y0) * PLOT_H
        parts += [
            f'<line x1="{LEFT - 4}" y1="{y:.1f}" x2="{LEFT}" y2="{y:.1f}" stroke="{GREY}"/>',
            f'<text x="{LEFT - 7}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(_tick(t, up, lang))}</text>",
        ]
    parts += [
        f'<text x="{LEFT + PLOT_W / 2}" y="{bottom + 38}" text-anchor="middle">'
        f"{escape(_label(across, lang))}</text>",
        f'<text x="12" y="{TOP + PLOT_H / 2}" text-anchor="middle" '
        f'transform="rotate(-90 12 {TOP + PLOT_H / 2})">{escape(_label(up, lang))}</text>',
    ]
    return parts


def _legend(lang: Lang) -> list[str]:
    y = TOP - 16
    x = LEFT
    return [
        f'<circle cx="{x + 5}" cy="{y - 4}" r="5" fill="{BLUE}"/>',
        f'<text x="{x + 14}" y="{y}">{escape(S.CHART_FRONT.get(lang))}</text>',
        f'<circle cx="{x + 165}" cy="{y - 4}" r="5" fill="none" stroke="{GREY}"/>',
        f'<text x="{x + 174}" y="{y}">{escape(S.CHART_OTHER.get(lang))}</text>',
        f'<text x="{x + 300}" y="{y}">{escape(S.CHART_SIZE.get(lang))}</text>',
    ]


def sweep_svg(result: Sweep, lang: Lang) -> str:
    """The trade-off chart of a sweep (dominated designs first, so the front is on top)."""
    across, up = axes(result)
    rows = sorted(result.rows, key=lambda r: r.non_dominated)
    ticks_x, x0, x1 = _scale([_value(r, across) for r in rows])
    ticks_y, y0, y1 = _scale([_value(r, up) for r in rows])
    width, height = LEFT + PLOT_W + RIGHT, TOP + PLOT_H + BOTTOM
    title = S.CHART_TITLE.get(
        lang, title=result.proposal.title, x=_label(across, lang), y=_label(up, lang)
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="8" y="16" font-weight="bold">{escape(S.CHART_HEADING.get(lang))}</text>',
        f'<text x="8" y="32">{escape(shorten(result.proposal.title, width - 16))}</text>',
        *_legend(lang),
        *_axis_parts(ticks_x, ticks_y, across, up, lang),
    ]
    front = [r for r in rows if r.non_dominated]
    labels: dict[tuple[float, float], list[str]] = {}
    for row in rows:
        x = LEFT + (_value(row, across) - x0) / (x1 - x0) * PLOT_W
        y = TOP + PLOT_H - (_value(row, up) - y0) / (y1 - y0) * PLOT_H
        score = row.figures.doenbaarheid or 0.0
        radius = R_MIN + R_SPAN * score / SCORE_MAX
        style = (
            f'fill="{BLUE}" fill-opacity="0.85"'
            if row.non_dominated
            else f'fill="none" stroke="{GREY}"'
        )
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" {style}>'
            f"<title>#{row.index}</title></circle>"
        )
        if row.non_dominated and len(front) <= LABELLED:
            labels.setdefault((round(x + R_MIN + R_SPAN), round(y - R_MIN)), []).append(
                str(row.index)
            )
    for (x, y), names in labels.items():  # designs drawn on the same spot share one label
        parts.append(f'<text x="{x}" y="{y}" font-size="10">{escape(", ".join(names))}</text>')
    parts.append("</svg>")
    return "".join(parts)
