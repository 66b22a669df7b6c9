"""``beleidskompas advise``: the command, its formats and its exit codes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
LIFTS = EXAMPLES / "tegenprestatie-bijstand.yaml"
AGENCY = EXAMPLES / "aanvraag-huurtoeslag-online.yaml"


def test_the_default_report_is_dutch_text_within_100_columns(cli: Cli) -> None:
    result = cli("advise", LIFTS)
    assert result.code == 0, result.stderr
    assert "Wat maakt het doenlijk?" in result.stdout
    assert "sanctie 1 geschrapt" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_english_and_the_agency_verdict(cli: Cli) -> None:
    result = cli("advise", AGENCY, "--target", "uitvoerbaarheid", "--lang", "en")
    assert result.code == 0
    assert "follows the implementers' own verdict" in result.stdout


def test_json_is_covered_by_the_report_schema(cli: Cli) -> None:
    from beleidskompas.report.schema import report_schema

    result = cli("advise", LIFTS, "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    schema = report_schema()
    jsonschema.Draft202012Validator({"$ref": "#/$defs/Advice", "$defs": schema["$defs"]}).validate(
        data
    )
    assert data["status"] == "lifted"
    assert data["options"][0]["changes"][0]["path"] == "delivery.sanctions[0]"


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html(cli: Cli, fmt: str) -> None:
    result = cli("advise", AGENCY, "--format", fmt, "--max-changes", "2")
    assert result.code == 0
    assert "Het dichtst in de buurt" in result.stdout


def test_csv_tables(cli: Cli) -> None:
    options = cli("advise", LIFTS, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(options.stdout)))
    assert [r["paths"] for r in rows] == ["delivery.sanctions[0]"]
    levers = cli("advise", LIFTS, "--format", "csv", "--table", "levers")
    assert "drop_sanction" in levers.stdout


def test_output_file_is_not_overwritten_without_force(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "advies.md"
    assert cli("advise", LIFTS, "--format", "markdown", "-o", out).code == 0
    assert out.read_text(encoding="utf-8").startswith("# Wat maakt het doenlijk?")
    again = cli("advise", LIFTS, "-o", out)
    assert again.code == 2
    assert cli("advise", LIFTS, "-o", out, "--force").code == 0


def test_the_same_seed_and_jobs_give_the_same_bytes(cli: Cli) -> None:
    first = cli("advise", AGENCY, "--format", "json", "--seed", "3")
    assert cli("advise", AGENCY, "--format", "json", "--seed", "3", "--jobs", "2").stdout == (
        first.stdout
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--jobs", "0"), "--jobs: geef een aantal processen (1 of meer) of -1"),
        (("--format", "xml"), "--format: onbekend formaat 'xml'"),
        (("--max-changes", "0"), "--max-changes"),
        (("--target", "impact"), "--target"),
        (("--seed", "-1"), "--seed"),
    ],
)
def test_bad_options_are_exit_2_with_a_message(
    cli: Cli, args: tuple[str, ...], expected: str
) -> None:
    result = cli("advise", LIFTS, *args)
    assert result.code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_options_in_english(cli: Cli) -> None:
    result = cli("advise", LIFTS, "--jobs", "0", "--lang", "en")
    assert result.code == 2
    assert result.stderr.strip() == (
        "--jobs: give a number of processes (1 or more) or -1 (every core), not 0"
    )


def test_a_missing_or_invalid_file_is_exit_2_with_one_line(cli: Cli, tmp_path: Path) -> None:
    missing = cli("advise", tmp_path / "nope.yaml")
    assert missing.code == 2
    assert missing.stderr.strip().splitlines() == [
        f"{tmp_path / 'nope.yaml'}: bestand niet gevonden"
    ]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\nid: x\ntitle: t\neffects: []\ntarget_group: {}\n"
        "delivery: {granting: sometimes}\n",
        encoding="utf-8",
    )
    invalid = cli("advise", bad)
    assert invalid.code == 2
    assert invalid.stderr.startswith(f"{bad}:6:")
    assert "delivery.granting" in invalid.stderr


def test_help_has_examples(cli: Cli) -> None:
    result = cli("advise", "--help")
    assert result.code == 0
    assert "beleidskompas advise examples/tegenprestatie-bijstand.yaml" in result.stdout


def test_the_progress_bar_grows_with_the_levels() -> None:
    from beleidskompas.cli.advise import _Bar

    class Fake:
        length = 1
        pos = 0

        def update(self, n: int) -> None:
            self.pos += n

    fake = Fake()
    bar = _Bar(fake)
    bar(3, 10)
    assert (fake.pos, fake.length) == (3, 10)
    bar(10, 10)
    bar(12, 25)  # the next level was planned
    assert (fake.pos, fake.length) == (12, 25)
