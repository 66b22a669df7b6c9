"""The design-sweep report (``beleidskompas sweep``)."""

from __future__ import annotations

import string
from typing import Any

from beleidskompas.i18n import Lang, num
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.i18n.catalogue import sweep as S
from beleidskompas.i18n.entry import pick
from beleidskompas.model.sweep import Figures, Sweep, SweepRow, SweepValue
from beleidskompas.report.charts.sweep import sweep_svg
from beleidskompas.report.document import Block, Chart, Document, Heading, Para, Table

DESIGN_WIDTH = 18
NBSP = "\u00a0"
VERDICT_WIDTH = 25
"""Wide enough for the longest verdict with its mark ("implementable, provided ≠"), so that
each verdict keeps a line of its own."""
VALUES_WIDTH = 70
MILLION = 1e6
COST_DIGITS = 2
GAIN_DIGITS = 5
VALUE_DIGITS = 6


def letter(i: int) -> str:
    """A, B, …, Z, then A1, B1, … (the column name of the i-th varied field)."""
    letters = string.ascii_uppercase
    cycle, pos = divmod(i, len(letters))
    return letters[pos] + (str(cycle) if cycle else "")


def value_text(value: SweepValue, lang: Lang) -> str:
    """A varied value as the report shows it."""
    if isinstance(value, bool):
        return (S.YES if value else S.NO).get(lang)
    if isinstance(value, int):
        return num(value, lang, 0)
    if isinstance(value, float):
        text = f"{value:.{VALUE_DIGITS}f}".rstrip("0")
        digits = len(text.split(".")[1]) if "." in text else 0
        return num(value, lang, digits)
    return value


def _cost(figures: Figures, basis: str, lang: Lang) -> str:
    if basis == "budget_eur_per_year" and figures.budget_eur_per_year is not None:
        return num(figures.budget_eur_per_year / MILLION, lang, 1)
    if basis == "cost_per_deficit_point":
        return num(figures.cost_per_deficit_point, lang, COST_DIGITS)
    return "—"


def _verdicts(figures: Figures, changed: list[str], lang: Lang) -> str:
    parts = []
    for name, verdict in (
        ("doenvermogen", figures.doenvermogen),
        ("uitvoerbaarheid", figures.uitvoerbaarheid_verdict),
    ):
        if verdict is None:
            continue
        mark = f" {S.CHANGED_MARK.get(lang)}" if name in changed else ""
        parts.append((pick(L.VERDICTS, verdict, lang) + mark).replace(" ", NBSP))
    return "; ".join(parts) or "—"  # text output breaks lines only between verdicts


def _headers(result: Sweep, lang: Lang, design: bool) -> list[str]:
    cost = S.COST_MLN.get(lang) if result.cost_basis == "budget_eur_per_year" else S.COST.get(lang)
    first = ["#", S.DESIGN.get(lang)] if design else []
    return [
        *first,
        S.DOENBAARHEID.get(lang),
        S.GAINS.get(lang),
        cost,
        S.UITVOERBAARHEID.get(lang),
        S.VERDICTS.get(lang),
    ]


def _figure_cells(figures: Figures, basis: str, changed: list[str], lang: Lang) -> list[str]:
    return [
        num(figures.doenbaarheid, lang, 0),
        num(figures.gains_bottom, lang, GAIN_DIGITS),
        _cost(figures, basis, lang),
        num(figures.uitvoerbaarheid, lang, 0),
        _verdicts(figures, changed, lang),
    ]


def _design(row: SweepRow, lang: Lang) -> str:
    return ", ".join(
        f"{letter(i)}={value_text(v, lang)}" for i, v in enumerate(row.assignment.values())
    )


def designs_table(result: Sweep, rows: list[SweepRow], lang: Lang) -> Table:
    """The designs, one per line: number (``*``: non-dominated), values, figures."""
    return Table(
        headers=_headers(result, lang, design=True),
        rows=[
            [
                f"{row.index}{' *' if row.non_dominated else ''}",
                _design(row, lang),
                *_figure_cells(row.figures, result.cost_basis, list(row.changed_verdicts), lang),
            ]
            for row in rows
        ],
        wrap=[None, DESIGN_WIDTH, None, None, None, None, VERDICT_WIDTH],
        numeric=[False, False, True, True, True, True, False],
    )


def _front_order(row: SweepRow) -> tuple[float, float, float]:
    f = row.figures
    return (
        f.budget_eur_per_year or f.cost_per_deficit_point or 0.0,
        -(f.gains_bottom or 0.0),
        -(f.doenbaarheid or 0.0),
    )


