"""Plain-text rendering for the terminal (tabulate), at most 100 columns wide."""

from __future__ import annotations

import textwrap

from tabulate import tabulate

from beleidskompas.report.blocks import Block, Bullets, Chart, Heading, Links, Para, Pre, Table

WIDTH = 100


def render_table_text(table: Table) -> str:
    """One table with tabulate; long cells wrapped to the table's widths."""
    wrap = table.wrap or [None] * len(table.headers)
    numeric = table.numeric or [False] * len(table.headers)
    align = ["right" if n else "left" for n in numeric]
    headers = [
        textwrap.fill(h, 11, break_long_words=False) if n else h
        for h, n in zip(table.headers, numeric, strict=True)
    ]
    return tabulate(
        table.rows,
        headers=headers,
        tablefmt="simple",
        maxcolwidths=wrap,
        colalign=align,
        disable_numparse=True,
    )


def _bullet(text: str) -> str:
    """A list item, wrapped without breaking words or links."""
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent="- ",
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def render_blocks_text(blocks: list[Block]) -> str:
    """Blocks as terminal text."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            underline = "=" if block.level == 1 else "-"
            text = block.text if block.level < 3 else block.text.upper()
            out.append(("\n" if out else "") + text)
            if block.level < 3:
                out.append(underline * min(len(text), WIDTH))
        elif isinstance(block, Para):
            out.append(textwrap.fill(block.text, WIDTH))
        elif isinstance(block, Table) and block.as_list:
            for row in block.rows:
                out.append(
                    textwrap.fill(
                        f"{row[0]} = {row[1]}", WIDTH, initial_indent="- ", subsequent_indent="  "
                    )
                )
                out += [
                    textwrap.fill(cell, WIDTH, initial_indent="    ", subsequent_indent="    ")
                    for cell in row[2:]
                ]
        elif isinstance(block, Table):
            out.append(render_table_text(block))
        elif isinstance(block, Bullets):
            out += [_bullet(item) for item in block.items]
        elif isinstance(block, Links):
            out += [_bullet(s.title + (f" <{s.url}>" if s.url else "")) for s in block.sources]
        elif isinstance(block, Pre):
            out.append("\n".join("    " + line for line in block.text.splitlines()))
        elif isinstance(block, Chart):
            continue
        out.append("")
    return "\n".join(out).rstrip() + "\n"
