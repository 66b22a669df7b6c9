"""The monitor as a picture (PNG, SVG through matplotlib, the ``plot`` extra): one panel per
indicator, a line per group; periods of several years at their middle, intervals as
whiskers. A solid line joins only values of consecutive years; across years without a
value the points are joined by a dotted line (nothing is drawn as if it were a value)."""

from __future__ import annotations

import io
import textwrap
from typing import Any, Literal

from beleidskompas.analysis.monitor import IndicatorMonitor, Monitor, midpoint
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import monitor as MO
from beleidskompas.i18n.entry import pick
from beleidskompas.model.series import period_span
from beleidskompas.report.charts.plots import require_matplotlib
from beleidskompas.report.charts.series import PALETTE, runs

COLUMNS = 2
PANEL_WIDTH, PANEL_HEIGHT = 5.4, 4.2
YEAR_PAD = 1
CAPTION_SPACE = 0.04
TITLE_WIDTH = 48


def _panel(ax: Any, ind: IndicatorMonitor, lang: Lang) -> None:
    years = [y for g in ind.groups for p in g.points for y in period_span(p.period)]
    for index, group in enumerate(ind.groups):
        color = PALETTE[index % len(PALETTE)]
        valued = [p for p in group.points if p.value is not None]
        xs = [midpoint(p.period) for p in valued]
        ys = [p.value for p in valued]
        ax.plot(xs, ys, linestyle=":", linewidth=0.9, color=color, alpha=0.7)
        for number, run in enumerate(runs(valued)):
            ax.plot(
                [midpoint(p.period) for p in run],
                [p.value for p in run],
                marker="o",
                markersize=3.5,
                linewidth=1.6,
                color=color,
                label=group.label.get(lang) if number == 0 else None,
            )
        for p in group.points:
            if p.low is not None and p.high is not None:
                style = "-" if p.value is not None else ":"
                ax.vlines(midpoint(p.period), p.low, p.high, colors=color, linestyles=style)
        if not valued:
            ax.plot([], [], color=color, linestyle=":", label=group.label.get(lang))
    title = "\n".join(textwrap.wrap(ind.label.get(lang), TITLE_WIDTH))
    ax.set_title(title, fontsize=8.5)
    ax.set_ylabel(pick(MO.UNITS, ind.unit, lang), fontsize=7.5)
    if years:
        ax.set_xlim(min(years) - YEAR_PAD, max(years) + YEAR_PAD)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(labelsize=7)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=6, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, frameon=False)


def monitor_picture(monitor: Monitor, kind: Literal["png", "svg"], lang: Lang = "nl") -> bytes:
    """Small multiples: one panel per indicator of the monitor."""
    plt = require_matplotlib()
    count = max(1, len(monitor.indicators))
    columns = min(COLUMNS, count)
    rows = -(-count // columns)
    fig, axes = plt.subplots(
        rows, columns, figsize=(PANEL_WIDTH * columns, PANEL_HEIGHT * rows), squeeze=False
    )
    for index, ind in enumerate(monitor.indicators):
        _panel(axes[index // columns][index % columns], ind, lang)
    for index in range(len(monitor.indicators), rows * columns):
        axes[index // columns][index % columns].set_visible(False)
    fig.suptitle(MO.MONITOR.get(lang), fontsize=11)
    fig.tight_layout(rect=(0, CAPTION_SPACE / rows, 1, 1))
    fig.text(0.01, 0.005, MO.CHART_CAPTION.get(lang), fontsize=6.5, va="bottom", wrap=True)
    buffer = io.BytesIO()
    fig.savefig(buffer, format=kind, metadata={"Date": None} if kind == "svg" else None)
    plt.close(fig)
    return buffer.getvalue()


def monitor_png(monitor: Monitor, lang: Lang, /, **_: Any) -> bytes:
    """The monitor chart as PNG."""
    return monitor_picture(monitor, "png", lang)


def monitor_svg(monitor: Monitor, lang: Lang, /, **_: Any) -> bytes:
    """The monitor chart as SVG."""
    return monitor_picture(monitor, "svg", lang)
