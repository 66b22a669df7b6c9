"""Facts derived from a proposal before the rules run (dates, lead times, reach, the kind
of task for medeoverheden).

Rules read them as ``facts.*``; each is recorded as a figure of its section. The date
facts are in :mod:`beleidskompas.scoring.entry`.
"""

from __future__ import annotations

from dataclasses import fields

from beleidskompas.model.facts import Facts
from beleidskompas.model.proposal import DECENTRAL_INSTRUMENTS, Implementation, ItChange, Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import society as soc
from beleidskompas.scoring.entry import ar417_applies, deviation_covers, entry_facts
from beleidskompas.scoring.trace import Tracer

_IT_ORDER: tuple[ItChange, ...] = ("none", "minor", "major", "new_system")


def imposed_task(rules: RuleSet, impl: Implementation) -> bool | None:
    """Whether the proposal imposes a task on medeoverheden (medebewind).

    As stated, else derived: false for a decentral instrument (their own policy), true for
    a wet, AMvB or ministeriële regeling that decentral governments carry out (a national
    rule that assigns them work), otherwise unknown.
    """
    decentral = impl.decentralised
    if decentral.imposed_task is not None:
        return decentral.imposed_task
    if impl.legislation in DECENTRAL_INSTRUMENTS:
        return False
    if decentral.involved is False:
        return False
    if decentral.involved is True and ar417_applies(rules, impl):
        return True
    return None


def derive_facts(proposal: Proposal, rules: RuleSet, tracer: Tracer) -> Facts:
    """Compute the ``facts.*`` values rules may use."""
    impl = proposal.implementation
    dated = entry_facts(tracer, proposal, rules)
    changes = [i.it_change for i in impl.implementers or [] if i.it_change is not None]
    largest = max(changes, key=_IT_ORDER.index) if changes else None

    fig = tracer.figure("class_impact", "facts.bottom_reach_share")
    reach = soc.reach_by_class(fig, proposal, rules)
    shares = soc.shares(fig, rules)
    bottom = soc.bottom_reach_share(reach, shares, rules.classes.bottom_classes)
    fig.done(bottom, "Σ_bottom share_k · reach_k / Σ_k share_k · reach_k")

    return Facts(
        **{f.name: getattr(dated, f.name) for f in fields(dated)},  # flat: no deep copy
        ar417_applies=ar417_applies(rules, impl),
        deviation_covers_change_dates=deviation_covers(impl, "change_dates"),
        deviation_covers_minimum=deviation_covers(impl, "minimum"),
        deviation_on_residual_ground=(
            impl.ar417_deviation is not None and impl.ar417_deviation.ground == "general_ar_1_2"
        ),
        imposed_task=imposed_task(rules, impl),
        largest_it_change=largest,
        bottom_reach_share=bottom,
    )
