"""Rendering the class table (``beleidskompas classes``)."""

from __future__ import annotations

from typing import Literal

from beleidskompas.model.base import Lang
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.report.blocks import Block, Bullets, Heading, Para, Table
from beleidskompas.report.csvout import write_rows
from beleidskompas.report.jsonout import dumps
from beleidskompas.report.markdown import render_blocks_markdown
from beleidskompas.report.text import render_blocks_text
from beleidskompas.report.texts import CAPITALS as CAPITAL_LABELS
from beleidskompas.report.texts import num, pct, pick
from beleidskompas.society import ClassTable

ClassFormat = Literal["table", "markdown", "json", "csv"]


def _blocks(table: ClassTable, lang: Lang) -> list[Block]:
    nl = lang == "nl"
    means = ", ".join(num(table.means[k], lang, 3) for k in CAPITALS)
    gap_text = num(table.gap, lang, 3)
    caps = [pick(CAPITAL_LABELS, c, lang) for c in CAPITALS]
    blocks: list[Block] = [
        Heading(1, ("Klassenmodel " if nl else "Class model ") + table.class_model),
        Table(
            headers=[
                "Klasse" if nl else "Class",
                "Aandeel" if nl else "Share",
                *caps,
                "Totaal" if nl else "Total",
                "Achterst." if nl else "Deficit",
                "Stapeling" if nl else "Stacking",
            ],
            rows=[
                [
                    c.label,
                    pct(c.share, lang),
                    *[num(c.positions[k], lang, 2) for k in CAPITALS],
                    num(c.total_capital, lang, 3),
                    num(c.accumulated_total, lang, 3),
                    str(c.stapeling),
                ]
                for c in table.classes
            ],
            wrap=[20, None, None, None, None, None, None, None, None],
            numeric=[False, True, True, True, True, True, True, True, True],
        ),
        Para(
            (
                f"Posities op de 0–1-schaal; achterstand = opgestapelde achterstand onder het "
                f"bevolkingsgemiddelde ({means}), "
                f"verspreid over de kapitaalgraaf; stapeling = aantal kapitalen met een "
                f"achterstand groter dan {num(table.stapeling_threshold, lang, 2)}. Kloof "
                f"boven–onder {num(table.gap, lang, 3)}"
                + (
                    f" (gepubliceerd: {num(table.published_gap, lang, 2)})"
                    if table.published_gap
                    else ""
                )
                + f"; Atkinson-index (ε = 1) {num(table.atkinson, lang, 4)}."
            )
            if nl
            else (
                f"Positions on the 0–1 scale; deficit = accumulated deficit below the population "
                f"mean ({means}), spread over "
                f"the capital graph; stacking = capitals with a deficit above "
                f"{num(table.stapeling_threshold, lang, 2)}. Top–bottom gap {gap_text}"
                + (
                    f" (published: {num(table.published_gap, lang, 2)})"
                    if table.published_gap
                    else ""
                )
                + f"; Atkinson index (ε = 1) {num(table.atkinson, lang, 4)}."
            )
        ),
    ]
    if table.inferred_parameters:
        blocks += [
            Para(
                f"{len(table.inferred_parameters)} "
                + (
                    "cijfers zijn geschat (inferred), o.a. alle posities: het SCP publiceerde "
                    "alleen rangordes en niveaus; zie docs/methodology.md."
                    if nl
                    else "figures are inferred, among them all positions: the SCP published only "
                    "ranks and levels; see docs/methodology.md."
                ),
                emphasis=True,
            ),
        ]
    flows = [c for c in table.classes if c.top_edges]
    if flows:
        blocks += [
            Para(
                "Grootste doorwerking via de kapitaalgraaf:"
                if nl
                else "Largest spill-over through the capital graph:",
                emphasis=True,
            ),
            Bullets(
                [
                    f"{c.label}: "
                    + ", ".join(
                        f"{e.source} → {e.target} {num(e.amount, lang, 3)}" for e in c.top_edges
                    )
                    for c in flows
                ]
            ),
        ]
    return blocks


def render_class_table(table: ClassTable, fmt: ClassFormat, lang: Lang = "nl") -> str:
    """The class table in a format."""
    if fmt == "json":
        return dumps(table.model_dump(mode="json"))
    if fmt == "csv":
        rows: list[dict[str, object]] = []
        for c in table.classes:
            row: dict[str, object] = {
                "class": c.id,
                "label": c.label,
                "share": c.share,
                "persons": c.persons,
            }
            row.update({f"position_{k}": c.positions[k] for k in CAPITALS})
            row["total_capital"] = c.total_capital
            row.update({f"deficit_{k}": c.deficits[k] for k in CAPITALS})
            row.update({f"accumulated_{k}": c.accumulated[k] for k in CAPITALS})
            row["accumulated_total"] = c.accumulated_total
            row["stapeling"] = c.stapeling
            rows.append(row)
        return write_rows(rows)
    blocks = _blocks(table, lang)
    if fmt == "markdown":
        return render_blocks_markdown(blocks)
    return render_blocks_text(blocks)
