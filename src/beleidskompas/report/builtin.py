"""The built-in formats and views (imported by the registry on first use)."""

from __future__ import annotations

from functools import partial
from typing import Any

from beleidskompas.analysis.compare import Comparison
from beleidskompas.analysis.portfolio import Portfolio
from beleidskompas.i18n import Lang
from beleidskompas.model.results import Assessment
from beleidskompas.report.formats.csv import render_csv
from beleidskompas.report.formats.html import render_html
from beleidskompas.report.formats.json import render_json
from beleidskompas.report.formats.markdown import render_markdown
from beleidskompas.report.formats.text import render_text
from beleidskompas.report.registry import Format, View, register_format, register_view
from beleidskompas.report.views.assessment import build_assessment
from beleidskompas.report.views.classes import build_class_table
from beleidskompas.report.views.comparison import build_comparison
from beleidskompas.report.views.graph import (
    build_graph_document,
    graph_picture,
    to_dot,
    to_graphml,
    to_mermaid,
)
from beleidskompas.report.views.portfolio import build_portfolio
from beleidskompas.report.views.rules import build_rule, build_rule_list
from beleidskompas.rules.ruleset import CompiledRule, RuleSet
from beleidskompas.society.classes import ClassTable
from beleidskompas.society.graph import CapitalGraph

register_format(Format("table", render_text, "plain text for the terminal"))
register_format(Format("markdown", render_markdown, "Markdown for a memo or a wiki"))
register_format(Format("html", render_html, "one self-contained HTML page"))
register_format(Format("json", render_json, "the data, every text in one language"))
register_format(Format("csv", render_csv, "one flat table (--table)"))


def _picture(kind: str, graph: CapitalGraph, lang: Lang, /, **_: Any) -> bytes:
    return graph_picture(graph, kind, lang)  # type: ignore[arg-type]


def _impact_picture(kind: str, assessment: Assessment, lang: Lang, /, **_: Any) -> bytes:
    from beleidskompas.report.charts.plots import class_impact_picture

    return class_impact_picture(assessment, kind, lang)  # type: ignore[arg-type]


register_view(
    View(
        Assessment,
        build_assessment,
        special={"png": partial(_impact_picture, "png"), "svg": partial(_impact_picture, "svg")},
    )
)
register_view(View(Comparison, build_comparison))
register_view(View(Portfolio, build_portfolio))
register_view(
    View(ClassTable, build_class_table, formats=("table", "markdown", "html", "json", "csv"))
)
register_view(View(RuleSet, build_rule_list, formats=("table", "markdown", "json", "csv")))
register_view(View(CompiledRule, build_rule, formats=("table", "markdown", "json")))
register_view(
    View(
        CapitalGraph,
        build_graph_document,
        formats=("table", "markdown", "json", "csv"),
        special={
            "mermaid": to_mermaid,
            "dot": to_dot,
            "graphml": to_graphml,
            "png": partial(_picture, "png"),
            "svg": partial(_picture, "svg"),
        },
    )
)
