"""Series from tables exported from CBS StatLine with the ``cbsodata`` package.

Two export forms are read, with the position of every value for error messages:

* a **folder** as ``cbsodata.get_data(table, dir=...)`` writes it: one ``<endpoint>.json``
  per OData endpoint (``DataProperties.json``, ``TypedDataSet.json`` or
  ``UntypedDataSet.json``, ``TableInfos.json`` and one code list per dimension, such as
  ``Perioden.json``). The data rows hold code-list *keys* (``2021JJ00``), which are turned
  into Titles through the code lists, as ``get_data`` does;
* a **JSON file** with ``DataProperties`` and either ``data`` (the rows ``get_data``
  returns, dimension values already Titles) or ``TypedDataSet``/``UntypedDataSet`` (keys),
  optionally ``TableInfos`` and code lists (top-level by dimension key, or in ``codelists``).

What becomes which series is said by a CBS import file (:class:`CbsImport`): measures →
indicators, dimension Titles → groups. A ``null`` cell (or ``.``/``x`` in an untyped data
set) is missing and stays missing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from beleidskompas.errors import InputError, Loc, Problem
from beleidskompas.i18n import Entry, Text, shorten
from beleidskompas.i18n.catalogue import series as S
from beleidskompas.io.document import Document, load_document
from beleidskompas.io.series import NUMBER, Located, Registries, did_you_mean
from beleidskompas.io.validate import validate
from beleidskompas.model.series import Observation, RowError, period_label
from beleidskompas.model.series_files import CbsImport

DIMENSIONS = ("Dimension", "GeoDimension")
UNITS = {"%": "percent", "procent": "percent", "jaren": "years", "jaar": "years"}
UNITS |= {"aantal": "count", "euro": "eur", "rapportcijfer": "score_0_10"}
"""CBS units (``DataProperties.Unit``) with the indicator unit they must meet; other units
are not checked."""
MISSING = ("", ".", "x", "-", "–")
"""Cells of an untyped data set that mean "no figure" (CBS's legend: ``.`` missing, ``x``
confidential, ``-`` nil is also not a figure to follow)."""
PROVISIONAL = "Voorlopig"
_YEAR = re.compile(r"^([0-9]{4})(\*{0,2})$")
_SPAN = re.compile(r"^([0-9]{4}) ?[/-] ?([0-9]{4})(\*{0,2})$")
_SHORT = re.compile(r"^([0-9]{4}) ?/ ?'([0-9]{2})(\*{0,2})$")
_KEY = re.compile(r"^([0-9]{4})JJ00$")
_SUBYEAR = re.compile(r"^[0-9]{4}(KW|MM)[0-9]{2}$|^[0-9]{4} \S")


@dataclass
class Rows:
    """The data rows of an export, each with the document and the path it was read at."""

    records: list[tuple[dict[str, Any], Document, Loc]] = field(default_factory=list)
    raw: bool = False


@dataclass
class Export:
    """A CBS export as read: table id, DataProperties, code lists (key → record), rows."""

    path: Path
    table: str | None
    properties: list[dict[str, Any]]
    codelists: dict[str, dict[str, dict[str, Any]]]
    rows: Rows
    where: Document

    def keys_of(self, *types: str) -> list[str]:
        """The Keys of the DataProperties of the given Types."""
        out: list[str] = []
        for prop in self.properties:
            kind = str(prop.get("Type") or str(prop.get("odata.type", "")).rpartition(".")[2])
            if kind in types and isinstance(prop.get("Key"), str) and prop["Key"]:
                out.append(prop["Key"])
        return out

    def unit_of(self, key: str) -> str | None:
        """The Unit of a measure."""
        for prop in self.properties:
            if prop.get("Key") == key:
                unit = prop.get("Unit")
                return unit.strip() if isinstance(unit, str) else None
        return None


def _fail(doc: Document, loc: Loc, message: Text | Entry, *, key: bool = False) -> InputError:
    text = message.text() if isinstance(message, Entry) else message
    line, column = doc.position(loc, key=key) or (None, None)
    return InputError(str(doc.path), [Problem(text, loc, line, column)])


def _records(doc: Document, loc: Loc, value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise _fail(doc, loc, S.CBS_NOT_A_LIST)
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise _fail(doc, (*loc, index), S.CBS_NOT_A_RECORD)
    return value


def _codelist(doc: Document, loc: Loc, value: Any) -> dict[str, dict[str, Any]]:
    return {str(r.get("Key", "")).strip(): r for r in _records(doc, loc, value)}


def _table_of(infos: list[dict[str, Any]]) -> str | None:
    ident = infos[0].get("Identifier") if infos else None
    return str(ident) if ident else None


def _read_folder(path: Path) -> Export:
    def doc_of(name: str) -> Document | None:
        file = path / f"{name}.json"
        return load_document(file) if file.is_file() else None

    props_doc = doc_of("DataProperties")
    data_doc = doc_of("TypedDataSet") or doc_of("UntypedDataSet")
    if props_doc is None or data_doc is None:
        raise InputError.single(path, S.CBS_LAYOUT.text(expected=S.CBS_LAYOUT_FOLDER))
    properties = _records(props_doc, (), props_doc.data)
    infos_doc = doc_of("TableInfos")
    infos = _records(infos_doc, (), infos_doc.data) if infos_doc else []
    export = Export(path, _table_of(infos), properties, {}, Rows(raw=True), props_doc)
    for key in export.keys_of(*DIMENSIONS, "TimeDimension"):
        code_doc = doc_of(key)
        if code_doc is not None:
            export.codelists[key] = _codelist(code_doc, (), code_doc.data)
    rows = _records(data_doc, (), data_doc.data)
    export.rows.records = [(row, data_doc, (i,)) for i, row in enumerate(rows)]
    return export


def _read_file(path: Path) -> Export:
    doc = load_document(path)
    data = doc.data
    names = ("data", "TypedDataSet", "UntypedDataSet")
    name = next((n for n in names if isinstance(data, dict) and n in data), None)
    if not isinstance(data, dict) or "DataProperties" not in data or name is None:
        raise _fail(doc, (), S.CBS_LAYOUT.text(expected=S.CBS_LAYOUT_FILE))
    properties = _records(doc, ("DataProperties",), data["DataProperties"])
    infos = _records(doc, ("TableInfos",), data.get("TableInfos", []))
    table = str(data["table_id"]) if data.get("table_id") else _table_of(infos)
    export = Export(path, table, properties, {}, Rows(raw=name != "data"), doc)
    lists = data.get("codelists", {})
    for key in export.keys_of(*DIMENSIONS, "TimeDimension"):
        if isinstance(lists, dict) and key in lists:
            export.codelists[key] = _codelist(doc, ("codelists", key), lists[key])
        elif key in data:
            export.codelists[key] = _codelist(doc, (key,), data[key])
    rows = _records(doc, (name,), data[name])
    export.rows.records = [(row, doc, (name, i)) for i, row in enumerate(rows)]
    return export


def read_export(path: Path | str) -> Export:
    """Read a CBS export (a folder written by cbsodata, or one JSON file)."""
    path = Path(path)
    return _read_folder(path) if path.is_dir() else _read_file(path)


# --------------------------------------------------------------------------- periods


def parse_period(title: str) -> tuple[str, bool] | None:
    """A StatLine period as a monitor period, and whether it is provisional (``*``).

    ``2021`` and ``2021JJ00`` → ``2021``; ``2015/2018`` (an average over those years) →
    ``2015-2018``; ``2010/'11`` (a school or book year) → ``2010-2011``. None when the
    title is not a year or a span of years.
    """
    text = title.strip()
    if match := _YEAR.match(text) or _KEY.match(text):
        star = match.group(2) if match.re is _YEAR else ""
        return match.group(1), bool(star)
    if match := _SPAN.match(text):
        start, end = int(match.group(1)), int(match.group(2))
        return period_label(start, end), bool(match.group(3))
    if match := _SHORT.match(text):
        start = int(match.group(1))
        century = start - start % 100
        end = century + int(match.group(2))
        end += 100 if end < start else 0
        return period_label(start, end), bool(match.group(3))
    return None


# --------------------------------------------------------------------------- the import


def _check_spec(doc: Document, spec: CbsImport, registries: Registries) -> None:
    problems: list[Problem] = []

    def add(loc: Loc, entry: Entry, **params: Any) -> None:
        line, column = doc.position(loc) or (None, None)
        problems.append(Problem(entry.text(**params), loc, line, column))

    for i, ref in enumerate(spec.sources):
        if ref not in registries.sources:
            add(("sources", i), S.UNKNOWN_SOURCE, ref=ref)
    known = list(registries.indicators)
    for key, indicator in spec.measures.items():
        if indicator not in registries.indicators:
            hint = did_you_mean(indicator, known)
            add(
                ("measures", key),
                S.UNKNOWN_INDICATOR,
                name=indicator,
                hint=hint,
                known=", ".join(known),
            )
    for title, group in spec.groups.items():
        if registries.kind_of(group) is None:
            hint = did_you_mean(group, registries.group_ids())
            add(
                ("groups", title),
                S.UNKNOWN_GROUP,
                name=group,
                hint=hint,
                file=registries.groups_file,
            )
    if problems:
        raise InputError(str(doc.path), problems)


def _check_export(doc: Document, spec: CbsImport, export: Export, registries: Registries) -> None:
    if export.table is not None and export.table.strip().upper() != spec.table.upper():
        raise _fail(doc, ("table",), S.CBS_TABLE.text(found=export.table, table=spec.table))
    if not export.keys_of("TimeDimension"):
        raise _fail(export.where, (), S.CBS_NO_TIME)
    topics = export.keys_of("Topic")
    for key, indicator in spec.measures.items():
        if key not in topics:
            message = S.CBS_UNKNOWN_MEASURE.text(key=key, known=", ".join(topics))
            raise _fail(doc, ("measures", key), message, key=True)
        unit = export.unit_of(key)
        expected = UNITS.get((unit or "").lower())
        wanted = registries.indicators[indicator].unit
        if expected is not None and expected != wanted:
            message = S.CBS_UNIT.text(unit=unit, key=key, indicator=indicator, expected=wanted)
            raise _fail(doc, ("measures", key), message)


@dataclass
class _Cell:
    """The parts of one value (value, low, high) gathered from the rows."""

    file: str
    line: int
    positions: dict[str, tuple[int, int]]
    provisional: bool = False
    parts: dict[str, float] = field(default_factory=dict)


class _Reader:
    """Turns the rows of an export into observation cells, as an import file says."""

    def __init__(self, spec: CbsImport, export: Export, registries: Registries) -> None:
        self.spec, self.export, self.registries = spec, export, registries
        self.time = export.keys_of("TimeDimension")[0]
        self.dims = export.keys_of(*DIMENSIONS)
        total = registries.groups.get("total")
        self.total = next(iter(total.groups)) if total else "nederland"
        margins = spec.margins
        self.parts = {margins.value: "value", margins.low: "low", margins.high: "high"}
        self.cells: dict[tuple[str, str, str], _Cell] = {}

    def title(self, dim: str, value: Any) -> tuple[str, dict[str, Any] | None]:
        """A dimension value as its Title, and its code-list record when known."""
        text = str(value).strip() if value is not None else ""
        codes = self.export.codelists.get(dim, {})
        if self.export.rows.raw and text in codes:
            record = codes[text]
            return str(record.get("Title", text)).strip(), record
        found = next((r for r in codes.values() if str(r.get("Title", "")).strip() == text), None)
        return text, found

    def group(self, row: dict[str, Any], doc: Document, loc: Loc) -> tuple[str, str] | None:
        """The row's (group, part): None to skip it; InputError when it cannot be read."""
        group: str | None = None
        part = "value"
        for dim in self.dims:
            title, _ = self.title(dim, row.get(dim))
            if dim == self.spec.margins.dimension:
                if title not in self.parts:
                    m = self.spec.margins
                    message = S.CBS_MARGIN.text(title=title, value=m.value, low=m.low, high=m.high)
                    raise _fail(doc, (*loc, dim), message)
                part = self.parts[title]
            elif title in self.spec.totals:
                continue
            elif title in self.spec.groups and group is None:
                group = self.spec.groups[title]
            elif self.spec.unmapped == "skip":
                return None
            elif title in self.spec.groups:
                other = self.spec.groups[title]
                raise _fail(doc, (*loc, dim), S.CBS_CROSS.text(first=group, second=other))
            else:
                message = S.CBS_UNMAPPED.text(
                    title=shorten(title),
                    dimension=dim,
                    spec=f"{self.spec.kind} ({self.spec.table})",
                )
                raise _fail(doc, (*loc, dim), message)
        return group or self.total, part

    def period(self, row: dict[str, Any], doc: Document, loc: Loc) -> tuple[str, bool]:
        title, record = self.title(self.time, row.get(self.time))
        parsed = parse_period(title)
        if parsed is None:
            entry = S.CBS_SUBYEAR if _SUBYEAR.match(title) else S.CBS_PERIOD
            raise _fail(doc, (*loc, self.time), entry.text(title=shorten(title)))
        status = str((record or {}).get("Status", "")).strip()
        return parsed[0], parsed[1] or status == PROVISIONAL

    def number(self, value: Any, doc: Document, loc: Loc) -> float | None:
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return float(value)
        text = str(value).strip()
        if text in MISSING:
            return None
        if not NUMBER.fullmatch(text):
            raise _fail(doc, loc, S.NOT_A_NUMBER.text(got=shorten(text)))
        return float(text)

    def add(self, row: Any, doc: Document, loc: Loc) -> None:
        if not isinstance(row, dict):
            raise _fail(doc, loc, S.CBS_NOT_A_RECORD)
        found = self.group(row, doc, loc)
        if found is None:
            return
        group, part = found
        period, provisional = self.period(row, doc, loc)
        line = (doc.position(loc) or (0, 0))[0]
        for key, indicator in self.spec.measures.items():
            value = self.number(row.get(key), doc, (*loc, key))
            if value is None:
                continue
            cell = self.cells.setdefault(
                (indicator, group, period), _Cell(str(doc.path), line, {}, provisional)
            )
            if part in cell.parts:
                message = S.CBS_DUPLICATE.text(
                    indicator=indicator, group=group, period=period, part=part, other=cell.line
                )
                raise _fail(doc, (*loc, key), message)
            cell.parts[part] = value
            cell.provisional = cell.provisional or provisional
            where = doc.position((*loc, key)) or (line, 1)
            cell.positions.setdefault("value" if part == "value" else part, where)
            cell.positions.setdefault("period", doc.position((*loc, self.time)) or where)

    def observations(self) -> list[Located]:
        out: list[Located] = []
        for (indicator, group, period), cell in self.cells.items():
            if "value" not in cell.parts:
                continue  # bounds without a value: the value is missing, and stays missing
            bounds: dict[str, Any] = {k: cell.parts[k] for k in ("low", "high") if k in cell.parts}
            data: dict[str, Any] = {
                "indicator": indicator,
                "group_kind": self.registries.kind_of(group) or "total",
                "group": group,
                "period": period,
                "value": cell.parts["value"],
                **(bounds if len(bounds) == 2 else {}),
                "sources": self.spec.sources,
                "provenance": self.spec.provenance,
                "provisional": cell.provisional,
                "note": self.spec.note,
            }
            try:
                observation = Observation.model_validate(data)
            except ValidationError as exc:
                raise _cell_error(exc, cell) from None
            out.append(Located(observation, cell.file, cell.line, cell.positions))
        return out


def _cell_error(exc: ValidationError, cell: _Cell) -> InputError:
    problems: list[Problem] = []
    for err in exc.errors(include_url=False):
        error = (err.get("ctx") or {}).get("error")
        name = error.field if isinstance(error, RowError) else str((err["loc"] or ("value",))[0])
        text = error.text if isinstance(error, RowError) else Text(nl=err["msg"], en=err["msg"])
        line, column = cell.positions.get(name, (cell.line, 1))
        problems.append(Problem(text, (), line, column))
    return InputError(cell.file, problems)


def import_cbs(path: Path | str, registries: Registries) -> list[Located]:
    """The series a CBS import file describes, read from its export."""
    path = Path(path)
    doc = load_document(path)
    spec = validate(CbsImport, doc)
    _check_spec(doc, spec, registries)
    export = read_export(path.parent / spec.export)
    _check_export(doc, spec, export, registries)
    reader = _Reader(spec, export, registries)
    for row, row_doc, loc in export.rows.records:
        reader.add(row, row_doc, loc)
    return reader.observations()


def is_cbs_import(data: Mapping[str, Any] | Any) -> bool:
    """Whether parsed YAML is a CBS import file."""
    return isinstance(data, dict) and data.get("kind") == "cbs_import"
