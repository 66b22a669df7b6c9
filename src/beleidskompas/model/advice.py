"""The result of ``beleidskompas advise``: design changes that lift a verdict.

A :class:`Change` is one lever set to one value (``delivery.payment`` → ``fixed``); an
:class:`AdviceOption` is a set of changes with what the assessment of the changed proposal
gives; :class:`Advice` holds the options found, or the closest ones and what holds the
verdict down (definitions in docs/methodology.md, "What would make it doenlijk").
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from beleidskompas.i18n import Text
from beleidskompas.model.base import Frozen
from beleidskompas.model.rules import Severity

AdviceTarget = Literal["doenvermogen", "uitvoerbaarheid"]
TARGETS: tuple[AdviceTarget, ...] = ("doenvermogen", "uitvoerbaarheid")
ChangeOp = Literal["set", "add", "remove"]
AdviceStatus = Literal[
    "lifted", "nothing_to_lift", "agency_verdict", "not_within_reach", "no_levers"
]
ChangeValue = bool | int | float | str | None


class Change(Frozen):
    """One design change: a lever and the value it gets."""

    lever: str = Field(description="The lever's id in the catalogue (e.g. payment).")
    path: str = Field(description="The proposal field it changes (e.g. delivery.payment).")
    op: ChangeOp = Field(
        description="set (the field gets the value) | add (the value joins the list) | "
        "remove (the list item at the path is dropped)."
    )
    value: ChangeValue = Field(default=None, description="The new value (none for remove).")
    label: Text = Field(description="The change in words.")


class FindingRef(Frozen):
    """A finding of the target section, by rule id."""

    rule: str
    severity: Severity
    message: Text


class AdviceOption(Frozen):
    """A set of changes and the assessment of the proposal with them."""

    rank: int = Field(ge=1, description="1 = the best option (docs/methodology.md).")
    changes: list[Change]
    verdict: str = Field(description="The target section's verdict with the changes.")
    score: float = Field(ge=0, le=100, description="The target section's score with them.")
    lifted: bool = Field(description="Whether the verdict is at least one level higher.")
    other_verdict: str | None = Field(
        default=None, description="The other section's verdict with the changes."
    )
    take_up: float | None = Field(default=None, description="Take-up with the changes.")
    delta_take_up: float | None = Field(
        default=None, description="Take-up with the changes minus take-up now."
    )
    delta_gains_bottom: float | None = Field(
        default=None,
        description="Gains to the bottom classes (capital scale) with the changes minus now.",
    )
    removed: list[FindingRef] = Field(
        default_factory=list, description="Findings of the target section that no longer fire."
    )
    added: list[FindingRef] = Field(
        default_factory=list, description="Findings of the target section that fire only now."
    )


class Hold(Frozen):
    """A finding that keeps the verdict down in the closest option, and the levers offered
    for this proposal that move a field its rule reads ([]: no design choice touches it)."""

    rule: str
    severity: Severity
    message: Text
    levers: list[str] = Field(default_factory=list)


class Advice(Frozen):
    """Design changes that lift a proposal's verdict (or why none within reach does)."""

    proposal: str = Field(description="The proposal's id.")
    title: str
    target: AdviceTarget
    status: AdviceStatus
    message: Text = Field(description="The outcome in one sentence.")
    verdict: str = Field(description="The target section's verdict now.")
    score: float = Field(ge=0, le=100, description="The target section's score now.")
    take_up: float | None = None
    gains_bottom: float | None = None
    max_changes: int = Field(ge=1)
    seed: int
    beam_width: int = Field(ge=1, description="Sets extended per search level.")
    evaluated: int = Field(ge=0, description="Variants assessed.")
    found: int = Field(
        default=0,
        ge=0,
        description="Sets of changes found that lift the verdict (options lists the best of them).",
    )
    narrowed_levels: list[int] = Field(
        default_factory=list,
        description="Search levels that extended only the beam_width closest sets (the "
        "options are exact — the smallest sets that lift — while this is empty).",
    )
    sampled_levels: list[int] = Field(
        default_factory=list,
        description="Search levels whose combinations were sampled (more than the limit).",
    )
    levers: list[Change] = Field(
        default_factory=list, description="Every single change tried (the candidates)."
    )
    options: list[AdviceOption] = Field(
        default_factory=list, description="The smallest sets of changes that lift the verdict."
    )
    closest: list[AdviceOption] = Field(
        default_factory=list, description="When nothing lifts it: the options that come closest."
    )
    holds: list[Hold] = Field(
        default_factory=list,
        description="When nothing lifts it: the blocking findings left in the closest option.",
    )
    notes: list[Text] = Field(default_factory=list, description="Why the verdict stays.")
