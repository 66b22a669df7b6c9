"""Society models: the social classes with their capital positions, and the capital graph."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import model as M
from beleidskompas.model import display
from beleidskompas.model.base import Frozen, FrozenDict, FrozenMap, invalid
from beleidskompas.model.proposal import CAPITALS, AttributeId, CapitalId, ClassId
from beleidskompas.model.sources import Param

SHARE_TOLERANCE = 0.002
"""Class shares must sum to 1 within this tolerance (published shares are rounded)."""

Demographic = Literal[
    "women",
    "age_18_34",
    "age_35_49",
    "age_50_64",
    "age_65_plus",
    "mean_age",
    "migration_background",
]
Outcome = Literal["life_satisfaction", "wrong_way", "non_voting"]


class Attribute(Frozen):
    """A property that target-group criteria can name (e.g. ``low_income``)."""

    label: Text
    description: Text | None = None


class SocialClass(Frozen):
    """One class of a class model, with sourced numbers."""

    id: ClassId
    label: Text
    description: Text
    share: Param = Field(description="Share of adults, in [0, 1].")
    persons: Param | None = Field(default=None, description="Number of adults.")
    reference_income_eur: Param | None = Field(
        default=None,
        description="Standardised disposable income of a typical member, euro a year (turns "
        "euro effects into economic capital).",
    )
    positions: FrozenDict[CapitalId, Param] = Field(
        description="Position on each of the four capitals, on the 0–1 scale."
    )
    demographics: FrozenDict[Demographic, Param] = Field(
        default_factory=FrozenMap,
        description="Shares in [0, 1] (mean_age in years).",
    )
    attributes: FrozenDict[AttributeId, Param] = Field(
        default_factory=FrozenMap,
        description="Share of the class that has each attribute, in [0, 1].",
    )
    outcomes: FrozenDict[Outcome, Param] = Field(
        default_factory=FrozenMap,
        description="life_satisfaction (0–10); wrong_way and non_voting as shares.",
    )

    @model_validator(mode="after")
    def _check(self) -> SocialClass:
        if not 0.0 <= self.share.value <= 1.0:
            invalid(M.CLASS_SHARE, id=self.id)
        missing = [c for c in CAPITALS if c not in self.positions]
        if missing:
            invalid(M.CLASS_POSITIONS_MISSING, id=self.id, capitals=", ".join(missing))
        for capital, param in self.positions.items():
            if not 0.0 <= param.value <= 1.0:
                invalid(M.CLASS_POSITION_RANGE, id=self.id, capital=capital)
        for name, param in self.attributes.items():
            if not 0.0 <= param.value <= 1.0:
                invalid(M.CLASS_ATTRIBUTE_SHARE, id=self.id, name=name)
        for demo_name, param in self.demographics.items():
            if demo_name != "mean_age" and not 0.0 <= param.value <= 1.0:
                invalid(M.CLASS_DEMOGRAPHIC_SHARE, id=self.id, name=demo_name)
        return self


class GapClasses(Frozen):
    """The two classes whose difference in total capital is the top–bottom gap."""

    top: ClassId
    bottom: ClassId


class ClassModel(Frozen):
    """A class model: which classes exist, their shares, positions and attributes."""

    schema_version: Literal[1] = 1
    kind: Literal["classes"] = "classes"
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    title: Text
    description: Text | None = None
    attributes: FrozenDict[AttributeId, Attribute] = Field(
        description="The attribute ids every class must give a share for."
    )
    bottom_classes: tuple[ClassId, ...] = Field(
        min_length=1,
        description="Classes counted as 'bottom' in the benefit-share figure.",
    )
    gap_classes: GapClasses = Field(description="Classes that define the top–bottom gap.")
    published_gap: Param | None = Field(
        default=None, description="The published top–bottom gap in total capital, if any."
    )
    classes: tuple[SocialClass, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _check(self) -> ClassModel:
        ids = [c.id for c in self.classes]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            invalid(M.DUPLICATE_CLASS_IDS, ids=", ".join(duplicates))
        total = sum(c.share.value for c in self.classes)
        if abs(total - 1.0) > SHARE_TOLERANCE:
            invalid(M.SHARES_SUM, total=f"{total:.4f}")
        known = set(ids)
        for name in [*self.bottom_classes, self.gap_classes.top, self.gap_classes.bottom]:
            if name not in known:
                invalid(M.UNKNOWN_CLASS, name=name, known=", ".join(ids))
        for cls in self.classes:
            missing = [a for a in self.attributes if a not in cls.attributes]
            extra = [a for a in cls.attributes if a not in self.attributes]
            if missing:
                invalid(M.ATTRIBUTE_SHARES_MISSING, id=cls.id, names=", ".join(missing))
            if extra:
                invalid(M.UNDECLARED_ATTRIBUTES, id=cls.id, names=", ".join(extra))
        return self

    def get(self, class_id: str) -> SocialClass:
        """The class with this id."""
        for cls in self.classes:
            if cls.id == class_id:
                return cls
        raise KeyError(class_id)

    @property
    def ids(self) -> list[str]:
        """Class ids in file order."""
        return [c.id for c in self.classes]

    def _repr_html_(self) -> str:
        return display.html(self)


class CapitalNode(Frozen):
    """One capital in the graph."""

    id: CapitalId
    label: Text
    description: Text


class Edge(Frozen):
    """A weighted dependency: a change in ``from`` passes ``weight`` of itself on to ``to``."""

    model_config = Frozen.model_config | {"populate_by_name": True}

    source: CapitalId = Field(alias="from")
    target: CapitalId = Field(alias="to")
    weight: Param = Field(description="Share passed on, in [0, 1).")
    description: Text | None = None

    @model_validator(mode="after")
    def _check(self) -> Edge:
        if not 0.0 <= self.weight.value < 1.0:
            invalid(M.EDGE_WEIGHT, source=self.source, target=self.target)
        if self.source == self.target:
            invalid(M.EDGE_SELF_LOOP, source=self.source, target=self.target)
        return self


class CapitalGraphSpec(Frozen):
    """The capital graph as written in the rule set."""

    schema_version: Literal[1] = 1
    kind: Literal["capital_graph"] = "capital_graph"
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    title: Text
    description: Text | None = None
    capitals: tuple[CapitalNode, ...]
    edges: tuple[Edge, ...]

    @model_validator(mode="after")
    def _check(self) -> CapitalGraphSpec:
        ids = [c.id for c in self.capitals]
        if sorted(ids) != sorted(CAPITALS):
            invalid(M.GRAPH_CAPITALS, capitals=", ".join(CAPITALS))
        pairs = [(e.source, e.target) for e in self.edges]
        dup = sorted({f"{a} → {b}" for a, b in pairs if pairs.count((a, b)) > 1})
        if dup:
            invalid(M.DUPLICATE_EDGES, edges=", ".join(dup))
        return self
