"""Indicator series: indicators, the groups a series is broken down by, and observations.

An observation is one value of one indicator for one group in one period, with its sources
and a provenance tag, like every number of a rule set. A period is a year (``2021``) or a
span of years (``2019-2020``: a survey period or a multi-year average). Missing periods
are simply absent: nothing is filled in.
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from beleidskompas.i18n import Text, TextError
from beleidskompas.i18n.catalogue import series as S
from beleidskompas.model.base import Frozen, FrozenDict, invalid
from beleidskompas.model.monitoring import GroupId, IndicatorId
from beleidskompas.model.proposal import CapitalId
from beleidskompas.model.sources import Provenance, Source, SourceId

GroupKind = Literal[
    "total",
    "scp_class",
    "education",
    "income",
    "migration_background",
    "age",
    "region",
    "household",
    "sex",
]
GROUP_KINDS: tuple[GroupKind, ...] = (
    "total",
    "scp_class",
    "education",
    "income",
    "migration_background",
    "age",
    "region",
    "household",
    "sex",
)
Unit = Literal["percent", "score_0_10", "years", "count", "eur"]
Better = Literal["higher", "lower", "none"]
"""Which direction of an indicator is better; ``none`` for a descriptive indicator (the size
of a class), which has no best- or worst-off group."""
Direction = Literal["up", "down"]

EARLIEST_YEAR = 1800
LATEST_YEAR = 2200
PERIOD_PATTERN = r"^[0-9]{4}(-[0-9]{4})?$"
NUMBER_PATTERN = r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"
"""A number in a series file: a decimal point, an optional exponent."""


def period_span(period: str) -> tuple[int, int]:
    """The first and last year of a period (``2019-2020`` → ``(2019, 2020)``)."""
    start, _, end = period.partition("-")
    return int(start), int(end or start)


def period_label(start: int, end: int) -> str:
    """A period written as in the series files: ``2021`` or ``2019-2020``."""
    return str(start) if start == end else f"{start}-{end}"


def _check_period(period: str) -> str:
    start, end = period_span(period)
    if not EARLIEST_YEAR <= start <= end <= LATEST_YEAR:
        invalid(S.PERIOD_ORDER, low=EARLIEST_YEAR, high=LATEST_YEAR)
    return period_label(start, end)


Period = Annotated[str, StringConstraints(pattern=PERIOD_PATTERN), AfterValidator(_check_period)]
"""A year (``2021``) or a span of years (``2019-2020``), first year not after the last."""


class Indicator(Frozen):
    """What a series measures."""

    label: Text = Field(description="Short name, {nl, en}.")
    unit: Unit = Field(description="percent | score_0_10 | years | count | eur")
    better: Better = Field(
        description="higher | lower | none (descriptive: no best- or worst-off group)."
    )
    capitals: tuple[CapitalId, ...] = Field(
        default=(),
        description="The SCP capitals the indicator follows; [] for an outcome that follows "
        "none (well-being, trust in politics).",
    )
    definition: Text = Field(description="What is counted, {nl, en}.")
    sources: tuple[SourceId, ...] = Field(min_length=1, description="Where it is defined.")
    note: str | None = Field(default=None, description="A caveat or the reason for `capitals`.")


class IndicatorFile(Frozen):
    """A file of indicators."""

    schema_version: Literal[1] = 1
    kind: Literal["indicators"]
    indicators: FrozenDict[IndicatorId, Indicator]


class GroupKindSpec(Frozen):
    """One way of breaking a population down, with its groups."""

    label: Text
    groups: FrozenDict[GroupId, Text] = Field(min_length=1, description="Group id → label.")


class GroupFile(Frozen):
    """The groups series can be broken down by; a group id is unique across kinds."""

    schema_version: Literal[1] = 1
    kind: Literal["groups"]
    kinds: FrozenDict[GroupKind, GroupKindSpec]

    @model_validator(mode="after")
    def _unique_ids(self) -> Self:
        seen: dict[str, str] = {}
        for kind, spec in self.kinds.items():
            for group in spec.groups:
                if group in seen:
                    invalid(S.GROUP_IN_TWO_KINDS, group=group, first=seen[group], second=kind)
                seen[group] = kind
        return self


class RowError(TextError):
    """A row's cross-field problem, naming the field it shows at (the loaders put the error
    on that cell)."""

    def __init__(self, text: Text, field: str) -> None:
        super().__init__(text)
        self.field = field


class Observation(Frozen):
    """One value of an indicator for one group in one period."""

    indicator: IndicatorId
    group_kind: GroupKind
    group: GroupId
    period: Period
    value: float | None = Field(
        default=None, description="The value; absent when the source gives only bounds."
    )
    low: float | None = Field(default=None, description="Lower bound (e.g. of a 95 % interval).")
    high: float | None = Field(default=None, description="Upper bound.")
    sources: tuple[SourceId, ...] = Field(min_length=1)
    provenance: Provenance
    provisional: bool = Field(default=False, description="A provisional figure (CBS '*').")
    note: str | None = None

    @model_validator(mode="after")
    def _bounds(self) -> Self:
        low, high, value = self.low, self.high, self.value
        if (low is None) != (high is None):
            raise RowError(S.BOUNDS_PAIR.text(), "high" if high is None else "low")
        if value is None and low is None:
            raise RowError(S.VALUE_OR_BOUNDS.text(), "value")
        if low is not None and high is not None:
            if low > high:
                raise RowError(S.BOUNDS_ORDER.text(low=low, high=high), "high")
            if value is not None and not low <= value <= high:
                raise RowError(S.VALUE_OUTSIDE.text(value=value, low=low, high=high), "value")
        return self

    @property
    def span(self) -> tuple[int, int]:
        """First and last year of the period."""
        return period_span(self.period)


class SeriesSet(Frozen):
    """A loaded monitor data set: the registries and every observation."""

    id: str
    version: str
    title: Text
    sources: FrozenDict[str, Source]
    indicators: FrozenDict[str, Indicator]
    groups: FrozenDict[GroupKind, GroupKindSpec]
    observations: tuple[Observation, ...]
    files: tuple[str, ...] = Field(default=(), description="The files read, in order.")
    groups_file: str = Field(default="groups.yaml", description="The group registry, as shown.")

    def kind_of(self, group: str) -> GroupKind | None:
        """The kind a group id belongs to (None for an unknown id)."""
        for kind, spec in self.groups.items():
            if group in spec.groups:
                return kind
        return None

    def group_label(self, kind: str, group: str) -> Text:
        """A group's label (its id when the registry lacks it)."""
        spec = self.groups.get(kind)  # type: ignore[call-overload]
        if spec is not None and group in spec.groups:
            label: Text = spec.groups[group]
            return label
        return Text(nl=group, en=group)
