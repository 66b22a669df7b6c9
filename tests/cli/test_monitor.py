"""``beleidskompas monitor``: the shipped series with their sources, the plan, and every file
of the bad-input corpus (tests/data/bad-series) rejected with exit 2 and one clear line."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
BAD = REPO / "tests" / "data" / "bad-series"
EXPECTED: dict[str, Any] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def test_the_corpus_is_complete() -> None:
    on_disk = {p.name for p in BAD.iterdir() if p.name != "expected.yaml"}
    assert on_disk == set(EXPECTED["files"])
    assert len(on_disk) >= 35


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_a_bad_series_file_exits_2_with_one_line(
    name: str, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = EXPECTED["files"][name]
    monkeypatch.chdir(BAD)
    result = cli("monitor", *(["--plan", name] if entry.get("plan") else [name]), "--lang", "en")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.code == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip("\n").splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    prefix = entry.get("file", name)
    assert line.startswith(prefix + ":"), line
    where = re.match(r"^(?::(\d+)(?::(\d+))?)?: ", line[len(prefix) :])
    assert where is not None, line
    found = (int(where[1]) if where[1] else None, int(where[2]) if where[2] else None)
    assert found == (entry["line"], entry["column"]), line
    message = line[len(prefix) + where.end() :]
    if entry["path"] is not None:
        assert message.startswith(entry["path"] + ": "), line
    else:
        assert not re.match(r"^[a-z_]+(\.[\w\[\]]+)*: ", message), line
    assert entry["message"] in message, line


def test_dutch_is_the_default_for_errors_too(cli: Callable[..., Any]) -> None:
    result = cli("monitor", BAD / "not-a-number.csv")
    assert "'zeven' is geen getal" in result.stderr


def test_monitor_shows_the_shipped_series_with_their_sources(cli: Callable[..., Any]) -> None:
    result = cli("monitor", "--lang", "en")
    assert result.code == 0, result.stderr
    out = result.stdout
    flat = " ".join(out.split())
    assert "Share below the poverty line (CPB estimate) (poverty_share)" in out
    assert "Netherlands 2011: 7.1 % 2023: 4.8 % −2.3 pp −0.19 pp better" in flat
    assert "<https://berthub.eu/tkconv/get/2023D45480>" in out  # the cabinet letter
    assert "Capitals no indicator of the monitor follows: cultural." in out


def test_monitor_selects_indicators_and_names_an_unknown_one(cli: Callable[..., Any]) -> None:
    result = cli("monitor", "-i", "unemployment_rate", "--lang", "en")
    assert result.code == 0
    assert "One indicator from" in result.stdout
    assert "the gap narrows, from 10.4 pp (2014) to 4.7 pp (2019)" in result.stdout
    bad = cli("monitor", "-i", "werkloosheid")
    assert bad.code == 2
    assert bad.stderr.startswith("--indicator: onbekende indicator 'werkloosheid'")
    both = cli("monitor", "-i", "unemployment_rate", "--plan", REPO / "examples" / "catalogue")
    assert both.code == 2
    assert both.stderr.startswith("--indicator: geldt voor het verloop, niet voor --plan")


def test_monitor_reads_series_files_and_cbs_exports(cli: Callable[..., Any]) -> None:
    result = cli("monitor", REPO / "tests" / "data" / "cbs" / "armoede-folder.yaml", "--lang", "en")
    assert result.code == 0, result.stderr
    assert "2 indicators" in result.stdout
    assert "Minors (0–17): provisional figure." not in result.stdout
    assert "Minors (0–17) (2022): provisional figure." in result.stdout


def test_the_plan_of_the_catalogue(cli: Callable[..., Any]) -> None:
    result = cli("monitor", "--plan", REPO / "examples" / "catalogue", "--lang", "en")
    assert result.code == 0, result.stderr
    out = result.stdout
    assert "30 measures, of which 11 name 20 targets together" in out
    assert "[major] 11 measures act on cultural capital, but no indicator of the monitor" in out
    assert "kindgebonden-budget-verhoging-2024: poverty_share_cbs_2024_method" in out


def test_outputs_go_to_files_and_never_over_an_input(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    pytest.importorskip("matplotlib")
    chart = tmp_path / "monitor.svg"
    report = tmp_path / "monitor.html"
    result = cli("monitor", "--format", "html", "-o", report, "--plot", chart)
    assert result.code == 0, result.stderr
    assert report.read_text(encoding="utf-8").count("<svg") >= 19
    assert chart.read_bytes().lstrip().startswith(b"<?xml")
    again = cli("monitor", "--format", "html", "-o", report)
    assert again.code == 2  # exists, no --force
    series = tmp_path / "reeks.csv"
    series.write_bytes((REPO / "monitor" / "series" / "arbeid.csv").read_bytes())
    over = cli("monitor", series, "--format", "csv", "-o", series, "--force")
    assert over.code == 2
    assert "invoerbestand" in over.stderr
    plan = tmp_path / "plan.png"
    result = cli("monitor", "--plan", REPO / "examples" / "catalogue", "--plot", plan)
    assert result.code == 0, result.stderr
    assert plan.read_bytes().startswith(b"\x89PNG")


def test_a_data_set_folder_of_your_own(cli: Callable[..., Any], tmp_path: Path) -> None:
    (tmp_path / "monitor.yaml").write_text(
        "kind: monitor\nid: gemeente\nversion: 1\ntitle: {nl: Gemeentemonitor, en: Town monitor}\n"
        "extends: default\nfiles:\n  series: [eigen.csv]\n",
        encoding="utf-8",
    )
    (tmp_path / "eigen.csv").write_text(
        "indicator,group_kind,group,period,value,sources,provenance,note\n"
        "poverty_risk_low_income,total,nederland,2024,3.5,cbs-nieuws-2023-45,inferred,test\n",
        encoding="utf-8",
    )
    result = cli("monitor", "--data", tmp_path, "-i", "poverty_risk_low_income", "--lang", "en")
    assert result.code == 0, result.stderr
    assert "from Town monitor, version 1: 15 values" in " ".join(result.stdout.split())


def test_the_export_behind_a_cbs_import_is_an_input_too(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    cbs = REPO / "tests" / "data" / "cbs"
    for name in ("armoede.yaml", "armoede-synthetic.json"):
        (tmp_path / name).write_bytes((cbs / name).read_bytes())
    export = tmp_path / "armoede-synthetic.json"
    result = cli("monitor", tmp_path / "armoede.yaml", "--format", "json", "-o", export, "--force")
    assert result.code == 2
    assert "invoerbestand" in result.stderr
    assert export.read_bytes() == (cbs / "armoede-synthetic.json").read_bytes()
