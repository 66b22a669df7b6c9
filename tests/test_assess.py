"""The pipeline: invariants, determinism, provenance and errors of ``assess``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings

from beleidskompas import InputError, assess, load_proposal
from beleidskompas.model.proposal import Proposal
from beleidskompas.pipeline import parameters_used, proposal_sha256
from beleidskompas.report.jsonout import render_json
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.testing import check_invariants, take_ups
from beleidskompas.testing.strategies import proposals

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PROPOSAL_FILES = sorted(
    p
    for p in EXAMPLES.rglob("*.yaml")
    if p.name != "observed.yaml"  # observed: not a proposal
)


@settings(max_examples=40)
@given(proposals())
def test_every_generated_proposal_meets_the_invariants(proposal: Proposal) -> None:
    check_invariants(assess(proposal))


@settings(max_examples=20)
@given(proposals())
def test_english_and_dutch_differ_only_in_words(proposal: Proposal) -> None:
    nl, en = assess(proposal, lang="nl"), assess(proposal, lang="en")
    assert nl.doenvermogen is not None
    assert en.doenvermogen is not None
    assert nl.doenvermogen.score == en.doenvermogen.score
    assert [f.rule for f in nl.findings()] == [f.rule for f in en.findings()]
    assert take_ups(nl) == take_ups(en)
    assert en.lang == "en"


@pytest.mark.parametrize("path", PROPOSAL_FILES, ids=lambda p: p.stem)
def test_every_example_meets_the_invariants(path: Path) -> None:
    check_invariants(assess(load_proposal(path)))


def test_json_report_of_the_benign_base(make_proposal: Callable[..., Proposal]) -> None:
    # The key-by-key contract of DESIGN §8 is checked in tests/report/test_renderers.py;
    # here the values for the benign base, which are known by hand.
    data = json.loads(render_json(assess(make_proposal())))
    assert data["schema_version"] == 1
    assert data["proposal"] == {
        "id": "test-benign",
        "title": "Goed ontworpen maatregel (testbasis)",
    }
    # amvb published 2024-06-01: + 2 months = 2024-08-01 → next 1 Jan / 1 Jul = 2025-01-01
    assert data["uitvoerbaarheid"]["earliest_feasible_date"] == "2025-01-01"
    assert "trace" not in data  # only with --explain


def test_json_is_deterministic(make_proposal: Callable[..., Proposal]) -> None:
    path = EXAMPLES / "options" / "koopkrachttoeslag-aanvraag.yaml"
    assert render_json(assess(load_proposal(path))) == render_json(assess(load_proposal(path)))
    assert render_json(assess(make_proposal())) == render_json(assess(make_proposal()))


def test_input_hash_ignores_the_file_layout(tmp_path: Path) -> None:
    # The same proposal as YAML and as (differently ordered, indented) JSON hashes the same.
    source = EXAMPLES / "options" / "koopkrachttoeslag-automatisch.yaml"
    proposal = load_proposal(source)
    as_json = tmp_path / "same.json"
    data = proposal.model_dump(mode="json", exclude_none=True)
    as_json.write_text(json.dumps(dict(reversed(list(data.items()))), indent=4), "utf-8")
    again = load_proposal(as_json)
    assert proposal_sha256(again) == proposal_sha256(proposal)
    assert len(proposal_sha256(proposal)) == 64
    a, b = assess(proposal), assess(again)
    assert a.provenance.input_sha256 == b.provenance.input_sha256 == proposal_sha256(proposal)
    # a different proposal hashes differently
    other = proposal.model_copy(update={"title": "Anders"})
    assert proposal_sha256(other) != proposal_sha256(proposal)


def test_provenance(rules: RuleSet, make_proposal: Callable[..., Proposal]) -> None:
    proposal = make_proposal()
    result = assess(proposal)
    p = result.provenance
    assert p.ruleset.id == rules.id
    assert p.ruleset.version == rules.version
    assert p.ruleset.sha256 == rules.sha256
    # the inferred parameters an assessment leaned on: sorted, and all tagged inferred
    assert p.inferred_parameters == sorted(p.inferred_parameters)
    for name in p.inferred_parameters:
        if name.startswith("rules."):
            assert rules.rule(name.split(".")[1]).rule.weights.provenance == "inferred"
        else:
            assert rules.parameters[name].provenance == "inferred"
    # the benign proposal uses the svb's minor IT lead time (default.minor, inferred)
    assert "lead_times.default.minor" in p.inferred_parameters
    used = parameters_used(proposal, rules, [], "automatic")
    assert "takeup.base_non_take_up.automatic" in used
    assert "classes.precariaat.attributes.low_income" in used


def test_explicit_reach_does_not_lean_on_attribute_shares(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    proposal = make_proposal({"target_group": {"criteria": [], "reach": {"precariaat": 1}}})
    used = parameters_used(proposal, rules, [], "automatic")
    assert not any(".attributes." in name for name in used)


def test_negative_epsilon_is_refused(make_proposal: Callable[..., Proposal]) -> None:
    with pytest.raises(ValueError, match="epsilon"):
        assess(make_proposal(), epsilon=-0.1)


def test_epsilon_reaches_the_summary(make_proposal: Callable[..., Proposal]) -> None:
    impact = assess(make_proposal(), epsilon=0.0).class_impact
    assert impact is not None
    assert impact.summary.epsilon == 0.0
    assert impact.summary.atkinson_before == 0.0  # eps = 0 means no inequality aversion
    impact2 = assess(make_proposal(), epsilon=2.0).class_impact
    assert impact2 is not None
    assert impact2.summary.atkinson_before > 0.0


@pytest.mark.parametrize(
    "fragment",
    [
        {"target_group": {"criteria": ["low_incme"]}},
        {"target_group": {"criteria": [], "reach": {"precariat": 1}}},
    ],
)
def test_unknown_ids_are_input_errors(
    make_proposal: Callable[..., Proposal], fragment: dict[str, object]
) -> None:
    with pytest.raises(InputError) as info:
        assess(make_proposal(fragment))
    # the message suggests the id that was meant
    assert "low_income" in str(info.value) or "precariaat" in str(info.value)


def test_trace_explains_the_figures(make_proposal: Callable[..., Proposal]) -> None:
    result = assess(make_proposal())
    assert result.trace
    assert all(step.section and step.figure for step in result.trace)


def test_assessment_figure_paths(make_proposal: Callable[..., Proposal]) -> None:
    result = assess(make_proposal())
    assert result.figure("doenvermogen.score") == 100
    assert result.figure("class_impact.classes.precariaat.reach") == pytest.approx(0.55)
    assert result.figure("class_impact.classes.nobody.reach") is None
    assert result.figure("doenvermogen.score.deeper") is None
