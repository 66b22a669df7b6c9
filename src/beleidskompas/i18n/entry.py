"""Catalogue entries: a Dutch and an English template with named parameters.

Templates use ``str.format`` fields; parameters that are :class:`Text` or :class:`Entry`
are put in the right language, and these format specs write numbers the language's way:

``{x:num}`` (3 decimals; ``num0`` … ``num6`` for others), ``{x:pct}`` (1 decimal;
``pct0`` … ``pct3``), ``{x:eur}`` (see :func:`euro`), ``{x:date}``, ``{x:list}``
(items joined with ", ").
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from beleidskompas.i18n.numbers import day, euro, num, pct
from beleidskompas.i18n.text import Lang, Text


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        lang = self.lang
        if isinstance(value, (Text, Entry)):
            value = value.get(lang)
        if format_spec.startswith("num"):
            return num(value, lang, int(format_spec[3:] or 3))
        if format_spec.startswith("pct"):
            return pct(value, lang, int(format_spec[3:] or 1))
        if format_spec == "eur":
            return euro(value, lang)
        if format_spec == "date":
            return day(value, lang)
        if format_spec == "list":
            return ", ".join(v.get(lang) if isinstance(v, (Text, Entry)) else str(v) for v in value)
        text: str = super().format_field(value, format_spec)
        return text


_FORMATTERS = {"nl": _Formatter("nl"), "en": _Formatter("en")}


@dataclass(frozen=True, slots=True)
class Entry:
    """One user-facing text of the catalogue, in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: Lang, /, **params: Any) -> str:
        """The text in ``lang`` with ``params`` filled in."""
        template = self.nl if lang == "nl" else self.en
        if not params:
            return template
        return _FORMATTERS[lang].vformat(template, (), params)

    def text(self, **params: Any) -> Text:
        """Both languages with ``params`` filled in, as a :class:`Text`."""
        return Text(nl=self.get("nl", **params), en=self.get("en", **params))

    def fields(self) -> tuple[set[str], set[str]]:
        """The parameter names of the Dutch and the English template."""
        return _names(self.nl), _names(self.en)


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def pick(table: Mapping[str, Entry], key: str, lang: Lang) -> str:
    """The entry ``key`` of an id → entry table in ``lang`` (the key itself when absent)."""
    entry = table.get(key)
    return entry.get(lang) if entry is not None else key
