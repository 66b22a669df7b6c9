"""Series files in the plain CSV layout, and the checks every series value passes.

The layout (docs/monitor.md; JSON Schema ``schemas/series-row.schema.json``): a header
line naming the columns, then one line per value. Required columns: ``indicator``,
``group_kind``, ``group``, ``period``, ``sources`` (ids separated by ``;``) and
``provenance``; optional: ``value``, ``low``, ``high``, ``provisional`` and ``note``.
Columns may come in any order. Numbers use a decimal point; an empty cell is absent.
Every problem is reported at its cell: ``FILE:LINE:COL: column: message``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from beleidskompas.errors import InputError, Loc, Problem
from beleidskompas.i18n import Entry, Text, shorten
from beleidskompas.i18n.catalogue import series as S
from beleidskompas.io.collector import collector_paused
from beleidskompas.io.csv_doc import CsvRecord, iter_csv
from beleidskompas.io.document import Document, empty_file, read_text
from beleidskompas.io.validate import validation_error
from beleidskompas.model.series import (
    NUMBER_PATTERN,
    GroupKind,
    GroupKindSpec,
    Indicator,
    Observation,
    RowError,
)
from beleidskompas.model.sources import Source

COLUMNS = (
    "indicator",
    "group_kind",
    "group",
    "period",
    "value",
    "low",
    "high",
    "sources",
    "provenance",
    "provisional",
    "note",
)
REQUIRED = ("indicator", "group_kind", "group", "period", "sources", "provenance")
NUMBERS = ("value", "low", "high")
NUMBER = re.compile(NUMBER_PATTERN)
DECIMAL_COMMA = re.compile(r"^[+-]?[0-9]+,[0-9]+$")
TRUE, FALSE = ("true",), ("false", "")
MAX_CELLS = 2 * len(COLUMNS)
"""More cells than this in one line is a broken file: reading stops at the first extra one."""
MAX_PROBLEMS = 100
"""Reading a series file stops after this many problems (only the first ten are shown)."""


@dataclass(frozen=True)
class Registries:
    """What series values may refer to: indicators, groups and sources."""

    indicators: Mapping[str, Indicator]
    groups: Mapping[GroupKind, GroupKindSpec]
    sources: Mapping[str, Source]
    groups_file: str = "groups.yaml"

    def kind_of(self, group: str) -> GroupKind | None:
        """The kind a group id belongs to."""
        for kind, spec in self.groups.items():
            if group in spec.groups:
                return kind
        return None

    def group_ids(self) -> list[str]:
        """Every group id."""
        return [g for spec in self.groups.values() for g in spec.groups]


@dataclass(frozen=True)
class Located:
    """An observation and where it was read (field → line, column)."""

    observation: Observation
    file: str
    line: int
    positions: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def at(self, name: str) -> tuple[int, int]:
        """Where field ``name`` was read (the start of the row when it was not a cell)."""
        return self.positions.get(name, (self.line, 1))


def did_you_mean(name: str, known: Iterable[str]) -> Text | str:
    """'; did you mean …?' for a close match, else nothing."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return S.DID_YOU_MEAN.text(name=close[0]) if close else ""


# --------------------------------------------------------------------------- the CSV layout


def _header(path: Path, record: CsvRecord) -> list[str]:
    names = [cell.strip() for cell in record.cells]
    problems: list[Problem] = []
    for index, (name, (line, column)) in enumerate(zip(names, record.positions, strict=True)):
        if name not in COLUMNS:
            if ";" in name or "\t" in name:
                problems.append(Problem(S.CSV_SEPARATOR.text(), (), line, column))
                continue
            hint = did_you_mean(name, COLUMNS)
            message = S.CSV_UNKNOWN_COLUMN.text(
                column=shorten(name), hint=hint, allowed=", ".join(COLUMNS)
            )
            problems.append(Problem(message, (shorten(name),), line, column))
        elif name in names[:index]:
            message = S.CSV_DUPLICATE_COLUMN.text(column=name)
            problems.append(Problem(message, (name,), line, column))
    for name in REQUIRED:
        if name not in names and not problems:
            message = S.CSV_MISSING_COLUMN.text(column=name, required=", ".join(REQUIRED))
            problems.append(Problem(message, (), record.line, 1))
    if problems:
        raise InputError(str(path), problems)
    return names


def _number(text: str, problems: list[Text]) -> float | None:
    if NUMBER.fullmatch(text):
        return float(text)
    if DECIMAL_COMMA.match(text):
        problems.append(S.DECIMAL_COMMA.text(got=text, fixed=text.replace(",", ".")))
    else:
        problems.append(S.NOT_A_NUMBER.text(got=shorten(text)))
    return None


def _cell(name: str, raw: str, problems: list[Text]) -> Any:
    """A cell as the model field wants it (None for an empty optional cell)."""
    text = raw if name == "note" else raw.strip()
    if not text:
        if name in REQUIRED:
            problems.append(S.REQUIRED.text())
        return None
    if name in NUMBERS:
        return _number(text, problems)
    if name == "sources":
        ids = [part.strip() for part in text.split(";")]
        if any(not part for part in ids):
            problems.append(S.EMPTY_SOURCE_ID.text())
        return tuple(ids)
    if name == "provisional":
        if text not in TRUE + FALSE:
            problems.append(S.NOT_A_BOOL.text(got=shorten(text)))
        return text in TRUE
    return text


