"""Paragraphs for a memorie van toelichting: Doenvermogen, Uitvoering, Regeldruk, Gevolgen.

Plain text a dossierhouder can paste (``--format mvt``), and the same paragraphs in the
Word document. Each paragraph is built from small functions, one per sentence, that take
the assessment; every figure they write is recorded with its place in the JSON report
(:class:`Cites`), listed under "Herkomst van de cijfers" after the paragraphs.

Where later work plugs in: the MvT four-level oordeel goes in
:func:`doenvermogen_oordeel`, gains and losses per class in :func:`gains_and_losses`, and
a baseline's change in regeldruk is written by :func:`regeldruk_change` as soon as
``regeldruk.change`` is filled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from beleidskompas.i18n import Lang, day, euro, num, pct
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import mvt as MV
from beleidskompas.i18n.catalogue import regeldruk as RG
from beleidskompas.i18n.entry import pick
from beleidskompas.model.regeldruk import CitizensRegeldruk, RegeldrukResult
from beleidskompas.model.results import (
    Assessment,
    ClassImpactResult,
    DoenvermogenResult,
    TraceStep,
    UitvoerbaarheidResult,
)
from beleidskompas.report.charts.change import POINTS
from beleidskompas.report.document import Block, Bullets, Heading, Para
from beleidskompas.report.views.sections import missing_summary, split_findings
from beleidskompas.report.views.summary import change_word

MAIN_FINDINGS = 3
"""Findings named in the Doenvermogen paragraph (the most severe first)."""
_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[A-Z‘'\"(]|$)", re.DOTALL)


@dataclass
class Cites:
    """The figures a text shows, each with the JSON-report paths it comes from."""

    items: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)

    def __call__(self, shown: str, path: str) -> str:
        """Record ``shown`` as the value at ``path``; return it (for use in a template)."""
        self.items.append((shown, path, (path,)))
        return shown

    def derived(self, shown: str, formula: str, *paths: str) -> str:
        """Record ``shown`` as computed by ``formula`` from the values at ``paths``."""
        self.items.append((shown, formula, paths))
        return shown

    def paths(self) -> list[str]:
        """Every JSON-report path a shown figure rests on."""
        return [p for _, _, paths in self.items for p in paths]


Sentences = Callable[[Assessment, Lang, Cites], list[str]]


def first_sentence(text: str) -> str:
    """The first sentence of a finding, without its full stop."""
    match = _SENTENCE.match(text.strip())
    sentence = match.group(1) if match else text.strip()
    return sentence.rstrip(".")


def _in_list(text: str) -> str:
    """A sentence as a list item after a colon: lower-case start unless it is a name."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


# ----------------------------------------------------------------------------- doenvermogen


def doenvermogen_oordeel(dv: DoenvermogenResult, lang: Lang, cite: Cites) -> list[str]:
    """The verdict sentence, and the MvT's four-level oordeel with its motivation."""
    verdict = cite(pick(L.VERDICTS, dv.verdict, lang), "doenvermogen.verdict")
    score = cite(num(dv.score, lang, 0), "doenvermogen.score")
    out = [MV.DV_VERDICT.get(lang, verdict=verdict, score=score)]
    if dv.mvt_oordeel is not None and dv.mvt_motivation is not None:
        cite(str(dv.mvt_oordeel), "doenvermogen.mvt_oordeel")
        out.append(dv.mvt_motivation.get(lang))
    return out


def doenvermogen_findings(dv: DoenvermogenResult, lang: Lang) -> list[str]:
    """The most severe findings, and what could not be judged."""
    fired, info = split_findings(dv.findings)
    out: list[str] = []
    if fired:
        items = [
            f"{_in_list(first_sentence(f.message.get(lang)))} ({f.rule})"
            for f in fired[:MAIN_FINDINGS]
        ]
        out.append(MV.DV_FINDINGS.get(lang, items="; ".join(items)))
    else:
        out.append(MV.DV_NO_FINDINGS.get(lang))
    if info:
        fields = ", ".join(name for name, _ in missing_summary(info))
        out.append(MV.DV_UNKNOWN.get(lang, fields=fields))
    return out


