"""An inline SVG chart of the class impact: accumulated deficit before and after per class."""

from __future__ import annotations

from html import escape

from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.model.results import Assessment


def class_impact_svg(assessment: Assessment, lang: Lang) -> str:
    """Horizontal bars per class: deficit before (grey) and after (blue), with the change."""
    impact = assessment.class_impact
    if impact is None:
        return ""
    rows = impact.classes
    label_w, bar_w, row_h, top = 230, 360, 34, 28
    width = label_w + bar_w + 150
    height = top + row_h * len(rows) + 10
    largest = max([max(c.deficit_before, c.deficit_after) for c in rows] + [1e-9])
    aria = escape(R.CLASS_IMPACT.get(lang))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{aria}">',
        f'<text x="{label_w}" y="16" class="legend"><tspan fill="#9aa5b1">■</tspan> '
        f'{escape(R.DEFICIT_BEFORE.get(lang))}  <tspan fill="#1f5fa8">■</tspan> '
        f"{escape(R.DEFICIT_AFTER.get(lang))}</text>",
    ]
    for i, cls in enumerate(rows):
        y = top + i * row_h
        before = bar_w * cls.deficit_before / largest
        after = bar_w * cls.deficit_after / largest
        change = cls.deficit_after - cls.deficit_before
        parts += [
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">'
            f"{escape(cls.label.get(lang))}</text>",
            f'<rect x="{label_w}" y="{y + 4}" width="{before:.1f}" height="11" fill="#9aa5b1"/>',
            f'<rect x="{label_w}" y="{y + 16}" width="{after:.1f}" height="11" fill="#1f5fa8"/>',
            f'<text x="{label_w + max(before, after) + 6:.1f}" y="{y + 21}">'
            f"{escape(num(change, lang, 4))}</text>",
        ]
    parts.append("</svg>")
    return "".join(parts)
