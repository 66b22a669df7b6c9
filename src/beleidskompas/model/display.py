"""Notebook display hooks: how results show themselves, registered by the report layer.

The model layer imports no renderer. ``Assessment._repr_html_`` and ``to_frame`` ask this
registry, which :mod:`beleidskompas.report.notebook` fills when the library's API is
imported (``import beleidskompas`` and any public call do that).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

_HTML: dict[type, Callable[[Any], str]] = {}
_FRAME: dict[type, Callable[[Any], Any]] = {}


def register(
    kind: type,
    *,
    html: Callable[[Any], str] | None = None,
    frame: Callable[[Any], Any] | None = None,
) -> None:
    """Register how objects of ``kind`` render in a notebook."""
    if html is not None:
        _HTML[kind] = html
    if frame is not None:
        _FRAME[kind] = frame


def _lookup(table: dict[type, Callable[[Any], Any]], obj: Any) -> Callable[[Any], Any] | None:
    for kind in type(obj).__mro__:
        if kind in table:
            return table[kind]
    return None


def html(obj: Any) -> str:
    """The notebook HTML of ``obj`` (its repr when no renderer is registered)."""
    hook = _lookup(_HTML, obj)
    if hook is None:
        return f"<pre>{escape(repr(obj))}</pre>"
    return str(hook(obj))


def frame(obj: Any) -> Any:
    """A pandas DataFrame of ``obj``; raises TypeError when none is registered."""
    hook = _lookup(_FRAME, obj)
    if hook is None:
        raise TypeError(f"no table view registered for {type(obj).__name__}")
    return hook(obj)
