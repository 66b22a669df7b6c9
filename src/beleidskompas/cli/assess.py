"""``beleidskompas assess``: one proposal."""

from __future__ import annotations

from enum import StrEnum
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


class Severity(StrEnum):
    """Finding severity for ``--fail-on``."""

    minor = "minor"
    major = "major"
    blocker = "blocker"


@app.command(
    epilog=examples(
        "beleidskompas assess examples/automatisch-kindbudget.yaml",
        "beleidskompas assess voorstel.yaml --format html -o rapport.html",
        "beleidskompas assess voorstel.yaml --format mvt",
        "beleidskompas assess voorstel.yaml --format docx -o rapport.docx",
        "beleidskompas assess voorstel.yaml --lang en --explain",
        "beleidskompas assess voorstel.yaml --format json --fail-on major --fail-under 60",
        "beleidskompas assess voorstel.yaml --format csv --table regeldruk --csv-dialect nl",
        "beleidskompas assess voorstel.yaml --sensitivity",
    )
)
def assess(
    file: Annotated[Path, typer.Argument(help="Proposal file (YAML or JSON).", show_default=False)],
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add the trace: how every figure was computed.")
    ] = False,
    epsilon: Annotated[
        float,
        typer.Option(
            "--epsilon", min=0.0, max=10.0, help="Inequality aversion ε of the Atkinson index."
        ),
    ] = 1.0,
    fail_on: Annotated[
        Severity | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding of this severity or worse exists.",
            show_default=False,
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            min=0.0,
            max=100.0,
            help="Exit 1 when a section's score (doenbaarheid, uitvoerbaarheid) is below this.",
            show_default=False,
        ),
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            help="Also write a chart of the class impact (.png or .svg; needs the plot extra).",
            show_default=False,
        ),
    ] = None,
    sensitivity: Annotated[
        bool,
        typer.Option(
            "--sensitivity",
            help="Also name the inferred parameters that matter most (a quick Morris "
            "screening; needs SALib).",
        ),
    ] = False,
    table: TableOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Assess one proposal: doenvermogen, uitvoerbaarheid and class impact."""
    from beleidskompas import api
    from beleidskompas.cli.pictures import picture_format, require_file_for_binary

    require_file_for_binary(fmt, output)
    language = lang_of(lang)
    rule_set = ruleset(rules, classes, lang_of(lang))
    trace = explain or fmt in api.TRACED_FORMATS
    opened = api.open_proposal(file, rule_set)
    for warning in opened.warnings:
        typer.echo(warning.render(str(file), language), err=True)
    result = api.assess(
        opened.proposal, rule_set, epsilon=epsilon, trace=trace, baseline=opened.baseline
    )
    if sensitivity:
        screening = api.screening(opened.proposal, rule_set, baseline=opened.baseline)
        result = api.with_matter_most(result, screening)
    inputs = [*opened.inputs(), *rule_files(rule_set), *([classes] if classes else [])]
    if plot is not None:
        emit(api.render(result, picture_format(plot), language), plot, force, inputs)
    text = api.render(
        result, fmt, language, explain=explain, table=table, csv_dialect=csv_dialect.value
    )
    emit(text, output, force, [*inputs, *([plot] if plot else [])])
    api.check_gates(result, fail_on.value if fail_on else None, fail_under)
