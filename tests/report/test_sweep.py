"""The design-sweep report in every format: width, the chart, JSON against the schema, CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from beleidskompas import api
from beleidskompas.model.sweep import Sweep
from beleidskompas.report import formats_for, render
from beleidskompas.report.schema import report_schema
from beleidskompas.report.views.sweep import letter, value_text
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
OPTION = REPO / "examples" / "options" / "koopkrachttoeslag-automatisch.yaml"
SPECS = [
    "delivery.granting=automatic,proactive,application,discretionary",
    "implementation.implementers[0].it_change=none,minor,major",
    "budget.structural_eur_per_year=300000000,900000000",
    "delivery.help.personal=true,false",
]


@pytest.fixture(scope="module")
def result(rules: RuleSet) -> Sweep:
    return api.sweep(api.load_proposal(OPTION), SPECS, rules)


def test_the_sweep_has_the_builtin_formats() -> None:
    assert {"table", "markdown", "html", "json", "csv"} <= set(formats_for(Sweep))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_table_fits_100_columns_and_lists_every_design(result: Sweep, lang: str) -> None:
    text = render(result, "table", lang)  # type: ignore[arg-type]
    long = [line for line in text.splitlines() if len(line) > 100]
    assert not long, long[:3]
    numbers = re.findall(r"^\s*(\d+)(?: \*)?\s{2,}A=", text, flags=re.MULTILINE)
    front = sum(r.non_dominated for r in result.rows)
    # every design once in "all designs", the front once more in its own table
    assert len(numbers) == len(result.rows) + front
    assert len(result.rows) == 4 * 3 * 2 * 2


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markdown_has_the_sections(result: Sweep, lang: str) -> None:
    text = render(result, "markdown", lang)  # type: ignore[arg-type]
    heads = {"nl": ["Wat er varieert", "Niet-gedomineerde"], "en": ["What is varied", "Non-dom"]}
    for head in heads[lang]:
        assert f"## {head}" in text
    assert "delivery.granting" in text


def test_html_draws_one_point_per_design_the_front_filled(result: Sweep) -> None:
    html = render(result, "html", "en")
    assert isinstance(html, str)
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    svg = re.search(r"<svg.*?</svg>", html, flags=re.S)
    assert svg is not None
    circles = re.findall(r"<circle [^>]*>(?:<title>#(\d+)</title></circle>)", svg.group(0))
    assert sorted(map(int, circles)) == [r.index for r in result.rows]
    filled = re.findall(
        r'<circle [^>]*fill="#154273" fill-opacity[^>]*><title>#(\d+)', svg.group(0)
    )
    assert sorted(map(int, filled)) == [r.index for r in result.rows if r.non_dominated]
    assert "Budget (€ million a year)" in svg.group(0)


def test_json_validates_against_the_report_schema(result: Sweep) -> None:
    for lang in ("nl", "en"):
        data = json.loads(render(result, "json", lang))  # type: ignore[arg-type]
        jsonschema.Draft202012Validator(report_schema()).validate(data)
        assert data["lang"] == lang and data["schema_version"] == 1
        assert data["proposal"]["id"] == "koopkrachttoeslag-automatisch"
        sweep = data["sweep"]
        assert len(sweep["rows"]) == len(result.rows)
        assert sweep["cost_basis"] == "budget_eur_per_year"
        assert {"assignment", "figures", "non_dominated", "changed_verdicts"} <= set(
            sweep["rows"][0]
        )


def test_the_schema_rejects_a_sweep_row_without_its_marking(result: Sweep) -> None:
    data = json.loads(render(result, "json", "en"))
    del data["sweep"]["rows"][0]["non_dominated"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema())


def test_csv_has_one_row_per_design_with_the_paths_as_columns(result: Sweep) -> None:
    rows = list(csv.DictReader(io.StringIO(str(render(result, "csv")))))
    assert len(rows) == len(result.rows)
    first = rows[0]
    assert first["design"] == "1"
    assert first["delivery.granting"] == "automatic"
    assert first["implementation.implementers[0].it_change"] == "none"
    assert float(first["budget.structural_eur_per_year"]) == 300_000_000
    assert first["delivery.help.personal"] == "True"
    assert {r["non_dominated"] for r in rows} <= {"True", "False"}
    assert sum(r["non_dominated"] == "True" for r in rows) == sum(
        r.non_dominated for r in result.rows
    )


def test_letters_and_values() -> None:
    assert [letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "A1", "B1"]
    assert value_text(True, "nl") == "ja" and value_text(False, "en") == "no"
    assert value_text(0.025, "nl") == "0,025"
    assert value_text(300000000.0, "en") == "300,000,000"
    assert value_text(7, "nl") == "7"
    assert value_text("automatic", "nl") == "automatic"


def test_word_embeds_the_trade_off_chart(result: Sweep) -> None:
    import zipfile

    data = render(result, "docx", "nl")
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        body = package.read("word/document.xml").decode("utf-8")
    assert len(media) == 1 and media[0].endswith(".png")
    assert "Niet-gedomineerde ontwerpen" in body
