"""Loading rule sets (rules/loader.py): broken sets fail with file and line; extends; --classes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from beleidskompas import RuleSetError, assess, load_proposal, load_rules
from beleidskompas.errors import InputError
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[2]
BAD = REPO / "tests" / "data" / "bad"
EXPECTED: dict[str, Any] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
CLASSES_2014 = REPO / "rules" / "society" / "classes-scp-2014.yaml"

MANIFEST = """\
schema_version: 1
id: mijn-regels
version: 1.0.0
title: {nl: Mijn regels, en: My rules}
extends: default
files:
  rules: [extra.yaml]
"""

RULE = """\
schema_version: 1
section: doenvermogen
rules:
  - id: XDV-01
    question: {nl: Moet men aanvragen?, en: Must people apply?}
    finding: {nl: Men moet aanvragen., en: People must apply.}
    advice: {nl: Ken automatisch toe., en: Grant automatically.}
    severity: major
    when: {field: delivery.granting, eq: application}
    burden: {plan: 0.5}
    take_up: 0.5
    sources: [wrr-2017]
    provenance: inferred
    weights: {provenance: inferred}
"""


def user_set(tmp_path: Path, manifest: str = MANIFEST, **files: str) -> Path:
    folder = tmp_path / "mijn-regels"
    folder.mkdir()
    (folder / "ruleset.yaml").write_text(manifest, encoding="utf-8")
    for name, text in files.items():
        (folder / name.replace("__", ".")).write_text(text, encoding="utf-8")
    return folder


def broken(folder: Path) -> RuleSetError:
    with pytest.raises(RuleSetError) as info:
        load_rules(folder)
    assert len(info.value.problems) == 1, info.value.render()
    return info.value


# --------------------------------------------------------------------------- the corpus


def _ruleset_params() -> list[Any]:
    params = []
    for name, entry in EXPECTED["rulesets"].items():
        marks = [pytest.mark.xfail(strict=True, reason=entry["xfail"])] if "xfail" in entry else []
        params.append(pytest.param(name, entry, id=name, marks=marks))
    return params


@pytest.mark.parametrize(("name", "entry"), _ruleset_params())
def test_broken_rule_set_names_file_and_line(name: str, entry: dict[str, Any]) -> None:
    folder = BAD / "rulesets" / name
    exc = broken(folder)
    assert exc.file == str(folder / entry["file"])
    problem = exc.problems[0]
    assert problem.line == entry["line"]
    assert problem.column is not None
    if entry["path"] is not None:
        rendered_path = ".".join(str(p) for p in problem.loc)
        assert entry["path"].split("[")[0] in rendered_path
        assert f": {entry['path']}" in exc.render()
    if "message" in entry:
        assert str(entry["message"]) in problem.message.nl


def test_diverging_graph_names_the_cycle() -> None:
    exc = broken(BAD / "rulesets" / "graph-diverges")
    message = exc.problems[0].message
    # edges e->p 0.9, p->e 0.9, e->c 0.8, c->e 0.8: the spectral radius solves
    # l^2 = 0.9*0.9 + 0.8*0.8 = 1.45, so l = 1.204; the strongest cycle is e<->p, gain 0.81
    cycle = re.search(
        r"(economisch → persoons → economisch|persoons → economisch → persoons)", message.nl
    )
    assert cycle is not None, message.nl
    assert "cultureel" not in message.nl.split("cyclus")[1]
    assert "1,204" in message.nl  # Dutch decimal comma
    assert "0,810" in message.nl
    assert "1.204" in message.en
    assert "0.810" in message.en
    assert "cycle" in message.en
    assert "persoons → economisch" in message.en


def test_two_edges_of_0_9_converge(tmp_path: Path) -> None:
    # the spread of a 2-cycle converges for any weights below 1 (radius sqrt(0.81) = 0.9)
    source = (BAD / "rulesets" / "graph-diverges" / "graph.yaml").read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    graph = "".join(lines[:16])  # header, capitals and the two edges e->p, p->e
    folder = user_set(
        tmp_path,
        MANIFEST.replace("rules: [extra.yaml]", "graph: graph.yaml"),
        graph__yaml=graph,
    )
    ruleset = load_rules(folder)
    assert ruleset.graph.spectral_radius == pytest.approx(0.9, abs=1e-6)


def test_class_shares_must_sum_to_one() -> None:
    exc = broken(BAD / "rulesets" / "class-shares")
    assert (exc.problems[0].line, exc.problems[0].column) == (1, 1)
    assert "1.1" in exc.problems[0].message.en


# --------------------------------------------------------------------------- the default set


def test_default_rules_load_from_another_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    ruleset = load_rules()
    assert ruleset.id == "beleidskompas-default"
    assert len(ruleset.section_rules("doenvermogen")) >= 20
    assert len(ruleset.section_rules("uitvoerbaarheid")) >= 20
    assert len(ruleset.classes.classes) == 7
    assert ruleset.sources


def test_default_rules_are_deterministic(rules: RuleSet) -> None:
    again = load_rules()
    assert again.sha256 == rules.sha256
    assert [r.id for r in again.rules()] == [r.id for r in rules.rules()]


def test_extends_default_adds_a_user_rule_file(
    tmp_path: Path, rules: RuleSet, make_proposal: Callable[..., Proposal]
) -> None:
    folder = user_set(tmp_path, extra__yaml=RULE)
    ruleset = load_rules(folder)
    assert ruleset.id == "mijn-regels"
    default_ids = [r.id for r in rules.rules()]
    ids = [r.id for r in ruleset.rules()]
    assert sorted(ids) == sorted([*default_ids, "XDV-01"])
    added = ruleset.rule("XDV-01")
    assert added.file.endswith("extra.yaml")
    assert added.line == 4
    assert ruleset.sha256 != rules.sha256
    # the rule takes part in an assessment
    fired = assess(make_proposal({"delivery": {"granting": "application"}}), ruleset)
    assert "XDV-01" in {f.rule for f in fired.findings()}
    quiet = assess(make_proposal(), ruleset)
    assert "XDV-01" not in {f.rule for f in quiet.findings()}


def test_extended_rule_set_through_the_cli(tmp_path: Path, cli: Callable[..., Any]) -> None:
    folder = user_set(tmp_path, extra__yaml=RULE)
    result = cli("rules", "show", "XDV-01", "--rules", folder, "--lang", "en")
    assert result.code == 0, result.stderr
    assert "Must people apply?" in result.stdout


def test_user_set_without_extends_must_name_every_file(tmp_path: Path) -> None:
    manifest = MANIFEST.replace("extends: default\n", "")
    folder = user_set(tmp_path, manifest, extra__yaml=RULE)
    exc = broken(folder)
    assert exc.file == str(folder / "ruleset.yaml")
    assert exc.problems[0].line is not None
    assert "classes" in exc.problems[0].message.en


def test_unknown_key_in_the_manifest(tmp_path: Path) -> None:
    folder = user_set(tmp_path, MANIFEST + "extendz: default\n", extra__yaml=RULE)
    exc = broken(folder)
    assert exc.file == str(folder / "ruleset.yaml")
    assert (exc.problems[0].line, exc.problems[0].column) == (8, 1)
    assert "extends" in exc.problems[0].message.en


def test_duplicate_source_id_across_registries(tmp_path: Path) -> None:
    manifest = MANIFEST.replace("rules: [extra.yaml]", "sources: [bronnen.yaml]")
    registry = "schema_version: 1\nkind: sources\nsources:\n  wrr-2017:\n    title: Dubbel\n"
    folder = user_set(tmp_path, manifest, bronnen__yaml=registry)
    exc = broken(folder)
    assert exc.file == str(folder / "bronnen.yaml")
    assert (exc.problems[0].line, exc.problems[0].column) == (4, 3)
    assert "wrr-2017" in exc.problems[0].message.nl


def test_rule_prefix_must_fit_the_section(tmp_path: Path) -> None:
    folder = user_set(tmp_path, extra__yaml=RULE.replace("XDV-01", "UV-90"))
    exc = broken(folder)
    assert exc.file == str(folder / "extra.yaml")
    assert (exc.problems[0].line, exc.problems[0].column) == (4, 9)


def test_rule_file_that_is_a_list(tmp_path: Path) -> None:
    folder = user_set(tmp_path, extra__yaml="- id: XDV-01\n")
    exc = broken(folder)
    assert exc.file == str(folder / "extra.yaml")
    assert exc.problems[0].line == 1


def test_rule_with_a_misspelt_key(tmp_path: Path) -> None:
    folder = user_set(tmp_path, extra__yaml=RULE.replace("take_up:", "takeup:"))
    with pytest.raises(RuleSetError) as info:
        load_rules(folder)
    # two problems: 'take_up' is missing (reported at the rule, line 4) and 'takeup' is
    # unknown (line 11, column 5), with a hint
    found = {(p.line, p.column): p.message.nl for p in info.value.problems}
    assert set(found) == {(4, 5), (11, 5)}
    assert "bedoelt u 'take_up'?" in found[(11, 5)]


def test_yaml_problems_in_rule_files_are_rule_set_errors(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = RULE.replace(
        "when: {field: delivery.granting, eq: application}",
        f"when: !!python/object/apply:os.system ['touch {marker}']",
    )
    folder = user_set(tmp_path, extra__yaml=evil)
    exc = broken(folder)
    assert isinstance(exc, InputError)
    assert (exc.problems[0].line, exc.problems[0].column) == (9, 11)
    assert not marker.exists()


def test_missing_rule_set_folder(tmp_path: Path, cli: Callable[..., Any]) -> None:
    with pytest.raises(RuleSetError):
        load_rules(tmp_path / "bestaat-niet")
    result = cli("classes", "--rules", tmp_path / "bestaat-niet")
    assert result.code == 2
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- --classes


def test_classes_option_replaces_the_class_model(cli: Callable[..., Any]) -> None:
    ruleset = load_rules(classes=CLASSES_2014)
    assert ruleset.classes.id == "scp-2014"
    assert "gevestigde_bovenlaag" in ruleset.classes.ids
    result = cli("classes", "--classes", CLASSES_2014, "--format", "json")
    assert result.code == 0, result.stderr
    table = json.loads(result.stdout)
    assert "gevestigde_bovenlaag" in json.dumps(table)
    assert "werkende_bovenlaag" not in json.dumps(table)  # a 2023 class


def test_classes_option_with_the_repository_relative_path(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    result = cli("classes", "--classes", "rules/society/classes-scp-2014.yaml")
    assert result.code == 0, result.stderr
    assert "scp-2014" in result.stdout


def test_classes_option_with_a_broken_file(tmp_path: Path, cli: Callable[..., Any]) -> None:
    bad = BAD / "rulesets" / "class-shares" / "classes.yaml"
    result = cli("classes", "--classes", bad)
    assert result.code == 2
    assert result.stderr.startswith(f"{bad}:1:1: ")
    missing = tmp_path / "geen.yaml"
    result = cli("classes", "--classes", missing)
    assert result.code == 2
    assert str(missing) in result.stderr


# ----------------------------------------------------------- a graph close to divergence


def _near_one_graph(tmp_path: Path, radius: float) -> Path:
    """A rule set whose capital graph is the default one scaled to spectral radius ``radius``."""
    from beleidskompas.society.linalg import spectral_radius_nonnegative

    data = yaml.safe_load((REPO / "rules" / "society" / "capital-graph.yaml").read_text("utf-8"))
    ids = [c["id"] for c in data["capitals"]]
    matrix = [[0.0] * len(ids) for _ in ids]
    for edge in data["edges"]:
        matrix[ids.index(edge["from"])][ids.index(edge["to"])] = edge["weight"]["value"]
    factor = radius / spectral_radius_nonnegative(matrix)
    for edge in data["edges"]:
        edge["weight"]["value"] *= factor
        assert edge["weight"]["value"] < 1
    manifest = MANIFEST.replace("  rules: [extra.yaml]\n", "  graph: graph.yaml\n")
    return user_set(tmp_path, manifest, graph__yaml=yaml.safe_dump(data, allow_unicode=True))


def test_a_graph_close_to_one_loads_with_a_warning_naming_the_amplification(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    folder = _near_one_graph(tmp_path, 0.999999)
    rules = load_rules(folder)
    assert len(rules.warnings) == 1
    # 1 / (1 - 0.999999) = 1,000,000 (to the bisection's tolerance)
    assert re.search(r"\b1[.,]?000[.,]?000\b|\b999[.,]?99\d\b", rules.warnings[0].en), (
        rules.warnings
    )
    assert "0.999" in rules.warnings[0].en or "1.0000" in rules.warnings[0].en
    example = REPO / "examples" / "automatisch-kindbudget.yaml"
    result = assess(load_proposal(example), rules)
    assert rules.warnings[0] in result.class_impact.assumptions  # type: ignore[union-attr]
    run = cli("assess", example, "--rules", folder, "--format", "json")
    assert run.code == 0, run.stderr
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("waarschuwing:")
    assert rules.warnings[0].nl in json.loads(run.stdout)["class_impact"]["assumptions"]


def test_a_graph_below_the_warning_level_loads_without_a_word(tmp_path: Path) -> None:
    assert load_rules(_near_one_graph(tmp_path, 0.85)).warnings == ()
