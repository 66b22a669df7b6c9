"""The message catalogue: every entry has both languages and the same parameters in each."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from beleidskompas.i18n import Entry, Text
from beleidskompas.i18n.catalogue import modules

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "beleidskompas"


def entries(module: ModuleType) -> Iterator[tuple[str, Entry]]:
    """Every Entry of a catalogue module, also those inside id → entry tables."""
    for name, value in vars(module).items():
        if isinstance(value, Entry):
            yield name, value
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, Entry):
                    yield f"{name}[{key}]", item


ALL = [(f"{m.__name__.rsplit('.', 1)[-1]}.{n}", e) for m in modules() for n, e in entries(m)]


def test_the_catalogue_is_not_empty() -> None:
    assert len(ALL) > 200
    assert {m.__name__.rsplit(".", 1)[-1] for m in modules()} >= {
        "errors",
        "findings",
        "labels",
        "report",
        "cli",
        "analysis",
    }


@pytest.mark.parametrize(("name", "entry"), ALL, ids=[n for n, _ in ALL])
def test_every_entry_has_both_languages_with_the_same_parameters(name: str, entry: Entry) -> None:
    assert entry.nl.strip(), f"{name}: no Dutch"
    assert entry.en.strip(), f"{name}: no English"
    nl, en = entry.fields()
    assert nl == en, f"{name}: Dutch takes {sorted(nl)}, English {sorted(en)}"


def test_a_missing_language_is_caught() -> None:
    broken = Entry("", "only English")
    assert not broken.nl.strip()
    mismatch = Entry("{a} en {b}", "{a} and {c}")
    assert mismatch.fields() == ({"a", "b"}, {"a", "c"})


def test_entries_format_numbers_the_language_s_way() -> None:
    entry = Entry("{x:pct} van {n:num2}, {d:eur}", "{x:pct} of {n:num2}, {d:eur}")
    assert entry.get("nl", x=0.1234, n=1234.5, d=0.5) == "12,3\u00a0% van 1.234,50, €\u00a00,50"
    assert entry.get("en", x=0.1234, n=1234.5, d=0.5) == "12.3\u00a0% of 1,234.50, €\u00a00.50"
    both = entry.text(x=1, n=0, d=2500)
    assert isinstance(both, Text)
    assert both.nl == "100,0\u00a0% van 0,00, €\u00a02.500"


def _language_branches(path: Path) -> list[str]:
    """``if lang == ...`` / ``... if nl else ...`` outside the i18n layer: language choices
    inside code that should use the catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Name)
            and node.left.id == "lang"
            and any(
                isinstance(c, ast.Constant) and c.value in ("nl", "en") for c in node.comparators
            )
        ):
            found.append(f"{path.name}:{node.lineno}")
        if isinstance(node, ast.IfExp) and isinstance(node.test, ast.Name) and node.test.id == "nl":
            found.append(f"{path.name}:{node.lineno}")
    return found


LANGUAGE_FREE = [
    p for p in sorted(PACKAGE.rglob("*.py")) if "i18n" not in p.parts and p.parent.name != "cli"
]


@pytest.mark.parametrize("path", LANGUAGE_FREE, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_language_branches_outside_the_catalogue(path: Path) -> None:
    assert _language_branches(path) == []
