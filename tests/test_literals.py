"""No unsourced numbers in the computation: every number lives in rules/ with a source.

The scoring and analysis layers may use only 0, 1, 2 and 100 (the score scale) as
literals, plus the definitional constants listed here with the reason they are not rule-set
parameters. A new number fails this test: put it in rules/ with a source and provenance
tag, or, if it really is a definition, add it here with its reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "beleidskompas"
LAYERS = ("scoring", "analysis")
ALLOWED_VALUES = {0, 1, 2, 100}
DEFINITIONS = {
    ("scoring/dates.py", "MONTHS_PER_YEAR"): "the calendar",
    ("scoring/regeldruk.py", "MINUTES_PER_HOUR"): "the clock",
    ("scoring/mvt.py", "LARGER"): "level 3 of the MvT's four-level scale",
    ("scoring/mvt.py", "CONCERN"): "level 4 of the MvT's four-level scale",
    ("analysis/mcda.py", "TIE_DIGITS"): "floating-point ties, not a model choice",
    ("analysis/ruletests.py", "FLOAT_SLACK"): "floating-point slack of rule-test figures",
    ("scoring/takeup.py", "MEDIAN"): "the median is the 0.5-quantile",
    ("analysis/batch.py", "CHUNK_MAX"): "work distribution over processes",
    ("analysis/batch.py", "CHUNKS_PER_WORKER"): "work distribution over processes",
    ("analysis/variation.py", "MAX_RANGE_VALUES"): "an input limit",
    ("analysis/variation.py", "RANGE_SLACK"): "floating-point slack of a range's end",
    ("analysis/advise.py", "BEAM_WIDTH"): "search effort of advise, not a model choice",
    ("analysis/advise.py", "MAX_CANDIDATES"): "search effort of advise, not a model choice",
    ("analysis/advise.py", "CLOSEST_SHOWN"): "how many near misses advise reports",
    ("analysis/advise.py", "OPTIONS_SHOWN"): "how many options advise lists",
    ("analysis/advise.py", "DEFAULT_MAX_CHANGES"): "advise's default search depth",
    ("analysis/sweep.py", "MAX_GRID"): "a limit on the work a sweep does, not a model choice",
    ("analysis/sweep.py", "DEFAULT_SEED"): "any fixed seed: the same sample every run",
    ("analysis/sweep.py", "MAX_DESIGNS"): "a limit on the work and memory of one sweep",
    ("analysis/sweep.py", "BLOCK"): "designs per batch call (bounds memory), not a model choice",
}
FILES = sorted(p for layer in LAYERS for p in (PACKAGE / layer).rglob("*.py"))


def _named_constants(tree: ast.Module) -> dict[int, str]:
    """id of the literal node → name, for module-level ``NAME = literal``."""
    out: dict[int, str] = {}
    for node in tree.body:
        target = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign):
            target = node.target
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
            out[id(value)] = target.id
    return out


def unsourced(path: Path, root: Path = PACKAGE) -> list[str]:
    """The numeric literals of a module that are neither allowed nor listed definitions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    named = _named_constants(tree)
    relative = path.relative_to(root).as_posix()
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or isinstance(node.value, bool):
            continue
        if not isinstance(node.value, (int, float)) or node.value in ALLOWED_VALUES:
            continue
        if (relative, named.get(id(node))) in DEFINITIONS:
            continue
        found.append(f"{relative}:{node.lineno}: {node.value!r}")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_unsourced_numbers(path: Path) -> None:
    assert unsourced(path) == []


def test_the_scan_finds_a_planted_number(tmp_path: Path) -> None:
    (tmp_path / "scoring").mkdir()
    module = tmp_path / "scoring" / "model.py"
    module.write_text("THRESHOLD = 0.35\n\ndef f(x):\n    return x * 1.5 + 1\n", "utf-8")
    assert unsourced(module, tmp_path) == ["scoring/model.py:1: 0.35", "scoring/model.py:4: 1.5"]


def test_every_listed_definition_still_exists() -> None:
    for (relative, name), _reason in DEFINITIONS.items():
        tree = ast.parse((PACKAGE / relative).read_text(encoding="utf-8"))
        assert name in _named_constants(tree).values(), (relative, name)
