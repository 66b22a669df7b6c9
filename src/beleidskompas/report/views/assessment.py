"""The assessment report: summary, each rule section, class impact, provenance, sources."""

from __future__ import annotations

import datetime as dt
from typing import Any

from beleidskompas.errors import InputError
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import memo as MM
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.results import Assessment
from beleidskompas.model.sources import SourceOut
from beleidskompas.report.document import Block, Bullets, Document, Heading, Links, Para, Table
from beleidskompas.report.meta import produced_line, shown_source, unique_sources
from beleidskompas.report.views.impact import class_rows, impact_blocks
from beleidskompas.report.views.regeldruk import regeldruk_blocks, regeldruk_rows
from beleidskompas.report.views.sections import section_blocks
from beleidskompas.report.views.summary import summary_paragraph
from beleidskompas.report.views.trace import explain_table, trace_data

HASH_SHOWN = 16


def report_sources(assessment: Assessment) -> list[SourceOut]:
    """Every source the report rests on, each once: the rules that fired or could not be
    judged, and the regeldruk parameters."""
    cited = [s for f in assessment.findings() for s in f.sources]
    if assessment.regeldruk is not None:
        cited += assessment.regeldruk.sources
    return unique_sources(cited)


def source_blocks(sources: list[SourceOut], lang: Lang) -> list[Block]:
    """The source list, secondary sources marked."""
    if not sources:
        return []
    blocks: list[Block] = [
        Heading(2, R.SOURCES.get(lang)),
        Links([shown_source(s, lang) for s in sources]),
    ]
    if any(s.secondary for s in sources):
        blocks.append(Para(MM.SOURCES_NOTE.get(lang)))
    return blocks


def group_parameters(names: list[str]) -> list[str]:
    """Compress parameter ids: ``classes.*.positions.*`` style groups with counts."""
    groups: dict[str, list[str]] = {}
    for name in names:
        parts = name.split(".")
        if parts[0] == "classes" and len(parts) >= 4:
            key = (
                f"classes.*.{parts[2]}.{parts[3]}"
                if parts[2] == "attributes"
                else f"classes.*.{parts[2]}.*"
            )
        elif parts[0] == "graph":
            key = "graph.*"
        else:
            key = name
        groups.setdefault(key, []).append(name)
    return [f"{k} ({len(v)})" if len(v) > 1 else v[0] for k, v in sorted(groups.items())]


def provenance_blocks(assessment: Assessment, lang: Lang) -> list[Block]:
    """Tool and rule-set versions, input hash, and the inferred parameters leaned on."""
    p = assessment.provenance
    blocks: list[Block] = [
        Heading(2, R.PROVENANCE.get(lang)),
        Table(
            headers=[R.FIGURE.get(lang), R.VALUE.get(lang)],
            rows=[
                [R.TOOL.get(lang), p.tool_version],
                [
                    R.RULESET.get(lang),
                    f"{p.ruleset.id} {p.ruleset.version} ({p.ruleset.sha256[:HASH_SHOWN]})",
                ],
                [R.INPUT_HASH.get(lang), p.input_sha256[:HASH_SHOWN]],
            ],
        ),
    ]
    if p.inferred_parameters:
        blocks += [
            Para(f"{R.INFERRED.get(lang)} ({len(p.inferred_parameters)}):", emphasis=True),
            Bullets(group_parameters(p.inferred_parameters)),
        ]
    if p.matter_most is not None:  # only after a screening (assess --sensitivity)
        from beleidskompas.report.views.sensitivity import matter_most_line

        blocks.append(Para(matter_most_line(len(p.inferred_parameters), p.matter_most, lang)))
    return blocks


