"""The monitor as a picture (PNG, SVG through matplotlib, the ``plot`` extra): one panel per
indicator, a line per group; periods of several years at their middle, intervals as
whiskers, missing years as gaps."""

from __future__ import annotations

import io
import textwrap
from typing import Any, Literal

from beleidskompas.analysis.monitor import IndicatorMonitor, Monitor, midpoint
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import monitor as MO
from beleidskompas.i18n.entry import pick
from beleidskompas.report.charts.plots import require_matplotlib
from beleidskompas.report.charts.series import PALETTE

COLUMNS = 2
PANEL_WIDTH, PANEL_HEIGHT = 5.2, 3.4
TITLE_WIDTH = 48


def _panel(ax: Any, ind: IndicatorMonitor, lang: Lang) -> None:
    for index, group in enumerate(ind.groups):
        color = PALETTE[index % len(PALETTE)]
        valued = [p for p in group.points if p.value is not None]
        xs = [midpoint(p.period) for p in valued]
        ys = [p.value for p in valued]
        ax.plot(
            xs,
            ys,
            marker="o",
            markersize=3.5,
            linewidth=1.6,
            color=color,
            label=group.label.get(lang),
        )
        for p in group.points:
            if p.low is not None and p.high is not None:
                style = "-" if p.value is not None else ":"
                ax.vlines(midpoint(p.period), p.low, p.high, colors=color, linestyles=style)
    title = "\n".join(textwrap.wrap(ind.label.get(lang), TITLE_WIDTH))
    ax.set_title(title, fontsize=8.5)
    ax.set_ylabel(pick(MO.UNITS, ind.unit, lang), fontsize=7.5)
    ax.tick_params(labelsize=7)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=6, loc="best", frameon=False)


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
    fig.tight_layout()
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
