"""The CSV reader: the same cells as the standard library's, and the position of each cell."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beleidskompas.errors import InputError
from beleidskompas.io.csv_doc import parse_csv

CELLS = st.text(alphabet=st.sampled_from('ab ,"\n1.é'), max_size=8)
"""Cells with commas, quotes and newlines (a lone carriage return in a cell is ambiguous: with
a "\n" terminator csv.writer leaves it unquoted)."""
ROWS = st.lists(st.lists(CELLS, min_size=1, max_size=5), min_size=1, max_size=6)


def _written(rows: list[list[str]], terminator: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=terminator).writerows(rows)
    return buffer.getvalue()


@given(ROWS, st.sampled_from(["\n", "\r\n"]))
def test_reads_what_the_csv_module_writes(rows: list[list[str]], terminator: str) -> None:
    # a row of one empty cell is written as '""' by csv.writer, so no row is a blank line
    text = _written(rows, terminator)
    assert [list(r.cells) for r in parse_csv(text, "x.csv")] == rows
    assert [list(r) for r in csv.reader(io.StringIO(text, newline=""))] == rows


def test_cell_positions_are_line_and_column_of_their_first_character() -> None:
    text = 'a,bb,"c\nc",d\n\nee,,f\n'
    records = parse_csv(text, "x.csv")
    assert [r.cells for r in records] == [("a", "bb", "c\nc", "d"), ("ee", "", "f")]
    # hand-counted: d starts on line 2 (after the quoted newline) at column 4
    assert records[0].positions == ((1, 1), (1, 3), (1, 6), (2, 4))
    assert records[1].positions == ((4, 1), (4, 4), (4, 5))  # line 3 is blank
    assert records[1].line == 4


def test_a_trailing_comma_is_an_empty_last_cell_and_no_final_newline_is_fine() -> None:
    assert parse_csv("a,b,", "x.csv")[0].cells == ("a", "b", "")
    assert parse_csv("a,b", "x.csv")[0].cells == ("a", "b")


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ('a,"bc\n', (1, 3), "never closed"),
        ('a,b"c\n', (1, 4), "quote inside"),
        ('a,"b"c\n', (1, 6), "after the closing quote"),
    ],
)
def test_malformed_quotes_are_errors_at_their_position(
    text: str, where: tuple[int, int], words: str
) -> None:
    with pytest.raises(InputError) as info:
        parse_csv(text, "x.csv")
    problem = info.value.problems[0]
    assert (problem.line, problem.column) == where
    assert words in problem.message.en


def test_a_line_with_too_many_cells_stops_at_the_first_extra_one() -> None:
    for text in ("a,b,c,d\n", 'a,"b",c,"d"\n'):
        with pytest.raises(InputError) as info:
            parse_csv(text, "x.csv", limit=3)
        problem = info.value.problems[0]
        # the fourth cell starts after 'a,b,c,' (6 characters) or 'a,"b",c,' (8)
        assert (problem.line, problem.column) == (1, 7 if '"' not in text else 9)
        assert "more than 3 fields" in problem.message.en
    assert len(parse_csv("a,b,c\n", "x.csv", limit=3)[0].cells) == 3
