"""Loading a monitor data set: ``monitor.yaml``, its registries and its series files.

A data set is a folder like the bundled ``monitor/`` (shipped in the wheel as
``beleidskompas/_monitor``): a manifest naming source registries, indicator files, the
group registry and series files (CSV, or CBS imports). ``extends: default`` starts from
the bundled data set. Every file is validated with positions, every value is checked
against the registries, and a value given twice is an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from beleidskompas.errors import InputError, Problem
from beleidskompas.i18n import Text
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.i18n.catalogue import series as S
from beleidskompas.io.cbs import import_cbs, is_cbs_import
from beleidskompas.io.collector import collector_paused
from beleidskompas.io.document import Document, load_document
from beleidskompas.io.series import Located, Registries, check_observations, read_series_csv
from beleidskompas.io.validate import validate
from beleidskompas.model.rules import SourceRegistry
from beleidskompas.model.series import GroupFile, Indicator, IndicatorFile, SeriesSet
from beleidskompas.model.series_files import MonitorManifest
from beleidskompas.model.sources import Source

M = TypeVar("M", bound=BaseModel)
MANIFEST = "monitor.yaml"
CSV_SUFFIXES = (".csv",)
IMPORT_SUFFIXES = (".yaml", ".yml", ".json")


def default_monitor_dir() -> Path:
    """The bundled data set: shipped in the wheel, or the repository's ``monitor/``."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_monitor"
    if (shipped / MANIFEST).is_file():
        return shipped
    checkout = package.parent.parent / "monitor"
    if (checkout / MANIFEST).is_file():
        return checkout
    raise InputError.single(str(shipped), S.DEFAULT_MONITOR_MISSING)  # pragma: no cover


def _load(path: Path, model: type[M]) -> tuple[Document, M]:
    doc = load_document(path)
    return doc, validate(model, doc)


def _error(
    doc: Document, loc: tuple[str | int, ...], text: Text, *, key: bool = False
) -> InputError:
    line, column = doc.position(loc, key=key) or (None, None)
    return InputError(str(doc.path), [Problem(text, loc, line, column)])


def _expand(base: Path, patterns: Iterable[str], doc: Document, role: str) -> list[Path]:
    paths: list[Path] = []
    for i, pattern in enumerate(patterns):
        glob = any(ch in pattern for ch in "*?[")
        candidates = sorted(base.glob(pattern)) if glob else [base / pattern]
        found = [p for p in candidates if p.is_file()]
        if not found:
            raise _error(doc, ("files", role, i), E.NO_FILE_FOR_PATTERN.text(pattern=pattern))
        paths += found
    return paths


@dataclass
class _Parts:
    """What the manifests of a data set (and the one it extends) contribute."""

    sources: dict[str, Source] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    indicator_docs: list[tuple[Document, IndicatorFile]] = field(default_factory=list)
    groups: tuple[Document, GroupFile] | None = None
    series: list[Path] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def add_sources(self, path: Path) -> None:
        doc, registry = _load(path, SourceRegistry)
        self.files.append(str(path))
        for source_id, source in registry.sources.items():
            if source_id in self.sources:
                text = S.DUPLICATE_SOURCE.text(id=source_id, other=self.origin[f"s:{source_id}"])
                raise _error(doc, ("sources", source_id), text, key=True)
            self.sources[source_id] = source
            self.origin[f"s:{source_id}"] = str(path)

    def add_indicators(self, path: Path) -> None:
        doc, indicators = _load(path, IndicatorFile)
        self.files.append(str(path))
        for indicator_id, indicator in indicators.indicators.items():
            if indicator_id in self.indicators:
                other = self.origin[f"i:{indicator_id}"]
                text = S.DUPLICATE_INDICATOR.text(id=indicator_id, other=other)
                raise _error(doc, ("indicators", indicator_id), text, key=True)
            self.indicators[indicator_id] = indicator
            self.origin[f"i:{indicator_id}"] = str(path)
        self.indicator_docs.append((doc, indicators))


def _manifest(path: Path) -> tuple[Document, MonitorManifest]:
    if path.is_dir():
        path = path / MANIFEST
        if not path.is_file():
            raise InputError.single(path.parent, S.NOT_A_MONITOR_FOLDER)
    return _load(path, MonitorManifest)


