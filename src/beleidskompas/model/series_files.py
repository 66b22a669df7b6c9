"""The files of a monitor data set: its manifest, and the import of a CBS StatLine export."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from beleidskompas.i18n import Text
from beleidskompas.model.base import Frozen, FrozenDict, FrozenMap
from beleidskompas.model.monitoring import GroupId, IndicatorId
from beleidskompas.model.rules import FileId, Version
from beleidskompas.model.sources import Provenance, SourceId

TableId = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]{4,16}$")]


class MonitorFiles(Frozen):
    """Which files make up the data set (paths relative to the manifest; globs allowed)."""

    sources: tuple[str, ...] = Field(default=(), description="Source registries.")
    indicators: tuple[str, ...] = Field(default=(), description="Indicator files.")
    groups: str | None = Field(
        default=None, description="The group registry; the default data set's when absent."
    )
    series: tuple[str, ...] = Field(
        default=(), description="Series files: CSV (docs/monitor.md) or CBS imports (.yaml)."
    )


class MonitorManifest(Frozen):
    """``monitor.yaml``: id, version and the files of a monitor data set."""

    schema_version: Literal[1] = 1
    kind: Literal["monitor"]
    id: FileId
    version: Version
    title: Text
    description: Text | None = None
    extends: Literal["default"] | None = Field(
        default=None,
        description="Start from the default data set: its sources, indicators and series are "
        "added to this one's, its groups used unless this manifest names its own.",
    )
    files: MonitorFiles


class CbsMargins(Frozen):
    """The dimension of a survey table that holds a value and its interval bounds."""

    dimension: str = Field(default="Marges", description="Its key in DataProperties.")
    value: str = Field(default="Waarde", description="Title of the value.")
    low: str = Field(default="Ondergrens 95%-interval", description="Title of the lower bound.")
    high: str = Field(default="Bovengrens 95%-interval", description="Title of the upper bound.")


class CbsImport(Frozen):
    """How to read a table exported from CBS StatLine with ``cbsodata`` as series.

    ``export`` is a JSON file, or a folder as ``cbsodata.get_data(table, dir=...)`` writes
    it (one ``<endpoint>.json`` per endpoint). Dimension values are matched by their Title.
    """

    schema_version: Literal[1] = 1
    kind: Literal["cbs_import"]
    export: str = Field(description="The export, relative to this file.")
    table: TableId = Field(description="The StatLine table id, e.g. 84572NED.")
    sources: tuple[SourceId, ...] = Field(min_length=1, description="Sources of the values.")
    provenance: Provenance = Field(default="found", description="Provenance of every value.")
    measures: FrozenDict[str, IndicatorId] = Field(
        min_length=1, description="Measure (Topic) key → indicator id; other measures are left out."
    )
    groups: FrozenDict[str, GroupId] = Field(
        default_factory=FrozenMap, description="Dimension Title → group id."
    )
    totals: tuple[str, ...] = Field(
        default=(), description="Titles that stand for everyone (e.g. 'Totaal personen')."
    )
    margins: CbsMargins = Field(default_factory=CbsMargins)
    unmapped: Literal["error", "skip"] = Field(
        default="error",
        description="A row with a Title in neither groups nor totals, or with two non-total "
        "dimensions: an error (default), or left out.",
    )
    note: str | None = Field(default=None, description="Put on every value read.")
