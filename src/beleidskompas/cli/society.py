"""``beleidskompas classes`` and ``beleidskompas graph``: the society of a rule set."""

from __future__ import annotations

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
from beleidskompas.cli.pictures import require_file_for_picture


@app.command(
    epilog=examples(
        "beleidskompas classes",
        "beleidskompas classes --format json",
        "beleidskompas classes --classes rules/society/classes-scp-2014.yaml",
    )
)
def classes(
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    table: TableOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Show the class model: shares, positions, deficits, accumulated deficit, stapeling."""
    from beleidskompas import api

    rule_set = ruleset(rules, classes, lang_of(lang))
    result = api.class_table(rule_set)
    inputs = [*rule_files(rule_set), *([classes] if classes else [])]
    text = api.render(result, fmt, lang_of(lang), table=table, csv_dialect=csv_dialect.value)
    emit(text, output, force, inputs)


GraphFormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="Output format: mermaid, dot, graphml, json, table, markdown, csv, or png/svg "
        "(a picture; needs the plot extra and --output).",
    ),
]


@app.command(
    epilog=examples(
        "beleidskompas graph --format mermaid",
        "beleidskompas graph --format png -o graaf.png   (needs the plot extra)",
    )
)
def graph(
    fmt: GraphFormatOpt = "mermaid",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Show the capital graph: its dependencies, weights and sources."""
    from beleidskompas import api

    require_file_for_picture(fmt, output)
    rule_set = ruleset(rules, None, lang_of(lang))
    text = api.render(rule_set.graph, fmt, lang_of(lang), csv_dialect=csv_dialect.value)
    emit(text, output, force, rule_files(rule_set))
