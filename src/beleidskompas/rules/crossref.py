"""Checking a proposal against the rule set it is assessed with (class and attribute ids)."""

from __future__ import annotations

import difflib

from beleidskompas.errors import InputError, Loc, Problem
from beleidskompas.i18n import Entry
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io.document import Document
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet


def check_proposal(proposal: Proposal, ruleset: RuleSet, doc: Document | None = None) -> None:
    """Raise InputError when the proposal names class or attribute ids the rule set lacks."""
    problems: list[Problem] = []
    classes = ruleset.classes

    def add(loc: Loc, name: str, known: list[str], entry: Entry) -> None:
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = E.DID_YOU_MEAN.text(name=close[0]) if close else ""
        pos = doc.position(loc, key=loc[-2] == "reach") if doc else None
        line, column = pos if pos else (None, None)
        message = entry.text(name=name, model=classes.id, hint=hint, known=", ".join(known))
        problems.append(Problem(message, loc, line, column))

    attributes = list(classes.attributes)
    for i, criterion in enumerate(proposal.target_group.criteria):
        if criterion not in classes.attributes:
            add(("target_group", "criteria", i), criterion, attributes, E.UNKNOWN_ATTRIBUTE)
    ids = classes.ids
    for class_id in proposal.target_group.reach or {}:
        if class_id not in ids:
            add(("target_group", "reach", class_id), class_id, ids, E.UNKNOWN_CLASS_ID)
    for i, effect in enumerate(proposal.effects):
        for class_id in effect.per_class or {}:
            if class_id not in ids:
                add(("effects", i, "per_class", class_id), class_id, ids, E.UNKNOWN_CLASS_ID)
    for class_id in (proposal.scope.class_shares or {}) if proposal.scope else {}:
        if class_id not in ids:
            add(("scope", "class_shares", class_id), class_id, ids, E.UNKNOWN_CLASS_ID)
    problems += _money_problems(proposal, ruleset, doc)
    if problems:
        raise InputError(str(doc.path) if doc else f"<proposal {proposal.id}>", problems)


def _money_problems(proposal: Proposal, ruleset: RuleSet, doc: Document | None) -> list[Problem]:
    """Euro amounts need a reference income for every class of the class model."""
    if all(c.reference_income_eur is not None for c in ruleset.classes.classes):
        return []
    out: list[Problem] = []
    for i, effect in enumerate(proposal.effects):
        if effect.amount_eur_per_month is None and effect.amount_eur_once is None:
            continue
        loc: Loc = ("effects", i)
        pos = doc.position(loc) if doc else None
        line, column = pos if pos else (None, None)
        out.append(
            Problem(E.NO_REFERENCE_INCOMES.text(model=ruleset.classes.id), loc, line, column)
        )
    return out
