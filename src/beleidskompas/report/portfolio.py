"""Rendering a Portfolio (``beleidskompas portfolio``) in every format."""

from __future__ import annotations

from html import escape

from beleidskompas.model.base import Lang
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.portfolio import Portfolio
from beleidskompas.report.blocks import Block, Bullets, Chart, Heading, Para, Table
from beleidskompas.report.csvout import write_rows
from beleidskompas.report.jsonout import dumps
from beleidskompas.report.texts import CAPITALS as CAPITAL_LABELS
from beleidskompas.report.texts import VERDICTS, num, pct, pick


def _cell(portfolio: Portfolio, cls: str, capital: str, lang: Lang) -> str:
    cell = portfolio.coverage[cls][capital]
    if cell.coverage is None:
        return "n.v.t." if lang == "nl" else "n/a"
    text = pct(cell.coverage, lang)
    return text if cell.measures else f"({text})"


def portfolio_blocks(p: Portfolio) -> list[Block]:
    """The portfolio as report blocks."""
    lang = p.lang
    nl = lang == "nl"
    labels = {b.id: b.label for b in p.burdens}
    blocks: list[Block] = [
        Heading(1, "Het pakket als geheel" if nl else "The portfolio as a whole"),
        Para(
            (
                f"{len(p.measures)} maatregelen samen. De kloof boven–onder gaat van "
                f"{num(p.gap_before, lang, 4)} naar {num(p.gap_after, lang, 4)}, de "
                f"Atkinson-index (ε = 1) van {num(p.atkinson_before, lang, 5)} naar "
                f"{num(p.atkinson_after, lang, 5)}. {len(p.untouched)} van de "
                f"{len(p.coverage) * len(CAPITALS)} cellen klasse × kapitaal worden door geen "
                "maatregel direct geraakt."
            )
            if nl
            else (
                f"{len(p.measures)} measures together. The top–bottom gap goes from "
                f"{num(p.gap_before, lang, 4)} to {num(p.gap_after, lang, 4)}, the Atkinson "
                f"index (ε = 1) from {num(p.atkinson_before, lang, 5)} to "
                f"{num(p.atkinson_after, lang, 5)}. {len(p.untouched)} of the "
                f"{len(p.coverage) * len(CAPITALS)} class × capital cells are not touched "
                "directly by any measure."
            )
        ),
        Heading(2, "Bevindingen" if nl else "Findings"),
        Bullets([f"[{f.severity}] {f.message}" for f in p.findings] or ["—"]),
        Heading(2, "Dekking: weggenomen achterstand" if nl else "Coverage: deficit removed"),
        Chart(),
        Table(
            headers=["Klasse" if nl else "Class"]
            + [pick(CAPITAL_LABELS, c, lang) for c in CAPITALS],
            rows=[[labels[c]] + [_cell(p, c, k, lang) for k in CAPITALS] for c in p.coverage],
            wrap=[24, None, None, None, None],
            numeric=[False, True, True, True, True],
        ),
        Para(
            "Tussen haakjes: alleen bereikt via doorwerking over de kapitaalgraaf, door geen "
            "maatregel direct; n.v.t.: geen achterstand."
            if nl
            else "In brackets: reached only through spill-over over the capital graph, by no "
            "measure directly; n/a: no deficit."
        ),
        Heading(
            2, "Stapeling van wat burgers moeten doen" if nl else "Stacking of citizen burdens"
        ),
        Table(
            headers=[
                "Klasse" if nl else "Class",
                "Maatregelen" if nl else "Measures",
                "Handelingen/jaar" if nl else "Actions/year",
                "Documenten/jaar" if nl else "Documents/year",
                "Termijnen/jaar" if nl else "Deadlines/year",
                "Doenbaarheid samen" if nl else "Combined doenbaarheid",
            ],
            rows=[
                [
                    b.label,
                    str(b.measures),
                    num(b.actions_per_year, lang, 2),
                    num(b.documents_per_year, lang, 2),
                    num(b.deadlines_per_year, lang, 2),
                    num(b.combined_doenbaarheid, lang, 0),
                ]
                for b in p.burdens
            ],
            wrap=[24, None, None, None, None, None],
            numeric=[False, True, True, True, True, True],
        ),
        Para(
            "Verwachte aantallen voor een lid van de klasse: per maatregel gewogen met het "
            "bereik in die klasse."
            if nl
            else "Expected numbers for a member of the class: each measure weighted by its "
            "reach in that class."
        ),
        Heading(2, "Maatregelen" if nl else "Measures"),
        Table(
            headers=[
                "id",
                "Doenbaarheid",
                "Doenvermogen",
                "Uitvoerbaarheid",
                "Bereik" if nl else "Reach",
                "Gebruik" if nl else "Take-up",
            ],
            rows=[
                [
                    m.id,
                    num(m.doenbaarheid, lang, 0),
                    pick(VERDICTS, m.doenvermogen, lang),
                    pick(VERDICTS, m.uitvoerbaarheid, lang),
                    pct(m.reach, lang),
                    pct(m.take_up, lang),
                ]
                for m in p.measures
            ],
            wrap=[30, None, 16, 18, None, None],
            numeric=[False, True, False, False, True, True],
        ),
    ]
    if p.overlaps:
        blocks += [
            Heading(2, "Overlap" if nl else "Overlaps"),
            Bullets(
                [f"{labels[c]} × {k}: {', '.join(ms)}" for c, k, ms in p.overlaps[:40]]
                + ([f"… (+{len(p.overlaps) - 40})"] if len(p.overlaps) > 40 else [])
            ),
        ]
    return blocks


def coverage_svg(p: Portfolio) -> str:
    """A heatmap of the coverage matrix."""
    labels = {b.id: b.label for b in p.burdens}
    lw, cw, rh = 220, 110, 26
    width, height = lw + cw * len(CAPITALS), 24 + rh * len(p.coverage)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">'
    ]
    for j, cap in enumerate(CAPITALS):
        name = escape(pick(CAPITAL_LABELS, cap, p.lang))
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
                f"{escape(_cell(p, cls, cap, p.lang))}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def render_portfolio(p: Portfolio, fmt: str) -> str:
    """A portfolio in a format."""
    if fmt == "json":
        return dumps(p.model_dump(mode="json"))
    if fmt == "csv":
        rows: list[dict[str, object]] = []
        for b in p.burdens:
            row: dict[str, object] = {
                "class": b.id,
                "measures": b.measures,
                "actions_per_year": b.actions_per_year,
                "documents_per_year": b.documents_per_year,
                "deadlines_per_year": b.deadlines_per_year,
                "combined_doenbaarheid": b.combined_doenbaarheid,
            }
            for cap in CAPITALS:
                row[f"coverage_{cap}"] = p.coverage[b.id][cap].coverage
                row[f"measures_{cap}"] = len(p.coverage[b.id][cap].measures)
            rows.append(row)
        return write_rows(rows)
    blocks = portfolio_blocks(p)
    if fmt == "html":
        from html import escape as esc

        from beleidskompas.report.html import CSS, blocks_body

        title = "Pakket" if p.lang == "nl" else "Portfolio"
        return (
            f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f"{blocks_body(blocks, chart=coverage_svg(p))}\n</body>\n</html>\n"
        )
    from beleidskompas.report.formats import render_blocks

    return render_blocks(blocks, fmt, title="", lang=p.lang)
