"""``beleidskompas compare``: options side by side."""

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
from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import cli as C


class Method(StrEnum):
    """Aggregation method of ``compare``."""

    weighted_sum = "weighted_sum"
    topsis = "topsis"


def _weights(text: str | None) -> dict[str, float]:
    from beleidskompas.analysis.compare import WeightError, parse_weights

    try:
        return parse_weights(text)
    except WeightError as exc:
        raise InputError.single("--weights", C.WEIGHTS[exc.kind].text(**exc.params)) from None


@app.command(
    epilog=examples(
        "beleidskompas compare examples/options/*.yaml",
        "beleidskompas compare a.yaml b.yaml --weights doenvermogen=2,uitvoerbaarheid=1,impact=1",
        "beleidskompas compare a.yaml b.yaml --method topsis --format html -o vergelijking.html",
    )
)
def compare(
    files: Annotated[
        list[Path], typer.Argument(help="Proposal files, one per option.", show_default=False)
    ],
    weights: Annotated[
        str | None,
        typer.Option(
            "--weights",
            help="Weights per group (doenvermogen, uitvoerbaarheid, impact) or criterion, "
            "e.g. doenvermogen=2,impact=1; groups not named weigh 1.",
            show_default=False,
        ),
    ] = None,
    method: Annotated[Method, typer.Option("--method", help="Aggregation.")] = Method.weighted_sum,
    draws: Annotated[
        int | None,
        typer.Option(
            "--draws",
            min=0,
            max=100000,
            help="Weight draws for the robustness figure (default: the rule set's, 1000).",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            min=0,
            help="Seed of the weight draws (default: the rule set's).",
            show_default=False,
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="Today's scheme as the nuloptie (default: the baseline every option names, "
            "if they all name the same one; else doing nothing).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    table: TableOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """Compare policy options side by side, with the nuloptie and a robustness check."""
    from beleidskompas import api
    from beleidskompas.cli.pictures import require_file_for_binary

    require_file_for_binary(fmt, output)

    parsed = _weights(weights)
    rule_set = ruleset(rules, classes, lang_of(lang))
    proposals = [api.load_proposal(f, rule_set) for f in files]
    status_quo, status_quo_path = api.comparison_baseline(files, rule_set, baseline)
    result = api.compare(
        proposals,
        rule_set,
        weights=parsed,
        method=method.value,
        draws=draws,
        seed=seed,
        baseline=status_quo,
    )
    inputs = [
        *files,
        *([status_quo_path] if status_quo_path else []),
        *rule_files(rule_set),
        *([classes] if classes else []),
    ]
    text = api.render(result, fmt, lang_of(lang), table=table, csv_dialect=csv_dialect.value)
    emit(text, output, force, inputs)
