"""Fuzzing the input path: arbitrary documents and mutated proposals give a clean error or a result.

Never another exception from the library, never exit code 3 from the CLI.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import math
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, find, given, settings
from hypothesis import strategies as st

from beleidskompas import InputError, assess, load_proposal
from beleidskompas.model.proposal import Proposal
from beleidskompas.rules.ruleset import RuleSet

FUZZ = settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)

# Field names and values of the proposal format, so that fuzzed documents get past the
# first checks often enough to reach the deeper ones.
FIELD_NAMES = [
    "schema_version", "id", "title", "instrument", "effects", "capital", "size", "range",
    "target_group", "criteria", "reach", "delivery", "granting", "payment", "channels",
    "help", "personal", "citizen_actions", "documents", "deadline_days", "repeats",
    "sanctions", "kind", "implementation", "implementers", "organisation", "it_change",
    "legislation", "decision_date", "entry_into_force", "decentralised", "budget",
]  # fmt: skip
WORDS = [
    "economisch", "precariaat", "low_income", "automatic", "application", "wet", "svb",
    "major", "once", "yearly", "fine", "2024-01-01", "0.5", "", "-", "x" * 50,
]  # fmt: skip

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(WORDS),
    st.text(max_size=20),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
)
KEYS = st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=10))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(KEYS, inner, max_size=5),
    ),
    max_leaves=25,
)
TOP_LEVEL = st.one_of(
    st.dictionaries(st.sampled_from(FIELD_NAMES), DOCUMENTS, max_size=8),
    DOCUMENTS,
)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def dump(data: Any, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, default=_json_default)  # NaN/Infinity stay in: must be rejected
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@st.composite
def files(draw: st.DrawFn) -> tuple[str, bytes]:
    """(extension, content): a dumped document, arbitrary text or arbitrary bytes."""
    fmt = draw(st.sampled_from(["yaml", "json"]))
    kind = draw(st.sampled_from(["document", "document", "text", "bytes"]))
    if kind == "document":
        return fmt, dump(draw(TOP_LEVEL), fmt).encode("utf-8")
    if kind == "text":
        return fmt, draw(st.text(max_size=200)).encode("utf-8")
    return fmt, draw(st.binary(max_size=200))


def write_tmp(folder: Path, ext: str, content: bytes) -> Path:
    path = folder / f"fuzz.{ext}"
    path.write_bytes(content)
    return path


def load_or_input_error(path: Path) -> Proposal | None:
    """load_proposal: a Proposal, or None for a clean InputError (anything else propagates)."""
    try:
        return load_proposal(path)
    except InputError as exc:
        error = exc
    assert error.render().startswith(str(path)), error.render()
    assert error.problems
    return None


@FUZZ
@given(case=files())
def test_arbitrary_files_give_a_proposal_or_an_input_error(
    case: tuple[str, bytes], cli: Callable[..., Any]
) -> None:
    ext, content = case
    with tempfile.TemporaryDirectory() as folder:
        path = write_tmp(Path(folder), ext, content)
        proposal = load_or_input_error(path)
        result = cli("validate", path)
        assert "Traceback" not in result.stdout + result.stderr
        if proposal is None:
            assert result.code == 2, result.stderr
        else:
            assert result.code in (0, 2), result.stderr  # 2: unknown class/attribute ids


# --------------------------------------------------------------------------- mutations


def paths(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path in a document (the root included)."""
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*here, index))


def get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


REPLACEMENTS = st.one_of(
    SCALARS,
    st.sampled_from(
        [
            -1, 0, 1, 2, 1.5, -0.5, 10**9, 1e308, -1e308, float("nan"), float("inf"),
            "automatic", "discretionary", "precariaat", "renter", "ingrijpend", "Hoofdletters",
            [], {}, [None], {"": None}, [0.1, 0.2], [0.2, 0.1], [1, 2, 3],
            {"precariaat": 0.5}, {"precariaat": 1.5}, {"precariat": 0.5},
            {"capital": "economisch", "size": 0.02},
            {"organisation": "svb", "it_change": "major"},
            {"description": "x", "repeats": "monthly", "documents": 3},
            dt.date(2024, 2, 29), dt.date(1900, 1, 1), dt.date(9999, 12, 31),
        ]
    ),
    DOCUMENTS,
)  # fmt: skip


