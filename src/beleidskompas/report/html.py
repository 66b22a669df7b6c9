"""HTML rendering: one self-contained file (inline CSS and SVG; only source links go out)."""

from __future__ import annotations

from html import escape

from beleidskompas.model.results import Assessment
from beleidskompas.report.blocks import (
    Block,
    Bullets,
    Chart,
    Heading,
    Links,
    Para,
    Pre,
    Table,
    build,
)
from beleidskompas.report.svg import class_impact_svg

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;color:#1b1f23;line-height:1.45}
h1{font-size:1.6rem;border-bottom:3px solid #154273;padding-bottom:.3rem;color:#154273}
h2{font-size:1.25rem;margin-top:2rem;color:#154273}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.3rem .55rem;vertical-align:top;text-align:left}
th{background:#eef3f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
p.em{font-weight:600;margin-bottom:.2rem}svg{max-width:100%;height:auto;font-size:12px}
svg text{font-family:inherit;fill:#1b1f23}.summary{background:#f6f8fa;border-left:4px solid
#154273;padding:.6rem 1rem}@media print{body{margin:0}}
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


def render_blocks_html(assessment: Assessment, blocks: list[Block]) -> str:
    """The body HTML of an assessment's blocks (with its chart)."""
    return blocks_body(blocks, chart=class_impact_svg(assessment))


def blocks_body(blocks: list[Block], chart: str = "") -> str:
    """The body HTML of blocks; ``chart`` is an inline SVG put where the Chart block is."""
    out: list[str] = []
    first_para = True
    for block in blocks:
        if isinstance(block, Heading):
            out.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            if block.emphasis:
                out.append(f'<p class="em">{escape(block.text)}</p>')
            elif first_para:
                out.append(f'<p class="summary">{escape(block.text)}</p>')
                first_para = False
            else:
                out.append(f"<p>{escape(block.text)}</p>")
        elif isinstance(block, Table):
            out.append(_table(block))
        elif isinstance(block, Bullets):
            out.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Links):
            out.append(
                "<ul>"
                + "".join(
                    f'<li><a href="{escape(s.url)}">{escape(s.title)}</a></li>'
                    if s.url
                    else f"<li>{escape(s.title)}</li>"
                    for s in block.sources
                )
                + "</ul>"
            )
        elif isinstance(block, Pre):
            out.append(f"<pre>{escape(block.text)}</pre>")
        elif isinstance(block, Chart) and chart:
            out.append(f"<figure>{chart}</figure>")
    return "\n".join(out)


def render_html(assessment: Assessment, blocks: list[Block] | None = None) -> str:
    """A complete, self-contained HTML document."""
    blocks = blocks if blocks is not None else build(assessment)
    title = escape(assessment.proposal.title)
    return (
        f'<!DOCTYPE html>\n<html lang="{assessment.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{render_blocks_html(assessment, blocks)}\n</body>\n</html>\n"
    )


def render_fragment(assessment: Assessment) -> str:
    """An HTML fragment for notebooks (``Assessment._repr_html_``)."""
    return f"<div><style>{CSS}</style>{render_blocks_html(assessment, build(assessment))}</div>"
