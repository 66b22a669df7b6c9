"""The library: every command of the CLI is one call here.

>>> import beleidskompas as bk
>>> assessment = bk.assess_file("examples/automatisch-kindbudget.yaml")  # doctest: +SKIP
>>> print(bk.render(assessment, "markdown", "en"))  # doctest: +SKIP

Loading functions raise :class:`~beleidskompas.errors.InputError` naming the file, the
field path and the line:column of each problem; gates raise
:class:`~beleidskompas.errors.GateFailedError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beleidskompas.errors import GateFailedError, InputError, Problem
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import cli as C
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io import clock
from beleidskompas.io.document import Document, load_document
from beleidskompas.io.validate import validate
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment, SectionResult
from beleidskompas.model.rules import SEVERITIES
from beleidskompas.rules.crossref import check_proposal
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.loader import load_rules
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.pipeline import assess as run_assessment

if TYPE_CHECKING:  # pragma: no cover - heavier modules are imported when first used
    from pydantic import BaseModel

    from beleidskompas.analysis.advise import Progress as AdviceProgress
    from beleidskompas.analysis.compare import Comparison
    from beleidskompas.analysis.mcda import Method
    from beleidskompas.analysis.monitor import Monitor
    from beleidskompas.analysis.monitor_plan import MonitoringPlan
    from beleidskompas.analysis.portfolio import Portfolio
    from beleidskompas.analysis.sweep import SweepDesign
    from beleidskompas.analysis.variation import Variation
    from beleidskompas.model.advice import Advice, AdviceTarget
    from beleidskompas.model.sensitivity import Sensitivity
    from beleidskompas.model.series import SeriesSet
    from beleidskompas.model.sweep import Sweep
    from beleidskompas.report.views.sections import SectionView
    from beleidskompas.scoring.sections import Scorer
    from beleidskompas.society.classes import ClassTable

__all__ = [
    "PROPOSAL_SUFFIXES",
    "TRACED_FORMATS",
    "advise",
    "assess",
    "assess_file",
    "assess_many",
    "check_gates",
    "class_table",
    "compare",
    "default_ruleset",
    "load_proposal",
    "load_proposals",
    "load_rules",
    "load_series",
    "monitor",
    "monitoring_plan",
    "portfolio",
    "proposal_files",
    "read_proposal",
    "register_section",
    "render",
    "rules_for",
    "sensitivity",
    "sweep",
    "sweep_design",
    "with_values",
]

PROPOSAL_SUFFIXES = (".yaml", ".yml", ".json")
TRACED_FORMATS = ("mvt", "docx")
"""Formats that write how figures were found (the grounds of the earliest date), so the
assessment they render is made with ``trace=True``."""


def rules_for(directory: Path | str | None = None, classes: Path | str | None = None) -> RuleSet:
    """The rule set in ``directory`` (the default one when None), optionally with another
    class model."""
    if directory is None and classes is None:
        return default_ruleset()
    return load_rules(directory, classes=classes)


def read_proposal(path: Path | str) -> tuple[Proposal, Document]:
    """Load a proposal file and keep its parsed document (for error positions)."""
    doc = load_document(Path(path))
    return validate(Proposal, doc), doc


def load_proposal(path: Path | str, rules: RuleSet | None = None) -> Proposal:
    """Load and validate a proposal file (YAML or JSON); with ``rules``, also check its
    class and attribute ids against that rule set."""
    proposal, doc = read_proposal(path)
    if rules is not None:
        check_proposal(proposal, _rules(rules, "load_proposal"), doc)
    return proposal


def proposal_warnings(
    proposal: Proposal, doc: Document | None = None, today: dt.date | None = None
) -> list[Problem]:
    """Warnings about a valid proposal (dates in an impossible order or in the past), with
    the line and column of each field when ``doc`` is the proposal's parsed file."""
    from beleidskompas.model.warnings import proposal_warnings as find_warnings

    out = []
    for loc, text in find_warnings(proposal, today or clock.today()):
        found = doc.position(loc) if doc else None
        line, column = found if found else (None, None)
        out.append(Problem(text, loc, line, column))
    return out


