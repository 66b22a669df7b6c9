"""Aanwijzing voor de regelgeving 4.17: fixed change dates and the minimum lead time.

Ar 4.17 (vaste verandermomenten en minimuminvoeringstermijn) asks that regulations enter
into force on a small set of fixed dates, and not sooner than a minimum period after
publication:

================================  ==========================  ================================
legal vehicle                     general                     education exceptions
================================  ==========================  ================================
wet, amvb                         1 January, 1 July           funderend onderwijs and mbo:
                                                              1 Jan / 1 Aug; hoger onderwijs:
                                                              1 Jan / 1 Sep
ministeriële regeling             1 Jan, 1 Apr, 1 Jul, 1 Oct  funderend/mbo: 1 Jan, 1 Apr,
                                                              1 Aug, 1 Oct; hoger onderwijs:
                                                              1 Jan, 1 Apr, 1 Sep, 1 Oct
beleidsregel, none                no fixed dates (any day)    same
================================  ==========================  ================================

Between publication and entry into force lie at least two months, or three when the
regulation is directly relevant to decentral governments (medeoverheden). Entry into force
exactly on publication + N months meets the minimum. Months are calendar months with
end-of-month clamping: 31 August + 2 months = 31 October, 30 November + 3 months =
28 February (29 February in a leap year).

The minimum is applied to every legal vehicle here, including beleidsregel and none: the
planned publication date is then simply the moment the rule becomes known to those it
binds. Ar 4.17 allows motivated exceptions (urgency, repair, EU deadlines); judging those
is left to the rules and the analyst, not to these functions.

All functions are pure: no I/O and no notion of "today". Dates outside the range of
:class:`datetime.date` raise ``ValueError``.
Source: https://www.kcbr.nl/beleid-en-regelgeving-ontwikkelen/aanwijzingen-voor-de-regelgeving/hoofdstuk-4-algemene-bestanddelen-van-regelingen/ss-44-inwerkingtreding/aanwijzing-417-vaste-verandermomenten-en-minimuminvoeringstermijn
"""

from __future__ import annotations

import calendar
from datetime import date

from beleidskompas.model.proposal import EducationSector, Legislation

__all__ = [
    "DECENTRAL_LEAD_MONTHS",
    "MINIMUM_LEAD_MONTHS",
    "add_months",
    "change_dates",
    "earliest_entry_into_force",
    "is_change_date",
    "minimum_lead_months",
    "next_change_date",
]

MINIMUM_LEAD_MONTHS = 2
"""Months between publication and entry into force (Ar 4.17)."""
DECENTRAL_LEAD_MONTHS = 3
"""Months when the regulation is directly relevant to decentral governments (Ar 4.17)."""

MonthDay = tuple[int, int]

# (month, day) pairs, in calendar order, per kind of change-date regime and sector.
_LAW: dict[EducationSector, tuple[MonthDay, ...]] = {
    "none": ((1, 1), (7, 1)),
    "funderend_mbo": ((1, 1), (8, 1)),
    "hoger_onderwijs": ((1, 1), (9, 1)),
}
_REGELING: dict[EducationSector, tuple[MonthDay, ...]] = {
    "none": ((1, 1), (4, 1), (7, 1), (10, 1)),
    "funderend_mbo": ((1, 1), (4, 1), (8, 1), (10, 1)),
    "hoger_onderwijs": ((1, 1), (4, 1), (9, 1), (10, 1)),
}


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the end of the target month.

    ``months`` may be negative. 31 August + 2 = 31 October; 31 January + 1 = 28 or
    29 February; 30 November + 3 = 28 February (29 in a leap year).
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"{day.isoformat()} + {months} months lies outside the calendar")
    month = month0 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def change_dates(
    legislation: Legislation, education: EducationSector = "none"
) -> tuple[tuple[int, int], ...] | None:
    """The fixed change dates of a legal vehicle as (month, day) pairs in calendar order.

    ``None`` means there are no fixed dates: any day is a change date (beleidsregel,
    or no legislation at all).
    """
    if legislation in ("wet", "amvb"):
        return _LAW[education]
    if legislation == "ministeriele_regeling":
        return _REGELING[education]
    return None


def is_change_date(
    day: date, legislation: Legislation, education: EducationSector = "none"
) -> bool:
    """Whether ``day`` is a fixed change date for the legal vehicle (always true without any)."""
    dates = change_dates(legislation, education)
    return dates is None or (day.month, day.day) in dates


def next_change_date(
    day: date, legislation: Legislation, education: EducationSector = "none"
) -> date:
    """The first change date on or after ``day`` (``day`` itself when it is one)."""
    dates = change_dates(legislation, education)
    if dates is None:
        return day
    for year in (day.year, day.year + 1):
        for month, dom in dates:
            if year > 9999:
                break
            candidate = date(year, month, dom)
            if candidate >= day:
                return candidate
    raise ValueError(f"no change date on or after {day.isoformat()} within the calendar")


def minimum_lead_months(decentral: bool) -> int:
    """Minimum months from publication to entry into force: 2, or 3 with medeoverheden."""
    return DECENTRAL_LEAD_MONTHS if decentral else MINIMUM_LEAD_MONTHS


def earliest_entry_into_force(
    publication: date,
    legislation: Legislation,
    *,
    decentral: bool = False,
    education: EducationSector = "none",
    not_before: date | None = None,
) -> date:
    """The earliest entry into force that Ar 4.17 allows for a publication date.

    That is the first change date on or after both ``publication`` plus the minimum lead
    time and ``not_before`` (e.g. the date an implementer's IT change can be ready).
    """
    floor = add_months(publication, minimum_lead_months(decentral))
    if not_before is not None and not_before > floor:
        floor = not_before
    return next_change_date(floor, legislation, education)
