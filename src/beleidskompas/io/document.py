"""Safe loading of YAML and JSON documents, with the line and column of every node.

YAML is read from the event stream of libyaml (or PyYAML's pure-Python parser when
libyaml is absent) and built here, so that:

* no object is ever constructed from a tag: only the standard YAML scalar, sequence
  and mapping tags are accepted, anything else (``!!python/...``, ``!custom``) is an error;
* duplicate keys are errors;
* aliases are shared, never copied, and their *expanded* size is bounded, so an alias
  bomb is rejected after a few thousand events instead of exhausting memory;
* nesting depth is bounded without recursion;
* every value and key gets its 1-based line and column.

JSON is read with the standard library (exact JSON semantics; NaN and Infinity rejected);
its positions come from an iterative scanner in this module, because the small libraries
that map JSON pointers to positions are recursive and fail on deep nesting.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from beleidskompas.errors import InputError, Loc

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Largest input file read (4 MiB); override with ``BELEIDSKOMPAS_MAX_BYTES``."""
MAX_DEPTH = 64
"""Deepest nesting accepted; real proposals and rule files stay below 12."""
MAX_NODES = 200_000
"""Largest number of nodes after alias expansion."""

_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()


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


def read_text(path: Path, limit: int | None = None) -> str:
    """Read a UTF-8 text file of at most ``limit`` bytes, with clear errors."""
    limit = max_bytes() if limit is None else limit
    name = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError.single(name, "bestand niet gevonden", "file not found") from None
    except IsADirectoryError:
        raise InputError.single(
            name, "is een map, geen bestand", "is a folder, not a file"
        ) from None
    except OSError as exc:
        raise InputError.single(
            name, f"kan niet lezen: {exc.strerror}", f"cannot read: {exc.strerror}"
        ) from None
    if len(raw) > limit:
        raise InputError.single(
            name,
            f"bestand is groter dan de limiet van {limit} bytes",
            f"file is larger than the limit of {limit} bytes",
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError.single(
            name,
            "bestand is UTF-16; sla het op als UTF-8",
            "file is UTF-16; save it as UTF-8",
            line=1,
            column=1,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError.single(
            name,
            f"geen geldige UTF-8 (byte 0x{raw[exc.start]:02x}); sla het bestand op als UTF-8",
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            line=line,
            column=column,
        ) from None
    if "\x00" in text:
        offset = text.index("\x00")
        raise InputError.single(
            name,
            "bestand bevat een NUL-teken (is het wel een tekstbestand?)",
            "file contains a NUL character (is it a text file?)",
            line=text.count("\n", 0, offset) + 1,
            column=offset - (text.rfind("\n", 0, offset) + 1) + 1,
        )
    return text


def load_document(path: Path | str, limit: int | None = None) -> Document:
    """Read and parse a YAML or JSON file (by extension; ``.json`` is JSON)."""
    path = Path(path)
    text = read_text(path, limit)
    if path.suffix.lower() == ".json":
        return parse_json(text, path)
    return parse_yaml(text, path)


def _empty(path: Path) -> InputError:
    return InputError.single(path, "bestand is leeg", "file is empty", line=1, column=1)


# --------------------------------------------------------------------------- YAML


def _mark(event: Any) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1)


def parse_yaml(text: str, path: Path) -> Document:
    """Parse one YAML document safely; see the module docstring for the guarantees."""
    builder = _YamlBuilder(path)
    try:
        builder.run(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc, path, text) from None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        raise InputError.single(path, f"ongeldige YAML: {exc}", f"invalid YAML: {exc}") from None
    if not builder.has_document:
        raise _empty(path)
    return Document(path, builder.result, builder.positions, builder.key_positions, text)


def _yaml_error(exc: yaml.MarkedYAMLError, path: Path, text: str) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    if "tab" in problem.lower() or (
        problem.startswith("found character") and _tab_near(text, mark)
    ):
        return InputError.single(
            path,
            "tab gevonden; YAML staat geen tabs toe voor inspringen, gebruik spaties",
            "tab found; YAML does not allow tabs for indentation, use spaces",
            line=line,
            column=column,
        )
    if "maximum nesting depth" in problem:
        return _too_deep(path, line, column)
    detail = f"{context}: {problem}" if context else problem
    return InputError.single(
        path, f"ongeldige YAML ({detail})", f"invalid YAML ({detail})", line=line, column=column
    )


def _tab_near(text: str, mark: Any) -> bool:
    """Whether the line of the error has a tab at or before the error's column."""
    if mark is None:
        return False
    lines = text.splitlines()
    if not 0 <= mark.line < len(lines):
        return False
    return "\t" in lines[mark.line][: mark.column + 1]


def _too_deep(path: Path, line: int | None, column: int | None) -> InputError:
    return InputError.single(
        path,
        f"te diep genest (meer dan {MAX_DEPTH} niveaus)",
        f"nested too deeply (more than {MAX_DEPTH} levels)",
        line=line,
        column=column,
    )


class _Frame:
    __slots__ = ("anchor", "container", "is_map", "key", "key_pos", "loc", "size", "start_pos")

    def __init__(self, container: Any, is_map: bool, loc: Loc, anchor: str | None) -> None:
        self.container = container
        self.is_map = is_map
        self.key: Any = _NO_KEY
        self.key_pos: tuple[int, int] = (0, 0)
        self.loc = loc
        self.anchor = anchor
        self.size = 1
        self.start_pos: tuple[int, int] = (1, 1)


_NO_KEY = object()


class _YamlBuilder:
    """Builds plain Python data from parser events, iteratively, with limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.key_positions: dict[Loc, tuple[int, int]] = {}
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.stack: list[_Frame] = []
        self.result: Any = None
        self.has_document = False
        self.documents = 0
        self.nodes = 0

    def fail(self, event: Any, nl: str, en: str, loc: Loc = ()) -> InputError:
        line, column = _mark(event)
        return InputError.single(self.path, nl, en, loc=loc, line=line, column=column)

    def run(self, events: Iterator[Any]) -> None:
        for event in events:
            kind = type(event).__name__
            if kind == "DocumentStartEvent":
                self.documents += 1
                if self.documents > 1:
                    raise self.fail(
                        event,
                        "meer dan één YAML-document in het bestand",
                        "more than one YAML document in the file",
                    )
            elif kind == "ScalarEvent":
                self.scalar(event)
            elif kind in ("SequenceStartEvent", "MappingStartEvent"):
                self.start(event, kind == "MappingStartEvent")
            elif kind in ("SequenceEndEvent", "MappingEndEvent"):
                self.end()
            elif kind == "AliasEvent":
                self.alias(event)

    # -- helpers
    def child_loc(self, event: Any) -> Loc:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.is_map:
            if top.key is _NO_KEY:
                return top.loc  # a key is being read
            return (*top.loc, top.key)
        return (*top.loc, len(top.container))

    def count(self, event: Any, amount: int) -> None:
        self.nodes += amount
        if self.nodes > MAX_NODES:
            raise self.fail(
                event,
                f"document te groot na het uitvouwen van aliassen (meer dan {MAX_NODES} knopen)",
                f"document too large after expanding aliases (more than {MAX_NODES} nodes)",
            )

    def check_tag(self, event: Any, allowed: set[str]) -> None:
        tag = event.tag
        if tag is None or tag == "!" or tag in allowed:
            return
        shown = tag.replace(_STD, "!!")
        raise self.fail(
            event,
            f"tag {shown} is niet toegestaan (alleen gewone YAML-waarden)",
            f"tag {shown} is not allowed (plain YAML values only)",
            self.child_loc(event),
        )

    def place(self, event: Any, value: Any, size: int) -> None:
        """Attach a finished value to its parent (or make it the document)."""
        pos = _mark(event)
        if not self.stack:
            self.result = value
            self.has_document = True
            self.positions[()] = pos
            return
        top = self.stack[-1]
        top.size += size
        if top.is_map:
            if top.key is _NO_KEY:
                if not isinstance(value, str):
                    shown = (
                        "een lijst of mapping" if isinstance(value, (dict, list)) else repr(value)
                    )
                    shown_en = (
                        "a list or mapping" if isinstance(value, (dict, list)) else repr(value)
                    )
                    raise self.fail(
                        event,
                        f"een sleutel moet tekst zijn, niet {shown} (zet hem tussen "
                        "aanhalingstekens)",
                        f"a key must be text, not {shown_en} (put it in quotes)",
                        top.loc,
                    )
                if value in top.container:
                    raise self.fail(
                        event,
                        f"dubbele sleutel '{value}'",
                        f"duplicate key '{value}'",
                        (*top.loc, value),
                    )
                top.key = value
                top.key_pos = pos
                return
            loc = (*top.loc, top.key)
            top.container[top.key] = value
            self.positions[loc] = pos
            self.key_positions[loc] = top.key_pos
            top.key = _NO_KEY
        else:
            loc = (*top.loc, len(top.container))
            top.container.append(value)
            self.positions[loc] = pos

    # -- events
    def scalar(self, event: Any) -> None:
        self.check_tag(event, _SCALAR_TAGS)
        self.count(event, 1)
        value = self.construct_scalar(event)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self.place(event, value, 1)

    def construct_scalar(self, event: Any) -> Any:
        tag = event.tag
        if tag in (None, "!"):
            if tag == "!" or not event.implicit[0]:
                return event.value
            tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        if tag == _STD + "str":
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return _constructor.construct_object(node, deep=True)
        except Exception as exc:  # any failure of the safe constructor is a bad value
            kind = tag.replace(_STD, "")
            raise self.fail(
                event,
                f"ongeldige waarde '{event.value}' ({kind}: {exc})",
                f"invalid value '{event.value}' ({kind}: {exc})",
                self.child_loc(event),
            ) from None

    def start(self, event: Any, is_map: bool) -> None:
        self.check_tag(event, {_STD + ("map" if is_map else "seq")})
        if len(self.stack) >= MAX_DEPTH:
            line, column = _mark(event)
            raise _too_deep(self.path, line, column)
        self.count(event, 1)
        loc = self.child_loc(event)
        frame = _Frame({} if is_map else [], is_map, loc, event.anchor)
        frame.start_pos = _mark(event)
        self.stack.append(frame)

    def end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, frame.size)
        # place() needs an event-like object for the mark of the container start
        self.place(_Marked(frame.start_pos), frame.container, frame.size)

    def alias(self, event: Any) -> None:
        anchor = event.anchor
        if anchor not in self.anchors:
            raise self.fail(
                event, f"onbekend anker '*{anchor}'", f"unknown anchor '*{anchor}'"
            )  # pragma: no cover - the parser rejects this first
        value, size = self.anchors[anchor]
        self.count(event, size)
        self.place(event, value, size)


class _Marked:
    """Something with a ``start_mark`` at a given 1-based position."""

    def __init__(self, pos: tuple[int, int]) -> None:
        self.start_mark = _Mark(pos[0] - 1, pos[1] - 1)


class _Mark:
    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


# --------------------------------------------------------------------------- JSON

_JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?'
    r"|true|false|null|\s+|.",
    re.DOTALL,
)


def _json_positions(text: str, path: Path) -> tuple[dict[Loc, tuple[int, int]], dict[Loc, Any]]:
    """Positions of values and keys by path, from a non-recursive scan of valid JSON."""
    positions: dict[Loc, tuple[int, int]] = {}
    key_positions: dict[Loc, tuple[int, int]] = {}
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(offset: int) -> tuple[int, int]:
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return (lo + 1, offset - line_starts[lo] + 1)

    # stack entries: [loc, is_object, next_index_or_key, expecting_key, keys seen]
    stack: list[list[Any]] = []
    pending_key: Any = None
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token.isspace() or token in (":", ","):
            continue
        offset = match.start()
        if stack and stack[-1][1] and stack[-1][3]:
            if token == "}":
                stack.pop()
                continue
            pending_key = json.loads(token)
            key_loc = (*stack[-1][0], pending_key)
            if pending_key in stack[-1][4]:
                line, column = where(offset)
                raise InputError.single(
                    path,
                    f"dubbele sleutel '{pending_key}'",
                    f"duplicate key '{pending_key}'",
                    loc=key_loc,
                    line=line,
                    column=column,
                )
            stack[-1][4].add(pending_key)
            key_positions[key_loc] = where(offset)
            stack[-1][3] = False
            continue
        if token in ("}", "]"):
            stack.pop()
            continue
        if not stack:
            loc: Loc = ()
        elif stack[-1][1]:
            loc = (*stack[-1][0], pending_key)
            stack[-1][3] = True
        else:
            loc = (*stack[-1][0], stack[-1][2])
            stack[-1][2] += 1
        positions[loc] = where(offset)
        if token in ("{", "["):
            if len(stack) >= MAX_DEPTH:
                line, column = where(offset)
                raise _too_deep(path, line, column)
            stack.append([loc, token == "{", 0, True, set()])
    return positions, key_positions


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_json(text: str, path: Path) -> Document:
    """Parse a JSON document: duplicate keys, NaN and Infinity are errors."""
    if not text.strip():
        raise _empty(path)
    depth = _max_depth(text)
    if depth > MAX_DEPTH:
        raise _too_deep(path, None, None)

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise _DuplicateKeyError(key)
            out[key] = value
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InputError.single(
            path,
            f"ongeldige JSON: {exc.msg}",
            f"invalid JSON: {exc.msg}",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except _DuplicateKeyError as exc:
        _json_positions(text, path)  # raises with the position of the first duplicate
        raise InputError.single(  # pragma: no cover - the scan above always finds it
            path, f"dubbele sleutel '{exc.key}'", f"duplicate key '{exc.key}'"
        ) from None
    except ValueError as exc:
        raise InputError.single(
            path,
            f"ongeldige JSON: {exc} (NaN en Infinity bestaan niet in JSON)",
            f"invalid JSON: {exc} (NaN and Infinity do not exist in JSON)",
        ) from None
    positions, key_positions = _json_positions(text, path)
    return Document(path, data, positions, key_positions, text)


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _max_depth(text: str) -> int:
    """Deepest bracket nesting outside strings, without recursion."""
    stripped = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    depth = deepest = 0
    for char in re.findall(r"[\[\]{}]", stripped):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest
