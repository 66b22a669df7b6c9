"""CSV series files: the layout, every problem at its cell, and the cross-references."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidskompas.errors import InputError
from beleidskompas.io.series import check_observations, read_series_csv
from beleidskompas.io.series_set import default_data_set, registries_of

HEADER = "indicator,group_kind,group,period,value,low,high,sources,provenance,note\n"


def write(tmp_path: Path, text: str, name: str = "reeks.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problem(
    tmp_path: Path, text: str, *, check: bool = False
) -> tuple[int | None, int | None, str, str]:
    """(line, column, field, English message) of the first problem of a series file."""
    path = write(tmp_path, text)

    def read() -> None:
        items = read_series_csv(path)
        if check:
            check_observations(items, registries_of(default_data_set()))

    with pytest.raises(InputError) as info:
        read()
    assert info.value.file == str(path)
    first = info.value.problems[0]
    field = ".".join(str(p) for p in first.loc)
    return first.line, first.column, field, first.message.en


def test_a_good_file_reads_every_row_with_its_cells(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "poverty_share,total,nederland,2011,7.1,,,kamerbrief-2023,found,\n"
        + 'life_satisfied_share,education,laag,2021,80.1,79.0,81.2,"cbs-84572ned-2021; '
        + 'kamerbrief-2023",found,"a ""quoted"" note"\n',
    )
    first, second = read_series_csv(path)
    assert first.observation.value == 7.1
    assert first.observation.low is None and first.observation.note is None
    assert second.observation.sources == ("cbs-84572ned-2021", "kamerbrief-2023")
    assert (second.observation.low, second.observation.high) == (79.0, 81.2)
    assert second.observation.note == 'a "quoted" note'
    assert second.line == 3
    assert second.at("value") == (3, 42)  # hand-counted column of '80.1'


def test_columns_may_come_in_any_order_and_optional_ones_may_be_left_out(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "provenance,sources,period,group,group_kind,indicator,value,provisional\n"
        "found,cbs-nieuws-2023-45,2022,nederland,total,poverty_risk_low_income,3.8,true\n",
    )
    (item,) = read_series_csv(path)
    assert item.observation.indicator == "poverty_risk_low_income"
    assert item.observation.provisional is True


def column_of(row: str, index: int) -> int:
    """The 1-based column where cell ``index`` of a row without quotes starts (by counting
    the characters of the cells before it and their commas; independent of the reader)."""
    return sum(len(cell) + 1 for cell in row.split(",")[:index]) + 1


ROW = "poverty_share,total,nederland,2011,{value},{low},{high},{sources},{provenance},"


def row(**cells: str) -> str:
    values = {"value": "7.1", "low": "", "high": "", "sources": "kamerbrief-2023"}
    return ROW.format(**{**values, "provenance": "found", **cells})


@pytest.mark.parametrize(
    ("text", "cell", "field", "words"),
    [
        (row(value="abc"), 4, "value", "'abc' is not a number"),
        (row(provenance="guess"), 8, "provenance", "'guess'"),
        (row().removesuffix(","), 8, "", "9 fields, but the header has 10"),
        (row().replace(",2011,", ",23,"), 3, "period", "does not match"),
        (row().replace(",2011,", ",2023-2011,"), 3, "period", "first year not after"),
        (row(low="8", high="6"), 6, "high", "low (8.0) is above high (6.0)"),
        (row(value="9", low="6", high="8"), 4, "value", "not between"),
        (row(value="", low="6"), 6, "high", "go together"),
        (row(value=""), 4, "value", "no value"),
        (row().replace(",nederland,", ",,"), 2, "group", "empty, but required"),
        (row(sources="a;;b"), 7, "sources", "empty source id"),
        (row().replace(",total,", ",class,"), 1, "group_kind", "'class'"),
    ],
)
def test_every_problem_is_reported_at_its_cell(
    tmp_path: Path, text: str, cell: int, field: str, words: str
) -> None:
    line, column, where, message = problem(tmp_path, HEADER + text + "\n")
    assert (line, column, where) == (2, column_of(text, cell), field)
    assert words in message


def test_header_and_quoted_cell_problems_are_at_their_position(tmp_path: Path) -> None:
    # hand-counted: 'vlaue' starts after 'indicator,group_kind,group,period,' (34 characters)
    assert problem(tmp_path, "indicator,group_kind,group,period,vlaue\n")[:3] == (1, 35, "vlaue")
    assert (
        "did you mean 'value'" in problem(tmp_path, "indicator,group_kind,group,period,vlaue\n")[3]
    )
    missing = problem(tmp_path, "indicator,group_kind,group,period,value,sources\n")
    assert missing[:3] == (1, 1, "")
    assert "lacks the column 'provenance'" in missing[3]
    # the quoted "7,1" starts after 'poverty_share,total,nederland,2011,' (35 characters)
    comma = problem(tmp_path, HEADER + row(value='"7,1"') + "\n")
    assert comma[:3] == (2, 36, "value")
    assert "decimal separator (7.1)" in comma[3]


@pytest.mark.parametrize(
    ("text", "cell", "field", "words"),
    [
        (
            row().replace("poverty_share", "poverty_shar"),
            0,
            "indicator",
            "did you mean 'poverty_share'",
        ),
        (
            row().replace(",total,nederland,", ",age,nederlnd,"),
            2,
            "group",
            "did you mean 'nederland'",
        ),
        (
            row().replace(",total,nederland,", ",age,laag,"),
            1,
            "group_kind",
            "belongs to education, not to age",
        ),
        (row(sources="kamerbrief-2099"), 7, "sources", "unknown source 'kamerbrief-2099'"),
    ],
)
def test_unknown_ids_are_reported_at_their_cell(
    tmp_path: Path, text: str, cell: int, field: str, words: str
) -> None:
    line, column, where, message = problem(tmp_path, HEADER + text + "\n", check=True)
    assert (line, column, where) == (2, column_of(text, cell), field)
    assert words in message


def test_a_value_given_twice_names_the_other_line(tmp_path: Path) -> None:
    twice = row() + "\n"
    line, column, field, message = problem(tmp_path, HEADER + twice + twice, check=True)
    assert (line, column, field) == (3, column_of(twice, 3), "period")
    assert message.endswith("reeks.csv:2")


def test_a_file_with_only_a_header_or_nothing_is_an_error(tmp_path: Path) -> None:
    assert "only a header" in problem(tmp_path, HEADER)[3]
    assert "empty" in problem(tmp_path, "\n\n")[3]


def test_reading_stops_after_a_hundred_problems(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "x\n" * 1000)
    with pytest.raises(InputError) as info:
        read_series_csv(path)
    assert len(info.value.problems) == 100
    rendered = info.value.render("en").splitlines()
    assert len(rendered) == 11  # ten problems and "… more"
    assert rendered[0].startswith(f"{path}:2:1: ")