def fresh(value: Any) -> Any:
    """A private copy: the sampled lists and dicts must not be changed by later mutations."""
    return copy.deepcopy(value)


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """The base proposal with 1-4 random deletions, replacements and insertions."""
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        where = draw(st.sampled_from(list(paths(data))))
        target = get(data, where)
        operation = draw(st.sampled_from(["delete", "replace", "insert"]))
        if operation == "delete" and where:
            parent = get(data, where[:-1])
            del parent[where[-1]]
        elif operation == "replace" and where:
            parent = get(data, where[:-1])
            parent[where[-1]] = fresh(draw(REPLACEMENTS))
        elif isinstance(target, dict):
            target[draw(KEYS)] = fresh(draw(REPLACEMENTS))
        elif isinstance(target, list):
            target.insert(draw(st.integers(0, len(target))), fresh(draw(REPLACEMENTS)))
    return data


def has_nan(node: Any) -> bool:
    if isinstance(node, float):
        return math.isnan(node) or math.isinf(node)
    if isinstance(node, dict):
        return any(has_nan(v) for v in node.values())
    if isinstance(node, list):
        return any(has_nan(v) for v in node)
    return False


@FUZZ
@given(data=st.data(), fmt=st.sampled_from(["yaml", "json"]))
def test_mutated_proposals_give_a_report_or_a_clean_error(
    data: st.DataObject,
    fmt: str,
    benign_data: dict[str, Any],
    rules: RuleSet,
    cli: Callable[..., Any],
) -> None:
    document = data.draw(mutated(benign_data))
    with tempfile.TemporaryDirectory() as folder:
        path = write_tmp(Path(folder), fmt, dump(document, fmt).encode("utf-8"))
        proposal = load_or_input_error(path)
        assessed = False
        if proposal is not None:
            try:
                report = assess(proposal, rules)
                assessed = True
            except InputError:  # unknown class or attribute ids
                pass
            else:
                assert report.doenvermogen is not None
                assert 0 <= report.doenvermogen.score <= 100
        event("assessed" if assessed else "input error")
        if has_nan(document):
            assert not assessed, "NaN or infinity must never reach an assessment"
        result = cli("assess", path, "--format", "json")
        assert "Traceback" not in result.stdout + result.stderr
        if assessed:
            assert result.code == 0, result.stderr
            report_json = json.loads(result.stdout)
            assert report_json["proposal"]["id"] == proposal.id  # type: ignore[union-attr]
            assert "NaN" not in result.stdout
            assert "Infinity" not in result.stdout
        else:
            assert result.code == 2, result.stderr
            assert result.stdout == ""
            assert result.stderr.startswith(str(path))


@FUZZ
@given(data=st.data())
def test_mutated_proposals_through_the_library_directly(
    data: st.DataObject, benign_data: dict[str, Any], rules: RuleSet
) -> None:
    """Model validation of mutated data: a ValidationError-free InputError path or a report."""
    from beleidskompas.io.document import Document
    from beleidskompas.io.validate import validate

    document = data.draw(mutated(benign_data))
    doc = Document(Path("fuzz.yaml"), document, {}, {}, "")
    try:
        proposal = validate(Proposal, doc)
    except InputError as exc:
        error = exc
    else:
        with contextlib.suppress(InputError):  # unknown class or attribute ids
            assess(proposal, rules)
        return
    assert error.problems
    for problem in error.problems:
        assert problem.message.nl
        assert problem.message.en


# ------------------------------------------------------------------- replay and shrinking


def test_the_mutation_strategy_replays_and_shrinks_to_the_one_change_that_matters(
    benign_data: dict[str, Any],
) -> None:
    # Shrinking replays the strategy on ever smaller choices; a strategy that drew
    # inconsistently (the old one shared mutable sampled values between draws) made
    # Hypothesis raise FlakyStrategyDefinition here instead of returning the example.
    found = find(
        mutated(benign_data),
        lambda document: "title" not in document,
        settings=settings(database=None, derandomize=True, max_examples=5000, deadline=None),
    )
    # Shrinking ends in a local minimum, not always the global one: what is left is the
    # deletion of the title plus at most one other deletion, and nothing else changed.
    removed = set(benign_data) - set(found)
    assert "title" in removed and len(removed) <= 2, removed
    assert found == {key: value for key, value in benign_data.items() if key not in removed}


def test_a_found_non_finite_number_is_shrunk_to_a_single_one(
    benign_data: dict[str, Any],
) -> None:
    def count(node: Any) -> int:
        if isinstance(node, float):
            return int(not math.isfinite(node))
        if isinstance(node, dict):
            return sum(count(v) for v in node.values())
        if isinstance(node, list):
            return sum(count(v) for v in node)
        return 0

    found = find(
        mutated(benign_data),
        has_nan,
        settings=settings(database=None, derandomize=True, max_examples=5000, deadline=None),
    )
    assert count(found) == 1
