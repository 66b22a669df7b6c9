"""Global sensitivity: which parameters drive each headline figure of one proposal.

Two stages, as Saltelli et al. (2008) advise for models with many uncertain factors:

1. **Morris screening** over every inferred parameter the proposal's assessment reads
   (``provenance.inferred_parameters``): r trajectories of k + 1 assessments each, giving
   per figure μ* (mean absolute elementary effect), μ and σ.
2. **Sobol indices** for the union of each figure's top Morris parameters: N·(D + 2)
   assessments (Saltelli's design), giving first-order S1 and total ST with bootstrap
   intervals; every other parameter stays at its value.

Each evaluation is one :func:`~beleidskompas.analysis.batch.assess_many` assessment on the
rule set with that row of values (point figures, no intervals). SALib samples and analyses;
it is imported when a run starts (the ``analysis`` extra). A figure that does not move gives
zero indices (SALib would divide by its zero variance).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from beleidskompas.analysis.batch import HEADLINE, assess_many, headline
from beleidskompas.analysis.sensitivity_ranges import applied, ranges_for, settings_of
from beleidskompas.i18n.catalogue import sensitivity as S
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import ProposalRef, RulesetRef
from beleidskompas.model.sensitivity import (
    Evaluations,
    FigureSensitivity,
    LeftOut,
    MorrisIndex,
    ParameterRange,
    Sensitivity,
    SensitivitySettings,
    SobolIndex,
)
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.pipeline import assess

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` (stage ``morris`` or ``sobol``)."""

Figures = dict[str, list[float | None]]


def _salib() -> Any:
    try:
        from SALib.analyze import morris as morris_analyze
        from SALib.analyze import sobol as sobol_analyze
        from SALib.sample import morris as morris_sample
        from SALib.sample import sobol as sobol_sample
    except ImportError:
        from beleidskompas.errors import InputError

        raise InputError.single("SALib", S.NEEDS_SALIB) from None
    return morris_sample, morris_analyze, sobol_sample, sobol_analyze


def _evaluate(
    proposal: Proposal,
    rules: RuleSet,
    rows: list[dict[str, float]],
    *,
    figures: Sequence[str],
    stage: str,
    options: dict[str, Any],
    batch: int,
    progress: Progress | None,
) -> Figures:
    """The headline figures of every row, a batch at a time (reduced where each assessment
    is made, so workers send back only the figures)."""
    out: Figures = {f: [] for f in figures}
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(stage, done, len(rows))

    for start in range(0, len(rows), batch):
        part = rows[start : start + batch]
        found = assess_many(
            proposal, rules, parameters=part, progress=tick, reduce=headline, **options
        )
        for values in found:
            for f in figures:
                out[f].append(values[f])
    return out


def _problem(ranges: Sequence[ParameterRange]) -> dict[str, Any]:
    return {
        "num_vars": len(ranges),
        "names": [r.parameter for r in ranges],
        "bounds": [[r.low, r.high] for r in ranges],
    }


def _constant(values: Sequence[float]) -> bool:
    return max(values) == min(values)


def _finite(x: Any) -> float:
    """A SALib number as a float (NaN, e.g. from a zero-variance bootstrap draw, as 0)."""
    value = float(x)
    return value if value == value else 0.0


def _morris(
    analyze: Any,
    problem: dict[str, Any],
    x: Any,
    y: Sequence[float],
    s: SensitivitySettings,
    seed: int,
) -> list[MorrisIndex]:
    import numpy as np

    names = problem["names"]
    if _constant(y):
        return [MorrisIndex(parameter=n, mu_star=0, mu_star_conf=0, mu=0, sigma=0) for n in names]
    si = analyze.analyze(
        problem,
        x,
        np.asarray(y, dtype=float),
        num_resamples=s.resamples,
        conf_level=s.confidence,
        num_levels=s.levels,
        seed=seed,
    )
    out = [
        MorrisIndex(
            parameter=n,
            mu_star=_finite(si["mu_star"][i]),
            mu_star_conf=_finite(si["mu_star_conf"][i]),
            mu=_finite(si["mu"][i]),
            sigma=_finite(si["sigma"][i]),
        )
        for i, n in enumerate(names)
    ]
    return sorted(out, key=lambda m: (-m.mu_star, m.parameter))


