"""``beleidskompas sensitivity``: which parameters drive a proposal's headline figures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from beleidskompas.cli.app import app
from beleidskompas.cli.common import (
    ClassesOpt,
    CsvDialectChoice,
    CsvDialectOpt,
    ForceOpt,
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
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import sensitivity as S

JobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", min=-1, help="Worker processes (joblib; -1: every core).", show_default=True
    ),
]


class StageBars:
    """A progress bar per stage on standard error (hidden when it is not a terminal)."""

    def __init__(self, lang: Lang, show: bool) -> None:
        self.lang, self.show = lang, show
        self.stage: str | None = None
        self.bar: Any = None
        self.done = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            label = S.STAGES[stage].get(self.lang) if stage in S.STAGES else stage
            self.bar = typer.progressbar(
                length=total, label=label, file=sys.stderr, hidden=not self.show
            )
            self.bar.__enter__()
            self.stage, self.done = stage, 0
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        """Finish the open bar."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


TABLES = ("indices", "ranges")
"""The CSV tables of the report (checked before the run, which may take minutes)."""


def _check_output(fmt: str, table: str | None) -> None:
    from beleidskompas.errors import InputError
    from beleidskompas.i18n.catalogue import report as R
    from beleidskompas.model.sensitivity import Sensitivity
    from beleidskompas.report.registry import formats_for

    known = formats_for(Sensitivity)
    if fmt not in known:
        raise InputError.single(
            "--format", R.UNKNOWN_FORMAT.text(format=fmt, known=", ".join(known))
        )
    if fmt == "csv" and table is not None and table not in TABLES:
        raise InputError.single(
            "--table", R.UNKNOWN_TABLE.text(table=table, known=", ".join(TABLES))
        )


@app.command(
    epilog=examples(
        "beleidskompas sensitivity examples/aanvraag-huurtoeslag-online.yaml",
        "beleidskompas sensitivity voorstel.yaml --trajectories 4 --samples 64 --top 2",
        "beleidskompas sensitivity voorstel.yaml --jobs 4 --seed 7 --format html -o gevoelig.html",
        "beleidskompas sensitivity voorstel.yaml --format csv --table ranges --lang en",
    )
)
def sensitivity(
    file: Annotated[Path, typer.Argument(help="Proposal file (YAML or JSON).", show_default=False)],
    trajectories: Annotated[
        int | None,
        typer.Option(
            "--trajectories",
            "-r",
            min=2,
            max=1000,
            help="Morris trajectories r (default: the rule set's, 10); r·(k+1) evaluations.",
            show_default=False,
        ),
    ] = None,
    samples: Annotated[
        int | None,
        typer.Option(
            "--samples",
            "-n",
            min=0,
            max=1_048_576,
            help="Sobol base samples N, a power of two (default: the rule set's, 256); "
            "N·(D+2) evaluations; 0: Morris only.",
            show_default=False,
        ),
    ] = None,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            "-k",
            min=1,
            max=100,
            help="Per figure, this many Morris leaders go to the Sobol stage (default: 3).",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            min=0,
            max=2**32 - 1,
            help="Seed of the designs and the bootstrap (default: the rule set's).",
            show_default=False,
        ),
    ] = None,
    jobs: JobsOpt = 1,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="Output format: table, markdown, html, json or csv."),
    ] = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    table: TableOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Rank the parameters that drive each headline figure (Morris, then Sobol; needs SALib)."""
    from beleidskompas import api
    from beleidskompas.errors import InputError

    language = lang_of(lang)
    _check_output(fmt, table)
    if jobs == 0:
        raise InputError.single("--jobs", S.JOBS_ZERO)
    if samples is not None and samples & (samples - 1):
        raise InputError.single("--samples", S.SAMPLES_POWER.text(samples=samples))
    rule_set = ruleset(rules, classes, language)
    opened = api.open_proposal(file, rule_set)
    for warning in opened.warnings:
        typer.echo(warning.render(str(file), language), err=True)
    bars = StageBars(language, sys.stderr.isatty())
    try:
        result = api.sensitivity(
            opened.proposal,
            rule_set,
            trajectories=trajectories,
            samples=samples,
            top=top,
            seed=seed,
            jobs=jobs,
            progress=bars,
            baseline=opened.baseline,
        )
    finally:
        bars.close()
    inputs = [*opened.inputs(), *rule_files(rule_set), *([classes] if classes else [])]
    text = api.render(result, fmt, language, table=table, csv_dialect=csv_dialect.value)
    emit(text, output, force, inputs)
