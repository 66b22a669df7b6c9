"""The batch engine: many assessments in one call, over proposals or over parameter draws.

:func:`assess_many` gives exactly what calling :func:`beleidskompas.api.assess` once per
proposal (or once per row of parameter values, on a rule set with those values) gives —
the same pipeline runs, so the results are equal, not approximated. What the batch adds:
the rule set is resolved once; each parameter row's rule set is built from the previous
row's by changing only the values that differ (keeping the derived data the change does
not touch); a proposal's dump and digest, and its rule outcomes for the same facts, are
computed once (:data:`beleidskompas.scoring.pipeline.Memo`); a pair of proposal and row
given twice is assessed once; and with ``jobs`` > 1
the work is spread over local processes through joblib (whose Dask backend spreads it over
a cluster; docs/api.md).

:func:`headline` reduces an assessment to the figures sweeps, sensitivity runs and advice
rank on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, overload

from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.rules.values import check_values, with_values
from beleidskompas.scoring.pipeline import Memo, assess

T = TypeVar("T")
Row = Mapping[str, float]
Progress = Callable[[int], None]

HEADLINE = (
    "doenbaarheid",
    "take_up",
    "gains_bottom",
    "gap_change",
    "uitvoerbaarheid",
)
"""The headline figures a sensitivity run explains (in this order)."""

FIGURES = (
    *HEADLINE,
    "losses_bottom",
    "benefit_share_bottom",
    "cost_per_deficit_point",
    "budget_eur_per_year",
    "persons_reached",
)
"""Every figure :func:`headline` gives."""

VERDICTS = ("doenvermogen", "uitvoerbaarheid_verdict")

CHUNK_MAX = 256
"""Most assessments sent to a worker process at once (work distribution, not a model choice)."""
CHUNKS_PER_WORKER = 4
"""Chunks per worker, so that a slow chunk does not leave the other workers idle."""


def headline(assessment: Assessment) -> dict[str, Any]:
    """The headline figures of an assessment (None where a section was not assessed).

    ``gains_bottom``/``losses_bottom``: the gains (losses) that land in the bottom classes,
    on the capital scale (``gains.total × gains.share_bottom``); ``gap_change``: gap after
    minus gap before (negative: the gap narrows).
    """
    dv, uv, ci = assessment.doenvermogen, assessment.uitvoerbaarheid, assessment.class_impact
    s = ci.summary if ci is not None else None
    return {
        "doenbaarheid": dv.score if dv is not None else None,
        "doenvermogen": dv.verdict if dv is not None else None,
        "take_up": s.take_up if s is not None else None,
        "gains_bottom": s.gains.total * (s.gains.share_bottom or 0.0) if s is not None else None,
        "losses_bottom": (
            s.losses.total * (s.losses.share_bottom or 0.0) if s is not None else None
        ),
        "benefit_share_bottom": s.benefit_share_bottom if s is not None else None,
        "gap_change": s.gap_after - s.gap_before if s is not None else None,
        "uitvoerbaarheid": uv.score if uv is not None else None,
        "uitvoerbaarheid_verdict": uv.verdict if uv is not None else None,
        "cost_per_deficit_point": s.cost_per_deficit_point if s is not None else None,
        "budget_eur_per_year": s.budget_eur_per_year if s is not None else None,
        "persons_reached": s.persons_reached if s is not None else None,
    }


def _resolve(rules: RuleSet | None) -> RuleSet:
    if rules is not None:
        return rules
    from beleidskompas.rules.default import default_ruleset

    return default_ruleset()


class _RowRules:
    """The rule set of each parameter row, built from the previous row's by changing only
    the values that differ (so a one-at-a-time design, such as a Morris trajectory, changes
    one value per row and keeps the derived data the others share)."""

    def __init__(self, rules: RuleSet) -> None:
        self.base = rules
        self.current = rules
        self.values: dict[str, float] = {}

    def for_row(self, row: Row | None) -> RuleSet:
        wanted = dict(row or {})
        diff = {k: v for k, v in wanted.items() if self.values.get(k) != v}
        for key in self.values.keys() - wanted.keys():  # back to the rule set's own value
            diff[key] = self.base.parameters[key].value
        if diff:
            self.current = with_values(self.current, diff)
            self.values = wanted
        return self.current


def _serial(
    jobs: Sequence[tuple[Proposal, Row | None]],
    rules: RuleSet,
    options: Mapping[str, Any],
    baseline: Proposal | None,
    progress: Progress | None,
    reduce: Callable[[Assessment], Any] | None = None,
) -> list[Any]:
    out: list[Any] = []
    done: dict[tuple[int, int], Any] = {}
    rows = _RowRules(rules)
    shared: Memo = {}  # lives as long as this batch's proposals and rule sets
    for proposal, row in jobs:
        key = (id(proposal), id(row))
        if key not in done:
            current = rows.for_row(row)
            result = assess(proposal, current, baseline=baseline, memo=shared, **options)
            done[key] = reduce(result) if reduce is not None else result
        out.append(done[key])
        if progress is not None:
            progress(1)
    return out


def _chunk(
    jobs: Sequence[tuple[Proposal, Row | None]],
    rules: RuleSet,
    options: Mapping[str, Any],
    baseline: Proposal | None,
    reduce: Callable[[Assessment], Any] | None,
) -> list[Any]:
    """One worker's share (module level, so joblib can send it to another process)."""
    return _serial(jobs, rules, options, baseline, None, reduce)


