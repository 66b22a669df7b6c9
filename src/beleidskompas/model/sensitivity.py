"""The ranges of a global sensitivity run (``scoring.yaml``'s ``sensitivity`` section).

Every parameter varies over a range around its value whose relative half-width follows its
provenance (found narrow, computed medium, inferred wide; a parameter may have its own), kept
inside its bounds: shares in [0, 1], score thresholds in [0, 100], whole numbers whole, and
every value on its own side of zero. The widths are Params (a value, a source, a provenance);
the run's sizes are settings, like the impact model's number of draws.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import sensitivity as S
from beleidskompas.model.base import Frozen, FrozenDict, FrozenMap, invalid
from beleidskompas.model.results import ProposalRef, RulesetRef
from beleidskompas.model.sources import Param, Provenance

__all__ = [
    "Evaluations",
    "FigureSensitivity",
    "HalfWidths",
    "LeftOut",
    "MorrisIndex",
    "ParameterRange",
    "Sensitivity",
    "SensitivityBounds",
    "SensitivitySettings",
    "SobolIndex",
]


def _check_width(name: str, param: Param) -> None:
    if not 0 <= param.value < 1:
        invalid(S.WIDTH_RANGE, name=name, value=param.value)


class HalfWidths(Frozen):
    """Relative half-width of a parameter's range by its provenance: ``v·(1 ± h)``."""

    found: Param = Field(description="h for a value stated in a cited source.")
    computed: Param = Field(description="h for a value derived from found values.")
    inferred: Param = Field(description="h for our own estimate or design choice.")

    @model_validator(mode="after")
    def _widths(self) -> HalfWidths:
        for name in ("found", "computed", "inferred"):
            _check_width(name, getattr(self, name))
        return self


class SensitivityBounds(Frozen):
    """Which parameters are bounded by what they measure (glob patterns of parameter ids)."""

    shares: tuple[str, ...] = Field(
        default=(), description="Shares, probabilities and 0–1 positions: kept in [0, 1]."
    )
    scores: tuple[str, ...] = Field(
        default=(), description="Thresholds on the 0–100 score scale: kept in [0, 100]."
    )
    whole: tuple[str, ...] = Field(
        default=(), description="Whole numbers (months, counts): rounded when applied."
    )


class SensitivitySettings(Frozen):
    """Ranges, bounds and default sizes of ``beleidskompas sensitivity``."""

    half_width: HalfWidths
    overrides: FrozenDict[str, Param] = Field(
        default_factory=FrozenMap,
        description="A parameter's own relative half-width (parameter id → h), instead of "
        "its provenance's.",
    )
    bounds: SensitivityBounds = Field(default_factory=SensitivityBounds)
    levels: int = Field(
        default=4, ge=2, le=32, description="Grid levels of the Morris design (even)."
    )
    trajectories: int = Field(
        default=10, ge=2, le=1000, description="Morris trajectories r (a setting)."
    )
    quick_trajectories: int = Field(
        default=4, ge=2, le=1000, description="Trajectories of ``assess --sensitivity``."
    )
    samples: int = Field(
        default=256, ge=2, le=1_048_576, description="Sobol base samples N (a power of two)."
    )
    top: int = Field(
        default=3, ge=1, le=100, description="Per figure, this many Morris leaders go to Sobol."
    )
    matter_most: int = Field(
        default=5, ge=1, le=100, description="Parameters named as mattering most."
    )
    resamples: int = Field(
        default=100, ge=10, le=10_000, description="Bootstrap resamples of the intervals."
    )
    confidence: float = Field(
        default=0.95, gt=0, lt=1, description="Level of the indices' confidence intervals."
    )
    seed: int = Field(default=20230307, ge=0, le=2**32 - 1, description="Default seed.")
    batch: int = Field(
        default=512, ge=1, le=100_000, description="Evaluations per batch (bounds memory)."
    )

    @model_validator(mode="after")
    def _valid(self) -> SensitivitySettings:
        for name, param in self.overrides.items():
            _check_width(name, param)
        if self.levels % 2:
            invalid(S.LEVELS_EVEN, levels=self.levels)
        if self.samples & (self.samples - 1):
            invalid(S.SAMPLES_POWER, samples=self.samples)
        return self


