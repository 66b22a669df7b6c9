"""Warnings about valid proposals: dates in an impossible order, planned dates in the past."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from beleidskompas import api
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.warnings import proposal_warnings

TODAY = dt.date(2026, 12, 2)


def _with_dates(make_proposal: Callable[..., Proposal], **dates: Any) -> Proposal:
    return make_proposal({"implementation": dates})


def test_dates_in_order_and_ahead_give_no_warning(make_proposal: Callable[..., Proposal]) -> None:
    proposal = _with_dates(
        make_proposal,
        decision_date=dt.date(2027, 1, 1),
        publication_date=dt.date(2027, 3, 1),
        entry_into_force=dt.date(2027, 7, 1),
    )
    assert proposal_warnings(proposal, TODAY) == []


def test_each_impossible_order_is_named(make_proposal: Callable[..., Proposal]) -> None:
    # publication before decision, entry before publication and before decision
    proposal = _with_dates(
        make_proposal,
        decision_date=dt.date(2027, 6, 1),
        publication_date=dt.date(2027, 5, 1),
        entry_into_force=dt.date(2027, 4, 1),
    )
    locs = [loc for loc, _ in proposal_warnings(proposal, TODAY)]
    assert locs == [
        ("implementation", "publication_date"),
        ("implementation", "entry_into_force"),
        ("implementation", "entry_into_force"),
    ]


def test_a_planned_date_in_the_past_warns_but_a_past_decision_does_not(
    make_proposal: Callable[..., Proposal],
) -> None:
    proposal = _with_dates(
        make_proposal,
        decision_date=dt.date(2026, 1, 1),
        publication_date=dt.date(2026, 6, 1),
        entry_into_force=dt.date(2027, 1, 1),
    )
    found = proposal_warnings(proposal, TODAY)
    assert [loc for loc, _ in found] == [("implementation", "publication_date")]
    assert "1 juni 2026" in found[0][1].nl and "2 December 2026" in found[0][1].en


@given(st.lists(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)), min_size=3, max_size=3))
def test_sorted_future_dates_never_warn(days: list[dt.date]) -> None:
    decision, publication, entry = sorted(days)
    proposal = Proposal.model_validate(
        {
            "id": "x",
            "title": "x",
            "effects": [],
            "target_group": {},
            "implementation": {
                "decision_date": decision,
                "publication_date": publication,
                "entry_into_force": entry,
            },
        }
    )
    assert proposal_warnings(proposal, min(days)) == []


def test_cli_validate_prints_warnings_with_positions_and_exits_0(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "id: p\ntitle: P\neffects: []\ntarget_group: {}\nimplementation:\n"
        "  publication_date: 2020-05-01\n  decision_date: 2020-06-01\n",
        encoding="utf-8",
    )
    result = cli("validate", path)
    assert result.code == 0
    lines = result.stderr.splitlines()
    assert f"{path}:6:21: implementation.publication_date: waarschuwing:" in lines[0]
    assert all(line.startswith(f"{path}:6:21:") for line in lines)  # both about line 6
    assert len(lines) == 2  # before the decision, and in the past


def test_library_warnings_carry_positions(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        '{"id": "p", "title": "P", "effects": [], "target_group": {},\n'
        ' "implementation": {"entry_into_force": "2030-01-01",\n'
        '  "publication_date": "2031-01-01"}}',
        encoding="utf-8",
    )
    (warning,) = api.check_file(path, today=TODAY)
    assert (warning.line, warning.loc) == (2, ("implementation", "entry_into_force"))