def _sobol(
    analyze: Any, problem: dict[str, Any], y: Sequence[float], s: SensitivitySettings, seed: int
) -> list[SobolIndex]:
    import numpy as np

    names = problem["names"]
    if _constant(y):
        return [SobolIndex(parameter=n, s1=0, s1_conf=0, st=0, st_conf=0) for n in names]
    si = analyze.analyze(
        problem,
        np.asarray(y, dtype=float),
        calc_second_order=False,
        num_resamples=s.resamples,
        conf_level=s.confidence,
        seed=seed,
    )
    out = [
        SobolIndex(
            parameter=n,
            s1=_finite(si["S1"][i]),
            s1_conf=_finite(si["S1_conf"][i]),
            st=_finite(si["ST"][i]),
            st_conf=_finite(si["ST_conf"][i]),
        )
        for i, n in enumerate(names)
    ]
    return sorted(out, key=lambda x: (-x.st, x.parameter))


def _relative(morris: dict[str, list[MorrisIndex]]) -> dict[str, float]:
    """Per parameter its largest μ* relative to the leader of a figure (0–1)."""
    score: dict[str, float] = {}
    for indices in morris.values():
        leader = max((m.mu_star for m in indices), default=0.0)
        for m in indices:
            share = m.mu_star / leader if leader > 0 else 0.0
            score[m.parameter] = max(score.get(m.parameter, 0.0), share)
    return score


def _leaders(indices: Sequence[MorrisIndex], top: int) -> list[str]:
    return [m.parameter for m in indices if m.mu_star > 0][:top]


def _defined(nominal: dict[str, Any]) -> tuple[list[str], list[LeftOut]]:
    """The headline figures the proposal has (a figure that is None is left out)."""
    kept = [f for f in HEADLINE if nominal[f] is not None]
    left = [LeftOut(figure=f, reason=S.FIGURE_NONE.text()) for f in HEADLINE if f not in kept]
    return kept, left


def _always(kept: list[str], values: Figures) -> tuple[list[str], list[LeftOut]]:
    """Of ``kept``, the figures every evaluation gave (the others are left out)."""
    gaps = [f for f in kept if any(v is None for v in values[f])]
    left = [LeftOut(figure=f, reason=S.FIGURE_SOMETIMES_NONE.text()) for f in gaps]
    return [f for f in kept if f not in gaps], left


