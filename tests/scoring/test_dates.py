"""Aanwijzing 4.17: fixed change dates and the minimum lead time.

The calendar arithmetic is ``scoring/dates.py``; the dates and months themselves are data in
``rules/uitvoerbaarheid/instruments.yaml``. The helpers below ask the default rule set for an
instrument's rules, so the hand-derived cases check the data against the aanwijzing's table
as much as the arithmetic.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beleidskompas.model.proposal import EducationSector, Legislation
from beleidskompas.rules.default import default_ruleset
from beleidskompas.scoring import dates
from beleidskompas.scoring.dates import add_months, month_day

LEGISLATIONS: tuple[Legislation, ...] = get_args(Legislation)


def change_dates(
    legislation: Legislation, education: EducationSector = "none"
) -> tuple[tuple[int, int], ...] | None:
    """The instrument's change dates as (month, day) pairs, from the default rule set."""
    entry = default_ruleset().instruments.instruments[legislation]
    found = entry.education_change_dates.get(education, entry.change_dates)
    return None if found is None else tuple(month_day(d) for d in found)


def _dates(legislation: Legislation, education: EducationSector) -> list[str] | None:
    entry = default_ruleset().instruments.instruments[legislation]
    return entry.education_change_dates.get(education, entry.change_dates)


def is_change_date(
    day: date, legislation: Legislation, education: EducationSector = "none"
) -> bool:
    return dates.is_change_date(day, _dates(legislation, education))


def next_change_date(
    day: date, legislation: Legislation, education: EducationSector = "none"
) -> date:
    return dates.next_change_date(day, _dates(legislation, education))


def minimum_lead_months(decentral: bool, legislation: Legislation = "wet") -> int:
    entry = default_ruleset().instruments.instruments[legislation]
    param = entry.decentral_lead_months if decentral else entry.minimum_lead_months
    return 0 if param is None else int(param.value)  # no minimum binds the instrument


def earliest_entry_into_force(
    publication: date,
    legislation: Legislation,
    *,
    decentral: bool = False,
    education: EducationSector = "none",
    not_before: date | None = None,
) -> date:
    return dates.earliest_entry_into_force(
        publication,
        change_dates=_dates(legislation, education),
        minimum_months=minimum_lead_months(decentral, legislation),
        not_before=not_before,
    )


SECTORS: tuple[EducationSector, ...] = get_args(EducationSector)

