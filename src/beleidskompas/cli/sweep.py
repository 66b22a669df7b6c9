"""``beleidskompas sweep``: variants of one proposal, every combination, the best trade-offs."""

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
from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import cli as C
from beleidskompas.i18n.catalogue import sweep as S

PROGRESS_FROM = 20
"""Show a progress bar (on a terminal) from this many assessments."""


@app.command(
    epilog=examples(
        "beleidskompas sweep voorstel.yaml --vary delivery.granting=automatic,application",
        "beleidskompas sweep voorstel.yaml --vary delivery.granting=automatic,application "
        "--vary effects[0].size=0.02:0.04:0.005",
        "beleidskompas sweep voorstel.yaml --vary budget.structural_eur_per_year=1e8:1e9:1e8 "
        "--vary delivery.help.personal=true,false --format html -o verkenning.html",
        "beleidskompas sweep voorstel.yaml --vary effects[0].size=0.01:0.05:0.0001 "
        "--samples 200 --seed 7 --jobs 2 --format csv",
    )
)
def sweep(
    file: Annotated[Path, typer.Argument(help="The proposal file.", show_default=False)],
    vary: Annotated[
        list[str],
        typer.Option(
            "--vary",
            help="A field and the values to try: PATH=V1,V2,… or, for a number, "
            "PATH=START:STOP:STEP (both ends included). Repeat for more fields; every "
            "combination is assessed. PATH as in the proposal file, e.g. delivery.granting, "
            "effects[0].size, implementation.implementers[0].it_change.",
            show_default=False,
        ),
    ],
    samples: Annotated[
        int | None,
        typer.Option(
            "--samples",
            min=1,
            help="Assess a Latin-hypercube sample of this many combinations instead of all.",
            show_default=False,
        ),
    ] = None,
    max_grid: Annotated[
        int,
        typer.Option(
            "--max-grid",
            min=1,
            help="Largest grid assessed in full; a larger one is sampled (this many points) "
            "unless --samples is given.",
        ),
    ] = 1000,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed", min=0, help="Seed of the sample (default: fixed).", show_default=False
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=-1, help="Local processes to spread the work over (-1: every core)."
        ),
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
    """Assess variants of a proposal and mark the designs with the best trade-off."""
    from beleidskompas import api
    from beleidskompas.analysis.sweep import SweepError
    from beleidskompas.analysis.variation import VariationError
    from beleidskompas.cli.pictures import require_file_for_binary

    require_file_for_binary(fmt, output)
    if jobs == 0:
        raise InputError.single("--jobs", S.ERRORS["not_positive"].text(name="--jobs", value=0))
    language = lang_of(lang)
    rule_set = ruleset(rules, classes, language)
    opened = api.open_proposal(file, rule_set)
    try:
        design = api.sweep_design(
            opened.proposal, vary, samples=samples, max_grid=max_grid, seed=seed
        )
        total = design.size + 1  # the proposal as written is assessed too
        show = total >= PROGRESS_FROM and sys.stderr.isatty()
        with typer.progressbar(
            length=total, label=C.ASSESSING.get(language), file=sys.stderr, hidden=not show
        ) as bar:
            result = api.sweep(
                opened.proposal,
                design,
                rule_set,
                baseline=opened.baseline,
                jobs=jobs,
                progress=bar.update,
            )
    except VariationError as exc:
        raise InputError.single(
            "--vary", S.VARIATION.text(path=exc.path, detail=exc.detail)
        ) from None
    except SweepError as exc:
        option = "--" + str(exc.params.get("name", "vary")).replace("_", "-")
        raise InputError.single(option, S.ERRORS[exc.kind].text(**exc.params)) from None
    inputs = [*opened.inputs(), *rule_files(rule_set), *([classes] if classes else [])]
    text = api.render(result, fmt, language, table=table, csv_dialect=csv_dialect.value)
    emit(text, output, force, inputs)