def run_sensitivity(
    proposal: Proposal,
    rules: RuleSet | None = None,
    *,
    trajectories: int | None = None,
    samples: int | None = None,
    top: int | None = None,
    seed: int | None = None,
    parameters: Sequence[str] | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    baseline: Proposal | None = None,
) -> Sensitivity:
    """Rank, per headline figure, the parameters that drive it (module docstring).

    ``trajectories`` (Morris r), ``samples`` (Sobol N, a power of two; 0: Morris only),
    ``top`` and ``seed`` default to the rule set's ``sensitivity`` settings;
    ``parameters`` replaces the screened set (default: the inferred parameters the
    assessment reads). The same seed gives the same result, with any ``jobs``.
    Raises ValueError for a size out of range or a parameter id the rule set lacks.
    """
    from beleidskompas.rules.default import default_ruleset

    rule_set = rules if rules is not None else default_ruleset()
    s = settings_of(rule_set)
    r = s.trajectories if trajectories is None else trajectories
    n = s.samples if samples is None else samples
    k = s.top if top is None else top
    chosen_seed = s.seed if seed is None else seed
    _check_sizes(r, n, k, chosen_seed)
    morris_sample, morris_analyze, sobol_sample, sobol_analyze = _salib()

    base = assess(proposal, rule_set, intervals=False, baseline=baseline)
    nominal = headline(base)
    read = base.provenance.inferred_parameters
    screened = list(read) if parameters is None else list(dict.fromkeys(parameters))
    unknown = [p for p in screened if p not in rule_set.parameters and p not in rule_set.tagged]
    if unknown:
        raise ValueError(f"unknown parameters: {', '.join(unknown)}")
    numeric = [p for p in screened if p in rule_set.parameters]
    ranges = ranges_for(rule_set, numeric, s)
    varied = [x for x in ranges if x.high > x.low]
    options: dict[str, Any] = {"intervals": False, "jobs": jobs, "baseline": baseline}
    kept, left = _defined(nominal)

    morris: dict[str, list[MorrisIndex]] = {f: [] for f in kept}
    morris_rows = 0
    if varied and kept:
        problem = _problem(varied)
        x = morris_sample.sample(problem, N=r, num_levels=s.levels, seed=chosen_seed)
        rows = [applied(varied, point) for point in x]
        morris_rows = len(rows)
        values = _evaluate(
            proposal, rule_set, rows, figures=kept, stage="morris", options=options,
            batch=s.batch, progress=progress,
        )  # fmt: skip
        kept, more = _always(kept, values)
        left += more
        morris = {
            f: _morris(morris_analyze, problem, x, values[f], s, chosen_seed)  # type: ignore[arg-type]
            for f in kept
        }

    chosen = list(dict.fromkeys(p for f in kept for p in _leaders(morris[f], k)))
    sobol: dict[str, list[SobolIndex]] = {f: [] for f in kept}
    sobol_rows = 0
    if chosen and n:
        part = [x for x in varied if x.parameter in chosen]
        problem = _problem(part)
        x = sobol_sample.sample(problem, n, calc_second_order=False, seed=chosen_seed)
        rows = [applied(part, point) for point in x]
        sobol_rows = len(rows)
        values = _evaluate(
            proposal, rule_set, rows, figures=kept, stage="sobol", options=options,
            batch=s.batch, progress=progress,
        )  # fmt: skip
        kept, more = _always(kept, values)
        left += more
        sobol = {
            f: _sobol(sobol_analyze, problem, values[f], s, chosen_seed)  # type: ignore[arg-type]
            for f in kept
        }

    figures = [_figure(f, nominal[f], morris[f], sobol.get(f, [])) for f in kept]
    relative = _relative({f: morris[f] for f in kept})
    most = sorted((p for p, v in relative.items() if v > 0), key=lambda p: (-relative[p], p))
    return Sensitivity(
        proposal=ProposalRef(id=proposal.id, title=proposal.title),
        ruleset=RulesetRef(id=rule_set.id, version=rule_set.version, sha256=rule_set.sha256),
        seed=chosen_seed,
        levels=s.levels,
        trajectories=r,
        samples=n,
        top=k,
        confidence=s.confidence,
        evaluations=Evaluations(
            nominal=1, morris=morris_rows, sobol=sobol_rows, total=1 + morris_rows + sobol_rows
        ),
        inferred_read=len(read),
        half_widths={
            name: getattr(s.half_width, name).value for name in ("found", "computed", "inferred")
        },
        ranges=tuple(ranges),
        fixed=tuple(x.parameter for x in ranges if x.high == x.low),
        not_numeric=tuple(p for p in screened if p not in rule_set.parameters),
        sobol_parameters=tuple(chosen if n else ()),
        figures=tuple(figures),
        left_out=tuple(left),
        matter_most=tuple(most[: s.matter_most]),
    )


def _figure(
    figure: str, value: float, morris: list[MorrisIndex], sobol: list[SobolIndex]
) -> FigureSensitivity:
    moving = {m.parameter for m in morris if m.mu_star > 0}
    in_sobol = [x.parameter for x in sobol if x.parameter in moving]
    rest = [m.parameter for m in morris if m.parameter not in in_sobol]
    return FigureSensitivity(
        figure=figure,
        value=value,
        constant=all(m.mu_star == 0 for m in morris) and all(x.st == 0 for x in sobol),
        morris=tuple(morris),
        sobol=tuple(sobol),
        ranking=tuple(in_sobol + rest),
    )


def _check_sizes(trajectories: int, samples: int, top: int, seed: int) -> None:
    for name, value, low in (("trajectories", trajectories, 2), ("top", top, 1), ("seed", seed, 0)):
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise ValueError(f"{name} must be a whole number of at least {low}, not {value!r}")
    if isinstance(samples, bool) or not isinstance(samples, int) or samples < 0:
        raise ValueError(f"samples must be 0 or a power of two, not {samples!r}")
    if samples & (samples - 1):
        raise ValueError(f"samples must be 0 or a power of two, not {samples}")
