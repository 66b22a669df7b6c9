"""``beleidskompas validate``: check proposal files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from beleidskompas.cli.app import app
from beleidskompas.cli.common import (
    ClassesOpt,
    LangChoice,
    LangOpt,
    RulesOpt,
    examples,
    lang_of,
    ruleset,
)
from beleidskompas.errors import InputError
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import cli as C


class MultiError(InputError):
    """Errors in several files, printed file by file."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__(errors[0].file, [p for e in errors for p in e.problems])

    def render(self, lang: Lang = "nl", limit: int = 10) -> str:
        """Every file's problems."""
        return "\n".join(e.render(lang, limit) for e in self.errors)


@app.command(
    epilog=examples(
        "beleidskompas validate examples/*.yaml",
        "beleidskompas validate examples/catalogue",
        "beleidskompas validate voorstel.json --classes rules/society/classes-scp-2014.yaml",
    )
)
def validate(
    paths: Annotated[
        list[Path], typer.Argument(help="Proposal files or folders of them.", show_default=False)
    ],
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
) -> None:
    """Check proposal files against the schema and the rule set (exit 2 if any is invalid)."""
    from beleidskompas import api

    rule_set = ruleset(rules, classes, lang_of(lang))
    problems: list[InputError] = []
    for file in api.proposal_files(paths):
        try:
            warnings = api.check_file(file, rule_set)
        except InputError as exc:
            problems.append(exc)
            continue
        typer.echo(C.VALID.get(lang_of(lang), file=file))
        for warning in warnings:
            typer.echo(warning.render(str(file), lang_of(lang)), err=True)
    if problems:
        raise MultiError(problems)
