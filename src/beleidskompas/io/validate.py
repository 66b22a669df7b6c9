"""Validating a parsed document against a model, with errors mapped to file positions."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from beleidskompas.errors import InputError, Problem
from beleidskompas.i18n import Entry, Text, TextError, shorten
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.i18n.catalogue import validation as V
from beleidskompas.io.document import Document
from beleidskompas.model.introspect import model_fields, type_at

M = TypeVar("M", bound=BaseModel)


def _ctx(err: Any, name: str) -> Any:
    ctx = err.get("ctx") or {}
    return ctx.get(name)


def _got(err: Any) -> str:
    """The offending input as echoed in a message: one line, at most 80 characters."""
    return shorten(str(err.get("input")))


def _unknown_field(model: type[BaseModel], loc: tuple[str | int, ...]) -> Text:
    key = shorten(str(loc[-1])) if loc else "?"
    parent = type_at(model, loc[:-1])
    if parent is None or parent.kind != "model" or parent.model is None:
        return V.UNKNOWN_FIELD_BARE.text(key=key)
    names = list(model_fields(parent.model))
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    hint: Any = V.DID_YOU_MEAN.text(name=close[0]) if close else ""
    return V.UNKNOWN_FIELD.text(key=key, hint=hint, allowed=", ".join(names))


def _message(err: Any, model: type[BaseModel], loc: tuple[str | int, ...]) -> Text:
    kind = err["type"]
    english = str(err["msg"])
    if kind == "extra_forbidden":
        return _unknown_field(model, loc)
    if kind == "literal_error":
        expected = str(_ctx(err, "expected"))
        choices = Text(nl=expected.replace(" or ", V.OR.nl), en=expected)
        return V.NOT_A_CHOICE.text(got=_got(err), choices=choices)
    if kind in V.BOUND:
        bound = _ctx(err, V.BOUND_KEY[kind])
        return V.BOUND[kind].text(bound=bound, got=_got(err))
    if kind == "string_pattern_mismatch":
        return V.PATTERN.text(got=_got(err), pattern=_ctx(err, "pattern"))
    if kind == "value_error":
        error = _ctx(err, "error")
        if isinstance(error, TextError):
            return error.text
        text = str(error or english)
        return Text(nl=text, en=text)
    entry = V.BY_TYPE.get(kind)
    return Text(nl=entry.nl, en=entry.en) if entry else Text(nl=english, en=english)


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
        found: Entry = E.FOUND_LIST if isinstance(doc.data, list) else E.FOUND_SCALAR
        raise InputError.single(doc.path, E.TOP_NOT_MAPPING.text(found=found), line=1, column=1)
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
