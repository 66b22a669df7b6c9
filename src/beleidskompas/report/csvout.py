"""CSV: one row per class."""

from __future__ import annotations

import csv
import io

from beleidskompas.model.results import Assessment
from beleidskompas.report.rows import class_rows


def write_rows(rows: list[dict[str, object]]) -> str:
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


def render_csv(assessment: Assessment) -> str:
    """The class table of an assessment as CSV."""
    return write_rows(class_rows(assessment))
