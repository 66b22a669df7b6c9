"""Take-up per class: a route's non-take-up, shifted by determinants with sourced directions.

For class *k* and one route *r* of the proposal (with ``known_share`` the government's known
part may get another route than the rest; the class's non-take-up is the share-weighted
mean over the routes)::

    automatic:  NTU = b_auto
    otherwise:  NTU = b_auto + (1 − b_auto) · σ(z),
    z = logit((b_r − b_auto) / (1 − b_auto))           the route at the reference design
        − α · ln(clip(A, A_low, A_high) / A_ref)       amount (small amounts, low take-up)
        + w[awareness] − o[outreach]                    knowing of it (local: w_nat + w_local)
        + s · last_resort + v · advance                 stigma, fear of recovery
        + Σ_a δ_a · (p_ka − p̄_a)                        group effects of class attributes
        + μ^[life event] · (β · min(L, L_max) · exp(γ_lit · p_k,lit)
                            + γ_dig · min(L_dig, L_dig,max) · p_k,dig)   complexity

``b_r`` is the non-take-up of route *r* at the reference design, ``L`` the complexity load
(the doenvermogen take-up loads, without those a determinant of its own carries), ``L_dig``
the load of the digital rules (no non-digital route, DigiD, one channel), which hinder only
people with low digital skills, ``p_ka`` class *k*'s share of attribute *a*.
Every coefficient is ≥ 0, so more burden, stigma or recovery risk never raises take-up, a
better route, outreach or a larger amount never lowers it, and no route does better than
automatic payment. The coefficients are fitted on the calibration set only
(``scripts/calibrate_takeup.py``); their posterior draws give take-up intervals, widened
when the design lies outside what the calibration covers.

Take-up applies to what people must claim or accept; obligations and rules that apply to
everyone in scope reach everyone (:meth:`TakeUp.applied`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import takeup as T
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import DoenvermogenResult, Interval
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.takeup_inputs import (
    DIGITAL,
    LITERACY,
    Design,
    Profiles,
    design,
    outside_calibration,
    profiles,
)
from beleidskompas.scoring.trace import Tracer

SECTION = "take_up"
BASE = "takeup.base_non_take_up."
DRAWS_ID = "takeup.uncertainty.draws"
MEDIAN = 0.5
FORMULA = (
    "1 − Σ_r share_r · NTU_r; NTU_r = b_auto + (1 − b_auto) · σ(logit(b_r') − α ln(A/A_ref) "
    "+ w − o + s + v + Σ δ_a (p_ka − p̄_a) + μ (β min(L, L_max) e^(γ_lit p_lit) "
    "+ γ_dig min(L_dig, L_dig,max) p_dig))"
)
Get = Callable[[str], float]


def logit(p: float) -> float:
    """log(p / (1 − p))."""
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    """1 / (1 + e^−x), numerically stable."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def amount_term(get: Get, amount: float | None) -> float:
    """``−α · ln(clip(A) / A_ref)``: 0 at the reference amount or when it is unknown."""
    if amount is None:
        return 0.0
    low = get("takeup.amount.lowest_eur_per_month")
    high = get("takeup.amount.highest_eur_per_month")
    clipped = min(high, max(low, amount))
    return -get("takeup.amount.slope") * math.log(
        clipped / get("takeup.amount.reference_eur_per_month")
    )


def complexity_term(get: Get, d: Design, shares: Mapping[str, float]) -> float:
    """``μ^[life event] · (β · min(L, L_max) · exp(γ_lit · p_lit) + γ_dig · min(L_dig,
    L_dig,max) · p_dig)`` — never negative, never falling with more load."""
    total = 0.0
    if d.load > 0:
        load = min(d.load, get("takeup.complexity.cap"))
        weight = math.exp(get("takeup.complexity.literacy") * shares.get(LITERACY, 0.0))
        total += get("takeup.complexity.slope") * load * weight
    if d.digital_load > 0 and DIGITAL in shares:
        load = min(d.digital_load, get("takeup.complexity.digital_cap"))
        total += get("takeup.complexity.digital") * load * shares[DIGITAL]
    if total > 0 and d.during_life_event:
        total *= get("takeup.life_event_multiplier")
    return total