def doenvermogen_paragraph(assessment: Assessment, lang: Lang, cite: Cites) -> list[str]:
    """Method, oordeel, main findings."""
    dv = assessment.doenvermogen
    if dv is None:
        return []
    return [
        MV.DV_METHOD.get(lang),
        *doenvermogen_oordeel(dv, lang, cite),
        *doenvermogen_findings(dv, lang),
    ]


# ----------------------------------------------------------------------------- uitvoering


def _earliest_step(assessment: Assessment) -> TraceStep | None:
    return next((s for s in assessment.trace if s.figure == "facts.earliest_feasible_date"), None)


def earliest_grounds(assessment: Assessment, lang: Lang) -> str:
    """Why the earliest date is what it is: the traced inputs when the trace is there."""
    step = _earliest_step(assessment)
    inputs = step.inputs if step is not None else {}
    publication = inputs.get("publication")
    if not isinstance(publication, str):
        return MV.UV_GROUNDS.get(lang)
    lead = ""
    decision, months = inputs.get("decision"), inputs.get("lead")
    if isinstance(decision, str) and isinstance(months, int) and months > 0:
        lead = MV.UV_LEAD.get(lang, decision=_iso_day(decision, lang), months=months)
    return MV.UV_GROUNDS_TRACED.get(
        lang, publication=_iso_day(publication, lang), minimum=inputs.get("minimum"), lead=lead
    )


def _iso_day(text: str, lang: Lang) -> str:
    return day(dt.date.fromisoformat(text), lang)


def uitvoering_dates(
    uv: UitvoerbaarheidResult, assessment: Assessment, lang: Lang, cite: Cites
) -> list[str]:
    """The earliest feasible date, its grounds, and the planned date against it."""
    if uv.earliest_feasible_date is None:
        return [MV.UV_NO_EARLIEST.get(lang)]
    earliest = cite(day(uv.earliest_feasible_date, lang), "uitvoerbaarheid.earliest_feasible_date")
    out = [MV.UV_EARLIEST.get(lang, date=earliest), earliest_grounds(assessment, lang)]
    planned = uv.planned_entry_into_force
    if planned is not None:
        shown = cite(day(planned, lang), "uitvoerbaarheid.planned_entry_into_force")
        entry = MV.UV_PLANNED_EARLY if planned < uv.earliest_feasible_date else MV.UV_PLANNED_OK
        out.append(entry.get(lang, planned=shown))
    return out


def uitvoering_paragraph(assessment: Assessment, lang: Lang, cite: Cites) -> list[str]:
    """Eindoordeel, the box of aspects, the earliest date, conditions, costs."""
    uv = assessment.uitvoerbaarheid
    if uv is None:
        return []
    verdict = cite(pick(L.VERDICTS, uv.verdict, lang), "uitvoerbaarheid.verdict")
    aspects = [
        MV.UV_ASPECT.get(
            lang,
            aspect=pick(L.ASPECTS, a, lang).lower(),
            level=cite(pick(L.LEVELS, level, lang), f"uitvoerbaarheid.aspects.{a}"),
        )
        for a, level in uv.aspects.items()
    ]
    out = [
        MV.UV_VERDICT.get(lang, verdict=verdict),
        MV.UV_ASPECTS.get(lang, items="; ".join(aspects)),
        *uitvoering_dates(uv, assessment, lang, cite),
    ]
    costs = uv.costs
    if costs.incidental_eur is not None and costs.structural_eur_per_year is not None:
        out.append(
            MV.UV_COSTS.get(
                lang,
                incidental=cite(
                    euro(costs.incidental_eur, lang), "uitvoerbaarheid.costs.incidental_eur"
                ),
                structural=cite(
                    euro(costs.structural_eur_per_year, lang),
                    "uitvoerbaarheid.costs.structural_eur_per_year",
                ),
            )
        )
    if uv.conditions:
        items = " ".join(c.get(lang) for c in uv.conditions)
        out.append(MV.UV_CONDITIONS.get(lang, items=items))
    return out