# ----------------------------------------------------------------------------- add_months


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        # 10 May + 2 months: day 10 exists in July -> 10 July.
        (date(2024, 5, 10), 2, date(2024, 7, 10)),
        # 31 Aug + 2 months: October has 31 days -> 31 October (no clamping needed).
        (date(2024, 8, 31), 2, date(2024, 10, 31)),
        # 31 Aug + 1 month: September has 30 days -> clamped to 30 September.
        (date(2024, 8, 31), 1, date(2024, 9, 30)),
        # 30 Nov 2024 + 3 months -> February 2025; 2025 is not a leap year -> 28 Feb.
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        # 30 Nov 2023 + 3 months -> February 2024; 2024 is a leap year -> 29 Feb.
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        # 31 Dec 2027 + 2 months -> February 2028; 2028 is a leap year -> 29 Feb.
        (date(2027, 12, 31), 2, date(2028, 2, 29)),
        # 31 Dec 2099 + 2 months -> February 2100; 2100 is divisible by 100 but not by 400,
        # so not a leap year -> 28 Feb.
        (date(2099, 12, 31), 2, date(2100, 2, 28)),
        # 29 Feb 2024 + 12 months -> February 2025 has 28 days -> 28 Feb 2025.
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        # 15 Nov + 3 months crosses the year: Nov -> Dec -> Jan -> Feb, day 15 exists.
        (date(2024, 11, 15), 3, date(2025, 2, 15)),
        # 0 months: unchanged.
        (date(2024, 6, 1), 0, date(2024, 6, 1)),
        # negative months: 31 March - 1 month -> February 2024 (leap) -> 29 Feb.
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        # 15 Jan 2025 - 3 months crosses back into 2024: Oct 15.
        (date(2025, 1, 15), -3, date(2024, 10, 15)),
    ],
)
def test_add_months_hand_derived(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_add_months_outside_calendar_raises() -> None:
    with pytest.raises(ValueError, match="outside the calendar"):
        add_months(date(9999, 12, 1), 1)
    with pytest.raises(ValueError, match="outside the calendar"):
        add_months(date(1, 1, 1), -1)


# ----------------------------------------------------------------------------- change_dates


def test_change_dates_per_vehicle_and_sector() -> None:
    # Straight from the table in Ar 4.17.
    assert change_dates("wet") == ((1, 1), (7, 1))
    assert change_dates("amvb") == ((1, 1), (7, 1))
    assert change_dates("ministeriele_regeling") == ((1, 1), (4, 1), (7, 1), (10, 1))
    assert change_dates("wet", "funderend_mbo") == ((1, 1), (8, 1))
    assert change_dates("amvb", "funderend_mbo") == ((1, 1), (8, 1))
    assert change_dates("ministeriele_regeling", "funderend_mbo") == (
        (1, 1),
        (4, 1),
        (8, 1),
        (10, 1),
    )
    assert change_dates("wet", "hoger_onderwijs") == ((1, 1), (9, 1))
    assert change_dates("amvb", "hoger_onderwijs") == ((1, 1), (9, 1))
    assert change_dates("ministeriele_regeling", "hoger_onderwijs") == (
        (1, 1),
        (4, 1),
        (9, 1),
        (10, 1),
    )
    for sector in SECTORS:
        assert change_dates("beleidsregel", sector) is None
        assert change_dates("none", sector) is None


@pytest.mark.parametrize(
    ("day", "legislation", "education", "expected"),
    [
        # 1 July is a wet/amvb date in general ...
        (date(2025, 7, 1), "wet", "none", True),
        # ... but not for funderend onderwijs/mbo (1 Aug instead) ...
        (date(2025, 7, 1), "wet", "funderend_mbo", False),
        (date(2025, 8, 1), "amvb", "funderend_mbo", True),
        # ... nor for hoger onderwijs (1 Sep instead).
        (date(2025, 7, 1), "amvb", "hoger_onderwijs", False),
        (date(2025, 9, 1), "wet", "hoger_onderwijs", True),
        # 1 April is a regeling date, never a wet date.
        (date(2025, 4, 1), "ministeriele_regeling", "none", True),
        (date(2025, 4, 1), "wet", "none", False),
        # 2 January is the day after a change date: not one itself.
        (date(2025, 1, 2), "ministeriele_regeling", "none", False),
        # 1 October is a regeling date in every sector.
        (date(2025, 10, 1), "ministeriele_regeling", "hoger_onderwijs", True),
        (date(2025, 10, 1), "ministeriele_regeling", "funderend_mbo", True),
        # Without fixed dates every day counts.
        (date(2025, 3, 17), "beleidsregel", "none", True),
        (date(2025, 3, 17), "none", "hoger_onderwijs", True),
    ],
)
def test_is_change_date_hand_derived(
    day: date, legislation: Legislation, education: EducationSector, expected: bool
) -> None:
    assert is_change_date(day, legislation, education) is expected


@pytest.mark.parametrize(
    ("day", "legislation", "education", "expected"),
    [
        # A change date itself is returned unchanged.
        (date(2025, 1, 1), "wet", "none", date(2025, 1, 1)),
        (date(2025, 7, 1), "amvb", "none", date(2025, 7, 1)),
        # 2 July: the July date has passed -> next 1 January.
        (date(2025, 7, 2), "wet", "none", date(2026, 1, 1)),
        # 31 December: the only later date is next year's 1 January.
        (date(2025, 12, 31), "ministeriele_regeling", "none", date(2026, 1, 1)),
        # 2 April: regelingen -> 1 July.
        (date(2025, 4, 2), "ministeriele_regeling", "none", date(2025, 7, 1)),
        # 2 July, funderend/mbo regeling -> 1 August (instead of 1 October).
        (date(2025, 7, 2), "ministeriele_regeling", "funderend_mbo", date(2025, 8, 1)),
        # 2 August, hoger onderwijs wet -> 1 September.
        (date(2025, 8, 2), "wet", "hoger_onderwijs", date(2025, 9, 1)),
        # 2 September, hoger onderwijs wet -> next 1 January.
        (date(2025, 9, 2), "wet", "hoger_onderwijs", date(2026, 1, 1)),
        # Beleidsregel: the day itself.
        (date(2025, 3, 17), "beleidsregel", "none", date(2025, 3, 17)),
    ],
)
def test_next_change_date_hand_derived(
    day: date, legislation: Legislation, education: EducationSector, expected: date
) -> None:
    assert next_change_date(day, legislation, education) == expected


def test_next_change_date_past_the_calendar_raises() -> None:
    with pytest.raises(ValueError, match="within the calendar"):
        next_change_date(date(9999, 7, 2), "wet")


def test_minimum_lead_months() -> None:
    assert minimum_lead_months(False) == 2
    assert minimum_lead_months(True) == 3


# ------------------------------------------------------------------ earliest entry into force


@pytest.mark.parametrize(
    ("publication", "legislation", "decentral", "education", "not_before", "expected"),
    [
        # Acceptance: regeling published 10 May 2024; +2 months = 10 Jul 2024; 1 Jul has
        # passed, next quarter date is 1 Oct 2024.
        (date(2024, 5, 10), "ministeriele_regeling", False, "none", None, date(2024, 10, 1)),
        # Acceptance: wet with a municipal task published 15 Nov 2024; +3 months =
        # 15 Feb 2025; next wet date on or after that is 1 Jul 2025.
        (date(2024, 11, 15), "wet", True, "none", None, date(2025, 7, 1)),
        # The same wet without decentral involvement: +2 = 15 Jan 2025 -> 1 Jul 2025 too.
        (date(2024, 11, 15), "wet", False, "none", None, date(2025, 7, 1)),
        # Benign test base: amvb published 1 Jun 2024; +2 = 1 Aug 2024 -> 1 Jan 2025.
        (date(2024, 6, 1), "amvb", False, "none", None, date(2025, 1, 1)),
        # Publication exactly 2 months before a change date: 1 May + 2 = 1 Jul, which is
        # itself a change date and is allowed.
        (date(2024, 5, 1), "wet", False, "none", None, date(2024, 7, 1)),
        # One day later misses it: 2 May + 2 = 2 Jul -> 1 Jan 2025.
        (date(2024, 5, 2), "wet", False, "none", None, date(2025, 1, 1)),
        # Exactly 3 months with decentral involvement: 1 Oct + 3 = 1 Jan 2025, allowed.
        (date(2024, 10, 1), "amvb", True, "none", None, date(2025, 1, 1)),
        # ... while 2 Oct + 3 = 2 Jan 2025 -> 1 Jul 2025.
        (date(2024, 10, 2), "amvb", True, "none", None, date(2025, 7, 1)),
        # Month end with clamping: regeling published 31 Jul 2024; +2 = 30 Sep 2024
        # (September has 30 days) -> 1 Oct 2024.
        (date(2024, 7, 31), "ministeriele_regeling", False, "none", None, date(2024, 10, 1)),
        # Month end into a leap February: 31 Dec 2027 + 2 = 29 Feb 2028 -> regeling 1 Apr 2028.
        (date(2027, 12, 31), "ministeriele_regeling", False, "none", None, date(2028, 4, 1)),
        # Non-leap 2100: 30 Nov 2099 + 3 = 28 Feb 2100 -> regeling 1 Apr 2100.
        (date(2099, 11, 30), "ministeriele_regeling", True, "none", None, date(2100, 4, 1)),
        # Leap-day publication: 29 Feb 2024 + 2 = 29 Apr 2024 -> regeling 1 Jul 2024.
        (date(2024, 2, 29), "ministeriele_regeling", False, "none", None, date(2024, 7, 1)),
        # Funderend/mbo wet: 1 Jun 2025 + 2 = 1 Aug 2025, which is the sector's date.
        (date(2025, 6, 1), "wet", False, "funderend_mbo", None, date(2025, 8, 1)),
        # Funderend/mbo regeling: 15 Apr 2025 + 2 = 15 Jun -> 1 Aug (not 1 Jul).
        (
            date(2025, 4, 15),
            "ministeriele_regeling",
            False,
            "funderend_mbo",
            None,
            date(2025, 8, 1),
        ),
        # Hoger onderwijs amvb: 2 Jun 2025 + 2 = 2 Aug -> 1 Sep 2025.
        (date(2025, 6, 2), "amvb", False, "hoger_onderwijs", None, date(2025, 9, 1)),
        # Hoger onderwijs regeling, decentral: 1 Jun + 3 = 1 Sep, the sector's date.
        (
            date(2025, 6, 1),
            "ministeriele_regeling",
            True,
            "hoger_onderwijs",
            None,
            date(2025, 9, 1),
        ),
        # Beleidsregel: Ar 4.17 does not cover it: no fixed dates, no minimum, so the
        # publication day itself (published 20 Dec, in force 1 Jan is fine).
        (date(2024, 8, 31), "beleidsregel", False, "none", None, date(2024, 8, 31)),
        (date(2024, 12, 20), "beleidsregel", False, "none", None, date(2024, 12, 20)),
        # No legislation, decentral governments involved: still nothing but publication.
        (date(2024, 11, 30), "none", True, "none", None, date(2024, 11, 30)),
        # Municipal, provincial and water-board instruments: outside the Aanwijzingen.
        (date(2025, 3, 17), "gemeentelijke_verordening", False, "none", None, date(2025, 3, 17)),
        (date(2025, 3, 17), "collegebesluit", True, "none", None, date(2025, 3, 17)),
        (date(2025, 3, 17), "provinciale_verordening", False, "none", None, date(2025, 3, 17)),
        (date(2025, 3, 17), "waterschapsverordening", True, "none", None, date(2025, 3, 17)),
        # not_before later than the minimum: IT ready 15 Mar 2026 -> wet 1 Jul 2026.
        (date(2024, 6, 1), "wet", False, "none", date(2026, 3, 15), date(2026, 7, 1)),
        # not_before exactly on a change date is itself allowed.
        (date(2024, 6, 1), "wet", False, "none", date(2026, 1, 1), date(2026, 1, 1)),
        # not_before earlier than the minimum has no effect: 1 Jun + 2 = 1 Aug -> 1 Jan 2025.
        (date(2024, 6, 1), "amvb", False, "none", date(2024, 7, 1), date(2025, 1, 1)),
        # Beleidsregel with not_before: the later of the two, unchanged.
        (date(2024, 6, 1), "beleidsregel", False, "none", date(2025, 3, 17), date(2025, 3, 17)),
    ],
)
def test_earliest_entry_into_force_hand_derived(
    publication: date,
    legislation: Legislation,
    decentral: bool,
    education: EducationSector,
    not_before: date | None,
    expected: date,
) -> None:
    got = earliest_entry_into_force(
        publication, legislation, decentral=decentral, education=education, not_before=not_before
    )
    assert got == expected


# ----------------------------------------------------------------------------- properties

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
legislations = st.sampled_from(LEGISLATIONS)
sectors = st.sampled_from(SECTORS)


@given(day=days, months=st.integers(min_value=-1200, max_value=1200))
def test_add_months_lands_in_the_right_month_and_never_overshoots(day: date, months: int) -> None:
    got = add_months(day, months)
    index = day.year * 12 + day.month - 1 + months
    assert (got.year, got.month - 1) == divmod(index, 12)
    last = calendar.monthrange(got.year, got.month)[1]
    # the same day of the month, or the month's last day when that day does not exist
    assert got.day == min(day.day, last)
    assert got.day <= day.day


@given(day=days, months=st.integers(min_value=0, max_value=1200))
def test_add_months_is_monotone(day: date, months: int) -> None:
    assert add_months(day, months) >= day
    assert add_months(day, months) <= add_months(day + timedelta(days=1), months)


@given(day=days, legislation=legislations, education=sectors)
def test_next_change_date_is_the_first_change_date(
    day: date, legislation: Legislation, education: EducationSector
) -> None:
    got = next_change_date(day, legislation, education)
    assert got >= day
    assert is_change_date(got, legislation, education)
    probe = day
    while probe < got:
        assert not is_change_date(probe, legislation, education)
        probe += timedelta(days=1)


@given(
    publication=days,
    legislation=legislations,
    education=sectors,
    decentral=st.booleans(),
    not_before=st.none() | days,
)
def test_earliest_entry_is_a_minimal_change_date_meeting_all_constraints(
    publication: date,
    legislation: Legislation,
    education: EducationSector,
    decentral: bool,
    not_before: date | None,
) -> None:
    got = earliest_entry_into_force(
        publication, legislation, decentral=decentral, education=education, not_before=not_before
    )
    minimum = add_months(publication, minimum_lead_months(decentral, legislation))
    # a change date for the vehicle ...
    assert is_change_date(got, legislation, education)
    # ... that leaves the minimum lead time and respects not_before ...
    assert got >= minimum
    if not_before is not None:
        assert got >= not_before
    # ... and no earlier day satisfies all of that.
    floor = max(minimum, not_before) if not_before is not None else minimum
    probe = floor
    while probe < got:
        assert not is_change_date(probe, legislation, education)
        probe += timedelta(days=1)


@given(publication=days, legislation=legislations, education=sectors)
def test_decentral_involvement_never_makes_entry_earlier(
    publication: date, legislation: Legislation, education: EducationSector
) -> None:
    plain = earliest_entry_into_force(publication, legislation, education=education)
    decentral = earliest_entry_into_force(
        publication, legislation, decentral=True, education=education
    )
    assert decentral >= plain


@given(publication=days, legislation=legislations, education=sectors, decentral=st.booleans())
def test_later_publication_never_makes_entry_earlier(
    publication: date, legislation: Legislation, education: EducationSector, decentral: bool
) -> None:
    today = earliest_entry_into_force(
        publication, legislation, decentral=decentral, education=education
    )
    tomorrow = earliest_entry_into_force(
        publication + timedelta(days=1), legislation, decentral=decentral, education=education
    )
    assert tomorrow >= today
