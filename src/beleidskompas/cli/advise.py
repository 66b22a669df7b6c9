"""``beleidskompas advise``: what would make it doenlijk (or uitvoerbaar)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from beleidskompas.cli.app import app
from beleidskompas.cli.common import (
    ClassesOpt,
    CsvDialectChoice,
    CsvDialectOpt,
    ForceOpt,
    FormatOpt,
    LangChoice,
    LangOpt,
    OutputOpt,
    RulesOpt,
    TableOpt,
    emit,
    examples,
    lang_of,
    rule_files,
    ruleset,
)
from beleidskompas.errors import InputError

MAX_CHANGES = 10
"""The largest --max-changes (each level assesses at most a few hundred variants)."""


class Target(StrEnum):
    """The section whose verdict advise lifts."""

    doenvermogen = "doenvermogen"
    uitvoerbaarheid = "uitvoerbaarheid"


def _check_format(fmt: str) -> None:
    """An unknown format fails before the search, not after it."""
    from beleidskompas.i18n.catalogue import report as R
    from beleidskompas.model.advice import Advice
    from beleidskompas.report.registry import formats_for

    known = formats_for(Advice)
    if fmt not in known:
        message = R.UNKNOWN_FORMAT.text(format=fmt, known=", ".join(known))
        raise InputError.single("--format", message)


class _Bar:
    """A progress bar on standard error whose length grows as the search plans levels."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar

    def __call__(self, done: int, planned: int) -> None:
        self.bar.length = planned
        self.bar.update(done - self.bar.pos)


@app.command(
    epilog=examples(
        "beleidskompas advise examples/tegenprestatie-bijstand.yaml",
        "beleidskompas advise voorstel.yaml --target uitvoerbaarheid --max-changes 2",
        "beleidskompas advise voorstel.yaml --jobs 2 --format html -o advies.html",
        "beleidskompas advise voorstel.yaml --format csv --table levers",
    )
)
def advise(
    file: Annotated[Path, typer.Argument(help="The proposal file.", show_default=False)],
    target: Annotated[
        Target, typer.Option("--target", help="Whose verdict to lift.")
    ] = Target.doenvermogen,
    max_changes: Annotated[
        int,
        typer.Option(
            "--max-changes",
            min=1,
            max=MAX_CHANGES,
            help="Most design changes in one option.",
        ),
    ] = 3,
    seed: Annotated[
        int,
        typer.Option(
            "--seed", min=0, help="Seed of the sample drawn when a search level is too large."
        ),
    ] = 0,
    jobs: Annotated[
        int,
        typer.Option("--jobs", min=-1, help="Processes that assess the variants (-1: every core)."),
    ] = 1,
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    table: TableOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Find the fewest design changes that lift a verdict a level (doenlijk, uitvoerbaar)."""
    from beleidskompas import api
    from beleidskompas.cli.pictures import require_file_for_binary
    from beleidskompas.i18n.catalogue import advice as A

    language = lang_of(lang)
    if jobs == 0:
        raise InputError.single("--jobs", A.JOBS_INVALID.text(jobs=jobs))
    require_file_for_binary(fmt, output)
    _check_format(fmt)
    rule_set = ruleset(rules, classes, language)
    opened = api.open_proposal(file, rule_set)
    for warning in opened.warnings:
        typer.echo(warning.render(str(file), language), err=True)
    show = sys.stderr.isatty()
    with typer.progressbar(
        length=1, label=A.PROGRESS.get(language), file=sys.stderr, hidden=not show
    ) as bar:
        result = api.advise(
            opened.proposal,
            rule_set,
            target=target.value,
            max_changes=max_changes,
            seed=seed,
            jobs=jobs,
            progress=_Bar(bar),
            baseline=opened.baseline,
        )
    inputs = [*opened.inputs(), *rule_files(rule_set), *([classes] if classes else [])]
    text = api.render(result, fmt, language, table=table, csv_dialect=csv_dialect.value)
    emit(text, output, force, inputs)