def assessment_blocks(
    assessment: Assessment,
    lang: Lang,
    *,
    explain: bool = False,
    produced: dt.date | None = None,
) -> list[Block]:
    """The report's blocks, in reading order (``produced``: the date on the first page)."""
    out: list[Block] = [
        Heading(1, f"{R.REPORT.get(lang)}: {assessment.proposal.title}"),
        Para(produced_line(assessment.provenance, lang, produced), emphasis=True),
        Heading(2, R.SUMMARY.get(lang)),
        Para(summary_paragraph(assessment, lang), lead=True),
    ]
    for name, result in assessment.sections.items():
        out.append(Heading(2, pick(L.SECTIONS, name, lang)))
        out += section_blocks(name, result, lang)
    if assessment.class_impact is not None:
        out += impact_blocks(assessment.class_impact, lang)
    if assessment.regeldruk is not None:
        out += regeldruk_blocks(assessment.regeldruk, lang)
    out += provenance_blocks(assessment, lang)
    out += source_blocks(report_sources(assessment), lang)
    if explain:
        out += [Heading(2, R.EXPLAIN.get(lang)), explain_table(assessment.trace, lang)]
    return out


def report_data(assessment: Assessment, lang: Lang, *, explain: bool = False) -> dict[str, Any]:
    """The JSON report: the assessment with every text in ``lang``."""
    dumped = assessment.model_dump(mode="json", context={"lang": lang})
    data: dict[str, Any] = {"schema_version": dumped.pop("schema_version"), "lang": lang}
    data.update(dumped)
    if explain:
        data["trace"] = trace_data(assessment.trace, lang)
    return data


def finding_rows(assessment: Assessment, lang: Lang) -> list[dict[str, Any]]:
    """One flat row per finding (CSV)."""
    return [
        {
            "proposal": assessment.proposal.id,
            "section": name,
            "rule": f.rule,
            "severity": f.severity,
            "message": f.message.get(lang),
            "advice": f.advice.get(lang),
            "missing": ", ".join(f.missing),
        }
        for name, section in assessment.sections.items()
        for f in section.findings
    ]


def summary_table(assessment: Assessment) -> list[dict[str, Any]]:
    """The summary figures as rows of figure, value (CSV)."""
    rows: list[dict[str, Any]] = [
        {"figure": f"{name}.{key}", "value": getattr(result, key)}
        for name, result in assessment.sections.items()
        for key in ("score", "verdict")
    ]
    if assessment.class_impact is not None:
        s = assessment.class_impact.summary
        for key, value in s.model_dump(exclude={"intervals"}).items():
            rows.append({"figure": f"class_impact.summary.{key}", "value": value})
    burden = assessment.regeldruk
    for group in ("citizens", "businesses"):
        part = getattr(burden, group) if burden is not None else None
        if part is None:
            continue
        for key in ("hours_per_year", "eur_per_year", "once_hours", "once_eur"):
            rows.append({"figure": f"regeldruk.{group}.{key}", "value": getattr(part, key)})
    return rows


def build_assessment(
    assessment: Assessment,
    lang: Lang = "nl",
    /,
    *,
    explain: bool = False,
    produced: dt.date | None = None,
    **_: Any,
) -> Document:
    """The document of an assessment report (``produced``: the date on its first page,
    default :func:`~beleidskompas.report.meta.produced_on`)."""
    from beleidskompas.report.charts.svg import class_impact_svg

    return Document(
        title=assessment.proposal.title,
        lang=lang,
        blocks=assessment_blocks(assessment, lang, explain=explain, produced=produced),
        data=report_data(assessment, lang, explain=explain),
        tables={
            "classes": class_rows(assessment, lang),
            "findings": finding_rows(assessment, lang),
            "summary": summary_table(assessment),
            "regeldruk": regeldruk_rows(assessment, lang),
        },
        charts={"class_impact": class_impact_svg(assessment, lang)},
        pictures={"class_impact": lambda: class_impact_png(assessment, lang)},
    )


def class_impact_png(assessment: Assessment, lang: Lang) -> bytes | None:
    """The class chart as PNG for documents that embed pictures (None without matplotlib)."""
    if assessment.class_impact is None:
        return None
    try:
        from beleidskompas.report.charts.plots import class_impact_picture

        return class_impact_picture(assessment, "png", lang)
    except InputError:  # no matplotlib: the document goes without the picture
        return None
