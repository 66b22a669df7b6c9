"""The command line (one module per command); ``main`` and ``entry`` are in ``main``."""

from beleidskompas.cli.main import app, entry, main

__all__ = ["app", "entry", "main"]
