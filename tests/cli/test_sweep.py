"""``beleidskompas sweep``: output, options, and one-line exit-2 errors naming the option."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
OPTION = REPO / "examples" / "options" / "koopkrachttoeslag-automatisch.yaml"
GRANTING = "delivery.granting=automatic,application"


def test_a_sweep_prints_a_table(cli: Callable[..., Any]) -> None:
    result = cli("sweep", OPTION, "--vary", GRANTING, "--vary", "effects[0].size=0.02:0.04:0.01")
    assert result.code == 0, result.stderr
    assert "6 ontwerpen van dit voorstel beoordeeld" in result.stdout
    assert "Opzet: alle 6 combinaties van de waarden." in result.stdout
    assert result.stderr == ""  # no progress bar off a terminal


def test_english_csv_and_json(cli: Callable[..., Any]) -> None:
    out = cli("sweep", OPTION, "--vary", GRANTING, "--format", "csv", "--lang", "en")
    assert out.code == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["delivery.granting"] for r in rows] == ["automatic", "application"]
    data = json.loads(cli("sweep", OPTION, "--vary", GRANTING, "--format", "json").stdout)
    assert data["sweep"]["design"] == "grid" and len(data["sweep"]["rows"]) == 2


def test_a_large_grid_is_sampled_with_a_note(cli: Callable[..., Any]) -> None:
    result = cli(
        "sweep",
        OPTION,
        "--vary",
        GRANTING,
        "--vary",
        "effects[0].size=0.02:0.04:0.002",
        "--max-grid",
        "5",
        "--lang",
        "en",
    )
    assert result.code == 0, result.stderr
    assert "the grid has 22 combinations, more than the limit of 5" in result.stdout
    assert "Latin-hypercube sample of 5" in result.stdout


def test_samples_and_seed(cli: Callable[..., Any]) -> None:
    args = ["sweep", OPTION, "--vary", GRANTING, "--vary", "effects[0].size=0.02:0.04:0.002"]
    one = cli(*args, "--samples", "4", "--seed", "9", "--format", "json")
    two = cli(*args, "--samples", "4", "--seed", "9", "--format", "json")
    assert one.code == 0, one.stderr
    assert one.stdout == two.stdout
    data = json.loads(one.stdout)["sweep"]
    assert (data["design_reason"], data["samples"], data["seed"]) == ("asked", 4, 9)


def test_output_to_a_file(cli: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "sweep.html"
    result = cli("sweep", OPTION, "--vary", GRANTING, "--format", "html", "-o", target)
    assert result.code == 0, result.stderr
    assert "<svg" in target.read_text(encoding="utf-8")
    again = cli("sweep", OPTION, "--vary", GRANTING, "--format", "html", "-o", target)
    assert again.code == 2  # no overwrite without --force


@pytest.mark.parametrize(
    ("vary", "line"),
    [
        (
            "delivery.granting=automatic,sometimes",
            "--vary: delivery.granting: 'sometimes' is not one of",
        ),
        ("delivery.nothing=1", "--vary: delivery.nothing: the proposal format has no such field"),
        ("effects[0].size=0.04:0.02:0.01", "--vary: effects[0].size: the range '0.04:0.02:0.01'"),
        ("effects[0].size=0.02:0.04:0", "--vary: effects[0].size: the step of"),
        ("effects[7].size=0.03", "--vary: effects[7].size: the proposal has no item 7"),
        ("title=x", "--vary: title: only numeric, yes/no and enumerated fields"),
        ("delivery.granting", "--vary: delivery.granting: write a variation as path="),
    ],
)
def test_a_bad_path_or_value_is_one_line_and_exit_2(
    cli: Callable[..., Any], vary: str, line: str
) -> None:
    result = cli("sweep", OPTION, "--vary", vary, "--lang", "en")
    assert result.code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(line), result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_value_is_told_in_dutch_by_default(cli: Callable[..., Any]) -> None:
    result = cli("sweep", OPTION, "--vary", "delivery.granting=automatic,sometimes")
    assert result.code == 2
    assert result.stderr.strip() == (
        "--vary: delivery.granting: 'sometimes' is niet een van "
        "automatic, proactive, application, discretionary"
    )


def test_a_path_varied_twice_is_exit_2_in_dutch_and_english(cli: Callable[..., Any]) -> None:
    args = ["sweep", OPTION, "--vary", GRANTING, "--vary", "delivery.granting=proactive"]
    nl = cli(*args)
    en = cli(*args, "--lang", "en")
    assert nl.code == en.code == 2
    assert nl.stderr.strip() == (
        "--vary: delivery.granting wordt twee keer gevarieerd; zet alle waarden in één --vary"
    )
    assert en.stderr.strip() == (
        "--vary: delivery.granting is varied twice; put all its values in one --vary"
    )


@pytest.mark.parametrize("option", [["--samples", "0"], ["--max-grid", "0"], ["--jobs", "0"]])
def test_sizes_below_one_are_exit_2(cli: Callable[..., Any], option: list[str]) -> None:
    result = cli("sweep", OPTION, "--vary", GRANTING, *option)
    assert result.code == 2
    assert option[0] in result.stderr


def test_without_vary_is_a_usage_error(cli: Callable[..., Any]) -> None:
    result = cli("sweep", OPTION)
    assert result.code == 2
    assert "--vary" in result.stderr


def test_a_bad_proposal_file_names_the_file(cli: Callable[..., Any], tmp_path: Path) -> None:
    bad = tmp_path / "kapot.yaml"
    bad.write_text("id: [\n", encoding="utf-8")
    result = cli("sweep", bad, "--vary", GRANTING)
    assert result.code == 2
    assert result.stderr.startswith(str(bad))


def test_help_has_examples(cli: Callable[..., Any]) -> None:
    result = cli("sweep", "--help")
    assert result.code == 0
    assert "beleidskompas sweep voorstel.yaml --vary delivery.granting" in result.stdout
    assert "--samples" in result.stdout and "--jobs" in result.stdout


def test_a_progress_bar_on_a_terminal(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    size = "effects[0].size=0.02:0.04:0.002"  # 2 × 11 designs and the proposal: 23 ≥ 20
    result = cli("sweep", OPTION, "--vary", GRANTING, "--vary", size, "--format", "json")
    assert result.code == 0, result.stderr
    assert "beoordelen" in result.stderr and "100%" in result.stderr
    assert len(json.loads(result.stdout)["sweep"]["rows"]) == 22


def test_a_sample_above_the_most_designs_is_exit_2_naming_the_option(
    cli: Callable[..., Any],
) -> None:
    result = cli("sweep", OPTION, "--vary", GRANTING, "--samples", "100001", "--lang", "en")
    assert result.code == 2
    assert result.stderr.strip() == (
        "--samples: samples is 100001; a sweep assesses at most 100000 designs"
    )
