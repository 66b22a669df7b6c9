"""The rule list (``rules list``) and one rule in full (``rules show``)."""

from __future__ import annotations

from typing import Any

import yaml

from beleidskompas.i18n import Lang, Text
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.conditions import fields_used
from beleidskompas.model.rules import Rule
from beleidskompas.report.document import Block, Bullets, Document, Heading, Para, Pre, Table
from beleidskompas.rules.ruleset import CompiledRule, RuleSet

QUESTION_WIDTH = 70
LABEL_WIDTH = 18
VALUE_WIDTH = 76


def rule_rows(ruleset: RuleSet, lang: Lang) -> list[dict[str, Any]]:
    """Every rule with id, section, severity and question."""
    return [
        {
            "id": c.id,
            "section": c.section,
            "severity": c.rule.severity,
            "question": c.rule.question.get(lang),
        }
        for c in ruleset.rules()
    ]


def build_rule_list(ruleset: RuleSet, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of the rule list."""
    rows = rule_rows(ruleset, lang)
    field = R.RULE_FIELDS
    blocks: list[Block] = [
        Heading(1, f"{ruleset.id} {ruleset.version}"),
        Table(
            headers=[
                field["id"].get(lang),
                field["severity"].get(lang),
                field["question"].get(lang),
            ],
            rows=[[r["id"], pick(L.SEVERITIES, r["severity"], lang), r["question"]] for r in rows],
            wrap=[None, None, QUESTION_WIDTH],
        ),
    ]
    return Document(
        title=f"{ruleset.id} {ruleset.version}",
        lang=lang,
        blocks=blocks,
        data=rows,
        tables={"rules": rows},
    )


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(
            f"{k} {v:g}" if isinstance(v, float) else f"{k} {v}" for k, v in value.items()
        )
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _own_fields(rule: Rule, lang: Lang) -> list[list[str]]:
    """The fields a section's rule model adds to the common ones (burden, aspect, ...)."""
    rows: list[list[str]] = []
    for name in type(rule).model_fields:
        if name in Rule.model_fields:
            continue
        value = getattr(rule, name)
        if value is None:
            continue
        label = R.RULE_FIELDS.get(name)
        rows.append([label.get(lang) if label else name, _value(value)])
    return rows


def rule_detail_rows(compiled: CompiledRule, lang: Lang) -> list[list[str]]:
    """The properties of one rule, one row each."""
    rule = compiled.rule
    field = R.RULE_FIELDS
    rows = [
        [field["id"].get(lang), rule.id],
        [field["section"].get(lang), pick(L.SECTIONS, compiled.section, lang)],
        [field["severity"].get(lang), pick(L.SEVERITIES, rule.severity, lang)],
        [field["question"].get(lang), rule.question.get(lang)],
        [field["finding"].get(lang), rule.finding.get(lang)],
        [field["advice"].get(lang), rule.advice.get(lang)],
        [field["provenance"].get(lang), rule.provenance],
        [field["weights"].get(lang), rule.weights.provenance],
        [field["file"].get(lang), f"{compiled.file}:{compiled.line}"],
        [field["fields"].get(lang), ", ".join(fields_used(rule.when))],
        *_own_fields(rule, lang),
    ]
    note = rule.weights.note
    if note:
        rows.append([field["note"].get(lang), note.get(lang) if isinstance(note, Text) else note])
    return rows


def build_rule(
    compiled: CompiledRule, lang: Lang = "nl", /, *, rules: RuleSet, **_: Any
) -> Document:
    """The document of one rule in full (its sources resolved with ``rules``)."""
    rule = compiled.rule
    condition = yaml.safe_dump(
        rule.when.model_dump(mode="json", by_alias=True, exclude_none=True),
        sort_keys=False,
        allow_unicode=True,
    ).strip()
    sources = [rules.source(ref) for ref in rule.sources]
    rows = rule_detail_rows(compiled, lang)
    blocks: list[Block] = [
        Heading(1, rule.id),
        Table(
            headers=[R.RULE_PROPERTY.get(lang), R.VALUE.get(lang)],
            rows=rows,
            wrap=[LABEL_WIDTH, VALUE_WIDTH],
        ),
        Para(R.CONDITION.get(lang), emphasis=True),
        Pre(condition, "yaml"),
        Para(R.RULE_SOURCES.get(lang), emphasis=True),
        Bullets([s.title + (f" <{s.url}>" if s.url else "") for s in sources]),
    ]
    data = {
        "id": rule.id,
        "section": compiled.section,
        "file": compiled.file,
        "line": compiled.line,
        **rule.model_dump(mode="json", by_alias=True, exclude_none=True, context={"lang": lang}),
        "sources": [s.model_dump(mode="json", exclude_none=True) for s in sources],
    }
    return Document(
        title=rule.id,
        lang=lang,
        blocks=blocks,
        data=data,
        tables={"rule": [{"property": r[0], "value": r[1]} for r in rows]},
    )
