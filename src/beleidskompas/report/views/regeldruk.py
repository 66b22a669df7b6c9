"""The regeldruk part of an assessment report: totals, actions, classes, businesses."""

from __future__ import annotations

from typing import Any

from beleidskompas.i18n import Lang, euro, num
from beleidskompas.i18n.catalogue import regeldruk as RG
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.i18n.entry import pick
from beleidskompas.model.regeldruk import (
    BusinessesRegeldruk,
    CitizenActionBurden,
    CitizensRegeldruk,
    RegeldrukChange,
    RegeldrukDelta,
    RegeldrukResult,
)
from beleidskompas.model.results import Assessment
from beleidskompas.report.document import Block, Bullets, Heading, Para, Table

ACTION_WIDTH = 26
PARTS_WIDTH = 32
REPEATS_WIDTH = 14
BUSINESS_ACTION_WIDTH = 36
LABEL_WIDTH = 24


def hours(value: float | None, lang: Lang) -> str:
    """Hours: whole hours from 100 up, else one decimal."""
    if value is None:
        return "—"
    return num(value, lang, 0 if abs(value) >= 100 else 1)


def how_often(repeats: str, per_year: float, lang: Lang) -> str:
    """'jaarlijks', or for changes and months also the times per year: 'bij wijziging (2×)'."""
    label = pick(RG.REPEATS_LABELS, repeats, lang)
    if repeats in ("once", "yearly"):
        return label
    return f"{label} ({num(per_year, lang, 0)}×/{RG.YEAR.get(lang)})"


def composition(action: CitizenActionBurden, lang: Lang) -> str:
    """How an action's minutes were made up, in words."""
    if action.minutes_from == "proposal":
        return RG.OWN_MINUTES.get(lang)
    terms = []
    for part in action.parts:
        label = pick(RG.NORM_LABELS, part.norm, lang)
        count = "" if part.count == 1 else f"{num(part.count, lang, 0)} × "
        terms.append(f"{count}{label} {num(part.minutes, lang, 0)}")
    return " + ".join(terms)


def _totals_table(
    citizens: CitizensRegeldruk | None, firms: BusinessesRegeldruk | None, lang: Lang
) -> Table:
    """Hours and euros: per person, all citizens, all businesses."""

    def firm(value: float | None, money: bool) -> str:
        if firms is None:
            return RG.NOT_COMPUTED.get(lang)
        return euro(value, lang) if money else hours(value, lang)

    c = citizens
    rows = [
        [
            f"{RG.STRUCTURAL.get(lang)}: {RG.HOURS.get(lang).lower()}",
            num(c.hours_per_person_per_year if c else None, lang, 2),
            hours(c.hours_per_year if c else None, lang),
            firm(firms.hours_per_year if firms else None, False),
        ],
        [
            f"{RG.STRUCTURAL.get(lang)}: {RG.EUROS.get(lang).lower()}",
            euro(c.eur_per_person_per_year if c else None, lang),
            euro(c.eur_per_year if c else None, lang),
            firm(firms.eur_per_year if firms else None, True),
        ],
        [
            f"{RG.ONCE.get(lang)}: {RG.HOURS.get(lang).lower()}",
            num(c.once_hours_per_person if c else None, lang, 2),
            hours(c.once_hours if c else None, lang),
            firm(firms.once_hours if firms else None, False),
        ],
        [
            f"{RG.ONCE.get(lang)}: {RG.EUROS.get(lang).lower()}",
            euro(c.once_eur_per_person if c else None, lang),
            euro(c.once_eur if c else None, lang),
            firm(firms.once_eur if firms else None, True),
        ],
    ]
    return Table(
        headers=[
            R.FIGURE.get(lang),
            f"{RG.CITIZENS.get(lang)} {RG.PER_PERSON.get(lang)}",
            f"{RG.CITIZENS.get(lang)} {RG.TOTAL.get(lang)}",
            RG.BUSINESSES.get(lang),
        ],
        rows=rows,
        numeric=[False, True, True, True],
    )


def _citizen_details(c: CitizensRegeldruk, lang: Lang) -> list[Block]:
    out: list[Block] = []
    unit = RG.HOURS_UNIT.get(lang)
    extra = [
        [RG.PERSONS_ACTING.get(lang), num(c.persons_acting, lang, 0)],
        [RG.AVOIDABLE_PER_YEAR.get(lang), f"{hours(c.avoidable_hours_per_year, lang)} {unit}"],
        [RG.AVOIDABLE_ONCE.get(lang), f"{hours(c.avoidable_once_hours, lang)} {unit}"],
        [RG.ONBOARDING.get(lang), f"{num(c.onboarding_minutes, lang, 0)} min"],
    ]
    out.append(Table(headers=[R.FIGURE.get(lang), R.VALUE.get(lang)], rows=extra, wrap=[64, None]))
    if c.actions:
        out.append(
            Table(
                headers=[
                    RG.ACTION.get(lang),
                    RG.REPEATS.get(lang),
                    RG.MINUTES.get(lang),
                    RG.COMPOSED.get(lang),
                    RG.HOURS_PER_PERSON.get(lang),
                ],
                rows=[
                    [
                        f"{a.index}. {a.description or '—'}",
                        how_often(a.repeats, a.per_year, lang),
                        num(a.minutes, lang, 0),
                        composition(a, lang),
                        num(a.hours_per_person, lang, 2),
                    ]
                    for a in c.actions
                ],
                wrap=[ACTION_WIDTH, REPEATS_WIDTH, None, PARTS_WIDTH, None],
                numeric=[False, False, True, False, True],
            )
        )
    if c.persons_acting is not None:
        out.append(
            Table(
                headers=[
                    R.CLASS.get(lang),
                    RG.PERSONS_ACTING.get(lang),
                    f"{RG.HOURS.get(lang)} / {RG.YEAR.get(lang)}",
                    f"€ / {RG.YEAR.get(lang)}",
                    f"{RG.HOURS.get(lang)} {RG.ONCE.get(lang).lower()}",
                    f"€ {RG.ONCE.get(lang).lower()}",
                ],
                rows=[
                    [
                        k.label.get(lang),
                        num(k.persons_acting, lang, 0),
                        hours(k.hours_per_year, lang),
                        euro(k.eur_per_year, lang),
                        hours(k.once_hours, lang),
                        euro(k.once_eur, lang),
                    ]
                    for k in c.classes
                ],
                wrap=[LABEL_WIDTH, None, None, None, None, None],
                numeric=[False, True, True, True, True, True],
            )
        )
    return out


