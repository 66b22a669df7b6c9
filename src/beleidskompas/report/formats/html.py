"""HTML: one self-contained page (inline CSS and SVG; only source links point outside).

Every HTML output of the tool — assessment, comparison, portfolio, class table — goes
through :func:`page`, the one page shell.
"""

from __future__ import annotations

from html import escape
from typing import Any

from beleidskompas.report.document import (
    Block,
    Bullets,
    Chart,
    Document,
    Heading,
    Links,
    Para,
    Pre,
    Table,
)

CSS = """
body{font-family:Verdana,"RO Sans",system-ui,-apple-system,"Segoe UI",Arial,sans-serif;
max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f23;line-height:1.45;font-size:15px}
h1{font-size:1.6rem;border-bottom:3px solid #154273;padding-bottom:.3rem;color:#154273}
h2{font-size:1.25rem;margin-top:2rem;color:#154273}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.3rem .55rem;vertical-align:top;text-align:left}
th{background:#eef3f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
p.em{font-weight:600;margin-bottom:.2rem}svg{max-width:100%;height:auto;font-size:12px}
svg text{font-family:inherit;fill:#1b1f23}.summary{background:#f6f8fa;border-left:4px solid
#154273;padding:.6rem 1rem}pre{background:#f6f8fa;padding:.6rem;overflow-x:auto}
@media print{body{margin:0}}
"""


def _table(table: Table) -> str:
    numeric = table.numeric or [False] * len(table.headers)
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{escape(c)}</td>' if n else f"<td>{escape(c)}</td>"
            for c, n in zip(row, numeric, strict=False)
        )
        + "</tr>"
        for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _links(block: Links) -> str:
    items = "".join(
        f'<li><a href="{escape(s.url)}">{escape(s.title)}</a></li>'
        if s.url
        else f"<li>{escape(s.title)}</li>"
        for s in block.sources
    )
    return f"<ul>{items}</ul>"


def _block(block: Block, charts: dict[str, str]) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Para):
        css = ' class="em"' if block.emphasis else ' class="summary"' if block.lead else ""
        return f"<p{css}>{escape(block.text)}</p>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Links):
        return _links(block)
    if isinstance(block, Pre):
        return f"<pre>{escape(block.text)}</pre>"
    if isinstance(block, Chart) and block.name in charts:
        return f"<figure>{charts[block.name]}</figure>"
    return ""


def body(document: Document) -> str:
    """The body HTML of a document (its charts where the Chart blocks are)."""
    return "\n".join(part for b in document.blocks if (part := _block(b, document.charts)))


def page(document: Document) -> str:
    """A complete, self-contained HTML page."""
    return (
        f'<!DOCTYPE html>\n<html lang="{document.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{body(document)}\n</body>\n</html>\n"
    )


def fragment(document: Document) -> str:
    """An HTML fragment with its own style (for notebooks)."""
    return f"<div><style>{CSS}</style>{body(document)}</div>"


def render_html(document: Document, **_: Any) -> str:
    """A document as a self-contained HTML page."""
    return page(document)
