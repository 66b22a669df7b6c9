"""CSV documents with the line and column of every cell (RFC 4180, comma-separated).

``csv`` of the standard library parses but does not say where a cell starts, and error
messages must point at the cell. This reader follows the same dialect as ``csv.writer``
with its defaults (comma, double quotes, a doubled quote inside quotes), is strict about
quotes (a quote inside an unquoted cell is an error instead of a silent guess), skips
blank lines, and runs in time linear in the size of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from beleidskompas.errors import InputError
from beleidskompas.i18n import Entry
from beleidskompas.i18n.catalogue import series as S

_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
_PLAIN = re.compile(r'[^,"\r\n]*')


@dataclass(frozen=True)
class CsvRecord:
    """One record: its cells and where each starts (1-based line and column)."""

    cells: tuple[str, ...]
    positions: tuple[tuple[int, int], ...]

    @property
    def line(self) -> int:
        """The line the record starts on."""
        return self.positions[0][0]


class _Lines:
    """Line and column of an offset, by bisection over the line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def parse_csv(text: str, path: Path | str) -> list[CsvRecord]:
    """Every record of ``text``; raises InputError at the position of a malformed cell."""
    lines = _Lines(text)
    records: list[CsvRecord] = []
    pos, size = 0, len(text)

    def fail(offset: int, message: Entry) -> InputError:
        line, column = lines.where(offset)
        return InputError.single(path, message, line=line, column=column)

    while pos < size:
        if text.startswith("\r\n", pos) or text[pos] in "\r\n":
            pos += 2 if text.startswith("\r\n", pos) else 1
            continue  # a blank line
        cells: list[str] = []
        starts: list[int] = []
        while True:
            starts.append(pos)
            if text.startswith('"', pos):
                match = _QUOTED.match(text, pos)
                if match is None:
                    raise fail(pos, S.CSV_UNTERMINATED)
                cells.append(match.group(1).replace('""', '"'))
                pos = match.end()
                if pos < size and text[pos] not in ",\r\n":
                    raise fail(pos, S.CSV_AFTER_QUOTE)
            else:
                match = _PLAIN.match(text, pos)
                assert match is not None  # the pattern matches the empty string
                cells.append(match.group())
                pos = match.end()
                if text.startswith('"', pos):
                    raise fail(pos, S.CSV_STRAY_QUOTE)
            if pos < size and text[pos] == ",":
                pos += 1
                continue
            if text.startswith("\r\n", pos):
                pos += 2
            elif pos < size:
                pos += 1
            break
        records.append(CsvRecord(tuple(cells), tuple(lines.where(s) for s in starts)))
    return records
