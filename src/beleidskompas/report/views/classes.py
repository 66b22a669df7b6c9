"""The class-table report (``beleidskompas classes``)."""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang, num, pct
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.report.document import Block, Bullets, Document, Heading, Para, Table
from beleidskompas.society.classes import ClassTable

LABEL_WIDTH = 20


def class_table_blocks(table: ClassTable, lang: Lang) -> list[Block]:
    """The class table as report blocks."""
    caps = [pick(L.CAPITALS, c, lang) for c in CAPITALS]
    published = R.PUBLISHED.get(lang, value=table.published_gap) if table.published_gap else ""
    blocks: list[Block] = [
        Heading(1, R.CLASS_MODEL.get(lang, id=table.class_model)),
        Table(
            headers=[
                R.CLASS.get(lang),
                R.SHARE.get(lang),
                *caps,
                R.TOTAL.get(lang),
                R.DEFICIT_SHORT.get(lang),
                R.STAPELING.get(lang),
            ],
            rows=[
                [
                    c.label.get(lang),
                    pct(c.share, lang),
                    *[num(c.positions[k], lang, 2) for k in CAPITALS],
                    num(c.total_capital, lang, 3),
                    num(c.accumulated_total, lang, 3),
                    str(c.stapeling),
                ]
                for c in table.classes
            ],
            wrap=[LABEL_WIDTH, None, None, None, None, None, None, None, None],
            numeric=[False, True, True, True, True, True, True, True, True],
        ),
        Para(
            R.CLASS_TABLE_NOTE.get(
                lang,
                means=", ".join(num(table.means[k], lang, 3) for k in CAPITALS),
                threshold=table.stapeling_threshold,
                gap=table.gap,
                published=published,
                atkinson=table.atkinson,
            )
        ),
    ]
    if table.inferred_parameters:
        text = R.CLASSES_INFERRED.get(lang, count=len(table.inferred_parameters))
        blocks.append(Para(text, emphasis=True))
    flows = [c for c in table.classes if c.top_edges]
    if flows:
        blocks += [
            Para(R.SPILL_OVER.get(lang), emphasis=True),
            Bullets(
                [
                    f"{c.label.get(lang)}: "
                    + ", ".join(
                        f"{e.source} → {e.target} {num(e.amount, lang, 3)}" for e in c.top_edges
                    )
                    for c in flows
                ]
            ),
        ]
    return blocks


def class_rows(table: ClassTable, lang: Lang) -> list[dict[str, Any]]:
    """One row per class (CSV)."""
    rows: list[dict[str, Any]] = []
    for c in table.classes:
        row: dict[str, Any] = {
            "class": c.id,
            "label": c.label.get(lang),
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
    return rows


def build_class_table(table: ClassTable, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of the class table."""
    return Document(
        title=R.CLASS_MODEL.get(lang, id=table.class_model),
        lang=lang,
        blocks=class_table_blocks(table, lang),
        data=table.model_dump(mode="json", context={"lang": lang}),
        tables={"classes": class_rows(table, lang)},
    )
