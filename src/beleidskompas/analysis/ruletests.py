"""YAML rule test cases: load, run, report, and update expected figures.

A test file (``rules/tests/*.yaml``)::

    schema_version: 1
    kind: rule_tests
    bases: {}                    # optional: base proposals local to this file
    cases:
      - name: DV-12 fires on an escalating fine
        base: benign             # a base from this file or from bases.yaml beside it
        proposal: {delivery: {sanctions: [{trigger: te laat, kind: fine, escalates: true}]}}
        expect:
          fires: [DV-12]         # non-info findings with these rule ids
          silent: [DV-13]        # no non-info finding with these ids
          unknown: [DV-05]       # info ("cannot judge") findings with these ids
          verdicts: {doenvermogen: doenlijk_mits}
          figures:
            doenvermogen.score: {value: 62.5, tolerance: 0.5}
            uitvoerbaarheid.earliest_feasible_date: {value: "2024-10-01"}

The fragment is merged over the base: mappings merge key by key; lists and scalars
(``null`` included) replace. Figures are dotted paths into the JSON report; list items
are addressed by their ``id`` (``class_impact.classes.precariaat.take_up``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from beleidskompas.errors import InputError, Problem
from beleidskompas.i18n.catalogue import errors as E
from beleidskompas.io.document import Document, load_document
from beleidskompas.io.validate import validate
from beleidskompas.model.base import Frozen
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment
from beleidskompas.rules.ruleset import RuleSet

Scalar = float | int | str | bool | dt.date | None
FLOAT_SLACK = 1e-9
"""Added to every tolerance, so that a figure written with all its digits matches."""


class FigureExpect(Frozen):
    """An expected figure; numbers compare within ``tolerance``."""

    value: Scalar
    tolerance: float = Field(default=0.0, ge=0)


class Expect(Frozen):
    """What a case expects."""

    fires: list[str] = Field(default_factory=list)
    silent: list[str] = Field(default_factory=list)
    unknown: list[str] = Field(default_factory=list)
    verdicts: dict[str, str] = Field(
        default_factory=dict, description="Section name → expected verdict."
    )
    figures: dict[str, FigureExpect] = Field(default_factory=dict)


class Case(Frozen):
    """One rule test case."""

    name: str = Field(min_length=1)
    base: str | None = None
    proposal: dict[str, Any] = Field(default_factory=dict)
    expect: Expect


class RuleTestFile(Frozen):
    """A file of rule test cases."""

    schema_version: Literal[1] = 1
    kind: Literal["rule_tests"]
    bases: dict[str, dict[str, Any]] = Field(default_factory=dict)
    cases: list[Case]


class BasesFile(Frozen):
    """Shared base proposals (``bases.yaml``)."""

    schema_version: Literal[1] = 1
    kind: Literal["rule_test_bases"]
    bases: dict[str, dict[str, Any]]


def merge(base: Mapping[str, Any], fragment: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge ``fragment`` over ``base``: mappings merge, everything else replaces."""
    out = dict(base)
    for key, value in fragment.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


@dataclass
class CaseResult:
    """The outcome of one case."""

    file: Path
    index: int
    case: Case
    failures: list[str] = field(default_factory=list)
    actual_figures: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """No expectation failed."""
        return not self.failures

    @property
    def nodeid(self) -> str:
        """``file::case name`` as pytest shows it."""
        return f"{self.file.as_posix()}::{self.case.name}"


def is_rule_test_file(doc: Document) -> bool:
    """Whether a parsed YAML file is a rule test file."""
    return isinstance(doc.data, dict) and doc.data.get("kind") == "rule_tests"


def test_files(directory: Path) -> list[Path]:
    """The rule test files in a folder (or the folder's ``tests`` subfolder)."""
    folder = directory
    if (directory / "ruleset.yaml").is_file():
        folder = directory / "tests"
    if directory.is_file():
        return [directory]
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    out = []
    for path in files:
        doc = load_document(path)
        if is_rule_test_file(doc):
            out.append(path)
    return out


