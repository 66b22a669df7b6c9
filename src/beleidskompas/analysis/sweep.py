"""Design sweeps: assess every combination of a few varied fields, mark the best trade-offs.

:func:`design_sweep` picks the designs: the full grid of the values when it has at most
``max_grid`` combinations, else a Latin-hypercube sample (``samples`` points, or
``max_grid`` when no size is given), and builds each variant proposal — so that a value a
field does not accept fails before any work. :func:`run_sweep` assesses the proposal as
written and every variant with the batch engine (the same pipeline as
:func:`beleidskompas.api.assess`, without the uncertainty intervals the headline figures do
not use), keeps only the headline figures, and marks the non-dominated designs.

:func:`non_dominated` marks the Pareto front of up to three objectives in O(n log n): a
lexicographic sort, then one pass with a Fenwick tree of prefix maxima (see its docstring).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from beleidskompas.analysis.batch import assess_many, headline
from beleidskompas.analysis.variation import (
    Value,
    Variation,
    VariationError,
    grid,
    grid_size,
    latin_hypercube,
    parse_variation,
    variant,
)
from beleidskompas.i18n.catalogue import variation as V
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment, ProposalRef, ProvenanceInfo
from beleidskompas.model.sweep import (
    Design,
    DesignReason,
    Figures,
    Objective,
    ObjectiveFigure,
    Sweep,
    SweepRow,
    SweptField,
    VerdictName,
)
from beleidskompas.rules.ruleset import RuleSet

MAX_GRID = 1000
"""Largest grid assessed in full (about five seconds on one core at ~5 ms a design);
larger grids are sampled with a Latin hypercube of this many points unless ``samples`` is
given."""
DEFAULT_SEED = 20240101
"""Seed of the Latin hypercube when none is given (any fixed number: the same sample)."""
MAX_DESIGNS = 100_000
"""Most designs one sweep assesses (``samples`` and ``max_grid`` above it are errors): about
eight minutes on one core, and the rows stay in memory."""
BLOCK = 512
"""Designs assessed per batch call: only their headline figures are kept, so memory stays
bounded however many designs a sweep has."""

TRADE_OFF = ("cost", "gains_bottom", "doenbaarheid")
"""The objectives of the trade-off, in the order :func:`non_dominated` takes them."""
VERDICTS: dict[VerdictName, str] = {
    "doenvermogen": "doenvermogen",
    "uitvoerbaarheid": "uitvoerbaarheid_verdict",
}
"""Verdict name → the headline figure that holds it."""

Progress = Callable[[int], None]


class SweepError(ValueError):
    """A sweep that cannot be run as asked: ``kind`` and ``params`` name the catalogue text."""

    def __init__(self, kind: str, **params: Any) -> None:
        super().__init__(f"{kind}: {params}")
        self.kind = kind
        self.params = params


@dataclass(frozen=True)
class SweepDesign:
    """The designs of a sweep, before any is assessed: which combinations, and why."""

    variations: tuple[Variation, ...]
    design: Design
    reason: DesignReason
    grid_size: int
    max_grid: int
    samples: int | None
    seed: int | None
    duplicates_dropped: int
    assignments: tuple[dict[str, Value], ...]

    @property
    def size(self) -> int:
        """The number of designs (each is one assessment; the proposal as written is one more)."""
        return len(self.assignments)


def _variations(specs: Sequence[Variation | str]) -> tuple[Variation, ...]:
    parsed = tuple(parse_variation(s) if isinstance(s, str) else s for s in specs)
    if not parsed:
        raise SweepError("no_variations")
    seen: set[str] = set()
    for v in parsed:
        if v.path in seen:
            raise SweepError("varied_twice", path=v.path)
        seen.add(v.path)
        if not v.values:
            raise VariationError(v.path, V.NO_VALUES.text())
    return parsed


def _positive(name: str, value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SweepError("not_positive", name=name, value=value)
    if value > MAX_DESIGNS:
        raise SweepError("too_many", name=name, value=value, most=MAX_DESIGNS)


def _check_values(proposal: Proposal, variations: Sequence[Variation]) -> None:
    """Every value of every variation, with the other fields as written, is a valid
    proposal (one validation per value, not per combination)."""
    for v in variations:
        for value in v.values:
            variant(proposal, {v.path: value}, variations)


def design_sweep(
    proposal: Proposal,
    variations: Sequence[Variation | str],
    *,
    samples: int | None = None,
    max_grid: int = MAX_GRID,
    seed: int | None = None,
) -> SweepDesign:
    """The designs of a sweep: the full grid when it has at most ``max_grid`` combinations
    (or when ``samples`` is not smaller than it), else a Latin hypercube of ``samples``
    points (``max_grid`` when None) drawn with ``seed`` (:data:`DEFAULT_SEED` when None);
    a combination the hypercube draws twice is kept once. Raises VariationError naming the
    path and value of a variation that cannot be applied, SweepError for a path varied twice
    or a size below 1 or above :data:`MAX_DESIGNS`. Each value is checked with the other
    fields as written; a combination that only fails together fails when it is assessed."""
    chosen = _variations(variations)
    _positive("samples", samples)
    _positive("max_grid", max_grid)
    size = grid_size(chosen)
    reason: DesignReason
    if samples is not None:
        reason = "asked" if samples < size else "samples_cover_grid"
    else:
        reason = "complete" if size <= max_grid else "above_limit"
    points: int | None = None
    used_seed: int | None = None
    dropped = 0
    if reason in ("asked", "above_limit"):
        points = samples if samples is not None else max_grid
        used_seed = DEFAULT_SEED if seed is None else seed
        drawn = latin_hypercube(chosen, points, used_seed)
        unique: dict[tuple[Value, ...], dict[str, Value]] = {}
        for drawn_one in drawn:  # the first occurrence of a combination is kept
            unique.setdefault(tuple(drawn_one.values()), drawn_one)
        assignments = list(unique.values())
        dropped = len(drawn) - len(assignments)
    else:
        assignments = list(grid(chosen))
    _check_values(proposal, chosen)
    return SweepDesign(
        variations=chosen,
        design="grid" if points is None else "latin_hypercube",
        reason=reason,
        grid_size=size,
        max_grid=max_grid,
        samples=points,
        seed=used_seed,
        duplicates_dropped=dropped,
        assignments=tuple(assignments),
    )


def non_dominated(points: Sequence[Sequence[float]]) -> list[bool]:
    """For each point (up to three objectives, all maximised): True when no other point is
    at least as large in every objective and larger in one. Equal points do not dominate
    each other.

    O(n log n): sort the points in decreasing lexicographic order, so that every point that
    could dominate a point comes before it; then walk that order keeping, in a Fenwick tree
    over the ranks of the second objective, the largest third objective among the
    non-dominated points so far. A point is dominated exactly when an earlier (different)
    point has second ≥ its second and third ≥ its third: one O(log n) query, and one
    O(log n) update when it is not dominated. Identical points are handled as one group.
    """
    count = len(points)
    width = len(TRADE_OFF)
    if any(len(p) > width for p in points):
        raise ValueError(f"non_dominated() takes at most {width} objectives per point")
    padded = [tuple(float(x) for x in p) + (0.0,) * (width - len(p)) for p in points]
    order = sorted(range(count), key=lambda i: padded[i], reverse=True)
    seconds = sorted({p[1] for p in padded})
    rank = {value: i for i, value in enumerate(seconds)}
    size = len(seconds)
    tree = [float("-inf")] * (size + 1)  # position k holds ranks counted from the top

    def best_from(r: int) -> float:  # the largest third among ranks >= r
        k, out = size - r, float("-inf")
        while k > 0:
            out = max(out, tree[k])
            k -= k & -k
        return out

    def add(r: int, third: float) -> None:
        k = size - r
        while k <= size:
            tree[k] = max(tree[k], third)
            k += k & -k

    out = [False] * count
    start = 0
    while start < count:
        point = padded[order[start]]
        end = start
        while end < count and padded[order[end]] == point:
            end += 1
        free = best_from(rank[point[1]]) < point[2]
        for i in order[start:end]:
            out[i] = free
        if free:
            add(rank[point[1]], point[2])
        start = end
    return out


CostBasis = Literal["budget_eur_per_year", "cost_per_deficit_point", "none"]


def _objectives(rows: Sequence[Figures]) -> tuple[list[Objective], CostBasis]:
    def everywhere(name: str) -> bool:
        return all(getattr(r, name) is not None for r in rows)

    basis: CostBasis = "none"
    if everywhere("budget_eur_per_year"):
        basis = "budget_eur_per_year"
    elif everywhere("cost_per_deficit_point"):
        basis = "cost_per_deficit_point"
    chosen = [Objective(figure=basis, direction="min")] if basis != "none" else []
    gains: tuple[ObjectiveFigure, ...] = ("gains_bottom", "doenbaarheid")
    chosen += [Objective(figure=name, direction="max") for name in gains if everywhere(name)]
    return chosen, basis


def _front(rows: Sequence[Figures], objectives: Sequence[Objective]) -> list[bool]:
    def value(row: Figures, o: Objective) -> float:
        x = float(getattr(row, o.figure))
        return -x if o.direction == "min" else x

    return non_dominated([[value(r, o) for o in objectives] for r in rows])


def _changed(row: Figures, base: Figures) -> list[VerdictName]:
    return [name for name, fig in VERDICTS.items() if getattr(row, fig) != getattr(base, fig)]


def _block_size(jobs: int) -> int:
    workers = (os.cpu_count() or 1) if jobs == -1 else max(jobs, 1)
    return BLOCK * workers


def _keep(assessment: Assessment) -> tuple[dict[str, Any], ProvenanceInfo]:
    """What a sweep keeps of an assessment, computed where it was made (module level, so
    that worker processes can run it): its headline figures and provenance."""
    return headline(assessment), assessment.provenance


def _assess_all(
    proposal: Proposal,
    made: SweepDesign,
    rules: RuleSet | None,
    baseline: Proposal | None,
    jobs: int,
    progress: Progress | None,
) -> tuple[list[Figures], list[ProvenanceInfo]]:
    """The proposal as written, then every design: variants are built a block at a time,
    and only their headline figures and provenance are kept."""
    figures: list[Figures] = []
    provenance: list[ProvenanceInfo] = []
    step = _block_size(jobs)
    todo: list[dict[str, Value] | None] = [None, *made.assignments]
    for start in range(0, len(todo), step):
        block = [
            proposal if a is None else variant(proposal, a, made.variations)
            for a in todo[start : start + step]
        ]
        done = assess_many(
            block,
            rules,
            intervals=False,
            baseline=baseline,
            jobs=jobs,
            progress=progress,
            reduce=_keep,
        )
        figures += [Figures.model_validate(figs) for figs, _ in done]
        provenance += [info for _, info in done]
    return figures, provenance


def run_sweep(
    proposal: Proposal,
    variations: Sequence[Variation | str] | SweepDesign,
    rules: RuleSet | None = None,
    *,
    samples: int | None = None,
    max_grid: int = MAX_GRID,
    seed: int | None = None,
    baseline: Proposal | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Sweep:
    """Assess the designs of :func:`design_sweep` (or a design made with it earlier, so that
    a caller can size a progress bar) and the proposal as written; mark the non-dominated
    designs and those whose verdicts differ from the proposal's. Each row's figures equal
    ``headline(assess(variant, rules, intervals=False, baseline=baseline))``; ``jobs`` and
    ``progress`` as for :func:`~beleidskompas.analysis.batch.assess_many` (the progress
    counts the proposal as written too)."""
    made = (
        variations
        if isinstance(variations, SweepDesign)
        else design_sweep(proposal, variations, samples=samples, max_grid=max_grid, seed=seed)
    )
    figures, provenance = _assess_all(proposal, made, rules, baseline, jobs, progress)
    base, rows = figures[0], figures[1:]
    objectives, cost_basis = _objectives(rows)
    front = _front(rows, objectives)
    inferred = sorted({p for info in provenance for p in info.inferred_parameters})
    read = sorted({p for info in provenance for p in info.parameters_read})
    first = provenance[0]
    return Sweep(
        proposal=ProposalRef(id=proposal.id, title=proposal.title),
        provenance=first.model_copy(
            update={"inferred_parameters": inferred, "parameters_read": read}
        ),
        relative_to="nothing" if baseline is None else "baseline",
        variations=[
            SweptField(path=v.path, kind=v.kind, values=list(v.values)) for v in made.variations
        ],
        design=made.design,
        design_reason=made.reason,
        grid_size=made.grid_size,
        max_grid=made.max_grid,
        samples=made.samples,
        seed=made.seed,
        duplicates_dropped=made.duplicates_dropped,
        objectives=objectives,
        cost_basis=cost_basis,
        base=base,
        rows=[
            SweepRow(
                index=i,
                assignment=assignment,
                figures=row,
                non_dominated=free,
                changed_verdicts=_changed(row, base),
            )
            for i, (assignment, row, free) in enumerate(
                zip(made.assignments, rows, front, strict=True), 1
            )
        ],
    )
