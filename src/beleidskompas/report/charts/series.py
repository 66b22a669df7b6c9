"""An inline SVG line chart of one indicator: a line per group over the years (HTML report).

A period of several years is drawn as a bar over those years with its point in the middle;
an interval as a vertical whisker; a value the source gives only as bounds as a dashed
whisker without a point. A solid line joins values of consecutive years only; across years
without a value a thin dotted line joins the points, so that no missing year looks measured.
"""

from __future__ import annotations

from html import escape

from beleidskompas.analysis.monitor import GroupSeries, IndicatorMonitor, Point, midpoint
from beleidskompas.i18n import Lang, num
from beleidskompas.model.series import period_span

PALETTE = (
    "#154273",
    "#c0392b",
    "#2e8540",
    "#e17000",
    "#6f4c9b",
    "#0a7ea4",
    "#8b6d00",
    "#5a5a5a",
    "#d6336c",
    "#39870c",
)
WIDTH, PLOT_HEIGHT = 640, 190
LEFT, RIGHT, TOP, AXIS = 56, 16, 12, 26
LEGEND_ROW, LEGEND_COLUMNS = 18, 3
TICKS = 5
MAX_YEAR_LABELS = 8


def _bounds(ind: IndicatorMonitor) -> tuple[float, float, int, int] | None:
    numbers = [
        v for g in ind.groups for p in g.points for v in (p.value, p.low, p.high) if v is not None
    ]
    years = [y for g in ind.groups for p in g.points for y in period_span(p.period)]
    if not numbers or not years:
        return None
    low, high = min(numbers), max(numbers)
    pad = (high - low) * 0.08 or max(abs(high) * 0.05, 1.0)
    first, last = min(years), max(years)
    if first == last:
        first, last = first - 1, last + 1
    return low - pad, high + pad, first, last


def runs(points: list[Point]) -> list[list[Point]]:
    """Points split where years without a value lie between two of them."""
    out: list[list[Point]] = []
    for p in points:
        if out and period_span(p.period)[0] <= period_span(out[-1][-1].period)[1] + 1:
            out[-1].append(p)
        else:
            out.append([p])
    return out


class _Frame:
    """The plot area: years → x and values → y."""

    def __init__(self, low: float, high: float, first: int, last: int) -> None:
        self.low, self.high, self.first, self.last = low, high, first, last
        self.width = WIDTH - LEFT - RIGHT
        self.base = TOP + PLOT_HEIGHT

    def x(self, year: float) -> float:
        return LEFT + (year - self.first) / (self.last - self.first) * self.width

    def y(self, value: float) -> float:
        return TOP + (self.high - value) / (self.high - self.low) * PLOT_HEIGHT

    def axes(self, lang: Lang) -> list[str]:
        parts: list[str] = []
        for i in range(TICKS):
            value = self.low + (self.high - self.low) * i / (TICKS - 1)
            ty = self.y(value)
            parts.append(
                f'<line x1="{LEFT}" y1="{ty:.1f}" x2="{WIDTH - RIGHT}" y2="{ty:.1f}" '
                'stroke="#e5e8eb"/>'
                f'<text x="{LEFT - 6}" y="{ty + 4:.1f}" text-anchor="end">'
                f"{num(value, lang, 1)}</text>"
            )
        step = max(1, -(-(self.last - self.first) // MAX_YEAR_LABELS))
        for year in range(self.first, self.last + 1, step):
            parts.append(
                f'<text x="{self.x(year):.1f}" y="{self.base + 16}" text-anchor="middle">'
                f"{year}</text>"
            )
        parts.append(
            f'<line x1="{LEFT}" y1="{self.base}" x2="{WIDTH - RIGHT}" y2="{self.base}" '
            'stroke="#8c959f"/>'
        )
        return parts

    def group(self, group: GroupSeries, color: str, lang: Lang) -> list[str]:
        parts: list[str] = []
        line = [p for p in group.points if p.value is not None]
        if len(line) > 1:
            parts.append(self.line(line, color, ' stroke-width="1" stroke-dasharray="2,3"'))
        parts += [self.line(run, color, ' stroke-width="2"') for run in runs(line) if len(run) > 1]
        for p in group.points:
            parts += self.point(p, color, group.label.get(lang), lang)
        return parts

    def line(self, points: list[Point], color: str, style: str) -> str:
        coords = " ".join(
            f"{self.x(midpoint(p.period)):.1f},{self.y(p.value or 0.0):.1f}" for p in points
        )
        return f'<polyline points="{coords}" fill="none" stroke="{color}"{style}/>'

    def point(self, p: Point, color: str, label: str, lang: Lang) -> list[str]:
        mid = self.x(midpoint(p.period))
        parts: list[str] = []
        if p.low is not None and p.high is not None:
            dash = "" if p.value is not None else ' stroke-dasharray="3,2"'
            parts.append(
                f'<line x1="{mid:.1f}" y1="{self.y(p.low):.1f}" x2="{mid:.1f}" '
                f'y2="{self.y(p.high):.1f}" stroke="{color}" stroke-width="1.5"{dash}/>'
            )
        if p.value is None:
            return parts
        start, end = period_span(p.period)
        vy = self.y(p.value)
        if start != end:
            parts.append(
                f'<line x1="{self.x(start):.1f}" y1="{vy:.1f}" x2="{self.x(end):.1f}" '
                f'y2="{vy:.1f}" stroke="{color}" stroke-width="4" opacity="0.5"/>'
            )
        title = escape(f"{label} {p.period}: {num(p.value, lang, 1)}")
        parts.append(
            f'<circle cx="{mid:.1f}" cy="{vy:.1f}" r="3.5" fill="{color}">'
            f"<title>{title}</title></circle>"
        )
        return parts


def _legend(ind: IndicatorMonitor, top: float, lang: Lang) -> list[str]:
    column_w = (WIDTH - LEFT - RIGHT) / LEGEND_COLUMNS
    parts: list[str] = []
    for index, group in enumerate(ind.groups):
        color = PALETTE[index % len(PALETTE)]
        lx = LEFT + (index % LEGEND_COLUMNS) * column_w
        ly = top + (index // LEGEND_COLUMNS) * LEGEND_ROW
        parts.append(
            f'<rect x="{lx:.1f}" y="{ly - 9}" width="10" height="10" fill="{color}"/>'
            f'<text x="{lx + 14:.1f}" y="{ly}">{escape(group.label.get(lang))}</text>'
        )
    return parts


def series_svg(ind: IndicatorMonitor, lang: Lang) -> str:
    """The chart of one indicator ('' when it has no numbers)."""
    bounds = _bounds(ind)
    if bounds is None:
        return ""
    frame = _Frame(*bounds)
    rows = -(-len(ind.groups) // LEGEND_COLUMNS)
    height = TOP + PLOT_HEIGHT + AXIS + rows * LEGEND_ROW + 6
    aria = escape(ind.label.get(lang))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{aria}">',
        *frame.axes(lang),
    ]
    for index, group in enumerate(ind.groups):
        parts += frame.group(group, PALETTE[index % len(PALETTE)], lang)
    parts += _legend(ind, frame.base + AXIS + 4, lang)
    parts.append("</svg>")
    return "".join(parts)