# ----------------------------------------------------------------------------- regeldruk


def hours_text(value: float, lang: Lang) -> str:
    """Hours as the paragraphs write them: whole hours from 100 up, else one decimal."""
    return num(value, lang, 0 if abs(value) >= 100 else 1)


def regeldruk_actions(people: CitizensRegeldruk, lang: Lang, cite: Cites) -> list[str]:
    """What citizens must do, with how often and how long."""
    items = [
        MV.RG_ACTION.get(
            lang,
            description=(a.description or f"#{a.index}").rstrip("."),
            repeats=pick(RG.REPEATS_LABELS, a.repeats, lang),
            minutes=cite(
                num(a.minutes, lang, 0), f"regeldruk.citizens.actions[{a.index - 1}].minutes"
            ),
        )
        for a in people.actions
    ]
    entry = MV.RG_ACTIONS_ONE if len(items) == 1 else MV.RG_ACTIONS
    return [entry.get(lang, count=len(items), items="; ".join(items))]


def regeldruk_avoidable(people: CitizensRegeldruk, lang: Lang, cite: Cites) -> list[str]:
    """The hours spent on data the government already holds (structural and one-off apart)."""
    per_year, once = people.avoidable_hours_per_year, people.avoidable_once_hours
    if per_year is None or once is None or per_year + once <= 0:
        return []
    path = "regeldruk.citizens."
    return [
        MV.RG_AVOIDABLE.get(
            lang,
            hours=cite(hours_text(per_year, lang), path + "avoidable_hours_per_year"),
            once=cite(hours_text(once, lang), path + "avoidable_once_hours"),
        )
    ]


def regeldruk_citizens(result: RegeldrukResult, lang: Lang, cite: Cites) -> list[str]:
    """Citizens' time and money, per person and in total."""
    people = result.citizens
    if people is None:
        return [MV.RG_NO_ACTIONS.get(lang)]
    if not people.actions:
        return [MV.RG_NOTHING.get(lang)]
    path = "regeldruk.citizens."
    out = [
        *regeldruk_actions(people, lang, cite),
        MV.RG_PER_PERSON.get(
            lang,
            hours=cite(
                num(people.hours_per_person_per_year, lang, 2), path + "hours_per_person_per_year"
            ),
            once=cite(num(people.once_hours_per_person, lang, 2), path + "once_hours_per_person"),
            onboarding=cite(num(people.onboarding_minutes, lang, 0), path + "onboarding_minutes"),
        ),
    ]
    if (
        people.persons_acting is None
        or people.hours_per_year is None
        or people.eur_per_year is None
        or people.once_hours is None
        or people.once_eur is None
    ):
        out.append(MV.RG_NO_TOTALS.get(lang))
    else:
        out.append(
            MV.RG_TOTALS.get(
                lang,
                persons=cite(num(people.persons_acting, lang, 0), path + "persons_acting"),
                hours=cite(hours_text(people.hours_per_year, lang), path + "hours_per_year"),
                eur=cite(euro(people.eur_per_year, lang), path + "eur_per_year"),
                once=cite(hours_text(people.once_hours, lang), path + "once_hours"),
                once_eur=cite(euro(people.once_eur, lang), path + "once_eur"),
            )
        )
        out += regeldruk_avoidable(people, lang, cite)
    tariff = cite(euro(result.citizen_hour_eur, lang), "regeldruk.citizen_hour_eur")
    out.append(MV.RG_TARIFF.get(lang, tariff=tariff))
    if not people.out_of_pocket_quantified:
        out.append(MV.RG_NO_OUT_OF_POCKET.get(lang))
    return out