def design_shift(get: Get, d: Design) -> float:
    """The logit shift of the design's own determinants (the same for every class)."""
    z = amount_term(get, d.amount)
    if d.awareness != "well_known":
        z += get("takeup.awareness.national")
    if d.awareness == "local":
        z += get("takeup.awareness.local")
    if d.outreach != "none":
        z -= get(f"takeup.outreach.{d.outreach}")
    if d.last_resort:
        z += get("takeup.last_resort")
    if d.advance:
        z += get("takeup.advance_with_reconciliation")
    return z


def group_shift(get: Get, profiles: Profiles, class_id: str) -> float:
    """``Σ_a δ_a · (p_ka − p̄_a)``: the class's attributes against the population's."""
    shares = profiles.shares[class_id]
    return sum(get(f"takeup.groups.{a}") * (shares[a] - profiles.means[a]) for a in profiles.groups)


def route_non_take_up(get: Get, route: str, shift: float) -> float:
    """Non-take-up of one route given the summed logit shift of everything else."""
    floor = get(BASE + "automatic")
    if route == "automatic":
        return floor
    base = get(BASE + route)
    z = logit((base - floor) / (1.0 - floor)) + shift
    return floor + (1.0 - floor) * sigmoid(z)


def class_non_take_up(
    get: Get, d: Design, profiles: Profiles, class_id: str, offset: float = 0.0
) -> float:
    """Non-take-up of one class: the share-weighted mean over the design's routes
    (``offset``: an extra logit shift, used by the calibration for foreign figures)."""
    if all(route == "automatic" for _, route in d.segments):
        return get(BASE + "automatic")
    shift = (
        offset
        + design_shift(get, d)
        + group_shift(get, profiles, class_id)
        + complexity_term(get, d, profiles.shares[class_id])
    )
    return sum(share * route_non_take_up(get, route, shift) for share, route in d.segments)


@dataclass(frozen=True)
class TakeUp:
    """Take-up per class, its interval from the fit, and what a reader must know."""

    point: dict[str, float]
    bounds: dict[str, Interval] = field(default_factory=dict)
    draws: tuple[dict[str, float], ...] = ()
    """Take-up per class for each parameter draw (widened when extrapolating)."""
    notes: tuple[Text, ...] = ()
    """Assumptions for unknown fields, extrapolation warnings, how intervals are made."""
    outside: tuple[str, ...] = ()
    """Features outside the calibration set (``load``, ``route``, ``amount``, ``life_event``)."""

    def applied(self, claimed: bool) -> dict[str, float]:
        """The share of each class a measure reaches: take-up for what people must claim or
        accept, 1 for obligations, taxes and rules that apply to everyone in scope."""
        return dict(self.point) if claimed else dict.fromkeys(self.point, 1.0)


def quantile(values: list[float], q: float) -> float:
    """The ``q``-quantile of ``values`` (linear between order statistics)."""
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (position - low) * (ordered[high] - ordered[low])


def recentre(point: float, centre: float, draw: float, factor: float) -> float:
    """``draw``'s distance from ``centre`` on the logit scale, ``factor`` times, from ``point``.

    The draws describe the spread; the point estimate is the centre. (The mode of the fit and
    the median of the draws differ, because sums of positive parameters are skewed.)
    """
    if not (0.0 < point < 1.0 and 0.0 < centre < 1.0 and 0.0 < draw < 1.0):
        return draw
    return sigmoid(logit(point) + factor * (logit(draw) - logit(centre)))


