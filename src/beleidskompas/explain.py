"""The trace behind ``--explain``: how every figure of an assessment was computed."""

from __future__ import annotations

import math

from beleidskompas.model.base import Lang
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment, TraceStep
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import takeup as tu
from beleidskompas.scoring.facts import it_lead_months, lead_time_parameters
from beleidskompas.scoring.findings import RuleOutcome
from beleidskompas.scoring.impact import reach_by_class


def _f(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def build_trace(
    proposal: Proposal,
    rules: RuleSet,
    assessment: Assessment,
    dv: list[RuleOutcome],
    uv: list[RuleOutcome],
    lang: Lang,
) -> list[TraceStep]:
    """Explain each figure: the formula with its numbers, the rules and parameters used."""
    nl = lang == "nl"
    steps: list[TraceStep] = []
    dvr = assessment.doenvermogen
    if dvr is not None:
        fired = [o.compiled.id for o in dv if o.fired]
        unknown = [o.compiled.id for o in dv if o.unknown]
        scoring = rules.scoring.doenvermogen
        multiplier = (
            scoring.life_event_multiplier.value
            if proposal.delivery.life_event not in (None, "none")
            else 1.0
        )
        for capacity, value in dvr.capacities.items():
            contributing = [
                o.compiled.id
                for o in dv
                if o.fired and getattr(o.compiled.rule, "burden", {}).get(capacity)
            ]
            parts = " + ".join(
                f"{o.compiled.id} {getattr(o.compiled.rule, 'burden', {})[capacity]:g}"
                for o in dv
                if o.fired and getattr(o.compiled.rule, "burden", {}).get(capacity)
            )
            steps.append(
                TraceStep(
                    section="doenvermogen",
                    figure=f"capacities.{capacity}",
                    value=_f(value),
                    how=(f"({parts or '0'}) × {multiplier:g}"),
                    rules=contributing,
                )
            )
        total = sum(dvr.capacities.values())
        steps.append(
            TraceStep(
                section="doenvermogen",
                figure="score",
                value=_f(dvr.score, 1),
                how=f"100 · exp(−B / S) = 100 · exp(−{total:.3f} / {scoring.scale.value:g})",
                rules=fired,
                parameters=["scoring.doenvermogen.scale"]
                + (["scoring.doenvermogen.life_event_multiplier"] if multiplier != 1.0 else []),
            )
        )
        severities = sorted({f.severity for f in dvr.findings if f.severity != "info"})
        steps.append(
            TraceStep(
                section="doenvermogen",
                figure="verdict",
                value=dvr.verdict,
                how=(
                    f"ernst gevonden: {', '.join(severities) or 'geen'}; score {dvr.score:.1f} "
                    f"tegen drempels {scoring.niet_doenlijk_below.value:g} (niet doenlijk) en "
                    f"{scoring.doenlijk_min_score.value:g} (doenlijk)"
                    if nl
                    else f"severities found: {', '.join(severities) or 'none'}; score "
                    f"{dvr.score:.1f} against thresholds {scoring.niet_doenlijk_below.value:g} "
                    f"(niet doenlijk) and {scoring.doenlijk_min_score.value:g} (doenlijk)"
                ),
                rules=fired,
                parameters=[
                    "scoring.doenvermogen.niet_doenlijk_below",
                    "scoring.doenvermogen.doenlijk_min_score",
                ],
            )
        )
        if unknown:
            steps.append(
                TraceStep(
                    section="doenvermogen",
                    figure="unknown",
                    value=str(len(unknown)),
                    how=(
                        "regels die niet te beoordelen zijn (ontbrekende velden)"
                        if nl
                        else "rules that cannot be judged (missing fields)"
                    ),
                    rules=unknown,
                )
            )
        steps.append(
            TraceStep(
                section="doenvermogen",
                figure="take_up_load",
                value=_f(dvr.take_up_load),
                how=" + ".join(
                    f"{o.compiled.id} {getattr(o.compiled.rule, 'take_up', 0.0):g}"
                    for o in dv
                    if o.fired and float(getattr(o.compiled.rule, "take_up", 0.0))
                )
                + f" (× {multiplier:g})",
                rules=fired,
            )
        )
        steps += _take_up_steps(rules, dvr.granting, dvr.take_up_load, lang)
    uvr = assessment.uitvoerbaarheid
    if uvr is not None:
        fired_uv = [o.compiled.id for o in uv if o.fired]
        impl = proposal.implementation
        months, _ = it_lead_months(proposal, rules)
        steps.append(
            TraceStep(
                section="uitvoerbaarheid",
                figure="earliest_feasible_date",
                value=str(uvr.earliest_feasible_date or "—"),
                how=(
                    f"Ar 4.17 voor {impl.legislation or '?'}: publicatie "
                    f"{impl.publication_date or impl.decision_date or '?'} + "
                    f"{3 if impl.decentralised.involved else 2} maanden, niet vóór besluit "
                    f"{impl.decision_date or '?'} + {months} maanden IT-doorlooptijd; daarna het "
                    "eerste vaste verandermoment"
                    if nl
                    else f"Ar 4.17 for {impl.legislation or '?'}: publication "
                    f"{impl.publication_date or impl.decision_date or '?'} + "
                    f"{3 if impl.decentralised.involved else 2} months, not before decision "
                    f"{impl.decision_date or '?'} + {months} months IT lead time; then the first "
                    "fixed change date"
                ),
                parameters=lead_time_parameters(proposal, rules),
            )
        )
        for aspect, level in uvr.aspects.items():
            by = [
                o.compiled.id
                for o in uv
                if o.fired and getattr(o.compiled.rule, "aspect", None) == aspect
            ]
            if by:
                steps.append(
                    TraceStep(
                        section="uitvoerbaarheid",
                        figure=f"aspects.{aspect}",
                        value=level,
                        how=(
                            "het hoogste niveau van de regels die afgingen"
                            if nl
                            else "the highest level among the rules that fired"
                        ),
                        rules=by,
                    )
                )
        pen = rules.scoring.uitvoerbaarheid
        counts = {
            s: sum(1 for f in uvr.findings if f.severity == s)
            for s in ("blocker", "major", "minor")
        }
        steps.append(
            TraceStep(
                section="uitvoerbaarheid",
                figure="score",
                value=_f(uvr.score, 1),
                how=(
                    f"100 · (1 − {pen.penalty_blocker.value:g})^{counts['blocker']} · "
                    f"(1 − {pen.penalty_major.value:g})^{counts['major']} · "
                    f"(1 − {pen.penalty_minor.value:g})^{counts['minor']}"
                ),
                rules=fired_uv,
                parameters=[
                    "scoring.uitvoerbaarheid.penalty_blocker",
                    "scoring.uitvoerbaarheid.penalty_major",
                    "scoring.uitvoerbaarheid.penalty_minor",
                ],
            )
        )
        steps.append(
            TraceStep(
                section="uitvoerbaarheid",
                figure="verdict",
                value=uvr.verdict,
                how=(
                    "blocker → niet_uitvoerbaar; major → uitvoerbaar_mits; anders uitvoerbaar"
                    if nl
                    else "blocker → niet_uitvoerbaar; major → uitvoerbaar_mits; else uitvoerbaar"
                ),
                rules=fired_uv,
            )
        )
    impact = assessment.class_impact
    if impact is not None:
        reach = reach_by_class(proposal, rules.classes)
        criteria = proposal.target_group.criteria
        for cls in rules.classes.classes:
            if proposal.target_group.reach is not None:
                how = "expliciet bereik" if nl else "explicit reach"
                params: list[str] = []
            elif criteria:
                how = " × ".join(f"{a} {cls.attributes[a].value:g}" for a in criteria)
                params = [f"classes.{cls.id}.attributes.{a}" for a in criteria]
            else:
                how = "geen criteria: iedereen" if nl else "no criteria: everyone"
                params = []
            steps.append(
                TraceStep(
                    section="class_impact",
                    figure=f"classes.{cls.id}.reach",
                    value=_f(reach[cls.id]),
                    how=how,
                    parameters=params,
                )
            )
        s = impact.summary
        top, bottom = rules.classes.gap_classes.top, rules.classes.gap_classes.bottom
        steps += [
            TraceStep(
                section="class_impact",
                figure="summary.reach",
                value=_f(s.reach),
                how="Σ_k aandeel_k · bereik_k" if nl else "Σ_k share_k · reach_k",
            ),
            TraceStep(
                section="class_impact",
                figure="summary.take_up",
                value=_f(s.take_up),
                how="Σ_k aandeel_k · bereik_k · gebruik_k / Σ_k aandeel_k · bereik_k"
                if nl
                else "Σ_k share_k · reach_k · take_up_k / Σ_k share_k · reach_k",
            ),
            TraceStep(
                section="class_impact",
                figure="summary.benefit_share_bottom",
                value=_f(s.benefit_share_bottom),
                how=(
                    f"aandeel van Σ_k aandeel_k · Σ_c |totaal_kc| dat landt in "
                    f"{', '.join(rules.classes.bottom_classes)}"
                    if nl
                    else f"share of Σ_k share_k · Σ_c |total_kc| landing in "
                    f"{', '.join(rules.classes.bottom_classes)}"
                ),
            ),
            TraceStep(
                section="class_impact",
                figure="summary.gap",
                value=f"{_f(s.gap_before)} → {_f(s.gap_after)}",
                how=(
                    f"totaal kapitaal (gemiddelde van de vier posities) van {top} min dat van "
                    f"{bottom}"
                    if nl
                    else f"total capital (mean of the four positions) of {top} minus that of "
                    f"{bottom}"
                ),
                parameters=[
                    f"classes.{top}.positions.{c}"
                    for c in ("economisch", "sociaal", "cultureel", "persoons")
                ],
            ),
            TraceStep(
                section="class_impact",
                figure="summary.atkinson",
                value=f"{_f(s.atkinson_before, 4)} → {_f(s.atkinson_after, 4)}",
                how=(
                    f"1 − EDE/gemiddelde van het totaal kapitaal per klasse, gewogen met de "
                    f"klasse-aandelen, ε = {s.epsilon:g}"
                    if nl
                    else f"1 − EDE/mean of total capital per class, weighted by class shares, "
                    f"ε = {s.epsilon:g}"
                ),
            ),
            TraceStep(
                section="class_impact",
                figure="summary.deficit_removed",
                value=_f(s.deficit_removed, 5),
                how="Σ_k aandeel_k · (achterstand_voor_k − achterstand_na_k)"
                if nl
                else "Σ_k share_k · (deficit_before_k − deficit_after_k)",
                parameters=[f"graph.{e.source}->{e.target}" for e in rules.graph.spec.edges],
            ),
        ]
        if s.cost_per_deficit_point is not None:
            steps.append(
                TraceStep(
                    section="class_impact",
                    figure="summary.cost_per_deficit_point",
                    value=f"€ {s.cost_per_deficit_point:,.2f}",
                    how=(
                        "structureel budget / Σ_k personen_k · (voor_k − na_k) · 100"
                        if nl
                        else "structural budget / Σ_k persons_k · (before_k − after_k) · 100"
                    ),
                    parameters=[f"classes.{c.id}.persons" for c in rules.classes.classes],
                )
            )
    return steps


def _take_up_steps(rules: RuleSet, granting: str, load: float, lang: Lang) -> list[TraceStep]:
    params = rules.takeup
    caps = tu.capacities(rules.classes, params)
    mean = tu.mean_capacity(rules.classes, params)
    base = params.base_non_take_up[granting].value  # type: ignore[index]
    beta = params.burden_slope.value
    gamma = params.capacity_steepness.value
    out: list[TraceStep] = []
    for cls in rules.classes.classes:
        ntu = tu.non_take_up(granting, load, caps[cls.id], mean, params)
        out.append(
            TraceStep(
                section="take_up",
                figure=f"classes.{cls.id}.take_up",
                value=_f(1 - ntu),
                how=(
                    f"1 − σ(logit({base:g}) + {beta:g} · {load:.3f} · "
                    f"exp({gamma:g} · ({mean:.3f} − {caps[cls.id]:.3f})))"
                    f" = 1 − σ({math.log(base / (1 - base)):.3f} + "
                    f"{beta * load * math.exp(gamma * (mean - caps[cls.id])):.3f})"
                ),
                parameters=[
                    f"takeup.base_non_take_up.{granting}",
                    "takeup.burden_slope",
                    "takeup.capacity_steepness",
                    *[f"takeup.capacity_weights.{c}" for c in params.capacity_weights],
                ],
            )
        )
    del lang
    return out
