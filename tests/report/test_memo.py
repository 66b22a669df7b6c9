"""The report as a memo attachment: date and versions on the first page, every table as
CSV in both dialects, the class chart, sources each once and secondary ones marked."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beleidskompas import assess, load_proposal
from beleidskompas.errors import InputError
from beleidskompas.model.sources import SourceOut
from beleidskompas.report import render
from beleidskompas.report.charts.change import bars, nice_ticks
from beleidskompas.report.meta import produced_on, shown_source, unique_sources
from beleidskompas.report.views.assessment import report_sources
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
ONLINE = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"
TABLES = ("classes", "findings", "summary", "regeldruk")


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_the_first_page_has_the_date_and_versions(
    rules: RuleSet, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")  # 1 December 2026, 00:00 UTC
    result = assess(load_proposal(ONLINE), rules)

    def head(lang: Any) -> str:
        text = str(render(result, fmt, lang))
        text = text.split("<body>")[-1]  # HTML: what the page shows first
        return "\n".join(text.splitlines()[:8])

    assert "Gemaakt op 1 december 2026 met beleidskompas" in head("nl")
    assert f"regelset {rules.id} {rules.version}" in head("nl")
    assert "Produced on 1 December 2026" in head("en")


def test_produced_on() -> None:
    import datetime as dt

    assert produced_on(dt.date(2026, 5, 19)) == dt.date(2026, 5, 19)


@pytest.mark.parametrize("table", TABLES)
def test_every_table_in_both_dialects(rules: RuleSet, table: str) -> None:
    result = assess(load_proposal(ONLINE), rules)
    standard = str(render(result, "csv", table=table))
    dutch = str(render(result, "csv", table=table, csv_dialect="nl"))
    assert dutch.startswith("\ufeff") and not standard.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(standard)))
    nl_rows = list(csv.DictReader(io.StringIO(dutch.lstrip("\ufeff")), delimiter=";"))
    assert rows and len(rows) == len(nl_rows)
    for row, nl_row in zip(rows, nl_rows, strict=True):
        assert list(row) == list(nl_row)
        for key, value in row.items():
            try:
                number = float(value)
            except ValueError:
                assert nl_row[key] == value  # text is the same in both
                continue
            # a Dutch number: decimal comma, no thousands separator, the same value
            assert float(nl_row[key].replace(",", ".")) == number
            assert "." not in nl_row[key] or "e" in nl_row[key].lower()


def test_the_regeldruk_table_matches_the_json(rules: RuleSet) -> None:
    result = assess(load_proposal(ONLINE), rules)
    rows = list(csv.DictReader(io.StringIO(str(render(result, "csv", table="regeldruk")))))
    total = next(r for r in rows if r["class"] == "total")
    data = json.loads(str(render(result, "json")))["regeldruk"]["citizens"]
    assert float(total["hours_per_year"]) == data["hours_per_year"]
    assert float(total["once_eur"]) == data["once_eur"]
    assert [r["class"] for r in rows[:-1]] == rules.classes.ids


def test_an_unknown_dialect_is_an_input_error(rules: RuleSet) -> None:
    result = assess(load_proposal(ONLINE), rules)
    with pytest.raises(InputError):
        render(result, "csv", csv_dialect="excel")


def test_the_cli_writes_dutch_csv_for_every_command(cli: Callable[..., Any]) -> None:
    options = sorted((REPO / "examples" / "options").glob("*.yaml"))
    for args in (
        ("assess", ONLINE, "--table", "regeldruk"),
        ("compare", *options),
        ("portfolio", *options),
        ("classes",),
        ("graph",),
        ("rules", "list"),
    ):
        result = cli(*args, "--format", "csv", "--csv-dialect", "nl")
        assert result.code == 0, (args, result.stderr)
        header = result.stdout.lstrip("\ufeff").splitlines()[0]
        assert ";" in header and "," not in header, args


def test_chart_bars_by_hand(rules: RuleSet) -> None:
    result = assess(load_proposal(ONLINE), rules)
    impact = result.class_impact
    assert impact is not None
    values = bars(impact, "nl")
    for bar, cls in zip(values, impact.classes, strict=True):
        # points: (before − after) × 100
        assert bar.removed == pytest.approx((cls.deficit_before - cls.deficit_after) * 100)
        low, high = cls.intervals["deficit_after"]
        assert bar.low == pytest.approx((cls.deficit_before - high) * 100)
        assert bar.high == pytest.approx((cls.deficit_before - low) * 100)
        assert bar.low <= bar.removed <= bar.high


@given(st.floats(-50, 50), st.floats(-50, 50))
def test_ticks_cover_the_domain_and_zero(a: float, b: float) -> None:
    low, high = min(a, b, 0.0), max(a, b, 0.0)
    if high - low < 1e-6:
        return
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low + 1e-9 and ticks[-1] >= high - 1e-9
    assert 2 <= len(ticks) <= 12
    assert any(abs(t) < 1e-9 for t in ticks)


def test_the_svg_chart_has_title_axis_unit_and_a_legend_above_the_bars(rules: RuleSet) -> None:
    import re

    result = assess(load_proposal(ONLINE), rules)
    html = str(render(result, "html", "nl"))
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "Weggenomen achterstand per klasse" in svg
    assert "punten; 1 punt = 0,01 op de kapitaalschaal 0–1" in svg
    legend_y = [float(y) for y in re.findall(r'<text x="[\d.]+" y="([\d.]+)" class="legend"', svg)]
    bar_y = [
        float(y)
        for y in re.findall(r'<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="14"', svg)
    ]
    assert legend_y and bar_y and max(legend_y) < min(bar_y)
    assert len(bar_y) == len(rules.classes.ids)


def test_the_picture_keeps_the_legend_off_the_bars(rules: RuleSet) -> None:
    pytest.importorskip("matplotlib")
    from beleidskompas.report.charts.plots import class_impact_figure, require_matplotlib

    plt = require_matplotlib()
    fig = class_impact_figure(assess(load_proposal(ONLINE), rules), "en")
    try:
        fig.canvas.draw()
        ax = fig.axes[0]
        renderer = fig.canvas.get_renderer()
        legend = ax.get_legend().get_window_extent(renderer)
        plot = ax.get_window_extent(renderer)
        assert legend.y1 < plot.y0  # below the plot, not on the bars
        assert ax.get_xlabel().startswith("Deficit removed (points")
        assert "Deficit removed per class" in ax.get_title(loc="left")
    finally:
        plt.close(fig)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_sources_appear_once(path: Path, rules: RuleSet) -> None:
    sources = report_sources(assess(load_proposal(path), rules))
    urls = [s.url for s in sources if s.url]
    titles = [s.title.casefold() for s in sources]
    assert len(urls) == len(set(urls)) and len(titles) == len(set(titles))


def test_the_duplicate_of_the_old_report_is_gone(rules: RuleSet) -> None:
    # the CPB 2019 study was listed twice under two titles (one URL); now once, as the study
    sources = report_sources(assess(load_proposal(ONLINE), rules))
    cpb = [s for s in sources if "CPB" in s.title and "2019" in s.title]
    assert len(cpb) == 1 and cpb[0].title.startswith("CPB (2019), Gebruik (en niet-gebruik)")


def test_unique_sources_and_marks() -> None:
    a = SourceOut(title="B news", url="https://x/1", secondary=True, primary="SCP (2023)")
    b = SourceOut(title="A other title", url="https://x/1")
    c = SourceOut(title="A report", via="https://copy/1")
    assert [s.title for s in unique_sources([a, b, c])] == ["A report", "B news"]
    assert shown_source(a, "nl").title == "B news (secundaire bron; bericht over SCP (2023))"
    assert shown_source(c, "en").title == "A report (read via https://copy/1)"
    assert shown_source(b, "nl") == b


def test_the_report_marks_secondary_sources(rules: RuleSet) -> None:
    result = assess(load_proposal(ONLINE), rules)
    text = str(render(result, "markdown", "nl"))
    sources = text[text.index("## Bronnen") :]
    assert "secundaire bron" in sources and "Een secundaire bron is" in sources
