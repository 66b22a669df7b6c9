"""The monitor and plan reports: every format, both languages, 100 columns, charts, CSV."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from beleidskompas import api
from beleidskompas.analysis.monitor import Monitor
from beleidskompas.analysis.monitor_plan import MonitoringPlan
from beleidskompas.i18n import Lang
from beleidskompas.io.series_set import default_data_set, with_series
from beleidskompas.model.series import Observation
from beleidskompas.report.charts.series import series_svg
from beleidskompas.report.views.monitor import change_text, gap_text, value_text

REPO = Path(__file__).resolve().parents[2]
LANGS: tuple[Lang, ...] = ("nl", "en")


@pytest.fixture(scope="module")
def trends() -> Monitor:
    return api.monitor()


@pytest.fixture(scope="module")
def plan() -> MonitoringPlan:
    return api.monitoring_plan(REPO / "examples" / "catalogue")


def test_values_are_written_in_their_unit_and_language() -> None:
    assert value_text(7.1, "percent", "nl") == "7,1\u00a0%"
    assert value_text(58.0, "percent", "en") == "58\u00a0%"  # as published: no invented decimal
    assert value_text(8.1, "score_0_10", "nl") == "8,1"
    assert value_text(None, "years", "nl") == "—"
    assert change_text(-2.3, "percent", "nl") == "−2,3 %-punt"
    assert change_text(0.6, "years", "en") == "+0.6 years"
    assert gap_text(8.0, "percent", "en") == "8 pp"


@pytest.mark.parametrize("lang", LANGS)
def test_the_text_report_fits_100_columns_and_names_the_sources(
    trends: Monitor, lang: Lang
) -> None:
    text = api.render(trends, "table", lang)
    assert isinstance(text, str)
    long = [line for line in text.splitlines() if len(line) > 100 and "<http" not in line]
    assert long == []
    assert "Kabinetsreactie op het SCP-rapport" in text
    assert ("Lager is beter" if lang == "nl" else "Lower is better") in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_report_fits_100_columns(plan: MonitoringPlan, lang: Lang) -> None:
    text = api.render(plan, "table", lang)
    assert isinstance(text, str)
    assert [line for line in text.splitlines() if len(line) > 100] == []
    assert ("geen indicator" if lang == "nl" else "no indicator") in text


def test_json_keeps_full_precision_and_one_language(trends: Monitor) -> None:
    data = json.loads(str(api.render(trends, "json", "en")))
    assert data["lang"] == "en"
    poverty = next(i for i in data["indicators"] if i["id"] == "poverty_share")
    nl = next(g for g in poverty["groups"] if g["group"] == "nederland")
    assert nl["label"] == "Netherlands"
    assert nl["slope_per_year"] == pytest.approx(-2.3 / 12, rel=1e-12)


def test_the_points_table_reads_back_as_a_series_file(trends: Monitor, tmp_path: Path) -> None:
    path = tmp_path / "punten.csv"
    path.write_text(str(api.render(trends, "csv", "nl", table="points")), encoding="utf-8")
    again = with_series(default_data_set(), [path])

    def key(o: Observation) -> tuple[str, str, str]:
        return (o.indicator, o.group, o.period)

    assert sorted(again.observations, key=key) == sorted(default_data_set().observations, key=key)


def test_the_csv_tables(trends: Monitor, plan: MonitoringPlan) -> None:
    rows = list(
        csv.DictReader(io.StringIO(str(api.render(trends, "csv", "en", table="gap_trends"))))
    )
    unemployment = next(r for r in rows if r["indicator"] == "unemployment_rate")
    assert (unemployment["verdict"], unemployment["compared"]) == ("narrows", "zonder niet_westers")
    targets = list(csv.DictReader(io.StringIO(str(api.render(plan, "csv", "en", table="targets")))))
    assert {r["status"] for r in targets} >= {"matches", "differs", "no_data_after"}
    capitals = list(
        csv.DictReader(io.StringIO(str(api.render(plan, "csv", "en", table="capitals"))))
    )
    assert [r["status"] for r in capitals if r["capital"] == "cultureel"] == ["data_gap"]


def test_html_has_a_chart_per_indicator(trends: Monitor) -> None:
    page = str(api.render(trends, "html", "nl"))
    assert page.count("<svg") == len(trends.indicators)
    assert page.startswith("<!DOCTYPE html>")


def test_the_inline_chart_draws_every_value_and_no_invented_one(trends: Monitor) -> None:
    ind = next(i for i in trends.indicators if i.id == "poverty_risk_low_income")
    root = ET.fromstring(series_svg(ind, "en"))
    ns = "{http://www.w3.org/2000/svg}"
    circles = root.findall(f"{ns}circle")
    assert len(circles) == sum(len(g.points) for g in ind.groups)  # one point per value
    # each group: one dotted line over all its values, solid lines only over consecutive years
    lines = root.findall(f"{ns}polyline")
    dotted = [p for p in lines if p.get("stroke-dasharray")]
    assert len(dotted) == 2
    solid = [len(p.get("points", "").split()) for p in lines if not p.get("stroke-dasharray")]
    # nederland 2011-2016 | 2021-2022; minors 2011-2015 (2022 stands alone)
    assert sorted(solid) == [2, 5, 6]


def test_the_picture_needs_the_plot_extra_and_is_a_png(trends: Monitor) -> None:
    pytest.importorskip("matplotlib")
    picture = api.render(api.monitor(indicators=["poverty_share"]), "png", "en")
    assert isinstance(picture, bytes) and picture.startswith(b"\x89PNG")
    svg = api.render(trends, "svg", "nl")
    assert isinstance(svg, bytes) and b"<svg" in svg