def regeldruk_businesses(result: RegeldrukResult, lang: Lang, cite: Cites) -> list[str]:
    """Businesses' regeldruk, or that the proposal asks nothing of them (or does not say)."""
    firms = result.businesses
    if firms is None:
        return [MV.RG_BUSINESSES_UNKNOWN.get(lang)]
    if not firms.actions:
        return [MV.RG_NO_BUSINESSES.get(lang)]
    path = "regeldruk.businesses."
    return [
        MV.RG_BUSINESSES.get(
            lang,
            eur=cite(euro(firms.eur_per_year, lang), path + "eur_per_year"),
            hours=cite(hours_text(firms.hours_per_year, lang), path + "hours_per_year"),
            once_eur=cite(euro(firms.once_eur, lang), path + "once_eur"),
            once=cite(hours_text(firms.once_hours, lang), path + "once_hours"),
            tariff=cite(euro(result.business_hour_eur, lang), "regeldruk.business_hour_eur"),
        )
    ]


def regeldruk_change(result: RegeldrukResult, lang: Lang, cite: Cites) -> list[str]:
    """The change against the baseline, when the report holds one."""
    change = result.change
    delta = change.citizens if change is not None else None
    if delta is None or None in (delta.hours_per_year, delta.eur_per_year, delta.once_hours):
        return []
    path = "regeldruk.change.citizens."
    return [
        MV.RG_CHANGE.get(
            lang,
            hours=cite(hours_text(delta.hours_per_year or 0.0, lang), path + "hours_per_year"),
            eur=cite(euro(delta.eur_per_year, lang), path + "eur_per_year"),
            once=cite(hours_text(delta.once_hours or 0.0, lang), path + "once_hours"),
        )
    ]


def regeldruk_paragraph(assessment: Assessment, lang: Lang, cite: Cites) -> list[str]:
    """Method, citizens, businesses, change."""
    result = assessment.regeldruk
    if result is None:
        return []
    return [
        MV.RG_METHOD.get(lang),
        *regeldruk_citizens(result, lang, cite),
        *regeldruk_businesses(result, lang, cite),
        *regeldruk_change(result, lang, cite),
    ]


# ----------------------------------------------------------------------------- gevolgen


def gains_and_losses(ci: ClassImpactResult, lang: Lang, cite: Cites) -> list[str]:
    """Gains and losses in person-points, the class that gains most and every class that
    loses."""
    removed = {c.id: (c.deficit_before - c.deficit_after) * POINTS for c in ci.classes}
    labels = {c.id: c.label.get(lang) for c in ci.classes}
    out: list[str] = []
    s = ci.summary
    path = "class_impact.summary."
    if s.gains.total > 0:
        out.append(
            MV.GV_GAINS.get(
                lang,
                points=cite(num(s.gains.person_points, lang, 0), path + "gains.person_points"),
                bottom=cite(pct(s.gains.share_bottom, lang), path + "gains.share_bottom"),
                population=pct(s.population_share_bottom, lang),
            )
        )
    if s.losses.total > 0:
        out.append(
            MV.GV_LOSSES.get(
                lang,
                points=cite(num(s.losses.person_points, lang, 0), path + "losses.person_points"),
                bottom=cite(pct(s.losses.share_bottom, lang), path + "losses.share_bottom"),
            )
        )
    best = max(removed, key=lambda k: removed[k])
    if removed[best] > 0:
        points = _points(cite, best, removed[best], lang)
        out.append(MV.GV_LARGEST.get(lang, label=labels[best], points=points))
    for k, value in removed.items():
        if value < 0:
            points = _points(cite, k, value, lang, sign=-1)
            out.append(MV.GV_LOSS.get(lang, label=labels[k], points=points))
    return out


def _points(cite: Cites, k: str, value: float, lang: Lang, sign: int = 1) -> str:
    """A class's deficit change in points, cited with its formula."""
    before, after = (f"class_impact.classes.{k}.deficit_{w}" for w in ("before", "after"))
    formula = f"({before} − {after}) × 100" if sign > 0 else f"({after} − {before}) × 100"
    return cite.derived(num(sign * value, lang, 2), formula, before, after)


