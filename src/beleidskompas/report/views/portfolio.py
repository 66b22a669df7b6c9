"""The portfolio report (``beleidskompas portfolio``)."""

from __future__ import annotations

from html import escape
from typing import Any

from beleidskompas.analysis.portfolio import Portfolio
from beleidskompas.i18n import Lang, euro, num, pct
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import regeldruk as RG
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.report.document import Block, Bullets, Chart, Document, Heading, Para, Table

OVERLAPS_SHOWN = 40


def _cell(p: Portfolio, cls: str, capital: str, lang: Lang) -> str:
    cell = p.coverage[cls][capital]
    if cell.coverage is None:
        return R.NOT_APPLICABLE.get(lang)
    text = pct(cell.coverage, lang)
    return text if cell.measures else f"({text})"


def _findings(p: Portfolio, lang: Lang) -> list[str]:
    return [
        f"[{pick(L.SEVERITIES, f.severity, lang)}] {f.message.get(lang)}" for f in p.findings
    ] or ["—"]


def _burdens(p: Portfolio, lang: Lang) -> Table:
    return Table(
        headers=[
            R.CLASS.get(lang),
            R.MEASURES_PER_PERSON.get(lang),
            R.ACTIONS_PER_YEAR.get(lang),
            R.DOCUMENTS_PER_YEAR.get(lang),
            R.DEADLINES_PER_YEAR.get(lang),
            R.COMBINED_DOENBAARHEID.get(lang),
        ],
        rows=[
            [
                b.label.get(lang),
                num(b.measures_per_person, lang, 1),
                num(b.actions_per_year, lang, 2),
                num(b.documents_per_year, lang, 2),
                num(b.deadlines_per_year, lang, 2),
                num(b.combined_doenbaarheid, lang, 0),
            ]
            for b in p.burdens
        ],
        wrap=[24, None, None, None, None, None],
        numeric=[False, True, True, True, True, True],
    )


def _budget(p: Portfolio, lang: Lang) -> list[Block]:
    totals = p.budget
    if totals is None:
        return []
    rows = [
        [R.STRUCTURAL_BUDGET.get(lang), euro(totals.structural_eur_per_year, lang)],
        [R.INCIDENTAL_BUDGET.get(lang), euro(totals.incidental_eur, lang)],
    ]
    out: list[Block] = [
        Heading(2, R.BUDGET.get(lang)),
        Table(headers=[R.FIGURE.get(lang), R.VALUE.get(lang)], rows=rows, numeric=[False, True]),
    ]
    if totals.structural_unknown or totals.incidental_unknown:
        out.append(
            Para(
                R.BUDGET_UNKNOWN.get(
                    lang, structural=totals.structural_unknown, incidental=totals.incidental_unknown
                )
            )
        )
    return out


def _measures(p: Portfolio, lang: Lang) -> Table:
    return Table(
        headers=[
            "id",
            R.DOENBAARHEID.get(lang),
            R.DOENVERMOGEN_SHORT.get(lang),
            R.UITVOERBAARHEID_SHORT.get(lang),
            R.REACH.get(lang),
            R.TAKE_UP.get(lang),
            f"{RG.HEADING_SHORT.get(lang)} {RG.HOURS.get(lang).lower()}/{RG.YEAR.get(lang)}",
        ],
        rows=[
            [
                m.id,
                num(m.doenbaarheid, lang, 0),
                pick(L.VERDICTS, m.doenvermogen, lang),
                pick(L.VERDICTS, m.uitvoerbaarheid, lang),
                pct(m.reach, lang),
                pct(m.take_up, lang),
                num(m.regeldruk_hours_per_year, lang, 0),
            ]
            for m in p.measures
        ],
        wrap=[26, None, 14, 16, None, None, None],
        numeric=[False, True, False, False, True, True, True],
    )


def _regeldruk(p: Portfolio, lang: Lang) -> list[Block]:
    """Regeldruk of all measures together (— where a measure's figure is unknown)."""
    r = p.regeldruk
    if r is None:
        return []
    hours, year, once = RG.HOURS.get(lang), RG.YEAR.get(lang), RG.ONCE.get(lang).lower()
    citizens, firms = RG.CITIZENS.get(lang), RG.BUSINESSES.get(lang)
    rows = [
        [f"{citizens}: {hours.lower()}/{year}", num(r.citizens_hours_per_year, lang, 0)],
        [f"{citizens}: €/{year}", euro(r.citizens_eur_per_year, lang)],
        [f"{citizens}: {hours.lower()} {once}", num(r.citizens_once_hours, lang, 0)],
        [f"{citizens}: € {once}", euro(r.citizens_once_eur, lang)],
        [f"{firms}: €/{year}", euro(r.businesses_eur_per_year, lang)],
        [f"{firms}: € {once}", euro(r.businesses_once_eur, lang)],
    ]
    return [
        Heading(2, RG.HEADING.get(lang)),
        Table(headers=[R.FIGURE.get(lang), R.VALUE.get(lang)], rows=rows, numeric=[False, True]),
        Para(
            RG.PORTFOLIO_NOTE.get(
                lang, citizens=r.citizens_unknown, businesses=r.businesses_unknown
            )
        ),
    ]