def ruleset_dir_for(path: Path) -> Path | None:
    """The rule-set folder a test file belongs to (``tests/`` beside ``ruleset.yaml``)."""
    for parent in path.resolve().parents:
        if (parent / "ruleset.yaml").is_file():
            return parent
    return None


def load_test_file(path: Path) -> tuple[Document, RuleTestFile, dict[str, dict[str, Any]]]:
    """Parse a test file and collect the bases it may use (its own and ``bases.yaml``)."""
    doc = load_document(path)
    tests = validate(RuleTestFile, doc)
    bases: dict[str, dict[str, Any]] = {}
    shared = path.parent / "bases.yaml"
    if shared.is_file():
        bases.update(validate(BasesFile, load_document(shared)).bases)
    bases.update(tests.bases)
    for i, case in enumerate(tests.cases):
        if case.base is not None and case.base not in bases:
            raise InputError.single(
                path,
                E.UNKNOWN_BASE.text(base=case.base, known=", ".join(sorted(bases))),
                loc=("cases", i, "base"),
                line=(doc.position(("cases", i, "base")) or (None, None))[0],
            )
    return doc, tests, bases


def _figure_matches(expected: FigureExpect, actual: Any) -> bool:
    value = expected.value
    if isinstance(value, dt.date):
        value = value.isoformat()
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return bool(actual == value)
    if not isinstance(actual, (int, float)) or isinstance(actual, bool):
        return False
    return abs(float(actual) - float(value)) <= expected.tolerance + FLOAT_SLACK


def run_case(
    path: Path, index: int, case: Case, bases: Mapping[str, dict[str, Any]], rules: RuleSet
) -> CaseResult:
    """Run one case with a rule set."""
    from beleidskompas.scoring.pipeline import assess

    result = CaseResult(path, index, case)
    data = merge(bases[case.base] if case.base else {}, case.proposal)
    try:
        proposal = Proposal.model_validate(data)
        assessment = assess(proposal, rules)
    except Exception as exc:  # report, do not crash the run
        message = (
            exc.render("en") if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"
        )
        result.failures.append(f"the case's proposal is not valid: {message}")
        return result
    result.failures += _rule_failures(case.expect, assessment, rules)
    result.failures += _figure_failures(case.expect, assessment, result.actual_figures)
    return result


def _rule_failures(expect: Expect, assessment: Assessment, rules: RuleSet) -> list[str]:
    """What the case expected of the rules and did not get."""
    failures: list[str] = []
    findings = assessment.findings()
    fired = {f.rule for f in findings if f.severity != "info"}
    unknown = {f.rule for f in findings if f.severity == "info"}
    known_ids = {c.id for c in rules.rules()}
    for rule_id in [*expect.fires, *expect.silent, *expect.unknown]:
        if rule_id not in known_ids:
            failures.append(f"{rule_id} is not a rule of {rules.id}")
    for rule_id in expect.fires:
        if rule_id in known_ids and rule_id not in fired:
            state = "could not be judged" if rule_id in unknown else "did not fire"
            failures.append(f"expected {rule_id} to fire, but it {state}")
    for rule_id in expect.silent:
        if rule_id in fired:
            failures.append(f"expected {rule_id} to stay silent, but it fired")
    for rule_id in expect.unknown:
        if rule_id in known_ids and rule_id not in unknown:
            failures.append(f"expected {rule_id} to be 'cannot judge', but it was not")
    return failures


def _figure_failures(expect: Expect, assessment: Assessment, actual: dict[str, Any]) -> list[str]:
    """Verdicts and figures that differ from what the case expected (``actual`` collects
    the figures found, for ``--update``)."""
    failures: list[str] = []
    for section, verdict in expect.verdicts.items():
        found = assessment.figure(f"{section}.verdict")
        if found != verdict:
            failures.append(f"{section}.verdict is {found}, expected {verdict}")
    for name, wanted in expect.figures.items():
        actual[name] = assessment.figure(name)
        if not _figure_matches(wanted, actual[name]):
            tol = f" ± {wanted.tolerance:g}" if wanted.tolerance else ""
            failures.append(f"{name} is {actual[name]!r}, expected {wanted.value!r}{tol}")
    return failures


