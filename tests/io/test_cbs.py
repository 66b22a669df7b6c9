"""CBS StatLine exports (tests/data/cbs): both export forms, keys and Titles, margins,
provisional periods, missing cells, and errors with their positions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from beleidskompas.errors import InputError
from beleidskompas.io.cbs import import_cbs, parse_period, read_export
from beleidskompas.io.series_set import default_data_set, registries_of
from beleidskompas.model.series import Observation

DATA = Path(__file__).resolve().parents[1] / "data" / "cbs"
REGISTRIES = registries_of(default_data_set())


def values(spec: str) -> dict[tuple[str, str, str], Observation]:
    return {
        (o.observation.indicator, o.observation.group, o.observation.period): o.observation
        for o in import_cbs(DATA / spec, REGISTRIES)
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2021", ("2021", False)),
        (" 2022* ", ("2022", True)),
        ("2022**", ("2022", True)),
        ("2021JJ00", ("2021", False)),
        ("2015/2018", ("2015-2018", False)),
        ("2010/'11", ("2010-2011", False)),
        ("1999/'00", ("1999-2000", False)),
        ("2019-2020", ("2019-2020", False)),
        ("2020KW01", None),
        ("2020 3e kwartaal", None),
        ("vorig jaar", None),
    ],
)
def test_statline_periods(title: str, expected: tuple[str, bool] | None) -> None:
    assert parse_period(title) == expected


def test_the_file_export_of_84572ned_reads_titles_and_pivots_the_margins() -> None:
    found = values("84572NED.yaml")
    # 17 years (1997-2013) of totals and 3 education levels in 2021, for two measures
    assert len(found) == 2 * (17 + 3)
    total = found[("life_satisfied_share", "nederland", "1997")]
    assert (total.value, total.low, total.high) == (84.1, None, None)
    low = found[("life_satisfied_share", "laag", "2021")]
    assert (low.value, low.low, low.high) == (80.1, 79.0, 81.2)  # Waarde, Onder-, Bovengrens
    assert found[("happy_share", "hoog", "2021")].group_kind == "education"
    assert total.sources == ("cbs-84572ned-2020", "cbs-84572ned-2021")
    assert total.provenance == "found"


def test_the_folder_export_maps_raw_keys_through_the_code_lists() -> None:
    found = values("84572NED-folder.yaml")
    # 2011-2013 totals (the 2012 happiness cell is '.'), 2021 by education, two measures
    assert ("happy_share", "nederland", "2012") not in found
    assert found[("life_satisfied_share", "nederland", "2012")].value == 85.1
    assert found[("happy_share", "middelbaar", "2021")].high == 87.2
    assert len(found) == 3 * 2 - 1 + 3 * 2


def test_missing_cells_stay_missing_and_provisional_periods_are_marked() -> None:
    for spec in ("armoede.yaml", "armoede-folder.yaml"):
        found = values(spec)
        # 16 rows x 2 measures, of which 7 cells are null in the export
        assert len(found) == 16 * 2 - 7, spec
        assert ("poverty_risk_low_income", "leeftijd_0_17", "2016") not in found
        latest = found[("poverty_risk_low_income", "nederland", "2022")]
        assert (latest.value, latest.provisional) == (3.8, True)
        assert found[("poverty_risk_low_income", "nederland", "2021")].provisional is False
        assert found[("long_term_poverty_risk", "leeftijd_0_17", "2022")].value == 2.2


def test_reading_an_export_needs_no_import_file() -> None:
    export = read_export(DATA / "84572NED-folder")
    assert export.table == "84572NED"
    assert export.rows.raw is True
    assert export.codelists["Perioden"]["2021JJ00"]["Title"] == "2021"
    assert read_export(DATA / "84572NED.json").rows.raw is False


def _edited(tmp_path: Path, spec: str, edit: dict[str, Any] | None = None) -> Path:
    """A copy of an import file and its export in ``tmp_path``, the import file edited."""
    import yaml

    data = yaml.safe_load((DATA / spec).read_text(encoding="utf-8"))
    export = DATA / data["export"]
    target = tmp_path / export.name
    if export.is_dir():
        shutil.copytree(export, target)
    else:
        shutil.copy(export, target)
    data.update(edit or {})
    path = tmp_path / spec
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _error(path: Path) -> tuple[str, int | None, str]:
    with pytest.raises(InputError) as info:
        import_cbs(path, REGISTRIES)
    first = info.value.problems[0]
    return info.value.file, first.line, first.message.en


def test_spec_errors_point_at_the_import_file(tmp_path: Path) -> None:
    path = _edited(tmp_path, "84572NED.yaml", {"table": "84573NED"})
    assert _error(path)[0] == str(path)
    assert "the export is of table 84572NED" in _error(path)[2]
    path = _edited(tmp_path, "84572NED.yaml", {"measures": {"Tevreden_9": "life_satisfied_share"}})
    assert "measure 'Tevreden_9' is not in the export" in _error(path)[2]
    path = _edited(tmp_path, "84572NED.yaml", {"measures": {"Gelukkig_1": "happy_shar"}})
    assert "did you mean 'happy_share'" in _error(path)[2]
    path = _edited(
        tmp_path, "84572NED.yaml", {"measures": {"Gelukkig_1": "healthy_life_expectancy_birth"}}
    )
    assert "unit '%' of measure Gelukkig_1 does not fit" in _error(path)[2]


def test_a_title_without_a_group_is_an_error_at_its_row_unless_skipped(tmp_path: Path) -> None:
    groups = {"Laag onderwijsniveau": "laag", "Hoog onderwijsniveau": "hoog"}
    path = _edited(tmp_path, "84572NED.yaml", {"groups": groups})
    file, line, message = _error(path)
    assert file == str(tmp_path / "84572NED.json")
    assert (
        "'Middelbaar onderwijsniveau' (KenmerkenPersonen) is in neither groups nor totals"
        in message
    )
    text = (tmp_path / "84572NED.json").read_text(encoding="utf-8").splitlines()
    assert line is not None and "Middelbaar onderwijsniveau" in text[line - 1]
    path = _edited(tmp_path, "84572NED.yaml", {"groups": groups, "unmapped": "skip"})
    found = {o.observation.group for o in import_cbs(path, REGISTRIES)}
    assert found == {"nederland", "laag", "hoog"}


def test_rows_that_cannot_be_read_are_errors_at_their_position(tmp_path: Path) -> None:
    path = _edited(tmp_path, "armoede.yaml")
    export = tmp_path / "armoede-synthetic.json"
    data = json.loads(export.read_text(encoding="utf-8"))
    data["data"][3]["Perioden"] = "2014KW01"
    export.write_text(json.dumps(data, indent=1), encoding="utf-8")
    assert "is a quarter or a month" in _error(path)[2]
    data["data"][3]["Perioden"] = "2014"
    data["data"][3]["Armoederisico_1"] = "zeven"
    export.write_text(json.dumps(data, indent=1), encoding="utf-8")
    _, line, message = _error(path)
    assert "'zeven' is not a number" in message
    assert line is not None and "zeven" in export.read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_folder_without_data_properties_is_not_an_export(tmp_path: Path) -> None:
    path = _edited(tmp_path, "armoede-folder.yaml")
    (tmp_path / "armoede-folder" / "DataProperties.json").unlink()
    file, _, message = _error(path)
    assert file == str(tmp_path / "armoede-folder")
    assert "DataProperties.json and TypedDataSet.json" in message
