"""The built-in formats and views (registered by the registry on first use).

Views are registered by dotted names, so that rendering an assessment imports only the
assessment's view (the command line starts faster).
"""

from __future__ import annotations

from beleidskompas.report.formats.csv import render_csv
from beleidskompas.report.formats.docx import render_docx
from beleidskompas.report.formats.html import render_html
from beleidskompas.report.formats.json import render_json
from beleidskompas.report.formats.markdown import render_markdown
from beleidskompas.report.formats.text import render_text
from beleidskompas.report.registry import Format, View, register_format, register_view

register_format(Format("table", render_text, "plain text for the terminal"))
register_format(Format("markdown", render_markdown, "Markdown for a memo or a wiki"))
register_format(Format("html", render_html, "one self-contained HTML page"))
register_format(Format("json", render_json, "the data, every text in one language"))
register_format(Format("csv", render_csv, "one flat table (--table, --csv-dialect)"))
register_format(Format("docx", render_docx, "a Word document (the docx extra)", binary=True))

VIEWS = "beleidskompas.report.views"
PICTURES = "beleidskompas.report.charts.pictures"
register_view(
    View(
        "beleidskompas.model.results.Assessment",
        f"{VIEWS}.assessment:build_assessment",
        special={
            "png": f"{PICTURES}:impact_png",
            "svg": f"{PICTURES}:impact_svg",
            "mvt": f"{VIEWS}.mvt:render_mvt",
            "docx": f"{VIEWS}.word:assessment_docx",
        },
    )
)
register_view(
    View("beleidskompas.analysis.compare.Comparison", f"{VIEWS}.comparison:build_comparison")
)
register_view(View("beleidskompas.model.advice.Advice", f"{VIEWS}.advice:build_advice"))
register_view(
    View("beleidskompas.analysis.portfolio.Portfolio", f"{VIEWS}.portfolio:build_portfolio")
)
register_view(
    View(
        "beleidskompas.analysis.monitor.Monitor",
        f"{VIEWS}.monitor:build_monitor",
        special={
            "png": "beleidskompas.report.charts.series_plots:monitor_png",
            "svg": "beleidskompas.report.charts.series_plots:monitor_svg",
        },
    )
)
register_view(View("beleidskompas.model.sweep.Sweep", f"{VIEWS}.sweep:build_sweep"))
register_view(
    View(
        "beleidskompas.model.sensitivity.Sensitivity",
        f"{VIEWS}.sensitivity:build_sensitivity",
        formats=("table", "markdown", "html", "json", "csv"),
    )
)
register_view(
    View("beleidskompas.analysis.monitor_plan.MonitoringPlan", f"{VIEWS}.monitor_plan:build_plan")
)
register_view(
    View(
        "beleidskompas.society.classes.ClassTable",
        f"{VIEWS}.classes:build_class_table",
        formats=("table", "markdown", "html", "json", "csv"),
    )
)
register_view(
    View(
        "beleidskompas.rules.ruleset.RuleSet",
        f"{VIEWS}.rules:build_rule_list",
        formats=("table", "markdown", "json", "csv"),
    )
)
register_view(
    View(
        "beleidskompas.rules.ruleset.CompiledRule",
        f"{VIEWS}.rules:build_rule",
        formats=("table", "markdown", "json"),
    )
)
register_view(
    View(
        "beleidskompas.society.graph.CapitalGraph",
        f"{VIEWS}.graph:build_graph_document",
        formats=("table", "markdown", "json", "csv"),
        special={
            "mermaid": f"{VIEWS}.graph:to_mermaid",
            "dot": f"{VIEWS}.graph:to_dot",
            "graphml": f"{VIEWS}.graph:to_graphml",
            "png": f"{PICTURES}:graph_png",
            "svg": f"{PICTURES}:graph_svg",
        },
    )
)
