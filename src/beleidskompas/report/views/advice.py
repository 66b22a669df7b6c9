"""The advice report (``beleidskompas advise``): design options that lift a verdict."""

from __future__ import annotations

from typing import Any

from beleidskompas.analysis.advise import MAX_CANDIDATES
from beleidskompas.i18n import Lang, num, pct
from beleidskompas.i18n.catalogue import advice as A
from beleidskompas.i18n.catalogue import labels as L
from beleidskompas.model.advice import Advice, AdviceOption, FindingRef
from beleidskompas.report.document import Block, Bullets, Document, Heading, Para, Table

CHANGES_WIDTH = 30
RULES_WIDTH = 14
VERDICT_WIDTH = 12
LEVER_WIDTH = 40
NOTE_WIDTH = 56
GAINS_DIGITS = 5
"""Gains to the bottom classes are on the 0–1 capital scale (as in the comparison)."""
POINTS = 100
"""A difference of shares in percentage points."""


def _verdict(verdict: str | None, lang: Lang) -> str:
    return L.VERDICTS[verdict].get(lang) if verdict in L.VERDICTS else "—"


def _signed(value: float | None, lang: Lang, digits: int, scale: float = 1) -> str:
    if value is None:
        return "—"
    shown = num(value * scale, lang, digits)
    return f"+{shown}" if value > 0 and not shown.startswith("-") else shown


def _rules_cell(option: AdviceOption) -> str:
    return " ".join(
        [*(f"−{f.rule}" for f in option.removed), *(f"+{f.rule}" for f in option.added)]
    )


def _options_table(options: list[AdviceOption], lang: Lang) -> Table:
    return Table(
        headers=[
            A.COL_RANK.get(lang),
            A.COL_CHANGES.get(lang),
            A.COL_VERDICT.get(lang),
            A.COL_SCORE.get(lang),
            A.COL_TAKE_UP.get(lang),
            A.COL_GAINS.get(lang),
            A.COL_RULES.get(lang),
        ],
        rows=[
            [
                str(o.rank),
                "; ".join(c.label.get(lang) for c in o.changes),
                _verdict(o.verdict, lang),
                num(o.score, lang, 0),
                _signed(o.delta_take_up, lang, 1, POINTS),
                _signed(o.delta_gains_bottom, lang, GAINS_DIGITS),
                _rules_cell(o),
            ]
            for o in options
        ],
        wrap=[None, CHANGES_WIDTH, VERDICT_WIDTH, None, None, None, RULES_WIDTH],
        numeric=[True, False, False, True, True, True, False],
    )


def _legend(options: list[AdviceOption], lang: Lang) -> list[Block]:
    """Each rule the table names, once, with its finding."""
    seen: dict[str, FindingRef] = {}
    for option in options:
        for finding in [*option.removed, *option.added]:
            seen.setdefault(finding.rule, finding)
    if not seen:
        return []
    return [
        Bullets(
            [
                f"{f.rule} ({L.SEVERITIES[f.severity].get(lang)}): {f.message.get(lang)}"
                for f in sorted(seen.values(), key=lambda f: f.rule)
            ]
        )
    ]


def _levers_table(result: Advice, lang: Lang) -> Table:
    """Every change tried, with its lever's note on the lever's first row."""
    rows: list[list[str]] = []
    previous = None
    for change in result.levers:
        note = A.LEVER_NOTES[change.lever].get(lang) if change.lever != previous else ""
        rows.append([change.label.get(lang), note])
        previous = change.lever
    return Table(
        headers=[A.COL_LEVER.get(lang), A.COL_NOTE.get(lang)],
        rows=rows,
        wrap=[LEVER_WIDTH, NOTE_WIDTH],
    )


def advice_blocks(result: Advice, lang: Lang) -> list[Block]:
    """The report's blocks."""
    goal = A.TARGET_GOAL[result.target]
    take_up = pct(result.take_up, lang) if result.take_up is not None else "—"
    blocks: list[Block] = [
        Heading(1, A.TITLE.get(lang, target=goal, title=result.title)),
        Para(result.message.get(lang), lead=True),
        Para(
            A.NOW.get(
                lang, verdict=_verdict(result.verdict, lang), score=result.score, take_up=take_up
            )
        ),
    ]
    if result.options:
        blocks += [Heading(2, A.OPTIONS.get(lang)), _options_table(result.options, lang)]
        blocks += _legend(result.options, lang)
    if result.closest:
        blocks += [Heading(2, A.CLOSEST.get(lang)), _options_table(result.closest, lang)]
        blocks += _legend(result.closest, lang)
    if result.holds or result.notes:
        items = [
            f"{h.rule} ({L.SEVERITIES[h.severity].get(lang)}): {h.message.get(lang)} — "
            + (
                A.LEVERS_FOR.get(lang, levers=", ".join(h.levers))
                if h.levers
                else A.NO_LEVER.get(lang)
            )
            for h in result.holds
        ]
        blocks += [
            Heading(2, A.HOLDS.get(lang)),
            Bullets([*items, *(n.get(lang) for n in result.notes)]),
        ]
    if result.levers:
        blocks += [Heading(2, A.LEVERS_TRIED.get(lang)), _levers_table(result, lang)]
    if result.evaluated:
        blocks.append(
            Para(
                A.SEARCH.get(
                    lang,
                    max_changes=result.max_changes,
                    beam=result.beam_width,
                    seed=result.seed,
                    evaluated=result.evaluated,
                )
            )
        )
    if result.sampled_levels:
        levels = ", ".join(str(n) for n in result.sampled_levels)
        blocks.append(
            Para(A.SAMPLED.get(lang, levels=levels, limit=MAX_CANDIDATES, seed=result.seed))
        )
    blocks.append(Para(A.ON_PAPER.get(lang)))
    return blocks


def _row(option: AdviceOption, lang: Lang) -> dict[str, Any]:
    return {
        "rank": option.rank,
        "changes": "; ".join(c.label.get(lang) for c in option.changes),
        "paths": "; ".join(c.path for c in option.changes),
        "n_changes": len(option.changes),
        "lifted": option.lifted,
        "verdict": option.verdict,
        "score": option.score,
        "other_verdict": option.other_verdict,
        "take_up": option.take_up,
        "delta_take_up": option.delta_take_up,
        "delta_gains_bottom": option.delta_gains_bottom,
        "removed": " ".join(f.rule for f in option.removed),
        "added": " ".join(f.rule for f in option.added),
    }


def advice_rows(result: Advice, lang: Lang) -> dict[str, list[dict[str, Any]]]:
    """The CSV tables: the options (or the closest ones) and the changes tried."""
    return {
        "options": [_row(o, lang) for o in result.options or result.closest],
        "levers": [
            {
                "lever": c.lever,
                "path": c.path,
                "op": c.op,
                "value": c.value,
                "change": c.label.get(lang),
            }
            for c in result.levers
        ],
    }


def build_advice(result: Advice, lang: Lang = "nl", /, **_: Any) -> Document:
    """The document of an advice."""
    data: dict[str, Any] = result.model_dump(mode="json", context={"lang": lang})
    goal = A.TARGET_GOAL[result.target]
    return Document(
        title=A.TITLE.get(lang, target=goal, title=result.title),
        lang=lang,
        blocks=advice_blocks(result, lang),
        data={"lang": lang, **data},
        tables=advice_rows(result, lang),
    )
