"""pytest plugin: YAML rule test files collect as test items (``pytest rules/tests``).

A file is collected when it is a ``*.yaml`` file with ``kind: rule_tests`` inside a
rule set (a folder above it holds ``ruleset.yaml``). Each case is one item.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beleidskompas.analysis.ruletests import (
    Case,
    is_rule_test_file,
    load_test_file,
    ruleset_dir_for,
    run_case,
)
from beleidskompas.errors import InputError
from beleidskompas.io.document import load_document

_RULESETS: dict[Path, Any] = {}


def _ruleset(root: Path) -> Any:
    from beleidskompas.api import load_rules

    if root not in _RULESETS:
        _RULESETS[root] = load_rules(root)
    return _RULESETS[root]


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    """Collect rule test files."""
    if file_path.suffix not in (".yaml", ".yml") or file_path.name == "bases.yaml":
        return None
    if ruleset_dir_for(file_path) is None:
        return None
    try:
        doc = load_document(file_path)
    except InputError:
        return None
    if not is_rule_test_file(doc):
        return None
    return RuleTestFileCollector.from_parent(parent, path=file_path)


class RuleTestFileCollector(pytest.File):
    """One YAML file of rule test cases."""

    def collect(self) -> Iterator[pytest.Item]:
        """One item per case."""
        _doc, tests, bases = load_test_file(self.path)
        for index, case in enumerate(tests.cases):
            yield RuleTestItem.from_parent(
                self, name=case.name, case=case, index=index, bases=bases
            )


class RuleTestFailedError(AssertionError):
    """A rule test case did not hold."""


class RuleTestItem(pytest.Item):
    """One rule test case."""

    def __init__(
        self, *, case: Case, index: int, bases: dict[str, dict[str, Any]], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.case = case
        self.index = index
        self.bases = bases

    def runtest(self) -> None:
        """Run the case against the rule set the file belongs to."""
        root = ruleset_dir_for(self.path)
        assert root is not None
        result = run_case(self.path, self.index, self.case, self.bases, _ruleset(root))
        if result.failures:
            raise RuleTestFailedError("\n".join(result.failures))

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,  # noqa: ARG002 - pytest's signature
    ) -> str:
        """Show the failed expectations, not a traceback."""
        if isinstance(excinfo.value, RuleTestFailedError):
            return f"{self.case.name}:\n" + str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the case is written."""
        return self.path, None, f"rule test: {self.case.name}"
