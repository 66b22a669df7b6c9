"""``beleidskompas monitor``: indicators of kansengelijkheid per group over time, and the
monitoring plan of measures (``--plan``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from beleidskompas.cli.app import app
from beleidskompas.cli.common import (
    ClassesOpt,
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
from beleidskompas.i18n.catalogue import cli as C
from beleidskompas.i18n.catalogue import monitor as MO

PROGRESS_FROM = 20
"""Show a progress bar (on a terminal) from this many measures."""


@app.command(
    epilog=examples(
        "beleidskompas monitor",
        "beleidskompas monitor --indicator poverty_share --indicator unemployment_rate",
        "beleidskompas monitor --lang en --format html -o monitor.html",
        "beleidskompas monitor --format csv --table trends -o trends.csv",
        "beleidskompas monitor --plot monitor.png",
        "beleidskompas monitor eigen-reeksen.csv cbs-84572NED.yaml",
        "beleidskompas monitor --plan examples/catalogue",
        "beleidskompas monitor --plan examples/catalogue --format csv --table targets",
    )
)
def monitor(
    series: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Series files: CSV in the layout of docs/monitor.md, or CBS imports (.yaml). "
            "Default: the bundled series.",
            show_default=False,
        ),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Monitor data-set folder (with monitor.yaml): its indicators, groups, sources "
            "and series. Default: the bundled data set.",
            show_default=False,
        ),
    ] = None,
    indicator: Annotated[
        list[str] | None,
        typer.Option(
            "--indicator",
            "-i",
            help="Show only this indicator (repeatable; not with --plan).",
            show_default=False,
        ),
    ] = None,
    plan: Annotated[
        list[Path] | None,
        typer.Option(
            "--plan",
            help="Proposal files or folders: show the monitoring plan of these measures instead "
            "(repeatable).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            help="Also write a chart per indicator (.png or .svg; needs the plot extra); with "
            "--plan, of the indicators the measures name.",
            show_default=False,
        ),
    ] = None,
    table: TableOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Follow kansengelijkheid over time: per indicator the trend per group and the gap
    between the best- and worst-off group, with sources; with --plan, which indicators each
    measure should move and which capitals and classes no indicator follows."""
    from beleidskompas import api
    from beleidskompas.cli.pictures import picture_format, require_file_for_picture

    language = lang_of(lang)
    require_file_for_picture(fmt, output)
    series_set = api.load_series(series or None, data=data)
    inputs: list[Path] = [Path(f) for f in series_set.files]
    if plan:
        if indicator:
            raise InputError.single("--indicator", MO.INDICATOR_WITH_PLAN)
        rule_set = ruleset(rules, classes, language)
        files = api.proposal_files(plan)
        show = len(files) >= PROGRESS_FROM and sys.stderr.isatty()
        with typer.progressbar(
            length=len(files), label=C.ASSESSING.get(language), file=sys.stderr, hidden=not show
        ) as bar:
            result = api.monitoring_plan(files, series_set, rule_set, progress=bar.update)
        inputs += [*files, *rule_files(rule_set), *([classes] if classes else [])]
        if plot is not None:
            named = list(dict.fromkeys(t.indicator for m in result.measures for t in m.targets))
            picture = api.render(api.monitor(series_set, named), picture_format(plot), language)
            emit(picture, plot, force, inputs)
        text = api.render(result, fmt, language, table=table)
        emit(text, output, force, [*inputs, *([plot] if plot else [])])
        return
    trends = api.monitor(series_set, indicator or None)
    if plot is not None:
        emit(api.render(trends, picture_format(plot), language), plot, force, inputs)
    text = api.render(trends, fmt, language, table=table)
    emit(text, output, force, [*inputs, *([plot] if plot else [])])