def _notes(d: Design, prof: Profiles, outside: list[tuple[str, dict[str, object]]]) -> list[Text]:
    out: list[Text] = []
    if d.assumed and any(route != "automatic" for _, route in d.segments):
        out.append(T.ASSUMED.text(fields=", ".join(d.assumed)))
    if prof.missing:
        out.append(T.NO_ATTRIBUTE.text(attributes=", ".join(prof.missing)))
    out += [T.OUTSIDE[key].text(**values) for key, values in outside]
    return out


def _uncertainty(
    tracer: Tracer, rules: RuleSet, d: Design, prof: Profiles, point: dict[str, float], n_out: int
) -> tuple[dict[str, Interval], tuple[dict[str, float], ...], list[Text]]:
    settings = rules.takeup.uncertainty
    if settings is None:
        return {}, (), [T.NO_INTERVAL.text()]
    fig = tracer.figure(SECTION, "uncertainty")
    fig.tag(DRAWS_ID)
    widening = fig.param("takeup.uncertainty.widening")
    factor = widening**n_out
    base = rules.takeup.values()
    raw: list[dict[str, float]] = []
    for row in settings.draws.rows():
        values = {**base, **row}
        raw.append({k: 1.0 - class_non_take_up(values.__getitem__, d, prof, k) for k in point})
    centre = {k: quantile([r[k] for r in raw], MEDIAN) for k in point}
    draws = [{k: recentre(point[k], centre[k], r[k], factor) for k in point} for r in raw]
    tail = (1.0 - settings.interval) / 2
    bounds: dict[str, Interval] = {}
    for k, value in point.items():
        sample = [draw[k] for draw in draws]
        low, high = quantile(sample, tail), quantile(sample, 1.0 - tail)
        bounds[k] = (min(low, value), max(high, value))
    fig.done(
        factor,
        "intervals: quantiles of the draws' take-up, recentred on the point on the logit "
        "scale; spread × widening^n",
        draws=len(draws),
        interval=settings.interval,
        outside=n_out,
    )
    note = T.INTERVAL.text(coverage=settings.interval, draws=len(draws), widening=widening)
    return bounds, tuple(draws), [note]


def take_up_by_class(
    tracer: Tracer,
    rules: RuleSet,
    proposal: Proposal,
    doenvermogen: DoenvermogenResult,
    *,
    uncertainty: bool = True,
) -> TakeUp:
    """Expected take-up per class (each a traced figure) with its interval and notes."""
    fig = tracer.figure(SECTION, "complexity_load")
    d = design(fig, proposal, doenvermogen, rules)
    outside = outside_calibration(fig, d, rules)
    fig.done(
        d.load,
        "L = Σ take_up(rule) over the fired rules a determinant of its own does not carry",
        routes=", ".join(f"{share:g} {route}" for share, route in d.segments),
        outside=", ".join(key for key, _ in outside) or "—",
    )
    point: dict[str, float] = {}
    prof: Profiles | None = None
    for cls in rules.classes.classes:
        fig = tracer.figure(SECTION, f"classes.{cls.id}.take_up")
        prof = fig.derived("takeup.profiles", lambda r: profiles(r, rules))
        point[cls.id] = 1.0 - class_non_take_up(fig.param, d, prof, cls.id)
        fig.done(
            point[cls.id],
            FORMULA,
            routes=", ".join(f"{share:g} {route}" for share, route in d.segments),
            amount=d.amount,
            awareness=d.awareness,
            outreach=d.outreach,
            last_resort=d.last_resort,
            advance=d.advance,
            life_event=d.life_event,
            L=d.load,
            L_dig=d.digital_load,
        )
    if prof is None:
        return TakeUp(point=point)
    notes = _notes(d, prof, outside)
    bounds: dict[str, Interval] = {}
    draws: tuple[dict[str, float], ...] = ()
    if uncertainty:
        bounds, draws, more = _uncertainty(tracer, rules, d, prof, point, len(outside))
        notes += more
    return TakeUp(
        point=point,
        bounds=bounds,
        draws=draws,
        notes=tuple(notes),
        outside=tuple(key for key, _ in outside),
    )
