"""The pipeline: invariants, determinism, provenance, the trace, precision and errors."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import InputError, assess, load_proposal, render
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring.pipeline import proposal_sha256
from beleidskompas.testing import check_invariants, scale_effects
from beleidskompas.testing.strategies import proposals

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
PROPOSAL_FILES = sorted(
    p
    for p in EXAMPLES.rglob("*.yaml")
    if p.name not in {"observed.yaml", "international.yaml", "priors.yaml", "cv.yaml"}
    # the calibration's data files are not proposals
)


def _json(assessment: Assessment, lang: str = "nl") -> dict[str, object]:
    data: dict[str, object] = json.loads(render(assessment, "json", lang))  # type: ignore[arg-type]
    return data


@settings(max_examples=40)
@given(proposals())
def test_every_generated_proposal_meets_the_invariants(proposal: Proposal) -> None:
    check_invariants(assess(proposal))


@settings(max_examples=20)
@given(proposals())
def test_dutch_and_english_reports_differ_only_in_words(proposal: Proposal) -> None:
    result = assess(proposal)
    nl, en = _json(result, "nl"), _json(result, "en")
    assert nl["lang"] == "nl" and en["lang"] == "en"
    assert nl["doenvermogen"]["score"] == en["doenvermogen"]["score"]  # type: ignore[index]
    rules_nl = [f["rule"] for f in nl["doenvermogen"]["findings"]]  # type: ignore[index]
    rules_en = [f["rule"] for f in en["doenvermogen"]["findings"]]  # type: ignore[index]
    assert rules_nl == rules_en
    assert nl["class_impact"]["summary"] == en["class_impact"]["summary"]  # type: ignore[index]


@pytest.mark.parametrize("path", PROPOSAL_FILES, ids=lambda p: p.stem)
def test_every_example_meets_the_invariants(path: Path) -> None:
    check_invariants(assess(load_proposal(path)))


@pytest.mark.parametrize("path", PROPOSAL_FILES, ids=lambda p: p.stem)
def test_the_trace_lists_exactly_what_the_scorers_read(path: Path, rules: RuleSet) -> None:
    result = assess(load_proposal(path), trace=True)
    in_trace = {p.id for step in result.trace for p in step.parameters}
    read = set(result.provenance.parameters_read)
    assert in_trace == read
    # and the provenance list is exactly the inferred ones among them
    inferred = sorted(p for p in read if rules.provenance(p) == "inferred")
    assert result.provenance.inferred_parameters == inferred
    # reads are the same with the trace off
    untraced = assess(load_proposal(path))
    assert untraced.provenance.parameters_read == result.provenance.parameters_read
    assert untraced.trace == []


def test_json_report_of_the_benign_base(make_proposal: Callable[..., Proposal]) -> None:
    # The key-by-key contract is checked in tests/report/test_renderers.py; here the values
    # for the benign base, which are known by hand.
    data = _json(assess(make_proposal()))
    assert data["schema_version"] == 1
    assert data["proposal"] == {
        "id": "test-benign",
        "title": "Goed ontworpen maatregel (testbasis)",
    }
    # amvb published 2024-06-01: + 2 months = 2024-08-01 → next 1 Jan / 1 Jul = 2025-01-01
    assert data["uitvoerbaarheid"]["earliest_feasible_date"] == "2025-01-01"  # type: ignore[index]
    assert "trace" not in data  # only with --explain


def test_json_is_deterministic(make_proposal: Callable[..., Proposal]) -> None:
    path = EXAMPLES / "options" / "koopkrachttoeslag-aanvraag.yaml"
    assert render(assess(load_proposal(path)), "json") == render(
        assess(load_proposal(path)), "json"
    )
    assert render(assess(make_proposal()), "json") == render(assess(make_proposal()), "json")


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
    other = proposal.model_copy(update={"title": "Anders"})
    assert proposal_sha256(other) != proposal_sha256(proposal)


def test_provenance(rules: RuleSet, make_proposal: Callable[..., Proposal]) -> None:
    proposal = make_proposal()
    p = assess(proposal).provenance
    assert p.ruleset.id == rules.id
    assert p.ruleset.version == rules.version
    assert p.ruleset.sha256 == rules.sha256
    assert p.inferred_parameters == sorted(p.inferred_parameters)
    for name in p.inferred_parameters:
        assert rules.provenance(name) == "inferred"
    # the benign proposal uses the svb's minor IT lead time (default.minor, inferred)
    assert "lead_times.default.minor" in p.inferred_parameters
    # granting automatic; criteria [low_income]
    assert "takeup.base_non_take_up.automatic" in p.parameters_read
    assert "takeup.base_non_take_up.application" not in p.parameters_read
    assert "classes.precariaat.attributes.low_income" in p.parameters_read
    # the population in scope: the Netherlands' adults, unless the proposal gives a scope
    assert "scoring.society.adults_nl" in p.parameters_read
    scoped = make_proposal({"scope": {"name": "Zwolle", "adults": 105000}})
    assert "scoring.society.adults_nl" not in assess(scoped).provenance.parameters_read
    # no money effect and no obligation: no income parameters
    assert not any(n.startswith("scoring.income.") for n in p.parameters_read)
    # without citizen actions nothing reads the regeldruk parameters
    unasked = make_proposal({"delivery": {"citizen_actions": None}})
    read = assess(unasked).provenance.parameters_read
    assert not any(name.startswith("regeldruk.") for name in read)


def test_explicit_reach_does_not_lean_on_attribute_shares(
    make_proposal: Callable[..., Proposal],
) -> None:
    proposal = make_proposal({"target_group": {"criteria": [], "reach": {"precariaat": 1}}})
    result = assess(proposal, trace=True)
    reach = [
        s for s in result.trace if s.figure.startswith("classes.") and s.figure.endswith(".reach")
    ]
    assert len(reach) == len(result.class_impact.classes)  # type: ignore[union-attr]
    assert not any(".attributes." in p.id for s in reach for p in s.parameters)
    # the take-up model reads only the attributes of its group effects and complexity weights
    used = {*default_ruleset().takeup.groups, "low_literacy", "low_digital_skills"}
    read = {n.rsplit(".", 1)[1] for n in result.provenance.parameters_read if ".attributes." in n}
    assert read == used


def test_a_life_event_reads_the_multiplier(make_proposal: Callable[..., Proposal]) -> None:
    name = "scoring.doenvermogen.life_event_multiplier"
    assert name not in assess(make_proposal()).provenance.parameters_read
    event = make_proposal({"delivery": {"life_event": "job_loss"}})
    assert name in assess(event).provenance.parameters_read


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
    result = assess(make_proposal(), trace=True)
    assert result.trace
    assert all(step.section and step.figure and step.formula for step in result.trace)
    figures = {f"{s.section}.{s.figure}" for s in result.trace}
    assert {
        "doenvermogen.score",
        "uitvoerbaarheid.score",
        "class_impact.summary.gap_after",
    } <= figures
    # the score's step carries the scale it read, with value and provenance
    score = next(s for s in result.trace if s.section == "doenvermogen" and s.figure == "score")
    assert [(p.id, p.provenance) for p in score.parameters] == [
        ("scoring.doenvermogen.scale", "inferred")
    ]


def test_the_trace_uses_the_legal_minimum_the_scorer_used(
    make_proposal: Callable[..., Proposal],
) -> None:
    # decentral governments involved: 3 months (the old after-the-fact trace said "2")
    proposal = make_proposal({"implementation": {"decentralised": {"involved": True}}})
    step = next(
        s for s in assess(proposal, trace=True).trace if s.figure == "facts.earliest_feasible_date"
    )
    assert step.inputs["minimum"] == 3
    assert "instruments.amvb.decentral_lead_months" in {p.id for p in step.parameters}


def test_assessment_figure_paths(make_proposal: Callable[..., Proposal]) -> None:
    result = assess(make_proposal())
    assert result.figure("doenvermogen.score") == 100
    assert result.figure("class_impact.classes.precariaat.reach") == pytest.approx(0.55)
    assert result.figure("class_impact.classes.nobody.reach") is None
    assert result.figure("doenvermogen.score.deeper") is None


# ------------------------------------------------------------------- full precision


def _deltas(result: Assessment) -> list[float]:
    impact = result.class_impact
    assert impact is not None
    return [
        value
        for cls in impact.classes
        for part in (cls.direct, cls.total)
        for value in part.values()
    ]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-300)


@settings(max_examples=40)
@given(proposals(), st.sampled_from([2.0, 0.5, 3.0, -1.0, 1e-3]))
def test_scaling_every_effect_scales_every_delta(proposal: Proposal, k: float) -> None:
    base = assess(proposal)
    scaled = assess(scale_effects(proposal, k))
    for a, b in zip(_deltas(base), _deltas(scaled), strict=True):
        assert _close(b, k * a), (a, b, k)
    # the same in the JSON report
    base_json, scaled_json = _json(base), _json(scaled)
    for a_cls, b_cls in zip(
        base_json["class_impact"]["classes"],  # type: ignore[index]
        scaled_json["class_impact"]["classes"],  # type: ignore[index]
        strict=True,
    ):
        for part in ("direct", "total"):
            for capital, value in a_cls[part].items():
                assert _close(b_cls[part][capital], k * value), (capital, value, k)


def test_a_tiny_effect_keeps_its_significant_digits(make_proposal: Callable[..., Proposal]) -> None:
    # reach 1e-4 in one class and an effect of 1e-3: deltas of 1e-7, which rounding to six
    # decimals used to flatten to 0.0
    proposal = make_proposal(
        {
            "effects": [{"capital": "economisch", "size": 0.001}],
            "target_group": {"criteria": [], "reach": {"precariaat": 0.0001}},
        }
    )
    impact = assess(proposal).class_impact
    assert impact is not None
    row = next(c for c in impact.classes if c.id == "precariaat")
    assert row.direct["economisch"] == pytest.approx(1e-7 * row.take_up, rel=1e-12)
