"""YAML documents built from libyaml's event stream, with positions and limits.

The events of libyaml (or PyYAML's pure-Python parser when libyaml is absent) are turned
into plain Python data here, so that no object is ever constructed from a tag (only the
standard scalar, sequence and mapping tags are accepted), duplicate keys are errors,
aliases are shared rather than copied with their *expanded* size bounded, nesting depth is
bounded without recursion, and every value and key gets its line and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from beleidskompas.errors import InputError, Loc
from beleidskompas.i18n import Text, shorten
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io import document as limits
from beleidskompas.io.document import Document, empty_file, too_deep

_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()


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
        raise InputError.single(path, E.INVALID_YAML.text(detail=str(exc))) from None
    if not builder.has_document:
        raise empty_file(path)
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
        return InputError.single(path, E.TAB, line=line, column=column)
    if "maximum nesting depth" in problem:
        return too_deep(path, line, column)
    detail = f"{context}: {problem}" if context else problem
    return InputError.single(path, E.INVALID_YAML.text(detail=detail), line=line, column=column)


def _tab_near(text: str, mark: Any) -> bool:
    """Whether the line of the error has a tab at or before the error's column."""
    if mark is None:
        return False
    lines = text.splitlines()
    if not 0 <= mark.line < len(lines):
        return False
    return "\t" in lines[mark.line][: mark.column + 1]


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

    def fail(self, event: Any, message: Text, loc: Loc = ()) -> InputError:
        line, column = _mark(event)
        return InputError.single(self.path, message, loc=loc, line=line, column=column)

    def run(self, events: Iterator[Any]) -> None:
        for event in events:
            kind = type(event).__name__
            if kind == "DocumentStartEvent":
                self.documents += 1
                if self.documents > 1:
                    raise self.fail(event, E.SEVERAL_DOCUMENTS.text())
            elif kind == "ScalarEvent":
                self.scalar(event)
            elif kind in ("SequenceStartEvent", "MappingStartEvent"):
                self.start(event, kind == "MappingStartEvent")
            elif kind in ("SequenceEndEvent", "MappingEndEvent"):
                self.end()
            elif kind == "AliasEvent":
                self.alias(event)

    # -- helpers
    def child_loc(self) -> Loc:
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
        if self.nodes > limits.MAX_NODES:
            raise self.fail(event, E.ALIAS_BOMB.text(nodes=limits.MAX_NODES))

    def check_tag(self, event: Any, allowed: set[str]) -> None:
        tag = event.tag
        if tag is None or tag == "!" or tag in allowed:
            return
        shown = tag.replace(_STD, "!!")
        raise self.fail(event, E.TAG_NOT_ALLOWED.text(tag=shown), self.child_loc())

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
                self.take_key(event, top, value, pos)
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

    def take_key(self, event: Any, top: _Frame, value: Any, pos: tuple[int, int]) -> None:
        if not isinstance(value, str):
            shown: Any = E.KEY_IS_CONTAINER if isinstance(value, (dict, list)) else repr(value)
            raise self.fail(event, E.KEY_NOT_TEXT.text(shown=shown), top.loc)
        if value in top.container:
            raise self.fail(event, E.DUPLICATE_KEY.text(key=value), (*top.loc, value))
        top.key = value
        top.key_pos = pos

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
        if tag == _STD + "merge":
            raise self.fail(event, E.MERGE_KEY.text(), self.child_loc())
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return _constructor.construct_object(node, deep=True)
        except Exception as exc:  # any failure of the safe constructor is a bad value
            kind = tag.replace(_STD, "")
            message = E.INVALID_VALUE.text(
                value=shorten(event.value), kind=kind, reason=shorten(str(exc))
            )
            raise self.fail(event, message, self.child_loc()) from None

    def start(self, event: Any, is_map: bool) -> None:
        self.check_tag(event, {_STD + ("map" if is_map else "seq")})
        if len(self.stack) >= limits.MAX_DEPTH:
            line, column = _mark(event)
            raise too_deep(self.path, line, column)
        self.count(event, 1)
        frame = _Frame({} if is_map else [], is_map, self.child_loc(), event.anchor)
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
        if anchor not in self.anchors:  # pragma: no cover - the parser rejects this first
            raise self.fail(event, E.UNKNOWN_ANCHOR.text(anchor=anchor))
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
