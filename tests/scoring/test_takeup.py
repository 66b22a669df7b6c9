"""Take-up per class: the formula by hand, its monotonicity, mixed routes, intervals, notes."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas import assess
from beleidskompas.errors import InputError
from beleidskompas.model.proposal import ROUTES, Delivery, Proposal
from beleidskompas.model.society import ClassModel
from beleidskompas.rules.default import default_ruleset
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.scoring import takeup as tu
from beleidskompas.scoring.takeup import class_non_take_up, logit, sigmoid
from beleidskompas.scoring.takeup_inputs import Design, Profiles
from beleidskompas.testing import take_ups
from beleidskompas.testing.strategies import class_models

LIFE_EVENTS = ("none", "job_loss", "birth", "retirement")
CALIBRATION = Path(__file__).resolve().parents[2] / "examples" / "calibration"


RULES = default_ruleset()


def values_of(rules: RuleSet, draw: int | None = None) -> dict[str, float]:
    """The shipped parameter values, or one of the shipped posterior draws."""
    values = rules.takeup.values()
    if draw is not None:
        assert rules.takeup.uncertainty is not None
        values.update(rules.takeup.uncertainty.draws.rows()[draw])
    return values


def ntu(values: dict[str, float], d: Design, prof: Profiles, k: str) -> float:
    return class_non_take_up(values.__getitem__, d, prof, k)


def profile(**shares: float) -> Profiles:
    """One class 'k' with the given attribute shares; the means are the same shares unless
    given as ``mean_<attribute>``."""
    own = {a: v for a, v in shares.items() if not a.startswith("mean_")}
    means = {a: shares.get(f"mean_{a}", v) for a, v in own.items()}
    groups = tuple(a for a in own if a not in ("low_literacy", "low_digital_skills"))
    return Profiles(shares={"k": own}, means=means, groups=groups, missing=())


def design(route: str = "application", **fields: object) -> Design:
    base: dict[str, object] = {
        "segments": ((1.0, route),),
        "amount": None,
        "awareness": "well_known",
        "outreach": "none",
        "last_resort": False,
        "advance": False,
        "life_event": "none",
        "load": 0.0,
        "digital_load": 0.0,
    }
    base.update(fields)
    return Design(**base)  # type: ignore[arg-type]


HAND = {
    "takeup.base_non_take_up.automatic": 0.02,
    "takeup.base_non_take_up.confirm": 0.05,
    "takeup.base_non_take_up.prefilled": 0.08,
    "takeup.base_non_take_up.invitation": 0.10,
    "takeup.base_non_take_up.application": 0.20,
    "takeup.base_non_take_up.discretionary": 0.30,
    "takeup.amount.slope": 0.5,
    "takeup.amount.reference_eur_per_month": 100.0,
    "takeup.amount.one_off_months": 12.0,
    "takeup.amount.lowest_eur_per_month": 10.0,
    "takeup.amount.highest_eur_per_month": 1000.0,
    "takeup.awareness.national": 0.4,
    "takeup.awareness.local": 1.0,
    "takeup.outreach.letter": 0.3,
    "takeup.outreach.campaign": 0.2,
    "takeup.outreach.personal": 1.0,
    "takeup.last_resort": 0.7,
    "takeup.advance_with_reconciliation": 0.5,
    "takeup.life_event_multiplier": 1.5,
    "takeup.complexity.slope": 0.2,
    "takeup.complexity.cap": 5.0,
    "takeup.complexity.literacy": 1.0,
    "takeup.complexity.digital": 0.5,
    "takeup.complexity.digital_cap": 3.0,
    "takeup.groups.self_employed_or_flex": 1.0,
}


# ------------------------------------------------------------------------ by hand


def test_logit_and_sigmoid_by_hand() -> None:
    assert logit(0.5) == 0.0
    assert logit(0.2) == pytest.approx(math.log(0.25))  # log(0.2 / 0.8)
    assert sigmoid(math.log(3)) == pytest.approx(0.75)  # 1 / (1 + 1/3)
    assert sigmoid(-1000.0) == 0.0
    assert sigmoid(1000.0) == 1.0


@given(st.floats(min_value=1e-6, max_value=1 - 1e-6))
def test_sigmoid_inverts_logit(p: float) -> None:
    assert sigmoid(logit(p)) == pytest.approx(p, rel=1e-9)


def test_reference_design_gives_the_route_base() -> None:
    # nothing asked, well known, amount unknown, an average class: NTU = b_r for every route
    prof = profile(self_employed_or_flex=0.3)
    for route in ROUTES:
        base = HAND[f"takeup.base_non_take_up.{route}"]
        assert ntu(HAND, design(route), prof, "k") == pytest.approx(base, abs=1e-12)


def test_non_take_up_by_hand() -> None:
    # application, €50 a month, local, a letter, last resort, advance, load 4 and digital load 2,
    # during a life event, for a class with self-employed 0.5 (mean 0.2), low literacy 0.4 and
    # low digital skills 0.6:
    #   excess over the floor: (0.20 − 0.02) / 0.98 = 0.183673; logit = ln(0.225) = −1.491655
    #   amount: −0.5 · ln(50/100) = +0.346574
    #   awareness local: national 0.4 + local 1.0 = +1.4; letter −0.3; last resort +0.7;
    #   advance +0.5
    #   group: 1.0 · (0.5 − 0.2) = +0.3
    #   complexity: 1.5 · (0.2 · 4 · e^(1.0 · 0.4) + 0.5 · 2 · 0.6)
    #             = 1.5 · (0.8 · 1.491825 + 0.6) = 1.5 · 1.793460 = 2.690190
    #   z = −1.491655 + 0.346574 + 1.4 − 0.3 + 0.7 + 0.5 + 0.3 + 2.690190 = 4.145109
    #   σ(z) = 1 / (1 + 0.015842) = 0.984405; NTU = 0.02 + 0.98 · 0.984405 = 0.984717
    d = design(
        amount=50.0,
        awareness="local",
        outreach="letter",
        last_resort=True,
        advance=True,
        life_event="job_loss",
        load=4.0,
        digital_load=2.0,
    )
    prof = profile(
        self_employed_or_flex=0.5,
        mean_self_employed_or_flex=0.2,
        low_literacy=0.4,
        low_digital_skills=0.6,
    )
    assert ntu(HAND, d, prof, "k") == pytest.approx(0.984717, abs=2e-6)


def test_caps_and_clipping_by_hand() -> None:
    prof = profile(low_literacy=0.0, low_digital_skills=0.0)
    # load 20 counts as the cap 5: 0.2 · 5 = 1.0 on top of logit(0.18/0.98)
    capped = ntu(HAND, design(load=20.0), prof, "k")
    at_cap = ntu(HAND, design(load=5.0), prof, "k")
    assert capped == at_cap
    assert at_cap == pytest.approx(0.02 + 0.98 * sigmoid(logit(0.18 / 0.98) + 1.0), abs=1e-12)
    # €1 counts as the lowest amount €10; €5,000 as the highest €1,000
    assert ntu(HAND, design(amount=1.0), prof, "k") == ntu(HAND, design(amount=10.0), prof, "k")
    high = ntu(HAND, design(amount=5000.0), prof, "k")
    assert high == ntu(HAND, design(amount=1000.0), prof, "k")


def test_mixed_routes_are_the_share_weighted_mean() -> None:
    prof = profile(self_employed_or_flex=0.3)
    mixed = design(segments=((0.6, "automatic"), (0.4, "application")), load=2.0)
    pure = design(load=2.0)
    # 0.6 · floor + 0.4 · application
    expected = 0.6 * 0.02 + 0.4 * ntu(HAND, pure, prof, "k")
    assert ntu(HAND, mixed, prof, "k") == pytest.approx(expected, abs=1e-12)


def test_automatic_pays_everyone_alike() -> None:
    # automatic payment: the floor, whatever else the design or the class is like
    heavy = design("automatic", load=9.0, last_resort=True, awareness="local", amount=5.0)
    for shares in (0.0, 1.0):
        prof = profile(self_employed_or_flex=shares, mean_self_employed_or_flex=0.2)
        assert ntu(HAND, heavy, prof, "k") == 0.02


# ------------------------------------------------------------------------ properties

_routes = st.sampled_from(ROUTES)
_load = st.floats(min_value=0.0, max_value=30.0)
_share = st.floats(min_value=0.0, max_value=1.0)


@st.composite
def designs(draw: st.DrawFn) -> Design:
    mixed = draw(st.booleans())
    route = draw(_routes)
    segments: tuple[tuple[float, str], ...] = ((1.0, route),)
    if mixed:
        share = draw(_share)
        segments = ((share, draw(_routes)), (1.0 - share, route))
    return design(
        route,
        segments=segments,
        amount=draw(st.none() | st.floats(min_value=0.5, max_value=5000.0)),
        awareness=draw(st.sampled_from(("well_known", "national", "local"))),
        outreach=draw(st.sampled_from(("none", "letter", "campaign", "personal"))),
        last_resort=draw(st.booleans()),
        advance=draw(st.booleans()),
        life_event=draw(st.sampled_from(LIFE_EVENTS)),
        load=draw(_load),
        digital_load=draw(st.floats(min_value=0.0, max_value=5.0)),
    )


@st.composite
def profiles_(draw: st.DrawFn) -> Profiles:
    return profile(
        self_employed_or_flex=draw(_share),
        recently_retired=draw(_share),
        young_under_27=draw(_share),
        low_literacy=draw(_share),
        low_digital_skills=draw(_share),
        mean_self_employed_or_flex=0.2,
        mean_recently_retired=0.1,
        mean_young_under_27=0.1,
    )


_draws = st.none() | st.integers(min_value=0, max_value=63)


def _routed(d: Design, route: str) -> Design:
    return replace(
        d,
        segments=tuple(
            (s, route if i == len(d.segments) - 1 else r) for i, (s, r) in enumerate(d.segments)
        ),
    )


@settings(max_examples=150)
@given(designs(), profiles_(), _draws, st.data())
def test_a_better_route_never_lowers_take_up(
    d: Design, prof: Profiles, draw: int | None, data: st.DataObject
) -> None:
    values = values_of(RULES, draw)
    i, j = sorted(data.draw(st.lists(st.integers(0, len(ROUTES) - 1), min_size=2, max_size=2)))
    better, worse = _routed(d, ROUTES[i]), _routed(d, ROUTES[j])
    assert ntu(values, better, prof, "k") <= ntu(values, worse, prof, "k") + 1e-12
    floor = values["takeup.base_non_take_up.automatic"]
    assert floor - 1e-12 <= ntu(values, worse, prof, "k") < 1.0


@settings(max_examples=150)
@given(designs(), profiles_(), _draws, _load, st.floats(min_value=0.0, max_value=5.0))
def test_more_burden_never_raises_take_up(
    d: Design, prof: Profiles, draw: int | None, extra: float, digital: float
) -> None:
    values = values_of(RULES, draw)
    before = ntu(values, d, prof, "k")
    heavier = [
        replace(d, load=d.load + extra),
        replace(d, digital_load=d.digital_load + digital),
        replace(d, advance=True),
        replace(d, last_resort=True),
        replace(d, life_event="job_loss") if d.life_event == "none" else d,
    ]
    for other in heavier:
        assert ntu(values, other, prof, "k") >= before - 1e-12


@settings(max_examples=150)
@given(
    designs(),
    profiles_(),
    _draws,
    st.floats(min_value=0.5, max_value=5000.0),
    st.floats(min_value=0.0, max_value=5000.0),
)
def test_a_larger_amount_never_lowers_take_up(
    d: Design, prof: Profiles, draw: int | None, amount: float, more: float
) -> None:
    values = values_of(RULES, draw)
    small = ntu(values, replace(d, amount=amount), prof, "k")
    large = ntu(values, replace(d, amount=amount + more), prof, "k")
    assert large <= small + 1e-12


@settings(max_examples=100)
@given(designs(), profiles_(), _draws)
def test_knowing_of_it_and_outreach_never_lower_take_up(
    d: Design, prof: Profiles, draw: int | None
) -> None:
    values = values_of(RULES, draw)
    levels = [
        ntu(values, replace(d, awareness=a), prof, "k") for a in ("well_known", "national", "local")
    ]
    assert levels[0] <= levels[1] + 1e-12 and levels[1] <= levels[2] + 1e-12
    none = ntu(values, replace(d, outreach="none"), prof, "k")
    for kind in ("letter", "campaign", "personal"):
        assert ntu(values, replace(d, outreach=kind), prof, "k") <= none + 1e-12


@settings(max_examples=100)
@given(
    designs(),
    _draws,
    _share,
    _share,
    st.sampled_from(
        (
            "self_employed_or_flex",
            "recently_retired",
            "young_under_27",
            "low_literacy",
            "low_digital_skills",
        )
    ),
)
def test_more_of_a_high_non_take_up_group_never_raises_take_up(
    d: Design, draw: int | None, a: float, b: float, attribute: str
) -> None:
    # CPB 2025 and the sources of the priors: self-employed, recently retired, young, low
    # literacy and low digital skills all take up less; the class with more of them never more
    values = values_of(RULES, draw)
    low, high = sorted((a, b))
    fixed = {
        "mean_self_employed_or_flex": 0.2,
        "mean_recently_retired": 0.1,
        "mean_young_under_27": 0.1,
    }
    base = {
        "self_employed_or_flex": 0.2,
        "recently_retired": 0.1,
        "young_under_27": 0.1,
        "low_literacy": 0.2,
        "low_digital_skills": 0.2,
    }
    fewer = profile(**{**base, attribute: low}, **fixed)
    more = profile(**{**base, attribute: high}, **fixed)
    assert ntu(values, d, more, "k") >= ntu(values, d, fewer, "k") - 1e-12


# ------------------------------------------------------------------------ through assess


def _with(proposal: Proposal, **fields: object) -> Proposal:
    data = proposal.delivery.model_dump()
    if "route" in fields and "granting" not in fields:
        data["granting"] = None  # let the route imply it
    data.update(fields)
    return proposal.model_copy(update={"delivery": Delivery.model_validate(data)})


def test_old_granting_means_the_same_route(make_proposal: Callable[..., Proposal]) -> None:
    base = make_proposal()
    pairs = [
        ("automatic", "automatic"),
        ("proactive", "invitation"),
        ("application", "application"),
        ("discretionary", "discretionary"),
    ]
    for granting, route in pairs:
        old = take_ups(assess(_with(base, granting=granting, route=None)))
        new = take_ups(assess(_with(base, granting=None, route=route)))
        assert old == pytest.approx(new, abs=1e-12), granting


def test_route_implies_granting_and_must_agree(make_proposal: Callable[..., Proposal]) -> None:
    base = make_proposal()
    assert _with(base, granting=None, route="prefilled").delivery.granting == "proactive"
    assert _with(base, granting=None, route="confirm").delivery.granting == "proactive"
    with pytest.raises(ValueError, match="granting"):
        _with(base, granting="application", route="prefilled")
    with pytest.raises(ValueError, match="known_share"):
        _with(base, known_share=0.5)


def test_mixed_route_file_is_validated(tmp_path: Path) -> None:
    from beleidskompas import load_proposal

    path = tmp_path / "x.yaml"
    path.write_text(
        "schema_version: 1\nid: x\ntitle: X\neffects: []\ntarget_group: {}\n"
        "delivery:\n  route: application\n  known_share: 1.5\n  known_route: automatic\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="known_share"):
        load_proposal(path)


def test_missing_route_falls_back_to_application(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    assert rules.takeup.fallback_granting == "application"
    p = _with(make_proposal(), granting=None, route=None)
    result = assess(p)
    assert result.doenvermogen is not None
    assert result.doenvermogen.granting == "application"
    same = assess(_with(p, route="application"))
    assert take_ups(result) == pytest.approx(take_ups(same), abs=1e-12)
    notes = [a.en for a in result.class_impact.assumptions]  # type: ignore[union-attr]
    assert any("route = application" in n for n in notes)


def test_known_share_moves_take_up_towards_automatic(
    make_proposal: Callable[..., Proposal],
) -> None:
    base = _with(make_proposal(), granting=None, route="application")
    application = take_ups(assess(base))
    automatic = take_ups(assess(_with(base, route="automatic")))
    half = take_ups(assess(_with(base, known_share=0.5, known_route="automatic")))
    for k in application:
        # the rules see the same design, so the mixture is exactly halfway
        assert half[k] == pytest.approx((application[k] + automatic[k]) / 2, abs=1e-12)
        assert application[k] <= half[k] <= automatic[k]


def test_intervals_contain_the_point_and_widen_outside_the_calibration(
    make_proposal: Callable[..., Proposal],
) -> None:
    inside = assess(_with(make_proposal(), granting=None, route="invitation"))
    outside = assess(_with(make_proposal(), granting=None, route="prefilled"))
    for result in (inside, outside):
        assert result.class_impact is not None
        for c in result.class_impact.classes:
            low, high = c.intervals["take_up"]
            assert 0 < low <= c.take_up <= high < 1
        low, high = result.class_impact.summary.intervals["take_up"]
        assert low <= result.class_impact.summary.take_up <= high
    assert inside.class_impact is not None and outside.class_impact is not None

    def width(result_classes: list[object]) -> float:
        return sum(
            logit(c.intervals["take_up"][1]) - logit(c.intervals["take_up"][0])  # type: ignore[attr-defined]
            for c in result_classes
        )

    assert width(outside.class_impact.classes) > width(inside.class_impact.classes)  # type: ignore[arg-type]
    notes = [a.en for a in outside.class_impact.assumptions]
    assert any("route 'prefilled'" in n and "widened" in n for n in notes)
    assert not any(
        "route 'invitation'" in n for n in [a.en for a in inside.class_impact.assumptions]
    )


def test_a_load_above_the_calibration_is_reported(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    # the benign base with three monthly actions has a complexity load above a cap of 1
    actions = [
        {"description": f"stap {i}", "initiative": "citizen", "repeats": "monthly"}
        for i in range(3)
    ]
    p = _with(make_proposal(), citizen_actions=actions, route="application")
    complexity = rules.takeup.complexity
    low_cap = complexity.model_copy(
        update={"cap": complexity.cap.model_copy(update={"value": 1.0})}
    )
    capped = rules.replaced(takeup=rules.takeup.model_copy(update={"complexity": low_cap}))
    inside = assess(p)
    outside = assess(p, capped)
    assert inside.class_impact is not None and outside.class_impact is not None
    assert not any("complexity load" in a.en for a in inside.class_impact.assumptions)
    assert any("complexity load" in a.en for a in outside.class_impact.assumptions)
    # beyond the cap the load counts as the cap: take-up rises, never falls
    for k, value in take_ups(outside).items():
        assert value >= take_ups(inside)[k] - 1e-12


def test_take_up_intervals_reach_the_impact_figures(make_proposal: Callable[..., Proposal]) -> None:
    # effects without a range: every interval comes from the take-up fit alone
    p = make_proposal({"effects": [{"capital": "economisch", "size": 0.02}]})
    result = assess(p)
    assert result.class_impact is not None
    for c in result.class_impact.classes:
        if c.reach == 0:
            continue
        low, high = c.intervals["total.economisch"]
        assert low < c.total["economisch"] < high or low == high == c.total["economisch"]
        t_low, t_high = c.intervals["take_up"]
        # the direct effect is linear in take-up: its bounds scale with the take-up bounds
        assert high / c.total["economisch"] == pytest.approx(t_high / c.take_up, rel=1e-9)
        assert low / c.total["economisch"] == pytest.approx(t_low / c.take_up, rel=1e-9)
    assert "deficit_removed" in result.class_impact.summary.intervals
    no_intervals = assess(p, intervals=False).class_impact
    assert no_intervals is not None
    assert all(not c.intervals for c in no_intervals.classes)


def test_without_draws_there_is_no_interval(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    bare = rules.replaced(takeup=rules.takeup.model_copy(update={"uncertainty": None}))
    result = assess(make_proposal({"effects": [{"capital": "economisch", "size": 0.02}]}), bare)
    assert result.class_impact is not None
    assert all("take_up" not in c.intervals for c in result.class_impact.classes)
    assert take_ups(result) == take_ups(
        assess(make_proposal({"effects": [{"capital": "economisch", "size": 0.02}]}))
    )
    assert any("no interval" in a.en for a in result.class_impact.assumptions)


def test_applied_is_take_up_only_for_what_people_claim() -> None:
    t = tu.TakeUp(point={"a": 0.4, "b": 0.9})
    assert t.applied(True) == {"a": 0.4, "b": 0.9}
    assert t.applied(False) == {"a": 1.0, "b": 1.0}


def test_class_models_without_an_attribute_leave_its_effect_out(
    rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    data = rules.classes.model_dump()
    del data["attributes"]["recently_retired"]
    for c in data["classes"]:
        del c["attributes"]["recently_retired"]
    reduced = ClassModel.model_validate(data)
    result = assess(make_proposal(), rules.with_classes(reduced))
    notes = [a.en for a in result.class_impact.assumptions]  # type: ignore[union-attr]
    assert any("no attribute recently_retired" in n for n in notes)


@settings(max_examples=30)
@given(class_models(), st.randoms(use_true_random=False))
def test_take_up_does_not_depend_on_class_order(
    rules: RuleSet, model: ClassModel, rnd: random.Random
) -> None:
    order = list(model.classes)
    rnd.shuffle(order)
    permuted = model.model_copy(update={"classes": tuple(order)})
    base = {
        "schema_version": 1,
        "id": "x",
        "title": "X",
        "effects": [],
        "target_group": {},
        "delivery": {"route": "application", "citizen_actions": []},
    }
    p = Proposal.model_validate(base)
    a = take_ups(assess(p, rules.with_classes(model)))
    b = take_ups(assess(p, rules.with_classes(permuted)))
    for k in a:
        assert b[k] == pytest.approx(a[k], abs=1e-12)


def test_the_cpb_groups_take_up_less_than_a_scheme_s_average(rules: RuleSet) -> None:
    # CPB 2025: self-employed and recently retired households leave toeslagen unclaimed more
    # than average. A household of the scheme's average make-up that is self-employed (or
    # recently retired) takes up less than that average household.
    from beleidskompas import load_proposal
    from beleidskompas.model.results import DoenvermogenResult
    from beleidskompas.scoring.takeup_inputs import design as read_design
    from beleidskompas.scoring.takeup_inputs import profiles
    from beleidskompas.scoring.trace import Recorder, Tracer

    prof = profiles(Recorder(rules), rules)
    values = values_of(rules)
    for name in ("huurtoeslag-2021", "zorgtoeslag-2021", "huursubsidie-1994"):
        proposal = load_proposal(CALIBRATION / f"{name}.yaml")
        dv = assess(proposal).doenvermogen
        assert isinstance(dv, DoenvermogenResult)
        d = read_design(Tracer(rules).figure("t", "t"), proposal, dv, rules)
        average = Profiles({"avg": dict(prof.means)}, dict(prof.means), prof.groups, ())
        for group in ("self_employed_or_flex", "recently_retired"):
            member = Profiles(
                {"avg": {**prof.means, group: 1.0}}, dict(prof.means), prof.groups, ()
            )
            assert ntu(values, d, member, "avg") > ntu(values, d, average, "avg"), (name, group)


def test_the_report_shows_take_up_intervals_and_warnings(
    make_proposal: Callable[..., Proposal],
) -> None:
    from beleidskompas import render

    result = assess(_with(make_proposal(), route="prefilled", life_event="birth"))
    raw = render(result, "table", "nl")
    assert raw.count("(bandbreedte)") >= 3  # take-up, effect and deficit columns
    dutch = " ".join(raw.split())  # undo the line wrapping
    assert "route 'prefilled'" in dutch and "levensgebeurtenis 'birth'" in dutch
    english = render(result, "table", "en")
    line = english.split("Take-up among the eligible", 1)[1].split("\n", 1)[0]
    assert "[" in line and "–" in line  # the overall interval next to the point value
    header = next(x for x in english.splitlines() if x.startswith("Class") and "Take-up" in x)
    assert header  # the class table and the interval table both show take-up
    assert english.count("(interval)") >= 3