def _business_blocks(firms: BusinessesRegeldruk | None, lang: Lang) -> list[Block]:
    if firms is None:
        return [Para(RG.NOT_GIVEN.get(lang))]
    if not firms.actions:
        return [Para(RG.NO_BUSINESS_ACTIONS.get(lang))]
    return [
        Table(
            headers=[
                RG.ACTION.get(lang),
                RG.COUNT.get(lang),
                RG.REPEATS.get(lang),
                RG.MINUTES.get(lang),
                RG.HOURS.get(lang),
                RG.EUROS.get(lang),
            ],
            rows=[
                [
                    f"{a.index}. {a.description or '—'}" + (f" ({a.who})" if a.who else ""),
                    num(a.businesses, lang, 0),
                    how_often(a.repeats, a.per_year, lang),
                    num(a.minutes, lang, 0),
                    hours(a.hours, lang),
                    euro(a.eur, lang),
                ]
                for a in firms.actions
            ],
            wrap=[BUSINESS_ACTION_WIDTH, None, REPEATS_WIDTH, None, None, None],
            numeric=[False, True, False, True, True, True],
        )
    ]


def _delta_row(label: str, delta: RegeldrukDelta | None, lang: Lang) -> list[str]:
    if delta is None:
        return [label, "—", "—", "—", "—"]
    return [
        label,
        hours(delta.hours_per_year, lang),
        euro(delta.eur_per_year, lang),
        hours(delta.once_hours, lang),
        euro(delta.once_eur, lang),
    ]


def change_blocks(change: RegeldrukChange | None, lang: Lang) -> list[Block]:
    """The change against the baseline, when there is one."""
    if change is None:
        return []
    return [
        Heading(3, RG.CHANGE.get(lang)),
        Table(
            headers=[
                "",
                f"{RG.HOURS.get(lang)} / {RG.YEAR.get(lang)}",
                f"€ / {RG.YEAR.get(lang)}",
                f"{RG.HOURS.get(lang)} {RG.ONCE.get(lang).lower()}",
                f"€ {RG.ONCE.get(lang).lower()}",
            ],
            rows=[
                _delta_row(RG.CITIZENS.get(lang), change.citizens, lang),
                _delta_row(RG.BUSINESSES.get(lang), change.businesses, lang),
            ],
            numeric=[False, True, True, True, True],
        ),
    ]


def regeldruk_blocks(result: RegeldrukResult, lang: Lang) -> list[Block]:
    """The regeldruk section of the report."""
    out: list[Block] = [
        Heading(2, RG.HEADING.get(lang)),
        Para(RG.METHOD.get(lang)),
        _totals_table(result.citizens, result.businesses, lang),
    ]
    out += change_blocks(result.change, lang)
    if result.citizens is not None:
        out += [Heading(3, RG.CITIZENS.get(lang)), *_citizen_details(result.citizens, lang)]
    out += [Heading(3, RG.BUSINESSES.get(lang)), *_business_blocks(result.businesses, lang)]
    out.append(
        Para(
            RG.TARIFFS.get(lang, citizen=result.citizen_hour_eur, business=result.business_hour_eur)
        )
    )
    if result.assumptions:
        out += [
            Para(R.ASSUMPTIONS.get(lang) + ":", emphasis=True),
            Bullets([a.get(lang) for a in result.assumptions]),
        ]
    return out


def regeldruk_rows(assessment: Assessment, lang: Lang) -> list[dict[str, Any]]:
    """One flat row per class, the citizens' total and the businesses (CSV)."""
    result = assessment.regeldruk
    if result is None:
        return []
    rows: list[dict[str, Any]] = []
    base = {"proposal": assessment.proposal.id}
    c = result.citizens
    if c is not None:
        for k in c.classes:
            rows.append(
                {
                    **base,
                    "group": "citizens",
                    "class": k.id,
                    "label": k.label.get(lang),
                    "persons_acting": k.persons_acting,
                    "hours_per_year": k.hours_per_year,
                    "eur_per_year": k.eur_per_year,
                    "once_hours": k.once_hours,
                    "once_eur": k.once_eur,
                }
            )
        rows.append(
            {
                **base,
                "group": "citizens",
                "class": "total",
                "label": RG.TOTAL.get(lang),
                "persons_acting": c.persons_acting,
                "hours_per_year": c.hours_per_year,
                "eur_per_year": c.eur_per_year,
                "once_hours": c.once_hours,
                "once_eur": c.once_eur,
            }
        )
    firms = result.businesses
    if firms is not None:
        rows.append(
            {
                **base,
                "group": "businesses",
                "class": "",
                "label": RG.BUSINESSES.get(lang),
                "persons_acting": None,
                "hours_per_year": firms.hours_per_year,
                "eur_per_year": firms.eur_per_year,
                "once_hours": firms.once_hours,
                "once_eur": firms.once_eur,
            }
        )
    return rows
