"""Comparing policy options: a decision matrix with an explicit, fixed pipeline.

The steps are those of :mod:`beleidskompas.analysis.mcda`. The *nuloptie* (keep current
policy: no effect, nothing asked, nothing to implement) is always added as a reference
row. Robustness: seeded weight draws from a Dirichlet distribution centred on the chosen
weights give the share of draws in which each option ranks first; a rank-reversal check
worsens each non-winning option and drops it in turn. Both parameters of those checks are
rule-set parameters (``scoring.compare.*``).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import Field

from beleidskompas.analysis import mcda
from beleidskompas.analysis.mcda import Direction, Method
from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import analysis as A
from beleidskompas.model.base import Frozen
from beleidskompas.model.results import Assessment
from beleidskompas.rules.ruleset import RuleSet

NULOPTIE = "nuloptie"
Group = Literal["doenvermogen", "uitvoerbaarheid", "impact"]
GROUPS: tuple[Group, ...] = ("doenvermogen", "uitvoerbaarheid", "impact")


class Criterion(Frozen):
    """A column of the decision matrix."""

    id: str
    group: Group
    label: Text
    direction: Direction
    weight: float = Field(ge=0)


class OptionRow(Frozen):
    """A row of the decision matrix with every intermediate step."""

    id: str
    title: Text
    values: dict[str, float]
    oriented: dict[str, float]
    normalised: dict[str, float]
    weighted: dict[str, float]
    score: float
    rank: int
    reference: bool = False
    regeldruk: dict[str, float | None] = Field(
        default_factory=dict,
        description="Regeldruk of the option (REGELDRUK_FIGURES), shown but not weighed: the "
        "actions it counts already weigh in doenbaarheid.",
    )


class Robustness(Frozen):
    """How stable the winner is under other weights."""

    draws: int
    seed: int
    concentration: float
    first_share: dict[str, float]


class ReversalNote(Frozen):
    """One way the ranking is not stable: worsening or dropping ``option``."""

    kind: Literal["worsen", "drop"]
    option: str
    winner: str | None = Field(default=None, description="The new winner (worsen).")
    order: list[str] = Field(default_factory=list, description="The new order (drop).")
    step: float | None = Field(default=None, description="Fraction worsened (worsen).")

    @property
    def text(self) -> Text:
        """The note in words."""
        if self.kind == "worsen":
            return A.REVERSAL_WORSEN.text(option=self.option, winner=self.winner)
        return A.REVERSAL_DROP.text(option=self.option, order=" > ".join(self.order))


class RankReversal(Frozen):
    """Whether worsening or dropping a non-winning option changes the ranking."""

    stable: bool
    notes: list[ReversalNote] = Field(default_factory=list)


class Comparison(Frozen):
    """Options side by side: criteria, matrix, ranking and robustness."""

    method: Method
    steps: list[str] = Field(description="Step ids in order (invert, normalise, weight, method).")
    criteria: list[Criterion]
    options: list[OptionRow]
    robustness: Robustness
    rank_reversal: RankReversal

    def ranking(self) -> list[str]:
        """Option ids from first to last."""
        return [o.id for o in sorted(self.options, key=lambda o: o.rank)]


CRITERIA: list[tuple[str, Group, Direction]] = [
    ("doenbaarheid", "doenvermogen", "max"),
    ("take_up", "doenvermogen", "max"),
    ("uitvoerbaarheid", "uitvoerbaarheid", "max"),
    ("benefit_share_bottom", "impact", "max"),
    ("losses_bottom", "impact", "min"),
    ("gap_change", "impact", "min"),
    ("atkinson_change", "impact", "min"),
    ("cost_per_deficit_point", "impact", "min"),
]


def option_values(assessment: Assessment) -> dict[str, float | None]:
    """The criteria values of one assessed option (None where not defined)."""
    dv, uv, ci = assessment.doenvermogen, assessment.uitvoerbaarheid, assessment.class_impact
    if dv is None or uv is None or ci is None:
        raise ValueError(f"{assessment.proposal.id}: compare needs every section assessed")
    s = ci.summary
    return {
        "doenbaarheid": dv.score,
        "take_up": s.take_up,
        "uitvoerbaarheid": uv.score,
        "benefit_share_bottom": s.benefit_share_bottom or 0.0,
        "losses_bottom": s.losses.total * (s.losses.share_bottom or 0.0),
        "gap_change": s.gap_after - s.gap_before,
        "atkinson_change": s.atkinson_after - s.atkinson_before,
        "cost_per_deficit_point": s.cost_per_deficit_point,
    }


REGELDRUK_FIGURES = (
    "citizens.hours_per_year",
    "citizens.eur_per_year",
    "citizens.once_hours",
    "businesses.eur_per_year",
)
"""The regeldruk figures compare shows per option (paths in the assessment's regeldruk)."""


def regeldruk_values(assessment: Assessment) -> dict[str, float | None]:
    """The regeldruk figures of one assessed option (None where not computed)."""
    burden = assessment.regeldruk
    out: dict[str, float | None] = {}
    for figure in REGELDRUK_FIGURES:
        group, key = figure.split(".")
        part = getattr(burden, group) if burden is not None else None
        out[figure] = getattr(part, key) if part is not None else None
    return out


NULOPTIE_VALUES: dict[str, float | None] = {
    "losses_bottom": 0.0,
    "doenbaarheid": 100.0,
    "take_up": 0.0,
    "uitvoerbaarheid": 100.0,
    "benefit_share_bottom": 0.0,
    "gap_change": 0.0,
    "atkinson_change": 0.0,
    "cost_per_deficit_point": None,
}
"""Keep current policy: asks nothing, changes nothing, nobody receives anything."""


def parse_weights(text: str | None) -> dict[str, float]:
    """``doenvermogen=2,impact=1`` → weights per group or criterion id; ValueError if bad."""
    if not text:
        return {}
    known = set(GROUPS) | {c[0] for c in CRITERIA}
    out: dict[str, float] = {}
    for part in text.split(","):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in known:
            raise WeightError("unknown", part=part.strip(), known=", ".join(sorted(known)))
        try:
            number = float(value)
        except ValueError:
            raise WeightError("not_a_number", part=part.strip(), value=value) from None
        if not 0 <= number < float("inf"):
            raise WeightError("not_finite", part=part.strip())
        if name in out:
            raise WeightError("twice", name=name)
        out[name] = number
    if not any(v > 0 for v in out.values()):
        raise WeightError("all_zero")
    return out


class WeightError(ValueError):
    """A bad ``--weights`` text; ``kind`` and ``params`` say what (for the message)."""

    def __init__(self, kind: str, **params: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.params = params


def criteria_weights(weights: Mapping[str, float], active: Sequence[str]) -> dict[str, float]:
    """Weights per active criterion, summing to 1.

    A group weight (1 for a group that is not named) is split equally over the group's
    active criteria; a criterion named explicitly gets its own weight instead of its share.
    Weights are scaled before they are added, so any positive scale gives the same result.
    """
    scale = max([1.0, *weights.values()])  # unnamed groups weigh 1; no overflow for huge ones
    groups = {g: float(weights.get(g, 1.0)) / scale for g in GROUPS}
    raw: dict[str, float] = {}
    for cid, group, _direction in CRITERIA:
        if cid not in active:
            continue
        members = [c for c, g, _ in CRITERIA if g == group and c in active]
        raw[cid] = weights[cid] / scale if cid in weights else groups[group] / len(members)
    return mcda.normalise_weights(raw)


def compare_assessments(
    assessments: Sequence[Assessment],
    rules: RuleSet,
    *,
    weights: Mapping[str, float] | None = None,
    method: Method = "weighted_sum",
    draws: int | None = None,
    seed: int | None = None,
) -> Comparison:
    """Compare assessed options (all assessed with ``rules``), with the nuloptie.

    ``draws`` and ``seed`` of the robustness check default to the rule set's settings.
    """
    options = [
        OptionInput(a.proposal.id, a.proposal.title, option_values(a), regeldruk_values(a))
        for a in assessments
    ]
    return compare_options(options, rules, weights=weights, method=method, draws=draws, seed=seed)


@dataclass(frozen=True)
class OptionInput:
    """What the comparison needs of one assessed option (the assessment itself can go)."""

    id: str
    title: str
    values: Mapping[str, float | None]
    regeldruk: Mapping[str, float | None] = field(default_factory=dict)


def compare_options(
    options: Sequence[OptionInput],
    rules: RuleSet,
    *,
    weights: Mapping[str, float] | None = None,
    method: Method = "weighted_sum",
    draws: int | None = None,
    seed: int | None = None,
    status_quo: OptionInput | None = None,
) -> Comparison:
    """:func:`compare_assessments` on the criteria values of each option.

    ``status_quo``: today's scheme as the nuloptie (keep what there is); without it the
    nuloptie asks nothing and changes nothing.
    """
    settings = rules.scoring.compare
    draws = settings.draws if draws is None else draws
    seed = settings.seed if seed is None else seed
    if not options:
        raise ValueError("give at least one option")
    ids = [o.id for o in options]
    if len(set(ids)) != len(ids):
        raise ValueError(f"option ids must be unique: {', '.join(ids)}")
    values = {o.id: dict(o.values) for o in options}
    burdens: dict[str, dict[str, float | None]] = {o.id: dict(o.regeldruk) for o in options}
    burdens[NULOPTIE] = (
        dict(status_quo.regeldruk) if status_quo else dict.fromkeys(REGELDRUK_FIGURES, 0.0)
    )
    titles = {o.id: Text(nl=o.title, en=o.title) for o in options}
    active = [
        c
        for c, _, _ in CRITERIA
        if c != "cost_per_deficit_point" or all(v[c] is not None for v in values.values())
    ]
    values[NULOPTIE] = dict(status_quo.values) if status_quo else dict(NULOPTIE_VALUES)
    titles[NULOPTIE] = (
        A.NULOPTIE_SCHEME.text(title=status_quo.title) if status_quo else A.NULOPTIE.text()
    )
    if "cost_per_deficit_point" in active and values[NULOPTIE]["cost_per_deficit_point"] is None:
        costs = [float(v["cost_per_deficit_point"] or 0.0) for k, v in values.items()]
        values[NULOPTIE]["cost_per_deficit_point"] = max(costs)
    matrix = {o: {c: float(v[c] or 0.0) for c in active} for o, v in values.items()}
    directions = {c: d for c, _, d in CRITERIA}
    w = criteria_weights(weights or {}, active)
    steps, scores = mcda.pipeline(matrix, directions, w, method)
    order = [*ids, NULOPTIE]
    ranked = mcda.ranks(scores, order)

    concentration = rules.parameter("scoring.compare.weight_concentration").value
    firsts = _first_shares(matrix, directions, w, method, order, draws, seed, concentration)
    step = rules.parameter("scoring.compare.worsening_step").value
    reversal = rank_reversal(matrix, directions, w, method, order, ranked, step)
    groups = {c: g for c, g, _ in CRITERIA}
    rank_of = {o: i for i, o in enumerate(ranked, start=1)}
    return Comparison(
        method=method,
        steps=[*mcda.STEPS, method],
        criteria=[
            Criterion(
                id=c,
                group=groups[c],
                label=A.CRITERIA[c].text(),
                direction=directions[c],
                weight=w[c],
            )
            for c in w
        ],
        options=[
            OptionRow(
                id=o,
                title=titles[o],
                values=dict(matrix[o]),
                oriented=steps["oriented"][o],
                normalised=steps["normalised"][o],
                weighted=steps["weighted"][o],
                score=scores[o],
                rank=rank_of[o],
                reference=o == NULOPTIE,
                regeldruk=burdens[o],
            )
            for o in order
        ],
        robustness=Robustness(
            draws=draws, seed=seed, concentration=concentration, first_share=firsts
        ),
        rank_reversal=reversal,
    )


def _first_shares(
    matrix: mcda.Matrix,
    directions: Mapping[str, Direction],
    weights: Mapping[str, float],
    method: Method,
    order: Sequence[str],
    draws: int,
    seed: int,
    concentration: float,
) -> dict[str, float]:
    rng = random.Random(seed)
    firsts = dict.fromkeys(order, 0)
    crit = list(weights)
    alpha = [concentration * len(crit) * weights[c] for c in crit]
    _, normalised = mcda.normalise(matrix, directions, crit)  # the same for every draw
    for _ in range(draws):
        sample = dict(zip(crit, mcda.dirichlet(rng, alpha), strict=True))
        scores = mcda.weighted_scores(normalised, sample, method)
        firsts[mcda.best(scores, order)] += 1
    return {o: firsts[o] / draws if draws else 0.0 for o in order}


def rank_reversal(
    matrix: mcda.Matrix,
    directions: Mapping[str, Direction],
    weights: Mapping[str, float],
    method: Method,
    order: Sequence[str],
    ranked: Sequence[str],
    step: float,
) -> RankReversal:
    """Worsen each non-winning option by ``step`` of its distance to the worst value, then
    drop it; note every change of the winner or of the others' order."""
    notes: list[ReversalNote] = []
    winner = ranked[0]
    # An option that holds no column's minimum or maximum changes neither the normalisation
    # nor the ideal points when it is worsened or dropped, so the others' scores stay and the
    # winner stays: only the extreme options need the full check (linear time, not square).
    extreme = mcda.extreme_options(matrix, list(weights))
    for loser in ranked[1:]:
        if loser not in extreme:
            continue
        worse = {o: dict(row) for o, row in matrix.items()}
        for c in weights:
            column = [matrix[o][c] for o in matrix]
            worst = max(column) if directions[c] == "min" else min(column)
            worse[loser][c] = matrix[loser][c] + step * (worst - matrix[loser][c])
        _, scores = mcda.pipeline(worse, directions, weights, method)
        new_winner = mcda.best(scores, order)
        if new_winner != winner:
            notes.append(ReversalNote(kind="worsen", option=loser, winner=new_winner, step=step))
        rest = [o for o in order if o != loser]
        _, scores = mcda.pipeline({o: matrix[o] for o in rest}, directions, weights, method)
        new_order = mcda.ranks(scores, rest)
        if new_order != [o for o in ranked if o != loser]:
            notes.append(ReversalNote(kind="drop", option=loser, order=new_order))
    return RankReversal(stable=not notes, notes=notes)
