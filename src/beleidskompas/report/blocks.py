"""A report as a list of neutral blocks; the text, Markdown and HTML renderers share it."""

from __future__ import annotations

from beleidskompas.model.base import Lang
from beleidskompas.model.results import Assessment, ClassImpact, Finding, SourceOut
from beleidskompas.report.rows import missing_summary, split_findings, summary_paragraph
from beleidskompas.report.texts import (
    ASPECTS,
    CAPACITIES,
    CAPITALS,
    LEVELS,
    SEVERITIES,
    VERDICTS,
    day,
    euro,
    num,
    pct,
    pick,
    t,
)


class Heading:
    """A section heading."""

    __slots__ = ("level", "text")

    def __init__(self, level: int, text: str) -> None:
        self.level = level
        self.text = text


class Para:
    """A paragraph."""

    __slots__ = ("emphasis", "text")

    def __init__(self, text: str, emphasis: bool = False) -> None:
        self.text = text
        self.emphasis = emphasis


class Table:
    """A table of strings; ``wrap`` gives maximum widths per column for text output.

    ``as_list``: text output shows each row as an entry of a list instead of a grid.
    """

    __slots__ = ("as_list", "headers", "numeric", "rows", "wrap")

    def __init__(
        self,
        headers: list[str],
        rows: list[list[str]],
        wrap: list[int | None] | None = None,
        numeric: list[bool] | None = None,
        as_list: bool = False,
    ) -> None:
        self.headers = headers
        self.rows = rows
        self.wrap = wrap or []
        self.numeric = numeric or []
        self.as_list = as_list


class Bullets:
    """A bullet list."""

    __slots__ = ("items",)

    def __init__(self, items: list[str]) -> None:
        self.items = items


class Pre:
    """Preformatted text (code), shown as written."""

    __slots__ = ("language", "text")

    def __init__(self, text: str, language: str = "") -> None:
        self.text = text
        self.language = language


class Chart:
    """Placeholder for a chart (drawn by the HTML renderer only)."""

    __slots__ = ()


class Links:
    """Sources with links (HTML shows them as anchors)."""

    __slots__ = ("sources",)

    def __init__(self, sources: list[SourceOut]) -> None:
        self.sources = sources


Block = Heading | Para | Table | Bullets | Chart | Links | Pre


def _findings_table(findings: list[Finding], lang: Lang) -> Table:
    return Table(
        headers=[t("rule", lang), t("severity", lang), t("message", lang), t("advice", lang)],
        rows=[[f.rule, pick(SEVERITIES, f.severity, lang), f.message, f.advice] for f in findings],
        wrap=[None, None, 38, 38],
    )


def _sources(findings: list[Finding]) -> list[SourceOut]:
    seen: dict[str, SourceOut] = {}
    for finding in findings:
        for source in finding.sources:
            seen.setdefault(source.title, source)
    return [seen[k] for k in sorted(seen)]


def _unknown(info: list[Finding], lang: Lang) -> list[Block]:
    if not info:
        return []
    items = [f"{field}: {', '.join(rules)}" for field, rules in missing_summary(info)]
    return [Para(t("unknown", lang) + ":", emphasis=True), Bullets(items)]


