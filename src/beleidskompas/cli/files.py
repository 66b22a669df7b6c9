"""``beleidskompas schema`` and ``beleidskompas init``: the file formats."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from beleidskompas.cli.app import app
from beleidskompas.cli.common import (
    ForceOpt,
    LangChoice,
    LangOpt,
    OutputOpt,
    emit,
    examples,
    lang_of,
)
from beleidskompas.i18n.catalogue import cli as C


@app.command(
    epilog=examples(
        "beleidskompas schema > proposal.schema.json",
        "beleidskompas schema --rules > rules.schema.json",
        "beleidskompas schema --report > report.schema.json",
        "beleidskompas schema --series -o series-row.schema.json",
    )
)
def schema(
    rules: Annotated[
        bool, typer.Option("--rules", help="Print the JSON Schema of the rule files instead.")
    ] = False,
    report: Annotated[
        bool, typer.Option("--report", help="Print the JSON Schema of the JSON report instead.")
    ] = False,
    series: Annotated[
        bool, typer.Option("--series", help="Print the JSON Schema of a row of a series CSV.")
    ] = False,
    monitor: Annotated[
        bool, typer.Option("--monitor", help="Print the JSON Schema of the monitor's YAML files.")
    ] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Print the JSON Schema of the proposal file (or of the rule files, or of the report)."""
    from beleidskompas.model.schema import proposal_schema
    from beleidskompas.model.series_schema import monitor_files_schema, series_row_schema
    from beleidskompas.report.formats.json import dumps
    from beleidskompas.report.schema import report_schema
    from beleidskompas.rules.schema import rules_schema

    chosen = rules_schema() if rules else report_schema() if report else proposal_schema()
    chosen = series_row_schema() if series else monitor_files_schema() if monitor else chosen
    emit(dumps(chosen), output, force, [])


@app.command(
    epilog=examples(
        "beleidskompas init voorstel.yaml",
        "beleidskompas init proposal.yaml --lang en",
    )
)
def init(
    file: Annotated[Path, typer.Argument(help="The file to create.", show_default=False)],
    lang: LangOpt = LangChoice.nl,
    force: ForceOpt = False,
) -> None:
    """Write a commented template proposal that teaches the file format."""
    from beleidskompas.io.atomic import write_atomic
    from beleidskompas.io.template import proposal_template

    language = lang_of(lang)
    write_atomic(file, proposal_template(file.name, language), force=force)
    typer.echo(C.CREATED.get(language, file=file))
