"""The Typer application the command modules add their commands to."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="beleidskompas",
    help=(
        "Judge a proposed Dutch policy measure the Beleidskompas way: doenvermogen, "
        "uitvoerbaarheid and the impact on the SCP social classes. Reports are Dutch by "
        "default; use --lang en for English. --debug (anywhere on the line) shows the "
        "traceback of an internal error."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
rules_app = typer.Typer(
    help="Inspect the rule set: list the rules or show one.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rules_app, name="rules")
