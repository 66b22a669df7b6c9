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


FORMATS_HELP = "table, markdown, html, json, csv or docx (Word; needs the docx extra)"

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


class CsvDialectChoice(StrEnum):
    """CSV dialect."""

    standard = "standard"
    nl = "nl"


CsvDialectOpt = Annotated[
    CsvDialectChoice,
    typer.Option(
        "--csv-dialect",
        help="With --format csv: standard (comma, decimal point) or nl (semicolon, decimal "
        "comma; for Excel with Dutch settings).",
    ),
]


def ruleset(rules: Path | None, classes: Path | None = None, lang: Lang = "nl") -> Any:
    """The rule set a command runs with; its warnings go to standard error."""
    from beleidskompas.api import rules_for

    rule_set = rules_for(rules, classes)
    for warning in rule_set.warnings:
        typer.echo(warning.get(lang), err=True)
    return rule_set


def rule_files(rules: Any) -> list[Path]:
    """Every file of a rule set (so that ``--output`` can never overwrite one)."""
    return list(rules.paths)


def _to_stdout(data: str | bytes) -> None:
    """Write to standard output; an unusable terminal is an input error (exit 2)."""
    from beleidskompas.errors import InputError
    from beleidskompas.i18n.catalogue import errors as E

    stream = sys.stdout
    if stream is None or stream.closed:
        raise InputError.single("<stdout>", E.STDOUT_CLOSED)
    try:
        if isinstance(data, bytes):
            stream.buffer.write(data)
        else:
            stream.write(data)
        stream.flush()
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", "?")
        raise InputError.single("<stdout>", E.UNENCODABLE.text(encoding=encoding)) from None
    except ValueError:  # closed while writing
        raise InputError.single("<stdout>", E.STDOUT_CLOSED) from None
    except BrokenPipeError:
        raise ReaderGoneError from None


class ReaderGoneError(Exception):
    """The reader of standard output went away (a closed pipe): stop quietly, exit 2.

    Not an OSError, so that Typer's own handler (exit 1, kept for failed gates) passes it on.
    """


def emit(data: str | bytes, output: Path | None, force: bool, inputs: list[Path]) -> None:
    """Write to standard output, or atomically to ``output``."""
    if output is None:
        _to_stdout(data)
        return
    from beleidskompas.io.atomic import write_atomic

    write_atomic(output, data, force=force, inputs=inputs)
