"""CSV: one of a document's flat tables (the first unless ``table=NAME`` is given)."""

from __future__ import annotations

import csv
import io
from typing import Any

from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.report.document import Document


def write_rows(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV text with a header (columns in first-seen order)."""
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue()


def render_csv(document: Document, *, table: str | None = None, **_: Any) -> str:
    """A document's table ``table`` (default: its first) as CSV."""
    if not document.tables:
        return ""
    name = table or next(iter(document.tables))
    if name not in document.tables:
        known = ", ".join(document.tables)
        raise InputError.single("--table", R.UNKNOWN_TABLE.text(table=name, known=known))
    return write_rows(document.tables[name])
