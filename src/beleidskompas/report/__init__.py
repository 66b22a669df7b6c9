"""Renderers: an Assessment (or other result) to table, markdown, html, json or csv text."""

from __future__ import annotations

from typing import Literal

from beleidskompas.model.results import Assessment

Format = Literal["table", "markdown", "html", "json", "csv"]
FORMATS: tuple[Format, ...] = ("table", "markdown", "html", "json", "csv")


def render(assessment: Assessment, fmt: Format = "table", *, explain: bool = False) -> str:
    """Render an assessment in one of the formats (the language is the assessment's)."""
    if fmt == "json":
        from beleidskompas.report.jsonout import render_json

        return render_json(assessment, explain=explain)
    if fmt == "csv":
        from beleidskompas.report.csvout import render_csv

        return render_csv(assessment)
    from beleidskompas.report.blocks import build

    blocks = build(assessment, explain=explain)
    if fmt == "markdown":
        from beleidskompas.report.markdown import render_blocks_markdown

        return render_blocks_markdown(blocks)
    if fmt == "html":
        from beleidskompas.report.html import render_html

        return render_html(assessment, blocks)
    from beleidskompas.report.text import render_blocks_text

    return render_blocks_text(blocks)
