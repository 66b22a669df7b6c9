"""Run the command line interface: ``python -m beleidskompas``."""

from beleidskompas.cli import entry

entry()
