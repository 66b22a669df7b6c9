"""Flat rows and sentences shared by the renderers."""

from __future__ import annotations

from typing import Any

from beleidskompas.model.base import Lang
from beleidskompas.model.results import Assessment, Finding
from beleidskompas.report.texts import VERDICTS, day, num, pct, pick, t


def class_rows(assessment: Assessment) -> list[dict[str, Any]]:
    """One flat row per class (CSV, DataFrame): numbers unformatted."""
    impact = assessment.class_impact
    if impact is None:
        return []
    rows: list[dict[str, Any]] = []
    for cls in impact.classes:
        row: dict[str, Any] = {
            "proposal": assessment.proposal.id,
            "class": cls.id,
            "label": cls.label,
            "share": cls.share,
            "reach": cls.reach,
            "take_up": cls.take_up,
        }
        for capital, value in cls.direct.items():
            row[f"direct_{capital}"] = value
        for capital, value in cls.total.items():
            row[f"total_{capital}"] = value
        row["deficit_before"] = cls.deficit_before
        row["deficit_after"] = cls.deficit_after
        row["stapeling_before"] = cls.stapeling_before
        row["stapeling_after"] = cls.stapeling_after
        row["benefit_share"] = cls.benefit_share
        for name, (low, high) in cls.intervals.items():
            column = name.replace(".", "_")
            row[f"{column}_low"] = low
            row[f"{column}_high"] = high
        rows.append(row)
    return rows


def split_findings(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Fired findings and info (cannot judge) findings."""
    fired = [f for f in findings if f.severity != "info"]
    info = [f for f in findings if f.severity == "info"]
    return fired, info


def missing_summary(info: list[Finding]) -> list[tuple[str, list[str]]]:
    """Missing fields with the rules that need them, sorted by field."""
    needs: dict[str, list[str]] = {}
    for finding in info:
        for field in finding.missing:
            needs.setdefault(field, []).append(finding.rule)
    return sorted((field, rules) for field, rules in needs.items())


def _change(before: float, after: float, lang: Lang, smaller: str, larger: str) -> str:
    if abs(after - before) < 5e-7:
        return "blijft gelijk" if lang == "nl" else "stays the same"
    return smaller if after < before else larger


def summary_paragraph(assessment: Assessment, lang: Lang) -> str:
    """A plain-language opening paragraph for a memo."""
    nl = lang == "nl"
    parts: list[str] = []
    title = assessment.proposal.title
    dv, uv, ci = assessment.doenvermogen, assessment.uitvoerbaarheid, assessment.class_impact
    if dv is not None:
        majors = sum(1 for f in dv.findings if f.severity in ("major", "blocker"))
        parts.append(
            (
                f"Volgens deze indicatieve toets is ‘{title}’ voor de doelgroep "
                f"{pick(VERDICTS, dv.verdict, lang)} (doenbaarheid {num(dv.score, lang, 0)} van 100"
                + (f", {majors} zware bevinding{'en' if majors != 1 else ''}" if majors else "")
                + ")."
            )
            if nl
            else (
                f"By this indicative assessment, ‘{title}’ is {pick(VERDICTS, dv.verdict, lang)} "
                f"for its target group (doenbaarheid {num(dv.score, lang, 0)} out of 100"
                + (f", {majors} major finding{'s' if majors != 1 else ''}" if majors else "")
                + ")."
            )
        )
    if uv is not None:
        date_text = (
            f"; vroegst haalbare inwerkingtreding {day(uv.earliest_feasible_date, lang)}"
            if nl and uv.earliest_feasible_date
            else f"; earliest feasible entry into force {day(uv.earliest_feasible_date, lang)}"
            if uv.earliest_feasible_date
            else ""
        )
        parts.append(
            f"Voor de uitvoering is het oordeel {pick(VERDICTS, uv.verdict, lang)}{date_text}."
            if nl
            else f"For implementation the verdict is {pick(VERDICTS, uv.verdict, lang)}{date_text}."
        )
    if ci is not None:
        s = ci.summary
        share = s.benefit_share_bottom
        parts.append(
            f"De maatregel bereikt naar schatting {pct(s.reach, lang)} van de volwassenen, "
            f"van wie {pct(s.take_up, lang)} hem ook echt krijgt."
            if nl
            else f"The measure reaches an estimated {pct(s.reach, lang)} of adults, of whom "
            f"{pct(s.take_up, lang)} actually receive it."
        )
        if share is not None:
            parts.append(
                f"Van het effect landt {pct(share, lang)} bij de laagste klassen, die "
                f"{pct(s.population_share_bottom, lang)} van de bevolking vormen."
                if nl
                else f"{pct(share, lang)} of the impact reaches the lowest classes, who make up "
                f"{pct(s.population_share_bottom, lang)} of the population."
            )
        gap_word = _change(
            s.gap_before,
            s.gap_after,
            lang,
            "wordt kleiner" if nl else "narrows",
            "wordt groter" if nl else "widens",
        )
        parts.append(
            f"De kloof tussen boven en onder {gap_word} ({num(s.gap_before, lang)} → "
            f"{num(s.gap_after, lang)})."
            if nl
            else f"The gap between top and bottom {gap_word} ({num(s.gap_before, lang)} → "
            f"{num(s.gap_after, lang)})."
        )
    unknown = sum(1 for f in assessment.findings() if f.severity == "info")
    if unknown:
        parts.append(
            f"Let op: {unknown} punt{'en' if unknown != 1 else ''} "
            f"kon{'den' if unknown != 1 else ''} niet worden beoordeeld omdat gegevens "
            "ontbreken; het oordeel geldt alleen voor wat bekend is."
            if nl
            else f"Note: {unknown} point{'s' if unknown != 1 else ''} could not be judged because "
            "information is missing; the verdict covers only what is known."
        )
    inferred = len(assessment.provenance.inferred_parameters)
    if inferred:
        parts.append(
            f"De cijfers steunen op {inferred} geschatte (inferred) parameters; zie ‘Herkomst’."
            if nl
            else f"The figures rest on {inferred} inferred parameters; see ‘Provenance’."
        )
    parts.append(t("disclaimer", lang))
    return " ".join(parts)
