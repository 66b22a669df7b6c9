"""Catalogue entries: templates filled in each language, numbers written the language's way."""

from __future__ import annotations

import datetime as dt

import pytest

from beleidskompas.i18n import Text
from beleidskompas.i18n.entry import Entry


def test_number_percent_euro_date_and_list_specs_by_hand() -> None:
    entry = Entry(
        "{x:num} {x:num1} {s:pct} {s:pct0} {d:date} {items:list}",
        "{x:num} {x:num1} {s:pct} {s:pct0} {d:date} {items:list}",
    )
    params = {
        "x": 1234.5678,
        "s": 0.256,
        "d": dt.date(2027, 1, 1),
        "items": [Text(nl="een", en="one"), "twee"],
    }
    nl = entry.get("nl", **params)
    en = entry.get("en", **params)
    assert nl.startswith("1.234,568 1.234,6 25,6\xa0% 26\xa0% 1 januari 2027 een, twee"), nl
    assert en.startswith("1,234.568 1,234.6 25.6\xa0% 26\xa0% 1 January 2027 one, twee"), en


def test_text_and_entry_parameters_follow_the_language() -> None:
    inner = Entry("binnen", "inside")
    entry = Entry("{a} en {b}", "{a} and {b}")
    text = entry.text(a=Text(nl="ja", en="yes"), b=inner)
    assert text.nl == "ja en binnen"
    assert text.en == "yes and inside"


def test_plain_format_specs_still_work_and_braces_in_values_are_not_parsed() -> None:
    entry = Entry("{n:>4}|{v}", "{n:>4}|{v}")
    assert entry.get("nl", n=7, v="{niet}") == "   7|{niet}"


def test_a_missing_parameter_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        Entry("{a}", "{a}").get("nl", b=1)