def check_file(
    path: Path | str, rules: RuleSet | None = None, today: dt.date | None = None
) -> list[Problem]:
    """Validate a proposal file (schema, and class and attribute ids against ``rules``);
    return its warnings. Raises InputError when the file is invalid."""
    proposal, doc = read_proposal(path)
    check_proposal(proposal, _rules(rules, "check_file"), doc)
    return proposal_warnings(proposal, doc, today)


def baseline_path(proposal: Proposal, path: Path | str) -> Path | None:
    """Where the proposal's baseline file is: its ``baseline`` relative to ``path``'s folder."""
    if proposal.baseline is None:
        return None
    return Path(path).parent / proposal.baseline


def load_baseline(
    proposal: Proposal, path: Path | str, rules: RuleSet | None = None, doc: Document | None = None
) -> Proposal | None:
    """The proposal's baseline (today's scheme), loaded from the file it names relative to
    ``path`` and checked against ``rules``; None when it names none. A missing file is an
    error at the proposal's ``baseline`` field; a baseline may not name a baseline itself."""
    where = baseline_path(proposal, path)
    if where is None:
        return None
    found = doc.position(("baseline",)) if doc else None
    line, column = found if found else (None, None)
    if not where.is_file():
        raise InputError.single(
            path, E.BASELINE_MISSING.text(path=str(where)), ("baseline",), line, column
        )
    if where.resolve() == Path(path).resolve():
        raise InputError.single(path, E.BASELINE_IS_ITSELF, ("baseline",), line, column)
    baseline, base_doc = read_proposal(where)
    if baseline.baseline is not None:
        pos = base_doc.position(("baseline",))
        raise InputError.single(
            where, E.BASELINE_CHAIN, ("baseline",), *(pos if pos else (None, None))
        )
    if rules is not None:
        check_proposal(baseline, _rules(rules, "load_baseline"), base_doc)
    return baseline


@dataclass(frozen=True)
class OpenedProposal:
    """A proposal file with what the tool knows about it: the proposal, its parsed file, its
    baseline (if it names one) and its warnings."""

    path: Path
    proposal: Proposal
    doc: Document
    baseline: Proposal | None
    baseline_path: Path | None
    warnings: list[Problem]

    def inputs(self) -> list[Path]:
        """The files read (so that ``--output`` can never overwrite one)."""
        return [self.path, *([self.baseline_path] if self.baseline_path else [])]


def open_proposal(
    path: Path | str, rules: RuleSet | None = None, today: dt.date | None = None
) -> OpenedProposal:
    """Load a proposal file, check it against ``rules``, load its baseline and collect its
    warnings."""
    rules = _rules(rules, "open_proposal")
    proposal, doc = read_proposal(path)
    check_proposal(proposal, rules, doc)
    baseline = load_baseline(proposal, path, rules, doc)
    return OpenedProposal(
        Path(path),
        proposal,
        doc,
        baseline,
        baseline_path(proposal, path),
        proposal_warnings(proposal, doc, today),
    )