def gevolgen_paragraph(assessment: Assessment, lang: Lang, cite: Cites) -> list[str]:
    """Reach, where the effect lands, who gains and loses, the gap: two to four sentences."""
    ci = assessment.class_impact
    if ci is None:
        return [MV.GV_NONE.get(lang)]
    s = ci.summary
    path = "class_impact.summary."
    reach = cite(pct(s.reach, lang), path + "reach")
    if s.reaches == "applied":
        out = [MV.GV_REACH_APPLIED.get(lang, reach=reach)]
    else:
        take_up = cite(pct(s.take_up, lang), path + "take_up")
        out = [MV.GV_REACH.get(lang, reach=reach, take_up=take_up)]
    if s.relative_to == "baseline":
        out.append(MV.GV_BASELINE.get(lang))
    if s.gains.share_bottom is not None:
        cite(pct(s.population_share_bottom, lang), path + "population_share_bottom")
    out += gains_and_losses(ci, lang, cite)
    out.append(
        MV.GV_GAP.get(
            lang,
            change=change_word(s.gap_before, s.gap_after, lang),
            before=cite(num(s.gap_before, lang, 3), path + "gap_before"),
            after=cite(num(s.gap_after, lang, 3), path + "gap_after"),
        )
    )
    return out


# ----------------------------------------------------------------------------- document

PARAGRAPHS: tuple[tuple[Any, Sentences], ...] = (
    (MV.DOENVERMOGEN, doenvermogen_paragraph),
    (MV.UITVOERING, uitvoering_paragraph),
    (MV.REGELDRUK, regeldruk_paragraph),
    (MV.GEVOLGEN, gevolgen_paragraph),
)
"""The paragraphs in the order of a memorie van toelichting, each a heading and a builder."""


def mvt_paragraphs(assessment: Assessment, lang: Lang) -> tuple[list[tuple[str, str]], Cites]:
    """(heading, text) per paragraph, and the figures they show."""
    cite = Cites()
    out: list[tuple[str, str]] = []
    for heading, build in PARAGRAPHS:
        sentences = build(assessment, lang, cite)
        if sentences:
            out.append((heading.get(lang), " ".join(sentences)))
    return out, cite


def closing(assessment: Assessment, lang: Lang) -> str:
    """The source line under the paragraphs."""
    p = assessment.provenance
    return MV.CLOSING.get(
        lang, tool=p.tool_version, ruleset=p.ruleset.id, version=p.ruleset.version
    )


def trace_items(cite: Cites, lang: Lang) -> list[str]:
    """'shown: path' for every figure of the paragraphs."""
    return [MV.TRACE_ITEM.get(lang, shown=shown, path=how) for shown, how, _ in cite.items]


def mvt_blocks(assessment: Assessment, lang: Lang, level: int = 1) -> list[Block]:
    """The paragraphs as report blocks (the Word document), headings from ``level``."""
    paragraphs, cite = mvt_paragraphs(assessment, lang)
    out: list[Block] = [Heading(level, MV.TITLE.get(lang, title=assessment.proposal.title))]
    for heading, text in paragraphs:
        out += [Heading(level + 1, heading), Para(text)]
    out += [
        Para(closing(assessment, lang)),
        Heading(level + 1, MV.TRACE.get(lang)),
        Para(MV.TRACE_NOTE.get(lang)),
        Bullets(trace_items(cite, lang)),
    ]
    return out


def render_mvt(assessment: Assessment, lang: Lang, /, **_: Any) -> str:
    """``--format mvt``: the paragraphs as plain text, one line per paragraph (pastes into
    Word without hard line breaks), then where each figure comes from."""
    paragraphs, cite = mvt_paragraphs(assessment, lang)
    lines = [MV.TITLE.get(lang, title=assessment.proposal.title), ""]
    for heading, text in paragraphs:
        lines += [heading, "", text, ""]
    lines += [closing(assessment, lang), "", "", MV.TRACE.get(lang), "", MV.TRACE_NOTE.get(lang)]
    lines += [f"- {item}" for item in trace_items(cite, lang)]
    return "\n".join(lines) + "\n"
