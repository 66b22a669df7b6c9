"""Markdown rendering: memo-ready, opening with the plain-language summary."""

from __future__ import annotations

import re
from typing import Any

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

_SPECIAL = re.compile(r"([\\`*\[\]|])")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_LINE_START = re.compile(r"^(?:([#+-])|(\d+)\.)(?=\s)")


def escape(text: str) -> str:
    """Text on one line with the characters that would make Markdown (or raw HTML) of it
    escaped; intraword underscores stay, as CommonMark leaves them alone.

    ``&``, ``<`` and ``>`` become entities, as in the HTML report: every Markdown flavour
    decodes them, whereas a backslash before ``<`` is not an escape in all of them.
    """
    flat = printable(" ".join(text.splitlines())).translate(_ENTITIES)
    return _LINE_START.sub(_escape_marker, _SPECIAL.sub(r"\\\1", flat))


def _escape_marker(match: re.Match[str]) -> str:
    """``# `` → ``\\# ``, ``1. `` → ``1\\. `` (a backslash before a digit is no escape)."""
    return f"\\{match[1]}" if match[1] else f"{match[2]}\\."


def render_table_markdown(table: Table) -> str:
    """A pipe table."""
    numeric = table.numeric or [False] * len(table.headers)
    lines = [
        "| " + " | ".join(escape(h) for h in table.headers) + " |",
        "|" + "|".join("---:" if n else "---" for n in numeric) + "|",
    ]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def render_blocks_markdown(blocks: list[Block]) -> str:
    """Blocks as Markdown."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("#" * block.level + " " + escape(block.text))
        elif isinstance(block, Para):
            out.append(f"**{escape(block.text)}**" if block.emphasis else escape(block.text))
        elif isinstance(block, Table):
            out.append(render_table_markdown(block))
        elif isinstance(block, Bullets):
            out.append("\n".join(f"- {escape(item)}" for item in block.items))
        elif isinstance(block, Links):
            out.append(
                "\n".join(
                    f"- [{escape(s.title)}](<{s.url}>)" if s.url else f"- {escape(s.title)}"
                    for s in block.sources
                )
            )
        elif isinstance(block, Pre):
            out.append(f"```{block.language}\n{block.text}\n```")
        elif isinstance(block, Chart):
            continue
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_markdown(document: Document, **_: Any) -> str:
    """A document as Markdown."""
    return render_blocks_markdown(document.blocks)
