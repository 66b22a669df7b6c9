"""Charts through the optional ``plot`` extra (matplotlib)."""

from __future__ import annotations

import io
import textwrap
from typing import Any, Literal

from beleidskompas.errors import InputError
from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import memo as MM
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.model.results import Assessment
from beleidskompas.report.charts.change import bars, domain
from beleidskompas.report.charts.svg import BLUE, GREY

TITLE_WIDTH = 70
FONTS = ["Verdana", "DejaVu Sans", "Arial", "sans-serif"]


def decimals(ticks: Any) -> int:
    """Decimals that show every tick value exactly enough (0 for whole numbers)."""
    return 0 if all(float(t).is_integer() for t in ticks) else 1


def require_matplotlib() -> Any:
    """``matplotlib.pyplot`` with a non-interactive backend, or a clear error."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise InputError.single("matplotlib", R.NEEDS_MATPLOTLIB) from None
    return plt


def class_impact_picture(
    assessment: Assessment, kind: Literal["png", "svg"], lang: Lang = "nl"
) -> bytes:
    """The class chart (:func:`class_impact_figure`) as PNG or SVG bytes."""
    plt = require_matplotlib()
    fig = class_impact_figure(assessment, lang)
    buffer = io.BytesIO()
    fig.savefig(buffer, format=kind, metadata={"Date": None} if kind == "svg" else None)
    plt.close(fig)
    return buffer.getvalue()


def class_impact_figure(assessment: Assessment, lang: Lang = "nl") -> Any:
    """Bars per class: the accumulated deficit the measure removes, in points, with the
    interval as error bars; title, axis label with unit, legend below the axis (a
    matplotlib Figure; close it when done)."""
    plt = require_matplotlib()
    impact = assessment.class_impact
    if impact is None:  # pragma: no cover - assess always fills it
        raise ValueError("no class impact to plot")
    values = bars(impact, lang)
    y = list(range(len(values)))
    ranged = any(b.low is not None for b in values)
    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": FONTS}):
        fig, ax = plt.subplots(figsize=(8, 0.42 * len(values) + 2.4))
        ax.barh(
            y, [b.removed for b in values], height=0.6, color=BLUE, label=MM.CHART_BAR.get(lang)
        )
        if ranged:
            errors = [
                [b.removed - (b.low if b.low is not None else b.removed) for b in values],
                [(b.high if b.high is not None else b.removed) - b.removed for b in values],
            ]
            ax.errorbar(
                [b.removed for b in values],
                y,
                xerr=errors,
                fmt="none",
                ecolor=GREY,
                capsize=3,
                label=MM.CHART_RANGE.get(lang),
            )
        low, high = domain(values)
        pad = (high - low) * 0.12
        ax.set_xlim(min(0.0, low) - (pad if low < 0 else 0.0), high + pad)
        ax.axvline(0.0, color=GREY, linewidth=0.8)
        for i, bar in enumerate(values):
            end = max(bar.removed, bar.high if bar.high is not None else bar.removed)
            ax.annotate(
                num(bar.removed, lang, 2),
                (end, i),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
            )
        ax.xaxis.set_major_formatter(
            plt.FuncFormatter(lambda value, _pos: num(value, lang, decimals(ax.get_xticks())))
        )
        ax.set_yticks(y, [b.label for b in values])
        ax.invert_yaxis()
        ax.set_xlabel(MM.CHART_AXIS.get(lang), fontsize=9)
        title = MM.CHART_TITLE.get(lang, title=assessment.proposal.title)
        ax.set_title(textwrap.fill(title, TITLE_WIDTH), fontsize=10, loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.16),
            ncol=2,
            fontsize=8,
            frameon=False,
        )
        fig.tight_layout()
    return fig
