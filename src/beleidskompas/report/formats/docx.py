"""Word (``.docx``, the ``docx`` extra): a document in the Rijksoverheid's sober style.

Verdana throughout (the fallback the correspondence templates document), headings in
lintblauw, tables with a lintblauw header row and thin grey lines, numbers right-aligned,
A4 with 2.5 cm margins; no logo (it is reserved for government organisations). Charts are
the document's PNG pictures. Every level-1 heading after the first starts a new page.
"""

from __future__ import annotations

import io
from typing import Any

from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import report as R
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

FONT = "Verdana"
BLUE = "154273"
"""Lintblauw."""
LINE_GREY = "B4B4B4"
BODY_PT = 9
TABLE_PT = 8
HEADING_PT = {1: 14, 2: 11, 3: 9.5}
MARGIN_CM = 2.5
CHART_CM = 16


def require_docx() -> Any:
    """The ``docx`` module (python-docx), or a clear error."""
    try:
        import docx
    except ImportError:
        raise InputError.single("python-docx", R.NEEDS_DOCX) from None
    return docx


def _styles(doc: Any) -> None:
    from docx.shared import Pt, RGBColor

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.2
    for level, size in HEADING_PT.items():
        style = doc.styles[f"Heading {level}"]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor.from_string(BLUE)
        style.paragraph_format.space_before = Pt(12 if level == 1 else 9)
        style.paragraph_format.space_after = Pt(3)
    for name in ("List Bullet", "Title"):
        doc.styles[name].font.name = FONT


def _page(doc: Any) -> None:
    from docx.shared import Cm

    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _borders(table: Any) -> None:
    """Thin grey horizontal lines, no vertical ones."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        visible = edge in ("top", "bottom", "insideH")
        element.set(qn("w:val"), "single" if visible else "nil")
        if visible:
            element.set(qn("w:sz"), "4")
            element.set(qn("w:color"), LINE_GREY)
        borders.append(element)
    props.append(borders)


def _cell_text(cell: Any, text: str, *, right: bool, header: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(text)
    run.font.size = Pt(TABLE_PT)
    if header:
        run.font.bold = True
        run.font.color.rgb = RGBColor.from_string("FFFFFF")


def _table(doc: Any, block: Table) -> None:
    numeric = block.numeric or [False] * len(block.headers)
    table = doc.add_table(rows=1 + len(block.rows), cols=len(block.headers))
    _borders(table)
    for j, header in enumerate(block.headers):
        cell = table.rows[0].cells[j]
        _shade(cell, BLUE)
        _cell_text(cell, header, right=numeric[j], header=True)
    for i, row in enumerate(block.rows, start=1):
        for j, text in enumerate(row):
            _cell_text(table.rows[i].cells[j], text, right=numeric[j], header=False)
    doc.add_paragraph()


def _heading(doc: Any, block: Heading, first: bool) -> None:
    heading = doc.add_heading(block.text, level=min(block.level, 3))
    if block.level == 1 and not first:
        heading.paragraph_format.page_break_before = True


def _chart(doc: Any, block: Chart, document: Document) -> None:
    from docx.shared import Cm

    make = document.pictures.get(block.name)
    picture = make() if make is not None else None
    if picture:
        doc.add_picture(io.BytesIO(picture), width=Cm(CHART_CM))


def _block(doc: Any, block: Block, document: Document, first: bool) -> None:
    if isinstance(block, Heading):
        _heading(doc, block, first)
    elif isinstance(block, Para):
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(block.text)
        run.bold = block.emphasis
    elif isinstance(block, Table):
        _table(doc, block)
    elif isinstance(block, Bullets):
        for item in block.items:
            doc.add_paragraph(item, style="List Bullet")
    elif isinstance(block, Links):
        for source in block.sources:
            text = source.title + (f" — {source.url}" if source.url else "")
            doc.add_paragraph(text, style="List Bullet")
    elif isinstance(block, Pre):
        from docx.shared import Pt

        run = doc.add_paragraph().add_run(block.text)
        run.font.name = "Courier New"
        run.font.size = Pt(TABLE_PT)
    elif isinstance(block, Chart):
        _chart(doc, block, document)


def write_docx(document: Document, blocks: list[Block] | None = None) -> bytes:
    """``blocks`` (default: the document's) as a Word file."""
    docx = require_docx()
    doc = docx.Document()
    _styles(doc)
    _page(doc)
    doc.core_properties.title = document.title
    doc.core_properties.author = "beleidskompas"
    doc.core_properties.language = document.lang
    first = True
    for block in document.blocks if blocks is None else blocks:
        _block(doc, block, document, first)
        if isinstance(block, Heading) and block.level == 1:
            first = False
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def render_docx(document: Document, **_: Any) -> bytes:
    """A document as a Word file."""
    return write_docx(document)