def iter_cases(
    paths: list[Path],
) -> Iterator[tuple[Path, int, Case, dict[str, dict[str, Any]], Document]]:
    """Every case of every file, with its bases and document."""
    for path in paths:
        doc, tests, bases = load_test_file(path)
        for index, case in enumerate(tests.cases):
            yield path, index, case, bases, doc


@dataclass
class RunReport:
    """The outcome of a run."""

    results: list[CaseResult]
    seconds: float

    @property
    def passed(self) -> int:
        """Number of cases that passed."""
        return sum(1 for r in self.results if r.passed)

    @property
    def failed(self) -> int:
        """Number of cases that failed."""
        return len(self.results) - self.passed

    def summary(self) -> str:
        """``N passed, M failed in S s`` like pytest."""
        parts = [f"{self.passed} passed"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        return ", ".join(parts) + f" in {self.seconds:.2f}s"


def run_rule_tests(directory: Path | str, rules: RuleSet | None = None) -> RunReport:
    """Run every rule test case under ``directory`` (a rule set or its tests folder)."""
    from beleidskompas.rules.loader import load_rules

    start = time.perf_counter()
    folder = Path(directory)
    paths = test_files(folder)
    results: list[CaseResult] = []
    cache: dict[Path, RuleSet] = {}
    for path, index, case, bases, _doc in iter_cases(paths):
        ruleset = rules
        if ruleset is None:
            root = ruleset_dir_for(path)
            if root is None:
                raise InputError.single(path, E.NO_RULESET_ABOVE)
            if root not in cache:
                cache[root] = load_rules(root)
            ruleset = cache[root]
        results.append(run_case(path, index, case, bases, ruleset))
    return RunReport(results, time.perf_counter() - start)


def update_figures(report: RunReport) -> dict[Path, str]:
    """Rewrite expected figure values in place with the actual ones; return the diffs.

    Only the scalar after ``value:`` is replaced, so comments and layout stay as written.
    """
    diffs: dict[Path, str] = {}
    by_file: dict[Path, list[CaseResult]] = {}
    for result in report.results:
        if any("expected" in f and " is " in f for f in result.failures) and result.actual_figures:
            by_file.setdefault(result.file, []).append(result)
    for path, results in by_file.items():
        doc = load_document(path)
        lines = doc.text.splitlines(keepends=True)
        for result in results:
            for name, actual in result.actual_figures.items():
                wanted = result.case.expect.figures[name]
                if _figure_matches(wanted, actual):
                    continue
                pos = doc.positions.get(("cases", result.index, "expect", "figures", name, "value"))
                if pos is None:
                    continue
                line, column = pos
                text = lines[line - 1]
                start = column - 1
                end = start
                depth_quote = text[start] in "'\""
                if depth_quote:
                    end = text.index(text[start], start + 1) + 1
                else:
                    while end < len(text) and text[end] not in ",}\n#":
                        end += 1
                    while end > start and text[end - 1] == " ":
                        end -= 1
                new = _yaml_scalar(actual)
                lines[line - 1] = text[:start] + new + text[end:]
        updated = "".join(lines)
        diffs[path] = "".join(
            difflib.unified_diff(
                doc.text.splitlines(keepends=True),
                updated.splitlines(keepends=True),
                fromfile=str(path),
                tofile=str(path),
            )
        )
        from beleidskompas.io.atomic import write_atomic

        write_atomic(path, updated, force=True)
    return diffs


def _yaml_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def problems_of(exc: InputError) -> list[Problem]:
    """The problems of an input error (for the pytest plugin's messages)."""
    return list(exc.problems)