def proposal_files(paths: Iterable[Path | str]) -> list[Path]:
    """Files and folders → proposal files (a folder's YAML and JSON files, sorted)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in PROPOSAL_SUFFIXES)
            if not found:
                raise InputError.single(path, E.FOLDER_WITHOUT_PROPOSALS)
            files += found
        else:
            files.append(path)
    return files


def load_proposals(paths: Iterable[Path | str], rules: RuleSet | None = None) -> list[Proposal]:
    """Every proposal in ``paths`` (files or folders), checked against ``rules``; their ids
    must differ."""
    rules = _rules(rules, "load_proposals")
    files = proposal_files(paths)
    proposals = [load_proposal(path, rules) for path in files]
    ids = [p.id for p in proposals]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError.single(files[0], E.DUPLICATE_PROPOSAL_IDS.text(ids=", ".join(duplicates)))
    return proposals


def _require(value: Any, kind: type, what: str, hint: str) -> None:
    if not isinstance(value, kind):
        article = "an" if kind.__name__[0] in "AEIOU" else "a"
        raise TypeError(
            f"{what} needs {article} {kind.__name__} ({hint}), not {type(value).__name__}"
        )


def _rules(rules: RuleSet | None, what: str) -> RuleSet:
    """``rules`` checked to be a RuleSet, or the default rule set when None."""
    if rules is None:
        return default_ruleset()
    _require(rules, RuleSet, f"{what}(rules=...)", "load_rules(folder) or default_ruleset()")
    return rules


def assess(
    proposal: Proposal,
    rules: RuleSet | None = None,
    *,
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = False,
    baseline: Proposal | None = None,
) -> Assessment:
    """Assess a proposal with a rule set (the default one when ``rules`` is None).

    ``epsilon`` is the inequality aversion of the Atkinson index (>= 0); with
    ``intervals=False`` the uncertainty intervals of ranged effects are skipped (faster),
    and with ``trace=True`` every figure records how it was computed (``--explain``).
    With ``baseline`` (today's scheme) doenvermogen gets its change and MvT oordeel against
    it, and class impact, cost and regeldruk are the change from it.
    Raises TypeError for a wrong argument type, ValueError for a negative ``epsilon``, and
    InputError when the proposal names class or attribute ids the rule set lacks.
    """
    _require(proposal, Proposal, "assess()", "load_proposal(path) or Proposal.model_validate(data)")
    if rules is not None:
        _rules(rules, "assess")
    if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float)):
        raise TypeError(f"epsilon must be a number, not {type(epsilon).__name__}")
    if baseline is not None:
        _require(baseline, Proposal, "assess(baseline=...)", "load_baseline(proposal, path)")
    return run_assessment(
        proposal, rules, epsilon=epsilon, intervals=intervals, trace=trace, baseline=baseline
    )


def assess_file(path: Path | str, rules: RuleSet | None = None, **options: Any) -> Assessment:
    """Load a proposal file (and the baseline it names) and assess it (``options`` as for
    :func:`assess`)."""
    opened = open_proposal(path, _rules(rules, "assess_file"))
    return assess(opened.proposal, rules, baseline=opened.baseline, **options)


def assess_many(
    proposals: Proposal | Sequence[Proposal],
    rules: RuleSet | None = None,
    *,
    parameters: Sequence[Mapping[str, float]] | None = None,
    epsilon: float = 1.0,
    intervals: bool = True,
    trace: bool = False,
    baseline: Proposal | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    reduce: Callable[[Assessment], Any] | None = None,
) -> list[Any]:
    """Many assessments in one call: one per proposal, or one proposal over rows of parameter
    values (``{parameter_id: value}``), each equal to :func:`assess` on that input (with
    :func:`with_values` for a row). ``jobs`` > 1 uses that many processes (joblib; -1: all
    cores; a joblib backend set with ``joblib.parallel_config``, such as Dask's, is used);
    ``reduce`` (e.g. ``beleidskompas.analysis.batch.headline``) keeps only what it returns.
    """
    from beleidskompas.analysis.batch import assess_many as run

    if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float)):
        raise TypeError(f"epsilon must be a number, not {type(epsilon).__name__}")
    if epsilon < 0:
        raise ValueError("epsilon must be >= 0")
    if baseline is not None:
        _require(baseline, Proposal, "assess_many(baseline=...)", "load_baseline(proposal, path)")
    rule_set = _rules(rules, "assess_many")
    common: dict[str, Any] = {
        "parameters": parameters,
        "epsilon": epsilon,
        "intervals": intervals,
        "trace": trace,
        "baseline": baseline,
        "jobs": jobs,
        "progress": progress,
    }
    if reduce is None:
        return run(proposals, rule_set, **common)
    return run(proposals, rule_set, **common, reduce=reduce)


def with_values(rules: RuleSet, values: Mapping[str, float]) -> RuleSet:
    """The rule set with some parameter values replaced (``{"takeup.…": 0.3}``); raises
    KeyError for an unknown id and ValueError for a value that is not a finite number."""
    from beleidskompas.rules.values import with_values as replace_values

    return replace_values(_rules(rules, "with_values"), values)


def check_gates(
    assessment: Assessment, fail_on: str | None = None, fail_under: float | None = None
) -> None:
    """Raise GateFailedError when a finding is ``fail_on`` or worse, or a section scores below
    ``fail_under``."""
    _require(assessment, Assessment, "check_gates()", "assess(proposal)")
    if fail_on is not None and fail_on not in SEVERITIES:
        raise ValueError(f"fail_on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    if fail_on is not None:
        order = SEVERITIES.index(fail_on)  # type: ignore[arg-type,unused-ignore]
        if any(SEVERITIES.index(f.severity) >= order for f in assessment.findings()):
            raise GateFailedError(C.GATE_FAIL_ON.text(severity=fail_on))
    if fail_under is not None:
        for name, section in assessment.sections.items():
            if section.score < fail_under:
                text = C.GATE_FAIL_UNDER.text(
                    threshold=f"{fail_under:g}", section=name, score=section.score
                )
                raise GateFailedError(text)


def render(result: Any, fmt: str = "table", lang: Lang = "nl", **options: Any) -> str | bytes:
    """``result`` (an assessment, comparison, portfolio, class table, rule set, rule or
    capital graph) in format ``fmt`` and language ``lang``; see
    :func:`beleidskompas.report.registry.render`."""
    from beleidskompas.report.registry import render as render_result

    return render_result(result, fmt, lang, **options)


def compare(
    proposals: Sequence[Proposal],
    rules: RuleSet | None = None,
    *,
    weights: dict[str, float] | None = None,
    method: Method = "weighted_sum",
    draws: int | None = None,
    seed: int | None = None,
    baseline: Proposal | None = None,
) -> Comparison:
    """Assess options and compare them side by side, with the nuloptie: ``baseline``
    (today's scheme, kept as it is) when given, else doing nothing. Every option is
    assessed as a whole scheme (not as the change from its own baseline), so that all
    options and the nuloptie stand on the same footing."""
    from beleidskompas.analysis.compare import compare_options

    rules = _rules(rules, "compare")
    for proposal in proposals:
        _require(proposal, Proposal, "compare()", "load_proposal(path)")
    ids = [p.id for p in proposals]
    if len(set(ids)) != len(ids):
        raise InputError.single("compare", C.OPTIONS_SAME_IDS.text(ids=", ".join(ids)))
    # keep only the criteria values of each option: holding a thousand assessments would
    # make the garbage collector's work, and so the time, grow faster than the options
    options = [_option_input(p, assess(p, rules, intervals=False)) for p in proposals]
    status_quo = None
    if baseline is not None:
        _require(baseline, Proposal, "compare(baseline=...)", "load_proposal(path)")
        status_quo = _option_input(baseline, assess(baseline, rules, intervals=False))
    return compare_options(
        options,
        rules,
        weights=weights,
        method=method,
        draws=draws,
        seed=seed,
        status_quo=status_quo,
    )


def comparison_baseline(
    paths: Sequence[Path | str], rules: RuleSet | None = None, explicit: Path | str | None = None
) -> tuple[Proposal | None, Path | None]:
    """The nuloptie of a comparison of the option files ``paths``: ``explicit`` when given,
    else the baseline every option names (when they all name the same file), else none."""
    rules = _rules(rules, "comparison_baseline")
    if explicit is not None:
        baseline = load_proposal(explicit, rules)
        return baseline, Path(explicit)
    named: set[Path] = set()
    for path in paths:
        proposal = load_proposal(path)
        where = baseline_path(proposal, path)
        if where is None:
            return None, None
        named.add(where.resolve())
    if len(named) != 1:
        return None, None
    (where,) = named
    return load_proposal(where, rules), where


def _option_input(proposal: Proposal, assessment: Assessment) -> Any:
    """What compare keeps of one assessed option: criteria values and regeldruk."""
    from beleidskompas.analysis.compare import OptionInput, option_values, regeldruk_values

    values = option_values(assessment)
    return OptionInput(proposal.id, proposal.title, values, regeldruk_values(assessment))


def portfolio(
    proposals: Sequence[Proposal],
    rules: RuleSet | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> Portfolio:
    """Assess measures and combine them: coverage, stapeling, overlaps."""
    from beleidskompas.analysis.portfolio import assess_portfolio

    for proposal in proposals:
        _require(proposal, Proposal, "portfolio()", "load_proposals(paths)")
    return assess_portfolio(proposals, _rules(rules, "portfolio"), progress=progress)


def class_table(rules: RuleSet | None = None) -> ClassTable:
    """The class model of a rule set with deficits, accumulated deficits and stapeling."""
    from beleidskompas.analysis.classes import ruleset_class_table

    return ruleset_class_table(_rules(rules, "class_table"))


def register_section(
    name: str,
    prefix: str,
    file_model: type[BaseModel],
    scorer: Scorer,
    result_model: type[SectionResult] = SectionResult,
    view: SectionView | None = None,
) -> None:
    """Add a rule section: its rule files, their id prefix, its scorer and (optionally)
    how reports show it. One call; rule sets name the section's files under ``rules``."""
    from beleidskompas.report.views.sections import register_section_view
    from beleidskompas.rules.sections import RuleKind, register_rule_kind
    from beleidskompas.scoring.sections import register_scorer

    register_rule_kind(RuleKind(name, prefix, file_model))
    register_scorer(name, scorer, result_model)
    if view is not None:
        register_section_view(name, view)


def load_series(
    paths: Iterable[Path | str] | Path | str | None = None, *, data: Path | str | None = None
) -> SeriesSet:
    """The monitor's series: the bundled data set (or the data-set folder ``data``), or, with
    ``paths``, the values of those series files (CSV or CBS imports) checked against the data
    set's indicators, groups and sources. Raises InputError naming file, line and field."""
    from beleidskompas.io.series_set import default_data_set, load_data_set, with_series

    base = default_data_set() if data is None else load_data_set(data)
    if paths is None:
        return base
    chosen = [paths] if isinstance(paths, (str, Path)) else list(paths)
    return with_series(base, chosen) if chosen else base


def monitor(series: SeriesSet | None = None, indicators: Sequence[str] | None = None) -> Monitor:
    """Per indicator the trend per group and the gap between the best- and worst-off group
    over time (``indicators``: ids to show; default every indicator with values)."""
    from beleidskompas.analysis.monitor import monitor as build_monitor
    from beleidskompas.i18n.catalogue import series as S
    from beleidskompas.io.series import did_you_mean
    from beleidskompas.model.series import SeriesSet

    series = load_series() if series is None else series
    _require(series, SeriesSet, "monitor()", "load_series()")
    for name in indicators or []:
        if name not in series.indicators:
            known = list(series.indicators)
            hint = did_you_mean(name, known)
            message = S.UNKNOWN_INDICATOR.text(name=name, hint=hint, known=", ".join(known))
            raise InputError.single("--indicator", message)
    return build_monitor(series, indicators or None)


def monitoring_plan(
    proposals: Iterable[Proposal | Path | str] | Path | str,
    series: SeriesSet | None = None,
    rules: RuleSet | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> MonitoringPlan:
    """The monitoring plan of measures (proposals, or files and folders of them): what each
    measure should move, whether it did, and which capitals and classes no named indicator
    follows. Proposal files are checked with positions against the rule set and the data
    set (their ``monitoring`` names known indicators and groups)."""
    from beleidskompas.analysis.monitor_plan import monitoring_plan as build_plan
    from beleidskompas.io.monitoring import check_monitoring
    from beleidskompas.model.series import SeriesSet

    rules = _rules(rules, "monitoring_plan")
    series = load_series() if series is None else series
    _require(series, SeriesSet, "monitoring_plan(series=...)", "load_series()")
    items = [proposals] if isinstance(proposals, (str, Path)) else list(proposals)
    loaded: list[Proposal] = []
    files = proposal_files(p for p in items if not isinstance(p, Proposal))
    for item in items:
        if isinstance(item, Proposal):
            check_monitoring(item, series)
            loaded.append(item)
    for file in files:
        proposal, doc = read_proposal(file)
        check_proposal(proposal, rules, doc)
        check_monitoring(proposal, series, doc)
        loaded.append(proposal)
    ids = [p.id for p in loaded]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        where = files[0] if files else "monitoring_plan"
        raise InputError.single(where, E.DUPLICATE_PROPOSAL_IDS.text(ids=", ".join(duplicates)))

    def assessed() -> Iterable[tuple[Proposal, Assessment]]:
        for proposal in loaded:
            yield proposal, assess(proposal, rules, intervals=False)
            if progress is not None:
                progress(1)

    classes = [(c.id, c.label) for c in rules.classes.classes]
    return build_plan(assessed(), series, classes, rules.classes.id)


def advise(
    proposal: Proposal,
    rules: RuleSet | None = None,
    *,
    target: AdviceTarget = "doenvermogen",
    max_changes: int = 3,
    seed: int = 0,
    jobs: int = 1,
    progress: AdviceProgress | None = None,
    baseline: Proposal | None = None,
) -> Advice:
    """What would make it doenlijk (or uitvoerbaar): the smallest sets of design changes
    (levers the proposal's author controls) that lift ``target``'s verdict by at least one
    level, ranked by number of changes, then Δ take-up, then Δ gains to the bottom classes,
    each with the findings it removes and adds (docs/methodology.md).

    Deterministic for a ``seed``; ``jobs`` > 1 assesses the variants in that many
    processes with the same result; ``progress`` is called with (variants assessed,
    variants planned). Raises TypeError for a wrong argument type and ValueError for an
    unknown target, ``max_changes`` below 1 or a bad ``jobs``.
    """
    from beleidskompas.analysis.advise import advise as search

    _require(proposal, Proposal, "advise()", "load_proposal(path) or Proposal.model_validate(data)")
    rules = _rules(rules, "advise")
    if baseline is not None:
        _require(baseline, Proposal, "advise(baseline=...)", "load_baseline(proposal, path)")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"seed must be a whole number, not {type(seed).__name__}")
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs == 0 or jobs < -1:
        raise ValueError(f"jobs must be a positive number of processes or -1, not {jobs!r}")
    return search(
        proposal,
        rules,
        target=target,
        max_changes=max_changes,
        seed=seed,
        jobs=jobs,
        progress=progress,
        baseline=baseline,
    )


def sweep_design(
    proposal: Proposal,
    variations: Sequence[Variation | str],
    *,
    samples: int | None = None,
    max_grid: int | None = None,
    seed: int | None = None,
) -> SweepDesign:
    """The designs a sweep of ``proposal`` would assess (``variations``: ``"path=v1,v2"``
    or ``"path=start:stop:step"`` strings, or parsed variations): the full grid up to
    ``max_grid`` combinations (default 1000), else a Latin-hypercube sample; see
    :func:`beleidskompas.analysis.sweep.design_sweep`. Raises VariationError naming the
    path and value of a variation that cannot be applied."""
    from beleidskompas.analysis.sweep import MAX_GRID, design_sweep

    _require(proposal, Proposal, "sweep_design()", "load_proposal(path)")
    limit = MAX_GRID if max_grid is None else max_grid
    return design_sweep(proposal, variations, samples=samples, max_grid=limit, seed=seed)


def sweep(
    proposal: Proposal,
    variations: Sequence[Variation | str] | SweepDesign,
    rules: RuleSet | None = None,
    *,
    samples: int | None = None,
    max_grid: int | None = None,
    seed: int | None = None,
    baseline: Proposal | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Sweep:
    """Assess every combination of the ``variations`` of ``proposal`` (or a Latin-hypercube
    sample of them, see :func:`sweep_design`) and mark the non-dominated designs: cost
    minimised, gains to the lowest classes and doenbaarheid maximised. ``baseline``: today's
    scheme, as for :func:`assess` (``open_proposal(path).baseline`` is the one the file
    names). ``jobs`` > 1 spreads the assessments over local processes with the same results;
    ``progress`` is called with the number of assessments finished."""
    from beleidskompas.analysis.sweep import MAX_GRID, run_sweep

    _require(proposal, Proposal, "sweep()", "load_proposal(path)")
    if baseline is not None:
        _require(baseline, Proposal, "sweep(baseline=...)", "load_baseline(proposal, path)")
    return run_sweep(
        proposal,
        variations,
        _rules(rules, "sweep"),
        samples=samples,
        max_grid=MAX_GRID if max_grid is None else max_grid,
        seed=seed,
        baseline=baseline,
        jobs=jobs,
        progress=progress,
    )


def sensitivity(
    proposal: Proposal,
    rules: RuleSet | None = None,
    *,
    trajectories: int | None = None,
    samples: int | None = None,
    top: int | None = None,
    seed: int | None = None,
    parameters: Sequence[str] | None = None,
    jobs: int = 1,
    progress: Callable[[str, int, int], None] | None = None,
    baseline: Proposal | None = None,
) -> Sensitivity:
    """Which parameters drive each headline figure of a proposal: Morris screening of the
    inferred parameters its assessment reads, then Sobol indices for the leaders (SALib, the
    ``analysis`` extra). Sizes and seed default to the rule set's ``sensitivity`` settings;
    ``progress(stage, done, total)`` follows the evaluations. Raises ValueError for a size out
    of range and InputError when SALib is missing."""
    from beleidskompas.analysis.sensitivity import run_sensitivity

    _require(proposal, Proposal, "sensitivity()", "load_proposal(path)")
    if baseline is not None:
        _require(baseline, Proposal, "sensitivity(baseline=...)", "load_baseline(proposal, path)")
    return run_sensitivity(
        proposal,
        _rules(rules, "sensitivity"),
        trajectories=trajectories,
        samples=samples,
        top=top,
        seed=seed,
        parameters=parameters,
        jobs=jobs,
        progress=progress,
        baseline=baseline,
    )


def screening(
    proposal: Proposal, rules: RuleSet | None = None, *, baseline: Proposal | None = None
) -> Sensitivity:
    """A quick Morris screening (the rule set's ``quick_trajectories``, no Sobol stage): what
    ``assess --sensitivity`` names as mattering most."""
    from beleidskompas.analysis.sensitivity_ranges import settings_of

    rules = _rules(rules, "screening")
    quick = settings_of(rules).quick_trajectories
    return sensitivity(proposal, rules, trajectories=quick, samples=0, baseline=baseline)


def with_matter_most(assessment: Assessment, result: Sensitivity) -> Assessment:
    """The assessment with ``provenance.matter_most`` from a sensitivity run (or screening)."""
    provenance = assessment.provenance.model_copy(update={"matter_most": list(result.matter_most)})
    return assessment.model_copy(update={"provenance": provenance})
