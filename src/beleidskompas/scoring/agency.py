"""The implementer's own uitvoeringstoets as evidence beside the tool's rules.

* **Own verdict**: the eindoordeel of the tool's rules alone — every rule except those that
  read an uitvoeringstoets verdict (they only repeat the agency's judgement).
* **Agency verdict**: the worst verdict among the implementers that did their toets and
  gave a verdict.
* **Eindoordeel**: when every named implementer gave a verdict, theirs weighs most and is
  the eindoordeel; when only some did, the worse of theirs and the tool's (for the others
  the tool is the only evidence); when none did, the tool's.
* A disagreement between the agency and the tool is a finding (``UV-TOETS``, made here, not
  by a rule file) that names both verdicts and the findings behind the tool's judgement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import findings as F
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.model.conditions import fields_used
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Finding, UitvoerbaarheidVerdict
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.findings import RuleOutcome

AGENCY_FIELD = "uitvoeringstoets.verdict"
DISAGREEMENT_RULE = "UV-TOETS"
ORDER: tuple[UitvoerbaarheidVerdict, ...] = ("uitvoerbaar", "uitvoerbaar_mits", "niet_uitvoerbaar")
Basis = Literal["tool", "agency", "agency_and_tool"]


def worst(verdicts: Sequence[UitvoerbaarheidVerdict]) -> UitvoerbaarheidVerdict:
    """The least favourable of some verdicts."""
    return max(verdicts, key=ORDER.index)


def reads_agency_verdict(outcome: RuleOutcome) -> bool:
    """Whether a rule's condition reads an uitvoeringstoets verdict."""
    return any(f.endswith(AGENCY_FIELD) for f in fields_used(outcome.compiled.rule.when))


def own_outcomes(outcomes: Sequence[RuleOutcome], rules: RuleSet) -> list[RuleOutcome]:
    """The outcomes of the tool's own rules (those not repeating an agency verdict); which
    rules read a verdict is worked out once per rule set."""

    def readers() -> frozenset[str]:
        return frozenset(
            c.id
            for c in rules.rules()
            if any(f.endswith(AGENCY_FIELD) for f in fields_used(c.rule.when))
        )

    agency_rules = rules.memo("agency.readers", readers)
    return [o for o in outcomes if o.compiled.id not in agency_rules]


@dataclass(frozen=True)
class Evidence:
    """The agency's verdict (if any), the tool's, and the eindoordeel they give together."""

    agency: UitvoerbaarheidVerdict | None
    own: UitvoerbaarheidVerdict
    verdict: UitvoerbaarheidVerdict
    basis: Basis


def agency_verdicts(proposal: Proposal) -> tuple[list[UitvoerbaarheidVerdict], bool]:
    """The verdicts of the implementers' done toetsen, and whether every implementer gave one."""
    implementers = proposal.implementation.implementers or []
    verdicts = [
        i.uitvoeringstoets.verdict
        for i in implementers
        if i.uitvoeringstoets is not None
        and i.uitvoeringstoets.done
        and i.uitvoeringstoets.verdict is not None
    ]
    return verdicts, bool(implementers) and len(verdicts) == len(implementers)


def combine(proposal: Proposal, own: UitvoerbaarheidVerdict) -> Evidence:
    """The eindoordeel from the agency's toetsen and the tool's own verdict."""
    verdicts, all_gave = agency_verdicts(proposal)
    if not verdicts:
        return Evidence(None, own, own, "tool")
    agency = worst(verdicts)
    if all_gave:
        return Evidence(agency, own, agency, "agency")
    return Evidence(agency, own, worst([agency, own]), "agency_and_tool")


def disagreement(
    evidence: Evidence, proposal: Proposal, findings: Sequence[Finding]
) -> Finding | None:
    """The ``UV-TOETS`` finding when the agency and the tool judge differently."""
    if evidence.agency is None or evidence.agency == evidence.own:
        return None
    organisations = ", ".join(
        i.organisation
        for i in proposal.implementation.implementers or []
        if i.uitvoeringstoets is not None and i.uitvoeringstoets.done
    )
    drivers = [f.rule for f in findings if f.severity in ("blocker", "major")]
    reasons: Text | str = ", ".join(drivers) if drivers else F.NO_MAJOR_FINDINGS.text()
    harsher = ORDER.index(evidence.own) > ORDER.index(evidence.agency)
    entry = F.TOOL_HARSHER if harsher else F.AGENCY_HARSHER
    return Finding(
        rule=DISAGREEMENT_RULE,
        severity="minor",
        message=entry.text(
            organisations=organisations,
            agency=L.VERDICTS[evidence.agency].text(),
            own=L.VERDICTS[evidence.own].text(),
            reasons=reasons,
        ),
        advice=F.DISCUSS_TOETS.text(organisations=organisations),
    )
