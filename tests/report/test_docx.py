"""The Word document, read back with python-docx: headings, tables, the chart, the figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from beleidskompas import assess, load_proposal
from beleidskompas.i18n import euro, num
from beleidskompas.report import render
from beleidskompas.rules.ruleset import RuleSet

docx = pytest.importorskip("docx")

REPO = Path(__file__).resolve().parents[2]
ONLINE = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"


def _open(data: bytes, tmp_path: Path) -> Any:
    target = tmp_path / "rapport.docx"
    target.write_bytes(data)
    return docx.Document(str(target))


def test_the_assessment_document(rules: RuleSet, tmp_path: Path) -> None:
    result = assess(load_proposal(ONLINE), rules, trace=True)
    data = render(result, "docx", "nl")
    assert isinstance(data, bytes) and data.startswith(b"PK")
    doc = _open(data, tmp_path)
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Head")]
    assert headings[0] == ("Heading 1", "Beleidskompas-toets: Extra huurtoeslag op aanvraag")
    names = [text for _, text in headings]
    for section in ("Samenvatting", "Doenvermogen", "Uitvoerbaarheid", "Regeldruk", "Bronnen"):
        assert section in names
    # the MvT paragraphs follow on a new page, under their own title
    mvt = names.index("Paragrafen voor de memorie van toelichting: Extra huurtoeslag op aanvraag")
    assert names[mvt + 1 : mvt + 5] == [
        "Doenvermogen",
        "Uitvoering",
        "Regeldruk",
        "Gevolgen voor groepen",
    ]
    title = next(p for p in doc.paragraphs if p.text.startswith("Paragrafen voor"))
    assert title.paragraph_format.page_break_before
    # the first page says when and with what it was made
    assert any(
        p.text.startswith("Gemaakt op ") and "regelset beleidskompas-default" in p.text
        for p in doc.paragraphs[:4]
    )
    # tables with the lintblauw header row; the chart as a picture
    assert len(doc.tables) >= 10
    header = doc.tables[0].rows[0].cells[0]
    assert "154273" in header._tc.xml
    assert len(doc.inline_shapes) == 1
    # figures: the regeldruk totals of the report are in its tables
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    people = result.regeldruk.citizens
    assert num(people.hours_per_year, "nl", 0) in cells
    assert euro(people.eur_per_year, "nl") in cells
    # the house font
    assert doc.styles["Normal"].font.name == "Verdana"


def test_other_results_have_a_document_too(rules: RuleSet, tmp_path: Path) -> None:
    from beleidskompas import compare

    options = [load_proposal(p) for p in sorted((REPO / "examples" / "options").glob("*.yaml"))]
    doc = _open(render(compare(options, rules), "docx", "en"), tmp_path)
    assert doc.paragraphs[0].text == "Comparison of options"
    assert doc.tables


def test_the_cli_writes_docx(cli: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    result = cli("assess", ONLINE, "--format", "docx", "-o", target)
    assert result.code == 0, result.stderr
    assert _open(target.read_bytes(), tmp_path).paragraphs
    again = cli("assess", ONLINE, "--format", "docx", "-o", target)
    assert again.code == 2  # never over a file without --force