def portfolio_blocks(p: Portfolio, lang: Lang) -> list[Block]:
    """The portfolio as report blocks."""
    labels = {b.id: b.label.get(lang) for b in p.burdens}
    blocks: list[Block] = [
        Heading(1, R.PORTFOLIO.get(lang)),
        Para(
            R.PORTFOLIO_LEAD.get(
                lang,
                measures=len(p.measures),
                gap_before=p.gap_before,
                gap_after=p.gap_after,
                atk_before=p.atkinson_before,
                atk_after=p.atkinson_after,
                untouched=len(p.untouched),
                cells=len(p.coverage) * len(CAPITALS),
            ),
            lead=True,
        ),
        Heading(2, R.FINDINGS.get(lang)),
        Bullets(_findings(p, lang)),
        Heading(2, R.COVERAGE.get(lang)),
        Chart("coverage"),
        Table(
            headers=[R.CLASS.get(lang)] + [pick(L.CAPITALS, c, lang) for c in CAPITALS],
            rows=[[labels[c]] + [_cell(p, c, k, lang) for k in CAPITALS] for c in p.coverage],
            wrap=[24, None, None, None, None],
            numeric=[False, True, True, True, True],
        ),
        Para(R.COVERAGE_NOTE.get(lang)),
        Heading(2, R.BURDEN_STACKING.get(lang)),
        _burdens(p, lang),
        Para(R.BURDEN_NOTE.get(lang)),
        *_budget(p, lang),
        *_regeldruk(p, lang),
        Heading(2, R.MEASURES.get(lang)),
        _measures(p, lang),
    ]
    if p.overlaps:
        shown = [
            f"{labels[c]} × {pick(L.CAPITALS, k, lang)}: {', '.join(ms)}"
            for c, k, ms in p.overlaps[:OVERLAPS_SHOWN]
        ]
        if len(p.overlaps) > OVERLAPS_SHOWN:
            shown.append(R.MORE.get(lang, count=len(p.overlaps) - OVERLAPS_SHOWN))
        blocks += [Heading(2, R.OVERLAPS.get(lang)), Bullets(shown)]
    return blocks


def coverage_svg(p: Portfolio, lang: Lang) -> str:
    """A heatmap of the coverage matrix."""
    labels = {b.id: b.label.get(lang) for b in p.burdens}
    lw, cw, rh = 220, 110, 26
    width, height = lw + cw * len(CAPITALS), 24 + rh * len(p.coverage)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">'
    ]
    for j, cap in enumerate(CAPITALS):
        name = escape(pick(L.CAPITALS, cap, lang))
        parts.append(f'<text x="{lw + j * cw + cw / 2}" y="16" text-anchor="middle">{name}</text>')
    for i, cls in enumerate(p.coverage):
        y = 24 + i * rh
        parts.append(
            f'<text x="{lw - 8}" y="{y + 17}" text-anchor="end">{escape(labels[cls])}</text>'
        )
        for j, cap in enumerate(CAPITALS):
            cell = p.coverage[cls][cap]
            value = cell.coverage or 0.0
            shade = int(235 - min(1.0, value * 4) * 180)
            fill = "#f3f3f3" if cell.coverage is None else f"rgb({shade},{shade + 10},245)"
            stroke = "#c0392b" if not cell.measures and cell.coverage is not None else "#ffffff"
            parts.append(
                f'<rect x="{lw + j * cw + 2}" y="{y + 2}" width="{cw - 4}" height="{rh - 4}" '
                f'fill="{fill}" stroke="{stroke}" stroke-width="2"/>'
                f'<text x="{lw + j * cw + cw / 2}" y="{y + 17}" text-anchor="middle">'
                f"{escape(_cell(p, cls, cap, lang))}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def burden_rows(p: Portfolio, lang: Lang) -> list[dict[str, Any]]:
    """One row per class: burdens and coverage (CSV)."""
    rows: list[dict[str, Any]] = []
    for b in p.burdens:
        row: dict[str, Any] = {
            "class": b.id,
            "label": b.label.get(lang),
            "measures": b.measures,
            "reached_share": b.reached_share,
            "measures_per_person": b.measures_per_person,
            "actions_per_year": b.actions_per_year,
            "documents_per_year": b.documents_per_year,
            "deadlines_per_year": b.deadlines_per_year,
            "burden": b.burden,
            "average_burden": b.average_burden,
            "combined_doenbaarheid": b.combined_doenbaarheid,
        }
        for cap in CAPITALS:
            row[f"coverage_{cap}"] = p.coverage[b.id][cap].coverage
            row[f"measures_{cap}"] = len(p.coverage[b.id][cap].measures)
        rows.append(row)
    return rows


def build_portfolio(p: Portfolio, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of a portfolio."""
    return Document(
        title=R.PORTFOLIO_TITLE.get(lang),
        lang=lang,
        blocks=portfolio_blocks(p, lang),
        data={"lang": lang, **p.model_dump(mode="json", context={"lang": lang})},
        tables={
            "classes": burden_rows(p, lang),
            "measures": [m.model_dump(mode="json") for m in p.measures],
        },
        charts={"coverage": coverage_svg(p, lang)},
    )