class CellPositions(Mapping[str, tuple[int, int]]):
    """Where each cell of a CSV record starts, by column name, worked out when asked: a row
    keeps its record and the file's shared column index instead of a dict of its own (a
    large file keeps far fewer objects alive)."""

    __slots__ = ("index", "record")

    def __init__(self, index: Mapping[str, int], record: CsvRecord) -> None:
        self.index = index
        self.record = record

    def __getitem__(self, name: str) -> tuple[int, int]:
        return self.record.position(self.index[name])

    def __iter__(self) -> Iterator[str]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


def _row(
    path: Path, header: list[str], record: CsvRecord, index: Mapping[str, int] | None = None
) -> Located | list[Problem]:
    """One record as an observation, or its problems (``index``: column name → position,
    shared by the rows of a file)."""
    if len(record.cells) != len(header):
        message = S.CSV_CELL_COUNT.text(count=len(record.cells), expected=len(header))
        line, column = record.position(min(len(record.cells), len(header)) - 1)
        return [Problem(message, (), line, column)]
    positions = CellPositions(index or {name: i for i, name in enumerate(header)}, record)
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, raw in zip(header, record.cells, strict=True):
        found: list[Text] = []
        value = _cell(name, raw, found)
        line, column = positions[name]
        problems += [Problem(text, (name,), line, column) for text in found]
        if value is not None:
            data[name] = value
    if problems:
        return problems
    try:
        observation = Observation.model_validate(data)
    except ValidationError as exc:
        return _row_problems(path, exc, data, positions, record.line)
    return Located(observation, str(path), record.line, positions)


def _row_problems(
    path: Path,
    exc: ValidationError,
    data: dict[str, Any],
    positions: Mapping[str, tuple[int, int]],
    line: int,
) -> list[Problem]:
    """Pydantic's errors of a row, each at its cell (a cross-field error at the cell its
    :class:`RowError` names)."""
    doc_positions: dict[Loc, tuple[int, int]] = {(k,): v for k, v in positions.items()}
    doc_positions[()] = (line, 1)
    doc = Document(path, data, doc_positions, {}, "")
    problems = validation_error(Observation, doc, exc).problems
    for err in exc.errors(include_url=False):
        error = (err.get("ctx") or {}).get("error")
        if not err["loc"] and isinstance(error, RowError):
            where = positions.get(error.field, (line, 1))
            fixed = Problem(error.text, (error.field,), *where)
            problems = [fixed if not p.loc else p for p in problems]
    return problems


def read_series_csv(path: Path | str) -> list[Located]:
    """The values of a CSV series file, each validated; InputError lists the bad cells (the
    first :data:`MAX_PROBLEMS`: reading stops there)."""
    path = Path(path)
    records = iter_csv(read_text(path), path, MAX_CELLS)
    first = next(records, None)
    if first is None:
        raise empty_file(path)
    header = _header(path, first)
    out: list[Located] = []
    problems: list[Problem] = []
    index = {name: i for i, name in enumerate(header)}
    with collector_paused():
        for record in records:
            result = _row(path, header, record, index)
            if isinstance(result, list):
                problems += result
                if len(problems) >= MAX_PROBLEMS:
                    break
            else:
                out.append(result)
    if problems:
        raise InputError(str(path), problems)
    if not out:
        raise InputError.single(path, S.CSV_NO_ROWS, line=first.line, column=1)
    return out


# --------------------------------------------------------------------------- cross-references


def _problem(item: Located, cell: str, entry: Entry, **params: Any) -> Problem:
    line, column = item.at(cell)
    return Problem(entry.text(**params), (cell,), line, column)


def _check_one(item: Located, registries: Registries) -> list[Problem]:
    obs = item.observation
    problems: list[Problem] = []
    if obs.indicator not in registries.indicators:
        known = list(registries.indicators)
        hint = did_you_mean(obs.indicator, known)
        problems.append(
            _problem(
                item,
                "indicator",
                S.UNKNOWN_INDICATOR,
                name=obs.indicator,
                hint=hint,
                known=", ".join(known),
            )
        )
    kind = registries.kind_of(obs.group)
    if kind is None:
        hint = did_you_mean(obs.group, registries.group_ids())
        problems.append(
            _problem(
                item,
                "group",
                S.UNKNOWN_GROUP,
                name=obs.group,
                hint=hint,
                file=registries.groups_file,
            )
        )
    elif kind != obs.group_kind:
        problems.append(
            _problem(
                item,
                "group_kind",
                S.GROUP_OTHER_KIND,
                group=obs.group,
                kind=kind,
                given=obs.group_kind,
            )
        )
    for ref in obs.sources:
        if ref not in registries.sources:
            problems.append(_problem(item, "sources", S.UNKNOWN_SOURCE, ref=ref))
    return problems


def check_observations(items: Iterable[Located], registries: Registries) -> list[Observation]:
    """Every value refers to known indicators, groups and sources, and none is given twice;
    InputError names the first file with problems."""
    problems: dict[str, list[Problem]] = {}
    seen: dict[tuple[str, str, str, str], Located] = {}
    out: list[Observation] = []
    for item in items:
        found = _check_one(item, registries)
        obs = item.observation
        key = (obs.indicator, obs.group_kind, obs.group, obs.period)
        if key in seen:
            other = seen[key]
            found.append(
                _problem(
                    item,
                    "period",
                    S.DUPLICATE_OBSERVATION,
                    indicator=obs.indicator,
                    group=obs.group,
                    period=obs.period,
                    other=f"{other.file}:{other.line}",
                )
            )
        else:
            seen[key] = item
        if found:
            problems.setdefault(item.file, []).extend(found)
        out.append(obs)
    if problems:
        file, listed = next(iter(problems.items()))
        raise InputError(file, listed)
    return out
