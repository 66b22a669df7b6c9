"""Rendering neutral blocks as text, Markdown or a standalone HTML page."""

from __future__ import annotations

from html import escape

from beleidskompas.model.base import Lang
from beleidskompas.report.blocks import Block


def render_blocks(blocks: list[Block], fmt: str, *, title: str, lang: Lang) -> str:
    """Blocks in ``table`` (terminal text), ``markdown`` or ``html``."""
    if fmt == "markdown":
        from beleidskompas.report.markdown import render_blocks_markdown

        return render_blocks_markdown(blocks)
    if fmt == "html":
        from beleidskompas.report.html import CSS, blocks_body

        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f"{blocks_body(blocks)}\n</body>\n</html>\n"
        )
    from beleidskompas.report.text import render_blocks_text

    return render_blocks_text(blocks)
