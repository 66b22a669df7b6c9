"""Bilingual texts and the language type."""

from __future__ import annotations

import unicodedata
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
)

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")


class Text(BaseModel):
    """A user-facing text in Dutch and English.

    Serialised as ``{"nl": ..., "en": ...}``; with ``context={"lang": "nl"}`` (what the JSON
    report passes to ``model_dump``) as the text in that language.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        """The text in ``lang``."""
        return self.nl if lang == "nl" else self.en

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        lang = localise_lang(info)
        if lang is not None:
            return self.get(lang)
        return handler(self)


def localise_lang(info: SerializationInfo) -> Lang | None:
    """The language a serialisation asked for (``context={"lang": ...}``), if any."""
    context = info.context
    if isinstance(context, dict):
        lang = context.get("lang")
        if lang == "nl" or lang == "en":
            return lang  # type: ignore[no-any-return]
    return None


def localise(value: Any, lang: Lang) -> Any:
    """``value`` with every :class:`Text` inside it (dicts, lists, tuples) in ``lang``."""
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, dict):
        return {k: localise(v, lang) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(localise(v, lang) for v in value)
    return value


class TextError(ValueError):
    """A ValueError whose message is a bilingual :class:`Text` (model validators raise it)."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` on one line: newlines, tabs and other control characters written as
    escapes (``\\n``, ``\\x1b``), so echoed input cannot break a line or drive a terminal.

    Spaces of every kind (such as the no-break space between a number and ``%``) stay;
    control, format (bidirectional overrides), separator and unassigned characters go."""
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if char.isprintable() or unicodedata.category(char) == "Zs":
            out.append(char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(f"\\u{ord(char):04x}")
    return "".join(out)


def shorten(text: str, width: int = 80) -> str:
    """``text`` cut to ``width`` characters with an ellipsis (for echoed input values)."""
    return text if len(text) <= width else text[: width - 1] + "…"
