"""JSON documents: exact JSON semantics from the standard library, positions from a scan.

``json.loads`` parses (duplicate keys, NaN, Infinity and oversized integers are errors);
the node count and nesting depth are then checked on the data without recursion, and the
position of every value and key comes from one linear scan of the (now known valid) text.
Every step is linear in the size of the file, so no input can make loading slow.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from beleidskompas.errors import InputError, Loc
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io import document as limits
from beleidskompas.io.document import Document, empty_file, too_deep

MAX_INT_DIGITS = 100
"""Longest integer literal accepted; no field of any input needs more than a few digits."""

_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?'
    r"|true|false|null|\s+|.",
    re.DOTALL,
)


class _LineIndex:
    """Line and column of an offset, by bisection over the line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(self, offset: int) -> tuple[int, int]:
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return (lo + 1, offset - self.starts[lo] + 1)


def _positions(text: str, path: Path) -> tuple[dict[Loc, tuple[int, int]], dict[Loc, Any]]:
    """Positions of values and keys by path, from a non-recursive scan of valid JSON."""
    positions: dict[Loc, tuple[int, int]] = {}
    key_positions: dict[Loc, tuple[int, int]] = {}
    index = _LineIndex(text)
    # stack entries: [loc, is_object, next_index, expecting_key, keys seen]
    stack: list[list[Any]] = []
    pending_key: Any = None
    for match in _TOKEN.finditer(text):
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
                line, column = index.where(offset)
                raise InputError.single(
                    path, E.DUPLICATE_KEY.text(key=pending_key), key_loc, line, column
                )
            stack[-1][4].add(pending_key)
            key_positions[key_loc] = index.where(offset)
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
        positions[loc] = index.where(offset)
        if token in ("{", "["):
            stack.append([loc, token == "{", 0, True, set()])
    return positions, key_positions


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _LongIntegerError(Exception):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in items:
        if key in out:
            raise _DuplicateKeyError(key)
        out[key] = value
    return out


def _integer(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        raise _LongIntegerError(literal)
    return int(literal)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _check_shape(data: Any, path: Path) -> None:
    """Reject too many nodes or too deep nesting (see :mod:`~beleidskompas.io.document`)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > limits.MAX_NODES:
            raise InputError.single(path, E.TOO_MANY_NODES.text(nodes=limits.MAX_NODES))
        if isinstance(node, (dict, list)):
            if depth >= limits.MAX_DEPTH:
                raise too_deep(path, None, None)
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)


def parse_json(text: str, path: Path) -> Document:
    """Parse a JSON document: duplicate keys, NaN, Infinity and huge integers are errors."""
    if not text.strip():
        raise empty_file(path)
    try:
        data = json.loads(
            text, object_pairs_hook=_pairs, parse_constant=_reject_constant, parse_int=_integer
        )
    except json.JSONDecodeError as exc:
        raise InputError.single(
            path, E.INVALID_JSON.text(reason=exc.msg), line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise too_deep(path, None, None) from None
    except _DuplicateKeyError as exc:
        _positions(text, path)  # raises with the position of the first duplicate
        raise InputError.single(  # pragma: no cover - the scan above always finds it
            path, E.DUPLICATE_KEY.text(key=exc.key)
        ) from None
    except _LongIntegerError as exc:
        line, column = _LineIndex(text).where(max(0, text.find(exc.digits)))
        digits = len(exc.digits.lstrip("-"))
        message = E.NUMBER_TOO_LONG.text(digits=digits, limit=MAX_INT_DIGITS)
        raise InputError.single(path, message, line=line, column=column) from None
    except ValueError as exc:
        raise InputError.single(path, E.JSON_CONSTANT.text(reason=str(exc))) from None
    _check_shape(data, path)
    positions, key_positions = _positions(text, path)
    return Document(path, data, positions, key_positions, text)