# --------------------------------------------------------------------------- results

Bound = Literal["share", "score", "whole", "sign"]
"""What keeps a range inside what the parameter measures: a share in [0, 1], a score
threshold in [0, 100], a whole number rounded, or (every other) its own side of zero."""


class ParameterRange(Frozen):
    """The range one parameter varies over."""

    parameter: str
    value: float = Field(description="Its value in the rule set.")
    provenance: Provenance
    half_width: float = Field(description="Relative half-width h of v·(1 ± h).")
    low: float
    high: float
    bound: Bound
    own_width: bool = Field(default=False, description="h is the parameter's own override.")


class MorrisIndex(Frozen):
    """Elementary effects of one parameter on one figure (in the figure's units)."""

    parameter: str
    mu_star: float = Field(description="μ*: mean absolute elementary effect (the ranking).")
    mu_star_conf: float = Field(description="Half-width of μ*'s bootstrap interval.")
    mu: float = Field(description="μ: mean elementary effect (its sign: the direction).")
    sigma: float = Field(description="σ: spread of the effects (interaction, non-linearity).")


class SobolIndex(Frozen):
    """Variance-based indices of one parameter on one figure (shares of the variance)."""

    parameter: str
    s1: float = Field(description="First-order index: variance explained alone.")
    s1_conf: float = Field(description="Half-width of S1's bootstrap interval.")
    st: float = Field(description="Total index: alone and with every interaction.")
    st_conf: float = Field(description="Half-width of ST's bootstrap interval.")


class FigureSensitivity(Frozen):
    """Which parameters drive one headline figure."""

    figure: str
    value: float = Field(description="The figure with the rule set's own values.")
    constant: bool = Field(description="The figure did not move in any evaluation.")
    morris: tuple[MorrisIndex, ...] = Field(description="Every varied parameter, by μ*.")
    sobol: tuple[SobolIndex, ...] = Field(
        default=(), description="The Sobol parameters, by ST (empty without a Sobol stage)."
    )
    ranking: tuple[str, ...] = Field(
        description="Parameter ids, most influential first: the Sobol parameters that move "
        "the figure by ST, then the others by μ*."
    )


class LeftOut(Frozen):
    """A headline figure the run does not rank, and why."""

    figure: str
    reason: Text


class Evaluations(Frozen):
    """How many assessments the run made."""

    nominal: int = Field(description="With the rule set's own values (to learn what is read).")
    morris: int = Field(description="Morris design: r · (k + 1).")
    sobol: int = Field(description="Sobol design: N · (D + 2).")
    total: int


class Sensitivity(Frozen):
    """A global sensitivity run: Morris screening, then Sobol indices for the leaders."""

    proposal: ProposalRef
    ruleset: RulesetRef
    seed: int
    levels: int = Field(description="Grid levels of the Morris design.")
    trajectories: int
    samples: int = Field(description="Sobol base samples N (0: no Sobol stage).")
    top: int = Field(description="Per figure, this many Morris leaders went to Sobol.")
    confidence: float = Field(description="Level of the confidence intervals.")
    evaluations: Evaluations
    inferred_read: int = Field(description="Inferred parameters the assessment reads.")
    half_widths: dict[str, float] = Field(
        description="Relative half-width h by provenance (found, computed, inferred)."
    )
    ranges: tuple[ParameterRange, ...] = Field(description="The parameters varied.")
    fixed: tuple[str, ...] = Field(
        default=(), description="Screened parameters with a zero-width range (held fixed)."
    )
    not_numeric: tuple[str, ...] = Field(
        default=(),
        description="Inferred 'parameters' read that are no single number (a rule's weights, "
        "change dates, the take-up draws): not varied.",
    )
    sobol_parameters: tuple[str, ...] = Field(default=(), description="Varied in the Sobol stage.")
    figures: tuple[FigureSensitivity, ...]
    left_out: tuple[LeftOut, ...] = ()
    matter_most: tuple[str, ...] = Field(
        description="The parameters that matter most for this proposal over all figures "
        "(largest μ* relative to the figure's leader)."
    )
