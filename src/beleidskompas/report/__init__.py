"""Reports: views turn results into documents, formats write documents.

>>> from beleidskompas.report import render
>>> render(assessment, "markdown", "en")  # doctest: +SKIP

See :mod:`beleidskompas.report.registry` for adding formats and views.
"""

from beleidskompas.report.registry import (
    Format,
    View,
    formats_for,
    register_format,
    register_view,
    render,
)

__all__ = ["Format", "View", "formats_for", "register_format", "register_view", "render"]
