"""The bundled rule files' notes agree with the rules they annotate."""

from __future__ import annotations

import re

import pytest

from beleidskompas.rules.ruleset import RuleSet

_NAMED = re.compile(r"\bseverity (info|minor|major|blocker)\b", re.IGNORECASE)
_DUTCH = {"licht": "minor", "zwaar": "major", "blokkerend": "blocker", "info": "info"}
_NAMED_NL = re.compile(r"\bernst (licht|zwaar|blokkerend|info)\b", re.IGNORECASE)


def _notes(rules: RuleSet) -> list[tuple[str, str, str, str]]:
    out = []
    for compiled in rules.rules():
        rule = compiled.rule
        note = getattr(getattr(rule, "weights", None), "note", None)
        if note is None or isinstance(note, str):
            continue
        out.append((rule.id, rule.severity, note.nl, note.en))
    return out


def test_there_are_notes_to_check(rules: RuleSet) -> None:
    assert len(_notes(rules)) > 20


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_severity_named_in_a_note_is_the_rules_severity(rules: RuleSet, lang: str) -> None:
    wrong = []
    for rule_id, severity, nl, en in _notes(rules):
        if lang == "en":
            named = [m.lower() for m in _NAMED.findall(en)]
        else:
            named = [_DUTCH[m.lower()] for m in _NAMED_NL.findall(nl)]
        if named and severity not in named:
            wrong.append((rule_id, severity, named))
    assert not wrong