def build(assessment: Assessment, *, explain: bool = False) -> list[Block]:
    """The report's blocks, in reading order."""
    lang = assessment.lang
    out: list[Block] = [
        Heading(1, f"{t('report', lang)}: {assessment.proposal.title}"),
        Heading(2, t("summary", lang)),
        Para(summary_paragraph(assessment, lang)),
    ]
    dv = assessment.doenvermogen
    if dv is not None:
        fired, info = split_findings(dv.findings)
        out += [
            Heading(2, t("doenvermogen", lang)),
            Table(
                headers=[t("figure", lang), t("value", lang)],
                rows=[
                    [t("doenbaarheid", lang), num(dv.score, lang, 0) + " / 100"],
                    [t("verdict", lang), pick(VERDICTS, dv.verdict, lang)],
                ],
            ),
            Table(
                headers=[t("capacity", lang), t("burden", lang)],
                rows=[
                    [pick(CAPACITIES, c, lang), num(v, lang, 2)] for c, v in dv.capacities.items()
                ],
                numeric=[False, True],
            ),
        ]
        if fired:
            out += [Heading(3, t("findings", lang)), _findings_table(fired, lang)]
        out += _unknown(info, lang)
    uv = assessment.uitvoerbaarheid
    if uv is not None:
        fired, info = split_findings(uv.findings)
        rows = [
            [pick(ASPECTS, a, lang), pick(LEVELS, level, lang)] for a, level in uv.aspects.items()
        ]
        out += [
            Heading(2, t("uitvoerbaarheid", lang)),
            Table(
                headers=[t("figure", lang), t("value", lang)],
                rows=[
                    [t("score", lang), num(uv.score, lang, 0) + " / 100"],
                    [t("eindoordeel", lang), pick(VERDICTS, uv.verdict, lang)],
                    [t("earliest", lang), day(uv.earliest_feasible_date, lang)],
                    [t("planned", lang), day(uv.planned_entry_into_force, lang)],
                ],
            ),
            Table(headers=[t("aspect", lang), t("level", lang)], rows=rows),
        ]
        costs = uv.costs
        cost_rows = [
            [f"{t('costs', lang)} ({t('incidental', lang)})", euro(costs.incidental_eur, lang)],
            [
                f"{t('costs', lang)} ({t('structural', lang)})",
                euro(costs.structural_eur_per_year, lang),
            ],
            [t("fte_structural", lang), num(costs.staff_fte_structural, lang, 1)],
            [t("fte_incidental", lang), num(costs.staff_fte_incidental, lang, 1)],
        ]
        cost_rows = [r for r in cost_rows if r[1] != "—"]
        if cost_rows:
            out.append(Table(headers=[t("costs", lang), t("value", lang)], rows=cost_rows))
        if uv.conditions:
            out += [Para(t("conditions", lang) + ":", emphasis=True), Bullets(uv.conditions)]
        if fired:
            out += [Heading(3, t("findings", lang)), _findings_table(fired, lang)]
        out += _unknown(info, lang)
    ci = assessment.class_impact
    if ci is not None:
        out += [
            Heading(2, t("class_impact", lang)),
            Table(
                headers=[
                    t("class", lang),
                    t("share", lang),
                    t("reach", lang),
                    t("take_up", lang),
                    t("effect", lang),
                    t("deficit_before_short", lang),
                    t("deficit_after_short", lang),
                    t("stapeling", lang),
                ],
                rows=[
                    [
                        c.label,
                        pct(c.share, lang),
                        pct(c.reach, lang),
                        pct(c.take_up, lang),
                        num(sum(c.total.values()), lang, 4),
                        num(c.deficit_before, lang, 4),
                        num(c.deficit_after, lang, 4),
                        f"{c.stapeling_before} → {c.stapeling_after}",
                    ]
                    for c in ci.classes
                ],
                wrap=[18, None, None, None, None, None, None, None],
                numeric=[False, True, True, True, True, True, True, False],
            ),
            *_interval_table(ci.classes, lang),
            Chart(),
            Table(
                headers=[t("class", lang)] + [pick(CAPITALS, c, lang) for c in CAPITALS],
                rows=[
                    [c.label] + [num(c.total.get(cap, 0.0), lang, 4) for cap in CAPITALS]
                    for c in ci.classes
                ],
                numeric=[False, True, True, True, True],
            ),
            Table(
                headers=[t("figure", lang), t("value", lang)],
                rows=_summary_rows(assessment, lang),
                wrap=[36, 56],
            ),
        ]
        if ci.assumptions:
            out += [Para(t("assumptions", lang) + ":", emphasis=True), Bullets(ci.assumptions)]
    out += _provenance(assessment, lang)
    sources = _sources(assessment.findings())
    if sources:
        out += [Heading(2, t("sources", lang)), Links(sources)]
    if explain:
        out += [Heading(2, t("explain", lang)), explain_table(assessment)]
    return out


def _interval_table(classes: list[ClassImpact], lang: Lang) -> list[Block]:
    if not any("deficit_after" in c.intervals for c in classes):
        return []
    return [
        Table(
            headers=[
                t("class", lang),
                f"{t('effect', lang)} ({t('interval', lang)})",
                f"{t('deficit_after', lang)} ({t('interval', lang)})",
            ],
            rows=[
                [
                    c.label,
                    "–".join(
                        num(sum(c.intervals[f"total.{cap}"][i] for cap in CAPITALS), lang, 4)
                        for i in (0, 1)
                    ),
                    "–".join(num(c.intervals["deficit_after"][i], lang, 4) for i in (0, 1)),
                ]
                for c in classes
            ],
            wrap=[22, None, None],
            numeric=[False, True, True],
        )
    ]


