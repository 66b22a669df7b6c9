"""Safe loading of YAML and JSON documents, with the line and column of every node.

The parsers live beside this module (:mod:`~beleidskompas.io.yaml_doc`,
:mod:`~beleidskompas.io.json_doc`); this module reads the bytes, with limits, and
dispatches on the file extension. Guarantees for every input file:

* at most :func:`max_bytes` bytes are read (4 MiB, ``BELEIDSKOMPAS_MAX_BYTES``);
* UTF-8 only, no NUL characters;
* no object is ever constructed from a YAML tag; duplicate keys are errors; alias
  expansion and nesting depth are bounded without recursion;
* every value and key gets its 1-based line and column.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from beleidskompas.errors import InputError, Loc
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io.safefile import NotRegularError, read_bounded

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Largest input file read (4 MiB); override with ``BELEIDSKOMPAS_MAX_BYTES``."""
MAX_DEPTH = 64
"""Deepest nesting accepted; real proposals and rule files stay below 12."""
MAX_NODES = 100_000
"""Largest number of nodes after alias expansion: 35 times the largest bundled file (the
2023 class file, 2,833 nodes), and small enough that the slowest file of this many nodes
is parsed in about half a second (benchmarks/run.py, d2)."""


@dataclass(frozen=True)
class Document:
    """A parsed file: plain data plus the position of every node."""

    path: Path
    data: Any
    positions: dict[Loc, tuple[int, int]]
    key_positions: dict[Loc, tuple[int, int]]
    text: str

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int] | None:
        """Line and column of the node at ``loc``, or of its nearest existing ancestor."""
        if key and loc in self.key_positions:
            return self.key_positions[loc]
        probe = tuple(loc)
        while probe:
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (1, 1))


def max_bytes() -> int:
    """The size limit in bytes (environment ``BELEIDSKOMPAS_MAX_BYTES`` or 4 MiB)."""
    raw = os.environ.get("BELEIDSKOMPAS_MAX_BYTES")
    if raw and raw.isdigit():
        return int(raw)
    return DEFAULT_MAX_BYTES


def _line_column(data: bytes | str, offset: int) -> tuple[int, int]:
    newline: Any = b"\n" if isinstance(data, bytes) else "\n"
    line = data.count(newline, 0, offset) + 1
    column = offset - (data.rfind(newline, 0, offset) + 1) + 1
    return line, column


def read_text(path: Path, limit: int | None = None) -> str:
    """Read a UTF-8 text file of at most ``limit`` bytes, with clear errors."""
    limit = max_bytes() if limit is None else limit
    name = str(path)
    try:
        raw = read_bounded(path, limit)
    except FileNotFoundError:
        raise InputError.single(name, E.FILE_NOT_FOUND) from None
    except IsADirectoryError:
        raise InputError.single(name, E.IS_A_FOLDER) from None
    except NotRegularError as exc:
        if exc.kind is E.KIND_FOLDER:
            raise InputError.single(name, E.IS_A_FOLDER) from None
        raise InputError.single(name, E.NOT_A_REGULAR_FILE.text(kind=exc.kind)) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError.single(name, E.CANNOT_READ.text(reason=reason)) from None
    if len(raw) > limit:
        raise InputError.single(name, E.TOO_LARGE.text(limit=limit))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError.single(name, E.UTF16, line=1, column=1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _line_column(raw, exc.start)
        raise InputError.single(
            name, E.NOT_UTF8.text(byte=f"{raw[exc.start]:02x}"), line=line, column=column
        ) from None
    if "\x00" in text:
        line, column = _line_column(text, text.index("\x00"))
        raise InputError.single(name, E.NUL_CHARACTER, line=line, column=column)
    return text


def load_document(path: Path | str, limit: int | None = None) -> Document:
    """Read and parse a YAML or JSON file (by extension; ``.json`` is JSON)."""
    from beleidskompas.io.json_doc import parse_json
    from beleidskompas.io.yaml_doc import parse_yaml

    path = Path(path)
    text = read_text(path, limit)
    if path.suffix.lower() == ".json":
        return parse_json(text, path)
    return parse_yaml(text, path)


def empty_file(path: Path) -> InputError:
    """The error for a file without content."""
    return InputError.single(path, E.EMPTY, line=1, column=1)


def too_deep(path: Path, line: int | None, column: int | None) -> InputError:
    """The error for nesting beyond :data:`MAX_DEPTH`."""
    depth = MAX_DEPTH
    return InputError.single(path, E.TOO_DEEP.text(depth=depth), line=line, column=column)
