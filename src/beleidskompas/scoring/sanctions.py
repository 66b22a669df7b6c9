"""The expected harm of sanctions under an obligation.

A measure that applies to everyone in scope, asks something of people and sanctions a
failure is an obligation: its harm is not a benefit people may leave unclaimed. For a
member of class *k* (docs/methodology.md, "Obligations and sanctions")::

    h_k = h0 · (L / L_ref)^α · exp(γ_s · (c̄ − c_k)) · D
    P_k = 1 − exp(−h_k)                       (chance of a sanction in a year)
    harm_k = −P_k · w · β · A / Y_k           (expected change of economic capital)

with ``L`` the sanctionable moments a year (the actions asked, by frequency), ``c_k`` the
class's doenvermogen capacity (a weighted mean of its persoons, cultureel and economisch
positions), ``c̄`` its population-weighted mean, ``D`` the hardship factor when a
hardship clause exists (else 1), ``A`` what a sanction costs (the largest of the sanctions
listed, times the escalation factor when it escalates). More burden or a heavier sanction
never lowers the harm; less capacity never lowers it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from beleidskompas.model.proposal import Proposal, Sanction
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.demands import measure_demands
from beleidskompas.scoring.effects import measure_reaches, money_to_capital
from beleidskompas.scoring.trace import Reader

P = "scoring.sanctions."


CAPACITY_CAPITALS = ("persoons", "cultureel", "economisch")


def capacities(reader: Reader, rules: RuleSet) -> tuple[dict[str, float], float]:
    """Doenvermogen capacity per class and its population-weighted mean."""
    weights = {c: reader.param(f"{P}capacity_weight_{c}") for c in CAPACITY_CAPITALS}
    caps: dict[str, float] = {}
    shares: dict[str, float] = {}
    for cls in rules.classes.classes:
        shares[cls.id] = reader.param(f"classes.{cls.id}.share")
        caps[cls.id] = sum(
            w * reader.param(f"classes.{cls.id}.positions.{c}") for c, w in weights.items()
        )
    mean = sum(shares[k] * caps[k] for k in caps) / sum(shares.values())
    return caps, mean


def is_obligation(proposal: Proposal) -> bool:
    """Applied to everyone in scope, asking something of people, with sanctions."""
    delivery = proposal.delivery
    return (
        measure_reaches(proposal) == "applied"
        and bool(delivery.citizen_actions)
        and bool(delivery.sanctions)
    )


def sanction_cost(reader: Reader, sanction: Sanction) -> float:
    """What one sanction costs the person, in euros."""
    amount = (
        sanction.amount_eur
        if sanction.amount_eur is not None
        else reader.param(f"{P}default_amount_{sanction.kind}")
    )
    if sanction.escalates:
        amount *= reader.param(f"{P}escalation_factor")
    return amount


def probability(
    hazard: float, moments: float, reference: float, exponent: float, steepness: float, gap: float
) -> float:
    """``1 − exp(−h0 · (L / L_ref)^α · exp(γ_s · gap))``, with ``gap = c̄ − c_k``."""
    load = (max(0.0, moments) / reference) ** exponent
    return 1.0 - math.exp(-hazard * load * math.exp(steepness * gap))


@dataclass(frozen=True)
class SanctionHarm:
    """Per class: the chance of a sanction in a year and the expected economic harm."""

    probability: dict[str, float]
    harm: dict[str, float]


def sanction_harm(
    reader: Reader,
    proposal: Proposal,
    rules: RuleSet,
    capacities: Mapping[str, float],
    mean_capacity: float,
) -> SanctionHarm | None:
    """The expected harm of the proposal's sanctions, or None when it is no obligation."""
    if not is_obligation(proposal):
        return None
    on_change = reader.param("scoring.portfolio.on_change_per_year")
    moments, _, _ = measure_demands(proposal, on_change)
    hazard = reader.param(f"{P}base_hazard")
    if proposal.delivery.hardship_clause is True:
        hazard *= reader.param(f"{P}hardship_factor")
    reference = reader.param(f"{P}reference_moments")
    exponent = reader.param(f"{P}burden_exponent")
    steepness = reader.param(f"{P}capacity_steepness")
    cost = max(sanction_cost(reader, s) for s in proposal.delivery.sanctions or [])
    loss = money_to_capital(reader, rules, -cost)
    chance = {
        k: probability(hazard, moments, reference, exponent, steepness, mean_capacity - c)
        for k, c in capacities.items()
    }
    return SanctionHarm(chance, {k: chance[k] * loss[k] for k in chance})
