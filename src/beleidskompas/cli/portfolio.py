"""``beleidskompas portfolio``: measures together."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

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
from beleidskompas.i18n.catalogue import cli as C

PROGRESS_FROM = 20
"""Show a progress bar (on a terminal) from this many measures."""


@app.command(
    epilog=examples(
        "beleidskompas portfolio examples/catalogue",
        "beleidskompas portfolio examples/catalogue --format html -o pakket.html",
        "beleidskompas portfolio a.yaml b.yaml c.yaml --format json",
    )
)
def portfolio(
    paths: Annotated[
        list[Path], typer.Argument(help="Proposal files or folders of them.", show_default=False)
    ],
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    table: TableOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Assess measures together: coverage of capitals x classes, stapeling of burdens."""
    from beleidskompas import api
    from beleidskompas.cli.pictures import require_file_for_binary

    require_file_for_binary(fmt, output)

    language = lang_of(lang)
    rule_set = ruleset(rules, classes, lang_of(lang))
    files = api.proposal_files(paths)
    proposals = api.load_proposals(files, rule_set)
    show = len(proposals) >= PROGRESS_FROM and sys.stderr.isatty()
    with typer.progressbar(
        length=len(proposals), label=C.ASSESSING.get(language), file=sys.stderr, hidden=not show
    ) as bar:
        result = api.portfolio(proposals, rule_set, progress=bar.update)
    inputs = [*files, *rule_files(rule_set), *([classes] if classes else [])]
    text = api.render(result, fmt, language, table=table, csv_dialect=csv_dialect.value)
    emit(text, output, force, inputs)
