"""``beleidskompas sensitivity`` and ``assess --sensitivity``: formats, the schema, exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from beleidskompas.report.schema import report_schema

REPO = Path(__file__).resolve().parents[2]
FILE = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"
SMALL = ("--trajectories", "2", "--samples", "8")


def _sensitivity_schema() -> dict[str, Any]:
    schema = report_schema()
    return {
        "$schema": schema["$schema"],
        "$ref": "#/$defs/SensitivityReport",
        "$defs": schema["$defs"],
    }


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    """One small run in every format (the library renders; the command is tested below)."""
    from beleidskompas import api

    result = api.sensitivity(api.load_proposal(FILE), trajectories=2, samples=8)
    return {
        fmt: str(api.render(result, fmt, lang))
        for fmt, lang in (("table", "nl"), ("markdown", "en"), ("html", "en"), ("json", "en"))
    }


def test_the_table_fits_100_columns_and_names_what_matters(outputs: dict[str, str]) -> None:
    text = outputs["table"]
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "waarvan deze 5 het meest uitmaken voor dit voorstel" in text
    assert "Doenbaarheid (score 0–100)" in text
    # the doenbaarheid scale S is its only moving parameter (100·exp(−B/S))
    section = text.split("Doenbaarheid (score 0–100)")[1].split("Gebruik (aandeel)")[0]
    rows = [line for line in section.splitlines() if line.startswith(("scoring.", "classes."))]
    assert [row.split()[0] for row in rows] == ["scoring.doenvermogen.scale"]


def test_markdown_and_html(outputs: dict[str, str]) -> None:
    assert outputs["markdown"].startswith("# Sensitivity: ")
    assert "| Parameter | μ\\* | S1 | ST |" in outputs["markdown"]
    html = outputs["html"]
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "of which these 5 matter most" in html


def test_the_json_is_covered_by_the_report_schema(outputs: dict[str, str]) -> None:
    data = json.loads(outputs["json"])
    jsonschema.Draft202012Validator(_sensitivity_schema()).validate(data)
    assert data["kind"] == "sensitivity" and data["lang"] == "en"
    e = data["evaluations"]
    assert e["total"] == e["nominal"] + e["morris"] + e["sobol"]
    assert {f["figure"] for f in data["figures"]} == {
        "doenbaarheid",
        "take_up",
        "gains_bottom",
        "gap_change",
        "uitvoerbaarheid",
    }
    # the schema is strict: a key it does not know fails
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "unknown": 1}, _sensitivity_schema())


def test_the_command_writes_csv_tables(cli: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "indices.csv"
    result = cli("sensitivity", FILE, *SMALL, "--format", "csv", "-o", target, "--lang", "en")
    assert result.code == 0, result.stderr
    header = target.read_text(encoding="utf-8").splitlines()[0]
    assert header == "figure,rank,parameter,mu_star,mu_star_conf,mu,sigma,s1,s1_conf,st,st_conf"
    again = cli("sensitivity", FILE, *SMALL, "--format", "csv", "-o", target)
    assert again.code == 2 and "--force" in again.stderr
    ranges = cli("sensitivity", FILE, *SMALL, "--format", "csv", "--table", "ranges")
    assert ranges.code == 0
    assert ranges.stdout.splitlines()[0].startswith(
        "parameter,value,provenance,half_width,low,high"
    )


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (("--samples", "6"), "--samples: "),
        (("--jobs", "0"), "--jobs: "),
        (("--format", "docx", "-o", "x.docx"), "--format: "),
        (("--format", "csv", "--table", "nope"), "--table: "),
    ],
)
def test_bad_options_exit_2_with_one_line(
    cli: Callable[..., Any], args: tuple[str, ...], start: str, tmp_path: Path
) -> None:
    result = cli("sensitivity", FILE, *args, "--lang", "en")
    assert result.code == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(start)
    assert not (tmp_path / "x.docx").exists()


def test_a_size_out_of_range_is_a_usage_error(cli: Callable[..., Any]) -> None:
    result = cli("sensitivity", FILE, "--trajectories", "1", "--lang", "en")
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert "invalid value for --trajectories / -r: must be at least 2" in result.stderr


def test_a_missing_file_exits_2(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = cli("sensitivity", tmp_path / "geen.yaml")
    assert result.code == 2
    assert result.stderr.startswith(f"{tmp_path / 'geen.yaml'}: ")


def test_without_salib_a_clear_message(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("SALib", "SALib.sample", "SALib.analyze"):
        monkeypatch.setitem(sys.modules, name, None)
    result = cli("sensitivity", FILE, *SMALL, "--lang", "en")
    assert result.code == 2
    assert result.stderr.strip() == (
        "SALib: the sensitivity analysis needs SALib: pip install 'beleidskompas[analysis]'"
    )


def test_assess_names_what_matters_only_when_asked(cli: Callable[..., Any]) -> None:
    plain = cli("assess", FILE, "--format", "json")
    assert plain.code == 0
    assert "matter_most" not in json.loads(plain.stdout)["provenance"]
    assert "matter most" not in cli("assess", FILE, "--lang", "en").stdout
    screened = cli("assess", FILE, "--format", "json", "--sensitivity")
    assert screened.code == 0, screened.stderr
    data = json.loads(screened.stdout)
    most = data["provenance"]["matter_most"]
    assert 0 < len(most) <= 5
    assert set(most) <= set(data["provenance"]["inferred_parameters"])
    jsonschema.validate(data, report_schema())
    text = cli("assess", FILE, "--sensitivity", "--lang", "en").stdout
    assert f"of which these {len(most)} matter most for this proposal: {', '.join(most)}" in (
        " ".join(text.split())
    )
