"""The assessment as a Word document: the report, then the MvT paragraphs."""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang
from beleidskompas.model.results import Assessment
from beleidskompas.report.formats.docx import write_docx
from beleidskompas.report.views.assessment import build_assessment
from beleidskompas.report.views.mvt import mvt_blocks


def assessment_docx(assessment: Assessment, lang: Lang = "nl", /, **options: Any) -> bytes:
    """``--format docx`` for an assessment: the report with its chart, and on a new page
    the paragraphs for the memorie van toelichting."""
    document = build_assessment(assessment, lang, **options)
    return write_docx(document, [*document.blocks, *mvt_blocks(assessment, lang)])
