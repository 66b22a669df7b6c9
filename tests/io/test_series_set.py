"""The bundled monitor data set, the cabinet letter's figures in it, and data sets of your own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beleidskompas.errors import InputError
from beleidskompas.io.series_set import (
    default_data_set,
    default_monitor_dir,
    load_data_set,
    with_series,
)
from beleidskompas.model.series import Observation, SeriesSet

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundled() -> SeriesSet:
    return default_data_set()


def value(series: SeriesSet, indicator: str, group: str, period: str) -> Observation:
    found = [
        o
        for o in series.observations
        if (o.indicator, o.group, o.period) == (indicator, group, period)
    ]
    assert len(found) == 1, (indicator, group, period)
    return found[0]


def test_the_bundled_data_set_loads_from_the_checkout_or_the_wheel(bundled: SeriesSet) -> None:
    assert default_monitor_dir().name in ("monitor", "_monitor")
    assert bundled.id == "beleidskompas-monitor"
    assert len(bundled.observations) >= 160
    assert len(bundled.indicators) >= 19
    assert bundled.groups_file == "monitor/groups.yaml"


def test_the_cabinet_letter_s_figures_are_shipped_as_it_states_them(bundled: SeriesSet) -> None:
    # Kamerbrief (Kamerstuk 36 410 XV, nr. 60): "verlaagd van 7,1% in 2011 naar 4,8% in 2023",
    # "kinderen in armoede is gedaald van 8,6% in 2011 naar 6,2% in 2023"
    assert value(bundled, "poverty_share", "nederland", "2011").value == 7.1
    assert value(bundled, "poverty_share", "nederland", "2023").value == 4.8
    assert value(bundled, "poverty_share", "leeftijd_0_17", "2011").value == 8.6
    assert value(bundled, "poverty_share", "leeftijd_0_17", "2023").value == 6.2
    # "de werkende bovenlaag een 8,1 ... en het precariaat een 6,8"; "83,6% ... tevreden"
    assert value(bundled, "life_satisfaction_score", "werkende_bovenlaag", "2019-2020").value == 8.1
    assert value(bundled, "life_satisfaction_score", "precariaat", "2019-2020").value == 6.8
    assert value(bundled, "life_satisfied_share", "nederland", "2021").value == 83.6
    # the seven classes, and the two lowest together 16,3 %
    shares = {o.group: o.value for o in bundled.observations if o.indicator == "scp_class_share"}
    assert shares == {
        "werkende_bovenlaag": 19.9,
        "jongere_kansrijken": 8.6,
        "rentenierende_bovenlaag": 12.2,
        "werkende_middengroep": 24.9,
        "laagopgeleide_gepensioneerden": 18.1,
        "onzekere_werkenden": 10.0,
        "precariaat": 6.3,
    }
    assert shares["onzekere_werkenden"] + shares["precariaat"] == pytest.approx(16.3)
    # "varieert dit percentage tussen 20%-34%": a band, not a value, for each of three classes
    band = value(bundled, "wrong_way_share", "precariaat", "2019-2020")
    assert (band.value, band.low, band.high) == (None, 20.0, 34.0)
    # "circa 70%" and "circa 30%": the school year is not in the letter, so it is inferred
    advice = value(bundled, "havo_vwo_advice_share", "ouders_wo", "2021-2022")
    assert (advice.value, advice.provenance) == (70.0, "inferred")
    letter = [o for o in bundled.observations if "kamerbrief-2023" in o.sources]
    assert len(letter) == 19


def test_every_value_cites_known_sources_and_nothing_is_filled_in(bundled: SeriesSet) -> None:
    cited = {ref for o in bundled.observations for ref in o.sources}
    cited |= {ref for i in bundled.indicators.values() for ref in i.sources}
    assert cited <= set(bundled.sources)
    assert set(bundled.sources) <= cited, "a source no value or indicator cites"
    # missing years stay missing: the CBS low-income series has no 2017-2020 values
    years = {o.period for o in bundled.observations if o.indicator == "poverty_risk_low_income"}
    assert not years & {"2017", "2018", "2019", "2020"}
    # computed and inferred values say how in their note
    for o in bundled.observations:
        if o.provenance != "found":
            assert o.note, (o.indicator, o.group, o.period)


def test_every_indicator_has_values_and_a_capital_or_a_reason(bundled: SeriesSet) -> None:
    with_values = {o.indicator for o in bundled.observations}
    assert with_values == set(bundled.indicators)
    followed = {c for i in bundled.indicators.values() for c in i.capitals}
    assert "cultureel" not in followed  # the data gap the monitoring plan reports


def test_a_data_set_of_your_own_extends_the_bundled_one(tmp_path: Path, bundled: SeriesSet) -> None:
    (tmp_path / "monitor.yaml").write_text(
        "kind: monitor\nid: mijn-monitor\nversion: 1\ntitle: {nl: Mijn monitor, en: My monitor}\n"
        "extends: default\nfiles:\n  sources: [bronnen.yaml]\n  indicators: [indicatoren.yaml]\n"
        "  series: [reeksen/*.csv]\n",
        encoding="utf-8",
    )
    (tmp_path / "bronnen.yaml").write_text(
        "kind: sources\nsources:\n  eigen-telling: {title: Eigen telling 2024}\n", encoding="utf-8"
    )
    (tmp_path / "indicatoren.yaml").write_text(
        "kind: indicators\nindicators:\n  library_members_share:\n"
        "    label: {nl: Lid van de bibliotheek, en: Library member}\n"
        "    unit: percent\n    better: higher\n    capitals: [cultureel]\n"
        "    definition: {nl: Aandeel leden, en: Share of members}\n"
        "    sources: [eigen-telling]\n",
        encoding="utf-8",
    )
    (tmp_path / "reeksen").mkdir()
    (tmp_path / "reeksen" / "bieb.csv").write_text(
        "indicator,group_kind,group,period,value,sources,provenance\n"
        "library_members_share,education,laag,2024,12.5,eigen-telling,found\n",
        encoding="utf-8",
    )
    own = load_data_set(tmp_path)
    assert own.id == "mijn-monitor"
    assert len(own.observations) == len(bundled.observations) + 1
    assert own.indicators["library_members_share"].capitals == ("cultureel",)
    assert own.groups == bundled.groups


def test_a_data_set_names_its_problems(tmp_path: Path) -> None:
    shutil.copytree(default_monitor_dir(), tmp_path / "m")
    (tmp_path / "m" / "series" / "zz-extra.csv").write_text(  # read after kamerbrief.csv
        "indicator,group_kind,group,period,value,sources,provenance\n"
        "poverty_share,total,nederland,2011,7.2,kamerbrief-2023,found\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_data_set(tmp_path / "m")
    assert info.value.file.endswith("zz-extra.csv")
    assert "kamerbrief.csv:2" in info.value.problems[0].message.en
    with pytest.raises(InputError, match=r"no monitor\.yaml"):
        load_data_set(tmp_path)


def test_series_files_replace_the_values_but_keep_the_registries(
    tmp_path: Path, bundled: SeriesSet
) -> None:
    path = tmp_path / "eigen.csv"
    path.write_text(
        "indicator,group_kind,group,period,value,sources,provenance\n"
        "poverty_share,total,nederland,2024,4.1,nhnieuws-2024-cpb,inferred\n",
        encoding="utf-8",
    )
    mine = with_series(bundled, [path])
    assert [o.value for o in mine.observations] == [4.1]
    assert mine.indicators == bundled.indicators
    assert mine.files == (str(path),)
    assert len(with_series(bundled, [REPO / "monitor" / "series" / "arbeid.csv"]).observations) == 8
