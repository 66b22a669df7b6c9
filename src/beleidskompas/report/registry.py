"""The renderer registry: output formats, and the views that turn results into documents.

A new output format is one :func:`register_format` call; a new kind of result is one
:func:`register_view` call. The command line builds its ``--format`` choices from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from beleidskompas.errors import InputError
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import report as R
from beleidskompas.report.document import Document

Output = str | bytes


@dataclass(frozen=True)
class Format:
    """An output format that writes any document."""

    name: str
    render: Callable[..., Output]
    """``render(document, **options)``; options a format does not know are ignored."""
    description: str = ""
    binary: bool = False


@dataclass(frozen=True)
class View:
    """How one kind of result becomes a document, and which formats suit it.

    ``kind`` is the result's class, or its dotted name (``"pkg.module.Class"``) so that a
    view can be registered without importing the class. ``build`` (and each of
    ``special``) is a callable or the dotted path ``"pkg.module:function"`` of one, imported
    when first used. ``formats`` lists the generic formats the view supports (None: all
    registered); ``special`` adds formats only this kind of result has (a graph's DOT).
    """

    kind: type | str
    build: Callable[..., Document] | str
    formats: tuple[str, ...] | None = None
    special: dict[str, Callable[..., Output] | str] = field(default_factory=dict)

    def builder(self) -> Callable[..., Document]:
        """The build function (imported when given as a dotted path)."""
        return _resolve(self.build)

    def special_renderer(self, fmt: str) -> Callable[..., Output]:
        """The renderer of a special format (imported when given as a dotted path)."""
        return _resolve(self.special[fmt])


def _resolve(target: Callable[..., Any] | str) -> Callable[..., Any]:
    if not isinstance(target, str):
        return target
    from importlib import import_module

    module, _, name = target.partition(":")
    found: Callable[..., Any] = getattr(import_module(module), name)
    return found


def _type_name(kind: type | str) -> str:
    return kind if isinstance(kind, str) else f"{kind.__module__}.{kind.__qualname__}"


_FORMATS: dict[str, Format] = {}
_VIEWS: dict[str, View] = {}


def register_format(fmt: Format) -> None:
    """Add (or replace) an output format."""
    _FORMATS[fmt.name] = fmt


def register_view(view: View) -> None:
    """Add (or replace) the view of a kind of result."""
    _VIEWS[_type_name(view.kind)] = view


def _load_builtin() -> None:
    from beleidskompas.report import builtin  # noqa: F401 - registers the built-in views


def view_for(kind: type) -> View:
    """The view of a kind of result (KeyError when none is registered)."""
    _load_builtin()
    for base in kind.__mro__:
        name = _type_name(base)
        if name in _VIEWS:
            return _VIEWS[name]
    raise KeyError(kind.__name__)


def formats_for(kind: type) -> list[str]:
    """The format names a kind of result can be written in."""
    view = view_for(kind)
    names = [n for n in _FORMATS if view.formats is None or n in view.formats]
    return [*names, *(n for n in view.special if n not in names)]


def all_formats() -> dict[str, Format]:
    """Every registered generic format."""
    _load_builtin()
    return dict(_FORMATS)


def render(result: Any, fmt: str = "table", lang: Lang = "nl", **options: Any) -> Output:
    """``result`` written in format ``fmt`` and language ``lang``.

    ``options`` go to the view (e.g. ``explain=True`` for an assessment, ``table=NAME``
    for CSV). Raises InputError naming the format when the result cannot be written in it,
    and TypeError when no view is registered for the kind of result.
    """
    try:
        view = view_for(type(result))
    except KeyError:
        known = ", ".join(sorted(name.rpartition(".")[2] for name in _VIEWS))
        raise TypeError(
            f"render() cannot write an object of type {type(result).__name__}; it writes: {known}"
        ) from None
    if fmt in view.special:
        return view.special_renderer(fmt)(result, lang, **options)
    if fmt not in formats_for(type(result)):
        known = ", ".join(formats_for(type(result)))
        raise InputError.single("--format", R.UNKNOWN_FORMAT.text(format=fmt, known=known))
    document = view.builder()(result, lang, **options)
    return _FORMATS[fmt].render(document, **options)
