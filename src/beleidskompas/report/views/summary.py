"""The plain-language opening paragraph of an assessment report."""

from __future__ import annotations

from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import regeldruk as RG
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.model.results import Assessment

NL = "Nederland"
"""The name of the default scope (no 'in …' in the sentence)."""
GAP_DIGITS = 3
"""Decimals of the gap in the summary sentence (the change word follows what is shown)."""


def change_word(before: float, after: float, lang: Lang, digits: int = GAP_DIGITS) -> str:
    """'wordt kleiner' / 'wordt groter' only when the figures as shown differ."""
    shown_before, shown_after = num(before, lang, digits), num(after, lang, digits)
    if shown_before == shown_after:
        return R.ABOUT_THE_SAME.get(lang)
    return (R.NARROWS if after < before else R.WIDENS).get(lang)


def _doenvermogen(assessment: Assessment, lang: Lang) -> list[str]:
    dv = assessment.doenvermogen
    if dv is None:
        return []
    majors = sum(1 for f in dv.findings if f.severity in ("major", "blocker"))
    extra = (
        ""
        if majors == 0
        else R.SUMMARY_MAJORS_ONE.get(lang)
        if majors == 1
        else R.SUMMARY_MAJORS.get(lang, count=majors)
    )
    return [
        R.SUMMARY_DOENVERMOGEN.get(
            lang,
            title=assessment.proposal.title,
            verdict=L.VERDICTS[dv.verdict],
            score=dv.score,
            majors=extra,
        )
    ]


def _uitvoerbaarheid(assessment: Assessment, lang: Lang) -> list[str]:
    uv = assessment.uitvoerbaarheid
    if uv is None:
        return []
    date = (
        R.SUMMARY_EARLIEST.get(lang, date=uv.earliest_feasible_date)
        if uv.earliest_feasible_date
        else ""
    )
    return [R.SUMMARY_UITVOERBAARHEID.get(lang, verdict=L.VERDICTS[uv.verdict], date=date)]


def _impact(assessment: Assessment, lang: Lang) -> list[str]:
    ci = assessment.class_impact
    if ci is None:
        return []
    s = ci.summary
    scope = R.SUMMARY_IN_SCOPE.get(lang, name=s.scope.name) if s.scope.name != NL else ""
    entry = R.SUMMARY_REACH_APPLIED if s.reaches == "applied" else R.SUMMARY_REACH
    out = [
        entry.get(lang, reach=s.reach, take_up=s.take_up, scope=scope, persons=s.persons_reached)
    ]
    if s.relative_to == "baseline":
        out.append(R.SUMMARY_BASELINE.get(lang))
    population = s.population_share_bottom
    if s.gains.share_bottom is not None:
        out.append(R.SUMMARY_BOTTOM.get(lang, share=s.gains.share_bottom, population=population))
        if s.losses.share_bottom is not None:
            out.append(R.SUMMARY_LOSSES.get(lang, share=s.losses.share_bottom))
    elif s.losses.share_bottom is not None:
        out.append(
            R.SUMMARY_LOSSES_ONLY.get(lang, share=s.losses.share_bottom, population=population)
        )
    out.append(
        R.SUMMARY_GAP.get(
            lang,
            change=change_word(s.gap_before, s.gap_after, lang),
            before=num(s.gap_before, lang, GAP_DIGITS),
            after=num(s.gap_after, lang, GAP_DIGITS),
        )
    )
    return out


def _regeldruk(assessment: Assessment, lang: Lang) -> list[str]:
    burden = assessment.regeldruk
    people = burden.citizens if burden is not None else None
    if people is None or not people.actions:
        return []
    if people.hours_per_year is None or people.eur_per_year is None or people.once_hours is None:
        return [
            RG.SUMMARY_PER_PERSON.get(
                lang, hours=people.hours_per_person_per_year, once=people.once_hours_per_person
            )
        ]
    return [
        RG.SUMMARY.get(
            lang, hours=people.hours_per_year, eur=people.eur_per_year, once=people.once_hours
        )
    ]


def summary_paragraph(assessment: Assessment, lang: Lang) -> str:
    """A plain-language opening paragraph for a memo."""
    parts = _doenvermogen(assessment, lang) + _uitvoerbaarheid(assessment, lang)
    parts += _impact(assessment, lang) + _regeldruk(assessment, lang)
    unknown = sum(1 for f in assessment.findings() if f.severity == "info")
    if unknown == 1:
        parts.append(R.SUMMARY_UNKNOWN_ONE.get(lang))
    elif unknown > 1:
        parts.append(R.SUMMARY_UNKNOWN.get(lang, count=unknown))
    inferred = len(assessment.provenance.inferred_parameters)
    if inferred:
        parts.append(R.SUMMARY_INFERRED.get(lang, count=inferred))
    most = assessment.provenance.matter_most
    if inferred and most:  # only after a screening (assess --sensitivity)
        from beleidskompas.i18n.catalogue import sensitivity as SE

        parts.append(SE.SUMMARY_MATTER_MOST.get(lang, shown=len(most), names=", ".join(most)))
    parts.append(R.DISCLAIMER.get(lang))
    return " ".join(parts)
