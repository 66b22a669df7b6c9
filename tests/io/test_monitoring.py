"""A proposal's ``monitoring`` is checked against the data set: every id known, with a hint."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from beleidskompas.errors import InputError
from beleidskompas.io.monitoring import check_monitoring
from beleidskompas.io.series_set import default_data_set
from beleidskompas.model.proposal import Proposal


def test_known_indicators_and_groups_pass(make_proposal: Callable[..., Proposal]) -> None:
    target = {"indicator": "poverty_share", "direction": "down", "groups": ["precariaat"]}
    # a group without values for the indicator is no error: the plan reports it as no_data
    check_monitoring(make_proposal({"monitoring": [target]}), default_data_set())


def test_every_unknown_id_is_a_problem_at_its_place(make_proposal: Callable[..., Proposal]) -> None:
    targets = [
        {"indicator": "armoede", "direction": "down"},
        {
            "indicator": "unemployment_rate",
            "direction": "down",
            "groups": ["zonder", "nietwesters"],
        },
    ]
    proposal = make_proposal({"id": "twee-fouten", "monitoring": targets})
    with pytest.raises(InputError) as info:
        check_monitoring(proposal, default_data_set())
    assert info.value.file == "<proposal twee-fouten>"
    first, second = info.value.problems
    assert first.loc == ("monitoring", 0, "indicator")
    assert second.loc == ("monitoring", 1, "groups", 1)
    assert "did you mean 'niet_westers'" in second.message.en
    assert "monitor/groups.yaml" in second.message.en
