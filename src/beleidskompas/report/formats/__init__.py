"""Output formats: each writes a :class:`~beleidskompas.report.document.Document`."""
