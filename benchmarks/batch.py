"""Benchmarks of batch work (issue 18), used by ``benchmarks/run.py``.

(g) ``assess_many`` over N design variants (a sweep's figures: ``intervals=False``,
    ``reduce=headline``) per variant against calling ``assess()`` (its defaults) N times;
    budget: at most 1/20.
    (g') the same with identical options on both sides, and (g'') with ``jobs=2``
    (information rows).
(h) a ``sensitivity`` run of at least 10,000 evaluations against one full ``assess()``;
    budget: at most 300x; (h') the same with ``jobs=2`` (information).
(i) ``sweep`` of 1,000 designs against 100: linear time means a ratio <= 11.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"


def design_variants(n: int) -> list[Any]:
    """``n`` distinct variants of the example: its monthly amount set to 1, 2, …, n euro."""
    from beleidskompas import load_proposal
    from beleidskompas.analysis.variation import grid, parse_variation, variant

    proposal = load_proposal(EXAMPLE)
    variation = parse_variation(f"delivery.amount_eur_per_month=1:{n}:1")
    return [variant(proposal, row, [variation]) for row in grid([variation])]


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_batch(n: int) -> dict[str, float]:
    """(g): seconds per variant of assess() one by one and of assess_many."""
    from beleidskompas import assess, default_ruleset
    from beleidskompas.analysis.batch import assess_many, headline

    rules = default_ruleset()
    variants = design_variants(n)
    assess(variants[0], rules)
    single = _timed(lambda: [assess(v, rules) for v in variants]) / n
    # a batch keeps what it needs: the headline figures, reduced where they are made
    lean = _timed(lambda: assess_many(variants, rules, intervals=False, reduce=headline)) / n
    same = _timed(lambda: assess_many(variants, rules, reduce=headline)) / n
    parallel = (
        _timed(lambda: assess_many(variants, rules, intervals=False, reduce=headline, jobs=2)) / n
    )
    return {"single": single, "lean": lean, "same": same, "parallel": parallel}


def bench_sweep(small: int, large: int) -> tuple[float, float]:
    """(i): seconds for sweeps of ``small`` and ``large`` designs (one varied amount)."""
    from beleidskompas import api, default_ruleset, load_proposal

    rules = default_ruleset()
    proposal = load_proposal(EXAMPLE)

    def run(n: int) -> float:
        spec = f"delivery.amount_eur_per_month=1:{n}:1"
        return _timed(lambda: api.sweep(proposal, [spec], rules, max_grid=n))

    run(small)
    return min(run(small) for _ in range(3)), min(run(large) for _ in range(3))


SENSITIVITY = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"


def bench_sensitivity(jobs: int = 1) -> tuple[float, float, int]:
    """(h): seconds of one full ``assess()``, of a sensitivity run with at least 10,000
    evaluations (Morris r = 10, Sobol N = 1024), and its number of evaluations."""
    from beleidskompas import api, assess, default_ruleset, load_proposal

    rules = default_ruleset()
    proposal = load_proposal(SENSITIVITY)
    assess(proposal, rules)
    single = min(_timed(lambda: assess(proposal, rules)) for _ in range(20))
    start = time.perf_counter()
    result = api.sensitivity(proposal, rules, trajectories=10, samples=1024, jobs=jobs)
    took = time.perf_counter() - start
    return single, took, result.evaluations.total