def _interval(
    s_intervals: dict[str, tuple[float, float]], key: str, lang: Lang, as_pct: bool
) -> str:
    if key not in s_intervals:
        return ""
    low, high = s_intervals[key]
    if as_pct:
        return f" [{pct(low, lang)}–{pct(high, lang)}]"
    return f" [{num(low, lang, 4)}–{num(high, lang, 4)}]"


def _summary_rows(assessment: Assessment, lang: Lang) -> list[list[str]]:
    ci = assessment.class_impact
    assert ci is not None
    s = ci.summary
    iv = s.intervals
    rows = [
        [t("overall_reach", lang), pct(s.reach, lang)],
        [t("overall_take_up", lang), pct(s.take_up, lang)],
        [
            t("benefit_share_bottom", lang),
            f"{pct(s.benefit_share_bottom, lang)} ({t('population_share_bottom', lang)} "
            f"{pct(s.population_share_bottom, lang)})"
            + _interval(iv, "benefit_share_bottom", lang, True),
        ],
        [
            t("gap", lang),
            f"{num(s.gap_before, lang, 4)} → {num(s.gap_after, lang, 4)}"
            + _interval(iv, "gap_after", lang, False),
        ],
        [
            f"{t('atkinson', lang)} (ε = {num(s.epsilon, lang, 1)})",
            f"{num(s.atkinson_before, lang, 5)} → {num(s.atkinson_after, lang, 5)}"
            + _interval(iv, "atkinson_after", lang, False),
        ],
        [
            t("deficit_removed", lang),
            num(s.deficit_removed, lang, 5) + _interval(iv, "deficit_removed", lang, False),
        ],
    ]
    if s.cost_per_deficit_point is not None:
        rows.append([t("cost_per_point", lang), euro(s.cost_per_deficit_point, lang)])
    return rows


def _provenance(assessment: Assessment, lang: Lang) -> list[Block]:
    p = assessment.provenance
    blocks: list[Block] = [
        Heading(2, t("provenance", lang)),
        Table(
            headers=[t("figure", lang), t("value", lang)],
            rows=[
                [t("tool", lang), p.tool_version],
                [
                    t("ruleset", lang),
                    f"{p.ruleset.id} {p.ruleset.version} ({p.ruleset.sha256[:16]})",
                ],
                [t("input_hash", lang), p.input_sha256[:16]],
            ],
        ),
    ]
    if p.inferred_parameters:
        blocks += [
            Para(f"{t('inferred', lang)} ({len(p.inferred_parameters)}):", emphasis=True),
            Bullets(_group(p.inferred_parameters)),
        ]
    return blocks


def _group(names: list[str]) -> list[str]:
    """Compress parameter ids: ``classes.*.positions.*`` style groups with counts."""
    groups: dict[str, list[str]] = {}
    for name in names:
        parts = name.split(".")
        if parts[0] == "classes" and len(parts) >= 4:
            key = (
                f"classes.*.{parts[2]}.{parts[3]}"
                if parts[2] == "attributes"
                else (f"classes.*.{parts[2]}.*")
            )
        elif parts[0] == "graph":
            key = "graph.*"
        else:
            key = name
        groups.setdefault(key, []).append(name)
    return [f"{k} ({len(v)})" if len(v) > 1 else v[0] for k, v in sorted(groups.items())]


def explain_table(assessment: Assessment) -> Table:
    """The trace as a table: section.figure, value, computation, rules and parameters."""
    lang = assessment.lang
    rows = []
    for step in assessment.trace:
        used = ", ".join(step.rules)
        params = ", ".join(step.parameters)
        detail = step.how
        if used:
            detail += f" | {t('rules_used', lang)}: {used}"
        if params:
            detail += f" | {t('parameters_used', lang)}: {params}"
        rows.append([f"{step.section}.{step.figure}", step.value, detail])
    return Table(
        headers=[t("figure", lang), t("value", lang), t("how", lang)],
        rows=rows,
        wrap=[30, 14, 50],
        as_list=True,
    )
