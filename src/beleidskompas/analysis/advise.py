"""What would make it doenlijk (or uitvoerbaar): the smallest design changes that lift a verdict.

:func:`advise` searches over the levers of :mod:`beleidskompas.analysis.levers` that the
target section's rules read:

1. every single change is assessed; if some lift the verdict by at least one level, they
   are the options and the search stops;
2. otherwise every *promising* set — one that removed a finding or raised the score — is
   extended by one more change that touches no field it already changes, and so on up to
   ``max_changes``. When that gives more than :data:`MAX_CANDIDATES` new sets, only the
   :data:`BEAM_WIDTH` closest sets are extended (closest: fewest findings that block the
   next level, then highest score, fewest changes, catalogue order), and if even those
   give more, a sample of :data:`MAX_CANDIDATES` drawn with ``seed`` is assessed.

So the options are the smallest sets that lift the verdict among the sets searched: exact
while no level was narrowed (``Advice.narrowed_levels`` empty), a beam search's answer otherwise.

Options are ranked by (number of changes, larger Δ take-up, larger Δ gains to the bottom
classes; ties: the higher verdict, the higher score, catalogue order). Every level is one
:func:`~beleidskompas.analysis.batch.assess_many` call, so ``jobs`` spreads it over
processes with the same result.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass

from beleidskompas.analysis.batch import assess_many, headline
from beleidskompas.analysis.levers import (
    Context,
    apply_changes,
    candidates,
    conflict,
    deadline_floor,
    levers_for,
    rule_fields,
    touching,
)
from beleidskompas.analysis.variation import VariationError
from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import advice as A
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.model.advice import (
    TARGETS,
    Advice,
    AdviceOption,
    AdviceStatus,
    AdviceTarget,
    Change,
    FindingRef,
    Hold,
)
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment, Finding, SectionResult
from beleidskompas.rules.ruleset import RuleSet

BEAM_WIDTH = 8
"""Sets carried from one search level to the next (search effort, not a model choice)."""
MAX_CANDIDATES = 400
"""New sets assessed per search level at most; more are sampled with the seed."""
CLOSEST_SHOWN = 3
"""Options shown when nothing lifts the verdict."""
DEFAULT_MAX_CHANGES = 3
"""Most changes in one option unless asked otherwise."""
OPTIONS_SHOWN = 10
"""Options listed at most (the count of all that were found is given)."""

ORDER: dict[AdviceTarget, tuple[str, ...]] = {
    "doenvermogen": ("niet_doenlijk", "doenlijk_mits", "doenlijk"),
    "uitvoerbaarheid": ("niet_uitvoerbaar", "uitvoerbaar_mits", "uitvoerbaar"),
}
"""Each target's verdicts from the lowest to the highest level."""
THRESHOLDS: dict[AdviceTarget, tuple[str, str]] = {
    "doenvermogen": (
        "scoring.doenvermogen.niet_doenlijk_below",
        "scoring.doenvermogen.doenlijk_min_score",
    ),
    "uitvoerbaarheid": (
        "scoring.uitvoerbaarheid.niet_uitvoerbaar_below",
        "scoring.uitvoerbaarheid.uitvoerbaar_min_score",
    ),
}
"""The score each level above the lowest needs (the scorers' parameters)."""
BLOCKING = (("blocker",), ("blocker", "major"))
"""Severities that keep a verdict at the lowest and at the middle level."""

Progress = Callable[[int, int], None]
"""Called with (variants assessed so far, variants planned so far)."""
Key = tuple[int, ...]


@dataclass(frozen=True)
class _Outcome:
    level: int
    score: float
    verdict: str
    other: str | None
    take_up: float | None
    gains_bottom: float | None
    findings: dict[str, Finding]


@dataclass(frozen=True)
class _Runner:
    jobs: int
    baseline: Proposal | None
    progress: Progress | None


def _section(assessment: Assessment, target: AdviceTarget) -> SectionResult:
    section = getattr(assessment, target)
    if section is None:
        raise ValueError(f"the rule set does not assess {target}")
    return section  # type: ignore[no-any-return]


def _outcome(assessment: Assessment, target: AdviceTarget) -> _Outcome:
    section = _section(assessment, target)
    other_target = next(t for t in TARGETS if t != target)
    other = getattr(assessment, other_target)
    figures = headline(assessment)
    return _Outcome(
        level=ORDER[target].index(section.verdict),
        score=section.score,
        verdict=section.verdict,
        other=other.verdict if other is not None else None,
        take_up=figures["take_up"],
        gains_bottom=figures["gains_bottom"],
        findings={f.rule: f for f in section.findings if f.severity != "info"},
    )


def _ref(finding: Finding) -> FindingRef:
    return FindingRef(rule=finding.rule, severity=finding.severity, message=finding.message)


def _delta(after: float | None, before: float | None) -> float | None:
    return after - before if after is not None and before is not None else None


