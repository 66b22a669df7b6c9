"""A measure's effects resolved per class, before the spread over the capital graph.

Each effect of a proposal becomes a :class:`Term`: its capital, its size per class for one
recipient, and whether it is *claimed* (take-up applies) or *applied* (everyone in scope):

* ``size``: the same for every class;
* ``per_class``: as given (classes left out: 0);
* ``amount_eur_per_month`` / ``amount_eur_once``: money turns into economic capital with the
  class's reference income ``Y_k``: ``Δe_k = w · β · A / Y_k``, where ``A`` is the amount a
  year (12 × the monthly amount, or a one-off sum divided by the horizon ``H``). Linear in
  the amount, so effects add and scale; a euro counts more the lower the income.

Claimed or applied: the effect's own ``reaches``, else the measure's ``delivery.reaches``,
else *applied* for a regulation or a tax measure and *claimed* for every other instrument.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from beleidskompas.model.proposal import CAPITALS, Effect, Proposal, Reaches
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.dates import MONTHS_PER_YEAR
from beleidskompas.scoring.trace import Reader

APPLIED_INSTRUMENTS = ("regulation", "tax_measure")
"""Instruments whose effects apply to everyone in scope unless the proposal says otherwise."""

Direct = dict[str, dict[str, float]]
"""Direct effect per class and capital (before the spread)."""


def measure_reaches(proposal: Proposal) -> Reaches:
    """How the measure as a whole reaches people (``delivery.reaches`` or the default)."""
    if proposal.delivery.reaches is not None:
        return proposal.delivery.reaches
    return "applied" if proposal.instrument in APPLIED_INSTRUMENTS else "claimed"


def effect_reaches(effect: Effect, proposal: Proposal) -> Reaches:
    """How one effect reaches people."""
    return effect.reaches or measure_reaches(proposal)


@dataclass(frozen=True)
class Term:
    """One effect resolved per class."""

    capital: str
    sizes: dict[str, float]
    claimed: bool


def annual_amount(reader: Reader, effect: Effect, value: float) -> float:
    """The euro amount a year of a money effect (value in the effect's own unit)."""
    if effect.amount_eur_per_month is not None:
        return MONTHS_PER_YEAR * value
    return value / reader.param("scoring.income.one_off_horizon_years")


def money_to_capital(reader: Reader, rules: RuleSet, annual: float) -> dict[str, float]:
    """``Δe_k = w · β · A / Y_k`` for every class, clipped to the scale [-1, 1]."""
    weight = reader.param("scoring.income.income_weight")
    scale = reader.param("scoring.income.log_scale")
    out: dict[str, float] = {}
    for cls in rules.classes.classes:
        income = reader.param(f"classes.{cls.id}.reference_income_eur")
        out[cls.id] = max(-1.0, min(1.0, weight * scale * annual / income))
    return out


def resolve(
    reader: Reader, proposal: Proposal, rules: RuleSet, effect: Effect, value: float | None
) -> Term:
    """One effect as a :class:`Term`; ``value`` replaces its own value (for ranges)."""
    ids = [c.id for c in rules.classes.classes]
    claimed = effect_reaches(effect, proposal) == "claimed"
    if effect.per_class is not None:
        sizes = {k: float(effect.per_class.get(k, 0.0)) for k in ids}
    elif effect.size is not None:
        size = effect.size if value is None else value
        sizes = dict.fromkeys(ids, size)
    else:
        amount = effect.value if value is None else value
        assert amount is not None
        sizes = money_to_capital(reader, rules, annual_amount(reader, effect, amount))
    return Term(effect.capital, sizes, claimed)


def terms(
    reader: Reader,
    proposal: Proposal,
    rules: RuleSet,
    values: Sequence[float | None] | None = None,
) -> list[Term]:
    """Every effect of the proposal as a term (``values``: one per effect, or None)."""
    chosen = values if values is not None else [None] * len(proposal.effects)
    return [
        resolve(reader, proposal, rules, e, v)
        for e, v in zip(proposal.effects, chosen, strict=True)
    ]


def direct_effects(
    terms_: Sequence[Term],
    reach: Mapping[str, float],
    take_up: Mapping[str, float],
    extra: Mapping[str, Mapping[str, float]] | None = None,
) -> Direct:
    """``d_kc = Σ_terms r_k · (t_k if claimed else 1) · size_k`` (+ ``extra``, e.g. the
    expected harm of sanctions)."""
    out: Direct = {k: dict.fromkeys(CAPITALS, 0.0) for k in reach}
    for term in terms_:
        for k, size in term.sizes.items():
            factor = reach[k] * (take_up[k] if term.claimed else 1.0)
            out[k][term.capital] += factor * size
    for k, vector in (extra or {}).items():
        for capital, value in vector.items():
            out[k][capital] += value
    return out


def subtract(a: Direct, b: Direct) -> Direct:
    """``a − b`` per class and capital (the change from a baseline)."""
    return {k: {c: a[k][c] - b[k][c] for c in a[k]} for k in a}
