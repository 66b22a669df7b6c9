"""The advice report: every format, 100 columns, both languages, the schema's keys."""

from __future__ import annotations

import json

import pytest
from tests.conftest import EXAMPLES

from beleidskompas import api
from beleidskompas.model.advice import Advice

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def advices() -> list[Advice]:
    rules = api.default_ruleset()
    out = []
    for path in EXAMPLE_FILES:
        proposal = api.load_proposal(path, rules)
        for target in ("doenvermogen", "uitvoerbaarheid"):
            out.append(api.advise(proposal, rules, target=target, max_changes=2))  # type: ignore[arg-type]
    return out


def test_the_examples_cover_every_kind_of_outcome(advices: list[Advice]) -> None:
    assert {a.status for a in advices} >= {
        "lifted",
        "nothing_to_lift",
        "agency_verdict",
        "not_within_reach",
    }


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_fits_100_columns(advices: list[Advice], lang: str) -> None:
    for advice in advices:
        text = api.render(advice, "table", lang)  # type: ignore[arg-type]
        assert isinstance(text, str)
        widest = max(len(line) for line in text.splitlines())
        assert widest <= 100, (advice.proposal, advice.target, widest)


def test_markdown_and_html_show_the_options(advices: list[Advice]) -> None:
    lifted = next(a for a in advices if a.status == "lifted")
    markdown = api.render(lifted, "markdown", "en")
    html = api.render(lifted, "html", "en")
    first = lifted.options[0].changes[0].label.en
    assert isinstance(markdown, str) and isinstance(html, str)
    assert first in markdown
    assert "<table" in html and "<script" not in html


def test_json_keeps_full_precision_and_one_language(advices: list[Advice]) -> None:
    advice = next(a for a in advices if a.closest)
    data = json.loads(api.render(advice, "json", "en"))  # type: ignore[arg-type]
    assert data["lang"] == "en"
    assert data["closest"][0]["score"] == advice.closest[0].score
    assert data["message"] == advice.message.en


def test_the_report_schema_names_the_advice_keys() -> None:
    from beleidskompas.report.schema import report_schema

    advice = report_schema()["$defs"]["Advice"]
    assert set(advice["properties"]) == {"lang", *Advice.model_fields}
    text = json.dumps(report_schema())
    for key in ("delta_take_up", "delta_gains_bottom", "removed", "added", "holds", "levers"):
        assert f'"{key}"' in text