class _Search:
    """The state of one search: the candidates, the outcomes so far, the progress."""

    def __init__(
        self,
        proposal: Proposal,
        rules: RuleSet,
        target: AdviceTarget,
        base: _Outcome,
        singles: list[Change],
        runner: _Runner,
    ) -> None:
        self.proposal, self.rules, self.target, self.base = proposal, rules, target, base
        self.singles = singles
        self.runner = runner
        self.outcomes: dict[Key, _Outcome] = {}
        self.done = 0
        self.planned = 0
        self.sampled: list[int] = []
        self.narrowed: list[int] = []

    def blocking(self, outcome: _Outcome) -> int:
        severities = BLOCKING[min(self.base.level, len(BLOCKING) - 1)]
        return sum(f.severity in severities for f in outcome.findings.values())

    def closeness(self, key: Key) -> tuple[int, float, int, Key]:
        outcome = self.outcomes[key]
        return (self.blocking(outcome), -outcome.score, len(key), key)

    def promising(self, key: Key) -> bool:
        outcome = self.outcomes[key]
        removed = set(self.base.findings) - set(outcome.findings)
        return bool(removed) or outcome.score > self.base.score

    def evaluate(self, keys: list[Key]) -> list[Key]:
        """Assess the sets (those that cannot be applied are dropped); the keys assessed."""
        proposals: list[Proposal] = []
        kept: list[Key] = []
        for key in keys:
            try:
                proposals.append(apply_changes(self.proposal, [self.singles[i] for i in key]))
            except VariationError:
                continue
            kept.append(key)
        self.planned += len(kept)
        report = self.runner.progress

        def tick(n: int) -> None:
            self.done += n
            if report is not None:
                report(self.done, self.planned)

        results = assess_many(
            proposals,
            self.rules,
            intervals=False,
            jobs=self.runner.jobs,
            baseline=self.runner.baseline,
            progress=tick,
            reduce=functools.partial(_outcome, target=self.target),
        )
        self.outcomes.update(zip(kept, results, strict=True))
        return kept

    def extend(self, beam: list[Key], seen: set[Key]) -> list[Key]:
        out: set[Key] = set()
        for key in beam:
            for j, change in enumerate(self.singles):
                if j in key or any(conflict(change, self.singles[i]) for i in key):
                    continue
                new = tuple(sorted((*key, j)))
                if new not in seen:
                    out.add(new)
        return sorted(out)

    def next_level(
        self, level: int, kept: list[Key], seen: set[Key], rng: random.Random
    ) -> list[Key]:
        """The sets of one more change to assess at ``level`` (narrowed or sampled when many)."""
        beam = sorted((k for k in kept if self.promising(k)), key=self.closeness)
        keys = self.extend(beam, seen)
        if len(keys) > MAX_CANDIDATES:
            keys = self.extend(beam[:BEAM_WIDTH], seen)
            self.narrowed.append(level)
        if len(keys) > MAX_CANDIDATES:
            keys = sorted(rng.sample(keys, MAX_CANDIDATES))
            self.sampled.append(level)
        return keys

    def run(self, max_changes: int, seed: int) -> list[Key]:
        """Search level by level; the sets that lift the verdict at the first level that has any."""
        rng = random.Random(seed)
        keys: list[Key] = [(i,) for i in range(len(self.singles))]
        seen: set[Key] = set()
        kept: list[Key] = []
        for level in range(1, max_changes + 1):
            if level > 1:
                keys = self.next_level(level, kept, seen, rng)
            if not keys:
                break
            seen.update(keys)
            kept = self.evaluate(keys)
            lifted = [k for k in kept if self.outcomes[k].level > self.base.level]
            if lifted:
                return lifted
        return []

    def option(self, key: Key, rank: int) -> AdviceOption:
        o, base = self.outcomes[key], self.base
        return AdviceOption(
            rank=rank,
            changes=[self.singles[i] for i in key],
            verdict=o.verdict,
            score=o.score,
            lifted=o.level > base.level,
            other_verdict=o.other,
            take_up=o.take_up,
            delta_take_up=_delta(o.take_up, base.take_up),
            delta_gains_bottom=_delta(o.gains_bottom, base.gains_bottom),
            removed=[_ref(f) for r, f in base.findings.items() if r not in o.findings],
            added=[_ref(f) for r, f in o.findings.items() if r not in base.findings],
        )

    def rank_key(self, key: Key) -> tuple[int, float, float, int, float, Key]:
        o, base = self.outcomes[key], self.base
        up = _delta(o.take_up, base.take_up) or 0.0
        gains = _delta(o.gains_bottom, base.gains_bottom) or 0.0
        return (len(key), -up, -gains, -o.level, -o.score, key)


