"""Comparing policy options: a decision matrix with an explicit, fixed pipeline.

Steps, always in this order (the order matters: normalising before inverting costs is a
known MCDA error):

1. **invert costs**: criteria to minimise are negated, so that more is better everywhere;
2. **normalise**: min–max per criterion to [0, 1] (a criterion on which all options are
   equal becomes 0 for all and cannot change the ranking);
3. **weight**: multiply by the weights, which are normalised to sum to 1;
4. **aggregate**: weighted sum (default) or TOPSIS (closeness to the ideal point).

The *nuloptie* (keep current policy: no effect, nothing asked, nothing to implement) is
always added as a reference row. Robustness: seeded weight draws from a Dirichlet
distribution centred on the chosen weights give the share of draws in which each option
ranks first; a rank-reversal check worsens each non-winning option and drops it in turn.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import Field

from beleidskompas.model.base import Frozen, Lang, Text
from beleidskompas.model.results import Assessment

Method = Literal["weighted_sum", "topsis"]
Direction = Literal["max", "min"]
NULOPTIE = "nuloptie"


class Criterion(Frozen):
    """A column of the decision matrix."""

    id: str
    group: Literal["doenvermogen", "uitvoerbaarheid", "impact"]
    label: Text
    direction: Direction
    weight: float = Field(ge=0)


class OptionRow(Frozen):
    """A row of the decision matrix with every intermediate step."""

    id: str
    title: str
    values: dict[str, float]
    oriented: dict[str, float]
    normalised: dict[str, float]
    weighted: dict[str, float]
    score: float
    rank: int
    reference: bool = False


class Robustness(Frozen):
    """How stable the winner is under other weights."""

    draws: int
    seed: int
    concentration: float
    first_share: dict[str, float]


class RankReversal(Frozen):
    """Whether worsening or dropping a non-winning option changes the ranking."""

    stable: bool
    notes: list[str] = Field(default_factory=list)


class Comparison(Frozen):
    """Options side by side: criteria, matrix, ranking and robustness."""

    lang: Lang = "nl"
    method: Method
    steps: list[str]
    criteria: list[Criterion]
    options: list[OptionRow]
    robustness: Robustness
    rank_reversal: RankReversal

    def ranking(self) -> list[str]:
        """Option ids from first to last."""
        return [o.id for o in sorted(self.options, key=lambda o: o.rank)]


_CRITERIA: list[tuple[str, str, Text, Direction]] = [
    ("doenbaarheid", "doenvermogen", Text(nl="Doenbaarheid", en="Doenbaarheid"), "max"),
    ("take_up", "doenvermogen", Text(nl="Gebruik", en="Take-up"), "max"),
    ("uitvoerbaarheid", "uitvoerbaarheid", Text(nl="Uitvoerbaarheid", en="Uitvoerbaarheid"), "max"),
    (
        "benefit_share_bottom",
        "impact",
        Text(nl="Deel effect laagste klassen", en="Impact share lowest classes"),
        "max",
    ),
    ("gap_change", "impact", Text(nl="Verandering kloof", en="Change in gap"), "min"),
    ("atkinson_change", "impact", Text(nl="Verandering Atkinson", en="Change in Atkinson"), "min"),
    (
        "cost_per_deficit_point",
        "impact",
        Text(nl="Kosten per punt", en="Cost per point"),
        "min",
    ),
]
GROUPS = ("doenvermogen", "uitvoerbaarheid", "impact")


def option_values(assessment: Assessment) -> dict[str, float | None]:
    """The criteria values of one assessed option (None where not defined)."""
    dv, uv, ci = assessment.doenvermogen, assessment.uitvoerbaarheid, assessment.class_impact
    assert dv is not None
    assert uv is not None
    assert ci is not None
    s = ci.summary
    return {
        "doenbaarheid": dv.score,
        "take_up": s.take_up,
        "uitvoerbaarheid": uv.score,
        "benefit_share_bottom": s.benefit_share_bottom
        if s.benefit_share_bottom is not None
        else 0.0,
        "gap_change": s.gap_after - s.gap_before,
        "atkinson_change": s.atkinson_after - s.atkinson_before,
        "cost_per_deficit_point": s.cost_per_deficit_point,
    }


NULOPTIE_VALUES: dict[str, float | None] = {
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
    known = set(GROUPS) | {c[0] for c in _CRITERIA}
    out: dict[str, float] = {}
    for part in text.split(","):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in known:
            raise ValueError(
                f"'{part.strip()}': use name=number with name one of {', '.join(sorted(known))}"
            )
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"'{part.strip()}': '{value}' is not a number") from None
        if not number >= 0 or number == float("inf"):
            raise ValueError(f"'{part.strip()}': weights must be finite and >= 0")
        if name in out:
            raise ValueError(f"'{name}' is given twice")
        out[name] = number
    if sum(out.values()) <= 0:
        raise ValueError("at least one weight must be positive")
    return out


def criteria_weights(weights: Mapping[str, float], active: Sequence[str]) -> dict[str, float]:
    """Weights per active criterion, summing to 1.

    A group weight (1 for a group that is not named) is split equally over the group's
    active criteria; a criterion named explicitly gets its own weight instead of its share.
    """
    groups = {g: float(weights.get(g, 1.0)) for g in GROUPS}
    raw: dict[str, float] = {}
    for cid, group, _label, _direction in _CRITERIA:
        if cid not in active:
            continue
        members = [c for c, g, _, _ in _CRITERIA if g == group and c in active]
        raw[cid] = weights[cid] if cid in weights else groups[group] / len(members)
    total = sum(raw.values())
    if total <= 0:
        raise ValueError("the weights leave every criterion at 0")
    return {c: w / total for c, w in raw.items()}


def _pipeline(
    matrix: Mapping[str, Mapping[str, float]],
    directions: Mapping[str, Direction],
    weights: Mapping[str, float],
    method: Method,
) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, float]]:
    """Run the four steps; return the intermediate matrices and the scores."""
    options = list(matrix)
    crit = list(weights)
    oriented = {
        o: {c: (-matrix[o][c] if directions[c] == "min" else matrix[o][c]) for c in crit}
        for o in options
    }
    normalised: dict[str, dict[str, float]] = {o: {} for o in options}
    for c in crit:
        column = [oriented[o][c] for o in options]
        low, high = min(column), max(column)
        for o in options:
            normalised[o][c] = (oriented[o][c] - low) / (high - low) if high > low else 0.0
    weighted = {o: {c: normalised[o][c] * weights[c] for c in crit} for o in options}
    scores: dict[str, float] = {}
    if method == "weighted_sum":
        scores = {o: sum(weighted[o].values()) for o in options}
    else:
        ideal = {c: max(weighted[o][c] for o in options) for c in crit}
        anti = {c: min(weighted[o][c] for o in options) for c in crit}
        for o in options:
            plus = sum((weighted[o][c] - ideal[c]) ** 2 for c in crit) ** 0.5
            minus = sum((weighted[o][c] - anti[c]) ** 2 for c in crit) ** 0.5
            scores[o] = minus / (plus + minus) if plus + minus > 0 else 0.0
    steps = {"oriented": oriented, "normalised": normalised, "weighted": weighted}
    return steps, scores


def rank_options(
    matrix: Mapping[str, Mapping[str, float]],
    directions: Mapping[str, Direction],
    weights: Mapping[str, float],
    method: Method = "weighted_sum",
) -> list[str]:
    """Option ids from first to last for a raw decision matrix (the four steps, then sort)."""
    total = sum(weights.values())
    if total <= 0:
        raise ValueError("weights must sum to a positive number")
    normalised = {c: w / total for c, w in weights.items()}
    _, scores = _pipeline(matrix, directions, normalised, method)
    return _ranks(scores, list(matrix))


def _ranks(scores: Mapping[str, float], order: Sequence[str]) -> list[str]:
    """Options by score, ties in input order (the nuloptie last among equals)."""
    position = {o: i for i, o in enumerate(order)}
    return sorted(order, key=lambda o: (-round(scores[o], 12), position[o]))


def _dirichlet(rng: random.Random, alpha: Sequence[float]) -> list[float]:
    draws = [rng.gammavariate(a, 1.0) if a > 0 else 0.0 for a in alpha]
    total = sum(draws)
    return [d / total for d in draws] if total > 0 else [1.0 / len(alpha)] * len(alpha)


def compare_assessments(
    assessments: Sequence[Assessment],
    *,
    weights: Mapping[str, float] | None = None,
    method: Method = "weighted_sum",
    draws: int = 1000,
    seed: int = 20230307,
    concentration: float = 10.0,
    lang: Lang = "nl",
) -> Comparison:
    """Compare assessed options, with the nuloptie as reference row."""
    if not assessments:
        raise ValueError("give at least one option")
    ids = [a.proposal.id for a in assessments]
    if len(set(ids)) != len(ids):
        raise ValueError(f"option ids must be unique: {', '.join(ids)}")
    values: dict[str, dict[str, float | None]] = {
        a.proposal.id: option_values(a) for a in assessments
    }
    titles = {a.proposal.id: a.proposal.title for a in assessments}
    active = [
        c
        for c, _, _, _ in _CRITERIA
        if c != "cost_per_deficit_point" or all(v[c] is not None for v in values.values())
    ]
    values[NULOPTIE] = dict(NULOPTIE_VALUES)
    titles[NULOPTIE] = "Nuloptie (huidig beleid)" if lang == "nl" else "Nuloptie (current policy)"
    if "cost_per_deficit_point" in active:
        worst = max(
            float(v["cost_per_deficit_point"] or 0.0) for k, v in values.items() if k != NULOPTIE
        )
        values[NULOPTIE]["cost_per_deficit_point"] = worst
    matrix = {o: {c: float(v[c] or 0.0) for c in active} for o, v in values.items()}
    directions = {c: d for c, _, _, d in _CRITERIA}
    w = criteria_weights(weights or {}, active)
    steps, scores = _pipeline(matrix, directions, w, method)
    order = [*ids, NULOPTIE]
    ranked = _ranks(scores, order)

    rng = random.Random(seed)
    firsts = dict.fromkeys(order, 0)
    crit = list(w)
    alpha = [concentration * len(crit) * w[c] for c in crit]
    for _ in range(draws):
        sample = dict(zip(crit, _dirichlet(rng, alpha), strict=True))
        _, s = _pipeline(matrix, directions, sample, method)
        firsts[_ranks(s, order)[0]] += 1

    reversal = _rank_reversal(matrix, directions, w, method, order, ranked, lang)
    labels = {c: label for c, _, label, _ in _CRITERIA}
    groups = {c: g for c, g, _, _ in _CRITERIA}
    return Comparison(
        lang=lang,
        method=method,
        steps=_steps(method, lang),
        criteria=[
            Criterion(
                id=c,
                group=groups[c],
                label=labels[c],
                direction=directions[c],
                weight=round(w[c], 6),
            )
            for c in crit
        ],
        options=[
            OptionRow(
                id=o,
                title=titles[o],
                values={c: round(matrix[o][c], 6) for c in crit},
                oriented={c: round(steps["oriented"][o][c], 6) for c in crit},
                normalised={c: round(steps["normalised"][o][c], 6) for c in crit},
                weighted={c: round(steps["weighted"][o][c], 6) for c in crit},
                score=round(scores[o], 6),
                rank=ranked.index(o) + 1,
                reference=o == NULOPTIE,
            )
            for o in order
        ],
        robustness=Robustness(
            draws=draws,
            seed=seed,
            concentration=concentration,
            first_share={o: round(firsts[o] / draws, 6) if draws else 0.0 for o in order},
        ),
        rank_reversal=reversal,
    )


def _steps(method: Method, lang: Lang) -> list[str]:
    aggregate = "weighted sum" if method == "weighted_sum" else "TOPSIS"
    if lang == "nl":
        return [
            "kosten omkeren (criteria die omlaag moeten worden negatief gemaakt)",
            "normaliseren (min–max per criterium)",
            "wegen (gewichten tellen op tot 1)",
            "samenvoegen ("
            + ("gewogen som" if method == "weighted_sum" else "TOPSIS: nabijheid tot het ideaal")
            + ")",
        ]
    return [
        "invert costs (negate criteria to minimise)",
        "normalise (min–max per criterion)",
        "weight (weights sum to 1)",
        f"aggregate ({aggregate})",
    ]


def _rank_reversal(
    matrix: Mapping[str, Mapping[str, float]],
    directions: Mapping[str, Direction],
    weights: Mapping[str, float],
    method: Method,
    order: Sequence[str],
    ranked: Sequence[str],
    lang: Lang = "nl",
) -> RankReversal:
    notes: list[str] = []
    winner = ranked[0]
    for loser in ranked[1:]:
        worse = {o: dict(row) for o, row in matrix.items()}
        for c in weights:
            column = [matrix[o][c] for o in matrix]
            worst = max(column) if directions[c] == "min" else min(column)
            worse[loser][c] = matrix[loser][c] + 0.1 * (worst - matrix[loser][c])
        _, s = _pipeline(worse, directions, weights, method)
        if _ranks(s, order)[0] != winner:
            notes.append(
                f"als {loser} iets slechter wordt, wint een andere optie"
                if lang == "nl"
                else f"worsening {loser} changes the winner"
            )
        rest = [o for o in order if o != loser]
        _, s2 = _pipeline({o: matrix[o] for o in rest}, directions, weights, method)
        new_order = _ranks(s2, rest)
        old_order = [o for o in ranked if o != loser]
        if new_order != old_order:
            notes.append(
                f"zonder {loser} verandert de volgorde van de andere: {' > '.join(new_order)}"
                if lang == "nl"
                else f"dropping {loser} reorders the others: {' > '.join(new_order)}"
            )
    return RankReversal(stable=not notes, notes=notes)
