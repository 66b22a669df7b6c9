"""The assessment report: summary, each rule section, class impact, provenance, sources."""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.results import Assessment, Finding, SourceOut
from beleidskompas.report.document import Block, Bullets, Document, Heading, Links, Para, Table
from beleidskompas.report.views.impact import class_rows, impact_blocks
from beleidskompas.report.views.sections import section_blocks
from beleidskompas.report.views.summary import summary_paragraph
from beleidskompas.report.views.trace import explain_table, trace_data

HASH_SHOWN = 16


def _sources(findings: list[Finding]) -> list[SourceOut]:
    seen: dict[str, SourceOut] = {}
    for finding in findings:
        for source in finding.sources:
            seen.setdefault(source.title, source)
    return [seen[k] for k in sorted(seen)]


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
    return blocks


def assessment_blocks(assessment: Assessment, lang: Lang, *, explain: bool = False) -> list[Block]:
    """The report's blocks, in reading order."""
    out: list[Block] = [
        Heading(1, f"{R.REPORT.get(lang)}: {assessment.proposal.title}"),
        Heading(2, R.SUMMARY.get(lang)),
        Para(summary_paragraph(assessment, lang), lead=True),
    ]
    for name, result in assessment.sections.items():
        out.append(Heading(2, pick(L.SECTIONS, name, lang)))
        out += section_blocks(name, result, lang)
    if assessment.class_impact is not None:
        out += impact_blocks(assessment.class_impact, lang)
    out += provenance_blocks(assessment, lang)
    sources = _sources(assessment.findings())
    if sources:
        out += [Heading(2, R.SOURCES.get(lang)), Links(sources)]
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
    return rows


def build_assessment(
    assessment: Assessment, lang: Lang = "nl", /, *, explain: bool = False, **_: Any
) -> Document:
    """The document of an assessment report."""
    from beleidskompas.report.charts.svg import class_impact_svg

    return Document(
        title=assessment.proposal.title,
        lang=lang,
        blocks=assessment_blocks(assessment, lang, explain=explain),
        data=report_data(assessment, lang, explain=explain),
        tables={
            "classes": class_rows(assessment, lang),
            "findings": finding_rows(assessment, lang),
            "summary": summary_table(assessment),
        },
        charts={"class_impact": class_impact_svg(assessment, lang)},
    )