def _parallel(
    jobs: Sequence[tuple[Proposal, Row | None]],
    rules: RuleSet,
    options: Mapping[str, Any],
    baseline: Proposal | None,
    n_jobs: int,
    progress: Progress | None,
    reduce: Callable[[Assessment], Any] | None,
) -> list[Any]:
    from joblib import Parallel, delayed

    size = max(1, min(CHUNK_MAX, len(jobs) // (abs(n_jobs) * CHUNKS_PER_WORKER) or 1))
    chunks = [list(jobs[i : i + size]) for i in range(0, len(jobs), size)]
    out: list[Any] = []
    # max_nbytes=None: arguments are pickled, never memory-mapped through temporary folders
    # (the context manager ends the run synchronously: no folder or worker is left behind)
    tasks = (delayed(_chunk)(chunk, rules, dict(options), baseline, reduce) for chunk in chunks)
    with Parallel(n_jobs=n_jobs, return_as="generator", max_nbytes=None) as runner:
        for part in runner(tasks):
            out += part
            if progress is not None:
                progress(len(part))
    return out


@overload
def assess_many(
    proposals: Proposal | Sequence[Proposal],
    rules: RuleSet | None = None,
    *,
    parameters: Sequence[Row] | None = None,
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = False,
    baseline: Proposal | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    reduce: None = None,
) -> list[Assessment]: ...


@overload
def assess_many(
    proposals: Proposal | Sequence[Proposal],
    rules: RuleSet | None = None,
    *,
    parameters: Sequence[Row] | None = None,
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = False,
    baseline: Proposal | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    reduce: Callable[[Assessment], T],
) -> list[T]: ...


def assess_many(
    proposals: Proposal | Sequence[Proposal],
    rules: RuleSet | None = None,
    *,
    parameters: Sequence[Row] | None = None,
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = False,
    baseline: Proposal | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    reduce: Callable[[Assessment], Any] | None = None,
) -> list[Any]:
    """Assess many proposals, or one proposal over a table of parameter values.

    Without ``parameters``: one assessment per proposal, equal to
    ``assess(p, rules, …)``. With ``parameters`` (rows of parameter id → value) and one
    proposal: one assessment per row, equal to ``assess(p, with_values(rules, row), …)``;
    with as many proposals as rows, row *i* goes with proposal *i*. ``jobs`` > 1 spreads
    the work over that many local processes (joblib; -1: every core) with the same results;
    ``progress`` is called with the number of assessments finished. ``reduce`` (e.g.
    :func:`headline`; a module-level function when ``jobs`` > 1) is applied to each
    assessment where it is made, so workers send back only what it returns.
    Raises ValueError when proposals and rows do not pair up, KeyError/ValueError for a
    parameter id the rule set lacks or a value that is not a finite number.
    """
    rule_set = _resolve(rules)
    items = [proposals] if isinstance(proposals, Proposal) else list(proposals)
    for item in items:
        if not isinstance(item, Proposal):
            raise TypeError(f"assess_many() takes Proposal objects, not {type(item).__name__}")
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs == 0 or jobs < -1:
        raise ValueError(f"jobs must be a positive number of processes or -1, not {jobs!r}")
    pairs: list[tuple[Proposal, Row | None]]
    if parameters is None:
        pairs = [(p, None) for p in items]
    else:
        rows = list(parameters)
        for row in rows:  # fail before any work: every id known, every value finite
            check_values(rule_set, row)
        if len(items) == 1:
            pairs = [(items[0], row) for row in rows]
        elif len(items) == len(rows):
            pairs = list(zip(items, rows, strict=True))
        else:
            raise ValueError(
                f"{len(items)} proposals and {len(rows)} parameter rows: give one proposal, "
                "or one per row"
            )
    options = {"epsilon": epsilon, "intervals": intervals, "trace": trace}
    if jobs == 1 or len(pairs) < 2:
        return _serial(pairs, rule_set, options, baseline, progress, reduce)
    return _parallel(pairs, rule_set, options, baseline, jobs, progress, reduce)
