"""assess_many: the same results as assess() one by one, serially and in processes."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas.analysis.batch import FIGURES, assess_many, headline
from beleidskompas.api import assess, load_proposal
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.rules.values import with_values

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FILES = sorted(p for p in EXAMPLES.glob("*.yaml"))
TOLERANCE = 1e-12


def _proposals() -> list[Proposal]:
    return [load_proposal(p) for p in FILES]


PROPOSALS = _proposals()


def _numbers(a: Any, b: Any, where: str = "") -> list[str]:
    """Where two dumped results differ: numbers by more than 1e-12, anything else at all."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return [f"{where}: keys {sorted(a)} != {sorted(b)}"]
        return [d for k in a for d in _numbers(a[k], b[k], f"{where}.{k}")]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{where}: lengths {len(a)} != {len(b)}"]
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in _numbers(x, y, f"{where}[{i}]")
        ]
    if isinstance(a, float) and isinstance(b, (int, float)) and not isinstance(b, bool):
        return (
            []
            if math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE)
            else [f"{where}: {a} != {b}"]
        )
    return [] if a == b else [f"{where}: {a!r} != {b!r}"]


@settings(max_examples=15)
@given(picked=st.lists(st.sampled_from(range(len(PROPOSALS))), min_size=1, max_size=6))
def test_many_equals_one_by_one(rules: RuleSet, picked: list[int]) -> None:
    proposals = [PROPOSALS[i] for i in picked]
    batch = assess_many(proposals, rules, intervals=False)
    assert len(batch) == len(proposals)
    for proposal, result in zip(proposals, batch, strict=True):
        single = assess(proposal, rules, intervals=False)
        assert _numbers(result.model_dump(), single.model_dump()) == []


@settings(max_examples=10)
@given(data=st.data())
def test_parameter_rows_equal_assess_on_a_rule_set_with_those_values(
    rules: RuleSet, data: st.DataObject
) -> None:
    inferred = rules.inferred()
    proposal = PROPOSALS[data.draw(st.sampled_from(range(len(PROPOSALS))))]
    rows = []
    for _ in range(data.draw(st.integers(1, 4))):
        keys = data.draw(st.lists(st.sampled_from(inferred), min_size=1, max_size=5, unique=True))
        factor = data.draw(st.floats(0.8, 1.2))
        rows.append({k: rules.parameters[k].value * factor for k in keys})
    batch = assess_many(proposal, rules, parameters=rows)
    for row, result in zip(rows, batch, strict=True):
        single = assess(proposal, with_values(rules, row))
        assert _numbers(result.model_dump(), single.model_dump()) == []


def test_processes_give_the_serial_result(rules: RuleSet) -> None:
    proposals = PROPOSALS[:6]
    serial = assess_many(proposals, rules, intervals=False)
    seen: list[int] = []
    parallel = assess_many(proposals, rules, intervals=False, jobs=2, progress=seen.append)
    assert [a.model_dump() for a in parallel] == [a.model_dump() for a in serial]
    assert sum(seen) == len(proposals)


def test_progress_counts_every_assessment(rules: RuleSet) -> None:
    seen: list[int] = []
    assess_many(PROPOSALS[:3], rules, intervals=False, progress=seen.append)
    assert seen == [1, 1, 1]


def test_rows_and_proposals_must_pair_up(rules: RuleSet) -> None:
    key = "scoring.doenvermogen.scale"
    rows = [{key: 10.0}, {key: 20.0}, {key: 30.0}]
    with pytest.raises(ValueError, match="2 proposals and 3 parameter rows"):
        assess_many(PROPOSALS[:2], rules, parameters=rows)
    paired = assess_many(PROPOSALS[:3], rules, parameters=rows, intervals=False)
    for proposal, row, result in zip(PROPOSALS[:3], rows, paired, strict=True):
        assert (
            result.model_dump()
            == assess(proposal, with_values(rules, row), intervals=False).model_dump()
        )


def test_bad_arguments_fail_before_any_work(rules: RuleSet) -> None:
    with pytest.raises(KeyError, match=r"no\.such"):
        assess_many(PROPOSALS[0], rules, parameters=[{"no.such": 1.0}])
    with pytest.raises(ValueError, match="finite"):
        assess_many(PROPOSALS[0], rules, parameters=[{"scoring.doenvermogen.scale": math.nan}])
    with pytest.raises(ValueError, match="jobs"):
        assess_many(PROPOSALS[:2], rules, jobs=0)
    with pytest.raises(TypeError, match="Proposal"):
        assess_many(["x.yaml"], rules)  # type: ignore[list-item]


def test_headline_figures_by_hand(rules: RuleSet) -> None:
    result = assess(PROPOSALS[0], rules, intervals=False)
    figures = headline(result)
    assert set(FIGURES) <= set(figures)
    summary = result.class_impact.summary if result.class_impact else None
    assert summary is not None and result.doenvermogen and result.uitvoerbaarheid
    assert figures["doenbaarheid"] == result.doenvermogen.score
    assert figures["gap_change"] == summary.gap_after - summary.gap_before
    assert figures["gains_bottom"] == summary.gains.total * (summary.gains.share_bottom or 0.0)
    assert figures["uitvoerbaarheid"] == result.uitvoerbaarheid.score


def test_the_public_functions(rules: RuleSet) -> None:
    import beleidskompas as bk

    figures = bk.assess_many(PROPOSALS[:2], rules, intervals=False, reduce=headline)
    assert figures == [headline(assess(p, rules, intervals=False)) for p in PROPOSALS[:2]]
    changed = bk.with_values(rules, {"scoring.doenvermogen.scale": 12.0})
    assert changed.parameters["scoring.doenvermogen.scale"].value == 12.0
    with pytest.raises(TypeError, match="RuleSet"):
        bk.assess_many(PROPOSALS[:1], "rules/")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="epsilon"):
        bk.assess_many(PROPOSALS[:1], rules, epsilon=-1)
