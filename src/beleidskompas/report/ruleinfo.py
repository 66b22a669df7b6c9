"""Rendering rules for ``beleidskompas rules list`` and ``rules show``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml

from beleidskompas.model.base import Lang
from beleidskompas.model.rules import DoenvermogenRule
from beleidskompas.report.blocks import Block, Bullets, Heading, Para, Pre, Table
from beleidskompas.report.jsonout import dumps
from beleidskompas.report.markdown import render_blocks_markdown
from beleidskompas.report.text import render_blocks_text
from beleidskompas.report.texts import ASPECTS, SEVERITIES, pick
from beleidskompas.rules.conditions import fields_used
from beleidskompas.rules.ruleset import CompiledRule, RuleSet


def render_rule_list(
    ruleset: RuleSet, fmt: Literal["table", "markdown", "json", "csv"], lang: Lang
) -> str:
    """Every rule with id, severity and question."""
    rows = [
        {
            "id": c.id,
            "section": "doenvermogen"
            if isinstance(c.rule, DoenvermogenRule)
            else "uitvoerbaarheid",
            "severity": c.rule.severity,
            "question": c.rule.question.get(lang),
        }
        for c in ruleset.rules()
    ]
    if fmt == "json":
        return dumps(rows)
    if fmt == "csv":
        from beleidskompas.report.csvout import write_rows

        return write_rows(rows)  # type: ignore[arg-type]
    blocks: list[Block] = [
        Heading(1, f"{ruleset.id} {ruleset.version}"),
        Table(
            headers=[
                "id",
                "ernst" if lang == "nl" else "severity",
                "vraag" if lang == "nl" else "question",
            ],
            rows=[[r["id"], pick(SEVERITIES, r["severity"], lang), r["question"]] for r in rows],
            wrap=[None, None, 70],
        ),
    ]
    return render_blocks_markdown(blocks) if fmt == "markdown" else render_blocks_text(blocks)


def _shown_path(ruleset: RuleSet, file: str) -> str:
    """A rule file's path within its rule set; the default set is shown as ``rules/...``."""
    from beleidskompas.rules.loader import default_rules_dir

    path = Path(file).resolve()
    for base in (ruleset.root.resolve(), default_rules_dir().resolve()):
        try:
            inside = path.relative_to(base).as_posix()
        except ValueError:
            continue
        name = "rules" if base == default_rules_dir().resolve() else base.name
        return f"{name}/{inside}"
    return str(path)


def render_rule(ruleset: RuleSet, compiled: CompiledRule, lang: Lang) -> str:
    """One rule in full."""
    rule = compiled.rule
    nl = lang == "nl"
    rows = [
        ["id", rule.id],
        ["ernst" if nl else "severity", pick(SEVERITIES, rule.severity, lang)],
        ["vraag" if nl else "question", rule.question.get(lang)],
        ["bevinding" if nl else "finding", rule.finding.get(lang)],
        ["advies" if nl else "advice", rule.advice.get(lang)],
        [
            "herkomst" if nl else "provenance",
            f"{rule.provenance} (gewichten/weights: {rule.weights.provenance})",
        ],
        ["bestand" if nl else "file", f"{_shown_path(ruleset, compiled.file)}:{compiled.line}"],
        ["velden" if nl else "fields", ", ".join(fields_used(rule.when))],
    ]
    if isinstance(rule, DoenvermogenRule):
        rows.append(
            [
                "belasting" if nl else "burden",
                ", ".join(f"{k} {v:g}" for k, v in rule.burden.items()),
            ]
        )
        rows.append(["gebruikslast" if nl else "take-up load", f"{rule.take_up:g}"])
    else:
        if rule.aspect is not None:
            rows.append(["aspect", f"{pick(ASPECTS, rule.aspect, lang)}: {rule.level}"])
    if rule.weights.note:
        rows.append(["toelichting" if nl else "note", rule.weights.note])
    condition = yaml.safe_dump(
        rule.when.model_dump(mode="json", by_alias=True, exclude_none=True),
        sort_keys=False,
        allow_unicode=True,
    ).strip()
    blocks: list[Block] = [
        Heading(1, rule.id),
        Table(headers=["", ""], rows=rows, wrap=[14, 80]),
        Para("conditie:" if nl else "condition:", emphasis=True),
        Pre(condition, "yaml"),
        Para("bronnen:" if nl else "sources:", emphasis=True),
        Bullets(
            [
                s.title + (f" <{s.url}>" if s.url else "")
                for s in (ruleset.source(ref) for ref in rule.sources)
            ]
        ),
    ]
    return render_blocks_text(blocks)
