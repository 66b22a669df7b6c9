"""``beleidskompas rules list`` and ``rules show``."""

from __future__ import annotations

from typing import Annotated

import typer

from beleidskompas.cli.app import rules_app
from beleidskompas.cli.common import (
    CsvDialectChoice,
    CsvDialectOpt,
    FormatOpt,
    LangChoice,
    LangOpt,
    RulesOpt,
    emit,
    examples,
    lang_of,
    ruleset,
)
from beleidskompas.errors import InputError
from beleidskompas.i18n.catalogue import report as R


@rules_app.command("list", epilog=examples("beleidskompas rules list --format markdown"))
def rules_list(
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    csv_dialect: CsvDialectOpt = CsvDialectChoice.standard,
) -> None:
    """List every rule: id, severity, question."""
    from beleidskompas import api

    rule_set = ruleset(rules, None, lang_of(lang))
    emit(api.render(rule_set, fmt, lang_of(lang), csv_dialect=csv_dialect.value), None, False, [])


@rules_app.command("show", epilog=examples("beleidskompas rules show DV-12 --lang en"))
def rules_show(
    rule_id: Annotated[str, typer.Argument(help="Rule id, e.g. DV-12.", show_default=False)],
    fmt: FormatOpt = "table",
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
) -> None:
    """Show one rule: question, finding, advice, condition, weights and sources."""
    from beleidskompas import api

    rule_set = ruleset(rules, None, lang_of(lang))
    try:
        compiled = rule_set.rule(rule_id.upper())
    except KeyError:
        raise InputError.single(rule_id, R.UNKNOWN_RULE) from None
    emit(api.render(compiled, fmt, lang_of(lang), rules=rule_set), None, False, [])
