"""Markdown rendering: memo-ready, opening with the plain-language summary."""

from __future__ import annotations

from beleidskompas.report.blocks import Block, Bullets, Chart, Heading, Links, Para, Pre, Table


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table_markdown(table: Table) -> str:
    """A pipe table."""
    numeric = table.numeric or [False] * len(table.headers)
    lines = [
        "| " + " | ".join(_cell(h) for h in table.headers) + " |",
        "|" + "|".join("---:" if n else "---" for n in numeric) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def render_blocks_markdown(blocks: list[Block]) -> str:
    """Blocks as Markdown."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("#" * block.level + " " + block.text)
        elif isinstance(block, Para):
            out.append(f"**{block.text}**" if block.emphasis else block.text)
        elif isinstance(block, Table):
            out.append(render_table_markdown(block))
        elif isinstance(block, Bullets):
            out.append("\n".join(f"- {item}" for item in block.items))
        elif isinstance(block, Links):
            out.append(
                "\n".join(
                    f"- [{s.title}]({s.url})" if s.url else f"- {s.title}" for s in block.sources
                )
            )
        elif isinstance(block, Pre):
            out.append(f"```{block.language}\n{block.text}\n```")
        elif isinstance(block, Chart):
            continue
        out.append("")
    return "\n".join(out).rstrip() + "\n"
