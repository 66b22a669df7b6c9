"""CSV documents with the line and column of every cell (RFC 4180, comma-separated).

``csv`` of the standard library parses but does not say where a cell starts, and error
messages must point at the cell. This reader follows the same dialect as ``csv.writer``
with its defaults (comma, double quotes, a doubled quote inside quotes), is strict about
quotes (a quote inside an unquoted cell is an error instead of a silent guess), and skips
blank lines. It runs in time linear in the size of the text: a line without quotes is
split at once, a quoted cell is found with ``str.find``, and records are produced one at a
time, so that a reader can stop at the first problems of a large file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from beleidskompas.errors import InputError
from beleidskompas.i18n import Entry
from beleidskompas.i18n.catalogue import series as S

_PLAIN = re.compile(r'[^,"\r\n]*')


@dataclass(frozen=True)
class CsvRecord:
    """One record: its cells and where each starts (1-based line and column).

    A record on one line keeps only the columns of its cells (``lines`` is None); one that
    spans lines (a quoted cell with a line break) keeps the line of each cell too.
    """

    cells: tuple[str, ...]
    line: int
    columns: tuple[int, ...]
    lines: tuple[int, ...] | None = None

    def position(self, index: int) -> tuple[int, int]:
        """Line and column where cell ``index`` starts."""
        line = self.lines[index] if self.lines is not None else self.line
        return line, self.columns[index]

    @property
    def positions(self) -> tuple[tuple[int, int], ...]:
        """Line and column of every cell."""
        return tuple(self.position(i) for i in range(len(self.cells)))


class _Lines:
    """Line and column of an offset, by bisection over the line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


class _Reader:
    """The state of one pass over a text."""

    def __init__(self, text: str, path: Path | str, limit: int | None) -> None:
        self.text, self.path, self.size = text, path, len(text)
        self.lines = _Lines(text)
        self.limit = limit

    def too_many(self, offset: int) -> InputError:
        line, column = self.lines.where(offset)
        text = S.CSV_TOO_MANY_CELLS.text(limit=self.limit)
        return InputError.single(self.path, text, line=line, column=column)

    def fail(self, offset: int, message: Entry) -> InputError:
        line, column = self.lines.where(offset)
        return InputError.single(self.path, message, line=line, column=column)

    def simple(self, pos: int, end: int) -> CsvRecord:
        """A record on one line without quotes: split at once."""
        content = self.text[pos:end].removesuffix("\r")
        cells = content.split(",")
        if self.limit is not None and len(cells) > self.limit:
            offset = pos + sum(len(c) + 1 for c in cells[: self.limit])
            raise self.too_many(offset)
        line, first = self.lines.where(pos)
        columns = tuple(accumulate((len(c) + 1 for c in cells[:-1]), initial=first))
        return CsvRecord(tuple(cells), line, columns)

    def quoted(self, pos: int) -> tuple[str, int]:
        """The content of the quoted cell opening at ``pos``, and the offset after it."""
        text, at = self.text, pos + 1
        while True:
            close = text.find('"', at)
            if close < 0:
                raise self.fail(pos, S.CSV_UNTERMINATED)
            if text.startswith('""', close):
                at = close + 2
                continue
            return text[pos + 1 : close].replace('""', '"'), close + 1

    def general(self, pos: int) -> tuple[CsvRecord, int]:
        """A record with quotes (it may span lines), and the offset after it."""
        text, size = self.text, self.size
        cells: list[str] = []
        starts: list[tuple[int, int]] = []
        while True:
            if self.limit is not None and len(cells) == self.limit:
                raise self.too_many(pos)
            starts.append(self.lines.where(pos))
            if text.startswith('"', pos):
                cell, pos = self.quoted(pos)
                if pos < size and text[pos] not in ",\r\n":
                    raise self.fail(pos, S.CSV_AFTER_QUOTE)
            else:
                match = _PLAIN.match(text, pos)
                assert match is not None  # the pattern matches the empty string
                cell, pos = match.group(), match.end()
                if text.startswith('"', pos):
                    raise self.fail(pos, S.CSV_STRAY_QUOTE)
            cells.append(cell)
            if pos < size and text[pos] == ",":
                pos += 1
                continue
            pos += 2 if text.startswith("\r\n", pos) else 1
            break
        record = CsvRecord(
            tuple(cells), starts[0][0], tuple(c for _, c in starts), tuple(ln for ln, _ in starts)
        )
        return record, pos

    def records(self) -> Iterator[CsvRecord]:
        text, pos = self.text, 0
        while pos < self.size:
            if text.startswith("\r\n", pos) or text[pos] in "\r\n":
                pos += 2 if text.startswith("\r\n", pos) else 1
                continue  # a blank line
            end = text.find("\n", pos)
            end = self.size if end < 0 else end
            if text.find('"', pos, end) < 0:
                yield self.simple(pos, end)
                pos = end + 1
                continue
            record, pos = self.general(pos)
            yield record


def iter_csv(text: str, path: Path | str, limit: int | None = None) -> Iterator[CsvRecord]:
    """The records of ``text``, one at a time; raises InputError at a malformed cell, or at
    the first cell beyond ``limit`` cells in a record."""
    return _Reader(text, path, limit).records()


def parse_csv(text: str, path: Path | str, limit: int | None = None) -> list[CsvRecord]:
    """Every record of ``text``; raises InputError at the position of a malformed cell."""
    return list(iter_csv(text, path, limit))
