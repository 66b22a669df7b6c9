"""Plain-text rendering for the terminal (tabulate), at most 100 columns wide."""

from __future__ import annotations

import textwrap
from typing import Any

from tabulate import tabulate

from beleidskompas.i18n import printable
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

WIDTH = 100
NUMERIC_HEADER_WIDTH = 11


def render_table_text(table: Table) -> str:
    """One table with tabulate; long cells wrapped to the table's widths."""
    wrap = table.wrap or [None] * len(table.headers)
    numeric = table.numeric or [False] * len(table.headers)
    align = ["right" if n else "left" for n in numeric]
    headers = [
        textwrap.fill(h, NUMERIC_HEADER_WIDTH, break_long_words=False) if n else h
        for h, n in zip(table.headers, numeric, strict=True)
    ]
    # wrapped here, not by tabulate's maxcolwidths: that parses number-like cells such as
    # "881,704" as numbers even with disable_numparse, and breaks words in the middle
    rows = [
        [_wrap(printable(cell), width) for cell, width in zip(row, wrap, strict=False)]
        for row in table.rows
    ]
    return tabulate(rows, headers=headers, tablefmt="simple", colalign=align, disable_numparse=True)


def _wrap(cell: str, width: int | None) -> str:
    """A cell wrapped to ``width`` (None: as is); hyphenated ids stay whole unless longer."""
    if width is None or len(cell) <= width:
        return cell
    return textwrap.fill(cell, width, break_on_hyphens=False)


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


def _list_rows(table: Table) -> list[str]:
    out: list[str] = []
    for row in table.rows:
        out.append(
            textwrap.fill(
                f"{row[0]} = {row[1]}", WIDTH, initial_indent="- ", subsequent_indent="  "
            )
        )
        out += [
            textwrap.fill(cell, WIDTH, initial_indent="    ", subsequent_indent="    ")
            for cell in row[2:]
        ]
    return out


def _heading(block: Heading, first: bool) -> list[str]:
    text = printable(block.text if block.level < 3 else block.text.upper())
    out = [("" if first else "\n") + text]
    if block.level < 3:
        out.append(("=" if block.level == 1 else "-") * min(len(text), WIDTH))
    return out


def render_blocks_text(blocks: list[Block]) -> str:
    """Blocks as terminal text."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out += _heading(block, not out)
        elif isinstance(block, Para):
            out.append(textwrap.fill(printable(block.text), WIDTH))
        elif isinstance(block, Table):
            out += _list_rows(block) if block.as_list else [render_table_text(block)]
        elif isinstance(block, Bullets):
            out += [_bullet(printable(item)) for item in block.items]
        elif isinstance(block, Links):
            out += [_bullet(s.title + (f" <{s.url}>" if s.url else "")) for s in block.sources]
        elif isinstance(block, Pre):
            out.append("\n".join("    " + line for line in block.text.splitlines()))
        elif isinstance(block, Chart):
            continue
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_text(document: Document, **_: Any) -> str:
    """A document as terminal text."""
    return render_blocks_text(document.blocks)
