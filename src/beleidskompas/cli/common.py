"""What the commands share: options, the output writer, the rule set they run with."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from beleidskompas.i18n import Lang


class LangChoice(StrEnum):
    """Report language."""

    nl = "nl"
    en = "en"


def lang_of(value: LangChoice) -> Lang:
    """The language of a ``--lang`` value."""
    return "en" if value == LangChoice.en else "nl"


def examples(*commands: str) -> str:
    """An epilog listing example commands (kept unwrapped)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {c}" for c in commands)


FORMATS_HELP = "table, markdown, html, json or csv"

LangOpt = Annotated[LangChoice, typer.Option("--lang", help="Report language: nl or en.")]
RulesOpt = Annotated[
    Path | None,
    typer.Option(
        "--rules", help="Rule-set folder (default: the bundled rule set).", show_default=False
    ),
]
ClassesOpt = Annotated[
    Path | None,
    typer.Option(
        "--classes",
        help="Class-model file replacing the rule set's classes, e.g. "
        "rules/society/classes-scp-2014.yaml.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of standard output.",
        show_default=False,
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite an existing --output file.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help=f"Output format: {FORMATS_HELP}.")]
TableOpt = Annotated[
    str | None,
    typer.Option(
        "--table",
        help="With --format csv: which table (default: the first; an unknown name lists them).",
        show_default=False,
    ),
]


def ruleset(rules: Path | None, classes: Path | None = None) -> Any:
    """The rule set a command runs with."""
    from beleidskompas.api import rules_for

    return rules_for(rules, classes)


def rule_files(rules: Any) -> list[Path]:
    """Every file of a rule set (so that ``--output`` can never overwrite one)."""
    root = Path(rules.root)
    return [root / name for name in rules.files if not name.startswith("default/")]


def emit(data: str | bytes, output: Path | None, force: bool, inputs: list[Path]) -> None:
    """Write to standard output, or atomically to ``output``."""
    if output is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    from beleidskompas.io.atomic import write_atomic

    write_atomic(output, data, force=force, inputs=inputs)
