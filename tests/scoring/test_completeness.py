"""Verdicts judged on what is known: completeness beside them, evidence weighed.

Properties of issue 15: supplying a missing field that answers a question favourably never
makes a verdict worse; a favourable agency verdict never lowers the eindoordeel.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess
from beleidskompas.model.proposal import Proposal, Uitvoeringstoets
from beleidskompas.testing.strategies import proposals

DV_ORDER = ("doenlijk", "doenlijk_mits", "niet_doenlijk")
UV_ORDER = ("uitvoerbaar", "uitvoerbaar_mits", "niet_uitvoerbaar")

# (section of the proposal, field, the favourable answer): answers that make no rule fire
FAVOURABLE: list[tuple[tuple[str, ...], Any]] = [
    (("delivery", "help", "personal"), True),
    (("delivery", "help", "non_digital"), True),
    (("delivery", "tested_with_target_group"), True),
    (("delivery", "hardship_clause"), True),
    (("delivery", "requires_digid"), False),
    (("implementation", "dpia_done"), True),
    (("implementation", "enforcement_plan"), True),
    (("implementation", "evaluation_planned"), True),
    (("implementation", "fraud_risk"), "low"),
    (("implementation", "new_data_exchange"), False),
    (("implementation", "decentralised", "funded"), True),
    (("implementation", "decentralised", "udo_done"), True),
]


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> bool:
    """Set ``path`` in nested dicts when it is unknown; whether anything changed."""
    node = data
    for key in path[:-1]:
        node = node[key]  # delivery, help, implementation, decentralised always exist
    if node.get(path[-1]) is not None:
        return False
    node[path[-1]] = value
    return True


@settings(max_examples=60, deadline=None)
@given(proposals(), st.sampled_from(range(len(FAVOURABLE))))
def test_a_favourable_answer_never_makes_a_verdict_worse(proposal: Proposal, pick: int) -> None:
    path, value = FAVOURABLE[pick]
    data = proposal.model_dump()
    if not _set(data, path, value):
        return
    before = assess(proposal, intervals=False)
    after = assess(Proposal.model_validate(data), intervals=False)
    assert before.doenvermogen and after.doenvermogen
    assert before.uitvoerbaarheid and after.uitvoerbaarheid
    assert DV_ORDER.index(after.doenvermogen.verdict) <= DV_ORDER.index(before.doenvermogen.verdict)
    assert UV_ORDER.index(after.uitvoerbaarheid.verdict) <= UV_ORDER.index(
        before.uitvoerbaarheid.verdict
    )
    # and it never lowers completeness
    assert after.uitvoerbaarheid.completeness >= before.uitvoerbaarheid.completeness - 1e-12
    assert after.doenvermogen.completeness >= before.doenvermogen.completeness - 1e-12


@settings(max_examples=60, deadline=None)
@given(proposals(), st.booleans())
def test_a_favourable_agency_verdict_never_lowers_the_eindoordeel(
    proposal: Proposal, all_implementers: bool
) -> None:
    implementers = proposal.implementation.implementers or []
    if not implementers:
        return
    toets = Uitvoeringstoets(done=True, verdict="uitvoerbaar")
    changed = [
        i.model_copy(update={"uitvoeringstoets": toets}) if all_implementers or n == 0 else i
        for n, i in enumerate(implementers)
    ]
    with_toets = proposal.model_copy(
        update={
            "implementation": proposal.implementation.model_copy(update={"implementers": changed})
        }
    )
    before = assess(proposal, intervals=False).uitvoerbaarheid
    after = assess(with_toets, intervals=False).uitvoerbaarheid
    assert before and after
    assert UV_ORDER.index(after.verdict) <= UV_ORDER.index(before.verdict)
    if all_implementers:
        assert (after.verdict, after.verdict_basis) == ("uitvoerbaar", "agency")
