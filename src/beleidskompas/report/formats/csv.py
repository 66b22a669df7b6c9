"""CSV: one of a document's flat tables (the first unless ``table=NAME`` is given).

Two dialects: ``standard`` (comma, decimal point, as RFC 4180 and most tools read it) and
``nl`` (semicolon, decimal comma, a UTF-8 byte-order mark), which Excel with Dutch
regional settings opens into the right columns and numbers.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.report.document import Document


@dataclass(frozen=True)
class CsvDialect:
    """How numbers and fields are written."""

    name: str
    delimiter: str
    decimal: str
    bom: str = ""


DIALECTS = {
    "standard": CsvDialect("standard", ",", "."),
    "nl": CsvDialect("nl", ";", ",", "\ufeff"),
}


def _cell(value: Any, dialect: CsvDialect) -> Any:
    if value is None:
        return ""
    if isinstance(value, float) and dialect.decimal != ".":
        return repr(value).replace(".", dialect.decimal)
    return value


def write_rows(rows: list[dict[str, Any]], dialect: str = "standard") -> str:
    """Rows as CSV text with a header (columns in first-seen order)."""
    chosen = _dialect(dialect)
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=columns, lineterminator="\n", delimiter=chosen.delimiter
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v, chosen) for k, v in row.items()})
    return chosen.bom + buffer.getvalue()


def _dialect(name: str) -> CsvDialect:
    if name not in DIALECTS:
        known = ", ".join(DIALECTS)
        raise InputError.single("--csv-dialect", R.UNKNOWN_DIALECT.text(dialect=name, known=known))
    return DIALECTS[name]


def render_csv(
    document: Document, *, table: str | None = None, csv_dialect: str | None = None, **_: Any
) -> str:
    """A document's table ``table`` (default: its first) as CSV in ``csv_dialect``."""
    dialect = csv_dialect or "standard"
    _dialect(dialect)
    if not document.tables:
        return ""
    name = table or next(iter(document.tables))
    if name not in document.tables:
        known = ", ".join(document.tables)
        raise InputError.single("--table", R.UNKNOWN_TABLE.text(table=name, known=known))
    return write_rows(document.tables[name], dialect)
