"""Views: how each kind of result becomes a :class:`~beleidskompas.report.document.Document`."""
