"""Charts through the optional ``plot`` extra (matplotlib)."""

from __future__ import annotations

import io
from typing import Any, Literal

from beleidskompas.errors import InputError
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.model.results import Assessment


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
    """Bars per class: accumulated deficit before and after the measure."""
    plt = require_matplotlib()
    impact = assessment.class_impact
    if impact is None:  # pragma: no cover - assess always fills it
        raise ValueError("no class impact to plot")
    labels = [c.label.get(lang) for c in impact.classes]
    before = [c.deficit_before for c in impact.classes]
    after = [c.deficit_after for c in impact.classes]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    y = list(range(len(labels)))
    ax.barh(
        [v + 0.2 for v in y], before, height=0.38, color="#9aa5b1", label=R.DEFICIT_BEFORE.get(lang)
    )
    ax.barh(
        [v - 0.2 for v in y], after, height=0.38, color="#1f5fa8", label=R.DEFICIT_AFTER.get(lang)
    )
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_title(f"{R.CLASS_IMPACT.get(lang)}: {assessment.proposal.title}", fontsize=10)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format=kind, metadata={"Date": None} if kind == "svg" else None)
    plt.close(fig)
    return buffer.getvalue()
