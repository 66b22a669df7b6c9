"""Checking a proposal against the rule set it is assessed with (class and attribute ids)."""

from __future__ import annotations

import difflib

from beleidskompas.errors import InputError, Loc, Message, Problem
from beleidskompas.io.document import Document
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet


def check_proposal(proposal: Proposal, ruleset: RuleSet, doc: Document | None = None) -> None:
    """Raise InputError when the proposal names class or attribute ids the rule set lacks."""
    problems: list[Problem] = []
    classes = ruleset.classes

    def add(loc: Loc, name: str, known: list[str], what_nl: str, what_en: str) -> None:
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint_nl = f"; bedoelt u '{close[0]}'?" if close else ""
        hint_en = f"; did you mean '{close[0]}'?" if close else ""
        pos = doc.position(loc, key=loc[-2] == "reach") if doc else None
        line, column = pos if pos else (None, None)
        problems.append(
            Problem(
                Message(
                    f"onbekende {what_nl} '{name}' in klassenmodel {classes.id}{hint_nl} "
                    f"(bekend: {', '.join(known)})",
                    f"unknown {what_en} '{name}' in class model {classes.id}{hint_en} "
                    f"(known: {', '.join(known)})",
                ),
                loc,
                line,
                column,
            )
        )

    attributes = list(classes.attributes)
    for i, criterion in enumerate(proposal.target_group.criteria):
        if criterion not in classes.attributes:
            add(("target_group", "criteria", i), criterion, attributes, "kenmerk", "attribute")
    ids = classes.ids
    for class_id in proposal.target_group.reach or {}:
        if class_id not in ids:
            add(("target_group", "reach", class_id), class_id, ids, "klasse", "class")
    if problems:
        raise InputError(str(doc.path) if doc else f"<proposal {proposal.id}>", problems)
