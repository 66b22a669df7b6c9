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
from functools import lru_cache
from typing import Any

from beleidskompas.i18n.numbers import day, euro, num, pct
from beleidskompas.i18n.text import Lang, Text


class _Field:
    """A parameter as ``str.format_map`` sees it: its ``__format__`` knows our specs.

    ``format_map`` parses the template in C; the pure-Python ``string.Formatter`` took most
    of a portfolio's time.
    """

    __slots__ = ("lang", "value")

    def __init__(self, value: Any, lang: Lang) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, format_spec: str) -> str:
        lang = self.lang
        value = self.value
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
        return format(value, format_spec)


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
        return template.format_map({k: _Field(v, lang) for k, v in params.items()})

    def text(self, **params: Any) -> Text:
        """Both languages with ``params`` filled in, as a :class:`Text`.

        Texts are immutable, so the same entry with the same parameters gives the same
        object (assessments in a batch repeat many texts, such as "cannot judge").
        """
        try:
            key = tuple(sorted((k, type(v), v) for k, v in params.items()))
            return _cached_text(self, key)
        except TypeError:  # an unhashable parameter (a list): no cache
            return self._text(params)

    def _text(self, params: Mapping[str, Any]) -> Text:
        return Text(nl=self.get("nl", **params), en=self.get("en", **params))

    def fields(self) -> tuple[set[str], set[str]]:
        """The parameter names of the Dutch and the English template."""
        return _names(self.nl), _names(self.en)


@lru_cache(maxsize=4096)
def _cached_text(entry: Entry, key: tuple[tuple[str, type, Any], ...]) -> Text:
    return entry._text({name: value for name, _, value in key})


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def pick(table: Mapping[str, Entry], key: str, lang: Lang) -> str:
    """The entry ``key`` of an id → entry table in ``lang`` (the key itself when absent)."""
    entry = table.get(key)
    return entry.get(lang) if entry is not None else key
