"""Pictures (PNG, SVG through matplotlib, the ``plot`` extra) as special formats."""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang
from beleidskompas.model.results import Assessment
from beleidskompas.society.graph import CapitalGraph


def impact_png(assessment: Assessment, lang: Lang, /, **_: Any) -> bytes:
    """The class-impact chart as PNG."""
    from beleidskompas.report.charts.plots import class_impact_picture

    return class_impact_picture(assessment, "png", lang)


def impact_svg(assessment: Assessment, lang: Lang, /, **_: Any) -> bytes:
    """The class-impact chart as SVG."""
    from beleidskompas.report.charts.plots import class_impact_picture

    return class_impact_picture(assessment, "svg", lang)


def graph_png(graph: CapitalGraph, lang: Lang, /, **_: Any) -> bytes:
    """The capital graph as PNG."""
    from beleidskompas.report.views.graph import graph_picture

    return graph_picture(graph, "png", lang)


def graph_svg(graph: CapitalGraph, lang: Lang, /, **_: Any) -> bytes:
    """The capital graph as SVG."""
    from beleidskompas.report.views.graph import graph_picture

    return graph_picture(graph, "svg", lang)