def _setup(result: Sweep, lang: Lang) -> list[Block]:
    design = S.DESIGNS[result.design_reason].get(
        lang,
        grid=result.grid_size,
        samples=result.samples or 0,
        seed=result.seed or 0,
        max_grid=result.max_grid,
    )
    blocks: list[Block] = [Para(design)]
    if result.duplicates_dropped:
        blocks.append(Para(S.DUPLICATES.get(lang, count=result.duplicates_dropped)))
    if result.relative_to == "baseline":
        blocks.append(Para(S.RELATIVE_TO_BASELINE.get(lang)))
    blocks += [
        Heading(2, S.VARIED.get(lang)),
        Table(
            headers=["", S.FIELD.get(lang), S.VALUES.get(lang)],
            rows=[
                [letter(i), v.path, ", ".join(value_text(x, lang) for x in v.values)]
                for i, v in enumerate(result.variations)
            ],
            wrap=[None, None, VALUES_WIDTH],
        ),
        Heading(2, S.OBJECTIVES.get(lang)),
        Table(
            headers=[S.OBJECTIVE.get(lang), S.DIRECTION.get(lang)],
            rows=[
                [S.OBJECTIVE_LABELS[o.figure].get(lang), S.DIRECTIONS[o.direction].get(lang)]
                for o in result.objectives
            ],
        ),
        Para(S.COST_BASIS[result.cost_basis].get(lang)),
    ]
    named = {o.figure for o in result.objectives}
    for figure in ("gains_bottom", "doenbaarheid"):
        if figure not in named:
            what = S.OBJECTIVE_LABELS[figure].get(lang).lower()
            blocks.append(Para(S.LEFT_OUT.get(lang, what=what)))
    return blocks


def sweep_blocks(result: Sweep, lang: Lang) -> list[Block]:
    """The sweep as report blocks."""
    front = sorted((r for r in result.rows if r.non_dominated), key=_front_order)
    changes = sum(1 for r in result.rows if r.changed_verdicts)
    blocks: list[Block] = [
        Heading(1, S.TITLE.get(lang, title=result.proposal.title)),
        Para(S.LEAD.get(lang, rows=len(result.rows), front=len(front)), lead=True),
        *_setup(result, lang),
        Heading(2, S.AS_WRITTEN.get(lang)),
        Table(
            headers=_headers(result, lang, design=False),
            rows=[_figure_cells(result.base, result.cost_basis, [], lang)],
            wrap=[None, None, None, None, VERDICT_WIDTH],
            numeric=[True, True, True, True, False],
        ),
        Chart("tradeoff"),
        Heading(2, S.FRONT.get(lang)),
        designs_table(result, front, lang),
        Heading(2, S.ALL.get(lang)),
        designs_table(result, list(result.rows), lang),
        Para(S.LEGEND.get(lang)),
        Para(S.CHANGES.get(lang, count=changes) if changes else S.NO_CHANGE.get(lang)),
    ]
    return blocks


def sweep_rows(result: Sweep) -> list[dict[str, Any]]:
    """One row per design (CSV): its number, the varied values under their paths, the
    figures, whether it is non-dominated and which verdicts it changes."""
    rows: list[dict[str, Any]] = []
    for row in result.rows:
        out: dict[str, Any] = {"design": row.index}
        out.update(row.assignment)
        out.update(row.figures.model_dump(mode="json"))
        out["non_dominated"] = row.non_dominated
        out["changed_verdicts"] = " ".join(row.changed_verdicts)
        rows.append(out)
    return rows


def sweep_data(result: Sweep, lang: Lang) -> dict[str, Any]:
    """The JSON report: the assessment report's header keys, the sweep under ``sweep``."""
    data: dict[str, Any] = result.model_dump(mode="json", context={"lang": lang})
    head = {
        "schema_version": 1,
        "lang": lang,
        "proposal": data.pop("proposal"),
        "provenance": data.pop("provenance"),
    }
    return {**head, "sweep": data}


def _png(result: Sweep, lang: Lang) -> bytes | None:
    from beleidskompas.report.charts.sweep_plot import sweep_png

    return sweep_png(result, lang)


def build_sweep(result: Sweep, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of a design sweep."""
    return Document(
        title=S.TITLE.get(lang, title=result.proposal.title),
        lang=lang,
        blocks=sweep_blocks(result, lang),
        data=sweep_data(result, lang),
        tables={"designs": sweep_rows(result)},
        charts={"tradeoff": sweep_svg(result, lang)},
        pictures={"tradeoff": lambda: _png(result, lang)},
    )
