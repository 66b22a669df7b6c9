"""Validation errors mapped to file positions (io/validate.py): paths, lines, languages, hints.

The proposals are written inline; every expected line and column is counted by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from beleidskompas import InputError, load_proposal
from beleidskompas.errors import Problem, format_loc
from beleidskompas.io.document import load_document
from beleidskompas.io.validate import validate
from beleidskompas.model.proposal import Proposal

# A valid proposal; the line numbers are in the comments.
BASE = """\
id: kapot-voorbeeld
title: Kapot voorbeeld
effects:
  - capital: economisch
    size: 0.03
    range: [0.02, 0.04]
target_group:
  criteria: [low_income]
delivery:
  granting: application
  help: {personal: true, non_digital: false}
  citizen_actions:
    - description: Aanvraag indienen
      documents: 2
implementation:
  decision_date: 2024-01-15
"""
# 1 id, 2 title, 3 effects, 4 '- capital', 5 size, 6 range, 7 target_group, 8 criteria,
# 9 delivery, 10 granting, 11 help, 12 citizen_actions, 13 '- description', 14 documents,
# 15 implementation, 16 decision_date


def with_line(number: int, text: str) -> str:
    """BASE with line ``number`` replaced by ``text``."""
    lines = BASE.splitlines()
    lines[number - 1] = text
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str, name: str = "voorstel.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def errors(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        load_proposal(path)
    assert info.value.file == str(path)
    return info.value


def single(path: Path) -> Problem:
    exc = errors(path)
    assert len(exc.problems) == 1, exc.render()
    return exc.problems[0]


def test_base_is_valid(tmp_path: Path) -> None:
    proposal = load_proposal(write(tmp_path, BASE))
    assert proposal.delivery.citizen_actions is not None
    assert proposal.delivery.citizen_actions[0].documents == 2


# --------------------------------------------------------------------------- language


def test_dutch_by_default_and_english_on_request(tmp_path: Path) -> None:
    path = write(tmp_path, with_line(10, "  granting: automatisch"))
    exc = errors(path)
    nl = exc.render()
    en = exc.render("en")
    # 'automatisch' starts at column 13 of line 10
    assert nl == (
        f"{path}:10:13: delivery.granting: 'automatisch' is geen geldige waarde; kies uit "
        "'automatic', 'proactive', 'application' of 'discretionary'"
    )
    assert en.startswith(f"{path}:10:13: delivery.granting: 'automatisch' is not a valid value")
    assert str(exc) == en  # the exception text is English (for logs and tracebacks)


TRANSLATED = [
    pytest.param(with_line(2, "titel: Kapot voorbeeld"), "title", id="missing"),
    pytest.param(with_line(14, "      documents: twee"), "documents", id="int"),
    pytest.param(with_line(14, "      documents: 2.5"), "documents", id="int-from-float"),
    pytest.param(with_line(5, "    size: klein"), "size", id="float"),
    pytest.param(with_line(5, "    size: .nan"), "size", id="nan"),
    pytest.param(with_line(5, "    size: -.inf"), "size", id="inf"),
    pytest.param(with_line(5, "    size: 2"), "size", id="le"),
    pytest.param(with_line(14, "      documents: -1"), "documents", id="ge"),
    pytest.param(with_line(2, "title: [Kapot]"), "title", id="string"),
    pytest.param(with_line(2, 'title: ""'), "title", id="empty-string"),
    pytest.param(with_line(1, "id: Kapot_Voorbeeld"), "id", id="pattern"),
    pytest.param(with_line(8, "  criteria: low_income"), "criteria", id="list"),
    pytest.param(with_line(11, "  help: ja"), "help", id="mapping"),
    pytest.param(with_line(11, "  help: {personal: misschien}"), "personal", id="bool"),
    pytest.param(with_line(16, "  decision_date: morgen"), "decision_date", id="date"),
    pytest.param(with_line(16, "  decision_date: 2024-01-15 12:00:00"), "decision_date", id="time"),
    pytest.param(with_line(6, "    range: [0.02]"), "range", id="tuple-short"),
    pytest.param(with_line(10, "  granting: automatisch"), "granting", id="enum"),
    pytest.param(with_line(10, "  grantng: application"), "grantng", id="unknown-key"),
    pytest.param(
        with_line(6, "    range: [0.04, 0.06]"),
        "effects",
        id="range-excludes-size",
    ),
    pytest.param(
        with_line(10, "  1: application"),
        "delivery",
        id="non-string-key",
    ),
]


@pytest.mark.parametrize(("text", "field"), TRANSLATED)
def test_every_message_has_a_dutch_text(tmp_path: Path, text: str, field: str) -> None:
    exc = errors(write(tmp_path, text))
    assert any(field in format_loc(p.loc) for p in exc.problems)
    for problem in exc.problems:
        assert problem.line is not None
        assert problem.message.nl != problem.message.en, problem.message.nl


def test_non_string_key_is_not_shown_as_a_list_index(tmp_path: Path) -> None:
    exc = errors(write(tmp_path, with_line(10, "  1: application")))
    assert "delivery[1]" not in exc.render()


# --------------------------------------------------------------------------- hints


def test_misspelt_key_gets_a_did_you_mean_hint(tmp_path: Path) -> None:
    path = write(tmp_path, with_line(14, "      documnets: 2"))
    problem = single(path)
    assert problem.loc == ("delivery", "citizen_actions", 0, "documnets")
    # the KEY's position: 'documnets' starts at column 7 of line 14
    assert (problem.line, problem.column) == (14, 7)
    assert "bedoelt u 'documents'?" in problem.message.nl
    assert "did you mean 'documents'?" in problem.message.en
    assert "deadline_days" in problem.message.en  # the allowed keys are listed


def test_no_hint_when_nothing_is_close(tmp_path: Path) -> None:
    problem = single(write(tmp_path, with_line(14, "      xyzzy: 2")))
    assert "bedoelt u" not in problem.message.nl
    assert "onbekend veld 'xyzzy'" in problem.message.nl


def test_misspelt_top_level_key(tmp_path: Path) -> None:
    text = BASE + "instrumnet: subsidy\n"
    problem = single(write(tmp_path, text))
    assert problem.loc == ("instrumnet",)
    assert (problem.line, problem.column) == (17, 1)
    assert "'instrument'" in problem.message.nl


def test_unknown_key_in_flow_mapping(tmp_path: Path) -> None:
    problem = single(
        write(tmp_path, with_line(11, "  help: {personal: true, non_digitaal: false}"))
    )
    assert problem.loc == ("delivery", "help", "non_digitaal")
    # key 'non_digitaal' starts at column 26
    assert (problem.line, problem.column) == (11, 26)
    assert "'non_digital'" in problem.message.nl


@pytest.mark.parametrize("command", ["validate", "assess"])
def test_misspelt_key_through_the_cli_is_one_line(
    tmp_path: Path, cli: Callable[..., Any], command: str
) -> None:
    path = write(tmp_path, with_line(14, "      documnets: 2"))
    result = cli(command, path)
    assert result.code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{path}:14:7: delivery.citizen_actions[0].documnets: ")
    assert "'documents'" in lines[0]


def test_cli_english_message(tmp_path: Path, cli: Callable[..., Any]) -> None:
    path = write(tmp_path, with_line(14, "      documnets: 2"))
    result = cli("assess", path, "--lang", "en")
    assert result.code == 2
    assert "did you mean 'documents'?" in result.stderr


# --------------------------------------------------------------------------- paths and lines


@pytest.mark.parametrize(
    ("line", "text", "loc", "column"),
    [
        (5, "    size: 1.5", ("effects", 0, "size"), 11),
        (5, "    size: .nan", ("effects", 0, "size"), 11),
        (4, "  - capital: economic", ("effects", 0, "capital"), 14),
        (8, "  reach: {precariaat: 1.5}", ("target_group", "reach", "precariaat"), 23),
        (8, "  reach: {precariaat: .inf}", ("target_group", "reach", "precariaat"), 23),
        (14, "      documents: 5000", ("delivery", "citizen_actions", 0, "documents"), 18),
        (16, "  decision_date: 2024-02-30", ("implementation", "decision_date"), 18),
        (16, "  decision_date: 2023-02-29", ("implementation", "decision_date"), 18),
        (1, "id: Kapot-Voorbeeld", ("id",), 5),
        (2, 'title: ""', ("title",), 8),
    ],
)
def test_error_names_path_line_and_column(
    tmp_path: Path, line: int, text: str, loc: tuple[Any, ...], column: int
) -> None:
    problem = single(write(tmp_path, with_line(line, text)))
    assert problem.loc == loc
    assert (problem.line, problem.column) == (line, column)


def test_range_not_containing_size(tmp_path: Path) -> None:
    problem = single(write(tmp_path, with_line(6, "    range: [0.04, 0.06]")))
    assert problem.loc == ("effects", 0)
    assert (problem.line, problem.column) == (4, 5)  # the effect's mapping
    assert "range" in problem.message.en
    assert "size" in problem.message.en


def test_missing_required_field_points_at_the_document(tmp_path: Path) -> None:
    text = BASE.replace("target_group:\n  criteria: [low_income]\n", "")
    problem = single(write(tmp_path, text))
    assert problem.loc == ("target_group",)
    assert problem.line == 1
    assert "verplicht veld ontbreekt" in problem.message.nl


def test_several_problems_are_all_reported_in_file_order(tmp_path: Path) -> None:
    text = BASE.replace("size: 0.03", "size: 3").replace("granting: application", "granting: x")
    text = text.replace("documents: 2", "documents: -2")
    exc = errors(write(tmp_path, text))
    assert [(p.line, format_loc(p.loc)) for p in exc.problems] == [
        (5, "effects[0].size"),
        (10, "delivery.granting"),
        (14, "delivery.citizen_actions[0].documents"),
    ]
    assert len(exc.render().splitlines()) == 3


def test_render_limits_the_number_of_lines(tmp_path: Path) -> None:
    text = "id: a\ntitle: t\neffects: []\ntarget_group: {}\n" + "".join(
        f"extra_{i}: 1\n" for i in range(12)
    )
    exc = errors(write(tmp_path, text))
    assert len(exc.problems) == 12
    lines = exc.render().splitlines()
    assert len(lines) == 11
    assert lines[-1] == "... en nog 2 fout(en)"
    assert exc.render("en").splitlines()[-1] == "... and 2 more"
    assert lines[0].startswith(f"{tmp_path / 'voorstel.yaml'}:5:1: extra_0: ")


@pytest.mark.parametrize(
    ("text", "nl"),
    [
        ("- id: a\n- id: b\n", "een lijst"),
        ("kapot-voorbeeld\n", "een enkele waarde"),
        ("42\n", "een enkele waarde"),
        ("---\n", "een enkele waarde"),
    ],
)
def test_top_level_must_be_a_mapping(tmp_path: Path, text: str, nl: str) -> None:
    problem = single(write(tmp_path, text))
    assert (problem.line, problem.column) == (1, 1)
    assert nl in problem.message.nl
    assert "top level" in problem.message.en


def test_json_errors_have_paths_and_lines(tmp_path: Path) -> None:
    text = (
        "{\n"
        '  "id": "a",\n'
        '  "title": "t",\n'
        '  "effects": [{"capital": "economisch", "size": 0.1, "sizee": 1}],\n'
        '  "target_group": {"reach": {"precariaat": 2}}\n'
        "}\n"
    )
    exc = errors(write(tmp_path, text, "p.json"))
    found = {format_loc(p.loc): (p.line, p.column) for p in exc.problems}
    # the key "sizee" opens at column 54 of line 4; the value 2 is at column 44 of line 5
    assert found == {"effects[0].sizee": (4, 54), "target_group.reach.precariaat": (5, 44)}


def test_validate_directly_with_a_document(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, with_line(10, "  granting: automatisch")))
    with pytest.raises(InputError) as info:
        validate(Proposal, doc)
    assert info.value.problems[0].loc == ("delivery", "granting")
