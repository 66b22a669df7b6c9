"""The memorie-van-toelichting paragraphs: structure, languages, and every figure traceable
to the JSON report."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from beleidskompas import assess, load_proposal
from beleidskompas.i18n import num
from beleidskompas.report import render
from beleidskompas.report.views.mvt import first_sentence, mvt_paragraphs
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
ONLINE = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"
HEADINGS = {
    "nl": ["Doenvermogen", "Uitvoering", "Regeldruk", "Gevolgen voor groepen"],
    "en": [
        "Doenvermogen (capacity to act)",
        "Implementation",
        "Regeldruk (administrative burden)",
        "Effects on groups",
    ],
}


def resolve(data: Any, path: str) -> Any:
    """A value of the JSON report by dotted path; ``[i]`` indexes a list, a bare part of a
    list picks the item with that ``id``."""
    node = data
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            node = node[int(part[1:-1])]
        elif isinstance(node, list):
            node = next(item for item in node if item.get("id") == part)
        else:
            node = node[part]
    return node


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_four_paragraphs_in_mvt_order(rules: RuleSet, lang: Any) -> None:
    result = assess(load_proposal(ONLINE), rules, trace=True)
    paragraphs, _ = mvt_paragraphs(result, lang)
    assert [h for h, _ in paragraphs] == HEADINGS[lang]
    text = str(render(result, "mvt", lang))
    lines = text.splitlines()
    for heading, body in paragraphs:
        # a heading line, a blank line, then the whole paragraph on one line (pastes into
        # Word without hard line breaks)
        i = lines.index(heading)
        assert lines[i + 1] == "" and lines[i + 2] == body


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_figure_is_in_the_json_report(path: Path, rules: RuleSet) -> None:
    result = assess(load_proposal(path), rules, trace=True)
    data = json.loads(str(render(result, "json", "nl")))
    paragraphs, cites = mvt_paragraphs(result, "nl")
    text = " ".join(body for _, body in paragraphs)
    assert cites.items, "no figure cited"
    for shown, _how, paths in cites.items:
        assert shown in text, shown
        for where in paths:
            value = resolve(data, where)
            assert value is not None, where
            if isinstance(value, float) and len(paths) == 1 and "%" not in shown:
                # the shown number is the report's value, rounded the way it is written
                digits = len(shown.split(",")[1]) if "," in shown else 0
                assert num(value, "nl", digits) in shown, (where, value, shown)


def test_the_figures_of_the_online_example(rules: RuleSet) -> None:
    result = assess(load_proposal(ONLINE), rules, trace=True)
    text = str(render(result, "mvt", "nl"))
    assert "niet doenlijk (doenbaarheid 7 van 100)" in text
    assert "De vroegst haalbare datum van inwerkingtreding is 1 juli 2028." in text
    # the grounds come from the trace: publication 1 July 2026 + 2 months, decision
    # 1 March 2026 + the Toeslagen's 24 months for a major IT change
    assert "na de publicatie op 1 juli 2026 plus de minimale invoeringstermijn van 2" in text
    assert "besluit op 1 maart 2026 plus 24 maanden" in text
    assert "De beoogde inwerkingtreding op 1 januari 2027 ligt vóór die datum." in text
    # regeldruk as the hand-checked test derives it: 1.15 h a year and 61/60 h once per person
    assert "Per persoon kost dat 1,15 uur per jaar en eenmalig 1,02 uur" in text
    assert "niet gekwantificeerd" in text
    assert "Of het voorstel handelingen van bedrijven vraagt, is niet opgegeven." in text
    # English too
    english = str(render(result, "mvt", "en"))
    assert "Per person that takes 1.15 hours a year and 1.02 hours once" in english


def test_without_the_trace_the_grounds_are_the_rule(rules: RuleSet) -> None:
    result = assess(load_proposal(ONLINE), rules)
    text = str(render(result, "mvt", "nl"))
    assert "vaste verandermomenten en de minimale invoeringstermijn van Aanwijzing 4.17" in text


def test_first_sentence() -> None:
    assert first_sentence("Mensen moeten iets doen. Dat is moeilijk.") == "Mensen moeten iets doen"
    assert first_sentence("Zie Aanwijzing 5.25 van de regels. Verder") == (
        "Zie Aanwijzing 5.25 van de regels"
    )
    assert first_sentence("Eén zin zonder punt") == "Eén zin zonder punt"


def test_the_cli_writes_mvt(cli: Callable[..., Any]) -> None:
    result = cli("assess", ONLINE, "--format", "mvt")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("Paragrafen voor de memorie van toelichting")
    assert "Herkomst van de cijfers" in result.stdout
