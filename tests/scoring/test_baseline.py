"""A proposal against today's scheme: the change everywhere, and the MvT's four levels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from beleidskompas import InputError, api, assess, load_proposal
from beleidskompas.model.proposal import Proposal
from beleidskompas.testing.strategies import proposals

REPO = Path(__file__).resolve().parents[2]
REFORM = REPO / "examples" / "huurtoeslag-vooraf-ingevuld.yaml"
TODAY = REPO / "examples" / "huidig" / "huurtoeslag-aanvraag.yaml"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(proposals())
def test_a_proposal_identical_to_its_baseline_changes_nothing(proposal: Proposal) -> None:
    result = assess(proposal, baseline=proposal, intervals=False)
    dv = result.doenvermogen
    assert dv is not None and dv.change is not None
    assert dv.mvt_oordeel == 1
    assert dv.change.total == 0 and all(v == 0 for v in dv.change.capacities.values())
    assert dv.change.added == [] and dv.change.removed == []
    impact = result.class_impact
    assert impact is not None
    assert impact.summary.relative_to == "baseline"
    for row in impact.classes:
        assert all(abs(v) < 1e-15 for v in row.direct.values())
        assert all(abs(v) < 1e-15 for v in row.total.values())
        assert row.deficit_after == pytest.approx(row.deficit_before, abs=1e-12)
    assert impact.summary.gains.total < 1e-15 and impact.summary.losses.total < 1e-15
    if proposal.budget.structural_eur_per_year is not None:
        assert impact.summary.budget_eur_per_year == 0
    assert impact.summary.cost_per_deficit_point is None  # nothing removed, nothing to pay for
    burden = result.regeldruk
    if burden is not None and burden.change is not None and burden.change.citizens is not None:
        assert burden.change.citizens.hours_per_year in (None, 0)


def test_the_reform_against_todays_scheme_by_hand() -> None:
    opened = api.open_proposal(REFORM)
    assert opened.baseline is not None and opened.baseline_path == TODAY
    result = api.assess(opened.proposal, baseline=opened.baseline)
    dv = result.doenvermogen
    assert dv is not None and dv.change is not None
    # today: 24.0 burden (application, advance, DigiD only, ...); the reform 1.0
    today = assess(opened.baseline).doenvermogen
    assert today is not None
    assert dv.change.total_before == pytest.approx(sum(today.capacities.values()))
    assert dv.change.total == pytest.approx(sum(dv.capacities.values()) - dv.change.total_before)
    assert dv.change.total < 0 and dv.mvt_oordeel == 2  # a smaller call on doenvermogen
    assert "DV-06" in dv.change.removed  # the advance settled afterwards is gone
    assert dv.mvt_motivation is not None and "Niveau 2" in dv.mvt_motivation.nl
    impact = result.class_impact
    assert impact is not None
    s = impact.summary
    assert s.relative_to == "baseline"
    assert s.budget_eur_per_year == 275_000_000 - 250_000_000
    # the same amount, more people get it: the change is a gain only
    assert s.gains.total > 0 and s.losses.total == 0
    standalone = assess(opened.proposal).class_impact
    assert standalone is not None
    for changed, alone, before in zip(
        impact.classes,
        standalone.classes,
        assess(opened.baseline).class_impact.classes,  # type: ignore[union-attr]
        strict=True,
    ):
        for c, v in changed.direct.items():
            assert v == pytest.approx(alone.direct[c] - before.direct[c], abs=1e-15)
    burden = result.regeldruk
    assert burden is not None and burden.change is not None and burden.change.citizens is not None
    hours = burden.change.citizens.hours_per_year
    assert hours is not None and hours < 0  # less paperwork than today


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BASE = "id: {id}\ntitle: T\neffects: []\ntarget_group: {{}}\n"


def test_a_missing_baseline_is_named_at_its_field(tmp_path: Path, cli: Callable[..., Any]) -> None:
    path = _write(tmp_path, "p.yaml", BASE.format(id="p") + "baseline: nergens.yaml\n")
    result = cli("assess", path)
    assert result.code == 2
    assert result.stderr.startswith(f"{path}:5:11: baseline: ")
    assert "nergens.yaml" in result.stderr


def test_a_baseline_may_not_name_a_baseline_or_itself(tmp_path: Path) -> None:
    _write(tmp_path, "c.yaml", BASE.format(id="c"))
    _write(tmp_path, "b.yaml", BASE.format(id="b") + "baseline: c.yaml\n")
    a = _write(tmp_path, "a.yaml", BASE.format(id="a") + "baseline: b.yaml\n")
    with pytest.raises(InputError) as chain:
        api.open_proposal(a)
    assert chain.value.file == str(tmp_path / "b.yaml")
    own = _write(tmp_path, "own.yaml", BASE.format(id="own") + "baseline: own.yaml\n")
    with pytest.raises(InputError, match=r"own baseline|eigen basis"):
        api.open_proposal(own)


def test_output_never_overwrites_the_baseline(tmp_path: Path, cli: Callable[..., Any]) -> None:
    today = _write(tmp_path, "huidig/today.yaml", TODAY.read_text(encoding="utf-8"))
    reform = _write(
        tmp_path,
        "reform.yaml",
        REFORM.read_text(encoding="utf-8").replace(
            "huidig/huurtoeslag-aanvraag.yaml", "huidig/today.yaml"
        ),
    )
    before = today.read_bytes()
    result = cli("assess", reform, "--format", "json", "-o", today, "--force")
    assert result.code == 2
    assert today.read_bytes() == before


def test_a_library_assessment_without_baseline_ignores_the_field() -> None:
    # load_proposal only reads the file; the baseline is used when it is passed (or by
    # assess_file and the CLI, which load it)
    proposal = load_proposal(REFORM)
    assert proposal.baseline == "huidig/huurtoeslag-aanvraag.yaml"
    alone = assess(proposal)
    with_file = api.assess_file(REFORM)
    assert alone.class_impact is not None and with_file.class_impact is not None
    assert alone.class_impact.summary.relative_to == "nothing"
    assert with_file.class_impact.summary.relative_to == "baseline"
