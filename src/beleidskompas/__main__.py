"""Run the command line interface: ``python -m beleidskompas``."""

from beleidskompas.cli.main import entry

entry()
