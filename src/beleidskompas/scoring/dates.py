"""Calendar arithmetic for entry into force: months, fixed change dates, the earliest date.

Pure functions; which dates are change dates and how many months must lie between
publication and entry into force are rule-set data (``instruments.yaml``, Aanwijzing voor
de regelgeving 4.17), passed in here as ``MM-DD`` strings and whole months.

Months are calendar months with end-of-month clamping: 31 August + 2 months = 31 October,
30 November + 3 months = 28 February (29 in a leap year). Entry into force exactly on
publication + N months meets the minimum. Dates outside the range of
:class:`datetime.date` raise ``ValueError``.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import MAXYEAR, MINYEAR, date

MONTHS_PER_YEAR = 12


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the end of the target month."""
    index = day.year * MONTHS_PER_YEAR + (day.month - 1) + months
    year, month0 = divmod(index, MONTHS_PER_YEAR)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"{day.isoformat()} + {months} months lies outside the calendar")
    month = month0 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def month_day(text: str) -> tuple[int, int]:
    """``"07-01"`` → ``(7, 1)``."""
    month, _, dom = text.partition("-")
    return int(month), int(dom)


def is_change_date(day: date, change_dates: Sequence[str] | None) -> bool:
    """Whether ``day`` is one of the change dates (always true without fixed dates)."""
    return change_dates is None or f"{day.month:02d}-{day.day:02d}" in change_dates


def next_change_date(day: date, change_dates: Sequence[str] | None) -> date:
    """The first change date on or after ``day`` (``day`` itself when it is one)."""
    if change_dates is None:
        return day
    pairs = sorted(month_day(d) for d in change_dates)
    for year in (day.year, day.year + 1):
        if year > MAXYEAR:
            break
        for month, dom in pairs:
            candidate = date(year, month, dom)
            if candidate >= day:
                return candidate
    raise ValueError(f"no change date on or after {day.isoformat()} within the calendar")


def earliest_entry_into_force(
    publication: date,
    *,
    change_dates: Sequence[str] | None,
    minimum_months: int,
    not_before: date | None = None,
) -> date:
    """The first change date on or after both ``publication`` + ``minimum_months`` and
    ``not_before`` (e.g. the day an implementer's IT change can be ready)."""
    floor = add_months(publication, minimum_months)
    if not_before is not None and not_before > floor:
        floor = not_before
    return next_change_date(floor, change_dates)