def _holds(search: _Search, key: Key) -> tuple[list[Hold], list[Text]]:
    """The findings that keep the closest option's verdict down, and a note on the score."""
    outcome, base = search.outcomes[key], search.base
    fields = rule_fields(search.rules, search.target)
    severities = BLOCKING[min(base.level, len(BLOCKING) - 1)]
    offered = {change.lever for change in search.singles}
    holds = [
        Hold(
            rule=f.rule,
            severity=f.severity,
            message=f.message,
            levers=[lever for lever in touching(fields.get(f.rule, ())) if lever in offered],
        )
        for f in outcome.findings.values()
        if f.severity in severities
    ]
    threshold_id = THRESHOLDS[search.target][min(base.level, len(BLOCKING) - 1)]
    threshold = search.rules.parameter(threshold_id).value
    notes = []
    if outcome.score < threshold:
        notes.append(A.SCORE_BELOW.text(score=outcome.score, threshold=threshold))
    return holds, notes


def _capped_by_agency(assessment: Assessment, target: AdviceTarget) -> str | None:
    """The implementers' verdict when it keeps the eindoordeel where it is."""
    uv = assessment.uitvoerbaarheid
    if target != "uitvoerbaarheid" or uv is None or uv.agency_verdict is None:
        return None
    order = ORDER["uitvoerbaarheid"]
    if uv.verdict_basis == "agency" or order.index(uv.agency_verdict) <= order.index(uv.verdict):
        return uv.agency_verdict
    return None


def advise(
    proposal: Proposal,
    rules: RuleSet,
    *,
    target: AdviceTarget = "doenvermogen",
    max_changes: int = DEFAULT_MAX_CHANGES,
    seed: int = 0,
    jobs: int = 1,
    progress: Progress | None = None,
    baseline: Proposal | None = None,
) -> Advice:
    """The smallest sets of design changes that lift ``target``'s verdict by a level.

    Deterministic for a seed (the seed only matters when a level is sampled); ``jobs`` as
    for :func:`~beleidskompas.analysis.batch.assess_many`. Raises ValueError for an unknown
    target or a ``max_changes`` below 1.
    """
    if target not in TARGETS:
        raise ValueError(f"target must be one of {', '.join(TARGETS)}, not {target!r}")
    if isinstance(max_changes, bool) or not isinstance(max_changes, int) or max_changes < 1:
        raise ValueError(f"max_changes must be a whole number of at least 1, not {max_changes!r}")
    first = assess_many([proposal], rules, intervals=False, baseline=baseline)[0]
    base = _outcome(first, target)
    uv = first.uitvoerbaarheid
    context = Context(
        earliest=uv.earliest_feasible_date if uv is not None else None,
        deadline_floor=deadline_floor(rules, "doenvermogen"),
    )
    singles = candidates(proposal, levers_for(rules, target), context)
    common = {
        "proposal": proposal.id,
        "title": proposal.title,
        "target": target,
        "verdict": base.verdict,
        "score": base.score,
        "take_up": base.take_up,
        "gains_bottom": base.gains_bottom,
        "max_changes": max_changes,
        "seed": seed,
        "beam_width": BEAM_WIDTH,
        "levers": singles,
    }
    verdict_label = L.VERDICTS[base.verdict]
    status: AdviceStatus | None = None
    if base.level == len(ORDER[target]) - 1:
        status = "nothing_to_lift"
    elif (agency := _capped_by_agency(first, target)) is not None:
        verdict_label = L.VERDICTS[agency]
        status = "agency_verdict"
    elif not singles:
        status = "no_levers"
    if status is not None:
        message = A.STATUS[status].text(verdict=verdict_label, target=A.TARGET_LABEL[target])
        common["levers"] = []  # nothing was tried
        return Advice(status=status, message=message, evaluated=0, **common)

    runner = _Runner(jobs=jobs, baseline=baseline, progress=progress)
    search = _Search(proposal, rules, target, base, singles, runner)
    lifted = search.run(max_changes, seed)
    sampled, narrowed = search.sampled, search.narrowed
    evaluated = len(search.outcomes)
    if lifted:
        ranked = sorted(lifted, key=search.rank_key)
        message = A.STATUS["lifted"].text(
            count=len(ranked), changes=len(ranked[0]), verdict=verdict_label
        )
        return Advice(
            status="lifted",
            message=message,
            evaluated=evaluated,
            found=len(ranked),
            sampled_levels=sampled,
            narrowed_levels=narrowed,
            options=[search.option(k, i) for i, k in enumerate(ranked[:OPTIONS_SHOWN], 1)],
            **common,
        )
    closest = sorted(search.outcomes, key=search.closeness)[:CLOSEST_SHOWN]
    holds, notes = _holds(search, closest[0]) if closest else ([], [])
    message = A.STATUS["not_within_reach"].text(max_changes=max_changes, verdict=verdict_label)
    return Advice(
        status="not_within_reach",
        message=message,
        evaluated=evaluated,
        sampled_levels=sampled,
        narrowed_levels=narrowed,
        closest=[search.option(k, i) for i, k in enumerate(closest, 1)],
        holds=holds,
        notes=notes,
        **common,
    )
