"""The comparison report (``beleidskompas compare``)."""

from __future__ import annotations

from typing import Any

from beleidskompas.analysis.compare import Comparison
from beleidskompas.i18n import Lang, num, pct
from beleidskompas.i18n.catalogue import analysis as A
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.report.document import Block, Bullets, Document, Heading, Para, Table

TITLE_WIDTH = 50
MATRIX_TITLE_WIDTH = 28


def _fmt(criterion: str, value: float, lang: Lang) -> str:
    if criterion in ("take_up", "benefit_share_bottom"):
        return pct(value, lang)
    if criterion in ("doenbaarheid", "uitvoerbaarheid"):
        return num(value, lang, 0)
    if criterion == "cost_per_deficit_point":
        return num(value, lang, 2)
    return num(value, lang, 5)


def comparison_blocks(result: Comparison, lang: Lang) -> list[Block]:
    """The comparison as report blocks."""
    crit = result.criteria
    rows = sorted(result.options, key=lambda o: o.rank)
    winner = rows[0]
    share = result.robustness.first_share
    stability = (R.STABLE if result.rank_reversal.stable else R.NOT_STABLE).get(lang)
    blocks: list[Block] = [
        Heading(1, R.COMPARISON.get(lang)),
        Para(
            R.COMPARISON_LEAD.get(
                lang,
                winner=winner.title,
                draws=result.robustness.draws,
                share=share[winner.id],
                stability=stability,
            ),
            lead=True,
        ),
        Heading(2, R.RANKING.get(lang)),
        Table(
            headers=["#", R.OPTION.get(lang), R.SCORE.get(lang), R.FIRST_IN.get(lang)],
            rows=[
                [
                    str(o.rank),
                    o.title.get(lang) + (" *" if o.reference else ""),
                    num(o.score, lang, 3),
                    pct(share[o.id], lang),
                ]
                for o in rows
            ],
            wrap=[None, TITLE_WIDTH, None, None],
            numeric=[True, False, True, True],
        ),
        Heading(2, R.DECISION_MATRIX.get(lang)),
        Table(
            headers=[R.OPTION.get(lang)] + [c.label.get(lang) for c in crit],
            rows=[
                [o.title.get(lang)] + [_fmt(c.id, o.values[c.id], lang) for c in crit] for o in rows
            ],
            wrap=[MATRIX_TITLE_WIDTH] + [None] * len(crit),
            numeric=[False] + [True] * len(crit),
        ),
        Table(
            headers=[R.CRITERION.get(lang), R.DIRECTION.get(lang), R.WEIGHT.get(lang)],
            rows=[
                [c.label.get(lang), L.DIRECTIONS[c.direction].get(lang), num(c.weight, lang, 3)]
                for c in crit
            ],
            numeric=[False, False, True],
        ),
        Para(R.STEPS_FIXED.get(lang), emphasis=True),
        Bullets([f"{i}. {A.STEPS[step].get(lang)}" for i, step in enumerate(result.steps, 1)]),
        Para(R.NULOPTIE_NOTE.get(lang)),
    ]
    if not result.rank_reversal.stable:
        blocks += [
            Para(R.RANK_REVERSAL.get(lang), emphasis=True),
            Bullets([note.text.get(lang) for note in result.rank_reversal.notes]),
        ]
    return blocks


def comparison_rows(result: Comparison, lang: Lang) -> list[dict[str, Any]]:
    """One row per option (CSV)."""
    rows: list[dict[str, Any]] = []
    for o in sorted(result.options, key=lambda o: o.rank):
        row: dict[str, Any] = {
            "rank": o.rank,
            "option": o.id,
            "title": o.title.get(lang),
            "score": o.score,
            "first_share": result.robustness.first_share[o.id],
        }
        row.update(o.values)
        rows.append(row)
    return rows


def comparison_data(result: Comparison, lang: Lang) -> dict[str, Any]:
    """The comparison as JSON data (rank-reversal notes with their text)."""
    data: dict[str, Any] = result.model_dump(mode="json", context={"lang": lang})
    for note, dumped in zip(
        result.rank_reversal.notes, data["rank_reversal"]["notes"], strict=True
    ):
        dumped["message"] = note.text.get(lang)
    return {"lang": lang, **data}


def build_comparison(result: Comparison, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of a comparison."""
    return Document(
        title=R.COMPARISON.get(lang),
        lang=lang,
        blocks=comparison_blocks(result, lang),
        data=comparison_data(result, lang),
        tables={"options": comparison_rows(result, lang)},
    )
