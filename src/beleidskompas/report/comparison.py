"""Rendering a Comparison (``beleidskompas compare``) in every format."""

from __future__ import annotations

from typing import Any

from beleidskompas.compare import Comparison
from beleidskompas.report.blocks import Block, Bullets, Heading, Para, Table
from beleidskompas.report.csvout import write_rows
from beleidskompas.report.jsonout import dumps
from beleidskompas.report.texts import num, pct


def comparison_blocks(result: Comparison) -> list[Block]:
    """The comparison as report blocks."""
    lang = result.lang
    nl = lang == "nl"
    crit = result.criteria
    rows = sorted(result.options, key=lambda o: o.rank)
    winner = rows[0]
    share = result.robustness.first_share
    blocks: list[Block] = [
        Heading(1, "Vergelijking van opties" if nl else "Comparison of options"),
        Para(
            (
                f"Op deze gewichten scoort ‘{winner.title}’ het best; bij "
                f"{result.robustness.draws} trekkingen van andere gewichten rond deze gewichten "
                f"staat die optie in {pct(share[winner.id], lang)} van de gevallen bovenaan. "
                + (
                    "De rangorde is stabiel bij verslechteren of weglaten van andere opties."
                    if result.rank_reversal.stable
                    else "Let op: de rangorde is niet stabiel (zie hieronder)."
                )
            )
            if nl
            else (
                f"With these weights ‘{winner.title}’ scores best; in "
                f"{result.robustness.draws} draws of other weights around these, it ranks first "
                f"in {pct(share[winner.id], lang)} of cases. "
                + (
                    "The ranking is stable when other options are worsened or dropped."
                    if result.rank_reversal.stable
                    else "Note: the ranking is not stable (see below)."
                )
            )
        ),
        Heading(2, "Rangorde" if nl else "Ranking"),
        Table(
            headers=[
                "#",
                "Optie" if nl else "Option",
                "Score",
                "Eerste in" if nl else "First in",
            ],
            rows=[
                [
                    str(o.rank),
                    o.title + (" *" if o.reference else ""),
                    num(o.score, lang, 3),
                    pct(share[o.id], lang),
                ]
                for o in rows
            ],
            wrap=[None, 50, None, None],
            numeric=[True, False, True, True],
        ),
        Heading(2, "Beslismatrix" if nl else "Decision matrix"),
        Table(
            headers=["Optie" if nl else "Option"] + [c.label.get(lang) for c in crit],
            rows=[[o.id] + [_fmt(c.id, o.values[c.id], lang) for c in crit] for o in rows],
            wrap=[24] + [None] * len(crit),
            numeric=[False] + [True] * len(crit),
        ),
        Table(
            headers=[
                "Criterium" if nl else "Criterion",
                "Richting" if nl else "Direction",
                "Gewicht" if nl else "Weight",
            ],
            rows=[
                [
                    c.label.get(lang),
                    ("meer is beter" if nl else "more is better")
                    if c.direction == "max"
                    else ("minder is beter" if nl else "less is better"),
                    num(c.weight, lang, 3),
                ]
                for c in crit
            ],
            numeric=[False, False, True],
        ),
        Para("Stappen, in vaste volgorde:" if nl else "Steps, in fixed order:", emphasis=True),
        Bullets([f"{i}. {step}" for i, step in enumerate(result.steps, 1)]),
        Para(
            "* nuloptie: huidig beleid, geen effect, niets gevraagd, niets uit te voeren."
            if nl
            else "* nuloptie: current policy, no effect, nothing asked, nothing to implement."
        ),
    ]
    if not result.rank_reversal.stable:
        blocks += [
            Para("Rangomkering:" if nl else "Rank reversal:", emphasis=True),
            Bullets(result.rank_reversal.notes),
        ]
    return blocks


def _fmt(criterion: str, value: float, lang: Any) -> str:
    if criterion in ("take_up", "benefit_share_bottom"):
        return pct(value, lang)
    if criterion in ("doenbaarheid", "uitvoerbaarheid"):
        return num(value, lang, 0)
    if criterion == "cost_per_deficit_point":
        return num(value, lang, 0)
    return num(value, lang, 5)


def comparison_rows(result: Comparison) -> list[dict[str, object]]:
    """One row per option (CSV)."""
    rows: list[dict[str, object]] = []
    for o in sorted(result.options, key=lambda o: o.rank):
        row: dict[str, object] = {
            "rank": o.rank,
            "option": o.id,
            "score": o.score,
            "first_share": result.robustness.first_share[o.id],
        }
        row.update(o.values)
        rows.append(row)
    return rows


def render_comparison(result: Comparison, fmt: str) -> str:
    """A comparison in a format."""
    from beleidskompas.report.formats import render_blocks

    if fmt == "json":
        return dumps(result.model_dump(mode="json"))
    if fmt == "csv":
        return write_rows(comparison_rows(result))
    return render_blocks(
        comparison_blocks(result),
        fmt,
        title="Vergelijking" if result.lang == "nl" else "Comparison",
        lang=result.lang,
    )
