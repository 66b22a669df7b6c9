"""The flat parameter index of a rule set: every Param with its dotted id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from beleidskompas.errors import Loc
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io.document import Document
from beleidskompas.model.sources import Param, Source
from beleidskompas.rules.files import error_at


def params(prefix: str, model: BaseModel | dict[str, Any]) -> Iterator[tuple[str, Param]]:
    """Every Param inside a model, with a dotted id (list items keyed by their ``id``)."""
    stack: list[tuple[str, Any]] = [(prefix, model)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, Param):
            yield path, node
        elif isinstance(node, BaseModel):
            for name in type(node).model_fields:
                value = getattr(node, name)
                if isinstance(value, (list, tuple)) and value and hasattr(value[0], "id"):
                    stack.extend((f"{path}.{item.id}", item) for item in value)
                else:
                    stack.append((f"{path}.{name}", value))
        elif isinstance(node, dict):
            stack.extend((f"{path}.{k}", v) for k, v in node.items())


def _walk(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    stack: list[tuple[Loc, Any]] = [(loc, data)]
    while stack:
        here, node = stack.pop()
        yield here, node
        if isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in enumerate(node))


def check_source_refs(doc: Document, registry: dict[str, Source]) -> None:
    """Every ``sources: [id, ...]`` in a document names a source of the registries."""
    for loc, node in _walk(doc.data):
        if not loc or loc[-1] != "sources" or not isinstance(node, list):
            continue
        for i, ref in enumerate(node):
            if isinstance(ref, str) and ref not in registry:
                raise error_at(doc, (*loc, i), E.UNKNOWN_SOURCE.text(ref=ref))
