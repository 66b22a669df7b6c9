"""Validating a parsed document against a model, with errors mapped to file positions."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from beleidskompas.errors import BilingualError, InputError, Message, Problem
from beleidskompas.io.document import Document
from beleidskompas.model.introspect import model_fields, type_at

M = TypeVar("M", bound=BaseModel)

_NL: dict[str, str] = {
    "missing": "verplicht veld ontbreekt",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "finite_number": "moet een eindig getal zijn (geen NaN of oneindig)",
    "string_type": "moet tekst zijn",
    "list_type": "moet een lijst zijn",
    "tuple_type": "moet een lijst zijn",
    "dict_type": "moet een mapping (sleutel: waarde) zijn",
    "model_type": "moet een mapping (sleutel: waarde) zijn",
    "model_attributes_type": "moet een mapping (sleutel: waarde) zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een geldige datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "moet een geldige datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_inexact": "moet een datum zonder tijd zijn",
    "too_short": "te weinig elementen",
    "too_long": "te veel elementen",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "tekst is te lang",
}


_BOUNDS: dict[str, tuple[str, str]] = {
    "greater_than_equal": ("ge", "minstens"),
    "greater_than": ("gt", "groter dan"),
    "less_than_equal": ("le", "hoogstens"),
    "less_than": ("lt", "kleiner dan"),
}


def _ctx(err: Any, name: str) -> Any:
    ctx = err.get("ctx") or {}
    return ctx.get(name)


def _message(err: Any, model: type[BaseModel], loc: tuple[str | int, ...]) -> Message:
    kind = err["type"]
    en = str(err["msg"])
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        parent = type_at(model, loc[:-1])
        hint_nl = hint_en = ""
        if parent is not None and parent.kind == "model" and parent.model is not None:
            names = list(model_fields(parent.model))
            close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
            if close:
                hint_nl = f"; bedoelt u '{close[0]}'?"
                hint_en = f"; did you mean '{close[0]}'?"
            allowed = ", ".join(names)
            return Message(
                f"onbekend veld '{key}'{hint_nl} (toegestaan: {allowed})",
                f"unknown field '{key}'{hint_en} (allowed: {allowed})",
            )
        return Message(f"onbekend veld '{key}'", f"unknown field '{key}'")
    if kind == "literal_error":
        expected = _ctx(err, "expected")
        got = err.get("input")
        return Message(
            f"'{got}' is geen geldige waarde; kies uit {str(expected).replace(' or ', ' of ')}",
            f"'{got}' is not a valid value; choose from {expected}",
        )
    if kind in _BOUNDS:
        ctx_key, nl_word = _BOUNDS[kind]
        return Message(
            f"moet {nl_word} {_ctx(err, ctx_key)} zijn (gekregen: {err.get('input')})", en
        )
    if kind == "string_pattern_mismatch":
        return Message(
            f"'{err.get('input')}' heeft niet de vorm {_ctx(err, 'pattern')}",
            f"'{err.get('input')}' does not match {_ctx(err, 'pattern')}",
        )
    if kind == "value_error":
        error = _ctx(err, "error")
        if isinstance(error, BilingualError):
            return Message(error.nl, error.en)
        text = str(error or en)
        return Message(text, text)
    return Message(_NL.get(kind, en), en)


def _clean_loc(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """The error path as written in the file, without pydantic's union markers.

    Inside a union pydantic names the member it tried (``str``, ``Source``, a
    discriminator tag such as ``field``) before the path within it; that name is not in
    the file, so it is dropped and the rest is kept as written.
    """
    parts = [p for p in loc if p != "[key]"]
    out: list[str | int] = []
    for index, part in enumerate(parts):
        here = type_at(model, tuple(out))
        if here is None:
            out.extend(parts[index:])
            break
        if here.kind == "other" and isinstance(part, str):
            out.extend(parts[index + 1 :])
            break
        out.append(part)
    return tuple(out)


def validate(model: type[M], doc: Document) -> M:
    """Validate ``doc.data`` as ``model``; raise InputError naming file, path and line:column."""
    if not isinstance(doc.data, dict):
        found = "een lijst" if isinstance(doc.data, list) else "een enkele waarde"
        found_en = "a list" if isinstance(doc.data, list) else "a single value"
        raise InputError.single(
            doc.path,
            f"verwacht een mapping (sleutel: waarde) bovenaan, maar vond {found}",
            f"expected a mapping (key: value) at the top level, found {found_en}",
            line=1,
            column=1,
        )
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        raise validation_error(model, doc, exc) from None


def validation_error(model: type[BaseModel], doc: Document, exc: ValidationError) -> InputError:
    """Map a pydantic ValidationError onto the document's positions."""
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(model, tuple(err["loc"]))
        key = (loc, err["type"])
        if key in seen:
            continue
        seen.add(key)
        pos = doc.position(loc, key=err["type"] == "extra_forbidden")
        line, column = pos if pos else (None, None)
        problems.append(Problem(_message(err, model, loc), loc, line, column))
    return InputError(str(doc.path), problems)
