"""Texts in two languages and how echoed input is made safe to print."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from beleidskompas.i18n import Text, localise, printable, shorten
from beleidskompas.i18n.numbers import pct


def test_a_text_needs_both_languages() -> None:
    assert Text(nl="ja", en="yes").get("en") == "yes"
    with pytest.raises(ValidationError, match="en"):
        Text(nl="ja")  # type: ignore[call-arg]


def test_localise_accepts_plain_strings_and_texts() -> None:
    assert localise("same", "en") == "same"
    assert localise(Text(nl="ja", en="yes"), "nl") == "ja"


def test_newlines_tabs_and_escape_sequences_are_written_as_escapes() -> None:
    assert printable("a\nb\tc\x1b[31m") == "a\\nb\\tc\\x1b[31m"


def test_a_bidirectional_override_is_escaped() -> None:
    # U+202E would reverse the rest of the line on a terminal ("trojan source").
    assert printable("rule\u202eexe") == "rule\\u202eexe"


def test_no_break_spaces_in_formatted_numbers_stay() -> None:
    formatted = pct(0.5, "nl")
    assert printable(formatted) == formatted
    assert printable("1\u202f000") == "1\u202f000"


@given(st.text())
def test_printable_output_is_one_printable_line(text: str) -> None:
    out = printable(text)
    assert "\n" not in out and "\r" not in out
    assert all(char.isprintable() or char.isspace() for char in out)
    assert not any(char in out for char in "\u2028\u2029\x1b\x00")


@given(st.text(), st.integers(min_value=2, max_value=200))
def test_shorten_never_exceeds_the_width(text: str, width: int) -> None:
    out = shorten(text, width)
    assert len(out) <= width
    assert out == text or out.endswith("…")
