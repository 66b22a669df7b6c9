"""The comparison report (``beleidskompas compare``)."""

from __future__ import annotations

from typing import Any

from beleidskompas.analysis.compare import REGELDRUK_FIGURES, Comparison, ReversalNote
from beleidskompas.i18n import Lang, euro, num, pct
from beleidskompas.i18n.catalogue import analysis as A
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import regeldruk as RG
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.report.document import Block, Bullets, Document, Heading, Para, Table

TITLE_WIDTH = 50
MATRIX_TITLE_WIDTH = 28


def _fmt(criterion: str, value: float, lang: Lang) -> str:
    if criterion in ("take_up", "benefit_share_bottom"):
        return pct(value, lang)
    if criterion == "losses_bottom":
        return num(value, lang, 5)
    if criterion in ("take_up",):
        return pct(value, lang)
    if criterion in ("doenbaarheid", "uitvoerbaarheid"):
        return num(value, lang, 0)
    if criterion == "cost_per_deficit_point":
        return num(value, lang, 2)
    return num(value, lang, 5)


MATRIX_COLUMNS = 5
"""Criteria per matrix table, so that a table fits 100 columns (more go in a second one)."""


def _parts(crit: list[Any]) -> list[list[Any]]:
    return [crit[i : i + MATRIX_COLUMNS] for i in range(0, len(crit), MATRIX_COLUMNS)]


def note_text(note: ReversalNote, titles: dict[str, str], lang: Lang) -> str:
    """A rank-reversal note with the options' titles instead of their ids."""
    if note.kind == "worsen":
        winner = titles.get(note.winner or "", note.winner or "")
        return A.REVERSAL_WORSEN.get(lang, option=titles[note.option], winner=winner)
    order = " > ".join(titles.get(o, o) for o in note.order)
    return A.REVERSAL_DROP.get(lang, option=titles[note.option], order=order)


def _regeldruk_cell(figure: str, value: float | None, lang: Lang) -> str:
    if value is None:
        return "—"
    return euro(value, lang) if figure.endswith("eur_per_year") else num(value, lang, 0)


def regeldruk_table(result: Comparison, lang: Lang) -> list[Block]:
    """Regeldruk per option, shown next to the matrix and not weighed."""
    rows = sorted(result.options, key=lambda o: o.rank)
    if not any(o.regeldruk for o in rows):
        return []
    headers = [
        f"{RG.CITIZENS.get(lang)}: {RG.HOURS.get(lang).lower()}/{RG.YEAR.get(lang)}",
        f"{RG.CITIZENS.get(lang)}: €/{RG.YEAR.get(lang)}",
        f"{RG.CITIZENS.get(lang)}: {RG.HOURS.get(lang).lower()} {RG.ONCE.get(lang).lower()}",
        f"{RG.BUSINESSES.get(lang)}: €/{RG.YEAR.get(lang)}",
    ]
    return [
        Heading(2, RG.HEADING.get(lang)),
        Table(
            headers=[R.OPTION.get(lang), *headers],
            rows=[
                [o.title.get(lang)]
                + [_regeldruk_cell(f, o.regeldruk.get(f), lang) for f in REGELDRUK_FIGURES]
                for o in rows
            ],
            wrap=[MATRIX_TITLE_WIDTH, None, None, None, None],
            numeric=[False, True, True, True, True],
        ),
        Para(RG.NOT_WEIGHED.get(lang)),
    ]


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
        *[
            Table(
                headers=[R.OPTION.get(lang)] + [c.label.get(lang) for c in part],
                rows=[
                    [o.title.get(lang)] + [_fmt(c.id, o.values[c.id], lang) for c in part]
                    for o in rows
                ],
                wrap=[MATRIX_TITLE_WIDTH] + [None] * len(part),
                numeric=[False] + [True] * len(part),
            )
            for part in _parts(crit)
        ],
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
    blocks += regeldruk_table(result, lang)
    if not result.rank_reversal.stable:
        titles = {o.id: o.title.get(lang) for o in result.options}
        blocks += [
            Para(R.RANK_REVERSAL.get(lang), emphasis=True),
            Bullets([note_text(note, titles, lang) for note in result.rank_reversal.notes]),
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
        row.update({f"regeldruk_{k.replace('.', '_')}": v for k, v in o.regeldruk.items()})
        rows.append(row)
    return rows


def comparison_data(result: Comparison, lang: Lang) -> dict[str, Any]:
    """The comparison as JSON data (rank-reversal notes with their text)."""
    data: dict[str, Any] = result.model_dump(mode="json", context={"lang": lang})
    titles = {o.id: o.title.get(lang) for o in result.options}
    for note, dumped in zip(
        result.rank_reversal.notes, data["rank_reversal"]["notes"], strict=True
    ):
        dumped["message"] = note_text(note, titles, lang)
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
