"""Every report format in both languages: contract, width, self-containedness, determinism."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal
from beleidskompas.model.results import Assessment
from beleidskompas.report import formats_for, render
from beleidskompas.report.schema import report_schema
from beleidskompas.rules.ruleset import RuleSet

FORMATS = ["table", "markdown", "html", "json", "csv"]

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
CATALOGUE = sorted((REPO / "examples" / "catalogue").glob("*.yaml"))

# DESIGN §8: the keys the JSON report must carry (more may be added, none renamed).
CONTRACT: dict[str, Any] = {
    "schema_version": None,
    "proposal": {"id": None, "title": None},
    "provenance": {
        "tool_version": None,
        "ruleset": {"id": None, "version": None, "sha256": None},
        "input_sha256": None,
        "inferred_parameters": None,
    },
    "doenvermogen": {"score": None, "verdict": None, "capacities": None, "findings": None},
    "uitvoerbaarheid": {
        "score": None,
        "verdict": None,
        "earliest_feasible_date": None,
        "aspects": None,
        "findings": None,
    },
    "class_impact": {"classes": None, "summary": None},
    "regeldruk": {"citizen_hour_eur": None, "business_hour_eur": None, "sources": None},
}
REGELDRUK_CITIZEN_KEYS = {"hours_per_year", "eur_per_year", "once_hours", "once_eur", "classes"}
CLASS_KEYS = {
    "id",
    "share",
    "reach",
    "take_up",
    "direct",
    "total",
    "deficit_before",
    "deficit_after",
}
SUMMARY_KEYS = {
    "reach",
    "take_up",
    "benefit_share_bottom",
    "population_share_bottom",
    "gap_before",
    "gap_after",
    "atkinson_before",
    "atkinson_after",
    "epsilon",
}
FINDING_KEYS = {"rule", "severity", "message", "advice", "sources"}


def _has_keys(data: dict[str, Any], spec: dict[str, Any], where: str = "") -> None:
    for key, sub in spec.items():
        assert key in data, f"missing {where}{key}"
        if isinstance(sub, dict):
            _has_keys(data[key], sub, f"{where}{key}.")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_json_report_follows_the_contract(path: Path, rules: RuleSet) -> None:
    data = json.loads(render(assess(load_proposal(path), rules), "json"))
    _has_keys(data, CONTRACT)
    assert data["schema_version"] == 1
    assert set(data["doenvermogen"]["capacities"]) == {
        "plan",
        "act",
        "persist",
        "temptation",
        "setback",
    }
    for cls in data["class_impact"]["classes"]:
        assert set(cls) >= CLASS_KEYS
    assert set(data["class_impact"]["summary"]) >= SUMMARY_KEYS
    if data["regeldruk"]["citizens"] is not None:
        assert set(data["regeldruk"]["citizens"]) >= REGELDRUK_CITIZEN_KEYS
    for finding in data["doenvermogen"]["findings"] + data["uitvoerbaarheid"]["findings"]:
        assert set(finding) >= FINDING_KEYS
        for source in finding["sources"]:
            assert {"title", "url"} <= set(source)
    jsonschema.Draft202012Validator(report_schema()).validate(data)
    assert re.fullmatch(r"[0-9a-f]{64}", data["provenance"]["input_sha256"])


def test_model_dump_equals_the_json_report(rules: RuleSet) -> None:
    result = assess(load_proposal(EXAMPLES[0]), rules)
    for lang in ("nl", "en"):
        dumped = result.model_dump(mode="json", context={"lang": lang})
        assert json.loads(render(result, "json", lang)) == {"lang": lang, **dumped}


def test_the_assessment_has_the_builtin_formats() -> None:
    assert set(FORMATS) <= set(formats_for(Assessment))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_format_and_language_has_all_three_sections(
    fmt: Any, lang: Any, rules: RuleSet
) -> None:
    result = assess(load_proposal(REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"), rules)
    text = render(result, fmt, lang)
    assert text.strip()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [r["class"] for r in rows] == rules.classes.ids
        return
    if fmt == "json":
        assert json.loads(text)["lang"] == lang
        return
    words = {
        "nl": ["Doenvermogen", "Uitvoerbaarheid", "SCP-klassen", "indicatief"],
        "en": ["Doenvermogen", "Uitvoerbaarheid", "SCP classes", "indicative"],
    }[lang]
    for word in words:
        assert word in text, f"{fmt}/{lang}: no {word!r}"
    if fmt == "markdown":
        # memo-ready: after the title, the first thing is the plain-language summary
        # (a bold line with the date and versions comes between title and summary)
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines[0].startswith("# ") and lines[1].startswith(("**Gemaakt op", "**Produced"))
        assert lines[2].startswith("## ")
        assert lines[3].startswith(("Volgens", "By this"))


def test_findings_are_in_the_requested_language(rules: RuleSet) -> None:
    proposal = load_proposal(REPO / "examples" / "aanvraag-huurtoeslag-online.yaml")
    result = assess(proposal, rules)
    first = rules.rule(result.findings()[0].rule).rule
    nl = json.loads(render(result, "json", "nl"))
    en = json.loads(render(result, "json", "en"))
    assert nl["doenvermogen"]["findings"][0]["message"] == first.finding.nl
    assert en["doenvermogen"]["findings"][0]["message"] == first.finding.en


@pytest.mark.parametrize("path", CATALOGUE + EXAMPLES, ids=lambda p: p.stem)
def test_table_fits_100_columns(path: Path, rules: RuleSet) -> None:
    for lang in ("nl", "en"):
        result = assess(load_proposal(path), rules, trace=True)
        text = render(result, "table", lang, explain=True)  # type: ignore[arg-type]
        long = [line for line in text.splitlines() if len(line) > 100 and "http" not in line]
        assert not long, long[:3]


def test_html_is_self_contained(rules: RuleSet) -> None:
    html = render(assess(load_proposal(EXAMPLES[0]), rules), "html")
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html and "<svg" in html
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    # only the source links point outside
    outside = [unescape(u) for u in re.findall(r'(?:href|src)="(https?://[^"]+)"', html)]
    result = assess(load_proposal(EXAMPLES[0]), rules)
    cited = [s for f in result.findings() for s in f.sources]
    cited += result.regeldruk.sources if result.regeldruk else []
    source_urls = {s.url for s in cited if s.url}
    assert set(outside) <= source_urls


def test_report_says_what_rests_on_inferred_parameters(rules: RuleSet) -> None:
    result = assess(load_proposal(EXAMPLES[0]), rules)
    assert result.provenance.inferred_parameters
    for name in result.provenance.inferred_parameters:
        assert rules.provenance(name) == "inferred"
    text = render(result, "markdown")
    assert "inferred" in text


def test_explain_names_every_rule_that_fired(cli: Callable[..., Any]) -> None:
    path = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"
    result = cli("assess", path, "--explain", "--format", "json")
    assert result.code == 0
    data = json.loads(result.stdout)
    fired = {
        f["rule"]
        for s in ("doenvermogen", "uitvoerbaarheid")
        for f in data[s]["findings"]
        if f["severity"] != "info"
    }
    traced = {rule for step in data["trace"] for rule in step["rules"]}
    assert fired <= traced
    text = cli("assess", path, "--explain").stdout
    for rule in fired:
        assert rule in text.split("Verantwoording")[1]


def test_json_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed, BELEIDSKOMPAS_CACHE_DIR=str(tmp_path / seed))
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "beleidskompas",
                "assess",
                str(REPO / "examples" / "automatisch-kindbudget.yaml"),
                "--format",
                "json",
            ],
            capture_output=True,
            env=env,
            check=True,
            cwd=REPO,
        )
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_notebook_helpers(rules: RuleSet) -> None:
    result = assess(load_proposal(EXAMPLES[0]), rules)
    assert "<table>" in result._repr_html_()
    frame = result.to_frame()
    assert list(frame["class"]) == rules.classes.ids
    assert "<table>" in rules.classes._repr_html_()
    assert "Spectraalstraal" in rules.graph._repr_html_()


def test_plot_writes_png_and_svg(cli: Callable[..., Any], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml")):
        target = tmp_path / f"impact{suffix}"
        result = cli("assess", EXAMPLES[0], "--plot", target, "--format", "json")
        assert result.code == 0, result.stderr
        assert target.read_bytes().startswith(magic)
        graph = tmp_path / f"graph{suffix}"
        assert cli("graph", "--format", suffix[1:], "-o", graph).code == 0
        assert graph.read_bytes().startswith(magic)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a <b> & c", "a &lt;b&gt; &amp; c"),
        ("*vet* en [link](x)", "\\*vet\\* en \\[link\\](x)"),
        ("# geen kop", "\\# geen kop"),
        ("12. geen lijst", "12\\. geen lijst"),
        ("- geen opsomming", "\\- geen opsomming"),
        ("twee\nregels", "twee regels"),
    ],
)
def test_markdown_escape_by_hand(text: str, escaped: str) -> None:
    from beleidskompas.report.formats.markdown import escape

    assert escape(text) == escaped


@given(st.text())
def test_markdown_escape_leaves_no_tag_and_one_line(text: str) -> None:
    from beleidskompas.report.formats.markdown import escape

    out = escape(text)
    assert "<" not in out and ">" not in out and "\n" not in out


def test_the_report_schema_covers_the_keys_of_issues_15_and_16() -> None:
    from beleidskompas.report.schema import report_schema

    text = json.dumps(report_schema())
    for key in (
        "completeness",
        "provisional",
        "missing",
        "mvt_oordeel",
        "mvt_motivation",
        "own_verdict",
        "agency_verdict",
        "verdict_basis",
        "earliest_is_lower_bound",
        "gains",
        "losses",
        "persons_reached",
        "relative_to",
        "sanction_probability",
        "share_bottom",
    ):
        assert f'"{key}"' in text, key


def test_a_json_report_with_a_baseline_validates_against_the_schema() -> None:
    from beleidskompas import api
    from beleidskompas.report.schema import report_schema

    result = api.assess_file(REPO / "examples" / "huurtoeslag-vooraf-ingevuld.yaml")
    data = json.loads(render(result, "json", "en"))
    jsonschema.validate(data, report_schema())
    assert data["doenvermogen"]["mvt_oordeel"] == 2
    assert data["class_impact"]["summary"]["relative_to"] == "baseline"
