"""``beleidskompas test``: a rule set's own test cases."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from beleidskompas.cli.app import app
from beleidskompas.cli.common import RulesOpt, examples, ruleset
from beleidskompas.errors import GateFailedError
from beleidskompas.i18n.catalogue import cli as C


@app.command(
    "test",
    epilog=examples(
        "beleidskompas test rules",
        "beleidskompas test mijn-regels/tests --update",
    ),
)
def run_tests(
    directory: Annotated[
        Path,
        typer.Argument(help="A rule set (its tests/ folder is used) or a folder of test files."),
    ] = Path("rules"),
    update: Annotated[
        bool, typer.Option("--update", help="Rewrite expected figures with the actual values.")
    ] = False,
    rules: RulesOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every case.")] = False,
) -> None:
    """Run the YAML rule test cases of a rule set (like `openfisca test`)."""
    from beleidskompas.analysis.ruletests import run_rule_tests, update_figures

    rule_set = ruleset(rules) if rules is not None else None
    report = run_rule_tests(directory, rule_set)
    for result in report.results:
        if verbose or not result.passed:
            typer.echo(f"{result.nodeid} {'PASSED' if result.passed else 'FAILED'}")
            for failure in result.failures:
                typer.echo(f"    {failure}")
    if update:
        for path, diff in update_figures(report).items():
            typer.echo(diff or f"{path}: nothing to update")
        report = run_rule_tests(directory, rule_set)
    typer.echo(f"{'=' * 20} {report.summary()} {'=' * 20}")
    if report.failed:
        raise GateFailedError(C.RULE_TESTS_FAILED.text(count=report.failed))
