"""A report as a document of neutral blocks, plus its data and flat tables.

Views (:mod:`beleidskompas.report.views`) build a :class:`Document` from a result in one
language; formats (:mod:`beleidskompas.report.formats`) write a document as text,
Markdown, HTML, JSON or CSV. The text, Markdown and HTML formats read ``blocks``; JSON
reads ``data``; CSV reads ``tables``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from beleidskompas.i18n import Lang
from beleidskompas.model.sources import SourceOut


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading (level 1–3)."""

    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph; ``emphasis`` for a lead-in line, ``lead`` for the summary paragraph."""

    text: str
    emphasis: bool = False
    lead: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table of strings; ``wrap`` gives maximum widths per column for text output.

    ``as_list``: text output shows each row as an entry of a list instead of a grid.
    """

    headers: list[str]
    rows: list[list[str]]
    wrap: list[int | None] = field(default_factory=list)
    numeric: list[bool] = field(default_factory=list)
    as_list: bool = False


@dataclass(frozen=True, slots=True)
class Bullets:
    """A bullet list."""

    items: list[str]


@dataclass(frozen=True, slots=True)
class Pre:
    """Preformatted text (code), shown as written."""

    text: str
    language: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    """Where chart ``name`` of the document goes (HTML draws its SVG, Word its PNG)."""

    name: str


@dataclass(frozen=True, slots=True)
class Links:
    """Sources with links (HTML shows them as anchors)."""

    sources: list[SourceOut]


Block = Heading | Para | Table | Bullets | Chart | Links | Pre


@dataclass(frozen=True)
class Document:
    """What a view made of a result, ready for any format."""

    title: str
    lang: Lang
    blocks: list[Block]
    data: Any = None
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    charts: dict[str, str] = field(default_factory=dict)
    """Inline SVG per chart name (HTML)."""
    pictures: dict[str, Callable[[], bytes | None]] = field(default_factory=dict)
    """PNG per chart name, made when a format asks (Word); None when it cannot be drawn."""