def _collect(doc: Document, manifest: MonitorManifest, parts: _Parts) -> None:
    root = doc.path.parent
    if manifest.extends == "default":
        base_doc, base = _manifest(default_monitor_dir())
        if base.extends is None:
            _collect(base_doc, base, parts)
    parts.files.append(str(doc.path))
    for path in _expand(root, manifest.files.sources, doc, "sources"):
        parts.add_sources(path)
    for path in _expand(root, manifest.files.indicators, doc, "indicators"):
        parts.add_indicators(path)
    if manifest.files.groups is not None:
        groups_path = _expand(root, [manifest.files.groups], doc, "groups")[0]
        parts.groups = _load(groups_path, GroupFile)
        parts.files.append(str(groups_path))
    parts.series += _expand(root, manifest.files.series, doc, "series")


def _check_indicator_sources(parts: _Parts) -> None:
    for doc, indicators in parts.indicator_docs:
        for indicator_id, indicator in indicators.indicators.items():
            for i, ref in enumerate(indicator.sources):
                if ref not in parts.sources:
                    loc = ("indicators", indicator_id, "sources", i)
                    raise _error(doc, loc, S.UNKNOWN_SOURCE.text(ref=ref))


def _read_files(path: Path | str, items: list[Located]) -> list[str]:
    """A series file and the files its values were read from (a CBS import's export)."""
    return list(dict.fromkeys([str(path), *(item.file for item in items)]))


def registries_of(series: SeriesSet) -> Registries:
    """The registries of a data set, for checking further series files against them."""
    return Registries(series.indicators, series.groups, series.sources, series.groups_file)


def shown_name(path: Path) -> str:
    """A data-set file as people see it: ``monitor/...`` for the bundled data set, else the
    path as given."""
    try:
        inside = path.resolve().relative_to(default_monitor_dir().resolve())
    except ValueError:
        return str(path)
    return f"monitor/{inside.as_posix()}"


def read_series_file(path: Path | str, registries: Registries) -> list[Located]:
    """The values of one series file: CSV, or a CBS import (by its ``kind``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return read_series_csv(path)
    if suffix in IMPORT_SUFFIXES and not path.is_dir():
        doc = load_document(path)
        if is_cbs_import(doc.data):
            return import_cbs(path, registries)
    if path.is_dir():
        raise InputError.single(path, S.SERIES_KIND)
    if not path.exists():
        raise InputError.single(path, E.FILE_NOT_FOUND)
    raise InputError.single(path, S.SERIES_KIND)


def load_data_set(directory: Path | str | None = None) -> SeriesSet:
    """Load, validate and check a monitor data set (the bundled one when None)."""
    root = Path(directory) if directory is not None else default_monitor_dir()
    doc, manifest = _manifest(root)
    parts = _Parts()
    _collect(doc, manifest, parts)
    if parts.groups is None:
        raise _error(doc, ("files",), S.NO_GROUPS_FILE.text())
    _check_indicator_sources(parts)
    groups_doc, groups = parts.groups
    groups_file = shown_name(groups_doc.path)
    registries = Registries(parts.indicators, groups.kinds, parts.sources, groups_file)
    items: list[Located] = []
    for path in parts.series:
        read = read_series_file(path, registries)
        items += read
        parts.files += _read_files(path, read)
    return SeriesSet(
        id=manifest.id,
        version=manifest.version,
        title=manifest.title,
        sources=parts.sources,
        indicators=parts.indicators,
        groups=groups.kinds,
        observations=tuple(check_observations(items, registries)),
        files=tuple(parts.files),
        groups_file=groups_file,
    )


@lru_cache(maxsize=1)
def default_data_set() -> SeriesSet:
    """The bundled data set (loaded once per process)."""
    return load_data_set()


def with_series(base: SeriesSet, paths: Iterable[Path | str]) -> SeriesSet:
    """``base``'s registries with the values of ``paths`` instead of its own series."""
    registries = registries_of(base)
    items: list[Located] = []
    files: list[str] = []
    with collector_paused():  # a large file: see io.collector
        for path in paths:
            read = read_series_file(path, registries)
            items += read
            files += _read_files(path, read)
        observations = tuple(check_observations(items, registries))
    return base.model_copy(update={"observations": observations, "files": tuple(files)})
