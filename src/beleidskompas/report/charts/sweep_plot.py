"""The design sweep's trade-off chart through the optional ``plot`` extra (matplotlib), for
documents that embed pictures (Word). The same chart as :mod:`.sweep` draws in SVG."""

from __future__ import annotations

import io
import itertools
import math
import textwrap
from collections.abc import Sequence

from beleidskompas.errors import InputError
from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import sweep as S
from beleidskompas.model.sweep import Sweep, SweepRow
from beleidskompas.report.charts.plots import FONTS, TITLE_WIDTH, decimals, require_matplotlib
from beleidskompas.report.charts.svg import BLUE, GREY
from beleidskompas.report.charts.sweep import MILLION, R_MIN, R_SPAN, SCORE_MAX, axes

AREA = 2
"""Matplotlib sizes markers by area: the radius squared."""


def _digits(ticks: Sequence[float]) -> int:
    """Decimals enough to tell adjacent ticks apart."""
    steps = [abs(b - a) for a, b in itertools.pairwise(ticks) if b != a]
    if not steps or min(steps) >= 1:
        return 0
    return max(0, -math.floor(math.log10(min(steps))))


def sweep_png(result: Sweep, lang: Lang) -> bytes | None:
    """The trade-off chart as PNG (None without matplotlib: the document goes without it)."""
    try:
        plt = require_matplotlib()
    except InputError:
        return None
    across, up = axes(result)

    def value(row: SweepRow, figure: str) -> float:
        found = getattr(row.figures, figure)
        number = float(found) if found is not None else 0.0
        return number / MILLION if figure == "budget_eur_per_year" else number

    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": FONTS}):
        fig, ax = plt.subplots(figsize=(8, 5))
        for front, style in (
            (False, {"facecolors": "none", "edgecolors": GREY}),
            (True, {"color": BLUE, "alpha": 0.85}),
        ):
            rows = [r for r in result.rows if r.non_dominated == front]
            if not rows:
                continue
            ax.scatter(
                [value(r, across) for r in rows],
                [value(r, up) for r in rows],
                s=[
                    (R_MIN + R_SPAN * (r.figures.doenbaarheid or 0.0) / SCORE_MAX) ** AREA
                    for r in rows
                ],
                label=(S.CHART_FRONT if front else S.CHART_OTHER).get(lang),
                **style,
            )
        for axis in (ax.xaxis, ax.yaxis):  # the language's decimal separator
            ticks = axis.get_ticklocs()
            digits = max(decimals(ticks), _digits(ticks))
            axis.set_major_formatter(plt.FuncFormatter(lambda v, _pos, d=digits: num(v, lang, d)))
        ax.set_xlabel(S.AXES[across].get(lang), fontsize=9)
        ax.set_ylabel(S.AXES[up].get(lang), fontsize=9)
        title = S.CHART_TITLE.get(
            lang,
            title=result.proposal.title,
            x=S.AXES[across].get(lang),
            y=S.AXES[up].get(lang),
        )
        ax.set_title(textwrap.fill(title, TITLE_WIDTH), fontsize=10, loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=8, frameon=False)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        plt.close(fig)
    return buffer.getvalue()
